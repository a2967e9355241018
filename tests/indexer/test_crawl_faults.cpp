// Black-box tests of how `radar-index crawl` fetches: retries with backoff and
// Retry-After, redirects (chains, loops, too many, outside allow), timeouts, size
// and type limits, unreachable sources, the SSRF guard, politeness delays and the
// User-Agent. Each test serves a small site from 127.0.0.1 and reads its request log.
#include <catch2/catch.hpp>

#include <atomic>
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

// Robots rules that allow everything and name no sitemap (the fixture's robots.txt does).
void open_robots(TestSite& site) { site.set_file("/robots.txt", "User-agent: *\nDisallow:\n"); }

void serve(TestSite& site, const std::string& path, const std::string& html) {
  site.server().Get(path, [html](const httplib::Request&, httplib::Response& response) {
    response.set_content(html, "text/html; charset=utf-8");
  });
}

void redirect(TestSite& site, const std::string& from, const std::string& to, int status = 302) {
  site.server().Get(from, [to, status](const httplib::Request&, httplib::Response& response) {
    response.status = status;
    response.set_header("Location", to);
  });
}

json source_for(const TestSite& site, const std::string& id, const std::vector<std::string>& seed_paths) {
  json seeds = json::array();
  for (const auto& path : seed_paths) seeds.push_back(site.url(path));
  return {{"id", id}, {"seeds", seeds}, {"max_depth", 3}};
}

