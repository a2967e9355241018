// Black-box tests of `radar-index ingest`, `stats`, `list` and `search` on a real
// on-disk Xapian database.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "radar/index.h"
#include "radar/matcher.h"
#include "radar/schema.h"
#include "test_support.h"

using namespace radar::test;
using nlohmann::json;

namespace {

json stats(const std::string& db) {
  const auto result = run_tool("radar-index", {"stats", "--db", db});
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("the contract's example records ingest without change", "[ingest]") {
  TempDir dir;
  const auto result =
      run_tool("radar-index", {"ingest", "--db", dir.file("db"), source_path("tests/fixtures/contract/records.jsonl")});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const json counts = stats(dir.file("db"));
  CHECK(counts["documents"]["organisation"] == 2);
  CHECK(counts["documents"]["solution"] == 2);
  CHECK(counts["documents"]["need"] == 1);
  CHECK(counts["documents"]["page"] == 0);
  CHECK(counts["revision"].get<int>() >= 1);  // the watched need adds a revision for its watch state
  CHECK(counts["updated"].get<std::string>().size() == 20);
}

TEST_CASE("ingest is idempotent by id", "[ingest]") {
  TempDir dir;
  const std::string records = source_path("tests/fixtures/records/mini-market.jsonl");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", dir.file("db"), records}).exit_code == 0);
  const json first = stats(dir.file("db"));
  const auto again = run_tool("radar-index", {"ingest", "--db", dir.file("db"), records});
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("0 new"));
  const json second = stats(dir.file("db"));
  CHECK(first["documents"] == second["documents"]);
  CHECK(second["revision"] == 2);
}

TEST_CASE("a replaced record is found by its new text only", "[ingest]") {
  TempDir dir;
  const std::string org =
      R"({"type":"organisation","id":"org-x","name":"X","description":"Laver faldsensorer.","org_type":"company"})";
  ingest_text(dir.file("db"), org + "\n");
  ingest_text(dir.file("db"),
              R"({"type":"organisation","id":"org-x","name":"X","description":"Laver badeværelser.","org_type":"company"})"
              "\n");
  CHECK(json_lines(run_tool("radar-index", {"search", "--db", dir.file("db"), "faldsensorer"}).out).empty());
  const auto hits = json_lines(run_tool("radar-index", {"search", "--db", dir.file("db"), "badeværelser"}).out);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["id"] == "org-x");
}

TEST_CASE("broken lines are reported as FILE:LINE and the valid lines are kept", "[ingest]") {
  TempDir dir;
  const std::string file = source_path("tests/fixtures/records/broken.jsonl");
  const auto result = run_tool("radar-index", {"ingest", "--db", dir.file("db"), file});
  CHECK(result.exit_code == 1);
  const std::vector<std::pair<int, std::string>> expected = {
      {2, "invalid JSON"},
      {3, "missing required field \"name\""},
      {4, "maturity must be one of"},
      {5, "solution \"sol-b-orphan\" refers to unknown organisation \"org-b-unknown\""},
      {7, "type must be one of"},
      {8, "line is not valid UTF-8"},
      {9, "field \"name\" is too long"},
  };
  for (const auto& [line, message] : expected) {
    INFO(result.err);
    std::string located = file;
    located.append(":").append(std::to_string(line)).append(": ").append(message);
    CHECK_THAT(result.err, Catch::Contains(located));
  }
  CHECK_THAT(result.err, !Catch::Contains(file + ":1:"));
  CHECK_THAT(result.err, !Catch::Contains(file + ":6:"));
  const json counts = stats(dir.file("db"));
  CHECK(counts["documents"]["organisation"] == 1);
  CHECK(counts["documents"]["solution"] == 1);
  CHECK(counts["documents"]["need"] == 1);
}

TEST_CASE("a solution may come before its organisation, also from stdin", "[ingest]") {
  TempDir dir;
  const std::string records =
      R"({"type":"solution","id":"s","organisation":"o","name":"S","description":"D","maturity":"market"})"
      "\n"
      R"({"type":"organisation","id":"o","name":"O","description":"D","org_type":"company"})"
      "\n";
  const auto result = run_tool("radar-index", {"ingest", "--db", dir.file("db"), "-"}, records);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(stats(dir.file("db"))["documents"]["solution"] == 1);
}

