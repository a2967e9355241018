// Ranking and decision rules that need a market of their own: feedback over the
// records' areas, and the thesaurus's `why` role (motives frame a need, they are not it).
#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>

#include <xapian.h>

#include "radar/concepts.h"
#include "radar/matcher.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;

namespace {

constexpr const char* kThesaurus = R"(# A thesaurus with roles
# where
plejecenter | plejecentre | plejecentret | nursing home
# why
besparelse | besparelser | savings
tryghed | tryg | feeling safe
# what
nattilsyn | tilsyn om natten | night supervision
sensor | sensorer | sensors
vejning | vægt | weighing
robot | robotter | robots
kompressionsstrømper | støttestrømper | compression stockings
)";

constexpr const char* kRecords = R"({"type":"organisation","id":"org-a","name":"Alfa ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
{"type":"solution","id":"sol-night","organisation":"org-a","name":"Natvagt","description":"Nattilsyn med sensor ved sengen på plejecentret.","maturity":"market","areas":["overvågning"],"lang":"da"}
{"type":"solution","id":"sol-night-2","organisation":"org-a","name":"Natøje","description":"Nattilsyn med sensor i loftet.","maturity":"market","areas":["overvågning"],"lang":"da"}
{"type":"solution","id":"sol-floor","organisation":"org-a","name":"Gulvet","description":"En sensor i gulvet, der registrerer bevægelser hele døgnet rundt i boligen og i stuen.","maturity":"market","areas":["overvågning"],"lang":"da"}
{"type":"organisation","id":"org-uni","name":"Testby Universitet","description":"Forskning i robotter til pleje.","org_type":"research","lang":"da"}
{"type":"organisation","id":"org-b","name":"Beta Robotics","description":"Robotter til rengøring af gulve og robotter til lagre: robotter, der kører selv.","org_type":"company","lang":"da"}
{"type":"need","id":"need-other","municipality":"Andeby Kommune","title":"Besparelser","description":"Vi skal finde besparelser næste år på plejecentrene, og borgerne skal være mere trygge.","lang":"da"}
{"type":"solution","id":"sol-scale","organisation":"org-a","name":"Vægten","description":"Sensor og sensor: vejning.","maturity":"market","areas":["vejning"],"lang":"da"}
)";

struct Market {
  TempDir dir;
  std::string db = dir.file("db");

  explicit Market(const std::string& records = kRecords, const std::string& thesaurus = kThesaurus) {
    const auto language =
        run_tool("radar-index", {"language", "--db", db, "--thesaurus", dir.write("thesaurus.txt", thesaurus), "--stopwords",
                                 source_path("tests/fixtures/language/stopwords")});
    REQUIRE(language.exit_code == 0);
    ingest_text(db, records);
  }

  MatchResult screen(const std::string& need) const {
    Matcher matcher({db});
    MatchRequest request;
    request.need = need;
    return matcher.match(request);
  }
};

const SolutionMatch* find_solution(const MatchResult& result, const std::string& id) {
  const auto found = std::find_if(result.solutions.begin(), result.solutions.end(),
                                  [&](const SolutionMatch& s) { return s.id == id; });
  return found == result.solutions.end() ? nullptr : &*found;
}

std::size_t rank_of(const MatchResult& result, const std::string& id) {
  const SolutionMatch* found = find_solution(result, id);
  return found == nullptr ? 0 : found->rank;
}

// The solution with this id, which the result must hold.
const SolutionMatch& solution_of(const MatchResult& result, const std::string& id) {
  const SolutionMatch* found = find_solution(result, id);
  INFO("solution " << id);
  REQUIRE(found != nullptr);
  return *found;
}

nlohmann::json screened(const std::string& db, const std::string& need) {
  Matcher matcher({db});
  MatchRequest request;
  request.need = need;
  auto json = to_json(matcher.match(request));
  json.erase("index");
  return json;
}

}  // namespace

