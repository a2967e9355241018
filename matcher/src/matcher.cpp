#include "radar/matcher.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "analysis.h"
#include "decision.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/language_resources.h"
#include "radar/text.h"
#include "snippet.h"

namespace radar {
namespace {

using match::AnalysedNeed;
using match::Analyzer;
using match::AspectPlan;

constexpr unsigned kMaxLimit = 100;
constexpr unsigned kMinCandidates = 60;
constexpr double kCoverageShare = 0.6;  // final score: coverage of the need vs text relevance
constexpr double kSimilarNeedThreshold = 0.3;
// Feedback over the records' areas (a controlled vocabulary): the areas of the best few
// matches say what kind of product the need is about, and bring in records of those
// areas that the first candidates did not reach.
constexpr std::size_t kFeedbackDocuments = 5;
constexpr std::size_t kFeedbackAreas = 3;
constexpr double kAreaShare = 0.25;  // score added for sharing the leading area
constexpr double kMaxScore = 1 + kAreaShare;  // coverage, relevance and affinity all at 1: shown as 1
constexpr double kCoDevelopmentBonus = 0.3;  // added to a research institution's or cluster's partner score

// What one match has already read of a document: the need's terms it holds and its
// stored record (parsed when first asked for). Shared by the solution, partner and
// similar-need rankings of one match, which often see the same documents.
struct DocumentFacts {
  std::set<std::string> terms;  // the need's terms (MatchMemo::wanted) the document contains
  std::vector<std::string> areas;  // its area terms (XA...)
  std::optional<nlohmann::json> record;
};

// One ranked document with the aspects it covers.
struct Candidate {
  Xapian::docid docid = 0;  // the MSet's (unique across shards)
  Xapian::Document document;
  std::shared_ptr<DocumentFacts> facts;
  double weight = 0;     // BM25 weight of the need query
  double relevance = 0;  // BM25, scaled to 0..1 by the best candidate
  double coverage = 0;   // share of the need's aspect weight the document covers
  std::vector<bool> covered;
  double score = 0;

  // The stored record; parsed on first use.
  const nlohmann::json& record() const {
    if (!facts->record) facts->record = document_record(document);
    return *facts->record;
  }
};

// Word and stem terms: the only terms that can cover an aspect.
bool is_text_term(const std::string& term) {
  return !term.empty() && (term[0] == 'Z' || (static_cast<unsigned char>(term[0]) >= 'a') ||
                           (term[0] >= '0' && term[0] <= '9'));
}

// Per-match memo: the sorted text terms of the need's aspects, what was read of each
// document, and the organisation records looked up.
struct MatchMemo {
  std::vector<std::string> wanted;
  std::map<Xapian::docid, std::shared_ptr<DocumentFacts>> documents;
  std::map<std::string, std::optional<nlohmann::json>> records;

  explicit MatchMemo(const AnalysedNeed& need) {
    std::set<std::string> terms;
    for (const auto& plan : need.aspects) {
      for (const auto& alternative : plan.alternatives) {
        for (const auto& word : alternative.words) {
          for (const auto& term : word) {
            if (is_text_term(term)) terms.insert(term);
          }
        }
      }
    }
    wanted.assign(terms.begin(), terms.end());
  }

  // The need's terms in the document: its term list walked once, skipping to each
  // wanted term, instead of copying every term of the document into a set. `docid` is
  // the MSet's (Document::get_docid() is the shard's own, which repeats across shards).
  std::shared_ptr<DocumentFacts> facts(Xapian::docid docid, const Xapian::Document& document) {
    auto& slot = documents[docid];
    if (slot) return slot;
    slot = std::make_shared<DocumentFacts>();
    auto it = document.termlist_begin();
    const auto end = document.termlist_end();
    // Terms come sorted; the area terms sit between the digits and the stems.
    const std::string area_prefix = schema::kAreaPrefix;
    bool areas_read = false;
    const auto read_areas = [&] {
      for (it.skip_to(area_prefix); it != end && (*it).rfind(area_prefix, 0) == 0; ++it) slot->areas.push_back(*it);
      areas_read = true;
    };
    for (const auto& term : wanted) {
      if (!areas_read && term > area_prefix) read_areas();
      it.skip_to(term);
      if (it == end) break;
      if (*it == term) slot->terms.insert(term);
    }
    if (!areas_read && it != end) read_areas();
    return slot;
  }

