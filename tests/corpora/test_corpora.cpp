// The shipped corpora against the contract: every record valid, ids unique across
// files, references resolved, judgments pointing at existing records, language
// resources loadable.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "radar/concepts.h"
#include "radar/evaluation.h"
#include "radar/index.h"
#include "radar/language_resources.h"
#include "radar/matcher.h"
#include "radar/records.h"
#include "radar/text.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> files_in(const std::string& relative, const std::string& extension) {
  std::vector<std::string> files;
  const std::string dir = source_path(relative);
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> record_files() {
  auto files = files_in("corpora/records", ".jsonl");
  const auto needs = files_in("corpora/needs", ".jsonl");
  files.insert(files.end(), needs.begin(), needs.end());
  return files;
}

// `radar-match --json` on the shipped index `db`, at most `limit` solutions.
nlohmann::json match_json(const std::string& db, const std::string& need, int limit) {
  const auto result = run_tool("radar-match", {"--db", db, "--json", "--limit", std::to_string(limit), "--need", need});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

// The labels of a match's need aspects.
std::set<std::string> aspect_labels(const nlohmann::json& match) {
  std::set<std::string> labels;
  for (const auto& aspect : match["need"]["aspects"]) labels.insert(aspect["label"].get<std::string>());
  return labels;
}

// A need and the aspect labels it must and must not have; `lang`, when given, is the
// language it must be read in.
struct LabelReading {
  const char* lang;
  const char* need;
  std::vector<std::string> labels;
  std::vector<std::string> not_labels;
};

void check_label_readings(const std::string& db, const std::vector<LabelReading>& readings) {
  for (const auto& reading : readings) {
    INFO(reading.need);
    const auto match = match_json(db, reading.need, 1);
    if (*reading.lang != '\0') CHECK(match["need"]["lang"] == reading.lang);
    const auto labels = aspect_labels(match);
    for (const auto& label : reading.labels) CHECK(labels.count(label) == 1);
    for (const auto& label : reading.not_labels) CHECK(labels.count(label) == 0);
  }
}

}  // namespace

TEST_CASE("every corpus record is valid and every id is unique across the files", "[corpora]") {
  std::map<std::string, std::string> seen;  // id -> FILE:LINE
  std::set<std::string> organisations;
  std::vector<std::pair<std::string, std::string>> solution_owners;
  std::map<std::string, int> counts;
  for (const auto& file : record_files()) {
    std::ifstream in(file);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = file + ":" + std::to_string(number);
      INFO(where);
      Record record;
      REQUIRE_NOTHROW(record = parse_record_line(line));
      CHECK(seen.emplace(record.id, where).second);
      ++counts[std::string(to_string(record.type))];
      if (record.type == RecordType::organisation) organisations.insert(record.id);
      if (record.type == RecordType::solution) solution_owners.emplace_back(record.id, record.text("organisation"));
      CHECK(!record.data.value("description", "").empty());
    }
  }
  for (const auto& [solution, owner] : solution_owners) {
    INFO(solution);
    CHECK(organisations.count(owner) == 1);
  }
  CHECK(counts["organisation"] > 0);
  CHECK(counts["solution"] > 0);
  CHECK(counts["need"] > 0);
}

TEST_CASE("the corpora ingest with no rejected line", "[corpora]") {
  TempDir dir;
  std::vector<std::string> args{"ingest", "--db", dir.file("db")};
  for (const auto& file : record_files()) args.push_back(file);
  const auto result = run_tool("radar-index", args);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("rejected 0"));
}

TEST_CASE("the thesaurus and stopword lists load", "[corpora]") {
  const auto thesauri = files_in("corpora/thesaurus", ".txt");
  REQUIRE(!thesauri.empty());
  LanguageResources resources;
  REQUIRE_NOTHROW(resources = load_language_resources(thesauri, source_path("corpora/stopwords")));
  CHECK(resources.concepts.size() >= 100);
  CHECK(!resources.compounds.empty());
  for (const char* lang : {"da", "en", "sv", "nb"}) {
    INFO(lang);
    CHECK(resources.stopwords[lang].size() >= 50);
  }
  for (const auto& [compound, parts] : resources.compounds) CHECK(parts.size() >= 2);
}

// The rules corpora/thesaurus/README.md states for every term, which the loader does not
// enforce: a term in a second group is silently lost to the first, a stop word never finds
// its group, and a term over five words widens the window every need is scanned with.
TEST_CASE("every thesaurus term keeps the thesaurus's rules", "[corpora]") {
  const auto resources = load_language_resources(files_in("corpora/thesaurus", ".txt"), source_path("corpora/stopwords"));
  std::map<std::string, std::string> group_of;  // tokenised term -> its group's label
  // A term scoped to some languages (a false friend) may be another group's word in the
  // others; two scoped terms of one word are read in different languages.
  std::map<std::string, std::vector<std::pair<radar::LanguageMask, std::string>>> scoped_groups_of;
  for (std::size_t index = 0; index < resources.concepts.size(); ++index) {
    const auto& group = resources.concepts[index];
    for (std::size_t term_index = 0; term_index < group.size(); ++term_index) {
      const std::string& term = group[term_index];
      const auto words = tokenize(term);
      std::string joined;
      for (const auto& word : words) joined += (joined.empty() ? "" : " ") + word;
      CAPTURE(group.front(), term);
      // At most five words.
      CHECK((!words.empty() && words.size() <= 5));
      // A single word is no stop word of a language it is read in (a scoped term only in
      // its own: Swedish "mens" is menstruation, Danish and Norwegian "mens" is "while").
      const radar::LanguageMask languages =
          radar::term_scope(resources, index, term_index).value_or(radar::kEveryLanguage);
      if (words.size() == 1) {
        for (const auto& [lang, stopwords] : resources.stopwords) {
          CAPTURE(lang);
          if ((radar::language_bit(lang) & languages) != 0) CHECK(stopwords.count(words.front()) == 0);
        }
      }
      // In one group only.
      if (languages != radar::kEveryLanguage) {
        for (const auto& [other_languages, other_group] : scoped_groups_of[joined]) {
          if (other_group != group.front()) CHECK((other_languages & languages) == 0);
        }
        scoped_groups_of[joined].emplace_back(languages, group.front());
        continue;
      }
      const auto [earlier, first] = group_of.emplace(joined, group.front());
      if (!first) CHECK(earlier->second == group.front());
    }
  }
}

// A phrase is matched by its content words in any order (radar/concepts.h), so a phrase
// whose content words, once its stop words are gone, are another group's term says that
// group's concept ("out-of-home care" was "home care"). Terms with the same words in
// another order ("text to speech", "speech to text") are the one exception the README
// names: only the order tells them apart.
TEST_CASE("no thesaurus phrase says another group's term once its stop words are gone", "[corpora]") {
  const auto resources = load_language_resources(files_in("corpora/thesaurus", ".txt"), source_path("corpora/stopwords"));
  const auto is_stopword = [&](const std::string& word) {
    return std::any_of(resources.stopwords.begin(), resources.stopwords.end(),
                       [&](const auto& entry) { return entry.second.count(word) != 0; });
  };
  struct Term {
    std::string group, text;
    std::vector<std::string> words;  // sorted
  };
  std::map<std::vector<std::string>, std::vector<Term>> by_content;  // sorted content words -> terms
  for (const auto& group : resources.concepts) {
    for (const auto& text : group) {
      auto words = tokenize(text);
      std::vector<std::string> content;
      std::copy_if(words.begin(), words.end(), std::back_inserter(content), [&](const auto& w) { return !is_stopword(w); });
      if (words.size() > 1 && content.size() < 2) continue;  // not matched as a phrase at all
      std::sort(words.begin(), words.end());
      std::sort(content.begin(), content.end());
      by_content[content].push_back({group.front(), text, words});
    }
  }
  for (const auto& [content, terms] : by_content) {
    for (const auto& a : terms) {
      for (const auto& b : terms) {
        if (a.group == b.group || a.words == b.words) continue;
        CAPTURE(a.group, a.text, b.group, b.text);
        CHECK(a.words.size() == content.size());  // only a phrase with no stop words may share them
      }
    }
  }
}

TEST_CASE("judgments point at existing needs, solutions and organisations", "[corpora]") {
  const auto files = files_in("corpora/eval", ".jsonl");
  if (files.empty()) return;  // judgments are optional for the product, required for scripts/eval
  TempDir dir;
  std::vector<std::string> args{"ingest", "--db", dir.file("db")};
  for (const auto& file : record_files()) args.push_back(file);
  REQUIRE(run_tool("radar-index", args).exit_code == 0);
  Xapian::Database db(dir.file("db"));
  std::vector<Judgment> judgments;
  REQUIRE_NOTHROW(judgments = read_judgments(files));
  std::map<std::string, int> decisions;
  for (const auto& judgment : judgments) {
    ++decisions[judgment.decision];
    if (!judgment.need_id.empty()) {
      INFO(judgment.need_id);
      const auto need = find_record(db, judgment.need_id);
      REQUIRE(need);
      CHECK(need->value("type", "") == "need");
    }
    for (const auto& [id, grade] : judgment.relevant) {
      INFO(id);
      const auto record = find_record(db, id);
      REQUIRE(record);
      CHECK(record->value("type", "") != "need");
    }
  }
  for (const char* decision : {"buy", "dialogue", "develop", "clarify"}) CHECK(decisions[decision] > 0);
}

namespace {

// The shipped corpora (language resources, records, needs) indexed: the index CTest's
// fixture built once for every case (RADAR_SHIPPED_INDEX, tests/CMakeLists.txt), or else
// (the test binary run by hand) one the first case builds in a directory of its own for
// the whole run. The cases only read it. Under the sanitizers an index takes about 4 s,
// and more than 40 cases read one.
[[nodiscard]] std::string shipped_index() {
  if (const char* built = std::getenv("RADAR_SHIPPED_INDEX"); built != nullptr && *built != '\0') {
    INFO("RADAR_SHIPPED_INDEX names no index: " << built);
    REQUIRE(std::filesystem::is_directory(built));
    return built;
  }
  static const TempDir dir;
  static bool built_here = false;
  if (!built_here) {
    // The script the fixture runs, so that both paths index the same files the same way.
    const auto result = run_program(source_path("scripts/index-corpora"), {RADAR_BIN_DIR, dir.file("db")});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    built_here = true;
  }
  return dir.file("db");
}

// The result of matching `need` over the index `db`, in this process: the readings are
// many, and starting a radar-match for each spent most of this file's time. The matcher of
// the last index is kept (every test case builds its own; the database's UUID tells a new
// index at a reused path).
MatchResult match_of(const std::string& db, const std::string& need, unsigned limit = 1) {
  static std::string matcher_uuid;
  static std::unique_ptr<Matcher> matcher;
  const std::string uuid = Xapian::Database(db).get_uuid();
  if (!matcher || matcher_uuid != uuid) {
    matcher = std::make_unique<Matcher>(std::vector<std::string>{db});
    matcher_uuid = uuid;
  }
  MatchRequest request;
  request.need = need;
  request.limit = limit;
  return matcher->match(request);
}

// The labels of the aspects the matcher finds in `need` over the index `db`.
std::set<std::string> aspect_labels(const std::string& db, const std::string& need) {
  std::set<std::string> labels;
  for (const auto& aspect : match_of(db, need).aspects) labels.insert(aspect.label);
  return labels;
}

// Checks that `need` reads `label` as context of the `why` role, never essential: how a
// municipality works with the market frames a need, it is no aspect a product covers.
void check_frames(const std::string& db, const std::string& need, const std::string& label) {
  const auto aspects = match_of(db, need).aspects;
  const auto found = std::find_if(aspects.begin(), aspects.end(), [&](const auto& a) { return a.label == label; });
  CAPTURE(need, label);
  REQUIRE(found != aspects.end());
  CHECK(found->role == "why");
  CHECK_FALSE(found->essential);
}

// The decision the matcher takes on `need` over the index `db`.
std::string decision_of(const std::string& db, const std::string& need) { return match_of(db, need).verdict.decision; }

// The solution `id` of a match result, or nullptr when the result does not list it.
const nlohmann::json* solution_in(const nlohmann::json& result, const std::string& id) {
  const auto& solutions = result["solutions"];
  const auto found = std::find_if(solutions.begin(), solutions.end(), [&](const auto& s) { return s["id"] == id; });
  return found == solutions.end() ? nullptr : &*found;
}

// Checks that `need` has (or has not) an aspect labelled `label`.
void check_finds(const std::string& db, const std::string& need, const std::string& label) {
  const auto labels = aspect_labels(db, need);
  CAPTURE(need, label, labels);
  CHECK(labels.count(label) == 1);
}
void check_misses(const std::string& db, const std::string& need, const std::string& label) {
  const auto labels = aspect_labels(db, need);
  CAPTURE(need, label, labels);
  CHECK(labels.count(label) == 0);
}

// None of `fillers` is an aspect of `need` (the need analysed once).
void check_misses(const std::string& db, const std::string& need, std::initializer_list<const char*> fillers) {
  const auto labels = aspect_labels(db, need);
  CAPTURE(need, labels);
  for (const std::string filler : fillers) {
    INFO(filler);
    CHECK(labels.count(filler) == 0);
  }
}

}  // namespace

TEST_CASE("screening checks expect records the corpora hold, and each decision is checked", "[corpora]") {
  const auto files = files_in("corpora/eval/screenings", ".jsonl");
  REQUIRE(!files.empty());
  std::vector<ScreeningCheck> checks;
  REQUIRE_NOTHROW(checks = read_screenings(files));
  std::map<std::string, std::string> types;  // record id -> type
  for (const auto& file : record_files()) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const auto record = nlohmann::json::parse(line);
      types[record.at("id").get<std::string>()] = record.at("type").get<std::string>();
    }
  }
  std::map<std::string, int> decisions;
  for (const auto& check : checks) {
    ++decisions[check.decision];
    // A develop check may name what comes closest or, from round 67 on, the organisations
    // to develop with; the others name the solutions that cover the need or its core.
    const bool develop = check.decision == "develop";
    for (const auto& id : check.expect) {
      INFO(check.id << " expects " << id);
      CHECK((types[id] == "solution" || (develop && types[id] == "organisation")));
    }
  }
  for (const char* decision : {"buy", "dialogue", "develop", "clarify"}) CHECK(decisions[decision] >= 20);
}