// A market of `solutions` solutions by `owners` owners (the first `municipal` of them
// municipalities), all on the market, each matching the night-supervision need; the
// municipalities' solutions say it more often, so they rank first. Three times as many
// organisations of other trades keep the need's words rare enough to rank by. The
// `crowding` consultancies (with three times as many organisations of other trades
// again) say the need's words more often still, so they rank above every solution; one
// other municipality's need says some of them once.
std::string crowded_market(unsigned owners, unsigned municipal, unsigned solutions, unsigned crowding = 0) {
  if (owners == 0) throw std::invalid_argument("crowded_market: the solutions need at least one owner");
  std::string records;
  for (unsigned o = 0; o < owners; ++o) {
    const bool is_municipal = o < municipal;
    records += R"({"type":"organisation","id":"org-)" + std::to_string(o) + R"(","name":"Ejer )" + std::to_string(o) +
               R"(","description":"Nattilsyn og nattilsyn om natten med sensorer på plejecentre.","org_type":")" + (is_municipal ? "municipality" : "company") +
               R"(","lang":"da"})" + "\n";
  }
  for (unsigned o = 0; o < 3 * (solutions + crowding); ++o) {
    records += R"({"type":"organisation","id":"other-)" + std::to_string(o) +
               R"(","name":"Rengøring )" + std::to_string(o) +
               R"(","description":"Rengøring af kontorer og lagre.","org_type":"company","lang":"da"})" + "\n";
  }
  for (unsigned o = 0; o < crowding; ++o) {
    records += R"({"type":"organisation","id":"crowd-)" + std::to_string(o) + R"(","name":"Rådgiver )" + std::to_string(o) +
               R"(","description":"Nattilsyn, nattilsyn, nattilsyn: sensor, sensorer og sensor om natten på plejecentret og plejecentre.","org_type":"company","lang":"da"})" + "\n";
  }
  records += R"({"type":"need","id":"need-other","municipality":"Andeby Kommune","title":"Sensorer","description":"Vi leder efter en sensor.","lang":"da"})"
             "\n";
  for (unsigned i = 0; i < solutions; ++i) {
    const unsigned owner = i % owners;
    const std::string text = owner < municipal ? "Nattilsyn og nattilsyn med sensor på plejecentret."
                                               : "En sensor til plejecentret, også om natten.";
    records += R"({"type":"solution","id":"sol-)" + std::to_string(i) + R"(","organisation":"org-)" +
               std::to_string(owner) + R"(","name":"Løsning )" + std::to_string(i) + R"(","description":")" + text +
               R"(","maturity":"market","areas":["overvågning"],"lang":"da"})" + "\n";
  }
  return records;
}

TEST_CASE("the rankings read from one pass over their scopes rank as each scope read alone", "[ranking]") {
  // Without a maturity filter, solutions, partners' evidence and other needs are read
  // in one pass over their union; with one, each scope is read alone. Every solution
  // here is on the market, so the filter changes nothing and both ways must give the
  // same result: with all matches read; with the partners' depth (200) full of other
  // companies' solutions; crowded by municipalities' solutions that partners skip; and
  // with more organisations above every solution than the pass reads, so that the
  // solutions and the need must be read again on their own.
  const std::string need = "Nattilsyn på plejecentret med en sensor, der ikke vækker beboerne om natten.";
  for (const auto& [owners, municipal, solutions, crowding] :
       {std::tuple{4U, 1U, 40U, 0U}, std::tuple{30U, 0U, 620U, 0U}, std::tuple{40U, 30U, 700U, 0U},
        std::tuple{4U, 1U, 40U, 1100U}}) {
    CAPTURE(owners, municipal, solutions, crowding);
    const Market market(crowded_market(owners, municipal, solutions, crowding));
    Matcher matcher({market.db});
    MatchRequest request;
    request.need = need;
    auto one_pass = to_json(matcher.match(request));
    request.filters.maturity = {"market"};
    auto alone = to_json(matcher.match(request));
    REQUIRE(!one_pass["solutions"].empty());
    REQUIRE(!one_pass["partners"].empty());
    REQUIRE(!one_pass["similar_needs"].empty());
    one_pass.erase("index");
    alone.erase("index");
    CHECK(one_pass == alone);
    for (const auto& partner : one_pass["partners"]) {
      const std::string id = partner["id"];
      if (id.rfind("org-", 0) == 0) CHECK(std::stoul(id.substr(4)) >= municipal);
    }
  }
}

TEST_CASE("the need being screened is left out of its similar needs in one pass and read alone", "[ranking]") {
  const Market market(crowded_market(4, 1, 40));
  Matcher matcher({market.db});
  MatchRequest request;
  request.need = "Sensorer. Vi leder efter en sensor til nattilsyn.";
  const auto ids_of = [](const MatchResult& result) {
    std::vector<std::string> ids;
    for (const auto& similar : result.similar_needs) ids.push_back(similar.id);
    return ids;
  };
  REQUIRE(ids_of(matcher.match(request)) == std::vector<std::string>{"need-other"});
  request.exclude_need_id = "need-other";
  const auto one_pass = matcher.match(request);
  CHECK(ids_of(one_pass).empty());
  CHECK_FALSE(one_pass.solutions.empty());
  request.filters.maturity = {"market"};  // each scope read alone
  CHECK(ids_of(matcher.match(request)).empty());
}

TEST_CASE("a municipality's own solution is a solution but not partner evidence", "[ranking]") {
  const std::string records = std::string(kRecords) +
      R"({"type":"organisation","id":"org-town","name":"Testby Kommune","description":"En kommune.","org_type":"municipality","lang":"da"}
{"type":"solution","id":"sol-town-night","organisation":"org-town","name":"Kommunens nattilsyn","description":"Nattilsyn med sensor på plejecentret, udviklet af kommunen.","maturity":"pilot","areas":["overvågning"],"lang":"da"}
)";
  const Market market(records);
  const std::string need = "Nattilsyn på plejecentret med en sensor, der ikke vækker beboerne om natten.";
  const auto result = market.screen(need);
  CHECK(rank_of(result, "sol-town-night") > 0);
  REQUIRE(!result.partners.empty());
  for (const auto& partner : result.partners) CHECK(partner.id != "org-town");
}

