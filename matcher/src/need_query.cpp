#include "need_query.h"

#include <vector>

namespace radar::match {

namespace {

Xapian::Query aspect_query(const AspectPlan& plan) {
  return {Xapian::Query::OP_SCALE_WEIGHT, Analyzer::query_for(plan), 0.5 + 2.0 * plan.aspect.weight};
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
  return {Xapian::Query::OP_OR, queries.begin(), queries.end()};
}

}  // namespace

NeedQuery::NeedQuery(const AnalysedNeed& need, Xapian::doccount documents, Xapian::doccount min_documents_to_split) {
  std::vector<Xapian::Query> every, rarer, common;
  const double common_frequency = kCommonAspectShare * static_cast<double>(documents);
  for (const auto& plan : need.aspects) {
    if (plan.alternatives.empty()) continue;
    every.push_back(aspect_query(plan));
    (plan.document_frequency > common_frequency ? common : rarer).push_back(every.back());
  }
  all = any_of(every);
  if (documents < min_documents_to_split || rarer.empty() || common.empty()) return;
  split = Xapian::Query(Xapian::Query::OP_AND_MAYBE, any_of(rarer), any_of(common));
}

Xapian::MSet ranked_matches(const Xapian::Database& db, const Xapian::Query& query, unsigned count) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight(1.2, 0, 1, 0.5, 0.5));
  return enquire.get_mset(0, count);
}

Xapian::MSet ranked_matches(const Xapian::Database& db, const NeedQuery& query, const Scoping& scoped, unsigned count) {
  if (!query.split.empty()) {
    Xapian::MSet matches = ranked_matches(db, scoped(query.split), count);
    if (matches.size() == count) return matches;
  }
  return ranked_matches(db, scoped(query.all), count);
}

}  // namespace radar::match