TEST_CASE("everyday phrasings of care tasks find their thesaurus concept", "[corpora]") {
  const std::string db = shipped_index();
  const auto finds = [&](const std::string& need, const std::string& label) { check_finds(db, need, label); };
  // Turning and repositioning in bed, said as carers say it.
  finds("Borgeren skal lægges om på siden flere gange i løbet af natten.", "vending");
  finds("To medarbejdere skal trække borgeren op i sengen hver morgen.", "vending");
  // Reminding, as a verb with its object between ("minder dem om").
  finds("En højttaler, der minder dem om at drikke vand.", "påmindelse");
  // Practising walking is gait training; learning a person's habits is activity monitoring.
  finds("Efter hofteoperationen skal hun øve sig i at gå med støtte.", "gangfunktion");
  finds("Sensorer, der lærer borgerens vaner og giver besked ved afvigelser.", "aktivitetsmonitorering");
  finds("We are looking for lifestyle monitoring for people who live alone.", "aktivitetsmonitorering");
  // The bath is bathing, not an aspect of its own; getting in and out of it is what a bath
  // lift does; the bathroom is neither.
  finds("Borgeren skal have hjælp i badet hver morgen.", "badning");
  check_misses(db, "Badet er lille.", "badet");
  finds("Hjælpemidler, der gør det lettere at komme i og ud af badet.", "badeløfter");
  check_misses(db, "Borgerne har små badeværelser med dørtrin.", "badning");
  // Shaking too much to eat is tremor, a spoon an eating aid; "several" is no aspect.
  finds("Several residents shake so much that they cannot eat; we want a spoon that helps.", "tremor");
  finds("Several residents shake so much that they cannot eat; we want a spoon that helps.", "spisehjælpemidler");
  check_misses(db, "Several residents shake so much that they cannot eat; we want a spoon that helps.", "several");
  check_misses(db, "We want a fall alarm, a sensor or something else that detects falls at night.", "else");
  // Poor hearing is hearing loss; leaving the building is what a door alarm reports.
  finds("Borgere med nedsat hørelse skal kunne opdage, at nogen ringer på.", "hørenedsættelse");
  finds("Personalet skal have besked, når en beboer forlader bygningen om natten.", "døralarm");
  // Poor sight is a visual impairment, reading text aloud speech synthesis.
  finds("Borgere med nedsat syn kan ikke læse breve; vi søger noget, der læser tekst højt.", "synshandicap");
  finds("Borgere med nedsat syn kan ikke læse breve; vi søger noget, der læser tekst højt.", "talesyntese");
  // Changing position in bed is repositioning.
  finds("Beboeren skal skifte stilling hver anden time.", "vending");
  // "f.eks." and a Swedish need's modal verbs are no aspects.
  check_misses(db, "En robot, der aktiverer beboerne, f.eks. med spil.", "eks");
  for (const char* modal : {"vill", "ska", "kunna"}) {
    check_misses(db, "Vi vill att personer med demens ska kunna ringa sina anhöriga.", modal);
  }
  // A boarding school ("efterskole") is no COPD: a stop word and a linking letter are no
  // compound part ("efters|koler").
  check_misses(db, "Vi vil forebygge ensomhed hos unge på efterskoler.", "kol");
  // Epilepsy is a target group; an alarm that detects its seizures is what is asked for.
  finds("Vi ønsker at give borgere med epilepsi tryghed om natten med en alarm, der opdager anfald.", "epilepsi");
  finds("Vi ønsker at give borgere med epilepsi tryghed om natten med en alarm, der opdager anfald.", "anfaldsalarm");
  finds("Staff must be alerted to seizures during sleep.", "anfaldsalarm");
  // Going shopping with a list is grocery shopping, not procurement.
  finds("De skal selv kunne handle ind med en indkøbsliste i billeder.", "dagligvareindkøb");
  check_misses(db, "De skal selv kunne handle ind med en indkøbsliste i billeder.", "indkøb");
  // Confusing day and night is what a calendar clock answers.
  finds("Borgere med demens forveksler dag og nat og ringer om natten.", "kalenderur");
  // Seeing and talking with someone far away is a video call.
  finds("Ensomme ældre skal kunne se og tale med familien uden at trykke på noget.", "videoopkald");
  // Not everything with the same words: walks as an outing are not gait, and "minder om"
  // (resembles) is no reminder.
  CHECK(aspect_labels(db, "Borgere med demens går ture alene i byen.").count("gangfunktion") == 0);
  CHECK(aspect_labels(db, "Loftet minder om et gammelt loft.").count("påmindelse") == 0);
}

// Vocabulary that fifteen needs written fresh at stop 23 showed missing (docs/matcher.md,
// "Fifteen more fresh needs"); every case fails on the thesaurus before it.
TEST_CASE("more everyday phrasings find their concept, and a verb is no bed", "[corpora]") {
  const std::string db = shipped_index();
  const auto finds = [&](const std::string& need, const std::string& label) { check_finds(db, need, label); };
  // Calming down is unrest, not a fall; a heavy duvet is a weighted blanket.
  finds("Børnene i aflastningen har svært ved at falde til ro om aftenen.", "uro");
  check_misses(db, "Børnene i aflastningen har svært ved at falde til ro om aftenen.", "fald");
  finds("Vi søger en tung dyne, der kan give børnene ro i kroppen.", "kugledyne");
  // Emptying the bowel is bowel management; accidents with stool are faecal incontinence.
  finds("Unge med rygmarvsskade skal selv kunne tømme tarmen om morgenen.", "tarmskylning");
  finds("De unge er bange for uheld med afføringen i skolen.", "afføringsinkontinens");
  // An outbreak of norovirus is infection control.
  finds("Vi har haft flere udbrud af roskildesyge på plejecentret.", "infektion");
  // Care tasks said as verbs: washing hair, meals delivered, a stairway climbed.
  finds("Sengeliggende beboere skal kunne få vasket håret uden at komme ud af sengen.", "hårvask");
  finds("Borgere, der får mad udbragt, skal selv kunne vælge retterne.", "madservice");
  finds("Ældre i egne huse har svært ved at komme op ad trappen til soveværelset.", "trappelift");
  finds("After a stroke, citizens need hand training at home between therapy sessions.", "håndfunktion");
  // Two new concepts: easy-read text and delivery to the home.
  finds("Letters from the council should be easy read, with pictures.", "letlæst");
  finds("Breve fra kommunen skal skrives som let læst tekst med billeder.", "letlæst");
  finds("Bleer og kateterposer skal leveres til hjemmet, så borgeren ikke skal hente dem.", "hjemmelevering");
  // Interactive light games said in three words, not as the compound "lysspil".
  finds("Vi vil gerne have spil af lys, der kastes ned på bordet.", "interaktivt bord");
  // "bede" (to ask) stems to "bed" and found the bed; it is a stop word.
  check_misses(db, "Borgerne skal bede om hjælp, hver gang de skal skrive en ansøgning.", "seng");
}

// The second round of fifteen fresh needs at stop 23, in four languages; every case fails
// on the resources before it.
TEST_CASE("fresh needs' wording in four languages finds its concept, and fillers are no aspects", "[corpora]") {
  const std::string db = shipped_index();
  const auto finds = [&](const std::string& need, const std::string& label) { check_finds(db, need, label); };
  finds("Vi søger et el-køretøj, så ældre kan klare indkøb selv.", "el-scooter");
  finds("Ansvarig sjuksköterska aviseras om en dos inte har getts.", "notifikation");
  finds("Sygeplejerskerne skal kunne signere den givne medicin digitalt.", "signering");
  finds("We want to map each resident's voiding pattern over three days.", "blærefunktion");
  finds("Beboerne skal have faste toilettider i løbet af dagen.", "toiletbesøg");
  finds("Beboerne skal røre sig mere i hverdagen.", "fysisk aktivitet");
  finds("Borgere med knæartrose venter længe på genoptræning.", "slidgigt");
  finds("Vi söker en rollator för ojämn terräng och grusvägar.", "terræn");
  finds("Borgere i almene boliger har små køkkener.", "almen bolig");
  // A stoma named by its kind or by the base plate of its pouch.
  finds("Sidste år fik jeg en ileostomi, og nu lækker det ved kanten.", "stomi");
  finds("The base plate lifts when she bends down in the stable.", "stomi");
  // Gaining weight is overweight, not the weighing scale.
  finds("Flere borgere på botilbuddet tager på i vægt.", "overvægt");
  check_misses(db, "Flere borgere på botilbuddet tager på i vægt.", "vægt");
  for (const char* filler : {"næsten", "meste"}) {
    check_misses(db, "Næsten alle beboere sidder stille det meste af dagen.", filler);
  }
  // Round 22 (stop 33): foot care, shifts and dressing, as consultants word them.
  finds("Der er lang ventetid hos fodterapeuterne, og mange kan ikke klippe negle selv.", "fodpleje");
  finds("Vi bruker mye tid på å fylle ledige vakter.", "ledige vagter");
  finds("We need to fill open shifts with substitutes quickly.", "ledige vagter");
  finds("We need to fill open shifts with substitutes quickly.", "vikar");
  finds("Mange trenger hjelp til å kle på seg om morgenen.", "påklædning");
}