TEST_CASE("a solution in the area of the best matches ranks above one that only repeats a word", "[ranking]") {
  const Market market;
  const auto result = market.screen("Nattilsyn på plejecentret med en sensor, der ikke vækker beboerne om natten.");
  REQUIRE(rank_of(result, "sol-night") == 1);
  // Both cover only "sensor"; the short scale record says it twice, the floor sensor is
  // in the area of the best matches ("overvågning", a word the need does not use).
  REQUIRE(rank_of(result, "sol-floor") > 0);
  REQUIRE(rank_of(result, "sol-scale") > 0);
  CHECK(rank_of(result, "sol-floor") < rank_of(result, "sol-scale"));
}

TEST_CASE("area feedback brings in a record of the leading area from below the candidates", "[ranking]") {
  // Five night-supervision products lead the area "overvågning". Seventy short records of
  // another area say "sensor" once and fill the 60 candidates by the need's own words; two
  // long records say it once too and rank below them, one in the leading area, one not.
  // The first pass reads twice as deep as the candidates, so feedback still finds the one
  // in the area; the other stays out.
  std::string records =
      R"({"type":"organisation","id":"org-a","name":"Alfa ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
)";
  const auto solution = [](const std::string& id, const std::string& text, const std::string& area) {
    return R"({"type":"solution","id":")" + id + R"(","organisation":"org-a","name":"Produkt )" + id +
           R"(","description":")" + text + R"(","maturity":"market","areas":[")" + area + R"("],"lang":"da"})" + "\n";
  };
  for (int i = 0; i < 5; ++i) {
    records += solution("sol-lead-" + std::to_string(i), "Nattilsyn med sensor på plejecentret.", "overvågning");
  }
  for (int i = 0; i < 70; ++i) records += solution("sol-store-" + std::to_string(i), "Sensor til lagre.", "lager");
  std::string long_text = "En sensor.";
  for (int i = 0; i < 12; ++i) long_text += " Leveres med montering, kursus, opdateringer og service i hele landet.";
  records += solution("sol-deep-area", long_text, "overvågning");
  records += solution("sol-deep-other", long_text, "lager");
  const Market market(records);
  const auto result = market.screen("Nattilsyn på plejecentret med en sensor, der ikke vækker beboerne om natten.");
  REQUIRE(rank_of(result, "sol-lead-0") > 0);
  CHECK(rank_of(result, "sol-deep-area") > 0);
  CHECK(rank_of(result, "sol-deep-other") == 0);
}

TEST_CASE("motives are context: a need that names only why it exists is too vague", "[ranking]") {
  const Market market;
  const auto vague = market.screen("Vi skal finde besparelser på plejecentrene næste år, og borgerne skal være mere trygge.");
  CHECK(vague.verdict.decision == "clarify");
  for (const auto& aspect : vague.aspects) {
    if (aspect.label == "besparelse" || aspect.label == "tryghed") CHECK(aspect.role == "why");
  }
  const auto specific = market.screen("Besparelser på nattilsyn: sensorer, så plejecentret sparer runder om natten.");
  CHECK(specific.verdict.decision != "clarify");
  const auto essential = std::find_if(specific.aspects.begin(), specific.aspects.end(), [](const Aspect& a) { return a.essential; });
  REQUIRE(essential != specific.aspects.end());
  CHECK(essential->role == "what");
}

TEST_CASE("when a need is to be co-developed, research institutions with evidence lead the partners", "[ranking]") {
  const Market market;
  const auto result = market.screen(
      "Vi vil udvikle en robot, der kan trække kompressionsstrømper på borgerne om morgenen i hjemmeplejen.");
  REQUIRE(result.verdict.decision == "develop");
  REQUIRE(!result.partners.empty());
  CHECK(result.partners[0].id == "org-uni");
  CHECK(result.partners[0].org_type == "research");
  for (const auto& partner : result.partners) CHECK(partner.score <= 1.0);
}

const PartnerMatch* find_partner(const MatchResult& result, const std::string& id) {
  const auto found = std::find_if(result.partners.begin(), result.partners.end(),
                                  [&](const PartnerMatch& p) { return p.id == id; });
  return found == result.partners.end() ? nullptr : &*found;
}

