// The crawler's pure parts, as tables: the sources file's validation, the SSRF
// address ranges, Retry-After, sitemap datetimes, and the frontier's order,
// de-duplication and spill file.
#include <catch2/catch.hpp>

#include <filesystem>

#include "crawl/crawler.h"
#include "crawl/fetcher.h"
#include "crawl/frontier.h"
#include "crawl/sources.h"
#include "radar/error.h"
#include "test_support.h"

using namespace radar::crawl;

TEST_CASE("a valid sources file gets its defaults", "[crawl][sources]") {
  const SourcesFile file = parse_sources(R"({"user_agent": "Bot/2", "sources": [
      {"id": "a", "seeds": ["https://Vendor.example/da/"], "feeds": ["https://news.example/feed.xml"]},
      {"id": "b.c_d-1", "records": ["https://cat.example/r.jsonl"], "max_depth": 0, "max_pages": 3, "delay_ms": 50}]})",
                                         "s.json");
  CHECK(file.user_agent == "Bot/2");
  CHECK(file.delay_ms == 1000);
  CHECK_FALSE(file.allow_private_addresses);
  REQUIRE(file.sources.size() == 2);
  CHECK(file.sources[0].seeds == std::vector<std::string>{"https://vendor.example/da/"});
  CHECK(file.sources[0].allow == std::vector<std::string>{"https://vendor.example/", "https://news.example/"});
  CHECK(file.sources[0].max_depth == 2);
  CHECK(file.sources[0].max_pages == 500);
  CHECK(file.sources[1].allow.empty());
  CHECK(file.sources[1].max_depth == 0);
  CHECK(file.sources[1].delay_ms == 50);
  CHECK(file.warnings.empty());
}

TEST_CASE("the contract's example sources file is valid", "[crawl][sources]") {
  const SourcesFile file = load_sources(radar::test::source_path("tests/fixtures/contract/sources.json"));
  REQUIRE(file.sources.size() == 2);
  CHECK(file.sources[0].organisation == "org-example-nattevagt");
  CHECK(file.sources[1].records.size() == 1);
}