TEST_CASE("list and search print one JSON object per line", "[ingest]") {
  TempDir dir;
  REQUIRE(run_tool("radar-index", {"ingest", "--db", dir.file("db"),
                                   source_path("tests/fixtures/records/mini-market.jsonl")})
              .exit_code == 0);
  const auto solutions = json_lines(run_tool("radar-index", {"list", "--db", dir.file("db"), "--type", "solution"}).out);
  CHECK(solutions.size() == 6);
  for (const auto& row : solutions) {
    CHECK(row["type"] == "solution");
    CHECK(row.contains("id"));
    CHECK(row.contains("url"));
    CHECK(row.contains("title"));
    CHECK(row.contains("updated"));
  }
  const auto hits = json_lines(
      run_tool("radar-index", {"search", "--db", dir.file("db"), "--type", "solution", "--limit", "3", "medicindispenser"}).out);
  REQUIRE(!hits.empty());
  CHECK(hits[0]["id"] == "sol-t-dispenser");
  CHECK(hits[0]["score"].get<double>() > 0);
}

TEST_CASE("usage errors exit 2 and name the problem - a missing index exits 1", "[ingest]") {
  TempDir dir;
  auto result = run_tool("radar-index", {"ingest", "--db", dir.file("db")});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("FILE"));
  result = run_tool("radar-index", {"frobnicate"});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("frobnicate"));
  result = run_tool("radar-index", {"stats", "--db", dir.file("nothing-here")});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("no index at"));
  result = run_tool("radar-index", {"ingest", "--db", dir.file("db"), dir.file("missing.jsonl")});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("cannot read"));
  CHECK(run_tool("radar-index", {"--help"}).exit_code == 0);
}

TEST_CASE("sharded ingest splits records by a stable hash of the id", "[ingest]") {
  TempDir dir;
  const std::string records = source_path("tests/fixtures/records/mini-market.jsonl");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", dir.file("s0"), "--shard", "0/2", records}).exit_code == 0);
  REQUIRE(run_tool("radar-index", {"ingest", "--db", dir.file("s1"), "--shard", "1/2", records}).exit_code == 0);
  const auto all0 = json_lines(run_tool("radar-index", {"list", "--db", dir.file("s0")}).out);
  const auto all1 = json_lines(run_tool("radar-index", {"list", "--db", dir.file("s1")}).out);
  CHECK(all0.size() + all1.size() == 14);
  CHECK(!all0.empty());
  CHECK(!all1.empty());
  CHECK(run_tool("radar-index", {"ingest", "--db", dir.file("s2"), "--shard", "2/2", records}).exit_code == 2);
}

// Nothing reads positions (no phrase or proximity query in the product), so the index
// has none; BM25's inputs (within-document frequencies, document lengths) are unchanged.
TEST_CASE("records are indexed without positions - quoted search and matching still find them", "[ingest]") {
  TempDir dir;
  REQUIRE(run_tool("radar-index", {"ingest", "--db", dir.file("db"),
                                   source_path("tests/fixtures/records/mini-market.jsonl")})
              .exit_code == 0);
  {
    const Xapian::Database db(dir.file("db"));
    CHECK_FALSE(db.has_positions());
    const Xapian::Document doc = db.get_document(*db.postlist_begin("Qsol-t-dispenser"));
    Xapian::termcount length = 0;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
      CHECK(it.positionlist_count() == 0);
      length += it.get_wdf();  // boolean terms have none
    }
    CHECK(db.get_doclength(doc.get_docid()) == length);
    auto name = doc.termlist_begin();
    name.skip_to("dosishjem");
    REQUIRE(name != doc.termlist_end());
    CHECK(*name == "dosishjem");
    CHECK(name.get_wdf() == 3);  // the name weighs three times
  }
  // A quoted query is answered, as Xapian does without positions, as all of its words.
  for (const std::string query : {"\"medicindispenser til borgerens eget hjem\"", "\"hjem eget borgerens\""}) {
    const auto hits = json_lines(run_tool("radar-index", {"search", "--db", dir.file("db"), query}).out);
    INFO(query);
    REQUIRE(!hits.empty());
    CHECK(hits[0]["id"] == "sol-t-dispenser");
  }
  radar::Matcher matcher({dir.file("db")});
  radar::MatchRequest request;
  request.need = "Medicindispenser der alarmerer hjemmeplejen, hvis medicinen ikke tages";
  const auto result = matcher.match(request);
  REQUIRE(!result.solutions.empty());
  CHECK(result.solutions.front().id == "sol-t-dispenser");
}

