// The matcher checks a candidate's coverage of the need's aspects with AspectCoverage
// (flags per term); it must accept exactly what Analyzer::covers accepts given the
// candidate's terms among those that can cover (what the matcher used to pass it).
// The flags come from held_terms, which must read the terms and areas a document holds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis.h"
#include "coverage.h"
#include "radar/concepts.h"
#include "radar/language_resources.h"
#include "radar/schema.h"
#include "test_support.h"

using namespace radar;
using namespace radar::match;
using namespace radar::test;

namespace {

// `terms` as flags over the coverage's listed terms, and as the set of listed terms held.
std::pair<std::vector<bool>, std::set<std::string>> held_of(const AspectCoverage& coverage,
                                                            const std::set<std::string>& terms) {
  std::vector<bool> flags(coverage.terms().size());
  std::set<std::string> listed;
  for (std::size_t i = 0; i < coverage.terms().size(); ++i) {
    if (terms.count(coverage.terms()[i]) != 0) flags[i] = true, listed.insert(coverage.terms()[i]);
  }
  return {flags, listed};
}

// How many (document, aspect) pairs are covered, checking each against Analyzer::covers.
std::size_t check_all(const std::vector<AspectPlan>& plans, const std::vector<std::set<std::string>>& documents) {
  const AspectCoverage coverage(plans);
  std::size_t covered = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto [flags, listed] = held_of(coverage, documents[d]);
    for (std::size_t a = 0; a < plans.size(); ++a) {
      CAPTURE(d, a);
      const bool expected = Analyzer::covers(plans[a], listed);
      CHECK(coverage.covers(a, flags) == expected);
      covered += expected ? 1 : 0;
    }
  }
  return covered;
}

}  // namespace

TEST_CASE("aspect coverage over term flags accepts what covers() accepts, for every set of terms", "[coverage]") {
  AspectPlan concept_plan;
  concept_plan.concept_term = "XZ7";
  concept_plan.covering_concepts = {"XZ9"};  // a kind, or a means used on it
  concept_plan.alternatives = {{{{"nattilsyn", "Znattilsyn"}}}, {{{"nat", "Znat"}, {"tilsyn", "Ztilsyn"}}}};
  AspectPlan word_plan;  // a word with no index term, a prefixed term no text term lists, another plan's concept term
  word_plan.alternatives = {{{{}}}, {{{"XAsensor"}}}, {{{"sensor"}, {"XZ7"}}}, {{{"sensor", "Zsensor"}, {"Znat"}}}};
  AspectPlan empty_plan;  // an alternative of no words asks for nothing
  empty_plan.alternatives = {{}};
  const std::vector<AspectPlan> plans{concept_plan, word_plan, empty_plan, AspectPlan{}};
  // A plan with a concept term is covered by that term or a covering concept's alone: its
  // alternatives' terms are not listed (the word plan lists "Znat" itself).
  CHECK(AspectCoverage(plans).terms() == std::vector<std::string>{"XZ7", "XZ9", "Znat", "Zsensor", "sensor"});
  // ... and the index's tagger decides it: a document with the concept's words but not its
  // term is not covered (Analyzer::covers too; check_all holds the two equal below).
  CHECK_FALSE(Analyzer::covers(concept_plan, {"nattilsyn", "Znattilsyn", "nat", "tilsyn"}));
  CHECK(Analyzer::covers(concept_plan, {"XZ7"}));
  CHECK(Analyzer::covers(concept_plan, {"XZ9"}));
  CHECK_FALSE(Analyzer::covers(word_plan, {"XZ9"}));

  const std::vector<std::string> universe{"XZ7",     "XZ9", "XAsensor",  "Znat",   "Znattilsyn", "Zsensor",
                                          "Ztilsyn", "nat", "nattilsyn", "sensor", "tilsyn"};
  std::vector<std::set<std::string>> documents;
  for (unsigned mask = 0; mask < (1U << universe.size()); ++mask) {
    auto& terms = documents.emplace_back();
    for (std::size_t i = 0; i < universe.size(); ++i) {
      if ((mask & (1U << i)) != 0) terms.insert(universe[i]);
    }
  }
  const std::size_t covered = check_all(plans, documents);
  CHECK(covered > 0);
  CHECK(covered < documents.size() * plans.size());
}

TEST_CASE("aspect coverage of analysed needs equals covers() on every document of a real index", "[coverage]") {
  TempDir dir;
  build_fixture_index(dir.file("db"));
  const Xapian::Database db(dir.file("db"));
  const LanguageResources resources = read_language_resources(db);
  std::vector<std::set<std::string>> documents;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    documents.emplace_back(db.termlist_begin(*it), db.termlist_end(*it));
  }
  REQUIRE(documents.size() > 10);
  for (const bool concept_terms : {false, true}) {
    Analyzer analyzer(db, resources);
    analyzer.use_concept_terms(concept_terms);
    for (const char* need : {"Nattilsyn af borgere med demens uden at vække dem", "Loftlift og vendesystem til forflytning",
                             "Medicindispenser til borgere i eget hjem, der husker dem på pillerne"}) {
      CAPTURE(concept_terms, need);
      const auto plans = analyzer.analyse(need).aspects;
      REQUIRE(!plans.empty());
      CHECK(check_all(plans, documents) > 0);
    }
  }
}

namespace {

bool is_area(const std::string& term) { return term.rfind(schema::kAreaPrefix, 0) == 0; }

// held_terms on every document of `db` for `terms`, against the document's term set.
void check_held_terms(const Xapian::Database& db, const std::vector<std::string>& terms) {
  for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    const std::set<std::string> all(db.termlist_begin(*doc), db.termlist_end(*doc));
    std::vector<bool> expected(terms.size());
    for (std::size_t i = 0; i < terms.size(); ++i) expected[i] = all.count(terms[i]) != 0;
    std::vector<std::string> expected_areas;
    std::copy_if(all.begin(), all.end(), std::back_inserter(expected_areas), is_area);
    std::vector<std::string> areas;
    CAPTURE(*doc);
    CHECK(held_terms(db.get_document(*doc), terms, areas) == expected);
    CHECK(areas == expected_areas);
  }
}

}  // namespace

TEST_CASE("held_terms reads the terms and areas a document's term list holds", "[coverage]") {
  TempDir dir;
  build_fixture_index(dir.file("db"));
  const Xapian::Database db(dir.file("db"));
  const LanguageResources resources = read_language_resources(db);
  Analyzer analyzer(db, resources);
  analyzer.use_concept_terms(true);
  check_held_terms(db, AspectCoverage(analyzer.analyse("Nattilsyn af borgere med demens uden at vække dem").aspects).terms());
  // Every other term of the vocabulary (areas aside), runs of absent terms between them,
  // terms before the first and after the last.
  std::vector<std::string> terms{"", "0", "zzzz"};
  std::size_t i = 0;
  std::size_t areas = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    if (is_area(*it)) {
      ++areas;
      continue;
    }
    if (i++ % 2 == 0) terms.push_back(*it);
    terms.push_back(*it + "~absent");
  }
  REQUIRE(areas > 0);
  std::sort(terms.begin(), terms.end());
  check_held_terms(db, terms);
  check_held_terms(db, {});
}
