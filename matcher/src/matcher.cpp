#include "radar/matcher.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include "analysis.h"
#include "coverage.h"
#include "decision.h"
#include "lexicon.h"
#include "need_query.h"
#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/text.h"
#include "snippet.h"

namespace radar {
namespace {

using match::AnalysedNeed;
using match::Analyzer;
using match::AspectPlan;
using match::Lexicon;
using match::NeedQuery;
using match::shared_lexicon;

constexpr unsigned kMaxLimit = 100;
constexpr unsigned kMinCandidates = 60;
constexpr unsigned kMinPartnerCandidates = 100;
constexpr unsigned kSimilarNeedCandidates = 30;
// The decision, the buy flags and what no market solution covers read this many
// solutions, however many a request shows (`limit`): a screening does not change
// with the length of its list.
constexpr unsigned kScreenedSolutions = 20;
constexpr double kCoverageShare = 0.6;  // final score: coverage of the need vs text relevance
constexpr double kSimilarNeedThreshold = 0.3;
// Feedback over the records' areas (a controlled vocabulary): the areas of the best few
// matches say what kind of product the need is about, and bring in records of those
// areas that the first candidates did not reach.
constexpr std::size_t kFeedbackDocuments = 5;
constexpr std::size_t kFeedbackAreas = 3;
constexpr unsigned kFeedbackDepth = 2;  // the first query reads this many times the candidates, for feedback
constexpr double kAreaShare = 0.25;  // score added for sharing the leading area
// A matcher reads the index's vocabulary into memory when it matches again on the same
// revision: a process that matches once (radar-match) saves the read, one that matches
// on (radar-serve, radar-eval) saves a B-tree walk per term of every need after it.
constexpr unsigned kMatchesBeforeVocabulary = 1;
// Organisation cards a matcher remembers for its revision (about 200 bytes each); past
// it, it forgets them all and starts over.
constexpr std::size_t kMaxOrganisationCards = 20000;
// Feedback over thesaurus concepts, for solutions: the concepts that several of the best
// matches hold and the need does not name say, more finely than an area, what kind of
// product the need is about (docs/matcher.md section 2, "Concept feedback").
constexpr std::size_t kFeedbackConcepts = 5;
constexpr int kMinConceptDocuments = 2;  // of the kFeedbackDocuments best
constexpr double kConceptShare = 0.1;  // score added for holding every leading concept
// Score added to a solution or organisation whose name names the need's heaviest essential aspect:
// it is that kind of product, where one that mentions it in its description only touches
// it. Small, so that it orders records that cover and match alike (0.01-0.03 rank the
// same; from 0.05 it overturns best matches: decisions and buy flags fall, docs/matcher.md
// section 4).
constexpr double kNameBonus = 0.02;
// Every part at its most, shown as 1; partners are shown on the same scale as solutions,
// so that a company's best evidence scores as that product does.
constexpr double kMaxScore = 1 + kAreaShare + kConceptShare + kNameBonus;
constexpr double kCoDevelopmentBonus = 0.3;  // added to a research institution's or cluster's partner score
// For a need to be co-developed, a research institution or cluster whose profile is in
// the fields of the nearest solutions gains up to kFieldShare (all of the fields); one
// whose text matches nothing of the need joins with kFieldEvidence as its evidence (docs/
// matcher.md, "Knowledge institutions by field").
constexpr double kFieldEvidence = 0.2;
constexpr double kFieldShare = 0.6;
// A record that uses a technology the need rules out keeps this share of its score: it
// stays in the list, with the conflict named, below the products that fit.
constexpr double kConflictFactor = 0.5;
// How much of a record's text is read for a ruled-out technology: a crawled page can be
// long, and a match reads every candidate that holds the technology's terms.
constexpr std::size_t kConflictTextBytes = std::size_t{16} * 1024;

// What one match has already read of a document: the need's aspects it covers and its
// stored record (parsed when first asked for). Shared by the solution, partner and
// similar-need rankings of one match, which often see the same documents.
struct DocumentFacts {
  std::vector<bool> covered;  // per aspect of the need
  double coverage = 0;        // the covered aspects' weight
  bool names_core = false;    // its name names the need's heaviest essential aspect
  std::vector<std::string> areas;  // its area terms (XA...)
  std::vector<std::string> conflicts;  // the technologies the need rules out that it uses
  std::optional<nlohmann::json> record;
};

// What a match shows of an organisation, from its stored record.
struct OrganisationCard {
  std::string name, website, org_type;
};

// One ranked document with the aspects it covers.
struct Candidate {
  Xapian::docid docid = 0;  // the MSet's (unique across shards)
  Xapian::Document document;
  std::shared_ptr<DocumentFacts> facts;
  double weight = 0;     // BM25 weight of the need query
  double relevance = 0;  // BM25, scaled to 0..1 by the best candidate
  double score = 0;
  double concept_affinity = 0;  // the share of the leading concepts it holds (solutions)

  // Per aspect of the need, whether the document covers it; and those aspects' share of
  // the need's weight. Read once per match (MatchMemo::facts), shared by every ranking.
  [[nodiscard]] const std::vector<bool>& covered() const { return facts->covered; }
  [[nodiscard]] double coverage() const { return facts->coverage; }