  const std::optional<nlohmann::json>& record(Xapian::Database& db, const std::string& id) {
    const auto found = records.find(id);
    if (found != records.end()) return found->second;
    return records.emplace(id, find_record(db, id)).first->second;
  }
};

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& value : values) terms.emplace_back(schema::term(prefix, to_lower(trim(value))));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query with_filters(Xapian::Query query, const MatchFilters& filters, bool organisation_level) {
  const auto filter = [&](const char* prefix, const std::vector<std::string>& values) {
    if (!values.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, any_of(prefix, values));
  };
  filter(schema::kAreaPrefix, filters.area);
  if (!organisation_level) filter(schema::kMaturityPrefix, filters.maturity);
  filter(schema::kRegionPrefix, filters.region);
  filter(schema::kOrgTypePrefix, filters.org_type);
  return query;
}

Xapian::Query need_query(const AnalysedNeed& need) {
  std::vector<Xapian::Query> aspects;
  for (const auto& plan : need.aspects) {
    if (plan.alternatives.empty()) continue;
    aspects.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Analyzer::query_for(plan), 0.5 + 2.0 * plan.aspect.weight);
  }
  return Xapian::Query(Xapian::Query::OP_OR, aspects.begin(), aspects.end());
}

Xapian::Query of_types(std::initializer_list<RecordType> types) {
  std::vector<Xapian::Query> terms;
  for (RecordType type : types) terms.emplace_back(schema::type_term(type));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::vector<std::string> labels(const AnalysedNeed& need, const std::vector<bool>& covered, bool wanted) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    if (covered[i] == wanted) out.push_back(need.aspects[i].aspect.label);
  }
  return out;
}

}  // namespace

struct Matcher::State {
  std::vector<std::string> specs;
  std::vector<Xapian::Database> shards;
  Xapian::Database db;
  LanguageResources resources;
  std::string resources_stamp;
  std::unique_ptr<Analyzer> analyzer;  // refers to db and resources
  std::set<std::string> co_developer_ids;  // per revision, read on first use
  bool co_developers_read = false;

  void load_resources() {
    const std::string stamp = db.get_metadata(schema::kThesaurusKey).substr(0, 64) +
                              std::to_string(db.get_metadata(schema::kThesaurusKey).size());
    if (stamp == resources_stamp && !resources_stamp.empty()) return;
    resources = read_language_resources(db);
    resources_stamp = stamp;
    analyzer = std::make_unique<Analyzer>(db, resources);
  }