// Rounds three to fourteen of fifteen fresh needs each (stops 24 to 28), written and given
// their expected answers before they were screened. Every check but the one that finds
// `livskvalitet` fails on the thesaurus, stop words and rules before them. One test case,
// so the shipped corpora are indexed once for all the rounds.
TEST_CASE("rounds 3 to 17 of fresh needs' wording find their concepts, and figures of speech, idioms and "
          "keeping track are no aspects",
          "[corpora]") {
  const std::string db = shipped_index();
  struct Reading {
    const char* need;
    const char* label;
    bool found;
  };
  const std::string vague = "Vi vil gerne have mere fokus på rehabilitering, og teknologien skal spille en større rolle.";
  const Reading readings[] = {
      // Round 3.
      {"Flera brukare har förlorat talet efter en stroke.", "afasi", true},
      {"Hun skriver på et tastatur, og en computerstemme læser det op.", "talesyntese", true},
      {"Borgere med ALS mister gradvist evnen til at tale.", "amyotrofisk lateral sklerose", true},
      {"Beboerne mister kræfterne i benene under indlæggelsen.", "muskelstyrke", true},
      {"Vi ønsker digitale spørreskjemaer som foreldrene fyller ut hjemme.", "spørgeskema", true},
      {"Residents with shaky hands spill their food.", "tremor", true},
      {"Han har svært ved at samle ting op fra gulvet.", "gribetang", true},
      {"Borgere med parkinson fryser fast i døråbningen.", "gangblokering", true},
      // "Kræfterne i benene" is strength, not cancer (kræft).
      {"Beboerne mister kræfterne i benene under indlæggelsen.", "kræft", false},
      // To lift the quality of life is no heavy lift.
      {"Vi vil gerne løfte livskvaliteten for beboerne på vores bosted.", "tunge løft", false},
      {"Vi vil gerne løfte livskvaliteten for beboerne på vores bosted.", "livskvalitet", true},
      // "Keeps track of" is no GPS; the Swedish citizen is a filler word.
      {"The app keeps tracking what the resident eats.", "gps", false},
      {"Flera brukare har förlorat talet efter en stroke.", "brukare", false},
      // Round 4.
      {"Sagsbehandlerne skal kunne slå sociale tilbud op på tværs af landet.", "sociale tilbud", true},
      {"Vi vil gerne have en robot, der kan tage halsprøver af beboerne.", "podning", true},
      {"Børnene skal kunne stå op i en ståkørestol i klassen.", "ståfunktion", true},
      {"Unge med anoreksi på vores døgninstitution spiser for lidt.", "spiseforstyrrelse", true},
      {"Hun får medicin i blodåren via en pumpe.", "intravenøs behandling", true},
      {"Beboerne med demens ringer til datteren om natten.", "pårørende", true},
      {"Et tilbud med lysspil på bordpladen til beboerne.", "interaktivt bord", true},
      {"Borgerne på vores aktivitets- og samværstilbud sidder meget stille.", "dagcenter", true},
      {"Mange beboere har svært ved orientering i tid.", "kalenderur", true},
      {vague.c_str(), "fokus", false},
      {vague.c_str(), "rolle", false},
      {vague.c_str(), "spille", false},
      {"Vi ønsker et kalenderur, der viser tiden tydeligt.", "tydeligt", false},
      // The frame of a walker ("stellet") is no personal care (Norwegian "stell").
      {"Børnene med cerebral parese går krumbøjede over stellet på gåvognen.", "personlig pleje", false},
      // Round 5.
      {"Vi søger et system, der kan sende beskeder over helsenettet til fastlegen.", "sundhedsdatanet", true},
      {"Vores sagsbehandlere bruger for lang tid på sagsbehandlingen af underretninger.", "sagsbehandling", true},
      {"Socialrådgiverne på børneområdet skal have bedre overblik.", "sagsbehandler", true},
      {"Socialtjänsten vill ha bättre stöd i sina ärenden.", "socialforvaltning", true},
      {"Omstillingen til det nære sundhedsvæsen kræver nye redskaber.", "det nære sundhedsvæsen", true},
      {"We are building a new block of flats for older residents.", "nybyggeri", true},
      {"Vi ønsker en toiletstol med motor, så sædet kan hæves.", "motoriseret", true},
      {"Beboerne på vores rehabiliteringsenhed træner gang hver dag.", "træningscenter", true},
      // Swedish "hålla koll på" (keep track of) is no COPD ("kol" by the Danish stemmer).
      {"Vi vill hålla koll på hela dygnet.", "kol", false},
      {"The council is planning a new care home.", "planlægning", false},
      {"The department asks what we think about robots.", "department", false},
      {"Vi vil gerne have bedre styr på medicinen.", "styr", false},
      {"Vi trenger et nytt system for å følge opp brukerne.", "trenger", false},
      // Round 6.
      {"Beboerne bruger tapebleer om natten, men de glider.", "ble", true},
      {"Vi søger bleer med bælte til borgere, der selv går på toilettet.", "ble", true},
      {"De pårørende skal kunne tage et online kursus om demens.", "oplæring", true},
      {"Vi vill spara pengar på hemtjänsten.", "besparelse", true},
      {"Patients with depression could try electrical stimulation of the brain at home.", "hjernestimulation", true},
      {"Han orkar inte lyfta armen; vi söker något som bär upp armen vid bordet.", "armstøtte", true},
      // Eating on one's own is what every eating aid is for, not only a robot.
      {"Residents want to eat independently without staff feeding them.", "spisning", true},
      {"Residents want to eat independently without staff feeding them.", "spiserobot", false},
      // Swedish "röra" (touch) shares its stem with "rörelse" (movement).
      {"Brukarna med demens vill röra händerna i vattnet.", "fysisk aktivitet", false},
      {"Vilka lösningar finns för andra kommuner?", "lösningar", false},
      {"Vilka lösningar finns för andra kommuner?", "finns", false},
      {"Hon klarar fortfarande att använda telefonen.", "fortfarande", false},
      // Round 7: time words and Norwegian users are story, not need.
      {"Staff must call the next of kin when a resident falls at night.", "pårørende", true},
      {"Staff must call the next of kin when a resident falls at night.", "next", false},
      {"We want to try it for six months next year, just to see.", "year", false},
      {"We want to try it for six months next year, just to see.", "months", false},
      {"We want to try it for six months next year, just to see.", "just", false},
      {"Brukerne våre klarer fortsatt å gjøre mye selv.", "brukerne", false},
      {"Brukerne våre klarer fortsatt å gjøre mye selv.", "fortsatt", false},
      {"Opgaven kræver to medarbejdere ved hver forflytning.", "kræver", false},
      // Round 8.
      {"Mange ældre borgere får mange slags medicin, og vi ønsker en medicingennemgang.", "medicingennemgang", true},
      {"Several residents take many drugs at once, and polypharmacy worries our nurses.", "medicingennemgang", true},
      {"Vi skal lave en risikovurdering af hver borger ved indflytning.", "risikovurdering", true},
      {"Hun kan godt støtte på benene, men kan ikke gå selv.", "stålift", true},
      {"His grip force is weak after the stroke.", "håndfunktion", true},
      {"Borgerne med hjerneskade misser aftaler med tandlægen.", "påmindelse", true},
      {"Vi vill komma igång med välfärdsteknik i verksamheten.", "välfärdsteknik", false},
      {"Vi vill komma igång med välfärdsteknik i verksamheten.", "verksamheten", false},
      {"Vi ønsker mer velferdsteknologi på sykehjemmet.", "velferdsteknologi", false},
      // Round 9.
      {"Hun bor på første sal og har svært ved at gå på trappen.", "trappelift", true},
      {"Hun bor på første sal og har svært ved at gå på trappen.", "første", false},
      // Stop 37: the stairs themselves are where a need happens; climbing them asks for a lift.
      {"Vi må holde trappen og stiene fri for is, så beboerne ikke falder.", "trappe", true},
      {"Vi må holde trappen og stiene fri for is, så beboerne ikke falder.", "trappelift", false},
      {"Beboerne mødes i stuen ved trappen hver formiddag.", "trappelift", false},
      {"Vi ønsker et sæde, der bringer borgeren op og ned ad trappen i eget hjem.", "trappelift", true},
      // Stop 38: a text read aloud with the text between verb and particle; the seasons.
      {"Vi søger et program, der læser tekst op for dem, mens de skriver.", "talesyntese", true},
      {"Holdtræningen er booket til næste forår, og ventelisten vokser.", "forår", false},
      {"The group classes are booked until next spring.", "spring", false},
      {"The group classes are booked until next spring.", "booked", false},
      // Stop 41: the months by name, and a person's age.
      {"En 78-årig kvinde med sklerose flytter i august ind i en lejlighed med hæve-sænke-køkken.", "august", false},
      {"En 78-årig kvinde med sklerose flytter i august ind i en lejlighed med hæve-sænke-køkken.", "årig", false},
      {"En 78-årig kvinde med sklerose flytter i august ind i en lejlighed med hæve-sænke-køkken.", "sclerose", true},
      {"En 14-åring med autism flyttar till vårt boende i februari.", "februari", false},
      {"En 14-åring med autism flyttar till vårt boende i februari.", "åring", false},
      {"The unit opens in October, and the first residents move in by December.", "october", false},
      // Stop 47: a phrase met with another preposition says something else (the stage lies
      // four steps above the floor; nobody lies on it).
      {"Scenen ligger fire trinn over gulvet, og rullestolbrukerne kommer seg ikke opp.", "liggetid", false},
      {"Hun ligger stille på gulvet, når nattevagten kommer.", "liggetid", true},
      // Stop 47: a district named by its point of the compass.
      {"I hjemmeplejen i distrikt Syd er mange medarbejdere ordblinde.", "syd", false},
      {"I hjemmeplejen i distrikt Syd er mange medarbejdere ordblinde.", "ordblindhed", true},
      {"Eleverne med ordblindhed skal have ordforslag, når de skriver.", "ordblindhed", true},
      {"Eleverne med ordblindhed skal have ordforslag, når de skriver.", "ordforslag", true},
      {"Efter en apopleksi kan han træne hånd og arm med en handske derhjemme.", "armtræning", true},
      {"Efter en apopleksi kan han træne hånd og arm med en handske derhjemme.", "handske", true},
      {"De skal tømme blæren med kateter flere gange i døgnet.", "blærefunktion", true},
      {"Robotten skal desinficere stuerne, når en beboer er flyttet.", "infektion", true},
      {"Måske kan vi bruge et moderne værktøj til det.", "måske", false},
      {"Måske kan vi bruge et moderne værktøj til det.", "moderne", false},
      {"Måske kan vi bruge et moderne værktøj til det.", "værktøj", false},
      // "I værste fald" (in the worst case) is no fall.
      {"Forstoppelse giver i værste fald indlæggelser.", "fald", false},
      // Round 10.
      {"Puden skal fordele trykket, så borgeren ikke får tryksår.", "trykaflastning", true},
      {"Efter en blodprop i hjertet skal borgerne genoptræne.", "hjertesygdom", true},
      {"Vi søger et vippebord til sengeliggende borgere.", "vippeleje", true},
      {"Terapeuterne vil begynde mobiliseringen tidligt efter operationen.", "mobilisering", true},
      {"Medarbejderen skal genkende tegn på hjertestandsning under samtalen.", "hjertestop", true},
      {"Besøget tager ti minutter to gange om ugen.", "minutter", false},
      {"Hver borger får to besøg per uge.", "per", false},
      // Round 11.
      {"Robotten registrerer bevægelsessporing af hånden.", "bevægelsessporing", true},
      {"Robotten registrerer bevægelsessporing af hånden.", "gps", false},
      {"Han kan træne armen ved sengen på afdelingen.", "armtræning", true},
      {"Brukaren får egenvårdsråd i appen.", "egenomsorg", true},
      {"Borgerne går hen til døren om natten.", "hen", false},
      {"Forvaltningen og ældreudvalget vil gerne have et nyt nødkald.", "forvaltningen", false},
      {"Det kommende plejecenter skal have sengealarmer.", "kommende", false},
      {"Appen fungerar bara på surfplattor.", "bara", false},
      // "Lade sig gøre" (be possible) charges no battery.
      {"Det kan lade sig gøre at dæmpe uroen med lys.", "batteri", false},
      // A break-up ("et brud med kæresten") is no fracture; "et brud på hoften" is.
      {"Hun har været ked af det efter et brud med kæresten.", "knoglebrud", false},
      {"Hun fik et brud på hoften, da hun faldt.", "knoglebrud", true},
      // A row ("på rad", "i rad", "raden") shares the Norwegian and Swedish stem of radar,
      // which the thesaurus reads as written in every language.
      {"Det skjedde tre ganger på rad i natt, og vi trenger en sengealarm.", "radar", false},
      {"Det hände tre gånger i rad i natt, och vi behöver ett sänglarm.", "radar", false},
      {"Hon läser några rader i tidningen och tappar sedan tråden.", "radar", false},
      {"Han kommer ikke lenger enn til første rad på skjemaet.", "radar", false},
      {"En sensor med radar under loftet skal se, om hun falder.", "radar", true},
      {"Radaren i loftet skal se, om hun falder.", "radar", true},
      {"En radar i taket ser om hon ramlar.", "radar", true},
      {"Radars in the ceiling should see whether she falls.", "radar", true},
      // A floor scrubber that drives itself is a cleaning robot, as the records call it.
      {"Vi behöver en självgående golvtvätt som skurar korridoren på kvällen.", "rengøringsrobot", true},
      {"Vi leder efter en selvkørende gulvvasker til gangene.", "rengøringsrobot", true},
      // Round 12.
      {"Sengeskiftet tager lang tid for personalet.", "sengeredning", true},
      {"Beboeren skal ligge i sideleje om natten.", "lejring", true},
      {"Køkkenet skal sortere affald bedre.", "affaldssortering", true},
      {"Sensoren skal placeres rigtigt i sengen.", "rigtigt", false},
      {"The robot gives the resident the right pills.", "gives", false},
      // "Hvad der rører sig" (what is going on) moves no one.
      {"Vi vil høre, hvad der rører sig inden for velfærdsteknologi på ældreområdet.", "fysisk aktivitet", false},
      // Round 13.
      {"Sensoren overvåker varmen og slår av strømmen.", "komfurvagt", true},
      {"Det har vært tilløp til brann på kjøkkenet.", "brandfare", true},
      {"Borgerne har hver deres egen tablet.", "egen", false},
      // Round 14: leaves are no bladder, the health and care sector is one setting.
      {"Beboerne kan fange blade med hænderne.", "blærefunktion", false},
      {"Kommunen ber om forslag innen helse og omsorg.", "helse og omsorg", true},
      {"Kommunen ber om forslag innen helse og omsorg.", "ber", false},
      {"Strømpen kan sagtens tages af.", "sagtens", false},
      // Round 16: an add-on motor for a manual wheelchair, a Norwegian nurse-call compound.
      {"Vi søger et trækaggregat til en manuel kørestol.", "hjælpemotor", true},
      {"Vi trenger et pasientsignalanlegg til det nye sykehjemmet.", "kaldeanlæg", true},
      // Round 17: getting residents out in a fire is no smoke alarm.
      {"Personalet holder brandøvelser om natten på plejecentret.", "evakuering", true},
      {"Vi skal kunne evakuere beboerne hurtigt, når det brænder.", "evakuering", true},
  };
  for (const auto& reading : readings) {
    if (reading.found) {
      check_finds(db, reading.need, reading.label);
    } else {
      check_misses(db, reading.need, reading.label);
    }
  }
  // A Danish need for an add-on motor finds the English record of one ("add-on drive unit").
  const auto motor = match_of(db, "Vi søger en hjælpemotor, der kan monteres på en manuel kørestol.");
  REQUIRE_FALSE(motor.solutions.empty());
  CHECK(motor.solutions.front().id == "sol-permobil-smartdrive");
  // The vague need's one concept is a field, not a problem: too vague to screen, not a
  // buy of rehabilitation robots.
  CHECK(decision_of(db, vague) == "clarify");
  // A contract that runs out is why a need is written, not what must be solved.
  const std::string contract = "Kontrakten på vores omsorgssystem udløber til sommer, og vi skal have et nyt system.";
  const auto result = run_tool("radar-match", {"--db", db, "--json", "--limit", "1", "--need", contract});
  REQUIRE(result.exit_code == 0);
  const auto match = nlohmann::json::parse(result.out);
  std::map<std::string, std::string> roles;
  for (const auto& aspect : match["need"]["aspects"]) {
    roles[aspect["label"].get<std::string>()] = aspect["role"].get<std::string>();
  }
  CAPTURE(roles);
  CHECK(roles["kontrakt"] == "why");
  CHECK(roles["omsorgsjournal"] == "what");
  // So are a dialogue with suppliers and a pilot.
  check_frames(db, "Vi vil gerne i dialog med leverandører om sengealarmer til plejecentret.", "markedsdialog");
  check_frames(db, "Vi vil gerne afprøve sengealarmer i pilotfasen på plejecentret.", "pilotprojekt");
  // ... and a trial of the product the need asks for ("Kan vi få en afprøvning i gang inden
  // sommerferien?"): a step of procurement, as a pilot is.
  check_frames(db, "Vi søger en hjælpemotor til hans kørestol. Kan vi få en afprøvning i gang inden sommerferien?",
               "afprøvning");
  // And new ways of working: how a municipality works, not what a product does. A savings
  // target that asks where to act names nothing to screen.
  check_frames(db, "Vi vil gerne have sengealarmer, der giver nye arbejdsgange i nattevagten.", "arbejdsgange");
  CHECK(decision_of(db, "Vi skal spare 3 mio. kr. i hjemmeplejen næste år og vil gerne finde nye arbejdsgange. "
                        "Hvor skal vi sætte ind?") == "clarify");
  // Self-determination is a value a product should serve, not something it does: a policy
  // text that names it and asks for advice names nothing to screen.
  check_frames(db, "Vi søger en app til dagsplaner, der styrker borgernes selvbestemmelse.", "selvbestemmelse");
  CHECK(decision_of(db, "Den nye lov lægger vægt på selvbestemmelse og tillid. Vi vil gerne se på, hvordan "
                        "teknologi kan understøtte lovens intentioner. Hvad er jeres anbefalinger?") == "clarify");
  // Case handling and daily operation are how a municipality works: a question of how to
  // organise them names nothing to screen, even where products mention visits or going live.
  check_frames(db, "Visitatorerne vil gerne bevilge sengealarmer hurtigere.", "visitation");
  check_frames(db, "Vi vil gerne have sengealarmer, der kan tages i drift på plejecentret.", "drift");
  CHECK(decision_of(db, "Hvem skal eje velfærdsteknologien, når den er i drift: visitationen, "
                        "hjemmeplejen eller en central enhed? Hvordan har andre kommuner organiseret det?") ==
        "clarify");
  // A waiting time is why a need is written; the treatment it asks for is what to screen.
  check_frames(db, "Ventetiden hos fodterapeuten er lang, så vi søger et apparat til negleklipning.", "ventetid");
  // Scaling up is how a municipality rolls a solution out, not what the solution does.
  check_frames(db, "Vi søger skalerbare sengealarmer, som kan udbredes til alle plejecentre.", "opskalering");
  // What any product is asked to be (easy to use) and the law a need is written under frame
  // it; a policy text that names only them names nothing to screen. Integration can be what a
  // need is about ("samle data fra vores sensorer og alarmer"); "en integreret del af" is an
  // idiom (an integral part), no integration.
  check_frames(db, "Vi søger brugervenlige sengealarmer med integration til omsorgsjournalen.", "brugervenlighed");
  check_misses(db, "Teknologien skal være en integreret del af kerneopgaven i hjemmeplejen.", "integration");
  check_frames(db, "Den nye lovgivning kræver, at vi søger sengealarmer til plejecentret.", "lovgivning");
  // A work injury and prevention are why a need is written; the lift or alarm is what it asks.
  check_frames(db, "Vi har haft to arbejdsskader og søger et vendesystem til plejesengen.", "arbejdsskade");
  check_frames(db, "Vi søger sengealarmer som en del af den forebyggende indsats på plejecentret.", "forebyggelse");
  // Options weighed against "something else entirely" are asked for none of them.
  CHECK(decision_of(db, "Hvad skal vi satse på de næste år? Er det sengealarmer, medicindispensere eller noget "
                        "helt andet, der giver mest gevinst?") == "clarify");
  CHECK(decision_of(db, "Vi søger sengealarmer eller noget andet, der kan opdage, når beboere med demens "
                        "står op om natten.") != "clarify");
  // A stated requirement that names nothing a product does (ease of use) is checked in
  // procurement: it holds no buy back.
  for (const char* need : {"Vi søger et vendesystem til plejesengen, så én medarbejder kan vende sengeliggende "
                           "borgere uden tunge løft. Det er et krav, at det er brugervenligt.",
                           "Vi søger en trappelift til borgere, der ikke længere kan gå på trappen i eget hjem. "
                           "Det er afgørende, at den er nem at betjene."}) {
    CAPTURE(need);
    CHECK(decision_of(db, need) == "buy");
  }
  // Swedish and Norwegian "viktig" (important) is no weighing scale (the Swedish stem of both is "vikt").
  check_misses(db, "Vi söker en sängalarm till boendet. Det är viktigt att den är enkel.", "vægt");
  check_misses(db, "Vi søker en sengealarm til sykehjemmet. Det viktigste er at den er enkel.", "vægt");
  // Danish "lade" (let) and "hoste" (cough) are no battery charging and no cloud hosting;
  // "lades op" is charging.
  check_misses(db, "Systemet skal lade lederne lægge vagtplaner.", "batteri");
  check_misses(db, "Vi vil opdage, når en beboer begynder at hoste under måltidet.", "cloud");
  check_finds(db, "Vi søger en ruteplanlægning, der ved, hvornår elbilerne skal lades op.", "batteri");
  // A topic named as a field of work is still what a question asks about (a field rule
  // made these clarify and was dropped).
  CHECK(decision_of(db, "Hvilke robotter findes der på rengøringsområdet, som kan bruges på plejecentrene?") !=
        "clarify");
  // A strategy text that has not chosen what to work on names nothing to screen, however
  // many topics its wishes touch on.
  CHECK(decision_of(db, "Ældrerådet har vedtaget en værdighedspolitik, hvor selvbestemmelse og en meningsfuld "
                        "hverdag er i centrum. Vi har endnu ikke lagt os fast på et bestemt område, men ønsker "
                        "løsninger, der gør en positiv forskel i hverdagen på plejecentrene.") == "clarify");
  // Nor does a staffing problem that management asks to look into.
  CHECK(decision_of(db, "Sygefraværet i hjemmeplejen er højt, og vi har svært ved at fastholde nyuddannede. "
                        "Direktionen har bedt os se på, om teknologi kan gøre arbejdet mere attraktivt.") == "clarify");
}

