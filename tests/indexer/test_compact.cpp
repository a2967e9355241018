// `radar-index compact` (indexer/src/compact.cpp): a compacted copy swapped in where the
// index was, on a real on-disk Xapian database, with readers open across the swap.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <xapian.h>

#include <filesystem>

#include "radar/error.h"
#include "radar/index.h"
#include "radar/matcher.h"
#include "test_support.h"

using namespace radar::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kNeed = "Nattilsyn af borgere med demens uden at vække dem, og en lift til forflytning.";

json stats(const std::string& db) {
  const auto result = run_tool("radar-index", {"stats", "--db", db});
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

// The match as JSON, without the index's revision and time, which a compaction changes.
json match_without_index(radar::Matcher& matcher) {
  radar::MatchRequest request;
  request.need = kNeed;
  json result = radar::to_json(matcher.match(request));
  result.erase("index");
  return result;
}

std::uintmax_t directory_bytes(const std::string& dir) {
  std::uintmax_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

// Ingests the fixture records a second time, so that the index holds replaced documents
// and the free space in its B-trees a cron-updated index has.
void update_in_place(const std::string& db) {
  const auto again =
      run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")});
  REQUIRE(again.exit_code == 0);
}

const std::string kNewRecord =
    R"({"type":"solution","id":"sol-t-after-compact","organisation":"org-t-nattero","name":"Zyxnattevagt",)"
    R"("description":"Nattilsyn med radar efter komprimeringen.","maturity":"market","lang":"da"})"
    "\n";

// Two ingests: Xapian's revision 2, the revision a compacted copy gets too (its own 1 and
// the commit that carries the count on). Xapian's reopen() compares only these numbers,
// so a reader without the identity check would stay on the old files.
void ingest_twice(const std::string& db) {
  const std::string records = source_path("tests/fixtures/records/mini-market.jsonl");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, records}).exit_code == 0);
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, records}).exit_code == 0);
  REQUIRE(Xapian::Database(db).get_revision() == 2);
}

// Compacts `db` under `matcher`, opened on it (or on a stub naming it) before: the matcher
// reads the next revision with the same match, and then a record written to the copy.
void check_reader_follows_compaction(radar::Matcher& matcher, const std::string& db) {
  const json match_before = match_without_index(matcher);
  const unsigned long revision_before = matcher.index_info().revision;
  REQUIRE(run_tool("radar-index", {"compact", "--db", db}).exit_code == 0);
  REQUIRE(Xapian::Database(db).get_revision() == 2);  // the number the reader last read
  CHECK(matcher.reopen());
  CHECK(matcher.index_info().revision == revision_before + 1);
  CHECK(match_without_index(matcher) == match_before);
  CHECK_FALSE(matcher.reopen());  // nothing new since
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, "-"}, kNewRecord).exit_code == 0);
  CHECK(matcher.reopen());
  CHECK(matcher.record("solution", "sol-t-after-compact")["name"] == "Zyxnattevagt");
}

}  // namespace

TEST_CASE("compact keeps every document and match in less space, and the revision goes on", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  update_in_place(db);
  const json before = stats(db);
  const auto bytes_before = directory_bytes(db);
  json match_before;
  {
    radar::Matcher matcher({db});
    match_before = match_without_index(matcher);
  }

  const auto result = run_tool("radar-index", {"compact", "--db", db + "/"});  // a trailing slash too
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.find("compacted ") != std::string::npos);
  CHECK(fs::directory_iterator(dir.path()) != fs::directory_iterator());
  for (const auto& entry : fs::directory_iterator(dir.path())) CHECK(entry.path().filename() == "db");

  const json after = stats(db);
  CHECK(after["documents"] == before["documents"]);
  CHECK(after["updated"] == before["updated"]);  // the content did not change
  CHECK(after["revision"].get<unsigned long>() == before["revision"].get<unsigned long>() + 1);
  CHECK(directory_bytes(db) < bytes_before);
  CHECK_FALSE(fs::exists(db + ".compacting"));
  radar::Matcher matcher({db});
  CHECK(match_without_index(matcher) == match_before);

  // Later commits count on from the compacted revision, never back to Xapian's own count.
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, "-"}, kNewRecord).exit_code == 0);
  CHECK(stats(db)["revision"].get<unsigned long>() > after["revision"].get<unsigned long>());
  const Xapian::Database reopened(db);
  CHECK(reopened.get_metadata("radar:revision") == std::to_string(stats(db)["revision"].get<unsigned long>()));
}

TEST_CASE("a reader open across a compaction follows the swapped-in index without a restart", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  ingest_twice(db);
  radar::Matcher matcher({db});
  check_reader_follows_compaction(matcher, db);
}

TEST_CASE("a reader through a stub file follows the compacted directory the stub names", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("shard0");
  ingest_twice(db);
  const std::string stub = dir.write("index.stub", "# one shard\nauto shard0\n");  // relative to the stub
  radar::Matcher matcher({stub});
  check_reader_follows_compaction(matcher, db);
}

TEST_CASE("refresh_index reopens in place, and opens again only when the index was swapped", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  radar::IndexIdentity identity = radar::index_identity({db});
  std::vector<Xapian::Database> shards;
  Xapian::Database reader = radar::open_index({db}, &shards);
  const auto documents = reader.get_doccount();
  CHECK_FALSE(radar::refresh_index({db}, identity, reader, &shards));

  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, "-"}, kNewRecord).exit_code == 0);
  const radar::IndexIdentity same = identity;
  CHECK(radar::refresh_index({db}, identity, reader, &shards));
  CHECK(identity == same);  // a commit is read by reopening
  CHECK(reader.get_doccount() == documents + 1);

  REQUIRE(run_tool("radar-index", {"compact", "--db", db}).exit_code == 0);
  CHECK(radar::refresh_index({db}, identity, reader, &shards));
  CHECK(identity != same);
  CHECK(reader.get_doccount() == documents + 1);
  CHECK(radar::index_revision(shards) == radar::shard_revision(Xapian::Database(db)));
}

TEST_CASE("compact refuses an index a writer holds, and what is not a local index, changing nothing", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  const json before = stats(db);
  {
    radar::IndexWriter writer(db);
    const auto held = run_tool("radar-index", {"compact", "--db", db});
    CHECK(held.exit_code == 75);
    CHECK(held.err.find("being written by another process") != std::string::npos);
  }
  CHECK(stats(db) == before);
  CHECK_FALSE(fs::exists(db + ".compacting"));

  const auto missing = run_tool("radar-index", {"compact", "--db", dir.file("nothing-here")});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("not one") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("nothing-here")));  // not created

  const std::string stub = dir.write("stub", "auto " + db + "\n");
  const auto via_stub = run_tool("radar-index", {"compact", "--db", stub});
  CHECK(via_stub.exit_code == 2);
  CHECK(via_stub.err.find("stub file") != std::string::npos);
  CHECK(stats(db) == before);

  const auto no_db = run_tool("radar-index", {"compact"});
  CHECK(no_db.exit_code == 2);
}

TEST_CASE("a copy left by a compaction that was killed is removed by the next one", "[compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  build_fixture_index(db);
  const json before = stats(db);
  fs::create_directory(db + ".compacting");
  dir.write("db.compacting/postlist.glass", "half a copy");

  const auto result = run_tool("radar-index", {"compact", "--db", db});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_FALSE(fs::exists(db + ".compacting"));
  CHECK(stats(db)["documents"] == before["documents"]);
}