  // Reads up to `count` matches of `query` with the aspects each covers.
  std::vector<Candidate> fetch(const AnalysedNeed& need, MatchMemo& memo, const Xapian::Query& query, unsigned count) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight(1.2, 0, 1, 0.5, 0.5));
    const Xapian::MSet matches = enquire.get_mset(0, count);
    std::vector<Candidate> candidates;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      Candidate candidate;
      candidate.docid = *it;
      candidate.document = it.get_document();
      candidate.facts = memo.facts(*it, candidate.document);
      candidate.weight = it.get_weight();
      for (const auto& plan : need.aspects) {
        const bool covered = Analyzer::covers(plan, candidate.facts->terms);
        candidate.covered.push_back(covered);
        if (covered) candidate.coverage += plan.aspect.weight;
      }
      candidates.push_back(std::move(candidate));
    }
    return candidates;
  }

  // Ranks the documents in `scope` (a boolean query) for the need and returns up to
  // 2 x `count` candidates, best first: the need's own query, then, with `feedback`,
  // the best matches within the areas that lead the first ranking.
  std::vector<Candidate> rank(const AnalysedNeed& need, MatchMemo& memo, const Xapian::Query& scope, unsigned count,
                              bool feedback) {
    const Xapian::Query query = need_query(need);
    auto candidates = fetch(need, memo, Xapian::Query(Xapian::Query::OP_FILTER, query, scope), count);
    double best = 0;
    for (const auto& candidate : candidates) best = std::max(best, candidate.weight);
    score(candidates, best, {});
    if (!feedback) return candidates;
    const auto areas = leading_areas(candidates);
    if (areas.empty()) return candidates;
    std::vector<Xapian::Query> area_terms;
    for (const auto& [area, weight] : areas) area_terms.emplace_back(area);
    const Xapian::Query in_areas(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, area_terms.begin(), area_terms.end()),
                                 scope);
    std::set<Xapian::docid> seen;
    for (const auto& candidate : candidates) seen.insert(candidate.docid);
    for (auto& candidate : fetch(need, memo, Xapian::Query(Xapian::Query::OP_FILTER, query, in_areas), count)) {
      if (seen.insert(candidate.docid).second) candidates.push_back(std::move(candidate));
    }
    score(candidates, best, areas);
    return candidates;
  }

  // The areas of the best few candidates that cover something, weighted by their
  // scores; the leading few, the heaviest at 1.
  static std::map<std::string, double> leading_areas(const std::vector<Candidate>& ranked) {
    std::map<std::string, double> weights;
    std::size_t used = 0;
    for (const auto& candidate : ranked) {
      if (used >= kFeedbackDocuments) break;
      if (candidate.coverage <= 0) continue;
      ++used;
      for (const auto& area : candidate.facts->areas) weights[area] += candidate.score;
    }
    std::vector<std::pair<std::string, double>> sorted(weights.begin(), weights.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (sorted.size() > kFeedbackAreas) sorted.resize(kFeedbackAreas);
    std::map<std::string, double> out;
    for (const auto& [area, weight] : sorted) out[area] = weight / sorted.front().second;
    return out;
  }

  // Final scores: coverage of the need's aspects, BM25 relative to `best`, and the
  // affinity to the leading areas; sorts best first.
  static void score(std::vector<Candidate>& candidates, double best, const std::map<std::string, double>& areas) {
    for (auto& candidate : candidates) {
      candidate.relevance = best > 0 ? std::min(1.0, candidate.weight / best) : 0;
      double affinity = 0;
      for (const auto& area : candidate.facts->areas) {
        const auto found = areas.find(area);
        if (found != areas.end()) affinity = std::max(affinity, found->second);
      }
      candidate.score = kCoverageShare * candidate.coverage + (1 - kCoverageShare) * candidate.relevance +
                        kAreaShare * affinity;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  }

  std::vector<SolutionMatch> solutions(const AnalysedNeed& need, MatchMemo& memo, const MatchRequest& request) {
    const Xapian::Query scope = with_filters(of_types({RecordType::solution}), request.filters, false);
    auto candidates = rank(need, memo, scope, std::max(kMinCandidates, request.limit * 3), true);
    std::vector<SolutionMatch> out;
    for (auto& candidate : candidates) {
      if (out.size() >= request.limit) break;
      if (candidate.coverage <= 0) continue;
      SolutionMatch hit;
      const auto& record = candidate.record();
      hit.id = record.value("id", "");
      hit.name = record.value("name", "");
      hit.maturity = record.value("maturity", "");
      hit.url = record.value("url", "");
      hit.organisation.id = record.value("organisation", "");
      if (const auto& owner = memo.record(db, hit.organisation.id)) {
        hit.organisation.name = owner->value("name", "");
        if (hit.url.empty()) hit.url = owner->value("website", "");
      }
      hit.rank = static_cast<unsigned>(out.size() + 1);
      hit.score = std::round(candidate.score / kMaxScore * 1000) / 1000;
      hit.covered = labels(need, candidate.covered, true);
      hit.missing = labels(need, candidate.covered, false);
      hit.buy_instead = hit.rank <= match::DecisionRules::kBuyMaxRank &&
                        match::is_buy_instead(need, candidate.covered, hit.maturity);
      const auto snippet = match::make_snippet(record.value("description", ""), need, record.value("lang", "da"));
      hit.snippet = snippet.text;
      hit.snippet_html = snippet.html;
      out.push_back(std::move(hit));
    }
    return out;
  }

  // Organisations that co-develop rather than sell: research and education
  // institutions and clusters (org_type research or cluster), by id.
  const std::set<std::string>& co_developers() {
    if (co_developers_read) return co_developer_ids;
    for (const char* type : {"research", "cluster"}) {
      const std::string term = schema::term(schema::kOrgTypePrefix, type);
      for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        co_developer_ids.insert(db.get_document(*it).get_value(schema::kOrgSlot));
      }
    }
    co_developers_read = true;
    return co_developer_ids;
  }

  // Partners for the need; when it is to be co-developed (nothing on the market covers
  // it), research institutions and clusters with evidence rank higher: the guide's
  // OPI brings knowledge institutions in.
  std::vector<PartnerMatch> partners(const AnalysedNeed& need, MatchMemo& memo, const MatchRequest& request,
                                     bool co_development) {
    Xapian::Query scope = with_filters(
        of_types({RecordType::organisation, RecordType::solution, RecordType::page}), request.filters, true);
    // Municipalities are the buyers, not partners, unless asked for by filter.
    if (request.filters.org_type.empty()) {
      scope = Xapian::Query(Xapian::Query::OP_AND_NOT, scope, Xapian::Query(schema::term(schema::kOrgTypePrefix, "municipality")));
    }
    const auto candidates = rank(need, memo, scope, std::max(100U, request.limit * 5), true);
    struct Evidence {
      double best = 0, rest = 0;
      std::vector<const Candidate*> why;  // the first three; explained only for the partners shown
    };
    std::map<std::string, Evidence> by_org;
    std::vector<std::string> order;
    for (const auto& candidate : candidates) {
      if (candidate.coverage <= 0) continue;
      const std::string org = candidate.document.get_value(schema::kOrgSlot);
      if (org.empty()) continue;
      auto [it, inserted] = by_org.try_emplace(org);
      if (inserted) order.push_back(org);
      Evidence& evidence = it->second;
      if (candidate.score > evidence.best) {
        evidence.rest += evidence.best;
        evidence.best = candidate.score;
      } else {
        evidence.rest += candidate.score;
      }
      if (evidence.why.size() < 3) evidence.why.push_back(&candidate);
    }
    // Organisations with a stored record, ranked; only the ones shown are read and explained.
    std::vector<PartnerMatch> out;
    for (const auto& org : order) {
      if (!db.term_exists(schema::id_term(org))) continue;
      const Evidence& evidence = by_org[org];
      PartnerMatch partner;
      partner.id = org;
      partner.score = evidence.best + 0.15 * std::min(2.0, evidence.rest);
      if (co_development && co_developers().count(org) != 0) partner.score += kCoDevelopmentBonus;
      out.push_back(std::move(partner));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > request.limit) out.resize(request.limit);
    for (auto& partner : out) partner.score = std::min(1.0, partner.score / kMaxScore);
    for (std::size_t i = 0; i < out.size(); ++i) {
      const auto& record = memo.record(db, out[i].id);
      if (record) {
        out[i].name = record->value("name", "");
        out[i].org_type = record->value("org_type", "");
        out[i].url = record->value("website", "");
      }
      for (const Candidate* candidate : by_org[out[i].id].why) {
        out[i].why.push_back(match::evidence_line(need, candidate->record(), candidate->covered));
      }
      out[i].rank = static_cast<unsigned>(i + 1);
      out[i].score = std::round(out[i].score * 1000) / 1000;
    }
    return out;
  }

  std::vector<SimilarNeed> similar_needs(const AnalysedNeed& need, MatchMemo& memo, const MatchRequest& request) {
    Xapian::Query scope = of_types({RecordType::need});
    if (!request.exclude_need_id.empty()) {
      scope = Xapian::Query(Xapian::Query::OP_AND_NOT, scope, Xapian::Query(schema::id_term(request.exclude_need_id)));
    }
    const auto candidates = rank(need, memo, scope, 30, false);
    const std::string own_text = collapse_whitespace(request.need);
    std::vector<SimilarNeed> out;
    for (const auto& candidate : candidates) {
      if (candidate.score < kSimilarNeedThreshold || out.size() >= 10) continue;
      const auto& record = candidate.record();
      // The need itself, when its stored text was pasted in as the need.
      const std::string description = collapse_whitespace(record.value("description", ""));
      if (own_text.find(description) != std::string::npos) continue;
      SimilarNeed similar;
      similar.id = record.value("id", "");
      similar.municipality = record.value("municipality", "");
      similar.title = record.value("title", "");
      similar.score = std::round(candidate.score * 1000) / 1000;
      similar.shared = labels(need, candidate.covered, true);
      out.push_back(std::move(similar));
    }
    return out;
  }
};