TEST_CASE("an English need's story words are no aspects, and an outburst is challenging behaviour", "[corpora]") {
  const std::string db = shipped_index();
  const std::string outburst =
      "We want to tell early when a resident is building up to an outburst, so staff can step in instead of "
      "reacting after it happens. Ideally the situation is caught regularly.";
  check_misses(db, outburst, {"tell", "step", "instead", "happens", "ideally", "situation", "regularly"});
  CHECK(aspect_labels(db, outburst).count("udadreagerende adfærd") == 1);
  // Nor are number words and indefinite pronouns.
  check_misses(db,
               "We would like to lend someone a kit for three or four weeks that raises an alarm when anyone "
               "opens the front door at night.",
               {"someone", "three", "four", "anyone"});
  // Nor a Swedish or Norwegian need's, as a Danish need's are not (stop 34: sv.txt and nb.txt
  // hold the counterparts of da.txt's common verbs, adverbs and adjectives).
  const std::string tremor =
      "Många har slutat äta ute, eftersom maten inte stannar kvar på skeden. Vi söker ett hjälpmedel i form "
      "av ett bestick som motverkar darrningarna, så att de kan äta tillsammans med andra igen.";
  check_misses(db, tremor, {"slutat", "stannar", "form", "tillsammans", "igen"});
  CHECK(aspect_labels(db, tremor).count("tremor") == 1);
  check_misses(db,
               "Kommunen ønsker å ta i bruk teknologi som gjør at flere kan bo hjemme lenger. Vi har prøvd ut "
               "flere løsninger tidligere, men de ble ofte vanskelige å bruke for brukerne selv.",
               {"bruk", "prøvd", "tidligere", "ofte", "vanskelige", "lenger"});
}

TEST_CASE("a Swedish need's inflections of one plain word make one aspect", "[corpora]") {
  const std::string db = shipped_index();
  // The Danish stemmer leaves "knapp" and "knappar" apart; the need's own Swedish one does not.
  const auto labels = aspect_labels(db, "Min mamma vill ha en enkel mobiltelefon med stora knappar. Hon ska kunna "
                                        "ringa till oss med en knapp, och vi vill se var hon är.");
  CAPTURE(labels);
  CHECK(labels.count("knapp") + labels.count("knappar") == 1);
  // Number words, months and "bland annat" are no aspects, as English number words are not.
  const auto filler = aspect_labels(db, "På två av våra äldreboenden har duscharna i tre rum stått oanvända i flera "
                                        "månader, bland annat i gästrummen. Vi vill få reda på vilka kranar som "
                                        "inte har spolats.");
  CAPTURE(filler);
  for (const std::string word : {"två", "tre", "månader", "bland", "annat", "reda"}) CHECK(filler.count(word) == 0);
  // A "fast" (fixed) solution is no general practitioner: the Norwegian stemmer takes
  // "fastlege" to "fast", so the thesaurus leaves the word out of that group.
  const auto fixed = aspect_labels(db, "Vi vil have en fast løsning med støttegreb på begge sider af toilettet, så "
                                       "borgerne ikke falder på badeværelset.");
  CAPTURE(fixed);
  CHECK(fixed.count("almen praksis") == 0);
}

TEST_CASE("stairs that turn are what a stairlift must be made for, and who said it is no demand", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(db, {
                               {"en",
                                "The occupational therapist suggested a stairlift, but said it has to be made for a "
                                "staircase that bends.",
                                {"svingtrappe", "trappelift"},
                                {"said"}},
                               {"da",
                                "Trappen drejer halvvejs oppe, så trappeliften skal kunne køre i sving.",
                                {"svingtrappe", "trappelift"},
                                {}},
                           });
}

TEST_CASE("a walker with its frame behind the user is a posterior walker, and the one made so comes first",
          "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"da",
               "Hun skal have et gangredskab, hvor stellet er bag hende, så hun går oprejst.",
               {"bagudrettet gangredskab", "rollator"},
               {}},
              {"en", "We are looking for a reverse walker for a boy of 7.", {"bagudrettet gangredskab"}, {}},
              {"da",
               "Hun går med en almindelig rollator med stellet foran sig.",
               {"rollator"},
               {"bagudrettet gangredskab"}},
          });
  const auto match = match_json(db, "Vi søger et gangredskab til en pige på 9 år, hvor stellet er bag hende.", 5);
  CHECK(match["solutions"][0]["id"] == "sol-r82-crocodile");
}

TEST_CASE("lowering someone into the bath water is what a bath lift does", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"nb", "Hun trenger noe som senker henne ned i vannet og løfter henne opp igjen.", {"badeløfter"}, {}},
              {"da", "Vi søger noget, der kan sænke ham ned i vandet i badekarret.", {"badeløfter"}, {}},
              {"en", "Something that can lower her into the water of her own bathtub.", {"badeløfter"}, {}},
          });
}

TEST_CASE("data that must go into the municipality's own system is a demand beyond the product", "[corpora]") {
  const std::string db = shipped_index();
  const auto decision_of = [&](const std::string& need) {
    INFO(need);
    return std::string(match_json(db, need, 5)["verdict"]["decision"]);
  };
  const std::string bed_alarm = "Vi søger en sengealarm, der giver nattevagten besked, når borgeren står ud af sengen.";
  CHECK(decision_of(bed_alarm) == "buy");
  CHECK(decision_of(bed_alarm + " Alle alarmer skal automatisk registreres i vores omsorgsjournal.") == "dialogue");
  // What is ours, named without data passed on, demands nothing more.
  CHECK(decision_of(bed_alarm + " Vi skal bruge dem i vores boliger.") == "buy");
}

TEST_CASE("an amount in a need is no aspect and meets no product name", "[corpora]") {
  const std::string db = shipped_index();
  // "mio." (million) once matched the product "SenSura Mio" and was screened as a buy.
  const std::string need =
      "Vi skal finde besparelser på 5 mio. kr. på ældreområdet næste år, "
      "og politikerne forventer, at teknologi bidrager.";
  const auto result = run_tool("radar-match", {"--db", db, "--json", "--need", need});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto match = nlohmann::json::parse(result.out);
  for (const auto& aspect : match["need"]["aspects"]) CHECK(aspect["label"] != "mio");
  for (const auto& solution : match["solutions"]) CHECK(solution["id"] != "sol-coloplast-sensura-mio");
  CHECK(match["verdict"]["decision"] != "buy");
  // Who expects what ("politikerne forventer", "bidrager") frames the need; a need of
  // savings, the care area and the politicians' hopes names nothing to screen for.
  for (const auto& aspect : match["need"]["aspects"]) {
    for (const char* filler : {"politikerne", "forventer", "bidrager"}) CHECK(aspect["label"] != filler);
  }
  CHECK(match["verdict"]["decision"] == "clarify");
}

TEST_CASE("consultants' and vendors' wording for back strain, remote assessment, continence sensors, video "
          "across systems, the safety alarm, alarm management, calming and sent measurements find their concept, and "
          "near phrases do not",
          "[corpora]") {
  const std::string db = shipped_index();
  const auto finds = [&](const std::string& need, const std::string& label) { check_finds(db, need, label); };
  const auto misses = [&](const std::string& need, const std::string& label) { check_misses(db, need, label); };
  // The lower back, as carers and as an exoskeleton vendor say it; lifting and bending.
  finds("Medarbejderne får ondt i lænden af de mange forflytninger.", "rygbesvær");
  finds("A waist-worn unit that supports the lower back during lifting and bending.", "rygbesvær");
  finds("A waist-worn unit that supports the lower back during lifting and bending.", "tunge løft");
  finds("Vi søger noget, medarbejderen kan have på, som aflaster ryggen.", "rygbesvær");
  finds("Plejen foregår foroverbøjet ved sengen.", "ergonomi");
  // A sensor worn on the back is no back pain.
  misses("En lille sensor på ryggen registrerer, hvornår borgeren ligger ned.", "rygbesvær");
  // Judging a situation from a distance is digital supervision.
  finds("Nattevagten skal kunne vurdere situationen på afstand, før der køres ud.", "digitalt tilsyn");
  finds("Staff can assess the situation remotely before driving out.", "digitalt tilsyn");
  // A continence product's saturation sensor; a wet room is no wet pad.
  finds("A sensor strip tracks urine saturation and notifies carers.", "bleskift");
  finds("A change indicator on the absorbent product tells when to change.", "bleskift");
  misses("A shower chair for the wet room.", "bleskift");
  // Video meetings across the parties' different video systems are an integration need.
  finds("Sikre videomøder på tværs af forskellige videosystemer.", "integration");
  finds("Each of them uses a different video system.", "integration");
  // The safety alarm by its Danish name.
  finds("Det skal kunne kobles på den tryghedsalarm, borgeren allerede har.", "nødkald");
  // Seeing and managing the alarms of several devices in one place is alarm management.
  finds("Vi ønsker ét sted, hvor hjemmeplejen kan se og administrere udstyr og alarmer.", "alarmhåndtering");
  finds("Middleware that collects alarms from nurse call and bed sensors and routes them to carers.",
        "alarmhåndtering");
  misses("Alarmen skal gå til samme vagtcentral som vores øvrige nødkald.", "alarmhåndtering");
  // A product that calms restless residents answers restlessness; Danish "berolige" is as
  // often reassuring the worried ("berolige de pårørende") and is left out.
  finds("A soft robot used by staff to calm and comfort residents with dementia.", "uro");
  misses("Vi vil gerne berolige de pårørende med besked hver dag.", "uro");
  // A device that sends its measurements on is remote monitoring.
  finds("Vi søger en vægt, der sender målingen direkte til journalen.", "telemonitorering");
  finds("An app in which the patient sends measurements to the care team.", "telemonitorering");
  // Rising from a chair or toilet is not rising from the floor; "rejse" is also a trip.
  misses("Støttegreb, der hjælper borgeren med at rejse sig fra toilettet.", "løftepude");
  misses("Hjælp til at rejse sig fra stolen og til en rejse med bussen.", "løftepude");
}

TEST_CASE("assistive devices in general are the need's field, not what a product must do", "[corpora]") {
  const std::string db = shipped_index();
  const auto result = run_tool(
      "radar-match",
      {"--db", db, "--json", "--limit", "1", "--need",
       "Vi leder efter et hjælpemiddel, der kan vende sengeliggende borgere i sengen, så én medarbejder kan gøre det."});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto match = nlohmann::json::parse(result.out);
  bool general = false, turning = false;
  for (const auto& aspect : match["need"]["aspects"]) {
    CAPTURE(aspect.dump());
    if (aspect["label"] == "hjælpemidler") {
      general = true;
      CHECK(aspect["role"] == "where");
      CHECK(aspect["essential"] == false);
    }
    if (aspect["label"] == "vending") turning = aspect["essential"].get<bool>();
  }
  CHECK(general);
  CHECK(turning);
}

TEST_CASE("a Danish need's verb forms and time words are no aspects", "[corpora]") {
  const std::string db = shipped_index();
  // The participles of listed verbs (få, have, gøre, komme, give) and the year's time
  // words once became aspects of their own, and, being words the market never uses,
  // counted as what a need asks for: a need with money and a deadline only was not
  // screened as too vague.
  const std::string need = "Vi har fået tilskud og har haft en pulje, der skal bruges inden årets udgang eller næste år. "
                           "Hvad kan vi købe?";
  const auto labels = aspect_labels(db, need);
  CAPTURE(labels);
  for (const std::string filler : {"fået", "haft", "årets", "næste", "året"}) CHECK(labels.count(filler) == 0);
  const auto result = run_tool("radar-match", {"--db", db, "--json", "--need", need});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(nlohmann::json::parse(result.out)["verdict"]["decision"] == "clarify");
}

TEST_CASE("Danish adverbs of degree and time are no aspects, what the need asks for is", "[corpora]") {
  const std::string db = shipped_index();
  // "stadig", "hellere", "i stedet" and "fylder meget" once became aspects a consultant
  // saw listed as missing from every product; the list held "stadigt" but not "stadig".
  const std::string need = "Borgere med demens kan stadig selv børste tænder, hvis nogen guider dem, men de vil hellere "
                           "klare det alene. Vi vil i stedet have et samlet hjælpemiddel, der løbende guider med tale, "
                           "og slet ikke et kamera. Det er mest om morgenen, og det fylder meget trods hjælpen. "
                           "Guiden skal komme på det rigtige tidspunkt.";
  const auto labels = aspect_labels(db, need);
  CAPTURE(labels);
  for (const std::string filler : {"stadig", "hellere", "stedet", "samlet", "løbende", "slet", "mest", "fylder", "trods",
                                    "rigtige", "tidspunkt"}) {
    CHECK(labels.count(filler) == 0);
  }
  CHECK(labels.count("guider") == 1);
}