TEST_CASE("a need to be co-developed lists knowledge institutions in the nearest solutions' field", "[ranking]") {
  // Two institutions' texts say nothing of the need; one works in the field of the nearest
  // solution (an aid for compression stockings), the other in another.
  const std::string market_records = std::string(kRecords) +
      R"json({"type":"solution","id":"sol-sock","organisation":"org-a","name":"Strømpehjælperen","description":"Stativ, der holder kompressionsstrømper åbne, så borgeren selv kan stige i dem.","maturity":"market","areas":["hjælpemidler"],"lang":"da"}
{"type":"organisation","id":"org-lab","name":"Mekaniklaboratoriet","description":"Forskning i mekanik og styring.","org_type":"research","areas":["hjælpemidler"],"lang":"da"}
{"type":"organisation","id":"org-lab-2","name":"Plejeteknik","description":"Forskning i robotter, der hjælper med kompressionsstrømper.","org_type":"research","areas":["hjælpemidler"],"lang":"da"}
{"type":"organisation","id":"org-far","name":"Søvnlaboratoriet","description":"Forskning i døgnrytmer.","org_type":"research","areas":["søvn"],"lang":"da"}
)json";
  const Market market(market_records);
  const auto develop = market.screen(
      "Vi vil udvikle en robot, der kan trække kompressionsstrømper på borgerne om morgenen i hjemmeplejen.");
  REQUIRE(develop.verdict.decision == "develop");
  REQUIRE(rank_of(develop, "sol-sock") == 1);
  const PartnerMatch* lab = find_partner(develop, "org-lab");
  REQUIRE(lab != nullptr);
  REQUIRE(lab->why.size() == 1);
  CHECK(lab->why[0] == "Arbejder inden for samme felt som de nærmeste løsninger: hjælpemidler");
  CHECK(lab->org_type == "research");
  CHECK(find_partner(develop, "org-far") == nullptr);
  // Of two institutions in the field, the one whose text says something of the need leads.
  const PartnerMatch* evidence = find_partner(develop, "org-lab-2");
  REQUIRE(evidence != nullptr);
  CHECK(evidence->rank < lab->rank);
  CHECK(evidence->why.back() == lab->why[0]);

  // A need the market answers lists no institution for its field alone.
  const auto buy = market.screen("Et stativ, så borgeren selv kan stige i kompressionsstrømper.");
  CHECK(buy.verdict.decision != "develop");
  CHECK(find_partner(buy, "org-lab") == nullptr);
}

TEST_CASE("only the best match makes a reason to buy", "[ranking]") {
  const std::string pilot_first = std::string(kRecords) +
      R"json({"type":"solution","id":"sol-night-pilot","organisation":"org-a","name":"Nattilsyn med sensor (pilot)","description":"Nattilsyn med sensor: pilotprojekt med nattilsyn og sensor på plejecentret om natten.","maturity":"pilot","areas":["overvågning"],"lang":"da"}
)json";
  const Market market(pilot_first);
  const auto result = market.screen("Nattilsyn med en sensor på plejecentret om natten.");
  REQUIRE(result.solutions.size() >= 2);
  REQUIRE(result.solutions[0].id == "sol-night-pilot");
  // The market product below it covers the same on paper; the best fit is a pilot.
  CHECK(result.solutions[1].maturity == "market");
  for (const auto& solution : result.solutions) CHECK_FALSE(solution.buy_instead);
  CHECK(result.verdict.decision == "dialogue");
}

TEST_CASE("a thesaurus phrase that is one word without its stop words finds the concept but does not search", "[ranking]") {
  const std::string records = std::string(kRecords) +
      R"json({"type":"solution","id":"sol-light","organisation":"org-a","name":"Natlys","description":"Lys i gangen, der tænder om natten.","maturity":"market","areas":["lys"],"lang":"da"}
)json";
  const Market market(records, std::string(kThesaurus) + "natteuro | uro om natten | om natten\n");
  const auto result = market.screen("Beboerne på plejecentret er urolige, og de vandrer om natten. Vi søger et nattilsyn.");
  const bool found = std::any_of(result.aspects.begin(), result.aspects.end(), [](const Aspect& a) { return a.label == "natteuro"; });
  CHECK(found);
  // "om natten" alone would be "natten": the night light does not cover the unrest.
  for (const auto& solution : result.solutions) {
    if (solution.id == "sol-light") CHECK(std::find(solution.covered.begin(), solution.covered.end(), "natteuro") == solution.covered.end());
  }
}

TEST_CASE("concept terms are searched only in an index tagged with its own thesaurus, and find the same", "[ranking]") {
  // The fallback (an index tagged for another thesaurus, or before concept terms) searches
  // each concept's synonyms; the concept terms must find the same solutions.
  TempDir dir;
  const std::string tagged = dir.file("tagged");
  const std::string untagged = dir.file("untagged");
  build_fixture_index(tagged);
  build_fixture_index(untagged);
  {
    Xapian::WritableDatabase writable(untagged, Xapian::DB_OPEN);
    writable.set_metadata(kConceptsKey, "");
    writable.commit();
  }
  REQUIRE(!Xapian::Database(tagged).get_metadata(kConceptsKey).empty());
  for (const std::string need : {
           "Vi vil følge med i om borgere med demens er urolige om natten uden at vække dem, og få besked hvis de forlader sengen.",
           "Borgere i eget hjem glemmer at tage deres medicin, og hjemmeplejen bruger mange besøg på medicinudlevering.",
           "We need a robot that helps staff lift citizens in nursing homes.",
       }) {
    CAPTURE(need);
    const auto with_concepts = screened(tagged, need);
    const auto with_synonyms = screened(untagged, need);
    const auto ids = [](const nlohmann::json& result) {
      std::vector<std::string> out;
      for (const auto& solution : result["solutions"]) out.push_back(solution["id"]);
      return out;
    };
    CAPTURE(ids(with_concepts), ids(with_synonyms));
    CHECK(!with_concepts["solutions"].empty());
    CHECK(ids(with_concepts) == ids(with_synonyms));
    CHECK(with_concepts["verdict"]["decision"] == with_synonyms["verdict"]["decision"]);
  }
}

