// Black-box tests of re-crawling: conditional requests and 304s, content hashes,
// removal of pages that are gone (404, 410, unlinked) only after a complete crawl,
// sitemap lastmod, and atomicity: a killed crawl leaves the last revision, and a
// crawl running holds the index lock (exit 75 for a second one).
#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <thread>

#include "crawl_test_site.h"

using namespace radar::test;
using nlohmann::json;

namespace {

std::string page(const std::string& words, const std::vector<std::string>& links = {}) {
  std::string html = "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + words +
                     "</title></head><body><main><p>" + words + "</p>";
  for (const auto& link : links) html.append("<a href=\"").append(link).append("\">").append(link).append("</a> ");
  return html + "</main></body></html>";
}

// A site of fixture-served pages (so with ETag and Last-Modified) and open robots rules.
void small_site(TestSite& site) {
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.set_file("/index.html", page("forside", {"/a.html", "/b.html", "/c.html", "/d.html"}));
  site.set_file("/a.html", page("alfaside", {"/a2.html"}));
  site.set_file("/a2.html", page("dybereside"));
  site.set_file("/b.html", page("betaside"));
  site.set_file("/c.html", page("gammaside"));
  site.set_file("/d.html", page("deltaside"));
}

json sources_for(const TestSite& site) {
  return test_sources(json::array({{{"id", "s"}, {"seeds", {site.url("/")}}, {"max_depth", 3}}}));
}

std::size_t page_count(const std::string& db) { return listed_ids(db, "page").size(); }

}  // namespace

TEST_CASE("a second crawl sends If-None-Match and If-Modified-Since and keeps 304 pages", "[crawl][incremental]") {
  TempDir dir;
  TestSite site;
  small_site(site);
  site.start();
  const std::string db = dir.file("db");
  const CrawlRun first = run_crawl(dir, db, sources_for(site));
  INFO(first.result.err);
  REQUIRE(first.result.exit_code == 0);
  REQUIRE(page_count(db) == 6);
  for (const Hit& hit : site.hits()) CHECK(hit.if_none_match.empty());
  site.clear_hits();

  const CrawlRun second = run_crawl(dir, db, sources_for(site));
  INFO(second.result.err);
  REQUIRE(second.result.exit_code == 0);
  for (const std::string path : {"/", "/a.html", "/a2.html", "/b.html", "/c.html", "/d.html"}) {
    const auto hits = site.hits_of(path);
    REQUIRE(hits.size() == 1);
    CHECK(!hits[0].if_none_match.empty());
    CHECK(hits[0].if_modified_since == "Mon, 01 Jan 2024 00:00:00 GMT");
  }
  const json summary = second.source("s");
  CHECK(summary["not_modified"] == 6);
  CHECK(summary["indexed"] == 0);
  CHECK(summary["removed"] == 0);
  CHECK(summary["complete"] == true);
  CHECK(page_count(db) == 6);  // /a2.html is reached through the stored links of a 304 page
  CHECK(index_stats_of(db)["revision"] == 2);
}

TEST_CASE("an unchanged content hash is not re-indexed - changed text is", "[crawl][incremental]") {
  TempDir dir;
  TestSite site;
  small_site(site);
  site.set_validators(false);
  site.start();
  const std::string db = dir.file("db");
  REQUIRE(run_crawl(dir, db, sources_for(site)).result.exit_code == 0);
  const CrawlRun second = run_crawl(dir, db, sources_for(site));
  INFO(second.result.err);
  REQUIRE(second.result.exit_code == 0);
  for (const Hit& hit : site.hits()) CHECK(hit.if_none_match.empty());
  CHECK(second.source("s")["unchanged"] == 6);
  CHECK(second.source("s")["indexed"] == 0);

  site.set_file("/b.html", page("betaside med nyhedsord"));
  const CrawlRun third = run_crawl(dir, db, sources_for(site));
  REQUIRE(third.result.exit_code == 0);
  CHECK(third.source("s")["indexed"] == 1);
  CHECK(third.source("s")["unchanged"] == 5);
  CHECK(search_ids(db, "nyhedsord") == std::vector<std::string>{site.url("/b.html")});
}