TEST_CASE("things consultants name in their own words find their concept", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {// a child's place in the classroom and lessons from home are telepresence
       {"",
        "Vi søger en lille enhed, der står på hendes plads i klasseværelset, mens hun er syg derhjemme.",
        {"telepræsens"},
        {}},
       {"",
        "Vi trenger noe som kan stå på pulten hennes i klasserommet, så hun kan se og høre undervisningen "
        "hjemmefra.",
        {"telepræsens"},
        {}},
       // the day's tasks are the activities of daily living
       {"", "Vi søger en app, hvor hun kan se sine daglige opgaver med billeder.", {"almindelig daglig levevis"}, {}},
       {"", "We need an app that shows him his daily tasks with pictures.", {"almindelig daglig levevis"}, {}},
       // a walking aid by its general name is a rollator
       {"", "Behov: et gåhjælpemiddel med hjul, som han kan bremse med én hånd.", {"rollator"}, {}},
       {"", "Vi søker et ganghjelpemiddel som hun kan bruke ute om vinteren.", {"rollator"}, {}},
       // a light wheelchair the user propels himself is an active wheelchair
       {"", "Jeg søger en let, aktiv kørestol, som han selv kan køre til købmanden.", {"aktivkørestol"}, {}},
       {"", "Vi söker en lättviktsrullstol till en man som kör själv.", {"aktivkørestol"}, {}},
       {"", "We need an active wheelchair adjusted to his body.", {"aktivkørestol"}, {"elkørestol"}},
       // a lift for the bathtub by its Danish compound
       {"", "Jeg leder efter en badekarslift, der sænker ham ned i vandet.", {"badeløfter"}, {}},
       // a hob forgotten with the heat on asks for a stove guard, in the words of a need or a record
       {"", "Han glemmer de tændte kogeplader, og vi vil have noget, der afbryder dem.", {"komfurvagt"}, {}},
       {"", "Something that watches the hob while he cooks.", {"komfurvagt"}, {}},
       // something that vacuums by itself is a robot, not cleaning help
       {"", "Jeg kunne godt tænke mig noget, der selv støvsuger gulvene.", {"rengøringsrobot"}, {}},
       // grandchildren are relatives, not the children a product is for; and children alone
       // are not relatives (a grandchild's two parts are one word twice)
       {"da",
        "Hun ser billeder af børnebørnene på sin tablet og ønsker en app til træning.",
        {"pårørende"},
        {"børn og unge"}},
       {"sv", "Hon pratar med barnbarnen varje vecka och vill ha en app för träning.", {"pårørende"}, {"børn og unge"}},
       {"", "Vi søger en app, der hjælper børn med autisme med at sove.", {"børn og unge"}, {"pårørende"}},
       // a seat lift on the stairs, and a soft animal that responds
       {"nb", "Han trenger en sitteheis i trappen, så han kommer seg ned til bilen.", {"trappelift"}, {}},
       {"", "Vi tænker derfor på et blødt dyr, som reagerer, når man aer det.", {"robotdyr"}, {}},
       // a lift that folds
       {"", "Den skal kunne klappes sammen og løftes ind i bagagerummet.", {"sammenklappelig"}, {}},
       {"nb",
        "Det vi trenger: mobil personløfter som kan slås sammen og ligge i bagasjerommet.",
        {"sammenklappelig"},
        {}},
       // social skills for children with autism: turn-taking, reading others' feelings
       {"", "Vi søger en robot, som børnene kan øve turtagning og aflæse følelser med.", {"sociale færdigheder"}, {}},
       // a warning is an alert
       {"", "Vi vil have en advarsel, når en borger ikke har flyttet sig i lang tid.", {"alarm"}, {}},
       {"sv", "Vi vill få en varning när hon inte har rört sig på länge.", {"alarm"}, {}},
       // readings a nurse sees are remote monitoring
       {"", "Borgerne vejer sig hver morgen, og målingerne skal ses af en sygeplejerske.", {"telemonitorering"}, {}},
       // a duvet with balls sewn in is a weighted blanket
       {"", "Kan I hjælpe os med at søge en dyne med kugler syet ind i kanaler?", {"kugledyne"}, {}},
       // something to stand up by and be turned on is a standing aid
       {"", "Findes der noget, hun selv kan rejse sig op ved, og som jeg kan dreje hende rundt på?", {"stålift"}, {}},
       // a bed he controls with his voice
       {"", "Kan vi få en seng, der kan styres med stemmen?", {"stemmestyring"}, {}},
       // one press of a button that calls someone is an alarm; seeing where she is, location
       {"",
        "Vi ser etter noe der hun med ett trykk kan ringe til mor, og der de kan se hvor hun er.",
        {"nødkald", "gps"},
        {}},
       // ... not one press that does something else
       {"", "Han vil spille guitar og tage en hel akkord med ét tryk.", {}, {"nødkald"}},
       // to be able to be found is location; to be found, as it happened, is the story
       {"nb", "Hun ønsker noe lite hun kan ha på seg, der hun selv kan trykke og bli funnet.", {"gps"}, {}},
       {"nb", "Hun blir funnet i bar skjorte langs veien.", {}, {"gps"}},
       {"da", "Borgerne bliver fundet i bar skjorte længere nede ad vejen.", {}, {"gps"}},
       // a screen with a camera on wheels that is driven from afar is telepresence
       {"da", "Vi vil have en skærm med kamera på hjul, som vi kan køre rundt i fællesstuen.", {"telepræsens"}, {}},
       // the pharmacy's dose bags in Swedish and Norwegian, and what releases the right one
       {"sv",
        "Han får dospåsar från apoteket. Vi söker något som bara släpper fram rätt påse vid rätt tid.",
        {"dosispakket medicin", "medicindispenser"},
        {}},
       {"nb",
        "Hun får doseposer fra apoteket hver uke, og hun trenger hjelp til å huske dem.",
        {"dosispakket medicin"},
        {}},
       // a dining hall is a place, not eating
       {"da", "Hvad kan vi indrette os med i spisesalen og på værelserne?", {"fællesarealer"}, {"spisning"}},
       // messages read aloud, in Norwegian and Swedish
       {"nb", "Hun ser dårlig, og derfor trenger hun at meldingene leses høyt.", {"talesyntese"}, {}},
       // taking part in class from afar is telepresence
       {"da", "Hun skal kunne være med i klassen på afstand, mens hun er indlagt.", {"telepræsens"}, {}},
       // how an injury came about is the story, not a bicycle ...
       {"da", "Ida blev påkørt på sin cykel i januar og fik en hjerneskade.", {}, {"cykel"}},
       {"da", "Min søn blev ramt af en bil for to år siden.", {"ulykke"}, {}},
       {"en", "He had a brain injury after a cycling accident and starts a new job in March.", {}, {"cykel"}},
       // ... which a ride still is
       {"da", "Vi søger en cykel, så beboerne kan komme på cykeltur.", {"cykel"}, {}},
       // a walking aid in Norwegian is a walker; cues that overcome freezing are freezing of gait
       {"nb", "Vi trenger et gåhjelpemiddel som hun kan bruke ute på grusveien.", {"rollator"}, {}},
       {"en", "She needs something that gives her cues to overcome freezing in doorways.", {"gangblokering"}, {}},
       {"", "Vi lurer på om det finnes en gåstol som bremser av seg selv i nedoverbakke.", {"rollator"}, {}},
       // a chair that envelops her and gives deep pressure is the ball-cushion concept
       {"sv", "Vi vill ha en stol som omsluter henne och ger djupt tryck mot rygg och sidor.", {"kugledyne"}, {}},
       {"en", "The psychologist suggested a heavy duvet that gives steady pressure all night.", {"kugledyne"}, {}},
       // Norwegian forms ("skjemaer") are questionnaires; a Danish "skema" is a timetable
       {"nb",
        "Vi ønsker derfor at brukerne får skjemaene tilsendt digitalt før inntakssamtalen og igjen etter åtte uker. "
        "Skåringen må skje automatisk.",
        {"spørgeskema"},
        {}},
       // "aktivstol" is the active wheelchair
       {"da",
        "Jeg har brug for en rigtig let, stiv aktivstol, som jeg selv kan løfte ind i bilen.",
        {"aktivkørestol"},
        {}},
       // a speech device she controls with her eyes
       {"sv",
        "Hon ska få en egen talapparat som hon styr med ögonen.",
        {"øjenstyring", "alternativ og supplerende kommunikation"},
        {}},
       {"sv",
        "Han ser inte texten, så den måste läsas högt eller så läser en röst högt för honom.",
        {"talesyntese"},
        {}}});
}

TEST_CASE(
    "a letter that asks for any technology that makes things better, or for an overview of the options, is too "
    "vague to screen",
    "[corpora]") {
  const std::string db = shipped_index();
  const std::string complaints =
      "Vi er sygeplejerskerne i aftenvagten på Lyngbo. Vi er alene på to etager, alarmerne kommer fra tre "
      "systemer, og dokumentationen tager det sidste af vagten. ";
  CHECK(decision_of(db, complaints + "Kan I finde noget teknologi, der kan gøre aftenerne bedre for os?") == "clarify");
  CHECK(decision_of(db, complaints + "Kan du lave en oversigt over muligheder?") == "clarify");
  // One that says what the technology must do is screened.
  CHECK(decision_of(
            db, complaints + "Kan I finde noget teknologi, der giver os besked på telefonen, når en beboer falder?") !=
        "clarify");
}

TEST_CASE("adverbs that weigh or connect a demand, and words of kind, are no aspects", "[corpora]") {
  const std::string db = shipped_index();
  // "netop" and "efterhånden" once stood in a demand as words no product uses, so that the
  // product that met it read as a dialogue.
  for (const auto& [need, filler] : std::vector<std::pair<std::string, std::string>>{
           {"Vi søger en motionscykel til plejecentret. Den skal kunne trædes med armene, ellers kan netop disse "
            "beboere ikke bruge den.",
            "netop"},
           {"Vi søger et siddesystem til en dreng, der efterhånden skal kunne sidde selv ved bordet.", "efterhånden"},
           {"Vi söker en träningscykel till boendet. Den ska kunna trampas med armarna, annars kan de boende inte "
            "använda den.",
            "annars"},
           {"Vi trenger en treningssykkel til sykehjemmet. Den må kunne tråkkes med armene, ellers kan nettopp disse "
            "beboerne ikke bruke den.",
            "nettopp"},
           // "type" says what kind, not what a product does ("type og farge")
           {"Vi trenger noe som selv kjenner igjen plaggene (type og farge) og velger riktig program.", "type"},
           {"Vi söker en rullstol av den typen som kan köras i skogen.", "typen"},
           // nor a preference ("gärna", "gjerne", "helst"), as Danish "gerne" is not
           {"Vi söker en rullator, gärna en som går att fälla ihop.", "gärna"},
           {"Vi trenger en rullator, gjerne en som kan brettes sammen.", "gjerne"},
           {"Vi søger en rullator, helst med et sæde.", "helst"},
           // nor does "ting", a thing of any kind ("om tingene bliver gjort")
           {"Det vigtigste er, at vi kan følge med i, om tingene bliver gjort.", "tingene"},
           // nor a mail's subject line
           {"Fra: Lone, ergoterapeut\nEmne: Kommunikationshjælpemiddel til Henrik\n\nVi søger en talemaskine.",
            "emne"}}) {
    const auto labels = aspect_labels(db, need);
    CAPTURE(need, labels);
    CHECK(labels.count(filler) == 0);
  }
}

TEST_CASE("home monitoring in Swedish and Norwegian, and alerts on a changed daily rhythm, find their concept, and "
          "near phrases do not",
          "[corpora]") {
  const std::string db = shipped_index();
  // Home monitoring as Swedish and Norwegian vendors and municipalities name it.
  check_finds(db, "Vi söker digital hemmonitorering för äldre med KOL.", "telemonitorering");
  check_finds(db, "Regionen erbjuder hemmonitorering till patienter med hjärtsvikt.", "telemonitorering");
  check_finds(db, "Kommunen ønsker hjemmeoppfølging av pasienter med hjertesvikt.", "telemonitorering");
  // Swedish home care and Norwegian follow-up of staff are no remote monitoring.
  check_misses(db, "Hemtjänsten hjälper äldre med städning och inköp.", "telemonitorering");
  check_misses(db, "Oppfølging av ansatte etter sykefravær.", "telemonitorering");
  // Alerts when a person's daily rhythm changes are activity monitoring; a daily rhythm
  // that lighting supports is not.
  check_finds(db, "Software that alerts carers when a person's daily rhythm changes.", "aktivitetsmonitorering");
  check_finds(db, "We want to be told about changes in daily rhythm before a fall.", "aktivitetsmonitorering");
  check_misses(db, "Lighting that supports a healthy daily rhythm for residents.", "aktivitetsmonitorering");
}

TEST_CASE("a short need that names what is to be solved is screened, one that names only a technology is not", "[corpora]") {
  const std::string db = shipped_index();
  // Stomas and bathing are what the need is about: screened, though short.
  for (const char* need : {"Vi har mange borgere med stomi, og hjemmesygeplejen bruger tid på at skifte stomiposer. "
                           "Vi søger stomiprodukter, som borgeren lettere selv kan skifte.",
                           "Vi søger hjælpemidler til badning af borgere med nedsat funktionsevne."}) {
    CAPTURE(need);
    CHECK(decision_of(db, need) != "clarify");
  }
  // Sensors, robots and AI are means: a need that names only them is too vague to screen.
  for (const char* need : {"Vi vil gerne arbejde mere med sensorer.", "Hvad kan robotter gøre for os i ældreplejen?",
                           "Vi skal i gang med kunstig intelligens i ældreplejen."}) {
    CAPTURE(need);
    CHECK(decision_of(db, need) == "clarify");
  }
}

TEST_CASE("a screening does not change with the number of solutions it shows", "[corpora]") {
  const std::string db = shipped_index();
  // The last need's dialogue rests on the product ranked third: shown one, it was a
  // develop until stop 30 (held-out round 18's whole text, on the 15th: shown ten).
  for (const char* need :
       {"Nattevagterne skal kunne tjekke på afstand, om beboeren ligger roligt, er ude af sengen eller ligger på gulvet.",
        "Vi søger et loftlift-system til plejeboliger, så én medarbejder kan flytte en beboer fra seng til toilet.",
        "Droner der leverer varm mad til ældre på småøer, med temperaturlogning og kvittering.",
        "Inom LSS har vi unga vuxna med lindrig intellektuell funktionsnedsättning och ångest. Vårdcentralen hänvisar "
        "till internetbehandling med KBT, men texterna är för svåra. Vi behöver en digital behandling med lättläst "
        "språk, bilder och uppläsning. Vilka delar av detta finns redan?"}) {
    CAPTURE(need);
    const MatchResult full = match_of(db, need, 20);
    for (const unsigned limit : {1U, 5U, 10U, 100U}) {
      CAPTURE(limit);
      const MatchResult shown = match_of(db, need, limit);
      CHECK(shown.verdict.decision == full.verdict.decision);
      CHECK(shown.verdict.reasons == full.verdict.reasons);
      CHECK(shown.uncovered == full.uncovered);
      if (limit < 20) CHECK(shown.solutions.size() == std::min<std::size_t>(limit, full.solutions.size()));
      if (limit > 20) CHECK(shown.solutions.size() >= full.solutions.size());
      for (std::size_t i = 0; i < shown.solutions.size() && i < full.solutions.size(); ++i) {
        CHECK(shown.solutions[i].id == full.solutions[i].id);
        CHECK(shown.solutions[i].buy_instead == full.solutions[i].buy_instead);
      }
    }
  }
  // The Swedish need is the dialogue it asks for even shown one solution, and its reasons
  // are Swedish.
  const MatchResult swedish = match_of(db,
                                       "Inom LSS har vi unga vuxna med lindrig intellektuell funktionsnedsättning och "
                                       "ångest. Vårdcentralen hänvisar till internetbehandling med KBT, men texterna är "
                                       "för svåra. Vi behöver en digital behandling med lättläst språk, bilder och "
                                       "uppläsning. Vilka delar av detta finns redan?",
                                       1);
  CHECK(swedish.lang == "sv");
  REQUIRE(swedish.verdict.decision == "dialogue");
  CHECK_THAT(swedish.verdict.reasons.front(), Catch::StartsWith("Befintliga lösningar täcker delar av behovet"));
  CHECK(swedish.verdict.reasons.back() == "Håll en marknadsdialog med leverantörerna om vad som saknas.");
}