// Seconds between consecutive requests (by arrival at the server).
std::vector<double> gaps(const std::vector<Hit>& hits) {
  std::vector<double> out;
  for (std::size_t i = 1; i < hits.size(); ++i) out.push_back(hits[i].seconds - hits[i - 1].seconds);
  return out;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("503 and 429 answers are retried with backoff, honouring Retry-After", "[crawl][fetch]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  std::atomic<int> flaky{0};
  std::atomic<int> busy{0};
  site.server().Get("/flaky.html", [&](const httplib::Request&, httplib::Response& response) {
    if (flaky++ == 0) {
      response.status = 503;
      return;
    }
    response.set_content(page("ustabil side virker nu"), "text/html");
  });
  site.server().Get("/busy.html", [&](const httplib::Request&, httplib::Response& response) {
    if (busy++ == 0) {
      response.status = 429;
      response.set_header("Retry-After", "1");
      return;
    }
    response.set_content(page("travl side svarer nu"), "text/html");
  });
  site.server().Get("/down.html", [](const httplib::Request&, httplib::Response& response) { response.status = 503; });
  serve(site, "/", page("start", {"/flaky.html", "/busy.html", "/down.html"}));
  site.start();
  const CrawlRun run = run_crawl(dir, dir.file("db"), test_sources(json::array({source_for(site, "s", {"/"})})));
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  const auto pages = listed_ids(dir.file("db"), "page");
  CHECK(has(pages, site.url("/flaky.html")));
  CHECK(has(pages, site.url("/busy.html")));
  CHECK(!has(pages, site.url("/down.html")));

  const auto flaky_hits = site.hits_of("/flaky.html");
  REQUIRE(flaky_hits.size() == 2);
  CHECK(flaky_hits[1].seconds - flaky_hits[0].seconds >= 0.2);
  const auto busy_hits = site.hits_of("/busy.html");
  REQUIRE(busy_hits.size() == 2);
  CHECK(busy_hits[1].seconds - busy_hits[0].seconds >= 0.95);
  CHECK(site.count("/down.html") == 3);  // the first try and two retries
  CHECK(run.source("s")["errors"]["http_503"] == 1);
  CHECK(run.source("s")["complete"] == false);
  CHECK_THAT(run.result.err, Catch::Contains("HTTP 503 after 3 attempts"));
}

TEST_CASE("redirects are followed by hand: chains end at the target, loops and long chains end", "[crawl][fetch]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  redirect(site, "/r/1", "/r/2", 301);
  redirect(site, "/r/2", "/r/3", 307);
  redirect(site, "/r/3", "/final.html", 308);
  serve(site, "/final.html", page("endestation efter omstillinger"));
  redirect(site, "/loop-a", "/loop-b");
  redirect(site, "/loop-b", "/loop-a");
  site.server().Get(R"(/hop/(\d+))", [](const httplib::Request& request, httplib::Response& response) {
    response.status = 302;
    response.set_header("Location", "/hop/" + std::to_string(std::stoi(request.matches[1]) + 1));
  });
  serve(site, "/", page("start", {"/r/1", "/loop-a", "/hop/0"}));
  site.start();
  const CrawlRun run = run_crawl(dir, dir.file("db"), test_sources(json::array({source_for(site, "s", {"/"})})));
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  const auto pages = listed_ids(dir.file("db"), "page");
  CHECK(has(pages, site.url("/final.html")));
  CHECK(!has(pages, site.url("/r/1")));
  CHECK(site.count("/r/1") == 1);
  CHECK(site.count("/final.html") == 1);
  CHECK(site.count("/loop-a") == 1);
  CHECK(site.count("/loop-b") == 1);
  CHECK(site.count("/hop/5") == 1);  // 5 redirects followed from /hop/0 ...
  CHECK(site.count("/hop/6") == 0);  // ... and no sixth
  CHECK(run.source("s")["errors"]["too_many_redirects"] == 1);
}

TEST_CASE("a redirect outside the allow prefixes is refused", "[crawl][fetch]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  serve(site, "/in/start.html", page("inde", {"/in/moved.html"}));
  redirect(site, "/in/moved.html", "/out/target.html", 301);
  serve(site, "/out/target.html", page("udenfor"));
  site.start();
  json source = source_for(site, "s", {"/in/start.html"});
  source["allow"] = {site.url("/in/")};
  const CrawlRun run = run_crawl(dir, dir.file("db"), test_sources(json::array({source})));
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  CHECK(site.count("/in/moved.html") == 1);
  CHECK(site.count("/out/target.html") == 0);
  CHECK(run.source("s")["errors"]["redirect_outside_allow"] == 1);
  CHECK_THAT(run.result.err, Catch::Contains("redirect to " + site.url("/out/target.html") + " is outside"));
}

TEST_CASE("slow, huge and binary answers are skipped or cut, and the crawl goes on", "[crawl][fetch]") {
  TempDir dir;
  std::atomic<bool> crawl_over{false};  // declared before the site, whose handler reads it
  TestSite site;
  open_robots(site);
  // The slow page answers only once the crawl is over (or, as a bound, after 10 s), so
  // the crawl's timeout, not the machine's speed, decides it; the timeout leaves a busy
  // machine time to send the huge page's first 200 KB.
  site.server().Get("/slow.html", [&crawl_over](const httplib::Request&, httplib::Response& response) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!crawl_over && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    response.set_content(page("langsom"), "text/html");
  });
  std::string huge = "<html><body><main><p>kæmpeside begynder her</p>";
  while (huge.size() < 3'000'000) huge += "<p>fyldtekst fyldtekst fyldtekst fyldtekst fyldtekst</p>\n";
  huge += "<p>slutord</p></main></body></html>";
  serve(site, "/huge.html", huge);
  site.server().Get("/image.png", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(5000, '\x89'), "image/png");
  });
  serve(site, "/after.html", page("efterfølgende side"));
  serve(site, "/", page("start", {"/slow.html", "/huge.html", "/image.png", "/after.html"}));
  site.start();
  json sources = test_sources(json::array({source_for(site, "s", {"/"})}));
  sources["timeout_ms"] = 2000;
  sources["max_body_bytes"] = 200000;
  const auto started = std::chrono::steady_clock::now();
  const CrawlRun run = run_crawl(dir, dir.file("db"), sources);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  crawl_over = true;
  INFO(run.result.err);
  REQUIRE(run.result.exit_code == 0);
  CHECK(seconds < 10);  // the crawl did not wait for the slow page
  const std::string db = dir.file("db");
  const auto pages = listed_ids(db, "page");
  CHECK(!has(pages, site.url("/slow.html")));
  CHECK(has(pages, site.url("/after.html")));
  CHECK(!has(pages, site.url("/image.png")));
  CHECK(has(search_ids(db, "kæmpeside"), site.url("/huge.html")));
  CHECK(search_ids(db, "slutord").empty());
  const json summary = run.source("s");
  CHECK(summary["errors"]["timeout"] == 1);
  CHECK(summary["errors"]["unsupported_type"] == 1);
  CHECK(summary["truncated"] == 1);
  CHECK(summary["complete"] == false);  // the slow page may have had links
  CHECK_THAT(run.result.err, Catch::Contains("body cut at 200000 bytes"));
}

