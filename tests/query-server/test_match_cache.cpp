// The match cache: repeated requests are answered from memory byte for byte, every
// field that changes the answer is in the key, a new index revision is never
// answered from an older one, the bounds evict the least recently used entries,
// and --match-cache 0 keeps nothing. First the cache alone, then through a real
// radar-serve over a real index.
#include <map>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "match_cache.h"
#include "radar/index.h"
#include "radar/records.h"
#include "server_fixture.h"

using namespace radar::test;
using nlohmann::json;
using radar::IndexInfo;
using radar::MatchRequest;
using radar::MatchResult;
using radar::server::MatchCache;

namespace {

MatchRequest request_for(const std::string& need) {
  MatchRequest request;
  request.need = need;
  return request;
}

IndexInfo index_at(unsigned long revision) { return {revision, 100, "2026-11-28T10:00:00Z"}; }

std::shared_ptr<const radar::server::CachedMatch> answer(const std::string& need, unsigned long revision,
                                                         std::size_t padding = 0) {
  MatchResult result;
  result.text = need + std::string(padding, 'x');
  result.index = index_at(revision);
  return radar::server::make_cached_match(std::move(result));
}

// The unlabelled samples of GET /metrics by name (radar_match_cache_hits_total ...).
std::map<std::string, double> scrape(TestServer& server) {
  auto client = server.client();
  const auto response = client.Get("/metrics");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  std::map<std::string, double> samples;
  std::istringstream lines(response->body);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#' || line.find('{') != std::string::npos) continue;
    const auto space = line.rfind(' ');
    samples[line.substr(0, space)] = std::stod(line.substr(space + 1));
  }
  return samples;
}

struct CacheCounts {
  double hits, misses, entries;
};

CacheCounts cache_counts(TestServer& server) {
  const auto samples = scrape(server);
  return {samples.at("radar_match_cache_hits_total"), samples.at("radar_match_cache_misses_total"),
          samples.at("radar_match_cache_entries")};
}

std::string match_body(TestServer& server, const std::string& request) {
  auto client = server.client();
  const auto response = client.Post("/api/v1/match", request, "application/json");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  return response->body;
}

// Commits one more solution through the indexer library: a new revision under the server.
void add_solution(const std::string& db, const json& record) {
  radar::IndexWriter writer(db);
  writer.put(radar::validate_record(record));
  writer.commit();
}

constexpr const char* kDispenser = R"({"need": "medicindispenser til hjemmeplejen"})";

}  // namespace

// --- the cache alone -----------------------------------------------------------

TEST_CASE("every request field that changes the answer, and the index state, are in the key", "[match-cache]") {
  const MatchRequest base = request_for("nattilsyn demens");
  const std::string key = MatchCache::key(base, index_at(3));
  CHECK(MatchCache::key(request_for("  nattilsyn demens\n"), index_at(3)) == key);  // the matcher trims
  CHECK(MatchCache::key(request_for("nattilsyn  demens"), index_at(3)) != key);     // ... and keeps the inside
  CHECK(MatchCache::key(base, index_at(4)) != key);
  CHECK(MatchCache::key(base, {3, 101, "2026-11-28T10:00:00Z"}) != key);
  CHECK(MatchCache::key(base, {3, 100, "2026-11-28T10:00:01Z"}) != key);
  auto changed = base;
  changed.limit = 5;
  CHECK(MatchCache::key(changed, index_at(3)) != key);
  changed = base;
  changed.exclude_need_id = "need-t-1";
  CHECK(MatchCache::key(changed, index_at(3)) != key);
  using FilterField = std::vector<std::string> radar::MatchFilters::*;
  for (const FilterField filter : {&radar::MatchFilters::area, &radar::MatchFilters::maturity,
                                   &radar::MatchFilters::region, &radar::MatchFilters::org_type}) {
    changed = base;
    (changed.filters.*filter).push_back("x");
    CHECK(MatchCache::key(changed, index_at(3)) != key);
  }
  // Length prefixes: moving a value from one filter to the next is another key.
  auto one = base, other = base;
  one.filters.area = {"a", "b"};
  other.filters.area = {"a"};
  other.filters.maturity = {"b"};
  CHECK(MatchCache::key(one, index_at(3)) != MatchCache::key(other, index_at(3)));
}

TEST_CASE("the cache evicts the least recently used entry past its entry bound", "[match-cache]") {
  MatchCache cache({2, std::size_t{1024} * 1024});
  const auto key = [](const std::string& need) { return MatchCache::key(request_for(need), index_at(1)); };
  cache.insert(key("a"), answer("a", 1));
  cache.insert(key("b"), answer("b", 1));
  REQUIRE(cache.find(key("a")) != nullptr);  // a is now the most recently used
  cache.insert(key("c"), answer("c", 1));
  CHECK(cache.entries() == 2);
  CHECK(cache.find(key("b")) == nullptr);
  CHECK(cache.find(key("a"))->result.text == "a");
  CHECK(cache.find(key("c"))->result.text == "c");
  CHECK(cache.hits() == 3);
  CHECK(cache.misses() == 1);
}