TEST_CASE("a need that rules out wearables finds the wrist-worn alarms among the products that use them", "[corpora]") {
  const std::string db = shipped_index();
  const std::string need = "We need a fall alert for residents living alone that works without wearables or buttons to press.";
  const auto result = run_tool("radar-match", {"--db", db, "--json", "--limit", "100", "--need", need});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto match = nlohmann::json::parse(result.out);
  CHECK(match["need"]["ruled_out"] == nlohmann::json::array({"wearables", "armbånd", "smartwatch"}));
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& solution : match["solutions"]) by_id[solution["id"].get<std::string>()] = solution;
  // "Wrist-worn safety alarm" and "Wearable alarm pendant" use what the need rules out;
  // "radar sensor ... without cameras or wearables" does not.
  for (const char* id : {"sol-vivago-care-watch", "sol-tunstall-ivi-fall-detector"}) {
    CAPTURE(id);
    REQUIRE(by_id.count(id) == 1);
    CHECK(by_id[id]["conflicts"].front() == "wearables");
    CHECK(by_id[id]["rank"].get<int>() > 10);
    CHECK_FALSE(by_id[id]["buy_instead"].get<bool>());
  }
  REQUIRE(by_id.count("sol-vayyar-care") == 1);
  CHECK(by_id["sol-vayyar-care"]["conflicts"].empty());
  CHECK(by_id["sol-vayyar-care"]["rank"].get<int>() <= 10);
}

TEST_CASE("a need that says the citizen must wear nothing, or that nothing may take pictures, rules it out",
          "[corpora]") {
  const std::string db = shipped_index();
  const auto ruled_out = [&](const std::string& need) { return match_json(db, need, 1)["need"]["ruled_out"]; };
  // The technology, then its kinds (the thesaurus's `# kinds`).
  const auto wearables = nlohmann::json::array({"wearables", "armbånd", "smartwatch"});
  CHECK(ruled_out("Vi ønsker sensorer, der opdager et fald, uden at borgeren skal have noget på kroppen.") == wearables);
  CHECK(ruled_out("Vi vil følge, om en borger drikker nok, uden at borgeren skal bære noget.") == wearables);
  CHECK(ruled_out("We want to detect falls at home without the resident having to wear anything.") == wearables);
  // A camera is ruled out as what takes pictures, too.
  CHECK(ruled_out("We need fall detection in the bathroom that does not take pictures.")[0] == "kamera");
  CHECK(ruled_out("Vi søger en faldalarm til badeværelset, som ikke tager billeder.")[0] == "kamera");
  CHECK(ruled_out("Vi söker ett fallarm till badrummet som inte tar bilder.")[0] == "kamera");
  // Carrying is not wearing, and a need that asks for a wearable rules nothing out.
  CHECK(ruled_out("Borgeren kan ikke bære tunge ting, når hun handler ind.").empty());
  CHECK(ruled_out("Vi søger en aktivitetsmåler, som borgeren kan bære på armen hele dagen.").empty());
}

TEST_CASE("a need that rules out wearables rules out wristbands and smartwatches, their kinds", "[corpora]") {
  const std::string db = shipped_index();
  const auto match = [&](const std::string& need) { return match_json(db, need, 100); };
  const auto ruled_out_of = [](const nlohmann::json& result) {
    return result["need"]["ruled_out"].get<std::set<std::string>>();
  };
  // The wristbands the story tells of are no aspect, and products of the kind conflict.
  const auto told = match(
      "Vi ønsker sensorer i boligen, der kan opdage et fald, uden at borgeren skal have noget på "
      "kroppen. Vores erfaring med armbånd og halssmykker er, at de ender i skuffen.");
  CHECK(ruled_out_of(told) == std::set<std::string>{"wearables", "armbånd", "smartwatch"});
  CHECK(aspect_labels(told).count("armbånd") == 0);
  // A hub sold with alarm pendants uses a kind of what the need rules out.
  const nlohmann::json* hub = solution_in(told, "sol-tunstall-lifeline-smart-hub");
  REQUIRE(hub != nullptr);
  CHECK((*hub)["conflicts"] == nlohmann::json::array({"armbånd"}));
  CHECK((*hub)["rank"].get<int>() > 10);
  CHECK_FALSE((*hub)["buy_instead"].get<bool>());
  // A need that asks for a wristband keeps it, whatever else it rules out.
  const auto asked = match("Vi søger et armbånd med faldalarm. Der må ikke bruges kamera i boligen.");
  CHECK(aspect_labels(asked).count("armbånd") == 1);
  CHECK(ruled_out_of(asked).count("armbånd") == 0);
}

TEST_CASE("words that mean something else are read as it: living alone, supervised contact, head control",
          "[corpora]") {
  const std::string db = shipped_index();
  // Living alone is who a need serves, not loneliness; feeling alone is loneliness.
  const std::string lives_alone = "Patrik bor ensam i en tvåa och behöver en eldriven rullstol som vänder på stället.";
  check_finds(db, lives_alone, "bor alene");
  check_misses(db, lives_alone, "ensomhed");
  check_finds(db, "She lives alone and needs a fall alarm she can wear in the shower.", "bor alene");
  const std::string lonely = "Hon känner sig ensam sedan maken dog och söker sällskap på eftermiddagarna.";
  check_finds(db, lonely, "ensomhed");
  check_misses(db, lonely, "bor alene");
  // Supervised contact is a child's placement, not surveillance; a skiftebord is a changing table.
  const std::string contact = "Hver lørdag har vi overvåget samvær mellem Jonas og hans mor i Familiehuset.";
  check_finds(db, contact, "anbringelse");
  check_misses(db, contact, "overvågning");
  check_finds(db, "Vi mangler et skiftebord i voksenstørrelse, som kan køres op og ned.", "puslebriks");
  // Moving the head to work a computer is alternative access, not physical activity.
  const std::string head = "Vi søger noget, hun kan betjene ved at bevæge hovedet foran skærmen.";
  check_finds(db, head, "kørestolsstyring");
  check_misses(db, head, "fysisk aktivitet");
  check_finds(db, "She needs a head mouse to write e-mails.", "kørestolsstyring");
}

TEST_CASE("an app covers a need's phone, and a need that rules smartphones out rules out no app or simple phone",
          "[corpora]") {
  const std::string db = shipped_index();
  const auto solution = [](const nlohmann::json& result, const std::string& id) {
    const nlohmann::json* found = solution_in(result, id);
    REQUIRE(found != nullptr);
    return *found;
  };
  // The robot's messages are scheduled in an app: what the writer sets "fra min telefon".
  const auto robot = match_json(db,
                                "Findes der en lille robot, der på faste tidspunkter minder min mand med demens om at "
                                "spise og spiller musik for ham, og som jeg kan indstille fra min telefon?",
                                20);
  const auto covered = solution(robot, "sol-tinybots-tessa")["covered"].get<std::set<std::string>>();
  CHECK(covered.count("mobiltelefon") == 1);
  // Citizens who are not used to smartphones rule the phone out, not a training app.
  const auto training =
      match_json(db,
                 "Vi leder efter en løsning, der motiverer borgeren til at træne selv med påmindelser "
                 "og enkle videoer. Den skal kunne bruges af borgere over 80, der ikke er vant til "
                 "smartphones.",
                 20);
  CHECK(training["need"]["ruled_out"] == nlohmann::json::array({"smartphone"}));
  CHECK(solution(training, "sol-physitrack-physiapp")["conflicts"].empty());
  // A smartphone is a kind of mobile phone; a senior phone asked for instead is none.
  const auto senior = match_json(db,
                                 "Hun kan ikke betjene sin smartphone med kolde fingre. Det, hun har brug for, er en "
                                 "enkel mobil med store taster, hvor ét tryk på en knap ringer til mig.",
                                 20);
  CHECK(senior["need"]["ruled_out"] == nlohmann::json::array({"smartphone"}));
  CHECK(senior["solutions"][0]["id"] == "sol-doro-senior-phones");
  CHECK(senior["solutions"][0]["conflicts"].empty());
}

TEST_CASE("a false friend is read in its own language: Norwegian badet is the bathroom, Danish skinner no skin",
          "[corpora]") {
  const std::string db = shipped_index();
  // The aspects of `need` by label; the need must be read in `lang`.
  const auto aspects_in = [&](const std::string& lang, const std::string& need) {
    std::map<std::string, nlohmann::json> by_label;
    const auto match = match_json(db, need, 1);
    CHECK(match["need"]["lang"] == lang);
    for (const auto& aspect : match["need"]["aspects"]) by_label[aspect["label"].get<std::string>()] = aspect;
    return by_label;
  };
  // Norwegian "badet" is the bathroom, a room of the house: the stairlift is what is asked.
  const auto norwegian = aspects_in(
      "nb",
      "Mange eldre bor i gamle hus der badet og soverommet ligger i andre etasje, og de tør ikke lenger gå i "
      "trappen. Vi ser etter et sete som kjører dem opp og ned trappen.");
  CHECK(norwegian.count("badning") == 0);
  REQUIRE(norwegian.count("badeværelse") == 1);
  CHECK(norwegian.at("badeværelse")["role"] == "where");
  CHECK(norwegian.at("badeværelse")["essential"] == false);
  check_label_readings(
      db,
      {
          // Danish "badet" is the bath.
          {"da",
           "Vores hjemmepleje bruger lang tid på badet hos borgere, der ikke selv kan stå op. Vi søger et "
           "hjælpemiddel, "
           "så borgeren kan sidde sikkert under badet.",
           {"badning"},
           {"badeværelse"}},
          // Danish "skinner" (rails) stems as English "skin" does: the ceiling's rails are no skin.
          {"da",
           "Der er skinner i loftet mellem seng og badeværelse, men liften kan kun løfte 200 kilo. Vi skal bruge en "
           "loftslift, der kan løfte en beboer på 240 kilo.",
           {"loftlift"},
           {"hud"}},
          {"en",
           "Residents who sit all day get red skin on their heels. We need something that protects the skin at night.",
           {"hud"},
           {}},
          // Danish "indlæg" (a pad) stems as "indlæggelse" (a hospital stay) does: read as
          // written, it is an incontinence product; "indlægges" is still a stay.
          {"da",
           "Vi skal have et nyt sortiment til plejecentrene, fra små indlæg til natbleer. Vi søger en leverandør af "
           "inkontinensprodukter.",
           {"ble"},
           {"indlæggelse"}},
          {"da",
           "Mange ældre indlægges med lungebetændelse. Vi søger noget, der opdager det tidligt, så indlæggelser "
           "undgås.",
           {"indlæggelse"},
           {}},
          // Norwegian "distriktene" are the rural districts; Danish "distrikter" are a home
          // care's districts, wherever they lie.
          {"nb",
           "Mange eldre i distriktene bor langt fra sykehjemmet og trenger hjelp til å handle.",
           {"landdistrikter"},
           {}},
          {"da",
           "Vi vil fordele terapeuttimerne til de distrikter i hjemmeplejen, hvor de gør mest gavn.",
           {},
           {"landdistrikter"}},
          // A Nordic "ventil" is a valve; English "ventilator" stems as it does.
          {"nb",
           "I tillegg vil vi at vannet til leiligheten skal stenges av en ventil med en gang føleren merker vann.",
           {"vandventil"},
           {"respirator"}},
          {"en", "Several of the residents in our homes use a ventilator at night.", {"respirator"}, {"vandventil"}},
          // A parent who drinks drinks alcohol; a resident who drinks too little is dehydrated.
          {"da", "Børnene vokser op med en far eller mor, som drikker hver dag.", {"misbrug"}, {"dehydrering"}},
          {"da", "Beboerne drikker for lidt om eftermiddagen.", {"dehydrering"}, {"misbrug"}},
          // Concepts no product of the market holds, which a need that asks for them lacks.
          {"da", "Over halvdelen plages af fantomsmerter efter amputationen.", {"fantomsmerter"}, {}},
          {"nb",
           "Vi ser hvert år noen ungdommer der skjevheten i ryggen blir oppdaget for sent, og vi vil gjøre noe med "
           "det.",
           {"skoliose"},
           {}},
          {"da", "Vi vil gerne have en sensor, der opdager urinlugt i boligen.", {"lugtsensor"}, {}},
          // Leaving a chair is not leaving the bed; pointing at pictures is communication.
          {"sv",
           "Vi vill ha något i rummet som larmar personalen så fort den boende lämnar stolen.",
           {"stolealarm"},
           {"sengealarm"}},
          {"da",
           "Borgeren peger på billeder på en tablet, når hun vil sige noget.",
           {"alternativ og supplerende kommunikation"},
           {}},
          // Fear of falling is a wish to feel safe, not a fall to detect; guiding someone step by
          // step is cognitive support.
          {"da", "Mange beboere går for lidt, fordi de er bange for at falde.", {"tryghed"}, {"fald"}},
          {"da", "Borgerne kan selv klæde sig på, hvis nogen guider dem skridt for skridt.", {"kognitiv støtte"}, {}},
          // A "griber" is a reacher; to grasp ("gribe") is what a hand does.
          {"da", "Han bruger en griber til at samle ting op fra gulvet.", {"gribetang"}, {}},
          {"da", "Borgerne skal træne at gribe og slippe en bold efter en blodprop.", {}, {"gribetang"}},
          // Losing weight on a weight-management course is no malnutrition; unplanned weight loss is.
          {"en", "Participants on our weight-management course must lose weight before knee surgery.", {},
           {"underernæring"}},
          {"da", "Vi vil opdage uplanlagt vægttab hos hjemmeboende ældre.", {"underernæring"}, {}},
          // Drinking or smoking is substance abuse, not fluid intake.
          {"da", "Alle deres gamle venner drikker eller ryger stadig.", {"misbrug"}, {"dehydrering"}},
          // A Norwegian prosthetic knee.
          {"nb", "Vi trenger et protesekne til en mann med lårbensamputasjon.", {"protese", "amputation"}, {}},
      });
}

