// The crawl's index writes on a writer thread (crawl/write_queue.h): the queue on its
// own against a real index (order, backpressure, a failing write), then black-box
// crawls of several hosts: every page lands exactly once, a re-crawl answered with
// 304s changes nothing, and a write that fails ends the crawl with a clear error and
// the previous revision intact. Every wait is bounded.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <set>
#include <stdexcept>
#include <thread>

#include "crawl/write_queue.h"
#include "crawl_test_site.h"
#include "radar/index.h"

using namespace radar::test;
using radar::IndexWriter;
using radar::crawl::WriteQueue;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// A document with a unique id term, as the crawler writes them.
void add_page(IndexWriter& writer, const std::string& id) {
  Xapian::Document doc;
  doc.add_boolean_term("Q" + id);
  doc.add_term("ord" + id);
  writer.database().replace_document("Q" + id, doc);
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit = 5000ms) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(1ms);
  }
  return true;
}

}  // namespace

TEST_CASE("the write queue runs every job once, in order, and drain() waits for them", "[crawl][pipeline]") {
  TempDir dir;
  IndexWriter writer(dir.file("db"));
  std::vector<int> order;
  {
    WriteQueue queue(writer, 4);
    for (int i = 0; i < 100; ++i) {
      queue.push([i, &order](IndexWriter& w) {
        add_page(w, std::to_string(i));
        order.push_back(i);  // only the writer thread touches `order` until drain()
      });
    }
    queue.drain();
    CHECK(queue.done() == 100);
    CHECK(writer.database().get_doccount() == 100);  // drained: the index is ours to read
  }
  std::vector<int> expected(100);
  for (int i = 0; i < 100; ++i) expected[i] = i;
  CHECK(order == expected);
}

TEST_CASE("a full write queue holds the producer back", "[crawl][pipeline]") {
  TempDir dir;
  IndexWriter writer(dir.file("db"));
  WriteQueue queue(writer, 2);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<bool> started{false};
  queue.push([&started, released](IndexWriter&) {
    started = true;
    released.wait_for(10s);  // bounded even if the test fails before releasing it
  });
  REQUIRE(wait_until([&] { return started.load(); }));
  queue.push([](IndexWriter&) {});
  queue.push([](IndexWriter&) {});  // the queue holds two while the first runs
  std::atomic<bool> pushed{false};
  std::thread producer([&] {
    queue.push([](IndexWriter&) {});
    pushed = true;
  });
  std::this_thread::sleep_for(100ms);
  CHECK(!pushed.load());  // blocked: no third waiting job
  release.set_value();
  CHECK(wait_until([&] { return pushed.load(); }));
  producer.join();
  queue.drain();
  CHECK(queue.done() == 4);
}

TEST_CASE("a failed write stops the queue and its error reaches the producer", "[crawl][pipeline]") {
  TempDir dir;
  IndexWriter writer(dir.file("db"));
  std::atomic<int> ran_after{0};
  WriteQueue queue(writer, 8);
  // The first write waits until every job is queued: a push after the failed write throws
  // (the second section), so the jobs after it must be queued before it runs.
  std::promise<void> all_queued;
  const std::shared_future<void> queued = all_queued.get_future().share();
  queue.push([queued](IndexWriter& w) {
    queued.wait();
    add_page(w, "a");
  });
  queue.push([](IndexWriter&) { throw Xapian::DatabaseError("disk full (test)"); });
  for (int i = 0; i < 3; ++i) queue.push([&ran_after](IndexWriter&) { ++ran_after; });
  all_queued.set_value();
  SECTION("drain() rethrows it") {
    CHECK_THROWS_AS(queue.drain(), Xapian::DatabaseError);
    try {
      queue.drain();  // and keeps doing so
      FAIL("drain() after a failed write did not throw");
    } catch (const Xapian::DatabaseError& error) {
      CHECK(error.get_msg() == "disk full (test)");
    }
  }
  SECTION("so does the next push()") {
    REQUIRE(wait_until([&] { return queue.done() == 2; }));
    CHECK_THROWS_AS(queue.push([](IndexWriter&) {}), Xapian::DatabaseError);
  }
  CHECK(ran_after == 0);  // nothing after the failed write ran
}

