// The matcher on a real on-disk index of a small fixture market.
#include <catch2/catch.hpp>

#include <algorithm>

#include "radar/error.h"
#include "radar/matcher.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;

namespace {

// One index for the whole file: the fixture market, the test thesaurus and stopwords.
const std::string& fixture_db() {
  static TempDir dir;
  static const std::string db = [] {
    build_fixture_index(dir.file("db"));
    return dir.file("db");
  }();
  return db;
}

MatchResult screen(const std::string& need, MatchFilters filters = {}) {
  Matcher matcher({fixture_db()});
  MatchRequest request;
  request.need = need;
  request.filters = std::move(filters);
  return matcher.match(request);
}

std::vector<std::string> solution_ids(const MatchResult& result) {
  std::vector<std::string> ids;
  for (const auto& s : result.solutions) ids.push_back(s.id);
  return ids;
}

bool has_label(const std::vector<Aspect>& aspects, const std::string& label) {
  return std::any_of(aspects.begin(), aspects.end(), [&](const Aspect& a) { return a.label == label; });
}

}  // namespace

TEST_CASE("a need with a market solution that covers it decides buy", "[matcher]") {
  const auto result = screen("Nattilsyn af borgere med demens, uden at vække dem, med besked når de forlader sengen.");
  CHECK(result.lang == "da");
  CHECK(has_label(result.aspects, "nattilsyn"));
  CHECK(has_label(result.aspects, "demens"));
  REQUIRE(!result.solutions.empty());
  CHECK(result.solutions[0].id == "sol-t-sengesensor");
  CHECK(result.solutions[0].buy_instead);
  CHECK(result.solutions[0].organisation.name == "NatteRo ApS");
  CHECK_THAT(result.solutions[0].snippet_html, Catch::Contains("<mark>"));
  CHECK(result.verdict.decision == "buy");
  CHECK(!result.verdict.reasons.empty());
}

TEST_CASE("the thesaurus carries a Danish need to an English solution", "[matcher]") {
  const auto result = screen("Loftlift og vendesystem, så én medarbejder kan forflytte og vende sengeliggende beboere.");
  const auto ids = solution_ids(result);
  REQUIRE(ids.size() >= 2);
  CHECK(ids[0] == "sol-t-vending");  // covers both lifting and turning
  const auto lift = std::find_if(result.solutions.begin(), result.solutions.end(),
                                 [](const SolutionMatch& s) { return s.id == "sol-t-ceilinglift"; });
  REQUIRE(lift != result.solutions.end());
  CHECK(lift->covered == std::vector<std::string>{"forflytning"});
}

TEST_CASE("an English need finds Danish solutions", "[matcher]") {
  const auto result = screen("We need a medication dispenser for citizens living at home, with an alarm to home care.");
  CHECK(result.lang == "en");
  REQUIRE(!result.solutions.empty());
  CHECK(result.solutions[0].id == "sol-t-dispenser");
}

TEST_CASE("a need that asks for a way to do something is a market dialogue, not a purchase", "[matcher]") {
  // Built with append: GCC 12 warns falsely on `const char* + std::string`.
  const auto need = [](const char* opening) {
    return std::string(opening).append(" nattilsyn af borgere med demens, uden at vække dem, med besked når de forlader sengen.");
  };
  REQUIRE(screen(need("Vi søger et")).verdict.decision == "buy");
  const auto way = screen(need("Vi søger en måde at holde"));
  CHECK(way.verdict.decision == "dialogue");
  REQUIRE_FALSE(way.solutions.empty());
  CHECK_FALSE(way.solutions[0].buy_instead);
  CHECK(screen("We need a way to do night-time supervision of residents with dementia without waking them.")
            .verdict.decision != "buy");
  // A manner ("på en måde, så ...") asks for no way.
  CHECK(screen("Vi søger et nattilsyn af borgere med demens på en måde, så vi ikke vækker dem, med besked når de "
               "forlader sengen.")
            .verdict.decision == "buy");
}

TEST_CASE("a vague need decides clarify", "[matcher]") {
  const auto result = screen("Vi vil gerne bruge mere velfærdsteknologi.");
  CHECK(result.verdict.decision == "clarify");
}