TEST_CASE(
    "pull-up pants are a kind of incontinence product, recycling is a demand no record covers, and a product is "
    "bought when the market covers what it misses",
    "[corpora]") {
  const std::string db = shipped_index();
  const auto match = [&](const std::string& need) { return match_json(db, need, 5); };
  // Residents who manage the toilet want products worn as ordinary underwear: the pull-ups.
  const auto pants = match(
      "Beboerne kan selv klare toiletbesøget, men tapebleerne kan de ikke selv tage af og på. "
      "Vi søger inkontinensprodukter, der tages på og af som almindelige underbukser.");
  CHECK(aspect_labels(pants).count("buksble") == 1);
  // The products listed first are pull-ups or ranges that hold them, not a continence
  // assessment or tape products.
  REQUIRE(pants["solutions"].size() == 5);
  for (const auto& solution : pants["solutions"]) {
    INFO(solution["id"]);
    const auto& covered = solution["covered"];
    CHECK(std::find(covered.begin(), covered.end(), "buksble") != covered.end());
  }
  // A demand that the supplier recycles the used products is one no product meets: the
  // incontinence range alone is no buy.
  const auto recycled = match(
      "Vores kontrakt på inkontinensprodukter udløber, og vi skal have et nyt sortiment af "
      "bleer til plejecentrene. Vi vil stille krav om, at leverandøren afhenter de brugte "
      "produkter og sørger for, at materialerne bliver genanvendt.");
  CHECK(aspect_labels(recycled).count("genanvendelse") == 1);
  CHECK(recycled["verdict"]["decision"] != "buy");
  CHECK(recycled["uncovered"].dump().find("genanvendelse") != std::string::npos);
  // Interactive light games on a table for adults with learning disabilities: the table
  // covers the core and what the request names but under half of the need's words; the
  // rest of the market covers what it misses (flag_buys_the_market_completes).
  const auto table = match(
      "I vores dagtilbud for voksne med udviklingshæmning har brugerne meget forskellige funktionsniveauer. "
      "Nogle har intet talesprog og sidder det meste af dagen passivt i stolen, andre har brug for at komme mere "
      "i bevægelse. Vi leder efter en fælles aktivitet, som flere kan samles om ved et almindeligt bord, hvor der "
      "bliver kastet interaktive lysspil ned på bordpladen, som brugerne kan røre ved og reagere på med hænderne. "
      "Spillene skal være lavet til mennesker med udviklingshæmning i forskellige grader og give leg, bevægelse og "
      "samspil mellem brugerne og med personalet.");
  CHECK(table["uncovered"].empty());
  CHECK(table["verdict"]["decision"] == "buy");
  REQUIRE_FALSE(table["solutions"].empty());
  CHECK(table["solutions"][0]["id"] == "sol-tover-tovertafel-up");
  CHECK(table["solutions"][0]["buy_instead"] == true);
}

TEST_CASE("ringing in the ears, suction of secretions and flushing the bowel find their concepts", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(db,
                       {
                           {"da", "Mange ældre med høreapparat plages af øresusen om natten.", {"tinnitus"}, {}},
                           {"en", "Some residents hear a ringing in the ears that keeps them awake.", {"tinnitus"}, {}},
                           {"da", "Om natten skal der suges slim fra kanylen flere gange.", {"sekretsugning"}, {}},
                           {"en", "The night helper does the airway suction by hand.", {"sekretsugning"}, {}},
                           {"da", "Hvilke systemer til at skylle tarmen findes til børn?", {"tarmskylning"}, {}},
                       });
}

TEST_CASE(
    "a requirement of whom the product must fit, said as a requirement or as what it must be, or of a function no "
    "record offers, withholds the buy",
    "[corpora]") {
  const std::string db = shipped_index();
  const auto match = [&](const std::string& need) { return match_json(db, need, 10); };
  // Leg exoskeletons for gait training exist for adults; a requirement that they fit
  // small children is a demand to raise in a market dialogue.
  const std::string gait =
      "Fysioterapeuterne i børneterapien vil gerne give børn med muskelsvind mere gangtræning. Vi vil gerne "
      "afprøve en robotdragt til benene, der reagerer på barnets egne signaler fra musklerne. ";
  const auto adults = match(gait + "Udstyret skal kunne bruges i vores træningssal.");
  const auto children = match(gait + "Men et afgørende krav er, at udstyret passer til børn ned til 110 cm.");
  REQUIRE_FALSE(children["solutions"].empty());
  CHECK(children["solutions"][0]["buy_instead"] == false);
  CHECK(children["verdict"]["decision"] == "dialogue");
  CHECK(adults["verdict"]["decision"] != "dialogue");
  // So does a sentence that says whom the product must be made for, with the product as its
  // subject and no "krav"; one about the staff's part says nothing of the product.
  const std::string coaching =
      "The health visitors see more children with obesity. We want an app where the family has a personal health "
      "coach who follows goals, food, exercise and weight and gives feedback. ";
  const auto for_children = match(coaching + "The app must be made for children and their parents.");
  const auto nurses_follow = match(coaching + "The nurses must be able to follow the children.");
  CHECK(for_children["verdict"]["decision"] == "dialogue");
  // "has to" says it as "must" does.
  CHECK(match(coaching + "It has to be made for children and their parents.")["verdict"]["decision"] == "dialogue");
  CHECK(nurses_follow["verdict"]["decision"] == "buy");
  const auto forloeb = match(
      "Sundhedsplejen ser flere børn med overvægt. Vi vil supplere vores familieforløb med en app, hvor familien har "
      "en fast sundhedsfaglig coach, der følger mål, mad, bevægelse og vægt. Forløbet skal være lavet til, at "
      "forældre og børn bruger det sammen.");
  CHECK(forloeb["verdict"]["decision"] == "dialogue");
  // A locked dispenser that releases the dose on the citizen's fingerprint: dispensers
  // exist, the fingerprint reader does not.
  const auto dispenser = match(
      "Our home nurses see citizens who take too many of their strong painkillers and sleeping pills. We want a "
      "locked dispenser that the nurse fills, which beeps when a dose is due and tells home care when a dose is "
      "missed. The one requirement is that the dose is only released when the citizen puts a finger on a "
      "fingerprint reader.");
  CHECK(aspect_labels(dispenser).count("smerter") == 0);
  CHECK(dispenser["uncovered"].dump().find("fingeraftryk") != std::string::npos);
  CHECK(dispenser["verdict"]["decision"] == "dialogue");
}

TEST_CASE(
    "everyday words find their concept (secure messages, breathing, grab bars, shower seats, handsets, logging, "
    "platform lifts, work chairs, electric cars, self-levelling cutlery, video links, fault reports, stock "
    "registers, chips, painkillers, fingerprints, at home, symbols), and lifting a child is no heavy lifting",
    "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {
          // Secure messages are a channel to talk in; a message given to staff is a notification.
          {"da",
           "Forældrene skal kunne skrive sikre beskeder til sundhedsplejersken og bestille tid på nettet.",
           {"chat"},
           {"notifikation"}},
          {"da",
           "Vi vil have en sensor, der giver besked til personalet, når beboeren rejser sig.",
           {"notifikation"},
           {"chat"}},
          {"en", "Patients should reach the nurse by secure messaging between visits.", {"chat"}, {}},
          // Breathing, as carers say it.
          {"da",
           "Nattevagten skal kunne se, at beboeren trækker vejret roligt, uden at gå ind på stuen.",
           {"vejrtrækning"},
           {}},
          // Grab bars called "greb", and a seat fixed in the shower.
          {"da",
           "Vi ønsker faste greb ved toilettet, som kan slås op, og et sæde i bruseren, der sidder på væggen.",
           {"støttegreb", "badestol"},
           {}},
          // Lifting a baby out of a cot is no heavy lifting at work; lifting as a strain is.
          {"da", "Hun skal kunne løfte barnet op af sengen fra sin kørestol.", {}, {"tunge løft"}},
          {"da", "Personalet får ondt i ryggen af de tunge løft ved sengen.", {"tunge løft"}, {}},
          // Alarms routed to a carer's handset and logged.
          {"en",
           "All alarms should go to the carer's handset, and every response should be logged.",
           {"mobiltelefon", "dokumentation"},
           {}},
          // Tablets to crush are pills in Danish; a tablet to video-call on is a device.
          {"da", "Plejepersonalet knuser tabletter til beboere, der ikke kan synke dem hele.", {"medicin"}, {"tablet"}},
          {"da", "Borgeren skal kunne ringe op fra en tablet.", {"tablet"}, {}},
          // A power wheelchair said the Swedish way.
          {"sv", "Hon behöver en eldriven stol där hon själv kan tippa bakåt och vila.", {"elkørestol"}, {}},
          // Cannabis and the field of substance use are the abuse it treats.
          {"da", "Vores ungeindsats på rusmiddelområdet behandler unge, der ryger hash.", {"misbrug"}, {}},
          // A lift for a wheelchair between two floors where no elevator fits.
          {"da",
           "Vi søger en løsning, der sikkert kan bringe en person i kørestol op og ned mellem de to etager.",
           {"platformslift"},
           {}},
          {"en", "The library needs a platform lift for wheelchair users.", {"platformslift"}, {}},
          // An electric chair for indoor use is a work chair, not a wheelchair.
          {"da", "Ergoterapeuten leder efter en elektrisk stol til indendørs brug.", {"arbejdsstol"}, {}},
          // The home-care fleet going electric, and its chargers.
          {"da", "Alle biler skal være elbiler, og vi har 40 ladestandere fordelt på distrikterne.", {"elbil"}, {}},
          {"sv", "Hemtjänstens bilar ska laddas vid laddstolpar på natten.", {"elbil"}, {}},
          // A handle that keeps the spoon level whatever the wrist does.
          {"sv", "Vi söker ett handtag som håller skeden vågrätt oavsett hur handen står.", {"selvnivellerende"}, {}},
          // A live video link between two places.
          {"da", "Det er et krav, at der er videoforbindelse mellem cyklerne.", {"videoopkald"}, {}},
          // A device that reports its own faults to building management.
          {"da", "Toilettet skal selv melde fejl til kommunens CTS-anlæg.", {"fejlmelding"}, {}},
          // A stock register of controlled drugs.
          {"da", "Vi mangler et digitalt lagerregnskab for euforiserende stoffer.", {"lagerstyring"}, {}},
          // A chip in each sling that the lift reads.
          {"da", "Hvert sejl skal have en indbygget chip, som liften læser.", {"rfid"}, {}},
          // Painkillers and sleeping pills are medicine to dispense, not pain or sleep.
          {"en",
           "They get strong painkillers and sleeping pills that the nurse fills into a box.",
           {"medicin"},
           {"smerter", "søvn"}},
          {"da", "Sygeplejersken doserer smertestillende og sovepiller hver mandag.", {"medicin"}, {"smerter", "søvn"}},
          // A fingerprint reader, which no record offers: a demand the market lacks.
          {"en",
           "The dose is only released when the citizen puts a finger on a fingerprint reader.",
           {"fingeraftryk"},
           {}},
          // At home, said in any of the languages, is the own-home setting.
          {"en", "The aid must be usable in the clinic and at home.", {"eget hjem"}, {}},
          {"da", "Mange borgere vil gerne blive hjemme længst muligt.", {"eget hjem"}, {}},
          // Symbols, in English, are pictograms.
          {"en", "Staff make the signs and menus with symbols next to the words.", {"piktogram"}, {}},
      });
}

TEST_CASE(
    "barcodes, mouth care in Norwegian and a product that can be cleaned find their concepts, and a name "
    "and a Norwegian doctor are no concept",
    "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {
          // Scanning the barcode on a package, which no record offers.
          {"da", "Borgeren skal kunne scanne stregkoden på pakningen med telefonen.", {"stregkode"}, {}},
          {"en", "Staff should scan the barcode on each box before giving the dose.", {"stregkode"}, {}},
          // Brushing teeth and cleaning dentures, as Norwegian care staff say it.
          {"nb", "Munnstellet og tannpussen blir ofte hoppet over hos beboere med demens.", {"mundpleje"}, {}},
          // That a product can be cleaned is a demand on it, not household cleaning.
          {"da", "Vi søger en stol til badet. Den skal kunne rengøres diskret.", {"rengøringsvenlig"}, {"rengøring"}},
          {"da", "Vi søger hjælp til rengøring i hjemmet hos ældre borgere.", {"rengøring"}, {"rengøringsvenlig"}},
          // A woman called Lis is no licence (Norwegian "lisens" stems to "lis"), and the doctor
          // ("legen") no prosthetic leg.
          {"da", "Vi har en borger, Lis på 79 med demens, der ringer meget om natten.", {}, {"prismodel"}},
          {"nb", "Vi trenger en lisens for hele kommunen, og prisen må være fast hvert år.", {"prismodel"}, {}},
          {"nb",
           "Legen mente at dårlig munnhygiene kunne ha spilt inn, og vi trenger hjelp med tannpussen hos beboerne.",
           {"mundpleje"},
           {"legen", "protese"}},
          // Washing and drying one's feet is no shower toilet, which washes and dries too.
          {"da", "Borgeren skal selv kunne vaske og tørre sine fødder uden at bøje sig.", {}, {"vasketoilet"}},
          {"da",
           "Vi søger et toilet, der skyller og tørrer, til borgere med nedsat håndfunktion.",
           {"vasketoilet"},
           {}},
          // Swedish "sparas" is stored, not saved money; positioning and safe zones are location.
          {"sv", "Leverantören bestämmer hur länge positionsuppgifterna sparas.", {}, {"besparelse"}},
          {"sv", "Kommunen vill spara pengar på larmen och behöver ett billigare avtal.", {"besparelse"}, {}},
          {"sv", "Larmet ska ha positionering utomhus och säkra zoner.", {"gps"}, {}},
          // A chemotherapy's cycles are no bicycle (English "cycles" stems as "cycling" does).
          {"en", "Citizens get chemotherapy at the hospital and live at home between cycles.", {}, {"cykel"}},
          {"en", "We want a cycling trip for residents who cannot ride a bike themselves.", {"cykel"}, {}},
          // A Danish need's AMR is the work-environment representative, an English one's a robot.
          {"da", "AMR har skrevet til ledelsen om de tunge løft på bostedet.", {}, {"logistikrobot"}},
          {"en", "We want an AMR that takes the linen trolleys to the basement.", {"logistikrobot"}, {}},
      });
}

TEST_CASE("a water leak in Norwegian, Swedish and English finds the water alarm", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"nb",
               "Vi har hatt tre vannlekkasjer i omsorgsboligene våre, og nå krever boligselskapet at vi gjør noe.",
               {"vandalarm"},
               {}},
              {"sv", "En vattenläcka i badrummet har skadat lägenheten under.", {"vandalarm"}, {}},
              {"en", "We want flood detectors by the washing machines.", {"vandalarm"}, {}},
          });
}

TEST_CASE("rating forms in Swedish and Norwegian are questionnaires", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"sv", "Brukarna fyller digitalt i validerade skattningsformulär om livskvalitet.", {"spørgeskema"}, {}},
              {"nb",
               "Vi ønsker at brukerne fyller ut et kartleggingsskjema hjemme før samtalen med oss, slik at vi ser "
               "utviklingen.",
               {"spørgeskema"},
               {}},
          });
}

TEST_CASE("a physiotherapist who proposed something kept no log", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(db, {
                               {"da",
                                "Min fysioterapeut foreslog en elektrisk stol, som kan hæve mig op.",
                                {"arbejdsstol", "fysioterapeut"},
                                {"dokumentation"}},
                               {"da", "Nattevagten fører en søvnlog for hver beboer.", {"dokumentation"}, {}},
                           });
}