TEST_CASE("a write queue destroyed with jobs waiting stops without running them", "[crawl][pipeline]") {
  TempDir dir;
  IndexWriter writer(dir.file("db"));
  std::atomic<int> ran{0};
  const auto started = std::chrono::steady_clock::now();
  {
    WriteQueue queue(writer, 100);
    queue.push([](IndexWriter&) { std::this_thread::sleep_for(50ms); });
    for (int i = 0; i < 50; ++i) queue.push([&ran](IndexWriter&) { ++ran; });
  }
  CHECK(ran < 50);
  CHECK(std::chrono::steady_clock::now() - started < 5s);
}

namespace {

constexpr int kPagesPerHost = 120;

// A host of kPagesPerHost generated pages at /p/N.html, each linking to the next five
// pages of its host and to the same page of `next` (another host), with ETags.
void serve_generated(TestSite& site, const std::string& name, const std::string& next_base) {
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  site.server().Get(R"(/p/(\d+)\.html)", [name, next_base](const httplib::Request& request,
                                                             httplib::Response& response) {
    const int number = std::stoi(request.matches[1]);
    if (number >= kPagesPerHost) {
      response.status = 404;
      return;
    }
    const std::string etag = "\"" + name + "-" + std::to_string(number) + "\"";
    response.set_header("ETag", etag);
    if (request.get_header_value("If-None-Match") == etag) {
      response.status = 304;
      return;
    }
    std::string html = "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Side " + name + " " +
                       std::to_string(number) + "</title></head><body><main><p>vaert" + name + " sidenummer" +
                       std::to_string(number) + " velfærdsteknologi plejebolig hjemmepleje</p>";
    for (int k = 1; k <= 5; ++k) {
      const std::string path = "/p/" + std::to_string((number + k) % kPagesPerHost) + ".html";
      html += "<a href=\"" + path + "\">videre</a> ";
    }
    html += "<a href=\"" + next_base + "/p/" + std::to_string(number) + ".html\">partner</a></main></body></html>";
    response.set_content(html, "text/html; charset=utf-8");
  });
}

// A source id per test site ("h" and its port); appended, as GCC 12 warns about
// "h" + std::to_string(...) with a false -Wrestrict (GCC bug 105329).
std::string host_id(const TestSite& site) { return std::string("h").append(std::to_string(site.port())); }

// Three hosts (test sites on three ports, so three origins) serving generated pages.

struct Hosts {
  TestSite a, b, c;
  Hosts() {
    serve_generated(a, "a", b.base());
    serve_generated(b, "b", c.base());
    serve_generated(c, "c", a.base());
    a.start();
    b.start();
    c.start();
  }
  [[nodiscard]] std::vector<TestSite*> all() { return {&a, &b, &c}; }
  [[nodiscard]] json sources() {
    json list = json::array();
    for (TestSite* site : all()) {
      list.push_back({{"id", host_id(*site)},
                      {"seeds", {site->url("/p/0.html")}},
                      {"allow", {site->base() + "/"}},
                      {"max_depth", 50},
                      {"max_pages", 10000}});
    }
    return test_sources(list);
  }
  [[nodiscard]] std::set<std::string> expected_ids() {
    std::set<std::string> ids;
    for (TestSite* site : all()) {
      for (int i = 0; i < kPagesPerHost; ++i) ids.insert(site->url("/p/" + std::to_string(i) + ".html"));
    }
    return ids;
  }
};

}  // namespace

