// Concept terms (indexer/include/radar/concepts.h): which documents carry a concept's
// term, with what frequency, and how `radar-index language` keeps them in step with
// the stored thesaurus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/language_resources.h"
#include "radar/matcher.h"
#include "radar/schema.h"
#include "test_support.h"

using radar::ConceptTagger;
using radar::LanguageResources;
using radar::test::ids_with_term;
using radar::test::run_tool;
using radar::test::TempDir;

namespace {

constexpr const char* kThesaurus = R"(# what
fall alarm | faldalarm | fall alarm | fallalarm
fall | fald | fall
bed | seng | bed
sensor | sensor | sensorer
get up | rejse sig | get up
)";

LanguageResources resources(const std::string& thesaurus = kThesaurus) {
  LanguageResources loaded;
  radar::parse_thesaurus(thesaurus, loaded);
  loaded.stopwords["da"] = {"og", "op", "at", "løsning", "system"};
  loaded.stopword_texts["da"] = "og\nop\nat\nløsning\nsystem\n";
  return loaded;
}

Xapian::Document page(const std::string& text, const std::string& lang = "da") {
  radar::Record record;
  record.type = radar::RecordType::page;
  record.id = "https://example.org/p";
  record.data = {{"type", "page"}, {"id", record.id}, {"url", record.id}, {"lang", lang}, {"text", text}};
  return radar::schema::make_document(record);
}

// The concept terms the tagger gives `text`, by concept label.
std::map<std::string, Xapian::termcount> concepts_in(const std::string& text, const Xapian::Database* vocabulary = nullptr,
                                                     const std::string& lang = "da") {
  const LanguageResources loaded = resources();
  const ConceptTagger tagger(loaded);
  std::map<std::string, Xapian::termcount> found;
  for (const auto& [term, wdf] : tagger.concepts_of(page(text, lang), vocabulary)) {
    const std::size_t index = std::stoul(term.substr(std::string(radar::kConceptPrefix).size()));
    found[loaded.concepts.at(index).front()] = wdf;
  }
  return found;
}

// A tagger of `thesaurus` alone (no stop words).
ConceptTagger tagger_of(const std::string& thesaurus) {
  LanguageResources loaded;
  radar::parse_thesaurus(thesaurus, loaded);
  return ConceptTagger(loaded);
}

// Whether `tagger` gives a page of `text` in `lang` any concept.
bool tags_any(const ConceptTagger& tagger, const std::string& text, const std::string& lang) {
  return !tagger.concepts_of(page(text, lang), nullptr).empty();
}

// The message parse_thesaurus throws for `text`, or "no error".
std::string thesaurus_error(const std::string& text) {
  LanguageResources ignored;
  try {
    radar::parse_thesaurus(text, ignored);
  } catch (const radar::InputError& error) {
    return std::string(error.what());
  }
  return "no error";
}

}  // namespace

TEST_CASE("a document carries the concepts whose terms it contains, weighted by their frequency", "[concepts]") {
  const auto found = concepts_in("sensoren ved sengen. sensorer og sensor.");
  REQUIRE(found.count("sensor") == 1);
  // "sensor" x1 and "sensorer" x1 as written, and their stem "Zsensor" x3 (all three
  // words); "sensoren" as written is no term of the concept.
  CHECK(found.at("sensor") == 5);
  CHECK(found.count("bed") == 1);  // "sengen" has the stem of "seng"
  CHECK(concepts_in("Ingen af delene her.").empty());
}

TEST_CASE("a phrase term needs all its content words, stop words aside", "[concepts]") {
  CHECK(concepts_in("Borgeren vil rejse sig om natten").count("get up") == 1);
  CHECK(concepts_in("Borgeren vil rejse hjem").count("get up") == 0);
  CHECK(concepts_in("Residents get up at night", nullptr, "en").count("get up") == 1);
}

