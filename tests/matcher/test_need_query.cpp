// The need's query splits off the aspects much of a large index holds (NeedQuery): they
// only weigh what the rarer aspects find. A read of the split query must give the whole
// query's best documents when it fills the read, and fall back to the whole query when
// it does not, since documents only the optional aspects match may then belong in it.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis.h"
#include "need_query.h"
#include "test_support.h"

using namespace radar::match;
using radar::test::TempDir;

namespace {

AspectPlan word_plan(const std::string& word, double weight, double documents) {
  AspectPlan plan;
  plan.aspect.label = word;
  plan.aspect.weight = weight;
  plan.alternatives = {Alternative{{{word}}}};
  plan.document_frequency = documents;
  return plan;
}

// 2,000 documents: every second holds "common" (50 %), every 50th "rare" (2 %), every
// 70th "other" (1.4 %; 5 hold both: 63 hold either).
Xapian::WritableDatabase market(const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (int i = 1; i <= 2000; ++i) {
    Xapian::Document document;
    document.add_term("filler", 1 + i % 3);
    if (i % 2 == 0) document.add_term("common", 1 + i % 4);
    if (i % 50 == 0) document.add_term("rare");
    if (i % 70 == 0) document.add_term("other");
    db.add_document(document);
  }
  db.commit();
  return db;
}

AnalysedNeed need_of_three() {
  AnalysedNeed need;
  need.aspects = {word_plan("rare", 0.5, 40), word_plan("other", 0.3, 28), word_plan("common", 0.2, 1000)};
  return need;
}

std::vector<std::pair<Xapian::docid, double>> ranked(const Xapian::MSet& matches) {
  std::vector<std::pair<Xapian::docid, double>> out;
  for (auto it = matches.begin(); it != matches.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

const Scoping kUnscoped = [](const Xapian::Query& query) { return query; };

}  // namespace

TEST_CASE("the need's query makes the aspects much of a large index holds optional", "[need_query]") {
  const AnalysedNeed need = need_of_three();
  const NeedQuery large(need, 2000, 2000);
  REQUIRE_FALSE(large.split.empty());
  CHECK(large.split.get_type() == Xapian::Query::OP_AND_MAYBE);
  CHECK(large.split.get_subquery(0).get_num_subqueries() == 2);  // rare and other
  CHECK(large.all.get_num_subqueries() == 3);
  // Below the size where it pays, and where every aspect is rare, nothing is split off.
  CHECK(NeedQuery(need, 1999, 2000).split.empty());
  AnalysedNeed at_scale = need;
  at_scale.aspects[2].document_frequency = 10000;
  CHECK_FALSE(NeedQuery(at_scale, NeedQuery::kMinDocumentsToSplit).split.empty());
  CHECK(NeedQuery(at_scale, NeedQuery::kMinDocumentsToSplit - 1).split.empty());
  AnalysedNeed rare_only;
  rare_only.aspects = {word_plan("rare", 0.5, 200)};
  CHECK(NeedQuery(rare_only, 2000, 2000).split.empty());
}

TEST_CASE("a read of the split query that fills gives the whole query's best documents", "[need_query]") {
  const TempDir dir;
  const auto db = market(dir.path() + "/db");
  const NeedQuery query(need_of_three(), db.get_doccount(), 2000);
  REQUIRE_FALSE(query.split.empty());
  const auto split = ranked(ranked_matches(db, query, kUnscoped, 40));
  CHECK(split.size() == 40);
  CHECK(split == ranked(ranked_matches(db, query.all, 40)));
}

TEST_CASE("a read the split query cannot fill is answered by the whole query", "[need_query]") {
  const TempDir dir;
  const auto db = market(dir.path() + "/db");
  const NeedQuery query(need_of_three(), db.get_doccount(), 2000);
  // 63 documents hold "rare" or "other"; 100 are asked for.
  CHECK(ranked_matches(db, query.split, 100).size() == 63);
  const auto read = ranked(ranked_matches(db, query, kUnscoped, 100));
  CHECK(read.size() == 100);
  CHECK(read == ranked(ranked_matches(db, query.all, 100)));
  // With a scope the split query fills, the scoped split answers.
  const Scoping only_common = [](const Xapian::Query& ranked_query) {
    return Xapian::Query(Xapian::Query::OP_FILTER, ranked_query, Xapian::Query("common"));
  };
  CHECK(ranked(ranked_matches(db, query, only_common, 20)) == ranked(ranked_matches(db, only_common(query.all), 20)));
}

TEST_CASE("when the rarer aspects fill a read, a document only the common aspects match is not read", "[need_query]") {
  const TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE_OR_OVERWRITE);
  // 40 documents hold "rare", 125 "common" (6 %); the last holds nothing but "common", often.
  for (int i = 1; i <= 2000; ++i) {
    Xapian::Document document;
    document.add_term("filler", 1 + i % 3);
    if (i % 50 == 0) document.add_term("rare");
    if (i % 16 == 0) document.add_term("common");
    db.add_document(document);
  }
  Xapian::Document common_only;
  common_only.add_term("common", 40);
  const Xapian::docid heavy = db.add_document(common_only);
  db.commit();
  AnalysedNeed need;
  need.aspects = {word_plan("common", 0.2, 126), word_plan("rare", 0.1, 40)};
  const NeedQuery query(need, db.get_doccount(), 2000);
  REQUIRE_FALSE(query.split.empty());
  const auto holds_heavy = [&](const Xapian::MSet& matches) {
    return std::any_of(matches.begin(), matches.end(), [&](Xapian::docid docid) { return docid == heavy; });
  };
  // The whole query ranks it among the first 20; the split read, which fills, leaves it out.
  CHECK(holds_heavy(ranked_matches(db, query.all, 20)));
  const Xapian::MSet read = ranked_matches(db, query, kUnscoped, 20);
  CHECK(read.size() == 20);
  CHECK_FALSE(holds_heavy(read));
}