  // The stored record; parsed on first use.
  const nlohmann::json& record() const {
    if (!facts->record) facts->record = document_record(document);
    return *facts->record;
  }
};

const std::string& municipal_term() {
  static const std::string term = schema::term(schema::kOrgTypePrefix, "municipality");
  return term;
}

// One document of a query's result: its MSet docid (unique across shards) and BM25 weight.
struct Hit {
  Xapian::docid docid = 0;
  Xapian::Document document;
  double weight = 0;
};

// The boolean scope of each ranking for one request, and how many candidates each reads.
struct Scopes {
  Xapian::Query solutions, partners, needs;
  // Without filters the scopes together hold every record but these (municipalities'
  // own organisations and pages, the need left out); empty otherwise.
  Xapian::Query outside;
  unsigned solution_count = 0, partner_count = 0, need_count = kSimilarNeedCandidates;
  bool exclude_municipal = false;  // partners leave out municipalities' documents

  [[nodiscard]] Scopes deeper(unsigned factor) const {
    Scopes out = *this;
    out.solution_count *= factor;
    out.partner_count *= factor;
    out.need_count *= factor;
    return out;
  }
};

// The first query's hits in each ranking's scope, best first.
struct FirstPass {
  std::vector<Hit> solutions, partners, needs;
};

// Per-match memo: the need's aspects over the sorted terms that can cover them, and what
// was read of each document.
struct MatchMemo {
  const AnalysedNeed& need;
  const Analyzer& analyzer;
  NeedQuery query;                  // the need's ranked query
  std::optional<std::size_t> core;  // the heaviest essential aspect (aspects are sorted by weight)
  // The need's aspects, then the core as named (in_name), then the ruled-out technologies.
  match::AspectCoverage aspects;
  std::map<Xapian::docid, std::shared_ptr<DocumentFacts>> documents;

  MatchMemo(const AnalysedNeed& analysed, const Analyzer& need_analyzer, Xapian::doccount documents)
      : need(analysed),
        analyzer(need_analyzer),
        query(analysed, documents),
        core(match::heaviest_essential(analysed)),
        aspects(coverage_plans(analysed, core)) {}

  // One list of terms for all, so that a document's term list is walked once.
  static std::vector<AspectPlan> coverage_plans(const AnalysedNeed& need, std::optional<std::size_t> core) {
    std::vector<AspectPlan> plans = need.aspects;
    if (core) plans.push_back(match::in_name(need.aspects[*core]));
    for (const auto& ruled_out : need.ruled_out) plans.push_back(ruled_out.plan);
    return plans;
  }

  // The need's aspects the document covers, and its areas. `docid` is the MSet's
  // (Document::get_docid() is the shard's own, which repeats across shards).
  std::shared_ptr<DocumentFacts> facts(Xapian::docid docid, const Xapian::Document& document) {
    auto& slot = documents[docid];
    if (slot) return slot;
    slot = std::make_shared<DocumentFacts>();
    const std::vector<bool> held = match::held_terms(document, aspects.terms(), slot->areas);
    for (std::size_t aspect = 0; aspect < need.aspects.size(); ++aspect) {
      const bool covered = aspects.covers(aspect, held);
      slot->covered.push_back(covered);
      if (covered) slot->coverage += need.aspects[aspect].aspect.weight;
    }
    slot->names_core = core && aspects.covers(need.aspects.size(), held);
    const std::size_t first_ruled_out = need.aspects.size() + (core ? 1 : 0);
    std::set<std::size_t> held_ruled_out;  // concepts
    for (std::size_t i = 0; i < need.ruled_out.size(); ++i) {
      if (aspects.covers(first_ruled_out + i, held)) held_ruled_out.insert(need.ruled_out[i].concept_index);
    }
    if (!held_ruled_out.empty()) slot->conflicts = conflicts(*slot, document, held_ruled_out);
    return slot;
  }