TEST_CASE("a compound that begins with a one-word term counts when the rest is a word", "[concepts]") {
  CHECK(concepts_in("Alarm ved sengekanten. Kanten er lav.").count("bed") == 1);  // seng + e + kanten
  CHECK(concepts_in("Alarm ved sengekanten.").count("bed") == 0);                 // "kanten" known nowhere
  TempDir dir;
  {
    Xapian::WritableDatabase vocabulary(dir.file("db"), Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("kanten");
    vocabulary.add_document(doc);
    vocabulary.commit();
  }
  const Xapian::Database vocabulary(dir.file("db"));
  CHECK(concepts_in("Alarm ved sengekanten.", &vocabulary).count("bed") == 1);
}

TEST_CASE("a compound that ends in a category word is what its first part is", "[concepts]") {
  // "løsning" and "system" are stop words of six bytes or more: the compound's ending
  // only says it is a product, as the matcher reads a need's compounds.
  CHECK(concepts_in("Et faldsystem til plejecentre.").count("fall") == 1);
  CHECK(concepts_in("En sengeløsning til plejecentre.").count("bed") == 1);  // seng + e + løsning
  CHECK(concepts_in("Sengeop i plejecentre.").count("bed") == 0);             // "op" is too short to say so
}

TEST_CASE("a one-word compound term also matches a document with its parts", "[concepts]") {
  // "faldalarm" is "fald" + "alarm"; only words of the thesaurus count as parts.
  const auto parts = concepts_in("Et fald udløser en alarm.");
  CHECK(parts.count("fall alarm") == 1);
  CHECK(concepts_in("Et fald udløser intet.").count("fall alarm") == 0);
}

TEST_CASE("an idiom built on a concept's word gives a page no concept, as it gives a need none", "[concepts]") {
  // "i hvert fald" (in any case) names no fall; a page that says so is no evidence for
  // fall detection. The matcher's analysis passes over the same words (radar/idioms.h).
  CHECK(concepts_in("Vi svarer i hvert fald inden for en uge.").count("fall") == 0);
  CHECK(concepts_in("I værste fald må borgeren vente.").count("fall") == 0);
  CHECK(concepts_in("Vi svarar i alla fall inom en vecka.", nullptr, "sv").count("fall") == 0);
  CHECK(concepts_in("She fell asleep in her bed.", nullptr, "en").count("fall") == 0);
  CHECK(concepts_in("After a fall she fell asleep in her bed.", nullptr, "en").count("fall") == 1);
  const auto document = page("Vi svarer i hvert fald inden for en uge.");
  CHECK(std::find(document.termlist_begin(), document.termlist_end(), "fald") == document.termlist_end());
  // Only the idiom: a fall the same page names is read.
  CHECK(concepts_in("I hvert fald opdager sensoren et fald.").at("fall") >= 1);
  // "falder i søvn" (falls asleep) passes over the verb only.
  CHECK(concepts_in("Borgeren falder i søvn i sengen.").count("fall") == 0);
  CHECK(concepts_in("Borgeren falder i søvn i sengen.").count("bed") == 1);
  CHECK(concepts_in("Borgeren falder ud af sengen.").count("fall") == 1);
}

TEST_CASE("the signature changes with the thesaurus and the stopwords", "[concepts]") {
  const auto base = radar::concepts_signature(resources());
  CHECK(base == radar::concepts_signature(resources()));
  CHECK(base != radar::concepts_signature(resources(std::string(kThesaurus) + "lift | lift\n")));
  LanguageResources other = resources();
  other.stopword_texts["da"] += "ved\n";
  CHECK(base != radar::concepts_signature(other));
}

TEST_CASE("radar-index writes concept terms and language rewrites them for a new thesaurus", "[concepts]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string first = dir.write("first.txt", "bed | seng | bed\n");
  REQUIRE(run_tool("radar-index", {"language", "--db", db, "--thesaurus", first}).exit_code == 0);
  const std::string records = dir.write(
      "records.jsonl",
      R"({"type":"organisation","id":"org-a","name":"A","org_type":"company","lang":"da","description":"Sensorer til sengen og lift."})"
      "\n");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, records}).exit_code == 0);
  const auto term_count = [&](const std::string& term) { return Xapian::Database(db).get_termfreq(term); };
  const auto marker = [&] { return Xapian::Database(db).get_metadata(radar::kConceptsKey); };
  LanguageResources stored = radar::read_language_resources(Xapian::Database(db));
  CHECK(marker() == radar::concepts_signature(stored));
  CHECK(term_count(radar::concept_term(0)) == 1);  // "sengen" holds the stem of "seng"

  // A new thesaurus renumbers the concepts: every document is tagged again.
  const std::string second = dir.write("second.txt", "sensor | sensor | sensorer\nlift | lift\n");
  const auto rewritten = run_tool("radar-index", {"language", "--db", db, "--thesaurus", second});
  REQUIRE(rewritten.exit_code == 0);
  CHECK(rewritten.err.find("concept terms of 1 documents rewritten") != std::string::npos);
  stored = radar::read_language_resources(Xapian::Database(db));
  CHECK(marker() == radar::concepts_signature(stored));
  CHECK(term_count(radar::concept_term(0)) == 1);  // now sensor
  CHECK(term_count(radar::concept_term(1)) == 1);  // lift
  // The same thesaurus again changes nothing.
  CHECK(run_tool("radar-index", {"language", "--db", db, "--thesaurus", second}).err.find("of 0 documents") !=
        std::string::npos);
}