TEST_CASE("every page of a multi-host crawl lands exactly once, and a 304 re-crawl changes nothing",
          "[crawl][pipeline]") {
  TempDir dir;
  Hosts hosts;
  const std::string db = dir.file("db");
  const CrawlRun first = run_crawl(dir, db, hosts.sources());
  INFO(first.result.err);
  REQUIRE(first.result.exit_code == 0);
  CHECK(first.summary["pages_fetched"] == 3 * kPagesPerHost);
  for (TestSite* site : hosts.all()) {
    const json summary = first.source(host_id(*site));
    CHECK(summary["indexed"] == kPagesPerHost);
    CHECK(summary["duplicates"] == 0);
    CHECK(summary["complete"] == true);
    for (int i = 0; i < kPagesPerHost; ++i) CHECK(site->count("/p/" + std::to_string(i) + ".html") == 1);
  }
  const std::vector<std::string> ids = listed_ids(db, "page");
  CHECK(ids.size() == std::size_t{3} * kPagesPerHost);  // no page twice ...
  CHECK(std::set<std::string>(ids.begin(), ids.end()) == hosts.expected_ids());  // ... and none missing
  const std::vector<std::string> found = search_ids(db, "sidenummer77");
  for (TestSite* site : hosts.all()) CHECK(std::count(found.begin(), found.end(), site->url("/p/77.html")) == 1);
  const std::string listing = run_tool("radar-index", {"list", "--db", db}).out;
  const json stats = index_stats_of(db);

  for (TestSite* site : hosts.all()) site->clear_hits();
  const CrawlRun second = run_crawl(dir, db, hosts.sources());
  INFO(second.result.err);
  REQUIRE(second.result.exit_code == 0);
  const std::vector<std::string> names = {"a", "b", "c"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    TestSite* site = hosts.all()[i];
    const json summary = second.source(host_id(*site));
    CHECK(summary["not_modified"] == kPagesPerHost);
    CHECK(summary["indexed"] == 0);
    CHECK(summary["removed"] == 0);
    const auto hits = site->hits_of("/p/5.html");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].if_none_match == "\"" + names[i] + "-5\"");
  }
  CHECK(run_tool("radar-index", {"list", "--db", db}).out == listing);
  json stats_after = index_stats_of(db);
  CHECK(stats_after["documents"] == stats["documents"]);
  CHECK(stats_after["revision"] == stats["revision"].get<int>() + 1);
}

TEST_CASE("a crawl whose index writes fail ends with a clear error and keeps the previous revision",
          "[crawl][pipeline]") {
  TempDir dir;
  Hosts hosts;
  const std::string db = dir.file("db");
  ingest_text(db, R"({"type":"organisation","id":"org-a","name":"A","description":"Et firma.","org_type":"company"})"
                  "\n");
  const json before = index_stats_of(db);
  const std::string sources = dir.write("sources.json", hosts.sources().dump());
  // A 48 KiB file-size limit (the stand-in for a full disk) and a flush every 10 pages,
  // so Xapian writes its tables, and fails, on the writer thread in mid-crawl.
  const std::string tool = std::string(RADAR_BIN_DIR) + "/radar-index";
  const CommandResult failed =
      run_program("/bin/sh", {"-c", "ulimit -f 96 && exec \"$0\" \"$@\"", tool, "crawl", "--db", db, "--sources", sources},
                  {"XAPIAN_FLUSH_THRESHOLD=10"}, "", 60);
  INFO(failed.err);
  CHECK(failed.exit_code == 1);  // not a hang (-1), not a signal
  CHECK_THAT(failed.err, Catch::Contains("crawl not committed, the index keeps its previous revision"));
  CHECK_THAT(failed.err, Catch::Contains("File too large"));
  CHECK(index_stats_of(db) == before);
  std::size_t fetched = 0;
  for (TestSite* site : hosts.all()) fetched += site->hits().size();
  CHECK(fetched < std::size_t{3} * kPagesPerHost);  // it stopped in mid-crawl, at the failed write, not at the commit

  for (TestSite* site : hosts.all()) site->clear_hits();
  const CrawlRun again = run_crawl(dir, db, hosts.sources());
  INFO(again.result.err);
  REQUIRE(again.result.exit_code == 0);
  CHECK(listed_ids(db, "page").size() == std::size_t{3} * kPagesPerHost);
}
