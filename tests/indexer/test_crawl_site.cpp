// Black-box tests of `radar-index crawl` against the fixture site (tests/fixtures/site)
// served from 127.0.0.1: discovery (robots.txt, sitemaps, feeds, catalogues, links),
// what HTML becomes in the index, charsets, and the crawl's bounds.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <set>

#include "crawl_test_site.h"
#include "radar/concepts.h"
#include "radar/language_resources.h"
#include "radar/schema.h"

using namespace radar::test;
using nlohmann::json;

namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// Answers /latin1.html with an ISO-8859-1 charset header and /xrobots.html with X-Robots-Tag.
void add_header_routes(TestSite& site) {
  site.server().Get("/latin1.html", [&site](const httplib::Request&, httplib::Response& response) {
    response.set_content(site.fixture("/latin1.html"), "text/html; charset=ISO-8859-1");
  });
  site.server().Get("/xrobots.html", [&site](const httplib::Request&, httplib::Response& response) {
    response.set_header("X-Robots-Tag", "noarchive, noindex");
    response.set_content(site.fixture("/xrobots.html"), "text/html; charset=utf-8");
  });
}

json site_source(const TestSite& site) {
  return {{"id", "nattevagt"},
          {"organisation", "org-nattevagt"},
          {"seeds", {site.url("/")}},
          {"feeds", {site.url("/news.rss"), site.url("/news.atom")}},
          {"records", {site.url("/catalogue.jsonl")}},
          {"allow", {site.url("/")}},
          {"max_depth", 2},
          {"max_pages", 100}};
}

constexpr const char* kOwner =
    R"({"type":"organisation","id":"org-nattevagt","name":"Nattevagt","description":"Akustisk tilsyn.","org_type":"company","region":"Syddanmark"})"
    "\n";

// One crawl of the whole fixture site, shared by the sections below (Catch runs a test
// case once per section).
struct SiteCrawl {
  TempDir dir;
  TestSite site;
  std::string db = dir.file("db");
  CrawlRun run;
  std::vector<std::string> pages;

  SiteCrawl() {
    add_header_routes(site);
    site.start();
    ingest_text(db, kOwner);
    run = run_crawl(dir, db, test_sources(json::array({site_source(site)})));
    pages = listed_ids(db, "page");
  }
};

const SiteCrawl& site_crawl() {
  static const SiteCrawl crawl;
  return crawl;
}

}  // namespace