namespace {

constexpr const char* kCompoundFirst =
    R"({"type":"organisation","id":"org-a","name":"A","org_type":"company","lang":"da","description":"Alarm ved sengekanten."})";
constexpr const char* kRestLater =
    R"({"type":"organisation","id":"org-b","name":"B","org_type":"company","lang":"da","description":"Kanten er lav og blød."})";

}  // namespace

TEST_CASE("concept terms do not depend on the order of the records, and ingesting them again changes nothing",
          "[concepts]") {
  // "sengekanten" is "seng" + "kanten" only if some document holds "kanten" as a word;
  // here only the record after it does.
  TempDir dir;
  const std::string thesaurus = dir.write("thesaurus.txt", "bed | seng | bed\n");
  const auto ingest = [&](const std::string& db, const std::string& file) {
    REQUIRE(run_tool("radar-index", {"ingest", "--db", db, file}).exit_code == 0);
  };
  const auto fresh_index = [&](const std::string& name) {
    std::string db = dir.file(name);
    REQUIRE(run_tool("radar-index", {"language", "--db", db, "--thesaurus", thesaurus}).exit_code == 0);
    return db;
  };
  const std::string compound_first = dir.write("a-b.jsonl", std::string(kCompoundFirst) + "\n" + kRestLater + "\n");
  const std::string rest_first = dir.write("b-a.jsonl", std::string(kRestLater) + "\n" + kCompoundFirst + "\n");
  const std::string bed = radar::concept_term(0);
  const std::vector<std::string> expected{"org-a"};

  const std::string in_order = fresh_index("in-order");
  ingest(in_order, compound_first);
  CHECK(ids_with_term(in_order, bed) == expected);
  const std::string reversed = fresh_index("reversed");
  ingest(reversed, rest_first);
  CHECK(ids_with_term(reversed, bed) == expected);
  ingest(in_order, compound_first);
  CHECK(ids_with_term(in_order, bed) == expected);

  // Records of one run that remove the rest again leave the compound untagged.
  const std::string replaced = fresh_index("replaced");
  const std::string rest_gone = dir.write(
      "gone.jsonl", std::string(kCompoundFirst) + "\n" + kRestLater + "\n" +
                        R"({"type":"organisation","id":"org-b","name":"B","org_type":"company","lang":"da","description":"Lav og blød."})" +
                        "\n");
  ingest(replaced, rest_gone);
  CHECK(ids_with_term(replaced, bed).empty());
}

TEST_CASE("a writer that remembers too many missing rests tags every document again instead", "[concepts]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string thesaurus = dir.write("thesaurus.txt", "bed | seng | bed\n");
  REQUIRE(run_tool("radar-index", {"language", "--db", db, "--thesaurus", thesaurus}).exit_code == 0);
  const auto record = [](const std::string& json_line) { return radar::validate_record(nlohmann::json::parse(json_line)); };
  for (const std::size_t limit : {std::size_t{0}, std::size_t{1000}}) {
    INFO("limit " << limit);
    radar::IndexWriter writer(db);
    writer.limit_absent_rests(limit);
    writer.put(record(kCompoundFirst));
    writer.put(record(kRestLater));
    CHECK(writer.settle_concepts() == 1);  // org-a, now that org-b holds "kanten"
    CHECK(writer.settle_concepts() == 0);  // settled
    writer.commit();
    CHECK(ids_with_term(db, radar::concept_term(0)) == std::vector<std::string>{"org-a"});
    writer.remove("org-a");
    writer.remove("org-b");
    writer.commit();
  }
}