TEST_CASE("a source that cannot be reached does not stop the others", "[crawl][fetch]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  serve(site, "/", page("den gode kilde svarer"));
  site.start();
  const int closed_port = free_port();
  json bad = {{"id", "bad"}, {"seeds", {"http://127.0.0.1:" + std::to_string(closed_port) + "/"}}};
  const CrawlRun run =
      run_crawl(dir, dir.file("db"), test_sources(json::array({bad, source_for(site, "good", {"/"})})));
  INFO(run.result.err);
  CHECK(run.result.exit_code == 1);  // a source produced nothing but errors
  CHECK(search_ids(dir.file("db"), "kilde") == std::vector<std::string>{site.url("/")});
  CHECK(run.source("bad")["errors"]["robots_unavailable"] == 1);
  CHECK(run.source("good")["indexed"] == 1);
  CHECK_THAT(run.result.err, Catch::Contains("robots.txt unreachable"));
}

TEST_CASE("private addresses are refused unless allow_private_addresses is true", "[crawl][ssrf]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  serve(site, "/", page("intern tjeneste"));
  site.start();
  json sources = test_sources(json::array({source_for(site, "s", {"/"})}));
  sources["allow_private_addresses"] = false;
  const CrawlRun run = run_crawl(dir, dir.file("db"), sources);
  INFO(run.result.err);
  CHECK(run.result.exit_code == 1);
  CHECK(site.hits().empty());
  CHECK(run.source("s")["errors"]["blocked_address"] == 1);
  CHECK_THAT(run.result.err, Catch::Contains("refused to connect to 127.0.0.1"));
  CHECK(listed_ids(dir.file("db"), "page").empty());
}

TEST_CASE("requests to one host keep the delay, and a longer Crawl-delay wins", "[crawl][politeness]") {
  std::vector<std::string> links = {"/p1.html", "/p2.html", "/p3.html"};
  const auto crawl_site = [&](const std::string& robots, long delay_ms, const std::vector<std::string>& extra) {
    TempDir dir;
    TestSite site;
  open_robots(site);
    site.set_file("/robots.txt", robots);
    for (const auto& link : links) serve(site, link, page("side " + link));
    serve(site, "/", page("start", links));
    site.start();
    json sources = test_sources(json::array({source_for(site, "s", {"/"})}));
    sources["delay_ms"] = delay_ms;
    const CrawlRun run = run_crawl(dir, dir.file("db"), sources, extra);
    INFO(run.result.err);
    REQUIRE(run.result.exit_code == 0);
    REQUIRE(site.hits().size() == 5);  // robots.txt, the start page, three pages
    return gaps(site.hits());
  };
  SECTION("the sources file's delay") {
    for (const double gap : crawl_site("User-agent: *\nDisallow:\n", 200, {})) CHECK(gap >= 0.19);
  }
  SECTION("--delay-ms overrides it") {
    const auto seconds = crawl_site("User-agent: *\nDisallow:\n", 5000, {"--delay-ms", "150"});
    for (const double gap : seconds) {
      CHECK(gap >= 0.14);
      CHECK(gap < 2);
    }
  }
  SECTION("robots.txt asks for more") {
    const auto seconds = crawl_site("User-agent: *\nCrawl-delay: 0.3\n", 0, {});
    for (const double gap : seconds) CHECK(gap >= 0.29);
  }
}

TEST_CASE("the User-Agent comes from the sources file or --user-agent, and robots.txt rules follow it",
          "[crawl][politeness]") {
  TempDir dir;
  TestSite site;
  open_robots(site);
  site.set_file("/robots.txt", "User-agent: specialbot\nDisallow: /\n\nUser-agent: *\nDisallow:\n");
  serve(site, "/", page("velkommen"));
  site.start();
  const json sources = test_sources(json::array({source_for(site, "s", {"/"})}));
  const CrawlRun first = run_crawl(dir, dir.file("db"), sources);
  REQUIRE(first.result.exit_code == 0);
  CHECK(site.count("/") == 1);
  for (const Hit& hit : site.hits()) CHECK(hit.user_agent == "RadarTest/1.0 (+https://example.org/bot)");
  site.clear_hits();
  const CrawlRun second = run_crawl(dir, dir.file("db2"), sources, {"--user-agent", "SpecialBot/2.0"});
  INFO(second.result.err);
  REQUIRE(second.result.exit_code == 0);
  CHECK(site.count("/robots.txt") == 1);
  CHECK(site.count("/") == 0);
  CHECK(second.source("s")["robots_skipped"] == 1);
  for (const Hit& hit : site.hits()) CHECK(hit.user_agent == "SpecialBot/2.0");
}
