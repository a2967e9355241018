// The whole crawler against a hostile site on 127.0.0.1: a 10 MB robots.txt,
// billion-laughs and million-deep sitemaps and feeds, a gzip bomb sitemap, a
// catalogue with records nested 200,000 deep, numbers no double holds and broken
// UTF-8, pages of NUL bytes and broken UTF-8; a server that accepts and never answers
// and bodies that never end. The crawl must end by itself, log a reason for each bad
// resource, and still index the good page and the good record. (Slow, huge, binary,
// redirecting and private-address targets: tests/indexer/test_crawl_faults.cpp.)
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>

#include <catch2/catch.hpp>

#include "../indexer/crawl_test_site.h"
#include "crawl/fetcher.h"

using namespace radar::test;
using nlohmann::json;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

const std::string kLaughs = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
)";

void serve(TestSite& site, const std::string& path, const std::string& body, const std::string& type) {
  site.server().Get(path, [body, type](const httplib::Request&, httplib::Response& response) {
    response.set_content(body, type.c_str());
  });
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("a hostile site is crawled to the end: bad resources logged, good ones indexed", "[reliability][crawl]") {
  TempDir dir;
  TestSite site;
  // 10 MB: the first 500 KiB are read; the group below comes first, so it applies.
  serve(site, "/robots.txt",
        "User-agent: *\nDisallow: /private/\n" + repeat("# " + std::string(98, 'x') + "\n", 100000), "text/plain");
  const std::string good_page =
      R"(<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Godt nattilsyn</title>
</head><body><main><p>Sensorer til nattilsyn af borgere med demens.</p>
<a href="/nul.html">nul</a> <a href="/broken.html">broken</a> <a href="/deep.html">deep</a></main></body></html>)";
  serve(site, "/", good_page, "text/html; charset=utf-8");
  serve(site, "/nul.html", repeat(std::string("<p>nul\0byte</p>\0", 16), 10000), "text/html");
  serve(site, "/broken.html", "<title>Brudt \xC3\x28 tegn</title>" + repeat("<p>\xFF\xFE\xC3 tekst</p>", 10000),
        "text/html; charset=utf-8");
  serve(site, "/deep.html", repeat("<div>", 200000) + "dyb tekst", "text/html");
  serve(site, "/laughs.xml", kLaughs + "<urlset><url><loc>&lol2;</loc></url></urlset>", "application/xml");
  serve(site, "/deep-sitemap.xml",
        "<urlset><url><loc>" + repeat("<a>", 200000) + "/x" + repeat("</a>", 200000) + "</loc></url></urlset>",
        "application/xml");
  serve(site, "/bomb.xml.gz", TestSite::gzip("<urlset>" + std::string(200 << 20, ' ') + "</urlset>"),
        "application/gzip");
  serve(
      site, "/deep.rss",
      "<rss><channel><item><link>" + repeat("<b>", 200000) + repeat("</b>", 200000) + "</link></item></channel></rss>",
      "application/rss+xml");
  serve(site, "/laughs.atom", kLaughs + "<feed><entry><link href=\"/x\"/><title>&lol2;</title></entry></feed>",
        "application/atom+xml");
  const std::string good_record =
      R"({"type":"organisation","id":"org-hostile-good","name":"God leverandør","description":"Nattilsyn","org_type":"company"})";
  serve(
      site, "/catalogue.jsonl",
      good_record + "\n" + R"({"type":"organisation","id":"org-deep","x":)" + repeat("[", 200000) +
          repeat("]", 200000) + "}\n" +
          R"({"type":"organisation","id":"org-big","name":"n","description":"d","org_type":"company","employees":1e400})" +
          "\n" + "{\"type\":\"organisation\",\"id\":\"org-utf\",\"name\":\"\xC3\x28\"}\n" + std::string("\0\0\0\n", 4),
      "application/x-ndjson");

  const json sources = test_sources(json::array(
      {json{{"id", "hostile"},
            {"seeds", {site.url("/")}},
            {"sitemaps", {site.url("/laughs.xml"), site.url("/deep-sitemap.xml"), site.url("/bomb.xml.gz")}},
            {"feeds", {site.url("/deep.rss"), site.url("/laughs.atom")}},
            {"records", {site.url("/catalogue.jsonl")}},
            {"max_depth", 2}}}));
  site.start();
  const std::string db = dir.file("db");
  const CrawlRun run = run_crawl(dir, db, sources, {}, 240);
  CAPTURE(run.result.err.substr(0, 4000));
  REQUIRE(run.result.exit_code >= 0);  // finished by itself, within the bound
  CHECK(run.result.exit_code <= 1);    // not killed by a signal (128 + N)

  const auto pages = listed_ids(db, "page");
  CHECK(has(pages, site.url("/")));
  CHECK(has(listed_ids(db, "organisation"), "org-hostile-good"));
  CHECK(!has(listed_ids(db, "organisation"), "org-deep"));
  // Each bad resource is named in the log with a reason.
  for (const std::string resource : {"/laughs.xml", "/bomb.xml.gz", "/laughs.atom", "/catalogue.jsonl"}) {
    CAPTURE(resource);
    CHECK_THAT(run.result.err, Catch::Contains(site.url(resource)));
  }
  CHECK_THAT(run.result.err, Catch::Contains("entities"));
  CHECK_THAT(run.result.err, Catch::Contains("exceeds"));
  CHECK_THAT(run.result.err, Catch::Contains("nested deeper than"));
  CHECK_THAT(run.result.err, Catch::Contains("number overflow"));
  // The hostile pages were still indexed, as clean UTF-8 without NUL bytes.
  for (const auto& row : json_lines(run_tool("radar-index", {"list", "--db", db}).out)) {
    CHECK(row.dump().find("\\u0000") == std::string::npos);
  }
}