TEST_CASE("sources file errors name the file and the field", "[crawl][sources]") {
  struct Case {
    const char* json;
    const char* message;
  };
  const Case cases[] = {
      {R"([1])", "s.json: the top level must be a JSON object"},
      {R"({"sources": [{"id": "a", "seeds": ["x"]}]} trailing)", "s.json:1: not valid JSON (column 46)"},
      {"{\"sources\": [{\"id\": \"a\",\n  \"seeds\": [\"x\" \"y\"]}]}", "s.json:2: sources[0].seeds[1]: not valid JSON"},
      {"{\"sources\": [{\"id\": \"a\", \"seeds\": [\"https://a.example/\"],\n  \"max_pages\": 1e400}]}",
       "s.json:2: sources[0].max_pages: number overflow: 1e400 does not fit in a double"},
      {R"({})", "s.json: missing required field \"sources\""},
      {R"({"sources": []})", "s.json: sources: must be a non-empty array"},
      {R"({"delay_ms": -1, "sources": [{"id": "a", "seeds": ["https://a.example/"]}]})",
       "s.json: delay_ms: must be between 0 and 60000, not -1"},
      {R"({"delay_ms": "1000", "sources": [{"id": "a", "seeds": ["https://a.example/"]}]})",
       "s.json: delay_ms: must be a whole number"},
      {R"({"allow_private_addresses": "yes", "sources": [{"id": "a", "seeds": ["https://a.example/"]}]})",
       "s.json: allow_private_addresses: must be true or false"},
      {R"({"user_agent": "", "sources": [{"id": "a", "seeds": ["https://a.example/"]}]})",
       "s.json: user_agent: must be a non-empty single line"},
      {R"({"sources": ["a"]})", "s.json: sources[0]: must be an object"},
      {R"({"sources": [{"seeds": ["https://a.example/"]}]})", "s.json: sources[0]: missing required field \"id\""},
      {R"({"sources": [{"id": "a b", "seeds": ["https://a.example/"]}]})", "s.json: sources[0].id: \"a b\" must be"},
      {R"({"sources": [{"id": "a"}]})", "s.json: sources[0]: source \"a\" has no seeds, sitemaps, feeds or records"},
      {R"({"sources": [{"id": "a", "seeds": "https://a.example/"}]})", "s.json: sources[0].seeds: must be an array"},
      {R"({"sources": [{"id": "a", "seeds": [1]}]})", "s.json: sources[0].seeds[0]: must be a string"},
      {R"({"sources": [{"id": "a", "seeds": ["https://a.example/", "mailto:x@y"]}]})",
       "s.json: sources[0].seeds[1]: \"mailto:x@y\" is not an absolute http(s) URL"},
      {R"({"sources": [{"id": "a", "seeds": ["/relative"]}]})", "sources[0].seeds[0]: \"/relative\" is not"},
      {R"({"sources": [{"id": "a", "sitemaps": ["https://a.example/s.xml"], "allow": ["a.example"]}]})",
       "sources[0].allow[0]: \"a.example\" is not an absolute"},
      {R"({"sources": [{"id": "a", "seeds": ["https://a.example/"], "max_depth": 51}]})",
       "sources[0].max_depth: must be between 0 and 50, not 51"},
      {R"({"sources": [{"id": "a", "seeds": ["https://a.example/"], "max_pages": 0}]})",
       "sources[0].max_pages: must be between 1 and"},
      {R"({"sources": [{"id": "a", "seeds": ["https://a.example/"]}, {"id": "a", "feeds": ["https://b.example/f"]}]})",
       "s.json: sources[1].id: duplicate source id \"a\""},
  };
  for (const Case& test : cases) {
    INFO(test.json);
    try {
      parse_sources(test.json, "s.json");
      FAIL("no error");
    } catch (const radar::InputError& error) {
      CHECK_THAT(error.what(), Catch::StartsWith(test.message) || Catch::Contains(test.message));
    }
  }
}

TEST_CASE("unknown fields in a sources file are warnings, not errors", "[crawl][sources]") {
  const SourcesFile file =
      parse_sources(R"({"colour": 1, "sources": [{"id": "a", "seeds": ["https://a.example/"], "max_page": 3}]})", "s");
  CHECK(file.warnings == std::vector<std::string>{"unknown field colour ignored", "unknown field sources[0].max_page ignored"});
  CHECK_THROWS_AS(load_sources("/nonexistent/sources.json"), radar::InputError);
}

TEST_CASE("the SSRF guard refuses special-purpose addresses", "[crawl][ssrf]") {
  struct Case {
    const char* ip;
    bool blocked;
  };
  const Case cases[] = {
      {"127.0.0.1", true},         {"127.255.255.254", true},  {"10.1.2.3", true},
      {"172.16.0.1", true},        {"172.31.255.255", true},   {"172.32.0.1", false},
      {"192.168.1.1", true},       {"169.254.169.254", true},  {"100.64.0.1", true},
      {"100.128.0.1", false},      {"0.0.0.0", true},          {"224.0.0.1", true},
      {"255.255.255.255", true},   {"198.18.0.1", true},       {"192.0.2.10", true},
      {"8.8.8.8", false},          {"93.184.216.34", false},   {"1.1.1.1", false},
      {"::1", true},               {"::", true},               {"fe80::1", true},
      {"fc00::1", true},           {"fd00:ec2::254", true},    {"ff02::1", true},
      {"::ffff:127.0.0.1", true},  {"::ffff:10.0.0.1", true},  {"::ffff:8.8.8.8", false},
      {"64:ff9b::a9fe:a9fe", true}, {"2002:0a00:0001::1", true}, {"2001:db8::1", true},
      {"2606:4700:4700::1111", false}, {"2a00:1450:4001:82a::200e", false},
  };
  for (const Case& test : cases) {
    INFO(test.ip);
    CHECK(is_blocked_ip(test.ip) == test.blocked);
  }
  CHECK_FALSE(is_blocked_ip("not an address"));
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[crawl][fetch]") {
  CHECK(retry_after_seconds("120") == 120);
  CHECK(retry_after_seconds(" 0 ") == 0);
  CHECK(retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0);  // in the past
  CHECK(retry_after_seconds("soon") == -1);
  CHECK(retry_after_seconds("") == -1);
  CHECK(retry_after_seconds("Fri, 01 Jan 2100 00:00:00 GMT") > 1'000'000);
}

TEST_CASE("sitemap datetimes in every W3C precision", "[crawl][sitemap]") {
  struct Case {
    const char* text;
    long long seconds;  // -1: unreadable
  };
  const Case cases[] = {
      {"1970-01-01", 0},
      {"2024", 1704067200},
      {"2024-03", 1709251200},
      {"2024-03-01", 1709251200},
      {"2024-03-01T10:30+01:00", 1709285400},
      {"2024-03-01T09:30:00Z", 1709285400},
      {"2024-03-01T09:30:00.123Z", 1709285400},
      {"2024-03-01T04:30:00-05:00", 1709285400},
      {"2026-11-28T04:49:51Z", 1795841391},
      {" 2024-03-01 ", 1709251200},
      {"2024-13-01", -1},
      {"yesterday", -1},
      {"2024-03-01T25:00Z", -1},
      {"2024-03-01T10:30+0100", -1},
      {"", -1},
  };
  for (const Case& test : cases) {
    INFO(test.text);
    const auto parsed = parse_w3c_datetime(test.text);
    if (test.seconds < 0) {
      CHECK_FALSE(parsed.has_value());
    } else {
      REQUIRE(parsed.has_value());
      CHECK(*parsed == test.seconds);
    }
  }
}

TEST_CASE("the frontier gives control entries first, pages in order, each URL once", "[crawl][frontier]") {
  radar::test::TempDir dir;
  Frontier frontier(dir.file("spill"));
  CHECK(frontier.add({"https://a.example/1", UrlKind::page, 0, 0, ""}));
  CHECK(frontier.add({"https://a.example/s.xml", UrlKind::sitemap, 0, 0, ""}));
  CHECK(frontier.add({"https://a.example/2", UrlKind::page, 1, 0, ""}));
  CHECK_FALSE(frontier.add({"https://a.example/1", UrlKind::page, 2, 0, ""}));
  CHECK(frontier.mark_seen("https://a.example/canonical"));
  CHECK_FALSE(frontier.add({"https://a.example/canonical", UrlKind::page, 0, 0, ""}));
  CHECK(frontier.seen("https://a.example/2"));
  CHECK(frontier.size() == 3);
  CHECK_FALSE(frontier.next_is_page());
  CHECK(frontier.next()->url == "https://a.example/s.xml");
  CHECK(frontier.next_is_page());
  CHECK(frontier.next()->url == "https://a.example/1");
  CHECK(frontier.next()->depth == 1);
  CHECK_FALSE(frontier.next().has_value());
  CHECK(frontier.empty());
}

TEST_CASE("the frontier spills past its memory bound and reads back in order", "[crawl][frontier]") {
  radar::test::TempDir dir;
  const std::string spill = dir.file("frontier.tmp");
  {
    Frontier frontier(spill, 10);
    for (int i = 0; i < 1000; ++i) {
      REQUIRE(frontier.add({"https://a.example/" + std::to_string(i), UrlKind::page, i % 3, i % 2,
                            i == 500 ? "2024-01-01" : ""}));
    }
    CHECK(frontier.spilled_total() == 990);
    CHECK(std::filesystem::exists(spill));
    CHECK(frontier.size() == 1000);
    for (int i = 0; i < 600; ++i) {
      const auto entry = frontier.next();
      REQUIRE(entry.has_value());
      REQUIRE(entry->url == "https://a.example/" + std::to_string(i));
      CHECK(entry->depth == i % 3);
      CHECK(entry->hops == i % 2);
      if (i == 500) CHECK(entry->lastmod == "2024-01-01");
    }
    // Adding while part of the queue is on disk keeps FIFO order.
    REQUIRE(frontier.add({"https://a.example/late", UrlKind::page, 0, 0, ""}));
    for (int i = 600; i < 1000; ++i) REQUIRE(frontier.next()->url == "https://a.example/" + std::to_string(i));
    CHECK(frontier.next()->url == "https://a.example/late");
    CHECK(frontier.empty());
  }
  CHECK_FALSE(std::filesystem::exists(spill));
}
