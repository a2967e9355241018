// The analysis's remembered term frequencies: Xapian's answers over several shards,
// bounded, and forgotten when the index moves to a new revision.
#include <catch2/catch.hpp>

#include <algorithm>

#include <xapian.h>

#include "analysis.h"
#include "radar/language_resources.h"
#include "term_statistics.h"
#include "test_support.h"

using namespace radar;
using namespace radar::match;
using namespace radar::test;

namespace {

void add_document(Xapian::WritableDatabase& db, std::initializer_list<const char*> terms) {
  Xapian::Document document;
  for (const char* term : terms) document.add_term(term);
  db.add_document(document);
}

}  // namespace

TEST_CASE("remembered term frequencies are Xapian's, over one shard or several", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase first(dir.file("first"), Xapian::DB_CREATE);
    add_document(first, {"alarm", "sensor"});
    add_document(first, {"sensor"});
    Xapian::WritableDatabase second(dir.file("second"), Xapian::DB_CREATE);
    add_document(second, {"sensor", "robot"});
    // A term whose only document was deleted after a commit.
    add_document(second, {"vanished"});
    second.commit();
    second.delete_document(second.get_lastdocid());
    second.commit();
    first.commit();
  }
  Xapian::Database one(dir.file("first"));
  Xapian::Database both(dir.file("first"));
  both.add_database(Xapian::Database(dir.file("second")));
  for (const Xapian::Database* db : {&one, &both}) {
    const TermStatistics statistics(*db);
    for (const char* term : {"alarm", "sensor", "robot", "vanished", "absent", ""}) {
      CAPTURE(term, db->size());
      // Asked twice: the second answer is the remembered one.
      for (int ask = 0; ask < 2; ++ask) {
        CHECK(statistics.frequency(term) == db->get_termfreq(term));
        CHECK(statistics.exists(term) == db->term_exists(term));
      }
    }
  }
  CHECK(TermStatistics(both).frequency("sensor") == 3);
}

TEST_CASE("remembered term frequencies start over past their bound", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    add_document(db, {"a", "b", "c", "d", "e"});
    db.commit();
  }
  const Xapian::Database db(dir.file("db"));
  const TermStatistics statistics(db, 3);
  for (const char* term : {"a", "b", "c"}) CHECK(statistics.exists(term));
  CHECK(statistics.size() == 3);
  CHECK(statistics.exists("d"));
  CHECK(statistics.size() == 1);  // forgotten, then "d" remembered
  CHECK_FALSE(statistics.exists("x"));
  CHECK(statistics.size() == 2);
}

TEST_CASE("one-off look-ups are answered without being remembered", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    add_document(db, {"a", "b"});
    add_document(db, {"a"});
    db.commit();
  }
  const Xapian::Database db(dir.file("db"));
  const TermStatistics statistics(db);
  CHECK(statistics.frequency_once("a") == 2);
  CHECK(statistics.exists_once("b"));
  CHECK_FALSE(statistics.exists_once("c"));
  CHECK(statistics.size() == 0);
  CHECK(statistics.frequency("a") == 2);
  CHECK(statistics.frequency_once("a") == 2);
  CHECK(statistics.size() == 1);
}

TEST_CASE("the analysis forgets term frequencies when the index was reopened on a new revision", "[analysis]") {
  TempDir dir;
  const std::string path = dir.file("db");
  ingest_text(path, R"({"type":"organisation","id":"org-a","name":"Alfa","description":"En alarm til sengen.","org_type":"company","lang":"da"}
)");
  Xapian::Database db(path);
  const LanguageResources resources;
  Analyzer analyzer(db, resources);
  const auto known = [&](const std::string& need, const std::string& label) {
    const auto aspects = analyzer.analyse(need).aspects;
    const auto found = std::find_if(aspects.begin(), aspects.end(), [&](const AspectPlan& p) { return p.aspect.label == label; });
    REQUIRE(found != aspects.end());
    return found->known;
  };
  const std::string need = "En alarm og en vandsensor til sengen.";
  CHECK_FALSE(known(need, "vandsensor"));
  CHECK(analyzer.term_statistics().size() > 0);

  ingest_text(path, R"({"type":"organisation","id":"org-b","name":"Beta","description":"En vandsensor under vasken.","org_type":"company","lang":"da"}
)");
  REQUIRE(db.reopen());
  analyzer.clear_cache();
  CHECK(analyzer.term_statistics().size() == 0);
  CHECK(known(need, "vandsensor"));
}