TEST_CASE("a defibrillator need finds the AED, not every company whose name ends in A/S", "[ranking]") {
  // The English stem of "aed" is "a", the stem of the "A" of "A/S": concept matching
  // does not use stems under three letters (radar/concepts.h, kMinStemLength).
  const std::string records = std::string(kRecords) +
      R"json({"type":"organisation","id":"org-gamma","name":"Gamma A/S","description":"Gamma A/S sælger sensorer til plejecentre.","org_type":"company","lang":"da"}
{"type":"solution","id":"sol-gamma","organisation":"org-gamma","name":"Gamma Sensor","description":"Sensor fra Gamma A/S til plejecentre.","maturity":"market","areas":["overvågning"],"lang":"da"}
{"type":"organisation","id":"org-delta","name":"Delta Medical","description":"Medical devices.","org_type":"company","lang":"en"}
{"type":"solution","id":"sol-aed","organisation":"org-delta","name":"Delta Rescue","description":"A public-access AED for nursing homes, with voice guidance.","maturity":"market","areas":["førstehjælp"],"lang":"en"}
)json";
  const Market market(records, std::string(kThesaurus) + "hjertestarter | defibrillator | aed | hjertestartere\n");
  const std::string need = "Vi mangler en defibrillator på plejecentret, som personalet kan bruge ved hjertestop.";
  for (const bool tagged : {true, false}) {
    CAPTURE(tagged);
    if (!tagged) {  // the fallback: the concept's synonyms instead of its term
      Xapian::WritableDatabase writable(market.db, Xapian::DB_OPEN);
      writable.set_metadata(kConceptsKey, "");
      writable.commit();
    }
    const auto result = market.screen(need);
    const bool asked = std::any_of(result.aspects.begin(), result.aspects.end(),
                                   [](const Aspect& a) { return a.label == "hjertestarter"; });
    REQUIRE(asked);
    CHECK(rank_of(result, "sol-aed") == 1);
    for (const auto& solution : result.solutions) {
      CAPTURE(solution.id);
      if (solution.id != "sol-aed") {
        CHECK(std::find(solution.covered.begin(), solution.covered.end(), "hjertestarter") == solution.covered.end());
      }
    }
  }
}

TEST_CASE("an organisation ranks as a partner by its best evidence, not by how much of it there is", "[ranking]") {
  // One company has a product for the whole need; the other has five that each say less
  // of it. Adding the five's evidence up put the second company first.
  std::string records =
      R"({"type":"organisation","id":"org-one","name":"Gamma ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
{"type":"solution","id":"sol-one","organisation":"org-one","name":"Natro","description":"Nattilsyn om natten med sensor på plejecentret.","maturity":"market","areas":["overvågning"],"lang":"da"}
{"type":"organisation","id":"org-many","name":"Delta ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
)";
  for (const char* name : {"Alfa", "Beta", "Gamma", "Delta", "Epsilon"}) {
    records += std::string(R"({"type":"solution","id":"sol-many-)") + name + R"(","organisation":"org-many","name":")" + name +
               R"(","description":"Nattilsyn med sensor på plejecentret.","maturity":"market","areas":["overvågning"],"lang":"da"})" + "\n";
  }
  for (int o = 0; o < 12; ++o) {
    records += R"({"type":"organisation","id":"other-)" + std::to_string(o) + R"(","name":"Rengøring )" +
               std::to_string(o) + R"(","description":"Rengøring af kontorer og lagre.","org_type":"company","lang":"da"})" + "\n";
  }
  const Market market(records);
  const auto result = market.screen("Nattilsyn på plejecentret med en sensor om natten.");
  REQUIRE(result.solutions.size() >= 2);
  REQUIRE(result.solutions[0].id == "sol-one");
  REQUIRE(result.solutions[1].id.rfind("sol-many-", 0) == 0);
  REQUIRE(result.partners.size() >= 2);
  CHECK(result.partners[0].id == "org-one");
  CHECK(result.partners[1].id == "org-many");
  // The second company scores as its best product does, not more.
  CHECK(result.partners[1].score == Approx(result.solutions[1].score).margin(0.001));
}

TEST_CASE("buy flags reach past the fifth match to products that score as the fifth does", "[ranking]") {
  // Seven products say the same in names of the same length: they score alike, and a
  // cut at the fifth would have flagged five of seven equal products for procurement.
  std::string records =
      R"({"type":"organisation","id":"org-a","name":"Alfa ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
)";
  for (const char* name : {"Natro A", "Natro B", "Natro C", "Natro D", "Natro E", "Natro F", "Natro G"}) {
    records += std::string(R"({"type":"solution","id":"sol-)") + name + R"(","organisation":"org-a","name":")" + name +
               R"(","description":"Nattilsyn med sensor på plejecentret.","maturity":"market","areas":["overvågning"],"lang":"da"})" + "\n";
  }
  const Market market(records);
  const auto result = market.screen("Nattilsyn på plejecentret med en sensor om natten.");
  REQUIRE(result.verdict.decision == "buy");
  REQUIRE(result.solutions.size() == 7);
  for (const auto& solution : result.solutions) {
    INFO(solution.id << " at rank " << solution.rank << " scores " << solution.score);
    CHECK(solution.score == Approx(result.solutions.front().score).margin(0.001));
    CHECK(solution.buy_instead);
  }
}

