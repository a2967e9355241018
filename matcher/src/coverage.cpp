#include "coverage.h"

#include <algorithm>
#include <set>

#include "radar/schema.h"

namespace radar::match {
namespace {

// Word and stem terms, also as written in the name field (in_name): the only terms
// besides concept terms that can cover an aspect.
bool is_text_term(const std::string& term) {
  if (schema::is_free_text_term(term)) return true;
  const std::string_view unstemmed = term.rfind('Z', 0) == 0 ? std::string_view(term).substr(1) : std::string_view(term);
  return unstemmed.rfind(schema::kNamePrefix, 0) == 0;
}

std::vector<std::string> covering_terms(const std::vector<AspectPlan>& plans) {
  std::set<std::string> terms;
  for (const auto& plan : plans) {
    if (!plan.concept_term.empty()) {
      terms.insert(plan.concept_term);
      terms.insert(plan.covering_concepts.begin(), plan.covering_concepts.end());
      continue;
    }
    for (const auto& alternative : plan.alternatives) {
      for (const auto& word : alternative.words) {
        for (const auto& term : word) {
          if (is_text_term(term)) terms.insert(term);
        }
      }
    }
  }
  return {terms.begin(), terms.end()};
}

}  // namespace

AspectCoverage::AspectCoverage(const std::vector<AspectPlan>& plans) : terms_(covering_terms(plans)) {
  const auto index_of = [&](const std::string& term) -> std::optional<std::size_t> {
    const auto found = std::lower_bound(terms_.begin(), terms_.end(), term);
    if (found == terms_.end() || *found != term) return std::nullopt;
    return static_cast<std::size_t>(found - terms_.begin());
  };
  for (const auto& source : plans) {
    Plan& plan = plans_.emplace_back();
    if (!source.concept_term.empty()) {
      plan.concept_term = index_of(source.concept_term);
      for (const auto& term : source.covering_concepts) {
        if (const auto index = index_of(term)) plan.covering_concepts.push_back(*index);
      }
      continue;
    }
    for (const auto& alternative : source.alternatives) {
      auto& words = plan.alternatives.emplace_back();
      for (const auto& options : alternative.words) {
        auto& indices = words.emplace_back();
        for (const auto& term : options) {
          if (const auto index = index_of(term)) indices.push_back(*index);
        }
      }
    }
  }
}

bool AspectCoverage::covers(std::size_t aspect, const std::vector<bool>& held) const {
  const Plan& plan = plans_[aspect];
  if (plan.concept_term) {
    return held[*plan.concept_term] || std::any_of(plan.covering_concepts.begin(), plan.covering_concepts.end(),
                                                   [&](std::size_t index) { return held[index]; });
  }
  return std::any_of(plan.alternatives.begin(), plan.alternatives.end(), [&](const auto& words) {
    return std::all_of(words.begin(), words.end(), [&](const auto& indices) {
      return std::any_of(indices.begin(), indices.end(), [&](std::size_t index) { return held[index]; });
    });
  });
}

AspectPlan in_name(const AspectPlan& plan) {
  AspectPlan out = plan;
  out.concept_term.clear();
  out.covering_concepts.clear();
  for (auto& alternative : out.alternatives) {
    for (auto& word : alternative.words) {
      std::vector<std::string> named;
      for (const auto& term : word) {
        if (schema::is_free_text_term(term)) named.push_back(in_field(term, schema::kNamePrefix));
      }
      word = std::move(named);
    }
  }
  return out;
}

std::vector<bool> held_terms(const Xapian::Document& document, const std::vector<std::string>& terms,
                             std::vector<std::string>& areas) {
  std::vector<bool> held(terms.size());
  auto it = document.termlist_begin();
  const auto end = document.termlist_end();
  // Terms come sorted; the area terms sit between the digits and the stems.
  const std::string area_prefix = schema::kAreaPrefix;
  bool areas_read = false;
  // The term at `it`, once read: the terms before it (most of them: a need's terms far
  // outnumber a document's between two of its terms) need no skip.
  std::optional<std::string> current;
  const auto read_areas = [&] {
    for (it.skip_to(area_prefix); it != end && (*it).rfind(area_prefix, 0) == 0; ++it) areas.push_back(*it);
    areas_read = true;
    current.reset();
  };
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const std::string& term = terms[i];
    if (!areas_read && term > area_prefix) read_areas();
    if (current && term < *current) continue;
    if (!current || term > *current) {
      it.skip_to(term);
      if (it == end) break;
      current = *it;
    }
    if (*current == term) held[i] = true;
  }
  if (!areas_read && it != end) read_areas();
  return held;
}

}  // namespace radar::match