TEST_CASE("a crawl of the fixture site finds, filters and indexes what it should", "[crawl]") {
  const SiteCrawl& crawl = site_crawl();
  const TestSite& site = crawl.site;
  const std::string& db = crawl.db;
  const CrawlRun& run = crawl.run;
  const std::vector<std::string>& pages = crawl.pages;
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);

  SECTION("robots.txt first, and what it disallows is never fetched") {
    const auto hits = site.hits();
    REQUIRE(!hits.empty());
    CHECK(hits.front().path == "/robots.txt");
    CHECK(site.count("/robots.txt") == 1);
    CHECK(site.count("/private/secret.html") == 0);
    CHECK(run.source("nattevagt")["robots_skipped"] == 1);
    for (const Hit& hit : hits) CHECK(hit.user_agent == "RadarTest/1.0 (+https://example.org/bot)");
  }

  SECTION("the robots.txt sitemap index leads to a gzip sitemap and a plain one") {
    CHECK(site.count("/sitemap_index.xml") == 1);
    CHECK(site.count("/sitemap-pages.xml.gz") == 1);
    CHECK(site.count("/sitemap-extra.xml") == 1);
    CHECK(contains(pages, site.url("/from-sitemap.html")));
    CHECK(contains(pages, site.url("/sitemap-only.html")));
    CHECK(!contains(pages, "http://outside.invalid/not-allowed.html"));
  }

  SECTION("RSS and Atom items are crawled") {
    CHECK(contains(pages, site.url("/news/rss-item.html")));
    CHECK(contains(pages, site.url("/news/atom-item.html")));
    CHECK(search_ids(db, "rssnyhed") == std::vector<std::string>{site.url("/news/rss-item.html")});
  }

  SECTION("the catalogue's records are indexed and its bad line reported as URL:LINE") {
    const auto solutions = listed_ids(db, "solution");
    CHECK(contains(solutions, "sol-katalog-loftlift"));
    CHECK(contains(solutions, "sol-katalog-badestol"));
    CHECK(!contains(solutions, "sol-katalog-bad"));
    CHECK(contains(listed_ids(db, "organisation"), "org-katalog-a"));
    CHECK_THAT(run.result.err, Catch::Contains(site.url("/catalogue.jsonl") + ":3: missing required field \"description\""));
    CHECK(run.source("nattevagt")["errors"]["bad_record"] == 1);
  }

  SECTION("nofollow links and the links of nofollow pages are not followed") {
    CHECK(site.count("/sponsored.html") == 0);
    CHECK(site.count("/nofollow-page.html") == 1);
    CHECK(site.count("/nofollow-target.html") == 0);
    CHECK(contains(pages, site.url("/nofollow-page.html")));
  }

  SECTION("noindex pages (meta and X-Robots-Tag) are fetched but not indexed; their links are followed") {
    CHECK(site.count("/noindex.html") == 1);
    CHECK(site.count("/xrobots.html") == 1);
    CHECK(!contains(pages, site.url("/noindex.html")));
    CHECK(!contains(pages, site.url("/xrobots.html")));
    CHECK(search_ids(db, "notatekst").empty());
    CHECK(contains(pages, site.url("/via-noindex.html")));
    CHECK(run.source("nattevagt")["noindex"] == 2);
  }

  SECTION("a page is indexed under its canonical URL") {
    CHECK(site.count("/products.html") == 1);
    CHECK(contains(pages, site.url("/products.html")));
    CHECK(std::none_of(pages.begin(), pages.end(),
                       [](const std::string& id) { return id.find("utm_source") != std::string::npos; }));
  }

  SECTION("the same text at two URLs is indexed once") {
    CHECK(site.count("/dup-a.html") == 1);
    CHECK(site.count("/dup-b.html") == 1);
    CHECK(search_ids(db, "dubletteksten").size() == 1);
    CHECK(run.source("nattevagt")["duplicates"] == 1);
  }

  SECTION("JSON-LD Organization and Product become records") {
    const auto organisations = listed_ids(db, "organisation");
    const auto solutions = listed_ids(db, "solution");
    CHECK(contains(organisations, "org-nattevagt-aps"));
    CHECK(contains(solutions, "sol-nattevagt-lyttesensor"));
    CHECK(contains(search_ids(db, "lyttesensor"), "sol-nattevagt-lyttesensor"));
  }

  SECTION("ISO-8859-1 and windows-1252 pages are searchable in Danish") {
    CHECK(search_ids(db, "sønderborg") == std::vector<std::string>{site.url("/latin1.html")});
    CHECK(search_ids(db, "rødgrød") == std::vector<std::string>{site.url("/latin1.html")});
    CHECK(search_ids(db, "århus") == std::vector<std::string>{site.url("/cp1252.html")});
  }

  SECTION("a binary file is skipped, boilerplate is not indexed, pages belong to the source's organisation") {
    CHECK(!contains(pages, site.url("/file.bin")));
    CHECK(run.source("nattevagt")["errors"]["unsupported_type"] == 1);
    CHECK(search_ids(db, "footerkontakt").empty());
    CHECK(contains(search_ids(db, "plejeboliger"), site.url("/")));
    const auto stored = run_tool("radar-index", {"search", "--db", db, "--type", "page", "grundlagt"});
    REQUIRE(json_lines(stored.out).size() == 1);
    CHECK(json_lines(stored.out)[0]["id"] == site.url("/about.html"));
  }

  SECTION("the summary counts what happened and the crawl time is recorded") {
    const json source = run.source("nattevagt");
    CHECK(source["complete"] == true);
    CHECK(source["indexed"] == pages.size());
    CHECK(source["records"].get<int>() >= 5);
    CHECK(run.summary["revision"] == 2);
    CHECK_THAT(run.result.err, Catch::Contains("crawl: source nattevagt: fetched"));
    const json stats = index_stats_of(db);
    CHECK(stats["documents"]["page"] == pages.size());
    CHECK(stats["revision"] == 2);
    Xapian::Database database(db);
    // Stamped as ingest stamps it: a remote shard reports this number as its revision.
    CHECK(database.get_metadata("radar:revision") == std::to_string(database.get_revision()));
    CHECK(database.get_metadata("radar:source:nattevagt:crawled").size() == 20);  // 2026-01-01T00:00:00Z
  }
}