TEST_CASE("a product whose name names what the need asks for ranks above one that mentions it", "[ranking]") {
  // Both cover the same aspects in the same area. The second says weighing four times in
  // a shorter text and matches it best (BM25); the first is a scale by its name, the
  // second touches weighing. Without the name bonus the second ranks first.
  const std::string records = std::string(kRecords) +
      R"({"type":"solution","id":"sol-scale-named","organisation":"org-a","name":"Vægt Plus","description":"Til beboerne på plejecentret, hver uge, med skærm og app til personalet.","maturity":"market","areas":["måling"],"lang":"da"}
{"type":"solution","id":"sol-scale-mentioned","organisation":"org-a","name":"Plejo Plus","description":"Vægt og vejning: vægt og vejning til beboerne på plejecentret.","maturity":"market","areas":["måling"],"lang":"da"}
)";
  const Market market(records);
  const auto result = market.screen("Vi søger vejning af beboerne på plejecentret.");
  REQUIRE(rank_of(result, "sol-scale-named") > 0);
  REQUIRE(rank_of(result, "sol-scale-mentioned") > 0);
  for (const auto& solution : result.solutions) UNSCOPED_INFO(solution.id << " at " << solution.rank << " scores " << solution.score);
  CHECK(rank_of(result, "sol-scale-named") < rank_of(result, "sol-scale-mentioned"));
}

TEST_CASE("a solution holding the concept the best matches share ranks above one that does not", "[ranking]") {
  // The need names night supervision and the nursing home, not sensors; the two best
  // matches are both night supervision with a sensor. Of two products that cover only the
  // nursing home, in the same area, the app matches better by BM25 (a shorter text); the
  // sensor product holds the concept the best matches share, and ranks above it.
  const std::string records = std::string(kRecords) +
      R"({"type":"solution","id":"sol-home-app","organisation":"org-a","name":"Plejo","description":"App til plejecentret.","maturity":"market","areas":["pleje"],"lang":"da"}
{"type":"solution","id":"sol-home-sensor","organisation":"org-a","name":"Plejo Sans","description":"Sensorer til beboerne på plejecentret.","maturity":"market","areas":["pleje"],"lang":"da"}
)";
  const Market market(records);
  const auto result = market.screen("Nattilsyn på plejecentret.");
  for (const auto& solution : result.solutions) UNSCOPED_INFO(solution.id << " at " << solution.rank << " scores " << solution.score);
  REQUIRE(rank_of(result, "sol-night") == 1);
  REQUIRE(rank_of(result, "sol-home-app") > 0);
  REQUIRE(rank_of(result, "sol-home-sensor") > 0);
  CHECK(rank_of(result, "sol-home-sensor") < rank_of(result, "sol-home-app"));
  for (const auto& solution : result.solutions) CHECK(solution.score <= 1.0);
}

namespace {

// A market of fall alarms, with cameras as a means a need can rule out.
constexpr const char* kFallThesaurus = R"(# where
plejecenter | plejecentre | plejecentret | nursing home
# what
fald | faldet | falls | fall
faldalarm | faldalarmer | fall alarm
pude | puder | cushion
# means
kamera | kameraer | kameraet | camera | cameras
)";

// The supplier, and a radar that names the camera only to say it has none.
constexpr const char* kFallSupplier =
    R"({"type":"organisation","id":"org-a","name":"Alfa ApS","description":"Testvirksomhed.","org_type":"company","lang":"da"}
{"type":"solution","id":"sol-radar","organisation":"org-a","name":"Faldradar","description":"Faldalarm med radar, der opdager fald uden kamera.","maturity":"market","areas":["fald"],"lang":"da"}
)";

constexpr const char* kFallNeedWithoutCamera =
    "Vi søger en faldalarm, der opdager fald på plejecentret. Den skal virke uden kamera.";

}  // namespace