TEST_CASE("the cache stays within its byte bound", "[match-cache]") {
  constexpr std::size_t kBound = std::size_t{8} * 1024;
  MatchCache cache({100, kBound});
  const auto key = [](int i) { return MatchCache::key(request_for("need " + std::to_string(i)), index_at(1)); };
  for (int i = 0; i < 20; ++i) cache.insert(key(i), answer("need", 1, 1000));
  CHECK(cache.bytes() <= kBound);
  CHECK(cache.entries() >= 1);
  CHECK(cache.entries() < 20);
  CHECK(cache.find(key(19)) != nullptr);
  CHECK(cache.find(key(0)) == nullptr);
  // An answer larger than the whole bound is not kept (and pushes nothing out).
  const std::size_t before = cache.entries();
  cache.insert(key(99), answer("huge", 1, std::size_t{20} * 1024));
  CHECK(cache.find(key(99)) == nullptr);
  CHECK(cache.entries() == before);
}

TEST_CASE("an answer of a newer revision drops the entries of older ones", "[match-cache]") {
  MatchCache cache({10, std::size_t{1024} * 1024});
  const MatchRequest request = request_for("loftlift");
  cache.insert(MatchCache::key(request, index_at(1)), answer("old", 1));
  cache.insert(MatchCache::key(request_for("other"), index_at(1)), answer("other", 1));
  REQUIRE(cache.entries() == 2);
  cache.insert(MatchCache::key(request, index_at(2)), answer("new", 2));
  CHECK(cache.entries() == 1);
  CHECK(cache.find(MatchCache::key(request, index_at(1))) == nullptr);
  CHECK(cache.find(MatchCache::key(request, index_at(2)))->result.text == "new");
}

TEST_CASE("a cache of 0 entries keeps nothing", "[match-cache]") {
  MatchCache cache({0, std::size_t{1024} * 1024});
  CHECK_FALSE(cache.enabled());
  const std::string key = MatchCache::key(request_for("a"), index_at(1));
  cache.insert(key, answer("a", 1));
  CHECK(cache.entries() == 0);
  CHECK(cache.find(key) == nullptr);
}

// --- through radar-serve -------------------------------------------------------

TEST_CASE("a repeated match is answered from the cache, byte for byte, by every route", "[match-cache]") {
  TestServer server;
  const std::string first = match_body(server, kDispenser);
  auto counts = cache_counts(server);
  CHECK(counts.hits == 0);
  CHECK(counts.misses == 1);
  CHECK(counts.entries == 1);

  CHECK(match_body(server, kDispenser) == first);
  CHECK(match_body(server, R"({"need": "  medicindispenser til hjemmeplejen\n", "limit": 20})") == first);
  counts = cache_counts(server);
  CHECK(counts.hits == 2);
  CHECK(counts.misses == 1);

  // The results page and the report use the same match (in either interface language).
  auto client = server.client();
  REQUIRE(client.Get("/search?need=medicindispenser%20til%20hjemmeplejen&lang=en")->status == 200);
  REQUIRE(client.Get("/api/v1/report?need=medicindispenser%20til%20hjemmeplejen&format=json")->status == 200);
  counts = cache_counts(server);
  CHECK(counts.hits == 4);
  CHECK(counts.misses == 1);

  // A fresh answer from a server without the cache, over the same index, is the same.
  const int port = free_port();
  ChildProcess uncached("radar-serve", {"--db", server.db(), "--listen", "127.0.0.1:" + std::to_string(port),
                                        "--threads", "2", "--match-cache", "0"});
  REQUIRE(wait_for_http(port));
  httplib::Client fresh("127.0.0.1", port);
  fresh.set_read_timeout(20, 0);
  const auto fresh_answer = fresh.Post("/api/v1/match", kDispenser, "application/json");
  REQUIRE(fresh_answer);
  CHECK(fresh_answer->body == first);
}