  // The labels of the ruled-out technologies whose terms a record holds (`held`) that it
  // uses: all but those its own text names only after a negation ("radar sensor without
  // cameras"). Other needs are never in conflict: they are no products.
  std::vector<std::string> conflicts(DocumentFacts& facts, const Xapian::Document& document,
                                     const std::set<std::size_t>& held) const {
    if (!facts.record) facts.record = document_record(document);
    const nlohmann::json& record = *facts.record;
    if (record.value("type", "") == "need") return {};
    std::string text;
    for (const char* field : {"name", "title", "headings", "description", "text"}) {
      const auto found = record.find(field);
      if (found != record.end() && found->is_string()) text += found->get<std::string>() + ".\n";
      if (text.size() >= kConflictTextBytes) break;
    }
    const auto negated_only =
        analyzer.named_only_negated(truncate_utf8(text, kConflictTextBytes), record.value("lang", ""), held);
    std::vector<std::string> out;
    for (const auto& ruled_out : need.ruled_out) {
      const std::size_t concept_index = ruled_out.concept_index;
      if (held.count(concept_index) != 0 && negated_only.count(concept_index) == 0) out.push_back(ruled_out.plan.aspect.label);
    }
    return out;
  }
};

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  terms.reserve(values.size());
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


Xapian::Query of_types(std::initializer_list<RecordType> types) {
  std::vector<Xapian::Query> terms;
  for (RecordType type : types) terms.emplace_back(schema::type_term(type));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Scopes scopes_for(const MatchRequest& request) {
  Scopes scopes;
  scopes.solutions = with_filters(of_types({RecordType::solution}), request.filters, false);
  scopes.partners = with_filters(of_types({RecordType::organisation, RecordType::solution, RecordType::page}),
                                 request.filters, true);
  // Municipalities are the buyers, not partners, unless asked for by filter.
  scopes.exclude_municipal = request.filters.org_type.empty();
  if (scopes.exclude_municipal) {
    scopes.partners = Xapian::Query(Xapian::Query::OP_AND_NOT, scopes.partners, Xapian::Query(municipal_term()));
  }
  scopes.needs = of_types({RecordType::need});
  if (!request.exclude_need_id.empty()) {
    scopes.needs = Xapian::Query(Xapian::Query::OP_AND_NOT, scopes.needs, Xapian::Query(schema::id_term(request.exclude_need_id)));
  }
  const auto& filters = request.filters;
  if (filters.area.empty() && filters.maturity.empty() && filters.region.empty() && filters.org_type.empty()) {
    std::vector<Xapian::Query> outside{
        Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(municipal_term()),
                      of_types({RecordType::organisation, RecordType::page}))};
    if (!request.exclude_need_id.empty()) outside.emplace_back(schema::id_term(request.exclude_need_id));
    scopes.outside = Xapian::Query(Xapian::Query::OP_OR, outside.begin(), outside.end());
  }
  scopes.solution_count = std::max(kMinCandidates, request.limit * 3);
  scopes.partner_count = std::max(kMinPartnerCandidates, request.limit * 5);
  return scopes;
}

// `query` within the union of the scopes. Without filters that union is every record
// but a few, and leaving those out is cheap where the union itself is not: the record
// types' posting lists are as long as the index, and the match would skip along them
// for every document it weighs (at 100,000 records, 6 of a need's 16 ms in get_mset;
// bench/profiles.md, "Match, tenth round").
Xapian::Query in_any_scope(const Xapian::Query& query, const Scopes& scopes) {
  if (!scopes.outside.empty()) return Xapian::Query(Xapian::Query::OP_AND_NOT, query, scopes.outside);
  const std::vector<Xapian::Query> scope_list{scopes.solutions, scopes.partners, scopes.needs};
  const Xapian::Query any_scope(Xapian::Query::OP_OR, scope_list.begin(), scope_list.end());
  return Xapian::Query(Xapian::Query::OP_FILTER, query, any_scope);
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
  IndexIdentity identity;  // of the files `db` was opened from
  std::vector<Xapian::Database> shards;
  Xapian::Database db;
  std::shared_ptr<const Lexicon> lexicon;  // shared with the process's other matchers
  std::unique_ptr<Analyzer> analyzer;      // refers to db and lexicon

  // The lexicon of the resources the revision stores, and an analyzer with it when the
  // resources changed (or on first use).
  void load_resources() {
    auto current = shared_lexicon(db);
    if (current == lexicon && analyzer) return;
    lexicon = std::move(current);
    analyzer = std::make_unique<Analyzer>(db, lexicon);
  }

  // Matches begun on the revision being read, up to the one that read its vocabulary.
  unsigned matches_on_revision = 0;

  // The organisations matches on this revision showed, by id (none: not in the index).
  // The same companies own the products of need after need, and reading a record is a
  // look-up of its id, a read of its data and a parse of its JSON.
  std::unordered_map<std::string, std::optional<OrganisationCard>> organisation_cards;

  // At the revision the match reads: a writer that overtook it throws, and the match is
  // read again whole (Matcher::read_current), with the cards forgotten.
  std::optional<OrganisationCard> organisation_card(const std::string& id) {
    const auto found = organisation_cards.find(id);
    if (found != organisation_cards.end()) return found->second;
    std::optional<OrganisationCard> card;
    if (const auto record = read_record(db, id)) {
      card = OrganisationCard{record->value("name", ""), record->value("website", ""), record->value("org_type", "")};
    }
    if (organisation_cards.size() >= kMaxOrganisationCards) organisation_cards.clear();
    organisation_cards.emplace(id, card);
    return card;
  }

  // Forgets what was read of the revision before.
  void forget_revision() {
    analyzer->clear_cache();
    matches_on_revision = 0;
    organisation_cards.clear();
  }

  // The analysis answers from the revision's vocabulary in memory from the match after
  // the first kMatchesBeforeVocabulary on. Only for local databases: a remote shard's
  // vocabulary would cross the network whole.
  void prepare_vocabulary() {
    if (matches_on_revision > kMatchesBeforeVocabulary) return;  // read already, or found too large
    if (matches_on_revision++ < kMatchesBeforeVocabulary) return;
    const bool local = std::all_of(specs.begin(), specs.end(), [](const std::string& spec) {
      std::error_code error;
      return std::filesystem::is_directory(spec, error);
    });
    if (!local) return;
    std::string databases;
    for (const auto& spec : specs) databases.append(spec).push_back('\0');
    // The index's revision, not Xapian's: a compacted copy starts Xapian's count again.
    analyzer->use_vocabulary(match::shared_vocabulary(databases, std::to_string(index_revision(shards)), db));
  }

  // What the revision's index offers the matcher: concept terms when every shard was
  // tagged with the stored resources.
  void read_index_features() {
    const std::string& signature = lexicon->concepts_signature();
    const bool tagged = !lexicon->resources().concepts.empty() &&
                        std::all_of(shards.begin(), shards.end(),
                                    [&](const auto& shard) { return shard.get_metadata(kConceptsKey) == signature; });
    analyzer->use_concept_terms(tagged);
  }

  [[nodiscard]] IndexInfo index_info() const {
    return IndexInfo{index_revision(shards), db.get_doccount(), db.get_metadata(schema::kUpdatedKey)};
  }

  // The best `count` documents of the need's query within `scope`, best first.
  std::vector<Hit> search(const NeedQuery& query, const Xapian::Query& scope, unsigned count) {
    const match::Scoping within = [&](const Xapian::Query& ranked) {
      return Xapian::Query(Xapian::Query::OP_FILTER, ranked, scope);
    };
    return read(query, within, count);
  }

  // The best `count` documents of the need's query, restricted by `scoped`, best first.
  std::vector<Hit> read(const NeedQuery& query, const match::Scoping& scoped, unsigned count) {
    return hits_of(match::ranked_matches(db, query, scoped, count));
  }

  static std::vector<Hit> hits_of(const Xapian::MSet& matches) {
    std::vector<Hit> hits;
    hits.reserve(matches.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) hits.push_back({*it, it.get_document(), it.get_weight()});
    return hits;
  }

  // The hits as candidates, with the aspects each covers.
  static std::vector<Candidate> assess(MatchMemo& memo, const std::vector<Hit>& hits) {
    std::vector<Candidate> candidates;
    candidates.reserve(hits.size());
    for (const auto& hit : hits) {
      Candidate candidate;
      candidate.docid = hit.docid;
      candidate.document = hit.document;
      candidate.facts = memo.facts(hit.docid, hit.document);
      candidate.weight = hit.weight;
      candidates.push_back(std::move(candidate));
    }
    return candidates;
  }

  // The need's query in each ranking's scope, as deep as feedback draws on: solutions
  // and partners' evidence kFeedbackDepth times the candidates each ranking reads,
  // other needs only their candidates (their ranking takes no feedback).
  // The scopes share the query's posting lists, which are most of a match's time; so
  // they are read once, over their union, as deep as the partners' solutions and the
  // other evidence would be read alone plus the needs, and each pool takes its own
  // records in the read's order: the best of its scope, as long as the pool fills or
  // the read held every match. A pool the others crowded out is read alone (profiled
  // against one read per scope in bench/profiles.md, "Match, seventh round").
  FirstPass first_pass(MatchMemo& memo, const MatchRequest& request, const Scopes& scopes) {
    const NeedQuery& query = memo.query;
    const Scopes deep = scopes.deeper(kFeedbackDepth);
    if (!request.filters.maturity.empty()) {  // partners' solutions are not the solutions' scope
      return {search(query, scopes.solutions, deep.solution_count), search(query, scopes.partners, deep.partner_count),
              search(query, scopes.needs, scopes.need_count)};
    }
    const unsigned depth = std::max(deep.solution_count, deep.partner_count) + deep.partner_count + scopes.need_count;
    const match::Scoping within_any = [&](const Xapian::Query& ranked) { return in_any_scope(ranked, scopes); };
    const auto hits = read(query, within_any, depth);
    FirstPass pass = pools_of(hits, scopes, deep);
    if (hits.size() == depth) {  // matches were left unread
      if (pass.solutions.size() < deep.solution_count) pass.solutions = search(query, scopes.solutions, deep.solution_count);
      if (pass.partners.size() < deep.partner_count) pass.partners = search(query, scopes.partners, deep.partner_count);
      if (pass.needs.size() < scopes.need_count) pass.needs = search(query, scopes.needs, scopes.need_count);
    }
    return pass;
  }

  // The hits of the scopes' union sorted into each ranking's pool, best first, each up
  // to its depth. A hit is a need, a solution (partner evidence unless a municipality's
  // own), or an organisation or page (the union holds only those the partners' scope does).
  FirstPass pools_of(const std::vector<Hit>& hits, const Scopes& scopes, const Scopes& deep) {
    const auto docids = sorted_docids(hits);
    const auto needs = members({schema::type_term(RecordType::need)}, docids);
    const auto solutions = members({schema::type_term(RecordType::solution)}, docids);
    const auto municipal = scopes.exclude_municipal ? members({municipal_term()}, docids) : std::set<Xapian::docid>{};
    FirstPass pass;
    for (const auto& hit : hits) {
      if (needs.count(hit.docid) != 0) {
        if (pass.needs.size() < scopes.need_count) pass.needs.push_back(hit);
        continue;
      }
      const bool solution = solutions.count(hit.docid) != 0;
      if (solution && pass.solutions.size() < deep.solution_count) pass.solutions.push_back(hit);
      const bool evidence = !solution || municipal.count(hit.docid) == 0;
      if (evidence && pass.partners.size() < deep.partner_count) pass.partners.push_back(hit);
    }
    return pass;
  }

  // A ranking of one scope's first hits: candidates scored on coverage and relevance,
  // and the areas that lead it (for feedback).
  struct Ranking {
    std::vector<Candidate> candidates;
    double best = 0;  // the best first-query weight: relevance is relative to it
    std::map<std::string, double> areas;
  };

  // The first `count` hits of `pool`, scored; with `feedback`, the areas that lead them.
  static Ranking first_ranking(MatchMemo& memo, const std::vector<Hit>& pool, unsigned count,
                               bool feedback) {
    Ranking ranking;
    const std::vector<Hit> hits(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(count, pool.size())));
    ranking.candidates = assess(memo, hits);
    for (const auto& candidate : ranking.candidates) ranking.best = std::max(ranking.best, candidate.weight);
    score(ranking.candidates, ranking.best, {});
    if (feedback) ranking.areas = leading_areas(ranking.candidates);
    return ranking;
  }

