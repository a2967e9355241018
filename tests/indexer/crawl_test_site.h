// A local web site for the crawler's black-box tests: a cpp-httplib server on
// 127.0.0.1 (free port, own thread) serving tests/fixtures/site with ETag and
// Last-Modified, plus routes a test adds, and a log of every request it got.
// Also helpers to write a sources file and run `radar-index crawl` on it.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace radar::test {

struct Hit {
  std::string target;  // path and query as requested
  std::string path;
  double seconds = 0;  // since the site started
  std::string if_none_match;
  std::string if_modified_since;
  std::string user_agent;
};

class TestSite {
 public:
  TestSite() : root_(source_path("tests/fixtures/site")), started_(std::chrono::steady_clock::now()) {
    server_.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response&) {
      std::lock_guard<std::mutex> lock(mutex_);
      Hit hit;
      hit.target = request.target;
      hit.path = request.path;
      hit.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
      hit.if_none_match = request.get_header_value("If-None-Match");
      hit.if_modified_since = request.get_header_value("If-Modified-Since");
      hit.user_agent = request.get_header_value("User-Agent");
      hits_.push_back(hit);
      return httplib::Server::HandlerResponse::Unhandled;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind a test site on 127.0.0.1");
  }

  ~TestSite() { stop(); }
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;

  // Routes added before start() take precedence over the fixture files.
  httplib::Server& server() { return server_; }

  // Serves the fixture files for every path no route took, then starts listening.
  void start() {
    server_.Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
      serve_file(request, response);
    });
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 200 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  void stop() {
    if (thread_.joinable()) {
      server_.stop();
      thread_.join();
    }
  }

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }
  [[nodiscard]] std::string url(const std::string& path) const { return base() + path; }

  // Replaces (or adds) the body served at `path` ({{BASE}} is replaced too).
  void set_file(const std::string& path, const std::string& content) {
    std::lock_guard<std::mutex> lock(mutex_);
    overrides_[path] = content;
  }
  // Answers `status` (404, 410) for `path` from now on.
  void remove_file(const std::string& path, int status = 404) {
    std::lock_guard<std::mutex> lock(mutex_);
    gone_[path] = status;
  }
  // Whether fixture files carry ETag and Last-Modified (and answer conditional requests).
  void set_validators(bool on) {
    std::lock_guard<std::mutex> lock(mutex_);
    validators_ = on;
  }

  [[nodiscard]] std::vector<Hit> hits() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return hits_;
  }
  void clear_hits() {
    std::lock_guard<std::mutex> lock(mutex_);
    hits_.clear();
  }
  // Requests whose path (without query) is `path`.
  [[nodiscard]] std::vector<Hit> hits_of(const std::string& path) const {
    std::vector<Hit> out;
    for (const Hit& hit : hits()) {
      if (hit.path == path) out.push_back(hit);
    }
    return out;
  }
  [[nodiscard]] std::size_t count(const std::string& path) const { return hits_of(path).size(); }

  // A fixture file with {{BASE}} replaced by this site's base URL.
  [[nodiscard]] std::string fixture(const std::string& path) const { return with_base(read_text(root_ + path)); }

  // `text` with {{BASE}} replaced by this site's base URL.
  [[nodiscard]] std::string with_base(std::string text) const {
    for (std::size_t at = text.find("{{BASE}}"); at != std::string::npos; at = text.find("{{BASE}}", at)) {
      text.replace(at, 8, base());
    }
    return text;
  }

 private:
  static std::string content_type_of(const std::string& path) {
    const auto ends = [&](const std::string& suffix) {
      return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".html") || ends("/")) return "text/html";
    if (ends(".xml")) return "application/xml";
    if (ends(".rss")) return "application/rss+xml";
    if (ends(".atom")) return "application/atom+xml";
    if (ends(".gz")) return "application/gzip";
    if (ends(".jsonl")) return "application/x-ndjson";
    if (ends(".txt")) return "text/plain";
    return "application/octet-stream";
  }

  void serve_file(const httplib::Request& request, httplib::Response& response) {
    std::string path = request.path;
    if (path.empty() || path.back() == '/') path += "index.html";
    std::string body;
    bool validators = true;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      validators = validators_;
      if (const auto gone = gone_.find(path); gone != gone_.end()) {
        response.status = gone->second;
        response.set_content("gone", "text/plain");
        return;
      }
      if (const auto it = overrides_.find(path); it != overrides_.end()) body = with_base(it->second);
    }
    if (body.empty()) {
      if (path.find("..") != std::string::npos || !std::filesystem::is_regular_file(root_ + path)) {
        response.status = 404;
        response.set_content("not found", "text/plain");
        return;
      }
      body = fixture(path);
    }
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) body = gzip(body);
    if (validators) {
      const std::string etag = std::string("\"").append(std::to_string(std::hash<std::string>{}(body))).append("\"");
      const std::string modified = "Mon, 01 Jan 2024 00:00:00 GMT";
      response.set_header("ETag", etag);
      response.set_header("Last-Modified", modified);
      if (request.get_header_value("If-None-Match") == etag ||
          (!request.has_header("If-None-Match") && request.get_header_value("If-Modified-Since") == modified)) {
        response.status = 304;
        return;
      }
    }
    response.set_content(body, content_type_of(path).c_str());
  }

 public:
  // gzip-compresses `data` (for .gz fixture files, which are kept readable in the tree).
  static std::string gzip(const std::string& data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      throw std::runtime_error("deflateInit2 failed");
    }
    std::string out(compressBound(static_cast<uLong>(data.size())) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
  }

 private:
  std::string root_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::chrono::steady_clock::time_point started_;
  mutable std::mutex mutex_;
  std::vector<Hit> hits_;
  std::map<std::string, std::string> overrides_;
  std::map<std::string, int> gone_;
  bool validators_ = true;
};