TEST_CASE("a product using a technology the need rules out ranks below the ones that fit, and is not to buy", "[ranking]") {
  // The camera product covers more of the need than the others (the nursing home too).
  // The floor sensor never names the camera; the fall guard is filed under cameras
  // without saying so in its text.
  const std::string records = std::string(kFallSupplier) +
      R"({"type":"solution","id":"sol-camera","organisation":"org-a","name":"Faldkamera","description":"Faldalarm med et kamera i loftet, der opdager fald på plejecentret.","maturity":"market","areas":["fald"],"lang":"da"}
{"type":"solution","id":"sol-floor","organisation":"org-a","name":"Faldgulv","description":"Faldalarm i gulvet, der opdager fald.","maturity":"market","areas":["fald"],"lang":"da"}
{"type":"solution","id":"sol-filed-camera","organisation":"org-a","name":"Faldvagt","description":"Faldalarm, der opdager fald.","maturity":"market","areas":["kamera"],"lang":"da"}
)";
  const Market market(records, kFallThesaurus);

  SECTION("ruled out") {
    const auto result = market.screen(kFallNeedWithoutCamera);
    for (const auto& solution : result.solutions) UNSCOPED_INFO(solution.id << " at " << solution.rank << " scores " << solution.score);
    CHECK(result.ruled_out == std::vector<std::string>{"kamera"});
    CHECK(solution_of(result, "sol-camera").conflicts == std::vector<std::string>{"kamera"});
    CHECK(solution_of(result, "sol-filed-camera").conflicts == std::vector<std::string>{"kamera"});
    CHECK_FALSE(solution_of(result, "sol-camera").buy_instead);
    CHECK(solution_of(result, "sol-radar").conflicts.empty());
    CHECK(solution_of(result, "sol-floor").conflicts.empty());
    CHECK(rank_of(result, "sol-camera") > rank_of(result, "sol-radar"));
    CHECK(rank_of(result, "sol-camera") > rank_of(result, "sol-floor"));
    CHECK(result.verdict.reasons.back().find("udelukker kamera") != std::string::npos);
    // The supplier's evidence says which of its products uses what the need rules out.
    REQUIRE(result.partners.size() == 1);
    const auto& why = result.partners.front().why;
    const auto line_of = [&](const std::string& name) {
      const auto found = std::find_if(why.begin(), why.end(),
                                      [&](const std::string& line) { return line.find("«" + name + "»") != std::string::npos; });
      REQUIRE(found != why.end());
      return *found;
    };
    CHECK_THAT(line_of("Faldkamera"), Catch::EndsWith("; bruger det, behovet udelukker: kamera"));
    CHECK_THAT(line_of("Faldradar"), !Catch::Contains("udelukker"));
    const std::string table = format_text(result);
    CHECK_THAT(table, Catch::Contains("Ruled out by the need: kamera"));
    CHECK_THAT(table, Catch::Contains("; conflicts with kamera"));
    const auto json = to_json(result);
    CHECK(json["need"]["ruled_out"] == nlohmann::json::array({"kamera"}));
    CHECK(json["solutions"][rank_of(result, "sol-camera") - 1]["conflicts"] == nlohmann::json::array({"kamera"}));
  }
  SECTION("asked for") {
    const auto result = market.screen("Vi søger en faldalarm med kamera, der opdager fald på plejecentret.");
    CHECK(result.ruled_out.empty());
    CHECK(solution_of(result, "sol-camera").conflicts.empty());
    CHECK(rank_of(result, "sol-camera") == 1);
  }
  SECTION("asked for and ruled out") {
    // Cameras in the common rooms but none in the homes: left to the consultant.
    const auto result = market.screen("Vi søger en faldalarm med kamera i fællesrummene på plejecentret, men uden kamera i boligerne.");
    CHECK(result.ruled_out.empty());
    CHECK(solution_of(result, "sol-camera").conflicts.empty());
  }
  SECTION("compared with, not ruled out nor asked for") {
    // "ikke ligner et kamera": a likeness denied, in the need's languages.
    for (const std::string need : {"Vi søger en faldalarm, der opdager fald på plejecentret og ikke ligner et kamera.",
                                   "Vi søger en faldalarm, der opdager fald og ikke ser ud som et kamera.",
                                   "We want a fall alarm that detects falls and does not look like a camera."}) {
      INFO(need);
      const auto result = market.screen(need);
      CHECK(result.ruled_out.empty());
      CHECK(solution_of(result, "sol-camera").conflicts.empty());
      CHECK(std::none_of(result.aspects.begin(), result.aspects.end(),
                         [](const Aspect& aspect) { return aspect.label == "kamera"; }));
    }
  }
  SECTION("narrowed by a word before it") {
    // "uden ekstra kamera" rules out an extra camera, not every camera.
    const auto result = market.screen("Vi søger en faldalarm, der opdager fald på plejecentret, uden ekstra kamera.");
    CHECK(result.ruled_out.empty());
    CHECK(rank_of(result, "sol-camera") == 1);
  }
}