  // Feedback: the best `count` hits of `pool` within the areas that lead the ranking
  // (records of the same kind of product that the first `count` did not reach) join
  // it; the candidates holding `concepts` (leading_concepts of the first ranking; none
  // for partners) get their share of them; and all are scored with both affinities.
  void add_feedback(MatchMemo& memo, Ranking& ranking, const std::vector<Hit>& pool, unsigned count,
                    const std::map<std::string, double>& concepts) {
    if (ranking.areas.empty() && concepts.empty()) return;
    if (!ranking.areas.empty()) join_area_records(memo, ranking, pool, count);
    add_concept_affinity(ranking.candidates, concepts);
    score(ranking.candidates, ranking.best, ranking.areas);
  }

  // The best `count` hits of `pool` within the ranking's leading areas join its candidates.
  void join_area_records(MatchMemo& memo, Ranking& ranking, const std::vector<Hit>& pool, unsigned count) {
    std::vector<std::string> areas;
    for (const auto& [area, weight] : ranking.areas) areas.push_back(area);
    const auto in_areas = members(areas, sorted_docids(pool));
    std::set<Xapian::docid> seen;
    for (const auto& candidate : ranking.candidates) seen.insert(candidate.docid);
    std::vector<Hit> more;
    unsigned taken = 0;
    for (const auto& hit : pool) {
      if (taken >= count) break;
      if (in_areas.count(hit.docid) == 0) continue;
      ++taken;
      if (seen.insert(hit.docid).second) more.push_back(hit);
    }
    for (auto& candidate : assess(memo, more)) ranking.candidates.push_back(std::move(candidate));
  }