TEST_CASE("a crawl tags a compound whose rest only a later page holds", "[crawl]") {
  // The first page says "sengekanten", the page it links to "kanten": the writer finds
  // "kanten" in the index only after the first page is written, and settles it before the commit.
  TempDir dir;
  TestSite site;
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.server().Get("/first.html", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"(<html lang="da"><body><p>Alarmen lyder ved sengekanten.</p><a href="/second.html">mere</a></body></html>)",
                         "text/html");
  });
  site.server().Get("/second.html", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"(<html lang="da"><body><p>Kanten er lav og blød.</p></body></html>)", "text/html");
  });
  site.start();
  const std::string db = dir.file("db");
  REQUIRE(run_tool("radar-index", {"language", "--db", db, "--thesaurus", dir.write("thesaurus.txt", "bed | seng | bed\n")})
              .exit_code == 0);
  const json sources = test_sources(json::array({{{"id", "s"}, {"seeds", {site.url("/first.html")}}, {"max_depth", 2}}}));
  const CrawlRun run = run_crawl(dir, db, sources);
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  REQUIRE(listed_ids(db, "page").size() == 2);
  CHECK(ids_with_term(db, radar::concept_term(0)) == std::vector<std::string>{site.url("/first.html")});
}

TEST_CASE("links are followed to max_depth and no further", "[crawl]") {
  TempDir dir;
  TestSite site;
  site.server().Get(R"(/calendar/(\d+)\.html)", [](const httplib::Request& request, httplib::Response& response) {
    const int month = std::stoi(request.matches[1]);
    response.set_content("<html><body><main><p>Måned " + std::to_string(month) + " kalenderside</p><a href=\"/calendar/" +
                             std::to_string(month + 1) + ".html\">næste</a></main></body></html>",
                         "text/html; charset=utf-8");
  });
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.start();
  json source = {{"id", "trap"}, {"seeds", {site.url("/calendar/1.html")}}, {"max_depth", 3}};
  const CrawlRun run = run_crawl(dir, dir.file("db"), test_sources(json::array({source})));
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  CHECK(site.count("/calendar/4.html") == 1);
  CHECK(site.count("/calendar/5.html") == 0);
  CHECK(listed_ids(dir.file("db"), "page").size() == 4);
  CHECK(run.source("trap")["complete"] == true);
}

TEST_CASE("a calendar trap stops at max_pages, and the crawl is then not complete", "[crawl]") {
  TempDir dir;
  TestSite site;
  site.server().Get(R"(/calendar/(\d+)\.html)", [](const httplib::Request& request, httplib::Response& response) {
    const int day = std::stoi(request.matches[1]);
    response.set_content("<html><body><p>Dag " + std::to_string(day) + "</p><a href=\"/calendar/" +
                             std::to_string(day + 1) + ".html\">i morgen</a></body></html>",
                         "text/html");
  });
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.start();
  json source = {{"id", "trap"}, {"seeds", {site.url("/calendar/1.html")}}, {"max_depth", 50}, {"max_pages", 500}};
  const CrawlRun run = run_crawl(dir, dir.file("db"), test_sources(json::array({source})), {"--max-pages", "7"});
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  std::size_t calendar_hits = 0;
  for (const Hit& hit : site.hits()) calendar_hits += hit.path.rfind("/calendar/", 0) == 0;
  CHECK(calendar_hits == 7);
  CHECK(run.source("trap")["max_pages_reached"] == true);
  CHECK(run.source("trap")["complete"] == false);
}