TEST_CASE("404, 410 and unlinked pages are removed, but only after a complete crawl", "[crawl][incremental]") {
  TempDir dir;
  TestSite site;
  small_site(site);
  site.start();
  const std::string db = dir.file("db");
  REQUIRE(run_crawl(dir, db, sources_for(site)).result.exit_code == 0);
  REQUIRE(page_count(db) == 6);

  SECTION("pages no longer linked from anywhere are removed by a complete crawl") {
    site.set_file("/index.html", page("forside uden links"));
    const CrawlRun partial = run_crawl(dir, db, sources_for(site), {"--max-pages", "1"});
    INFO(partial.result.err);
    REQUIRE(partial.result.exit_code == 0);
    CHECK(partial.source("s")["complete"] == true);  // nothing more was linked: complete
    CHECK(partial.source("s")["removed"] == 5);
  }

  SECTION("gone pages") {
    site.remove_file("/a.html", 404);
    site.remove_file("/b.html", 410);
    site.set_file("/index.html", page("forside", {"/a.html", "/b.html", "/d.html"}));  // /c.html unlinked
    const CrawlRun second = run_crawl(dir, db, sources_for(site));
    INFO(second.result.err);
    REQUIRE(second.result.exit_code == 0);
    const auto pages = listed_ids(db, "page");
    CHECK(pages.size() == 2);
    CHECK(std::find(pages.begin(), pages.end(), site.url("/d.html")) != pages.end());
    CHECK(second.source("s")["removed"] == 4);  // a, b, c and a2 (only linked from a)
    CHECK(search_ids(db, "gammaside").empty());
  }

  SECTION("an incomplete crawl removes only what answered 404 or 410") {
    site.remove_file("/a.html", 404);
    site.set_file("/index.html", page("forside", {"/a.html", "/d.html", "/e.html"}));
    site.set_file("/e.html", page("epsilon", {"/f.html", "/g.html"}));
    site.set_file("/f.html", page("f"));
    site.set_file("/g.html", page("g"));
    const CrawlRun second = run_crawl(dir, db, sources_for(site), {"--max-pages", "4"});
    INFO(second.result.err);
    REQUIRE(second.result.exit_code == 0);
    CHECK(second.source("s")["max_pages_reached"] == true);
    CHECK(second.source("s")["complete"] == false);
    CHECK(second.source("s")["removed"] == 1);
    const auto pages = listed_ids(db, "page");
    CHECK(std::find(pages.begin(), pages.end(), site.url("/a.html")) == pages.end());
    CHECK(std::find(pages.begin(), pages.end(), site.url("/c.html")) != pages.end());
  }
}

TEST_CASE("a sitemap lastmod older than the stored copy saves the request", "[crawl][incremental]") {
  TempDir dir;
  TestSite site;
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.set_file("/sitemap.xml",
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                "<url><loc>{{BASE}}/old.html</loc><lastmod>2020-01-01</lastmod></url>"
                "<url><loc>{{BASE}}/new.html</loc><lastmod>2999-01-01T00:00:00Z</lastmod></url></urlset>");
  site.set_file("/old.html", page("gammel side", {"/linked.html"}));
  site.set_file("/new.html", page("ny side"));
  site.set_file("/linked.html", page("linket fra den gamle"));
  site.start();
  const std::string db = dir.file("db");
  const json sources = test_sources(json::array({{{"id", "s"}, {"sitemaps", {site.url("/sitemap.xml")}}}}));
  REQUIRE(run_crawl(dir, db, sources).result.exit_code == 0);
  REQUIRE(page_count(db) == 3);
  site.clear_hits();
  const CrawlRun second = run_crawl(dir, db, sources);
  INFO(second.result.err);
  REQUIRE(second.result.exit_code == 0);
  CHECK(site.count("/old.html") == 0);
  CHECK(site.count("/new.html") == 1);
  CHECK(site.count("/linked.html") == 1);  // followed from the stored links of /old.html
  CHECK(page_count(db) == 3);
  CHECK(second.source("s")["not_modified"] == 3);  // the lastmod skip, then two 304s
}

TEST_CASE("a killed crawl leaves the last revision, a running one holds the lock", "[crawl][atomicity]") {
  TempDir dir;
  TestSite site;
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  constexpr int kSlowPages = 40;
  std::vector<std::string> links;
  links.reserve(kSlowPages);
  for (int i = 0; i < kSlowPages; ++i) links.push_back("/slow/" + std::to_string(i) + ".html");
  site.set_file("/index.html", page("langsom forside", links));
  site.server().Get(R"(/slow/(\d+)\.html)", [](const httplib::Request& request, httplib::Response& response) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    response.set_content(page("langsom side nummer" + std::string(request.matches[1])), "text/html");
  });
  site.start();
  const std::string db = dir.file("db");
  ingest_text(db, R"({"type":"organisation","id":"org-a","name":"A","description":"Et firma.","org_type":"company"})"
                  "\n");
  const json before = index_stats_of(db);
  const std::string sources_path = dir.write("sources.json", sources_for(site).dump());
  {
    ChildProcess crawl("radar-index", {"crawl", "--db", db, "--sources", sources_path});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (site.hits().size() < 12 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(site.hits().size() >= 12);
    const auto locked = run_tool("radar-index", {"crawl", "--db", db, "--sources", sources_path}, "", 20);
    CHECK(locked.exit_code == 75);
    CHECK_THAT(locked.err, Catch::Contains("being written by another process"));
    CHECK(site.count("/robots.txt") == 1);  // the locked-out crawl fetched nothing
    CHECK(crawl.stop(SIGKILL) == 128 + SIGKILL);
  }
  const json after = index_stats_of(db);
  CHECK(after == before);
  CHECK(after["documents"]["page"] == 0);

  const CrawlRun again = run_crawl(dir, db, sources_for(site));
  INFO(again.result.err);
  REQUIRE(again.result.exit_code == 0);
  CHECK(index_stats_of(db)["documents"]["page"] == 41);
  CHECK(index_stats_of(db)["revision"] == before["revision"].get<int>() + 1);
}