TEST_CASE("a concept's most frequent compounds are the same over one index and over its shards", "[analysis]") {
  // Ten compounds of "seng", each in a different number of documents, dealt out so that
  // neither shard alone orders them as the whole index does.
  const std::vector<std::string> rests{"alarm", "lampe", "bund", "tæppe", "hest", "kant", "gavl", "ben", "stolpe", "dyne"};
  TempDir dir;
  {
    Xapian::WritableDatabase whole(dir.file("whole"), Xapian::DB_CREATE);
    Xapian::WritableDatabase first(dir.file("first"), Xapian::DB_CREATE);
    Xapian::WritableDatabase second(dir.file("second"), Xapian::DB_CREATE);
    unsigned dealt = 0;
    for (std::size_t i = 0; i < rests.size(); ++i) {
      for (std::size_t copy = 0; copy <= i; ++copy) {
        Xapian::Document document;
        for (const std::string& term : {std::string("seng"), rests[i], "seng" + rests[i]}) document.add_term(term);
        whole.add_document(document);
        (dealt++ % 3 == 0 ? first : second).add_document(document);
      }
    }
    for (auto* db : {&whole, &first, &second}) db->commit();
  }
  LanguageResources resources;
  resources.concepts = {{"seng"}};
  resources.concept_roles = {"what"};
  const auto compounds_of = [&](const Xapian::Database& db) {
    const Analyzer analyzer(db, resources);
    const auto aspects = analyzer.analyse("Vi mangler en seng.").aspects;
    const auto seng = std::find_if(aspects.begin(), aspects.end(), [](const AspectPlan& p) { return p.aspect.label == "seng"; });
    REQUIRE(seng != aspects.end());
    REQUIRE(!seng->alternatives.empty());
    return seng->alternatives.front().words.front();
  };
  const Xapian::Database whole(dir.file("whole"));
  Xapian::Database shards(dir.file("first"));
  shards.add_database(Xapian::Database(dir.file("second")));
  const auto expected = compounds_of(whole);
  CHECK(compounds_of(shards) == expected);
  // "seng" itself, then the eight most frequent compounds, most frequent first.
  REQUIRE(expected.size() == 9);
  CHECK(expected[0] == "seng");
  CHECK(expected[1] == "sengdyne");
  CHECK(std::find(expected.begin(), expected.end(), "sengalarm") == expected.end());
  CHECK(std::find(expected.begin(), expected.end(), "senglampe") == expected.end());
}

TEST_CASE("the vocabulary in memory answers as the index does, over one shard or several", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase first(dir.file("first"), Xapian::DB_CREATE);
    add_document(first, {"Qsol-a", "alarm", "alarmknap", "sensor", "Zalarm"});
    add_document(first, {"Qsol-b", "sensor", "sengealarm"});
    Xapian::WritableDatabase second(dir.file("second"), Xapian::DB_CREATE);
    add_document(second, {"Qsol-c", "alarm", "alarmcentral", "robot"});
    first.commit();
    second.commit();
  }
  Xapian::Database one(dir.file("first"));
  Xapian::Database both(dir.file("first"));
  both.add_database(Xapian::Database(dir.file("second")));
  for (const Xapian::Database* db : {&one, &both}) {
    const auto vocabulary = Vocabulary::read(*db, 1U << 20U);
    REQUIRE(vocabulary);
    for (const char* term : {"alarm", "alarmknap", "sensor", "robot", "Zalarm", "absent", "alarmc", "zzz"}) {
      CAPTURE(term, db->size());
      CHECK(vocabulary->frequency(term) == db->get_termfreq(term));
    }
    CHECK_FALSE(Vocabulary::holds("Qsol-a"));  // record ids stay with the index
    CHECK(vocabulary->size() ==
          static_cast<std::size_t>(std::distance(db->allterms_begin(), db->allterms_end())) - db->get_doccount());
    for (const char* prefix : {"alarm", "s", "Z", "x", "alarmknapper"}) {
      CAPTURE(prefix, db->size());
      std::vector<std::pair<std::string, Xapian::doccount>> expected, walked;
      for (auto it = db->allterms_begin(prefix); it != db->allterms_end(prefix); ++it) {
        expected.emplace_back(*it, it.get_termfreq());
      }
      vocabulary->for_each_with_prefix(prefix, [&](std::string_view term, Xapian::doccount frequency) {
        walked.emplace_back(term, frequency);
        return true;
      });
      CHECK(walked == expected);
    }
  }
  CHECK(Vocabulary::read(both, 16) == nullptr);  // larger than allowed: left to the index
}