TEST_CASE("crawl --help and bad arguments", "[crawl]") {
  const auto help = run_tool("radar-index", {"crawl", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--sources FILE"));
  CHECK(run_tool("radar-index", {"crawl", "--db", "/tmp/x"}).exit_code == 2);
  TempDir dir;
  const std::string sources = dir.write("bad.json", R"({"sources": [{"id": "x", "seeds": ["ftp://example.org/"]}]})");
  const auto bad = run_tool("radar-index", {"crawl", "--db", dir.file("db"), "--sources", sources});
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("sources[0].seeds[0]"));
  CHECK_THAT(bad.err, Catch::Contains("not an absolute http(s) URL"));
}

TEST_CASE("a crawl with --shard I/N keeps the pages whose id hashes to shard I", "[crawl]") {
  TempDir dir;
  TestSite site;
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.server().Get(R"(/calendar/(\d+)\.html)", [](const httplib::Request& request, httplib::Response& response) {
    const int day = std::stoi(request.matches[1]);
    response.set_content("<html><body><p>Dag " + std::to_string(day) + " kalender</p><a href=\"/calendar/" +
                             std::to_string(day + 1) + ".html\">i morgen</a></body></html>",
                         "text/html");
  });
  site.start();
  const json sources =
      test_sources(json::array({{{"id", "s"}, {"seeds", {site.url("/calendar/1.html")}}, {"max_depth", 19}}}));
  REQUIRE(run_crawl(dir, dir.file("all"), sources).result.exit_code == 0);
  REQUIRE(run_crawl(dir, dir.file("shard0"), sources, {"--shard", "0/2"}).result.exit_code == 0);
  const CrawlRun second = run_crawl(dir, dir.file("shard1"), sources, {"--shard", "1/2"});
  REQUIRE(second.result.exit_code == 0);
  const auto all = listed_ids(dir.file("all"), "page");
  const auto shard0 = listed_ids(dir.file("shard0"), "page");
  const auto shard1 = listed_ids(dir.file("shard1"), "page");
  REQUIRE(all.size() == 20);
  CHECK(!shard0.empty());
  CHECK(!shard1.empty());
  std::set<std::string> joined(shard0.begin(), shard0.end());
  joined.insert(shard1.begin(), shard1.end());
  CHECK(joined == std::set<std::string>(all.begin(), all.end()));
  CHECK(shard0.size() + shard1.size() == all.size());
  CHECK(second.source("s")["other_shard"] == shard0.size());
}

TEST_CASE("crawled pages carry the concept terms of the index's thesaurus", "[crawl]") {
  TempDir dir;
  TestSite site;
  site.start();
  const std::string db = dir.file("db");
  const auto language = run_tool("radar-index", {"language", "--db", db, "--thesaurus",
                                                 source_path("tests/fixtures/language/thesaurus.txt"), "--stopwords",
                                                 source_path("tests/fixtures/language/stopwords")});
  REQUIRE(language.exit_code == 0);
  ingest_text(db, kOwner);
  const CrawlRun run = run_crawl(dir, db, test_sources(json::array({site_source(site)})));
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);

  Xapian::Database index(db);
  const auto resources = radar::read_language_resources(index);
  std::size_t night_supervision = resources.concepts.size();
  for (std::size_t i = 0; i < resources.concepts.size(); ++i) {
    if (resources.concepts[i].front() == "nattilsyn") night_supervision = i;
  }
  REQUIRE(night_supervision < resources.concepts.size());
  const std::string term = radar::concept_term(night_supervision);
  // The home page says "natligt tilsyn" (title, description and heading); the about page does not.
  const auto page_document = [&](const std::string& url) {
    Xapian::PostingIterator it = index.postlist_begin(radar::schema::id_term(url));
    REQUIRE(it != index.postlist_end(radar::schema::id_term(url)));
    return index.get_document(*it);
  };
  const Xapian::Document home = page_document(site.url("/"));
  Xapian::TermIterator found = home.termlist_begin();
  found.skip_to(term);
  REQUIRE(found != home.termlist_end());
  CHECK(*found == term);
  CHECK(found.get_wdf() >= 2);
  const Xapian::Document about = page_document(site.url("/about.html"));
  Xapian::TermIterator absent = about.termlist_begin();
  absent.skip_to(term);
  CHECK((absent == about.termlist_end() || *absent != term));
  CHECK(index.get_metadata(radar::kConceptsKey) == radar::concepts_signature(resources));

  // The crawler prepares the concepts beside the fetching and the writer thread finishes
  // them: every page carries what tagging it whole against the index gives.
  const radar::ConceptTagger tagger(resources);
  std::size_t pages_with_concepts = 0;
  for (const std::string& id : listed_ids(db, "page")) {
    const Xapian::Document stored = page_document(id);
    radar::ConceptTerms carried;
    Xapian::Document words;
    for (auto it = stored.termlist_begin(); it != stored.termlist_end(); ++it) {
      if ((*it).rfind(radar::kConceptPrefix, 0) == 0) {
        carried.emplace_back(*it, it.get_wdf());
      } else {
        words.add_term(*it, it.get_wdf());
      }
    }
    INFO(id);
    CHECK(carried == tagger.concepts_of(words, &index));
    if (!carried.empty()) ++pages_with_concepts;
  }
  CHECK(pages_with_concepts >= 1);  // the home page, at least
}