TEST_CASE("a server that never answers and bodies that never end are cut by the limits", "[reliability][crawl]") {
  TempDir dir;
  TestSite site;
  site.set_file("/robots.txt", "User-agent: *\nDisallow:\n");
  // Accepts connections (the kernel completes them from the backlog) and never answers.
  const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(silent, 16) == 0);
  socklen_t length = sizeof address;
  ::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length);
  const std::string silent_url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/";

  // Bodies that never end: chunks until the client hangs up (or, as a bound, 30 s pass).
  // Large chunks, so that a busy machine reaches the size limit in a few writes, well
  // within the timeout that cuts the silent server.
  const auto endless = [](const std::string& type, const std::string& head, const std::string& piece) {
    return [=](const httplib::Request&, httplib::Response& response) {
      const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      response.set_chunked_content_provider(type, [=](std::size_t offset, httplib::DataSink& sink) {
        if (std::chrono::steady_clock::now() > until) return false;
        const std::string chunk = offset == 0 ? head + piece : piece;
        return sink.write(chunk.data(), chunk.size());
      });
    };
  };
  site.server().Get("/endless.html",
                    endless("text/html", "<html><body><main><p>uendelig side</p>", repeat("<p>mere tekst</p>\n", 4096)));
  site.server().Get("/endless.xml", endless("application/xml", "<urlset>", repeat("<url><loc>/x</loc></url>\n", 4096)));
  site.server().Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(
        "<html><body><main><p>Forside med gode ord</p><a href=\"/endless.html\">x</a></main></body></html>",
        "text/html");
  });
  json sources = test_sources(json::array({json{{"id", "endless"},
                                                {"seeds", {site.url("/"), silent_url}},
                                                {"sitemaps", {site.url("/endless.xml")}},
                                                {"max_depth", 2}}}));
  sources["timeout_ms"] = 4000;
  sources["max_body_bytes"] = 300000;
  site.start();
  const auto started = std::chrono::steady_clock::now();
  const CrawlRun run = run_crawl(dir, dir.file("db"), sources, {}, 120);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ::close(silent);
  CAPTURE(run.result.err.substr(0, 4000));
  REQUIRE(run.result.exit_code >= 0);
  CHECK(run.result.exit_code <= 1);
  CHECK(seconds < 60);
  const auto pages = listed_ids(dir.file("db"), "page");
  CHECK(has(pages, site.url("/")));
  CHECK(has(pages, site.url("/endless.html")));  // kept, cut at max_body_bytes
  CHECK_THAT(run.result.err, Catch::Contains("body cut at 300000 bytes"));
  CHECK_THAT(run.result.err, Catch::Contains(site.url("/endless.xml")));
  CHECK_THAT(run.result.err, Catch::Contains(silent_url));
}