TEST_CASE("a question of where to start whose concepts are only its story decides clarify", "[matcher]") {
  // Night supervision and dementia are what the story tells; the question asks what to do.
  const auto story = screen(
      "Vores nattevagter bruger mange timer på tilsyn hos borgere med demens, og sygefraværet er steget. "
      "Vi tror, at teknologi kan gøre en forskel, men vi ved ikke, hvor vi skal starte. Hvad findes der?");
  CHECK(story.verdict.decision == "clarify");
  // Where the need asks for it, the same concept is what a product must do.
  const auto asked = screen(
      "Vores nattevagter bruger mange timer på tilsyn hos borgere med demens, og sygefraværet er steget. "
      "Vi søger sensorer til nattilsyn, så borgerne ikke bliver vækket. Hvad findes der?");
  CHECK(asked.verdict.decision != "clarify");
  // A problem told and then asked about is a need to screen, not a question of where to start.
  const auto problem = screen("Vores beboere med demens går ud om natten og farer vild. Hvad findes der?");
  CHECK(problem.verdict.decision != "clarify");
}

TEST_CASE("a need nothing covers decides develop and lists what is missing", "[matcher]") {
  const auto result = screen("Droner der leverer varm mad til ældre på småøer, med temperaturlogning og kvittering.");
  CHECK(result.verdict.decision == "develop");
  CHECK(!result.uncovered.empty());
}

TEST_CASE("similar needs from other municipalities are found with shared aspects", "[matcher]") {
  const auto result = screen("Borgere med demens skal have tilsyn om natten uden at blive vækket, og vi vil vide om de står op.");
  REQUIRE(!result.similar_needs.empty());
  const auto& ids = result.similar_needs;
  CHECK(std::any_of(ids.begin(), ids.end(), [](const SimilarNeed& n) { return n.id == "need-t-andeby-nat"; }));
  CHECK(std::none_of(ids.begin(), ids.end(), [](const SimilarNeed& n) { return n.id == "need-t-andeby-medicin"; }));
}

TEST_CASE("partners are organisations, one hit each, without municipalities", "[matcher]") {
  const auto result = screen("Sensorer til nattilsyn af borgere med demens.");
  REQUIRE(!result.partners.empty());
  CHECK(result.partners[0].id == "org-t-nattero");
  std::vector<std::string> ids;
  for (const auto& p : result.partners) {
    CHECK(p.org_type != "municipality");
    CHECK(std::find(ids.begin(), ids.end(), p.id) == ids.end());
    ids.push_back(p.id);
    CHECK(!p.why.empty());
  }
}

TEST_CASE("filters restrict solutions as boolean filters", "[matcher]") {
  MatchFilters filters;
  filters.maturity = {"pilot"};
  const auto result = screen("Besked til personalet når en beboer med demens forlader plejecentret om natten.", filters);
  for (const auto& s : result.solutions) CHECK(s.maturity == "pilot");
  CHECK(solution_ids(result) == std::vector<std::string>{"sol-t-doralarm"});
}

TEST_CASE("the JSON result has the contract's shape", "[matcher]") {
  const auto json = to_json(screen("Medicindispenser til hjemmeplejen."));
  for (const char* key : {"need", "verdict", "solutions", "partners", "similar_needs", "index"}) CHECK(json.contains(key));
  CHECK(json["need"].contains("aspects"));
  CHECK(json["verdict"]["decision"].is_string());
  REQUIRE(!json["solutions"].empty());
  for (const char* key : {"id", "name", "organisation", "rank", "score", "maturity", "buy_instead", "covered", "missing",
                          "snippet", "url"}) {
    CHECK(json["solutions"][0].contains(key));
  }
  CHECK(json["index"]["documents"] == 14);
}

TEST_CASE("empty, over-long and invalid needs are refused", "[matcher]") {
  CHECK_THROWS_AS(screen("   "), UsageError);
  CHECK_THROWS_WITH(screen(std::string(10001, 'a')), Catch::Contains("too long"));
  CHECK_THROWS_AS(screen("K\xf8" "benhavn"), UsageError);
}

TEST_CASE("a match that meets a newer revision reads it with that revision's thesaurus", "[matcher]") {
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  // Through a stub file: a matcher of a local directory answers its analysis from the
  // revision's vocabulary in memory from its second match on, so its reads would not meet
  // the new revision there; a stub's shards may be remote, and are asked each time.
  Matcher matcher({dir.write("stub", "auto " + db + "\n")});
  MatchRequest request;
  request.need = "Nattilsyn med en zyxwidget hos borgere med demens.";
  const MatchResult before = matcher.match(request);
  CHECK_FALSE(has_label(before.aspects, "testkoncept"));

  // A new thesaurus names the word; the index is retagged and committed several times
  // over, so the revision the matcher holds is overwritten and its next read fails
  // with DatabaseModifiedError inside the match.
  const std::string thesaurus = dir.write(
      "thesaurus.txt", read_text(source_path("tests/fixtures/language/thesaurus.txt")) + "# groups\ntestkoncept | zyxwidget | zyxwidgets\n");
  const auto language = run_tool("radar-index", {"language", "--db", db, "--thesaurus", thesaurus, "--stopwords",
                                                 source_path("tests/fixtures/language/stopwords")});
  REQUIRE(language.exit_code == 0);
  for (int commit = 0; commit < 3; ++commit) {
    REQUIRE(run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")})
                .exit_code == 0);
  }
  // Words the first match did not look up: the analysis remembers the index's answers
  // for the revision it holds, so a repeated need could be answered from memory and
  // from the blocks Xapian still holds, without meeting the new revision at all.
  request.need += " Alarmen skal virke i hele boligen, også på badeværelset og i køkkenet.";
  const MatchResult after = matcher.match(request);
  REQUIRE(after.index.revision > before.index.revision);  // the match read the new revision
  CHECK(has_label(after.aspects, "testkoncept"));
}