Matcher::Matcher(const std::vector<std::string>& db_specs) : state_(std::make_unique<State>()) {
  state_->specs = db_specs;
  state_->db = open_index(db_specs, &state_->shards);
  state_->load_resources();
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

bool Matcher::reopen() {
  const bool changed = state_->db.reopen();
  if (changed) {
    state_->analyzer->clear_cache();
    state_->co_developers_read = false;
    state_->co_developer_ids.clear();
    state_->load_resources();
  }
  return changed;
}

IndexInfo Matcher::index_info() {
  return with_reopen(state_->db, [this](Xapian::Database& db) {
    return IndexInfo{index_revision(state_->shards), db.get_doccount(), db.get_metadata(schema::kUpdatedKey)};
  });
}

nlohmann::json Matcher::record(const std::string& type, const std::string& id) {
  const auto found = find_record(state_->db, id);
  if (!found || found->value("type", "") != type) throw NotFoundError("no " + type + " with id \"" + id + "\"");
  return *found;
}

MatchResult Matcher::match(const MatchRequest& request) {
  const std::string text = trim(request.need);
  if (text.empty()) throw UsageError("the need is empty: describe what you need solved");
  if (!is_valid_utf8(text)) throw UsageError("the need is not valid UTF-8");
  if (utf8_length(text) > MatchRequest::kMaxNeedChars) {
    throw UsageError("the need is too long (" + std::to_string(utf8_length(text)) + " characters; at most " +
                     std::to_string(MatchRequest::kMaxNeedChars) + ")");
  }
  if (request.limit == 0 || request.limit > kMaxLimit) throw UsageError("limit must be between 1 and 100");
  const auto run = [&](Xapian::Database&) {
    const AnalysedNeed need = state_->analyzer->analyse(text);
    MatchResult result;
    result.text = text;
    result.lang = need.lang;
    for (const auto& plan : need.aspects) result.aspects.push_back(plan.aspect);
    MatchMemo memo(need);
    result.solutions = state_->solutions(need, memo, request);
    match::settle_buy_flags(result.solutions);
    result.uncovered = match::uncovered_aspects(need, result.solutions);
    // The decision depends on the solutions only; its reasons also count the partners.
    const bool develop = match::decide(need, result.solutions, {}, result.uncovered).decision == "develop";
    result.partners = state_->partners(need, memo, request, develop);
    result.similar_needs = state_->similar_needs(need, memo, request);
    result.verdict = match::decide(need, result.solutions, result.partners, result.uncovered);
    result.index = index_info();
    return result;
  };
  try {
    return with_reopen(state_->db, run);
  } catch (const Xapian::Error& error) {
    throw IndexError("the index could not be read: " + error.get_description());
  }
}

}  // namespace radar