TEST_CASE("a stem under three letters does not stand for its word", "[concepts]") {
  // The English stemmer cuts "aed" (a defibrillator) to "a", the stem of the "A" of every
  // "A/S": a stem that short is not used, the word is matched as written.
  CHECK_FALSE(radar::usable_stem("aed", "a"));
  CHECK_FALSE(radar::usable_stem("being", "be"));
  CHECK(radar::usable_stem("tv", "tv"));      // a short word is its own stem
  CHECK(radar::usable_stem("senge", "seng"));

  const ConceptTagger tagger = tagger_of("hjertestarter | defibrillator | aed | hjertestartere\n");
  const auto tagged = [&](const std::string& text, const std::string& lang) { return tags_any(tagger, text, lang); };
  CHECK_FALSE(tagged("Alfa A/S sælger sensorer til plejecentre.", "da"));
  CHECK_FALSE(tagged("Alfa A/S sells sensors to care homes.", "en"));
  CHECK(tagged("En AED hænger ved indgangen.", "da"));
  CHECK(tagged("An AED hangs by the entrance.", "en"));
  CHECK(tagged("Hjertestartere til plejecentre.", "da"));
}

TEST_CASE("a document's stems meet only the stems its own language's stemmer gives a term", "[concepts]") {
  // The Danish stemmer cuts "cane" (a walking stick) to "can", which is the English
  // stem of "can": every English record that said what its product can do carried the
  // walking-stick concept. A document is stemmed in its record's language, so its stems
  // are compared with the terms' stems by that stemmer alone.
  const ConceptTagger tagger = tagger_of("stok | stokke | cane | crutches\n");
  const auto tagged = [&](const std::string& text, const std::string& lang) { return tags_any(tagger, text, lang); };
  CHECK_FALSE(tagged("Staff can open the door with a smartphone.", "en"));
  CHECK(tagged("A cane with a light.", "en"));
  CHECK(tagged("Canes with a light.", "en"));      // English stem of "canes", "cane"
  CHECK(tagged("Stokken har et lys.", "da"));      // Danish stem of "stokken", "stok"
  CHECK(tagged("Borgeren går med stok.", "da"));
  // A language the tagger has no stemmer for meets terms as written only.
  CHECK(tagged("Der Stock ist aus Holz: stok.", "de"));
  CHECK_FALSE(tagged("Die Stöcke sind aus Holz.", "de"));
}

TEST_CASE("free-text terms are words and their stems, not field copies or boolean terms", "[concepts]") {
  for (const std::string term : {"vægt", "Zvægt", "2026", "ældre"}) CHECK(radar::schema::is_free_text_term(term));
  for (const std::string term : {"", "Z", "Svægt", "ZSvægt", "XBsensor", "ZXBsensor", "XZ12", "Qsol-a", "XTsolution"}) {
    CHECK_FALSE(radar::schema::is_free_text_term(term));
  }
}

TEST_CASE("thesaurus headings set each group's role, and means are what groups of their own kind", "[concepts]") {
  LanguageResources loaded;
  radar::parse_thesaurus("# where\nnat | natten\n# what\nstomi | stomipose\n# means\nsensor | sensorer\nrobot | robotter\n"
                         "# what\nbadning | badet\n# who\ndemens | demente\n",
                         loaded);
  REQUIRE(loaded.concepts.size() == 6);
  CHECK(loaded.concept_roles == std::vector<std::string>{"where", "what", "what", "what", "what", "who"});
  CHECK(loaded.concept_means == std::vector<bool>{false, false, true, true, false, false});
  // Files are stored joined by a "# groups" line: the second starts in `what`, not in the
  // first one's means.
  radar::parse_thesaurus("# means\napp | apps\n# groups\nlift | lifte\n", loaded);
  CHECK(loaded.concept_means == std::vector<bool>{false, false, true, true, false, false, true, false});
  CHECK(loaded.concept_roles.back() == "what");
}