TEST_CASE("partners take no concept feedback: an organisation ranks by its own evidence", "[ranking]") {
  // As in the solutions' test above, the best matches share the sensor concept, and of two
  // organisations whose profiles cover only the nursing home the app maker matches better
  // by BM25. Concept feedback would lift the sensor maker above it; partners do not take
  // it (docs/matcher.md section 4, "Concept feedback": it ranked partners lower on both
  // halves of the judgments), so the app maker stays above.
  const std::string records = std::string(kRecords) +
      R"({"type":"organisation","id":"org-app","name":"Plejo","description":"App til plejecentret.","org_type":"company","lang":"da"}
{"type":"organisation","id":"org-sensor","name":"Plejo Sans","description":"Sensorer til beboerne på plejecentret.","org_type":"company","lang":"da"}
)";
  const Market market(records);
  const auto result = market.screen("Nattilsyn på plejecentret.");
  const auto partner_rank = [&](const std::string& id) {
    const auto found = std::find_if(result.partners.begin(), result.partners.end(),
                                    [&](const PartnerMatch& p) { return p.id == id; });
    return found == result.partners.end() ? 0U : found->rank;
  };
  for (const auto& partner : result.partners) UNSCOPED_INFO(partner.id << " at " << partner.rank << " scores " << partner.score);
  REQUIRE(rank_of(result, "sol-night") == 1);
  REQUIRE(partner_rank("org-app") > 0);
  REQUIRE(partner_rank("org-sensor") > 0);
  CHECK(partner_rank("org-app") < partner_rank("org-sensor"));
}

TEST_CASE("a technology the need rules out is no leading concept of the feedback", "[ranking]") {
  // The two best matches both say they work without a camera, so both hold the camera
  // concept. Of two products that cover only the nursing home, the app matches better by
  // BM25; the cushion also says it has no camera. Were the camera a leading concept, the
  // cushion would rank above the app for holding it.
  const std::string records = std::string(kFallSupplier) +
      R"({"type":"solution","id":"sol-floor","organisation":"org-a","name":"Faldgulv","description":"Faldalarm i gulvet, der opdager fald uden kamera.","maturity":"market","areas":["fald"],"lang":"da"}
{"type":"solution","id":"sol-app","organisation":"org-a","name":"Plejo","description":"App til plejecentret.","maturity":"market","areas":["pleje"],"lang":"da"}
{"type":"solution","id":"sol-cushion","organisation":"org-a","name":"Plejo Pude","description":"Pude til beboerne på plejecentret, uden kamera.","maturity":"market","areas":["pleje"],"lang":"da"}
)";
  const Market market(records, kFallThesaurus);
  const auto result = market.screen(kFallNeedWithoutCamera);
  for (const auto& solution : result.solutions) UNSCOPED_INFO(solution.id << " at " << solution.rank << " scores " << solution.score);
  REQUIRE(result.ruled_out == std::vector<std::string>{"kamera"});
  REQUIRE(rank_of(result, "sol-app") > 0);
  REQUIRE(rank_of(result, "sol-cushion") > 0);
  CHECK(rank_of(result, "sol-app") < rank_of(result, "sol-cushion"));
}

TEST_CASE("a record's text is read for its negations up to 16 KB", "[ranking]") {
  // Both products hold the camera concept and say they have none; one says so at once,
  // the other only after 17 KB of other text, past what the match reads of a record.
  std::string filler;
  while (filler.size() < std::size_t{17} * 1024) filler += "Faldalarmen opdager fald på plejecentret og sender besked. ";
  const std::string records = std::string(kFallSupplier) +
      R"({"type":"solution","id":"sol-early","organisation":"org-a","name":"Faldsensor","description":"Faldalarm uden kamera. )" +
      filler + R"(","maturity":"market","areas":["fald"],"lang":"da"}
{"type":"solution","id":"sol-late","organisation":"org-a","name":"Faldmåler","description":")" + filler +
      R"(Faldalarm uden kamera.","maturity":"market","areas":["fald"],"lang":"da"}
)";
  const Market market(records, kFallThesaurus);
  const auto result = market.screen(kFallNeedWithoutCamera);
  REQUIRE(result.ruled_out == std::vector<std::string>{"kamera"});
  CHECK(solution_of(result, "sol-early").conflicts.empty());
  CHECK(solution_of(result, "sol-late").conflicts == std::vector<std::string>{"kamera"});
}

TEST_CASE("another municipality's need that uses a technology the need rules out is not in conflict", "[ranking]") {
  // The two needs screened have the same aspects (negated words are no aspects); one rules
  // out the camera, the other rules out nothing. The stored need uses a camera: it is as
  // similar to both, as needs are no products to rule out.
  const std::string records = std::string(kFallSupplier) +
      R"({"type":"need","id":"need-other","municipality":"Andeby Kommune","title":"Faldalarm med kamera","description":"Vi bruger et kamera som faldalarm, der opdager fald på plejecentret.","lang":"da"}
)";
  const Market market(records, kFallThesaurus);
  const auto ruling_out = market.screen(kFallNeedWithoutCamera);
  const auto not_ruling_out = market.screen("Vi søger en faldalarm, der opdager fald på plejecentret. Den skal virke uden ledninger.");
  REQUIRE(ruling_out.ruled_out == std::vector<std::string>{"kamera"});
  REQUIRE(not_ruling_out.ruled_out.empty());
  REQUIRE(ruling_out.similar_needs.size() == 1);
  REQUIRE(not_ruling_out.similar_needs.size() == 1);
  CHECK(ruling_out.similar_needs.front().id == "need-other");
  CHECK(ruling_out.similar_needs.front().score == Approx(not_ruling_out.similar_needs.front().score));
  CHECK(ruling_out.similar_needs.front().score > 0);
}