TEST_CASE("another filter, limit or excluded need is computed, not taken from the cache", "[match-cache]") {
  TestServer server;
  match_body(server, kDispenser);
  match_body(server, R"({"need": "medicindispenser til hjemmeplejen", "limit": 5})");
  match_body(server, R"({"need": "medicindispenser til hjemmeplejen", "filters": {"maturity": ["market"]}})");
  match_body(server, R"({"need": "medicindispenser til hjemmeplejen", "filters": {"region": ["Syddanmark"]}})");
  match_body(server, R"({"need": "medicindispenser til hjemmeplejen", "need_id": "need-t-1"})");
  auto counts = cache_counts(server);
  CHECK(counts.hits == 0);
  CHECK(counts.misses == 5);
  CHECK(counts.entries == 5);
  const auto limited = json::parse(match_body(server, R"({"need": "medicindispenser til hjemmeplejen", "limit": 1})"));
  CHECK(limited["solutions"].size() <= 1);
  CHECK(cache_counts(server).misses == 6);
}

TEST_CASE("after a new index revision the cache answers with the new data", "[match-cache]") {
  TestServer server;
  constexpr const char* kNeed = R"({"need": "zorblax-robot til opvask i plejeboliger"})";
  const std::string before_body = match_body(server, kNeed);
  const auto before = json::parse(before_body);
  REQUIRE(match_body(server, kNeed) == before_body);
  CHECK(cache_counts(server).hits == 1);
  for (const auto& solution : before["solutions"]) CHECK(solution["id"] != "sol-t-zorblax");

  add_solution(server.db(), {{"type", "solution"},
                             {"id", "sol-t-zorblax"},
                             {"organisation", "org-t-uni"},
                             {"name", "Zorblax opvaskerobot"},
                             {"description", "Zorblax-robot, der tager opvasken i plejeboliger."},
                             {"maturity", "market"}});
  const auto after = json::parse(match_body(server, kNeed));
  CHECK(after["index"]["revision"].get<unsigned long>() > before["index"]["revision"].get<unsigned long>());
  bool found = false;
  for (const auto& solution : after["solutions"]) found = found || solution["id"] == "sol-t-zorblax";
  CHECK(found);
  const auto counts = cache_counts(server);
  CHECK(counts.hits == 1);
  CHECK(counts.misses == 2);
  CHECK(counts.entries == 1);  // the older revision's answer is gone
}

TEST_CASE("radar-serve evicts the least recently used match past --match-cache", "[match-cache]") {
  TestServer server("", {"--match-cache", "2"});
  match_body(server, R"({"need": "medicindispenser"})");
  match_body(server, R"({"need": "loftlift til forflytning"})");
  match_body(server, R"({"need": "nattilsyn af borgere med demens"})");
  auto counts = cache_counts(server);
  CHECK(counts.entries == 2);
  CHECK(counts.misses == 3);
  match_body(server, R"({"need": "nattilsyn af borgere med demens"})");  // still there
  match_body(server, R"({"need": "medicindispenser"})");                 // evicted: computed again
  counts = cache_counts(server);
  CHECK(counts.hits == 1);
  CHECK(counts.misses == 4);
  CHECK(counts.entries == 2);
}

TEST_CASE("a server with --match-cache 0 computes every match and counts nothing", "[match-cache]") {
  TestServer server("", {"--match-cache", "0"});
  const std::string first = match_body(server, kDispenser);
  CHECK(match_body(server, kDispenser) == first);
  auto client = server.client();
  REQUIRE(client.Get("/search?need=medicindispenser%20til%20hjemmeplejen")->status == 200);
  const auto counts = cache_counts(server);
  CHECK(counts.hits == 0);
  CHECK(counts.misses == 0);
  CHECK(counts.entries == 0);
  CHECK(scrape(server).at("radar_match_cache_bytes") == 0);
}

TEST_CASE("radar-serve names a bad --match-cache or --match-cache-mb and its value", "[match-cache]") {
  TempDir dir;
  ingest_text(dir.file("db"), R"({"type":"organisation","id":"o","name":"O","description":"D","org_type":"company"})" "\n");
  const auto help = run_tool("radar-serve", {"--help"}, "", 20);
  CHECK_THAT(help.out, Catch::Contains("--match-cache N"));
  CHECK_THAT(help.out, Catch::Contains("(default 256)"));
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"--match-cache", "many"}, "--match-cache many: expected a non-negative whole number"},
      {{"--match-cache", "-1"}, "--match-cache -1"},
      {{"--match-cache", "2000000"}, "--match-cache 2000000: at most 1000000 entries"},
      {{"--match-cache-mb", "0"}, "--match-cache-mb 0: expected 1 to 4096"},
      {{"--match-cache-mb", "5000"}, "--match-cache-mb 5000"},
  };
  for (const auto& [args, message] : cases) {
    std::vector<std::string> full{"--db", dir.file("db"), "--listen", "127.0.0.1:0"};
    full.insert(full.end(), args.begin(), args.end());
    CAPTURE(args);
    const auto result = run_tool("radar-serve", full, "", 20);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains(message));
  }
}