// A sources file for tests: private addresses allowed, no delay, short timeouts.
inline nlohmann::json test_sources(const nlohmann::json& sources) {
  return {{"user_agent", "RadarTest/1.0 (+https://example.org/bot)"},
          {"delay_ms", 0},
          {"allow_private_addresses", true},
          {"timeout_ms", 3000},
          {"connect_timeout_ms", 1000},
          {"sources", sources}};
}

struct CrawlRun {
  CommandResult result;
  nlohmann::json summary;  // stdout JSON, or null
  // The summary of source `id`.
  [[nodiscard]] nlohmann::json source(const std::string& id) const {
    if (summary.is_object()) {
      for (const auto& item : summary["sources"]) {
        if (item["id"] == id) return item;
      }
    }
    return nullptr;
  }
};

// Writes `sources` to a file in `dir` and runs `radar-index crawl` on `db` with `extra` arguments.
inline CrawlRun run_crawl(const TempDir& dir, const std::string& db, const nlohmann::json& sources,
                          const std::vector<std::string>& extra = {}, int timeout_seconds = 60) {
  const std::string path = dir.write("sources.json", sources.dump(2));
  std::vector<std::string> args = {"crawl", "--db", db, "--sources", path};
  args.insert(args.end(), extra.begin(), extra.end());
  CrawlRun run;
  run.result = run_tool("radar-index", args, "", timeout_seconds);
  run.summary = nlohmann::json::parse(run.result.out, nullptr, false);
  if (run.summary.is_discarded()) run.summary = nullptr;
  return run;
}

// Ids of the documents of `type` ("" all) in the index.
inline std::vector<std::string> listed_ids(const std::string& db, const std::string& type = "") {
  std::vector<std::string> args = {"list", "--db", db};
  if (!type.empty()) args.insert(args.end(), {"--type", type});
  std::vector<std::string> ids;
  for (const auto& row : json_lines(run_tool("radar-index", args).out)) ids.push_back(row["id"]);
  return ids;
}

inline std::vector<std::string> search_ids(const std::string& db, const std::string& query) {
  std::vector<std::string> ids;
  for (const auto& row : json_lines(run_tool("radar-index", {"search", "--db", db, "--limit", "50", query}).out)) {
    ids.push_back(row["id"]);
  }
  return ids;
}

inline nlohmann::json index_stats_of(const std::string& db) {
  return nlohmann::json::parse(run_tool("radar-index", {"stats", "--db", db}).out, nullptr, false);
}

}  // namespace radar::test