// A long ingest merges Xapian's buffered value changes every kValueMergeEvery documents
// inside its one transaction; every value must still be where a commit would put it.
TEST_CASE("values are right after an ingest far longer than the value merge interval", "[ingest]") {
  TempDir dir;
  std::string records =
      R"({"type":"organisation","id":"org-v","name":"V","description":"Laver sensorer.","org_type":"company","lang":"da"})"
      "\n";
  const int count = 2 * static_cast<int>(radar::IndexWriter::kValueMergeEvery) + 517;
  const auto date = [](int i) {
    char text[16];
    std::snprintf(text, sizeof text, "20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28);
    return std::string(text);
  };
  for (int i = 0; i < count; ++i) {
    records += R"({"type":"solution","id":"sol-v-)" + std::to_string(i) +
               R"(","organisation":"org-v","name":"Sensor )" + std::to_string(i) +
               R"(","description":"Sensor nummer )" + std::to_string(i) + R"(.","maturity":")" +
               (i % 2 == 0 ? "market" : "pilot") + R"(","updated":")" + date(i) + "\"}\n";
  }
  ingest_text(dir.file("db"), records);
  const Xapian::Database db(dir.file("db"));
  REQUIRE(db.get_doccount() == static_cast<Xapian::doccount>(count + 1));
  CHECK(db.get_value_freq(radar::schema::kOrgSlot) == db.get_doccount());
  CHECK(db.get_value_freq(radar::schema::kUpdatedSlot) == static_cast<Xapian::doccount>(count));
  CHECK(db.get_value_freq(radar::schema::kMaturitySlot) == static_cast<Xapian::doccount>(count));
  int checked = 0;
  for (int i = 0; i < count; i += 7) {
    const std::string id_term = "Qsol-v-" + std::to_string(i);
    const auto posting = db.postlist_begin(id_term);
    REQUIRE(posting != db.postlist_end(id_term));
    const Xapian::Document doc = db.get_document(*posting);
    CHECK(doc.get_value(radar::schema::kUpdatedSlot) == date(i));
    CHECK(doc.get_value(radar::schema::kOrgSlot) == "org-v");
    CHECK(Xapian::sortable_unserialise(doc.get_value(radar::schema::kMaturitySlot)) == (i % 2 == 0 ? 3 : 2));
    ++checked;
  }
  CHECK(checked == (count + 6) / 7);
  Xapian::doccount streamed = 0;
  for (auto it = db.valuestream_begin(radar::schema::kUpdatedSlot); it != db.valuestream_end(radar::schema::kUpdatedSlot); ++it) {
    ++streamed;
  }
  CHECK(streamed == static_cast<Xapian::doccount>(count));
}

TEST_CASE("a record is read at the handle's revision or found at the latest one", "[ingest]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string records = source_path("tests/fixtures/records/mini-market.jsonl");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, records}).exit_code == 0);
  std::string id;
  {
    std::ifstream in(records);
    std::string line;
    std::getline(in, line);
    id = json::parse(line).at("id").get<std::string>();
  }
  Xapian::Database reader(db);
  REQUIRE(radar::read_record(reader, id).has_value());
  CHECK_FALSE(radar::read_record(reader, "no-such-id").has_value());
  // Commits that overwrite the revision the handle holds: read_record lets the writer's
  // overtaking through (a matcher redoes its whole read), find_record reopens and finds it.
  for (int commit = 0; commit < 3; ++commit) REQUIRE(run_tool("radar-index", {"ingest", "--db", db, records}).exit_code == 0);
  CHECK_THROWS_AS(radar::read_record(reader, id), Xapian::DatabaseModifiedError);
  const auto found = radar::find_record(reader, id);
  REQUIRE(found.has_value());
  CHECK(found->at("id") == id);
  CHECK(radar::read_record(reader, id).has_value());  // the handle now holds the latest revision
}