  // Each candidate's concept affinity: the shares of the `concepts` it holds.
  void add_concept_affinity(std::vector<Candidate>& candidates, const std::map<std::string, double>& concepts) {
    if (concepts.empty()) return;
    const auto docids = sorted_docids(candidates);
    std::map<Xapian::docid, double> affinity;
    for (const auto& [concept_term, share] : concepts) {
      for (const Xapian::docid docid : members({concept_term}, docids)) affinity[docid] += share;
    }
    for (auto& candidate : candidates) {
      const auto found = affinity.find(candidate.docid);
      if (found != affinity.end()) candidate.concept_affinity = found->second;
    }
  }

  // What feedback draws on: the best kFeedbackDocuments candidates that cover something.
  static std::vector<const Candidate*> feedback_sources(const std::vector<Candidate>& ranked) {
    std::vector<const Candidate*> sources;
    for (const auto& candidate : ranked) {
      if (sources.size() >= kFeedbackDocuments) break;
      if (candidate.coverage() > 0) sources.push_back(&candidate);
    }
    return sources;
  }

  // The `count` heaviest of `weights`, heaviest first (ties in key order).
  static std::vector<std::pair<std::string, double>> heaviest(const std::map<std::string, double>& weights, std::size_t count) {
    std::vector<std::pair<std::string, double>> sorted(weights.begin(), weights.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (sorted.size() > count) sorted.resize(count);
    return sorted;
  }

  // The concepts (XZ... terms) held by at least kMinConceptDocuments of the best few
  // candidates that cover something, other than the concepts the need names (its
  // aspects' and the technologies it rules out, which would lift the products that use
  // them again), weighted by those candidates' scores; the leading few, as shares
  // summing to 1.
  static std::map<std::string, double> leading_concepts(const AnalysedNeed& need, const std::vector<Candidate>& ranked) {
    std::set<std::string> named;  // by the need, as asked for or as ruled out
    for (const auto& plan : need.aspects) {
      if (!plan.concept_term.empty()) named.insert(plan.concept_term);
    }
    for (const auto& ruled_out : need.ruled_out) {
      if (!ruled_out.plan.concept_term.empty()) named.insert(ruled_out.plan.concept_term);
    }
    std::map<std::string, double> weights;  // concept -> summed score
    std::map<std::string, int> documents;
    const std::string prefix = kConceptPrefix;
    for (const Candidate* candidate : feedback_sources(ranked)) {
      auto it = candidate->document.termlist_begin();
      const auto end = candidate->document.termlist_end();
      for (it.skip_to(prefix); it != end && (*it).rfind(prefix, 0) == 0; ++it) {
        if (named.count(*it) != 0) continue;
        weights[*it] += candidate->score;
        ++documents[*it];
      }
    }
    for (const auto& [concept_term, count] : documents) {
      if (count < kMinConceptDocuments) weights.erase(concept_term);
    }
    const auto shared = heaviest(weights, kFeedbackConcepts);
    double total = 0;
    for (const auto& entry : shared) total += entry.second;
    std::map<std::string, double> out;
    for (const auto& [concept_term, weight] : shared) out[concept_term] = weight / total;
    return out;
  }

  // The docids of hits or candidates, sorted for members().
  template <typename Item>
  static std::vector<Xapian::docid> sorted_docids(const std::vector<Item>& items) {
    std::vector<Xapian::docid> docids;
    docids.reserve(items.size());
    for (const auto& item : items) docids.push_back(item.docid);
    std::sort(docids.begin(), docids.end());
    return docids;
  }

  // The `docids` (sorted) indexed under any of `terms` (boolean terms such as areas, or
  // concept terms): each term's posting list skipped along the docids, far cheaper than
  // reading each document's term list.
  std::set<Xapian::docid> members(const std::vector<std::string>& terms, const std::vector<Xapian::docid>& docids) {
    std::set<Xapian::docid> out;
    for (const auto& term : terms) {
      auto posting = db.postlist_begin(term);
      const auto end = db.postlist_end(term);
      for (const Xapian::docid docid : docids) {
        if (posting == end) break;
        posting.skip_to(docid);
        if (posting == end) break;
        if (*posting == docid) out.insert(docid);
      }
    }
    return out;
  }

  // The areas of the best few candidates that cover something, weighted by their
  // scores; the leading few, the heaviest at 1.
  static std::map<std::string, double> leading_areas(const std::vector<Candidate>& ranked) {
    std::map<std::string, double> weights;
    for (const Candidate* candidate : feedback_sources(ranked)) {
      for (const auto& area : candidate->facts->areas) weights[area] += candidate->score;
    }
    const auto sorted = heaviest(weights, kFeedbackAreas);
    std::map<std::string, double> out;
    for (const auto& [area, weight] : sorted) out[area] = weight / sorted.front().second;
    return out;
  }

  // Final scores: coverage of the need's aspects, BM25 relative to `best`, the
  // affinity to the leading areas, and whether the name names the core; sorts best first.
  static void score(std::vector<Candidate>& candidates, double best, const std::map<std::string, double>& areas) {
    for (auto& candidate : candidates) {
      candidate.relevance = best > 0 ? std::min(1.0, candidate.weight / best) : 0;
      double affinity = 0;
      for (const auto& area : candidate.facts->areas) {
        const auto found = areas.find(area);
        if (found != areas.end()) affinity = std::max(affinity, found->second);
      }
      candidate.score = kCoverageShare * candidate.coverage() + (1 - kCoverageShare) * candidate.relevance +
                        kAreaShare * affinity + kConceptShare * candidate.concept_affinity +
                        (candidate.facts->names_core ? kNameBonus : 0);
      if (!candidate.facts->conflicts.empty()) candidate.score *= kConflictFactor;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  }

  // The first `count` candidates that cover something, as solutions.
  std::vector<SolutionMatch> solutions(const AnalysedNeed& need, unsigned count,
                                       const std::vector<Candidate>& candidates) {
    match::SnippetMarker marker(match::snippet_terms(need));
    std::vector<SolutionMatch> out;
    for (auto& candidate : candidates) {
      if (out.size() >= count) break;
      if (candidate.coverage() <= 0) continue;
      SolutionMatch hit;
      const auto& record = candidate.record();
      hit.id = record.value("id", "");
      hit.name = record.value("name", "");
      hit.maturity = record.value("maturity", "");
      hit.url = record.value("url", "");
      hit.organisation.id = record.value("organisation", "");
      if (const auto owner = organisation_card(hit.organisation.id)) {
        hit.organisation.name = owner->name;
        if (hit.url.empty()) hit.url = owner->website;
      }
      hit.rank = static_cast<unsigned>(out.size() + 1);
      hit.score = std::round(candidate.score / kMaxScore * 1000) / 1000;
      hit.covered = labels(need, candidate.covered(), true);
      hit.missing = labels(need, candidate.covered(), false);
      hit.conflicts = candidate.facts->conflicts;
      // Settled by rank and score later.
      hit.buy_instead = hit.conflicts.empty() && match::is_buy_instead(need, candidate.covered(), hit.maturity);
      const auto snippet = match::make_snippet(record.value("description", ""), marker, record.value("lang", "da"));
      hit.snippet = snippet.text;
      hit.snippet_html = snippet.html;
      out.push_back(std::move(hit));
    }
    return out;
  }

  // The record of each of `orgs` the index holds, by docid.
  std::map<Xapian::docid, std::string> records_of(const std::set<std::string>& orgs) {
    std::map<Xapian::docid, std::string> out;
    for (const auto& org : orgs) {
      const std::string term = schema::id_term(org);
      const auto posting = db.postlist_begin(term);
      if (posting != db.postlist_end(term)) out.emplace(*posting, org);
    }
    return out;
  }

  // The org_type terms of organisations that co-develop rather than sell: research and
  // education institutions and clusters.
  static const std::vector<std::string>& co_developer_types() {
    static const std::vector<std::string> terms{schema::term(schema::kOrgTypePrefix, "research"),
                                                schema::term(schema::kOrgTypePrefix, "cluster")};
    return terms;
  }

  // The organisation records of co-developers (co_developer_types) in `area`.
  std::vector<Xapian::docid> co_developer_records(const std::string& area) {
    const auto& types = co_developer_types();
    const Xapian::Query co_developers(Xapian::Query::OP_AND, Xapian::Query(schema::type_term(RecordType::organisation)),
                                      Xapian::Query(Xapian::Query::OP_OR, types.begin(), types.end()));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(area), co_developers));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
    return {all.begin(), all.end()};
  }