namespace {

// A listening TCP socket on 127.0.0.1, on a port the kernel chose; closed on destruction.
struct LoopbackListener {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int port = 0;

  LoopbackListener() {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd, 8) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    port = ntohs(address.sin_port);
  }
  ~LoopbackListener() { ::close(fd); }
  LoopbackListener(const LoopbackListener&) = delete;
  LoopbackListener& operator=(const LoopbackListener&) = delete;

  // Ends a blocked accept().
  void stop() const { ::shutdown(fd, SHUT_RDWR); }
  [[nodiscard]] std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port) + path;
  }
};

// A loopback server that answers every connection with headers and then an endless
// chunked body (bounded at 30 s), and notes how long each connection lasted: when the
// client hangs up, the next write fails.
class EndlessServer {
 public:
  explicit EndlessServer(std::string head) : head_(std::move(head)) {
    thread_ = std::thread([this] { serve(); });
  }
  ~EndlessServer() {
    stop_ = true;
    listener_.stop();
    thread_.join();
  }
  EndlessServer(const EndlessServer&) = delete;
  EndlessServer& operator=(const EndlessServer&) = delete;

  [[nodiscard]] std::string url(const std::string& path) const { return listener_.url(path); }
  // Seconds from the first body byte until the client hung up; -1 while it has not.
  [[nodiscard]] double hung_up_after() const { return hung_up_after_; }
  // Waits (at most 10 s) until a write fails because the client hung up: the fetcher
  // closed the connection instead of reading on (the kernel's socket buffers still
  // take a few MB after the hang-up, so this is not immediate).
  bool wait_hung_up() const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (hung_up_after_ < 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return hung_up_after_ >= 0;
  }

 private:
  void serve() {
    const int connection = ::accept(listener_.fd, nullptr, nullptr);
    if (connection < 0) return;
    char request[4096];
    (void)::recv(connection, request, sizeof request, 0);  // the request; its content does not matter
    const std::string chunk_data(16384, 'x');
    char size_line[16];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", chunk_data.size());
    const std::string chunk = size_line + chunk_data + "\r\n";
    bool ok = ::send(connection, head_.data(), head_.size(), MSG_NOSIGNAL) > 0;
    const auto start = std::chrono::steady_clock::now();
    while (ok && !stop_ && std::chrono::steady_clock::now() - start < std::chrono::seconds(30)) {
      ok = ::send(connection, chunk.data(), chunk.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(chunk.size());
    }
    if (!ok) hung_up_after_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ::close(connection);
  }

  std::string head_;
  LoopbackListener listener_;
  std::atomic<bool> stop_{false};
  std::atomic<double> hung_up_after_{-1};
  std::thread thread_;
};

radar::crawl::FetchResponse fetch_one(radar::crawl::Fetcher& fetcher, radar::crawl::FetchRequest request) {
  fetcher.submit(std::move(request));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    auto done = fetcher.poll(std::chrono::milliseconds(200));
    if (!done.empty()) return done.front();
  }
  FAIL("no answer within 60 s");
  return {};
}

}  // namespace

