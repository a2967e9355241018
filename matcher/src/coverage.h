// Which of a need's aspects a document covers, checked against flags instead of strings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis.h"

namespace radar::match {

// A need's aspects over the sorted list of terms that can cover them (concept terms,
// word and stem terms): a document's terms are one flag per listed term, and each
// aspect's alternatives are indices into the list. Accepts what Analyzer::covers
// accepts given the document's terms among the listed ones; Analyzer::covers looks each
// term of each alternative up in a set of strings, which a match did for every aspect
// of every candidate.
class AspectCoverage {
 public:
  explicit AspectCoverage(const std::vector<AspectPlan>& plans);

  // The terms, sorted: the order of a document's flags.
  [[nodiscard]] const std::vector<std::string>& terms() const { return terms_; }

  // Whether aspect `aspect` (an index into the plans) is covered by a document that
  // holds the terms whose flags are set.
  [[nodiscard]] bool covers(std::size_t aspect, const std::vector<bool>& held) const;

 private:
  struct Plan {
    std::optional<std::size_t> concept_term;
    std::vector<std::size_t> covering_concepts;
    // alternative -> word -> the indices of its listed terms (an empty word matches nothing)
    std::vector<std::vector<std::vector<std::size_t>>> alternatives;
  };

  std::vector<std::string> terms_;
  std::vector<Plan> plans_;
};

// The plan with each word and stem term replaced by its form in a solution's or organisation's
// name field (schema::kNamePrefix; a stem "Z" + prefix + stem) and no concept term: a record
// that covers it names the aspect in what it is, not only in what its description touches.
AspectPlan in_name(const AspectPlan& plan);

// Which of `terms` (sorted, no area term among them) the document holds, as flags in their order, and its area
// terms (XA...), appended to `areas`: its term list walked once, skipping to each of
// `terms`, instead of copying every term of the document into a set.
std::vector<bool> held_terms(const Xapian::Document& document, const std::vector<std::string>& terms,
                             std::vector<std::string>& areas);

}  // namespace radar::match