  // The organisations of `records` (records_of) that co-develop rather than sell.
  std::set<std::string> co_developers_among(const std::map<Xapian::docid, std::string>& records) {
    std::vector<Xapian::docid> docids;
    docids.reserve(records.size());
    for (const auto& entry : records) docids.push_back(entry.first);
    std::set<std::string> out;
    for (const Xapian::docid docid : members(co_developer_types(), docids)) out.insert(records.at(docid));
    return out;
  }

  // The knowledge institutions and clusters whose own records are in any of `fields`,
  // an area -> weight map: the share of the fields' weight each holds and those areas'
  // names; for those with evidence (`evidence_records`, records_of them), and the `count`
  // others with the largest share (ties by docid, i.e. the order they were first indexed).
  struct FieldMatch {
    double share = 0;
    std::vector<std::string> areas;
  };
  std::map<std::string, FieldMatch> co_developers_in(const std::map<std::string, double>& fields,
                                                     const std::map<Xapian::docid, std::string>& evidence_records,
                                                     std::size_t count) {
    double total = 0;
    for (const auto& entry : fields) total += entry.second;
    if (total <= 0) return {};
    std::map<Xapian::docid, FieldMatch> by_record;
    const std::size_t prefix_size = std::string_view(schema::kAreaPrefix).size();
    for (const auto& [area, weight] : fields) {
      for (const Xapian::docid docid : co_developer_records(area)) {
        FieldMatch& match = by_record[docid];
        match.share += weight / total;
        match.areas.push_back(area.substr(prefix_size));
      }
    }
    std::map<std::string, FieldMatch> out;
    for (const auto& [docid, org] : evidence_records) {
      const auto found = by_record.find(docid);
      if (found == by_record.end()) continue;
      out[org] = found->second;
      by_record.erase(found);
    }
    std::vector<std::pair<Xapian::docid, const FieldMatch*>> field_only;
    field_only.reserve(by_record.size());
    for (const auto& [docid, match] : by_record) field_only.emplace_back(docid, &match);
    const auto larger_share = [](const auto& a, const auto& b) {
      return a.second->share > b.second->share || (a.second->share == b.second->share && a.first < b.first);
    };
    const auto shown = static_cast<std::ptrdiff_t>(std::min(count, field_only.size()));
    std::partial_sort(field_only.begin(), field_only.begin() + shown, field_only.end(), larger_share);
    for (auto it = field_only.begin(); it != field_only.begin() + shown; ++it) {
      out[db.get_document(it->first).get_value(schema::kOrgSlot)] = *it->second;
    }
    return out;
  }