TEST_CASE("words that share a concept's stem but not its meaning name no concept", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              // The forearm burnt is no forearm support; resting on the forearms is.
              {"da",
               "Harald har forbrændinger på højre hånd og underarm og glemmer gryderne på komfuret.",
               {},
               {"underarmsstøtte"}},
              {"da", "Han vil gerne hvile underarmene på rollatoren, når han går.", {"underarmsstøtte"}, {}},
              // Swedish "tvättar henne" washes her; laundry is clothes washed.
              {"sv",
               "Hemtjänsten tvättar henne i sängen två gånger i veckan, och hon längtar efter att duscha.",
               {},
               {"tøjvask"}},
              // "Lone" is a Danish first name; "lonely" is read in English texts only.
              {"da", "Lone er 61 år og bor med sin mand i et rækkehus. Hun har fået en ny knæled.", {}, {"ensomhed"}},
              {"en", "Since her husband died she has been very lonely in the evenings.", {"ensomhed"}, {}},
              // A room's ventilation shares the English stem of a ventilator; arriving wound
              // up is being tense, not wounded.
              {"en",
               "The exams are in the sports hall with the ventilation humming, and she arrives wound up.",
               {},
               {"respirator", "sår"}},
              {"en", "He sleeps on a ventilator at night and has a wound on his heel.", {"respirator", "sår"}, {}},
              // Swedish "slinga" is a loop or a trail; its stem is that of a lifting sling.
              {"sv", "Vi har gjort i ordning en tillgänglig slinga på 1,2 km med sju stationer.", {}, {"løftesejl"}},
              {"en", "The carers need a new sling for the ceiling hoist.", {"løftesejl"}, {}},
              // The grip of a hand ("kraft i grebet") is no grab bar's grip.
              {"da", "Hun ønsker noget på hånden, som giver ekstra kraft i grebet.", {"håndfunktion"}, {"støttegreb"}},
              {"da", "Vi vil have en alarmknap bygget ind i grebet ved toilettet.", {"støttegreb"}, {}},
              // Stockings on a care unit are compression stockings; read as written, since the
              // English stem of "stockings" is that of a stock of goods.
              {"en", "We need an aid that makes the stocking slip over the heel.", {"kompressionsstrømper"}, {}},
              {"en", "The stockings are hard to pull off at night.", {"kompressionsstrømper"}, {}},
              {"en", "The pharmacy keeps a stock of dressings for us.", {}, {"kompressionsstrømper"}},
          });
}

TEST_CASE("granting or prescribing an aid is casework, not what the aid must do", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"sv",
               "Hon vill ha påminnelser i mobilen. Finns det något vi kan förskriva före jul?",
               {"påmindelse"},
               {"förskriva"}},
              {"da", "Kan vi bevilge en loftlift til borgeren, så hun kan komme i seng?", {"loftlift"}, {"bevilge"}},
              {"nb", "Vi trenger en personløfter som vi kan bevilge raskt.", {}, {"bevilge"}},
              // nor is a negative pronoun what it must do
              {"sv", "Hon har inga stödstrumpor och inget skohorn.", {}, {"inga", "inget"}},
              {"da", "Der er ingen, der hjælper hende med strømperne.", {}, {"ingen"}},
          });
}

TEST_CASE("a hypermobile girl has no phone, riding the stairs is a stairlift, a bike path no bike", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {
          {"da",
           "Notat efter hjemmebesøg: Freja, 15 år, hypermobil Ehlers-Danlos.",
           {"hypermobilitet"},
           {"mobiltelefon"}},
          {"da", "Hun skal kunne sidde ned og køre op og ned ad trappen selv.", {"trappelift"}, {"højdejusterbar"}},
          {"da", "Bordet skal kunne køres op og ned, så hun kan sidde ved det.", {"højdejusterbar"}, {"trappelift"}},
          // a bike path is where a scooter is driven, not a bicycle
          {"en", "She needs something electric to drive on pavements and bike paths.", {"cykelsti"}, {"cykel"}},
          {"da", "Vi søger en cykel til beboerne.", {"cykel"}, {"cykelsti"}},
      });
}

TEST_CASE("treatment from home on the computer is online therapy", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"da",
               "Hun spørger, om man kan få behandling hjemmefra på computeren i sit eget tempo.",
               {"telepsykiatri"},
               {}},
              {"sv", "Kan han få behandling på datorn i stället för på mottagningen?", {"telepsykiatri"}, {}},
          });
}

TEST_CASE(
    "a wheelchair's tilt and seat lift, a hygiene chair and pressure on the body are read, attracting and inför are "
    "not",
    "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {
          {"sv",
           "Hon behöver en eldriven stol där hon själv kan tippa bakåt och vila, och höja sitsen så att hon når "
           "köksbänken.",
           {"sædetilt", "sædeløft"},
           {}},
          {"da", "Vi vil tiltrække både beboere og medarbejdere med en ny sengealarm.", {"sengealarm"}, {"sædetilt"}},
          // Pressure on the body, and sitting enclosed, is what a ball blanket or chair gives.
          {"da",
           "Hun har det bedst, når hun mærker tryk på kroppen, og skal have en stol, hvor hun sidder omsluttet.",
           {"kugledyne"},
           {}},
          // Danish "larm" is noise, Swedish "larm" an alarm; "hallen" is a hall, no HAL exoskeleton.
          {"da", "Hun skal kunne bruge den, også når der er larm i klassen eller i hallen.", {}, {"alarm", "hallen"}},
          {"sv", "Vi vill ha ett larm när hon går ut på natten.", {"alarm"}, {}},
          // The social supervisory authority asks; it is no supervision.
          {"da", "Socialtilsynet har bedt os se på en sengealarm.", {"sengealarm"}, {"tilsyn"}},
          // The bed's edge one is moved to is no bed alarm; sitting up on it at night is one.
          {"da", "Én medarbejder skal kunne flytte hende fra kørestolen til sengekanten.", {}, {"sengealarm"}},
          {"da", "Vi vil gerne have besked, når borgeren sidder på sengekanten om natten.", {"sengealarm"}, {}},
          // A hygiene chair is a shower-commode chair.
          {"en", "We need a powered hygiene chair for residents who cannot stand.", {"toiletstol"}, {}},
          // Swedish "inför" (ahead of) is no implementation.
          {"sv",
           "Hon behöver ett hjälpmedel som läser upp det hon skriver. Kan du ta fram några alternativ inför "
           "förskrivningen nästa vecka?",
           {"talesyntese"},
           {"implementering"}},
      });
}

TEST_CASE("the tool's own name is no radar sensor", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              {"da", "Kan du kigge i markedsradaren efter en loftlift til plejecentret?", {"loftlift"}, {"radar"}},
              {"da", "Vi søger en radarsensor, der opdager fald i boligen uden kamera.", {"radar"}, {}},
          });
}

TEST_CASE("what citizens and staff call a product in their own words reads as its concept", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db, {
              // becoming more active is physical activity
              {"da", "Vi vil måle en uge før operationen og se, om han bliver mere aktiv.", {"fysisk aktivitet"}, {}},
              {"en", "We want to see whether she becomes more active after the operation.", {"fysisk aktivitet"}, {}},
              // a motor put on one's own wheelchair is an add-on drive
              {"en", "What I'd like is a small motor that clips onto my own chair for the hills.", {"hjælpemotor"}, {}},
              {"da", "Hun ønsker en motor til kørestolen, så hun selv kan køre op ad bakken.", {"hjælpemotor"}, {}},
              // a speech app is a communication aid
              {"da",
               "Talepædagogen anbefaler en taleapp med symboler på hendes iPad, så hun kan lave korte sætninger.",
               {"alternativ og supplerende kommunikation"},
               {}},
              // steps that turn into a lift are a platform lift
              {"en",
               "We need something that works like the two steps, but that she can turn into a lift with a button.",
               {"platformslift"},
               {}},
              {"da",
               "Trappen skal fortsat være en trappe, men den skal kunne omdannes til en lift.",
               {"platformslift"},
               {}},
              // a good grip in the hands is hand function, no grab bar
              {"da",
               "Han har fint greb i hænderne, men kan ikke bøje sig frem til strømperne.",
               {"håndfunktion"},
               {"støttegreb"}},
              // feeding someone is eating
              {"sv", "Nu matar jag honom, eller personalen när de hinner, och han hatar det.", {"spisning"}, {"matar"}},
              {"da", "Personalet mader ham til hvert måltid, og det vil han ikke mere.", {"spisning"}, {}},
              // a call made on video is a video call; a film on video is not
              {"da", "Vi vil gerne kunne ringe ham på video fra mobilen om aftenen.", {"videoopkald"}, {}},
              {"nb",
               "Faren min bor alene. Vi ønsker oss noe slik at vi kan ringe ham på video fra mobilen.",
               {"videoopkald"},
               {}},
              {"sv", "Dottern vill kunna ringa henne på video från jobbet.", {"videoopkald"}, {}},
              {"da", "Borgeren skal kunne tale med os på video, når hun har spørgsmål.", {"videoopkald"}, {}},
              {"da", "Fysioterapeuten har optaget øvelserne på video, så hun kan se dem igen.", {}, {"videoopkald"}},
          });
}

TEST_CASE("a letter's story words are no aspect, and a licence is how a product is bought", "[corpora]") {
  const std::string db = shipped_index();
  check_label_readings(
      db,
      {
          // reminding him, her or them is a reminder, in every language
          {"da",
           "Vi søger noget, der kan minde ham om at spise frokost, når hjemmeplejen er gået.",
           {"påmindelse"},
           {}},
          {"en", "Is there something that reminds her to drink water in the afternoon?", {"påmindelse"}, {}},
          {"sv", "Vi söker något som kan påminna honom om att äta lunch när hemtjänsten har gått.", {"påmindelse"}, {}},
          {"nb",
           "Vi ønsker noe som kan minne henne på å spise lunsj når hjemmetjenesten har gått.",
           {"påmindelse"},
           {}},
          // Swedish "buller" is noise in Swedish only: a Danish belly that bulges (buler) makes none
          {"da", "Vi skal bruge stomiplader med en klæber, der følger med, når maven buler.", {}, {"støj"}},
          {"sv", "Det är mycket buller i korridoren på natten, och de boende vaknar.", {"støj"}, {}},
          // something that sits in the classroom in a sick pupil's place is telepresence
          {"en",
           "Is there something that sits in the classroom in his place, so he can see and hear the lesson from his "
           "bed?",
           {"telepræsens"},
           {}},
          // the market asked about is what is screened, no aspect
          {"da", "Vi vil gerne vide, hvad der findes på markedet af sengealarmer.", {"sengealarm"}, {"markedet"}},
          {"nb", "Vi vil gjerne vite hva som finnes på markedet av sengealarmer.", {"sengealarm"}, {"markedet"}},
          {"sv", "Vi vill veta vad som finns på marknaden av sängvakter och sänglarm.", {}, {"marknaden"}},
          {"en", "We would like to know what is on the market for bed sensors.", {}, {"market"}},
          // swapping shifts is a concept of its own, beside the roster
          {"da",
           "Medarbejderne skal selv kunne se planen på telefonen og bytte vagter med hinanden.",
           {"vagtbytte"},
           {}},
          {"en", "Our night staff want to swap shifts without calling the coordinator.", {"vagtbytte"}, {}},
          // a phone with big keys, or an old button phone, is a senior phone
          {"da",
           "Han vil gerne have en mobiltelefon med store taster og høj lyd, så han kan ringe til os.",
           {"seniortelefon"},
           {}},
          {"sv", "Några brukare har bara en gammal knapptelefon och vill inte ha en app.", {"seniortelefon"}, {}},
          {"en", "She refuses a smartphone and keeps her old feature phone in her handbag.", {"seniortelefon"}, {}},
          // a button on the wheelchair beside the phone is no senior phone
          {"sv", "Jag vill kunna öppna fönstren från mobilen eller med en knapp på rullstolen.", {}, {"seniortelefon"}},
          // one's own
          {"da", "Hun vil helst arbejde med behandlingen på sit eget værelse om aftenen.", {}, {"eget"}},
          {"nb", "Gutten har sitt eget rom og ikke noe eget nettbrett i barneboligen ennå.", {}, {"eget"}},
          {"sv", "Hon har ett eget rum och egna hjälpmedel på boendet.", {}, {"eget", "egna"}},
          // how much one lies, sits, stands and walks is the activity measured
          {"sv",
           "Vi vill under en vecka mäta hur mycket hon ligger, sitter, står och går över dygnet.",
           {"fysisk aktivitet"},
           {}},
          {"da", "Vi vil gerne måle, hvor meget han sidder, står og går i løbet af en uge.", {"fysisk aktivitet"}, {}},
          // an electric vehicle to sit on is a scooter; the Norwegian road (vei) weighs nothing
          {"nb",
           "Vi ønsker et elektrisk kjøretøy han kan sitte på og styre selv utendørs, slik at han kommer seg til "
           "butikken igjen. Butikken ligger langs en asfaltert vei med fortau, og han har ikke førerkort lenger.",
           {"el-scooter"},
           {"vægt"}},
          // a small electric vehicle to go shopping in is a mobility scooter, no electric car
          {"en",
           "My nurse suggested some kind of small electric vehicle so I can do the shopping on my own again.",
           {"el-scooter"},
           {"elbil"}},
          // muscle cramps in the legs are a concept of their own, no epileptic seizure
          {"nb",
           "Flere beboere våkner av kraftige leggkramper flere netter i uken, og vi må inn og strekke beinet.",
           {"muskelkramper"},
           {"epilepsi"}},
          // a case is no casework: "Ärende:" heads a letter, as "Sak:" and Danish "Sag:"
          {"sv", "Ärende: vändhjälpmedel för Elsa, 7 år. Vi söker ett vändsystem.", {}, {"sagsbehandling", "ärende"}},
          {"nb",
           "Sak: rullestol til Ola (12 år). Vi trenger en lett rullestol som han kan kjøre selv på skolen, og det "
           "er viktig at saken blir løst før sommeren.",
           {},
           {"sak", "saken"}},
          // the ergonomist who writes is a person, no ergonomics
          {"da",
           "Videresendt fra jobcentrets ergonom. Hun vil gerne have en let rollator.",
           {"rollator", "ergonom"},
           {"ergonomi"}},
          // writing, moving and what matters tell the story
          {"en",
           "I am writing on behalf of my mother, who moved here last year. What matters to her is her tremor.",
           {"tremor"},
           {"writing", "moved", "matters"}},
          // a town hall is no exoskeleton (HAL)
          {"en",
           "I manage the facilities at the Town Hall, and we would like a lift for a councillor who uses a power "
           "wheelchair.",
           {},
           {"hall"}},
          // the integration programme of newcomers is no systems integration
          {"en",
           "I am on the integration programme at the language centre and need a programme that reads Danish text "
           "aloud.",
           {"etniske minoriteter"},
           {"integration"}},
          {"da",
           "Han er i integrationsprogrammet og skal have et program, der læser teksten højt.",
           {"etniske minoriteter"},
           {"integration"}},
      });
  // A licence or a price model is a why, as procurement is: no aspect a product must cover.
  const auto match = match_json(
      db, "Vi ønsker et værktøj, hvor rådgiverne selv kan lave breve med symboler. Vi har 40.000 kr. til licenser.", 5);
  bool found = false;
  for (const auto& aspect : match["need"]["aspects"]) {
    if (aspect["label"] != "prismodel") continue;
    found = true;
    CHECK(aspect["role"] == "why");
    CHECK(aspect["essential"] == false);
  }
  CHECK(found);
}