TEST_CASE("the fetcher hangs up on a body that never ends as soon as it passes the cap", "[reliability][crawl]") {
  using namespace radar::crawl;
  FetcherOptions options;
  options.allow_private_addresses = true;
  options.timeout_ms = 20000;
  options.max_body_bytes = std::size_t{256} * 1024;
  options.max_retries = 0;
  const std::string chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n";

  SECTION("a page is cut at the cap and kept") {
    EndlessServer server(chunked + "Content-Type: text/html\r\n\r\n");
    Fetcher fetcher(options);
    const auto started = std::chrono::steady_clock::now();
    FetchRequest request;
    request.tag = 1;
    request.url = server.url("/endless.html");
    request.accept_types = {"text/html"};
    request.truncate_body = true;
    const FetchResponse response = fetch_one(fetcher, request);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    CHECK(response.error == FetchError::none);
    CHECK(response.truncated);
    CHECK(response.body.size() == options.max_body_bytes);
    CHECK(seconds < 5);  // not the 20 s transfer timeout, not the server's 30 s
    CHECK(server.wait_hung_up());
  }
  SECTION("a sitemap, feed or catalogue is refused at its cap, with the reason") {
    EndlessServer server(chunked + "Content-Type: application/xml\r\n\r\n");
    Fetcher fetcher(options);
    FetchRequest request;
    request.tag = 2;
    request.url = server.url("/endless.xml");
    request.max_body_bytes = std::size_t{100} * 1024;
    const auto started = std::chrono::steady_clock::now();
    const FetchResponse response = fetch_one(fetcher, request);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    CHECK(response.error == FetchError::too_large);
    CHECK(response.message == "body larger than 102400 bytes; transfer aborted");
    CHECK(response.body.size() <= request.max_body_bytes);
    CHECK(seconds < 5);
    CHECK(server.wait_hung_up());
  }
  SECTION("a declared Content-Length over the cap is refused before the body is read") {
    EndlessServer server("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 10000000000\r\n\r\n");
    Fetcher fetcher(options);
    FetchRequest request;
    request.tag = 3;
    request.url = server.url("/huge.xml");
    const FetchResponse response = fetch_one(fetcher, request);
    CHECK(response.error == FetchError::too_large);
    CHECK(response.message == "body larger than 262144 bytes; transfer aborted");
    CHECK(response.body.empty());
    CHECK(server.wait_hung_up());
  }
}

namespace {

// A loopback server whose first connection answers one request with keep-alive and
// then, at the next request on it, closes without an answer (a server's idle timeout
// racing the client's reuse). Later connections answer each request and close.
class IdleClosingServer {
 public:
  IdleClosingServer() { thread_ = std::thread([this] { serve(); }); }
  ~IdleClosingServer() {
    listener_.stop();
    thread_.join();
  }
  IdleClosingServer(const IdleClosingServer&) = delete;
  IdleClosingServer& operator=(const IdleClosingServer&) = delete;

  [[nodiscard]] std::string url(const std::string& path) const { return listener_.url(path); }
  [[nodiscard]] int connections() const { return connections_; }

 private:
  static void answer(int connection, const std::string& body, bool keep_alive) {
    const std::string response = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                                 std::to_string(body.size()) + (keep_alive ? "" : "\r\nConnection: close") + "\r\n\r\n" + body;
    (void)::send(connection, response.data(), response.size(), MSG_NOSIGNAL);
  }

  void serve() {
    char request[4096];
    for (int served = 0; served < 4; ++served) {  // bounded: the test needs two connections
      const int connection = ::accept(listener_.fd, nullptr, nullptr);
      if (connection < 0) return;
      ++connections_;
      if (::recv(connection, request, sizeof request, 0) > 0) {
        if (connections_ == 1) {
          answer(connection, "<p>first</p>", true);
          (void)::recv(connection, request, sizeof request, 0);  // the reused connection's request: no answer
        } else {
          answer(connection, "<p>again</p>", false);
        }
      }
      ::close(connection);
    }
  }

  LoopbackListener listener_;
  std::atomic<int> connections_{0};
  std::thread thread_;
};

}  // namespace

// libcurl itself resends a request that got nothing back on a reused connection; this
// keeps that promise checked, as the crawler relies on it rather than retrying itself.
TEST_CASE("a request on a kept-alive connection the server just closed is sent again on a new one",
          "[reliability][crawl]") {
  using namespace radar::crawl;
  IdleClosingServer server;
  FetcherOptions options;
  options.allow_private_addresses = true;
  options.max_retries = 0;
  options.max_host_connections = 1;
  Fetcher fetcher(options);
  FetchRequest first;
  first.tag = 1;
  first.url = server.url("/a.html");
  const FetchResponse answered = fetch_one(fetcher, first);
  REQUIRE(answered.error == FetchError::none);
  CHECK(answered.body == "<p>first</p>");
  FetchRequest second;
  second.tag = 2;
  second.url = server.url("/b.html");
  const FetchResponse again = fetch_one(fetcher, second);
  CAPTURE(again.message);
  CHECK(again.error == FetchError::none);
  CHECK(again.status == 200);
  CHECK(again.body == "<p>again</p>");
  CHECK(server.connections() == 2);
}