  struct Evidence {
    double best = 0;
    std::vector<const Candidate*> why;  // the first three; explained only for the partners shown
  };

  // Each organisation's evidence among the candidates that cover something, in the
  // candidates' order.
  static std::vector<std::pair<std::string, Evidence>> evidence_of(const std::vector<Candidate>& candidates) {
    std::vector<std::pair<std::string, Evidence>> out;
    std::map<std::string, std::size_t> index;
    for (const auto& candidate : candidates) {
      if (candidate.coverage() <= 0) continue;
      const std::string org = candidate.document.get_value(schema::kOrgSlot);
      if (org.empty()) continue;
      const auto [it, inserted] = index.try_emplace(org, out.size());
      if (inserted) out.emplace_back(org, Evidence{});
      Evidence& evidence = out[it->second].second;
      evidence.best = std::max(evidence.best, candidate.score);
      if (evidence.why.size() < 3) evidence.why.push_back(&candidate);
    }
    return out;
  }

  // Partners for the need, each ranked by its best piece of evidence (its record, a
  // solution or a crawled page): more pages that match weakly do not make a closer
  // partner. When the need is to be co-developed (nothing on the market covers it),
  // research institutions and clusters with evidence rank higher, and those working in
  // the fields of the nearest solutions (`fields`: the areas that lead the solutions'
  // ranking) join without any, by the share of the fields they work in: the guide's
  // OPI brings knowledge institutions in, and their profiles describe fields of
  // research ("sensorer", "data og ai"), not the need's words.
  std::vector<PartnerMatch> partners(const AnalysedNeed& need, const MatchRequest& request,
                                     const std::vector<Candidate>& candidates, bool co_development,
                                     const std::map<std::string, double>& fields) {
    const auto evidence = evidence_of(candidates);
    std::set<std::string> with_evidence;
    for (const auto& entry : evidence) with_evidence.insert(entry.first);
    std::set<std::string> co_developers;
    std::map<std::string, FieldMatch> in_fields;
    if (co_development) {
      const auto evidence_records = records_of(with_evidence);
      co_developers = co_developers_among(evidence_records);
      in_fields = co_developers_in(fields, evidence_records, request.limit);
    }
    // Organisations with a stored record, ranked; only the ones shown are read and explained.
    std::vector<PartnerMatch> out;
    const auto add = [&](const std::string& org, double score) {
      if (!analyzer->term_statistics().exists(schema::id_term(org))) return;
      PartnerMatch partner;
      partner.id = org;
      partner.score = score;
      out.push_back(std::move(partner));
    };
    for (const auto& [org, found] : evidence) {
      add(org, found.best + (co_developers.count(org) != 0 ? kCoDevelopmentBonus : 0));
    }
    for (const auto& [org, field] : in_fields) {
      if (with_evidence.count(org) == 0) add(org, kFieldEvidence + kCoDevelopmentBonus);
    }
    for (auto& partner : out) {
      const auto field = in_fields.find(partner.id);
      if (field != in_fields.end()) partner.score += kFieldShare * field->second.share;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > request.limit) out.resize(request.limit);
    const std::map<std::string, Evidence> evidence_by_org(evidence.begin(), evidence.end());
    for (std::size_t i = 0; i < out.size(); ++i) {
      PartnerMatch& partner = out[i];
      describe(partner);
      const auto found = evidence_by_org.find(partner.id);
      if (found != evidence_by_org.end()) {
        for (const Candidate* candidate : found->second.why) {
          partner.why.push_back(match::evidence_line(need, candidate->record(), candidate->covered(), candidate->facts->conflicts));
        }
      }
      const auto field = in_fields.find(partner.id);
      if (field != in_fields.end()) partner.why.push_back(match::field_line(need, field->second.areas));
      partner.rank = static_cast<unsigned>(i + 1);
      partner.score = std::round(std::min(1.0, partner.score / kMaxScore) * 1000) / 1000;
    }
    return out;
  }