TEST_CASE("a thesaurus edited at the same length is read after a reopen", "[matcher]") {
  // The matcher once recognised new resources by the thesaurus's length and first 64
  // bytes, so an edit that kept both went unseen until the server restarted.
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  const std::string base = read_text(source_path("tests/fixtures/language/thesaurus.txt")) + "# groups\n";
  const auto store = [&](const std::string& group) {
    const auto result = run_tool("radar-index", {"language", "--db", db, "--thesaurus", dir.write("thesaurus.txt", base + group),
                                                 "--stopwords", source_path("tests/fixtures/language/stopwords")});
    REQUIRE(result.exit_code == 0);
  };
  store("testkoncept | zyxwidget\n");
  Matcher matcher({db});
  MatchRequest request;
  request.need = "Nattilsyn med en zyxgadget hos borgere med demens.";
  CHECK_FALSE(has_label(matcher.match(request).aspects, "testkoncept"));

  store("testkoncept | zyxgadget\n");
  REQUIRE(matcher.reopen());
  CHECK(has_label(matcher.match(request).aspects, "testkoncept"));
}

TEST_CASE("a matcher that matches on answers each need as a fresh one does", "[matcher]") {
  // From its second match on, a matcher reads the index's vocabulary into memory; the
  // answers must not change with it, nor with the needs matched before.
  const std::vector<std::string> needs{
      "Vi søger en faldalarm til borgere med demens, der vågner om natten.",
      "Vi mangler en sengealarm, en døralarm og en lift til plejecentret.",
      "Borgerne skal være mere selvhjulpne.",
      "We need a fall alarm that works without cameras for residents with dementia.",
  };
  Matcher matcher({fixture_db()});
  for (int round = 0; round < 2; ++round) {
    for (const auto& need : needs) {
      CAPTURE(need, round);
      MatchRequest request;
      request.need = need;
      CHECK(to_json(matcher.match(request)) == to_json(screen(need)));
    }
  }
}

TEST_CASE("a matcher shows the organisation as the revision it reads stores it", "[matcher]") {
  // A matcher remembers the organisations it showed for its revision; a company renamed
  // and re-ingested must show under its new name after the reopen.
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  Matcher matcher({db});
  MatchRequest request;
  request.need = "Nattilsyn af borgere med demens, uden at vække dem, med besked når de forlader sengen.";
  const auto owner_of_best = [&] {
    const MatchResult result = matcher.match(request);
    REQUIRE(!result.solutions.empty());
    REQUIRE(result.solutions[0].id == "sol-t-sengesensor");
    const auto partner = std::find_if(result.partners.begin(), result.partners.end(),
                                      [](const PartnerMatch& p) { return p.id == "org-t-nattero"; });
    REQUIRE(partner != result.partners.end());
    CHECK(partner->name == result.solutions[0].organisation.name);
    return result.solutions[0].organisation.name;
  };
  CHECK(owner_of_best() == "NatteRo ApS");
  CHECK(owner_of_best() == "NatteRo ApS");
  const auto ingest = run_tool(
      "radar-index",
      {"ingest", "--db", db,
       dir.write(
           "renamed.jsonl",
           R"({"type":"organisation","id":"org-t-nattero","name":"NatteRo Care A/S","description":"Fiktiv )"
           R"(testvirksomhed, der laver sensorer til nattilsyn af borgere med demens.","org_type":"company",)"
           R"("region":"Midtjylland","areas":["nattilsyn","demens"],"lang":"da","website":"https://nattero.example/"})"
           "\n")});
  REQUIRE(ingest.exit_code == 0);
  REQUIRE(matcher.reopen());
  CHECK(owner_of_best() == "NatteRo Care A/S");
}