TEST_CASE("the vocabulary finds each of thousands of terms, and no term the index lacks", "[analysis]") {
  // Enough terms that its hash table's probes run into each other.
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    for (int i = 0; i < 3000; ++i) {
      Xapian::Document document;
      document.add_term("Qsol-" + std::to_string(i));
      document.add_term("ord" + std::to_string(i));
      document.add_term("Zord" + std::to_string(i % 700));
      db.add_document(document);
    }
    db.commit();
  }
  const Xapian::Database db(dir.file("db"));
  const auto vocabulary = Vocabulary::read(db, 1U << 20U);
  REQUIRE(vocabulary);
  std::size_t found = 0;
  for (int i = 0; i < 4000; ++i) {
    for (const std::string& term : {"ord" + std::to_string(i), "Zord" + std::to_string(i), "or" + std::to_string(i)}) {
      CAPTURE(term);
      const Xapian::doccount frequency = vocabulary->frequency(term);
      CHECK(frequency == db.get_termfreq(term));
      if (frequency > 0) ++found;
    }
  }
  CHECK(found == vocabulary->size());
  CHECK(vocabulary->frequency("") == 0);
}

TEST_CASE("term statistics with a vocabulary give the index's answers, and forget it when cleared", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    add_document(db, {"Qsol-a", "alarm", "alarmknap", "alarmlampe"});
    add_document(db, {"Qsol-b", "alarm"});
    db.commit();
  }
  const Xapian::Database db(dir.file("db"));
  TermStatistics statistics(db);
  const auto walk = [&](const std::string& prefix, std::size_t limit) {
    std::vector<std::string> terms;
    statistics.for_each_with_prefix(prefix, limit, [&](std::string_view term, Xapian::doccount) {
      terms.emplace_back(term);
      return true;
    });
    return terms;
  };
  const auto from_index = walk("alarm", 2);
  CHECK(from_index == std::vector<std::string>{"alarm", "alarmknap"});
  statistics.use_vocabulary(shared_vocabulary("test-db", "1", db));
  REQUIRE(statistics.has_vocabulary());
  CHECK(walk("alarm", 2) == from_index);
  CHECK(statistics.frequency("alarm") == 2);
  CHECK(statistics.frequency("Qsol-a") == 1);  // an id: asked of the index
  CHECK(statistics.frequency_once("absent") == 0);
  CHECK(statistics.size() == 1);  // only the id was remembered
  CHECK(shared_vocabulary("test-db", "1", db) == shared_vocabulary("test-db", "1", db));
  statistics.clear();
  CHECK_FALSE(statistics.has_vocabulary());
}

TEST_CASE("databases whose vocabulary was too large are left to the index at later revisions", "[analysis]") {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    // More than the 32 MB a shared vocabulary may take: 400,000 terms of 80 bytes.
    Xapian::Document document;
    for (int i = 0; i < 400000; ++i) document.add_term("t" + std::string(70, 'x') + std::to_string(1000000 + i));
    db.add_document(document);
    db.commit();
  }
  {
    Xapian::WritableDatabase small(dir.file("small"), Xapian::DB_CREATE);
    add_document(small, {"alarm"});
    small.commit();
  }
  const Xapian::Database large(dir.file("db"));
  const Xapian::Database small(dir.file("small"));
  CHECK(shared_vocabulary("grown-db", "1", large) == nullptr);
  // The same databases at a later revision are not read again, whatever they hold now.
  CHECK(shared_vocabulary("grown-db", "2", small) == nullptr);
  CHECK(shared_vocabulary("other-db", "1", small) != nullptr);
}