TEST_CASE("a kinds section names a technology's kinds by their labels, and a bad line names its problem",
          "[concepts]") {
  LanguageResources loaded;
  radar::parse_thesaurus(
      "# means\nwearables | wearable\narmbånd | wristband\nsmartwatch | smartur\n"
      "# kinds\narmbånd > wearables\nsmartwatch > Wearables\narmbånd > wearables\n"
      "# compounds\nsmartur = smart + ur\n",
      loaded);
  REQUIRE(loaded.concepts.size() == 3);
  CHECK(loaded.kinds.size() == 1);
  CHECK(loaded.kinds.at(0) == std::vector<std::size_t>{1, 2});  // each kind once
  CHECK(loaded.compounds.count("smartur") == 1);                // a later heading ends the section
  const std::string groups = "wearables | wearable\narmbånd | wristband\n# kinds\n";
  CHECK(thesaurus_error(groups + "armbånd wearables\n") ==
        "thesaurus line 4: expected `kind > technology`, two concept labels");
  CHECK(thesaurus_error(groups + "armbånd > wearables > sensor\n") ==
        "thesaurus line 4: expected `kind > technology`, two concept labels");
  CHECK(thesaurus_error(groups + "halssmykke > wearables\n") ==
        "thesaurus line 4: `halssmykke` is no concept label defined above the line");
  CHECK(thesaurus_error(groups + "wearables > wearables\n") ==
        "thesaurus line 4: a line cannot relate a concept to itself");
}

TEST_CASE("a kind and a means used on a device cover it but only a kind is ruled out with it", "[concepts]") {
  LanguageResources loaded;
  radar::parse_thesaurus(
      "# means\nwearables | wearable\narmbånd | wristband\napp | apps\nmobiltelefon | telefon\n"
      "# kinds\narmbånd > wearables\n# used on\napp > mobiltelefon\napp > mobiltelefon\n",
      loaded);
  REQUIRE(loaded.concepts.size() == 4);
  CHECK(loaded.kinds == std::map<std::size_t, std::vector<std::size_t>>{{0, {1}}});
  CHECK(loaded.covered_by == std::map<std::size_t, std::vector<std::size_t>>{{0, {1}}, {3, {2}}});
  const std::string groups = "app | apps\nmobiltelefon | telefon\n# used on\n";
  CHECK(thesaurus_error(groups + "app mobiltelefon\n") ==
        "thesaurus line 4: expected `means > device`, two concept labels");
  CHECK(thesaurus_error(groups + "app > smartphone\n") ==
        "thesaurus line 4: `smartphone` is no concept label defined above the line");
}

TEST_CASE("a term scoped to a language is read only there, and there it wins", "[concepts]") {
  // Norwegian "bad" and "badet" are the bathroom; Danish and Swedish "badet" is the bath.
  LanguageResources loaded;
  radar::parse_thesaurus("badning | badet | bathing\nbadeværelse | bad [nb] | badet [NO] | bathroom\n", loaded);
  const ConceptTagger tagger(loaded);
  const auto labels = [&](const std::string& text, const std::string& lang) {
    std::vector<std::string> found;
    for (const auto& [term, wdf] : tagger.concepts_of(page(text, lang), nullptr)) {
      found.push_back(loaded.concepts.at(std::stoul(term.substr(std::string(radar::kConceptPrefix).size()))).front());
    }
    return found;
  };
  using Labels = std::vector<std::string>;
  CHECK(labels("Soverommet og badet ligger i andre etasje.", "nb") == Labels{"badeværelse"});
  CHECK(labels("To beboere deler et bad.", "nb") == Labels{"badeværelse"});
  // A scoped term is read as written: "bader" (bathes) shares the stem "bad" and is neither.
  CHECK(labels("Hun bader hver uke.", "nb").empty());
  CHECK(labels("Hjælp til badet om morgenen.", "da") == Labels{"badning"});
  CHECK(labels("Hjälp med badet.", "sv") == Labels{"badning"});
  CHECK(labels("Et bad om ugen.", "da") == Labels{"badning"});  // the Danish stem of "badet"
  // A language without a stemmer reads no scoped term, and the other terms as before.
  CHECK(labels("Badet.", "de") == Labels{"badning"});
  CHECK(labels("A bad day in the bathroom.", "en") == Labels{"badeværelse"});
}