  // The partner's name, type and website from its stored record.
  void describe(PartnerMatch& partner) {
    const auto card = organisation_card(partner.id);
    if (!card) return;
    partner.name = card->name;
    partner.org_type = card->org_type;
    partner.url = card->website;
  }

  std::vector<SimilarNeed> similar_needs(const AnalysedNeed& need, MatchMemo& memo, const MatchRequest& request,
                                         const std::vector<Hit>& pool) {
    const auto candidates = first_ranking(memo, pool, kSimilarNeedCandidates, false).candidates;
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
      similar.shared = labels(need, candidate.covered(), true);
      out.push_back(std::move(similar));
    }
    return out;
  }
};

Matcher::Matcher(const std::vector<std::string>& db_specs) : state_(std::make_unique<State>()) {
  state_->specs = db_specs;
  state_->identity = index_identity(db_specs);
  state_->db = open_index(db_specs, &state_->shards);
  state_->load_resources();
  state_->read_index_features();
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

bool Matcher::reopen() {
  const bool changed = refresh_index(state_->specs, state_->identity, state_->db, &state_->shards);
  if (changed) {
    state_->forget_revision();
    state_->load_resources();
    state_->read_index_features();
  }
  return changed;
}

template <typename Read>
auto Matcher::read_current(Read&& read) {
  try {
    return read();
  } catch (const Xapian::DatabaseModifiedError&) {
    // A writer's commits overtook the revision being read: read the new one, with its
    // language resources and index features (not with_reopen's bare reopen).
    reopen();
    return read();
  }
}

IndexInfo Matcher::index_info() {
  return read_current([this] { return state_->index_info(); });
}

nlohmann::json Matcher::record(const std::string& type, const std::string& id) {
  // Reopened, when a writer overtook the handle, as a match is: with the revision's
  // language resources, not bare.
  const auto found = read_current([&] { return read_record(state_->db, id); });
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
  const auto run = [&] {
    state_->prepare_vocabulary();
    const AnalysedNeed need = state_->analyzer->analyse(text);
    MatchResult result;
    result.text = text;
    result.lang = need.lang;
    for (const auto& plan : need.aspects) result.aspects.push_back(plan.aspect);
    result.ruled_out = need.ruled_out_labels();
    MatchMemo memo(need, *state_->analyzer, state_->db.get_doccount());
    const Scopes scopes = scopes_for(request);
    const FirstPass pass = state_->first_pass(memo, request, scopes);
    auto solution_ranking = State::first_ranking(memo, pass.solutions, scopes.solution_count, true);
    // Both feedbacks are drawn from the best matches of the need's own terms.
    const auto concepts = State::leading_concepts(need, solution_ranking.candidates);
    state_->add_feedback(memo, solution_ranking, pass.solutions, scopes.solution_count, concepts);
    auto partner_ranking = State::first_ranking(memo, pass.partners, scopes.partner_count, true);
    state_->add_feedback(memo, partner_ranking, pass.partners, scopes.partner_count, {});
    result.solutions =
        state_->solutions(need, std::max(request.limit, kScreenedSolutions), solution_ranking.candidates);
    // The decision depends on the solutions only, the same ones whatever the limit
    // shows; its reasons also say whether partners were found. What the market leaves
    // uncovered does not depend on the buy flags, which it may complete.
    const auto screened_count = std::min<std::size_t>(kScreenedSolutions, result.solutions.size());
    result.uncovered = match::uncovered_aspects(need, std::span(result.solutions).first(screened_count));
    match::settle_buy_flags(result.solutions);
    match::flag_buys_the_market_completes(need, result.solutions, result.uncovered);
    const std::vector<SolutionMatch> screened(result.solutions.begin(),
                                              result.solutions.begin() + static_cast<std::ptrdiff_t>(screened_count));
    const match::Screening screening = match::screen(need, screened);
    if (result.solutions.size() > request.limit) result.solutions.resize(request.limit);
    result.partners = state_->partners(need, request, partner_ranking.candidates, screening.decision == "develop",
                                       solution_ranking.areas);
    result.similar_needs = state_->similar_needs(need, memo, request, pass.needs);
    result.verdict = match::explain(need, screening, result.partners, result.uncovered);
    result.index = state_->index_info();  // of the revision the match read
    return result;
  };
  try {
    return read_current(run);
  } catch (const Xapian::Error& error) {
    throw IndexError("the index could not be read: " + error.get_description());
  }
}


}  // namespace radar