TEST_CASE("a language scope is parsed, and a malformed one names its line", "[concepts]") {
  LanguageResources loaded;
  radar::parse_thesaurus("# what\nbadeværelse | bathroom | bad [nb] | badet [no da]\n", loaded);
  REQUIRE(loaded.concepts.size() == 1);
  CHECK(loaded.concepts[0] == std::vector<std::string>{"badeværelse", "bathroom", "bad", "badet"});
  CHECK(loaded.term_languages.at({0, 2}) == std::set<std::string>{"nb"});
  CHECK(loaded.term_languages.at({0, 3}) == std::set<std::string>{"da", "nb"});
  CHECK(loaded.term_languages.count({0, 1}) == 0);
  CHECK_FALSE(radar::term_scope(loaded, 0, 1).has_value());
  CHECK(radar::term_scope(loaded, 0, 3) == (radar::language_bit("da") | radar::language_bit("nb")));
  // A label may be scoped too: it names the aspect in every language, and is read in its own.
  LanguageResources labelled;
  radar::parse_thesaurus("# what\nble [da] | bleer | diaper\n", labelled);
  CHECK(labelled.concepts[0].front() == "ble");
  CHECK(radar::term_scope(labelled, 0, 0) == radar::language_bit("da"));
  // ... so a Norwegian record's "ble" (was) is no diaper, a Danish record's is.
  const ConceptTagger tagger(labelled);
  CHECK(tagger.concepts_of(page("Utstyret ble stående i boden.", "nb"), nullptr).empty());
  CHECK(tagger.concepts_of(page("En ble med sensor til natten.", "da"), nullptr).size() == 1);
  CHECK(thesaurus_error("# what\nx | y\nbad | bath [de]\n") ==
        "thesaurus line 3: unknown language `de` in `bath [de]` (use da, sv, nb or en)");
  CHECK(thesaurus_error("bad | bath []\n") == "thesaurus line 1: an empty language scope in `bath []`");
  CHECK(thesaurus_error("bad | hot bath [en]\n") ==
        "thesaurus line 1: a language scope is for one-word terms, not `hot bath [en]`");
  CHECK(thesaurus_error("bad | wet-room [en]\n") ==
        "thesaurus line 1: a language scope is for one-word terms, not `wet-room [en]`");
  CHECK(thesaurus_error("bad | [nb]\n") == "thesaurus line 1: a language scope is for one-word terms, not `[nb]`");
  CHECK(thesaurus_error("bad | ba[nb]th\n") ==
        "thesaurus line 1: a language scope must end the term, as in `bad [nb]`; found `ba[nb]th`");
  CHECK(thesaurus_error("bad | bath nb]\n") ==
        "thesaurus line 1: a language scope must end the term, as in `bad [nb]`; found `bath nb]`");
}

TEST_CASE("a term scoped to every language is read as written in each, and its stems say no concept", "[concepts]") {
  // The Swedish and Norwegian stemmers take "radar" to "rad" (a row): "några rader", "på rad".
  LanguageResources loaded;
  radar::parse_thesaurus("# what\nradar [da sv nb en] | radaren [da sv nb] | radarsensor\n", loaded);
  REQUIRE(loaded.concepts.size() == 1);
  CHECK(radar::term_scope(loaded, 0, 0) == radar::kEveryLanguage);
  CHECK_FALSE(radar::term_scope(loaded, 0, 2).has_value());
  const ConceptTagger tagger(loaded);
  for (const char* lang : {"da", "sv", "nb", "en"}) {
    CAPTURE(lang);
    CHECK(tagger.concepts_of(page("En radar under loftet.", lang), nullptr).size() == 1);
  }
  CHECK(tagger.concepts_of(page("Radaren i taket.", "nb"), nullptr).size() == 1);
  CHECK(tagger.concepts_of(page("Hon läser några rader i tidningen.", "sv"), nullptr).empty());
  CHECK(tagger.concepts_of(page("Det skjedde tre ganger på rad.", "nb"), nullptr).empty());
  CHECK(tagger.concepts_of(page("En radarsensor ved sengen.", "da"), nullptr).size() == 1);
}

TEST_CASE("a thesaurus that cannot be read is named once, a line that cannot be parsed with its file", "[concepts]") {
  TempDir dir;
  const std::string missing = dir.file("missing.txt");
  CHECK_THROWS_MATCHES(radar::load_language_resources({missing}, ""), radar::InputError,
                       Catch::Message("cannot read thesaurus file " + missing + ": no such file or not readable"));
  const std::string bad = dir.write("bad.txt", "# compounds\nfaldalarm fald alarm\n");
  CHECK_THROWS_MATCHES(radar::load_language_resources({bad}, ""), radar::InputError,
                       Catch::Message(bad + ": thesaurus line 2: expected `compound = part + part`"));
}
