#include "radar/server.h"

#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <regex>
#include <thread>

#include <httplib.h>
#include <xapian.h>

#include "api.h"
#include "escape.h"
#include "http_server.h"
#include "index_view.h"
#include "match_cache.h"
#include "match_gate.h"
#include "metrics.h"
#include "pages.h"
#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/matcher.h"
#include "radar/schema.h"
#include "radar/text.h"
#include "radar/watches.h"
#include "report.h"

namespace radar {
namespace {

using Request = httplib::Request;
using Response = httplib::Response;
using HandlerResponse = httplib::Server::HandlerResponse;
using server::Phrases;

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr std::size_t kMaxChoices = 300;  // area and region choices offered in the form

void send_error(Response& response, int status, const std::string& message) {
  response.status = status;
  response.set_content(server::error_body(server::error_code_for(status), message), kJson);
}

void set_default_header(Response& response, const char* name, const char* value) {
  if (!response.has_header(name)) response.set_header(name, value);
}

void add_security_headers(Response& response) {
  set_default_header(response, "Content-Security-Policy",
                     "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                     "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  set_default_header(response, "X-Content-Type-Options", "nosniff");
  set_default_header(response, "X-Frame-Options", "DENY");
  set_default_header(response, "Referrer-Policy", "no-referrer");
  set_default_header(response, "Cross-Origin-Opener-Policy", "same-origin");
  set_default_header(response, "Cross-Origin-Resource-Policy", "same-origin");
  set_default_header(response, "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  set_default_header(response, "Cache-Control", "no-store");
}

// A path for the access log: at most 200 bytes, control and non-ASCII bytes as \xNN.
std::string loggable(const std::string& text) {
  std::string out;
  char buffer[8];
  for (const unsigned char c : text.substr(0, 200)) {
    if (c < 0x20 || c >= 0x7F || c == '\\' || c == '"') {
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return text.size() > 200 ? out + "..." : out;
}

bool carries_body(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

// Why a request's body cannot be read safely, as {status, message}; nullopt when it can.
// (Checked before cpp-httplib reads the body: it would buffer chunked or unsized
// bodies and inflate compressed ones without a limit.)
std::optional<std::pair<int, std::string>> body_problem(const Request& request) {
  if (request.get_header_value_count("Content-Length") > 1) return {{400, "more than one Content-Length header"}};
  if (request.has_header("Transfer-Encoding")) {
    return {{400, "chunked request bodies are not accepted; send the body with a Content-Length"}};
  }
  const std::string encoding = to_lower(request.get_header_value("Content-Encoding"));
  if (!encoding.empty() && encoding != "identity") return {{400, "compressed request bodies are not accepted"}};
  const std::string length = trim(request.get_header_value("Content-Length"));
  if (!carries_body(request.method)) {
    if (!length.empty() && length != "0") return {{400, request.method + " requests must not have a body"}};
    return std::nullopt;
  }
  if (length.empty()) return {{400, "send the request body with a Content-Length header"}};
  if (length.size() > 18 || !std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {{400, "the Content-Length header is not a number"}};
  }
  if (std::stoull(length) > server::kMaxBodyBytes) return {{413, "the request body is larger than 64 KiB"}};
  return std::nullopt;
}

struct Route {
  std::string label;  // the pattern as shown in metrics, e.g. /api/v1/solutions/{id}
  std::regex pattern;
  std::vector<std::string> methods;

  [[nodiscard]] bool allows(const std::string& method) const {
    const std::string effective = method == "HEAD" ? "GET" : method;
    return std::find(methods.begin(), methods.end(), effective) != methods.end();
  }
  [[nodiscard]] std::string allow_header() const {
    std::string out;
    for (const auto& method : methods) out += (out.empty() ? "" : ", ") + method + (method == "GET" ? ", HEAD" : "");
    return out;
  }
};

// Values of a form field from the query, a url-encoded body or a multipart body.
std::vector<std::string> field_values(const Request& request, const std::string& name) {
  std::vector<std::string> values;
  const auto count = request.get_param_value_count(name.c_str());
  for (std::size_t i = 0; i < count; ++i) values.push_back(request.get_param_value(name.c_str(), i));
  const auto files = request.files.equal_range(name);
  for (auto it = files.first; it != files.second; ++it) values.push_back(it->second.content);
  return values;
}

std::string field(const Request& request, const std::string& name) {
  const auto values = field_values(request, name);
  return values.empty() ? "" : values.front();
}

std::vector<std::string> filter_values(const Request& request, const std::string& name) {
  std::vector<std::string> values;
  for (auto& value : field_values(request, name)) {
    value = trim(value);
    if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  return values;
}

// Gives the heap pages that no live allocation uses back to the kernel. Each match frees
// its working set when it ends, but glibc keeps freed memory in the arena for reuse; with
// no match running that memory is only resident set.
void release_free_memory() {
#ifdef __GLIBC__
  ::malloc_trim(0);
#endif
}

// glibc gives threads that allocate at the same time arenas of their own, up to 8 per
// core, and memory freed in one arena is reused only from it. Capped at the match slots,
// 8 workers shared 2 arenas, and a thread whose arena another held waited on its lock:
// 75 % of the server's context switches under load (bench/profiles.md, "Server, a
// matcher per match slot"). So one arena per worker thread. The memory the cap was set
// against (each worker holding the peak of the matches it had run) came from a matcher
// per worker and every worker matching at once, both gone: at 1,000,000 documents the
// server held 50 MB with 8 arenas and 44 MB with 2. MALLOC_ARENA_MAX in the environment wins.
void limit_malloc_arenas(unsigned arenas) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
  if (std::getenv("MALLOC_ARENA_MAX") == nullptr) ::mallopt(M_ARENA_MAX, static_cast<int>(std::max(2U, arenas)));
#else
  (void)arenas;
#endif
}

unsigned default_match_slots() { return std::max(1U, std::thread::hardware_concurrency()); }

constexpr unsigned kMaxMatchCacheEntries = 1000000;
constexpr std::size_t kMaxMatchCacheMegabytes = 4096;
constexpr std::size_t kMegabyte = std::size_t{1024} * 1024;

void check_match_cache_options(const ServerOptions& options) {
  if (options.match_cache > kMaxMatchCacheEntries) {
    throw UsageError("--match-cache " + std::to_string(options.match_cache) + ": at most " +
                     std::to_string(kMaxMatchCacheEntries) + " entries (0 turns the cache off)");
  }
  if (options.match_cache > 0 && options.match_cache_bytes < kMegabyte) {
    throw UsageError("--match-cache-mb must be at least 1 (--match-cache 0 turns the cache off)");
  }
}

}  // namespace

struct Server::Impl {
  // One per worker thread: Xapian handles are not thread-safe. The worker's matcher
  // reads records and the index's revision; matches run on the gate's matchers.
  struct Worker {
    std::unique_ptr<Matcher> matcher;
    Xapian::Database db;  // the same index, for metadata, term lists and feeds
    IndexIdentity identity;  // of the files `db` was opened from
  };

  ServerOptions options;
  server::HttpServer http;
  server::Metrics metrics;
  std::vector<Route> routes;
  int bound_port = 0;
  std::string public_url;
  double start_time = 0;
  std::atomic<unsigned long> handles{0};
  std::atomic<unsigned long long> reopens{0};
  std::atomic<bool> stop_requested{false};

  std::mutex choices_mutex;
  std::optional<unsigned long> choices_revision;
  std::vector<std::string> areas, regions;

  server::MatchGate gate;
  // One matcher per gate slot, made on the slot's first match; only the pass holding
  // the slot touches it. A match's caches (the analyzer's per-revision concept plans,
  // term statistics, spellings and compound look-ups) and its Xapian cursors are warm
  // from the slot's earlier matches: with a matcher per worker thread, 8 workers and 2
  // slots warmed eight matchers with the same needs (bench/profiles.md, "Server, a
  // matcher per match slot").
  std::vector<std::unique_ptr<Matcher>> slot_matchers;
  server::MatchCache cache;

  explicit Impl(ServerOptions opts)
      : options(std::move(opts)),
        http(limits_for(options)),
        gate(options.matches, release_free_memory),
        slot_matchers(options.matches),
        cache({options.match_cache, options.match_cache_bytes}) {}

  static server::HttpLimits limits_for(const ServerOptions& options) {
    server::HttpLimits limits;
    limits.threads = options.threads;
    limits.max_waiting = options.queue;
    limits.request_deadline = std::chrono::seconds(options.request_timeout);
    limits.io_timeout = std::min(limits.io_timeout, limits.request_deadline);
    limits.max_request_bytes = server::kMaxBodyBytes + std::size_t{16} * 1024;
    return limits;
  }

  Worker& worker() {
    thread_local std::unique_ptr<Worker> local;
    thread_local const Impl* owner = nullptr;
    if (!local || owner != this) {
      auto created = std::make_unique<Worker>();
      created->matcher = std::make_unique<Matcher>(options.databases);
      created->identity = index_identity(options.databases);
      created->db = open_index(options.databases);
      local = std::move(created);
      owner = this;
      ++handles;
    }
    // The analyzer loses track of the move into a thread_local (the same code with a
    // static is clean) and takes `created`'s destructor for a free of the new worker.
    // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDelete): false positive, see above
    return *local;
  }

  // Runs `body` on this thread's handles at the latest revision; when a writer's
  // commits overtake the read, reopens and runs it again (at most twice).
  template <typename Body>
  void with_index(Body&& body) {
    Worker& w = worker();
    for (int attempt = 0;; ++attempt) {
      try {
        if (w.matcher->reopen()) ++reopens;
        refresh_index(options.databases, w.identity, w.db);
        body(w);
        return;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 2) throw;
      } catch (const IndexError&) {
        if (attempt >= 2) throw;
      }
    }
  }

  // The match for `request` at the revision `w` reads: from the cache when the same
  // request was answered at that revision, else computed and kept. The JSON API, the
  // results page and the report all come here, so each benefits from the others.
  std::shared_ptr<const server::CachedMatch> match(Worker& w, const MatchRequest& request) {
    if (!cache.enabled()) return compute_match(request);
    const IndexInfo index = w.matcher->index_info();
    const std::string key = server::MatchCache::key(request, index);
    if (auto cached = cache.find(key)) return cached;
    auto computed = compute_match(request);
    // A handle that had to reopen during the match (a writer's commits overtook it)
    // answered from another revision than the key names: give that answer, keep none.
    if (same_index(computed->result.index, index)) cache.insert(key, computed);
    return computed;
  }

  // Every computed match passes the gate (see match_gate.h); cached answers do not,
  // so they are not kept waiting behind slow matches.
  // The match runs on its slot's matcher at the latest revision, which may be newer than
  // the one the cache key names (`match` above then keeps no answer).
  std::shared_ptr<const server::CachedMatch> compute_match(const MatchRequest& request) {
    return server::make_cached_match(gate.run([&](unsigned slot) {
      Matcher& matcher = slot_matcher(slot);
      if (matcher.reopen()) ++reopens;
      return matcher.match(request);
    }));
  }

  Matcher& slot_matcher(unsigned slot) {
    auto& matcher = slot_matchers.at(slot);
    if (!matcher) {
      matcher = std::make_unique<Matcher>(options.databases);
      ++handles;
    }
    return *matcher;
  }

  static bool same_index(const IndexInfo& a, const IndexInfo& b) {
    return a.revision == b.revision && a.documents == b.documents && a.updated == b.updated;
  }

  void choices(Worker& w, server::FormState& form, unsigned long revision) {
    const std::lock_guard lock(choices_mutex);
    if (choices_revision != revision) {
      areas = server::term_values(w.db, schema::kAreaPrefix, kMaxChoices);
      regions = server::term_values(w.db, schema::kRegionPrefix, kMaxChoices);
      choices_revision = revision;
    }
    form.areas = areas;
    form.regions = regions;
  }

  static server::FormState form_state(const Request& request) {
    server::FormState form;
    form.lang = field(request, "lang") == "en" ? "en" : "da";
    form.need = field(request, "need");
    form.filters = {filter_values(request, "area"), filter_values(request, "maturity"), filter_values(request, "region"),
                    filter_values(request, "org_type")};
    return form;
  }

  // --- routing -------------------------------------------------------------

  // Not a template over the handler's type: each instantiation inlined the HTTP library's
  // registration again, and clang-tidy's static analyzer spent most of this file's time
  // (80 s) walking the copies.
  void add_route(const std::string& label, const std::string& pattern, const std::vector<std::string>& methods,
                 const httplib::Server::Handler& handler) {
    routes.push_back({label, std::regex(pattern), methods});
    const auto wrapped = [handler](const Request& request, Response& response) { guarded(response, [&] { handler(request, response); }); };
    for (const auto& method : methods) {
      if (method == "GET") http.Get(pattern, wrapped);
      if (method == "POST") http.Post(pattern, wrapped);
    }
  }

  // Maps exceptions from a handler to the contract's JSON errors, once, here.
  template <typename Body>
  static void guarded(Response& response, Body&& body) {
    try {
      body();
    } catch (const UsageError& error) {
      send_error(response, 400, error.what());
    } catch (const InputError& error) {
      send_error(response, 400, error.what());
    } catch (const NotFoundError& error) {
      send_error(response, 404, error.what());
    } catch (const Xapian::Error& error) {
      send_error(response, 500, "the index could not be read: " + error.get_description());
    } catch (const std::exception& error) {
      send_error(response, 500, error.what());
    }
  }

  [[nodiscard]] const Route* find_route(const std::string& path) const {
    for (const auto& route : routes) {
      if (std::regex_match(path, route.pattern)) return &route;
    }
    return nullptr;
  }

  void register_routes() {
    add_route("/", "/", {"GET"}, [this](const Request& request, Response& response) { form_page(request, response); });
    add_route("/search", "/search", {"GET", "POST"},
              [this](const Request& request, Response& response) { search_page(request, response); });
    add_route("/static/app.css", "/static/app.css", {"GET"}, [](const Request&, Response& response) {
      static_file(response, server::stylesheet(), "text/css; charset=utf-8");
    });
    add_route("/static/app.js", "/static/app.js", {"GET"}, [](const Request&, Response& response) {
      static_file(response, server::script(), "text/javascript; charset=utf-8");
    });
    add_route("/static/icon.svg", "/static/icon.svg", {"GET"},
              [](const Request&, Response& response) { static_file(response, server::icon_svg(), "image/svg+xml"); });
    add_route("/api/v1/match", "/api/v1/match", {"POST"}, [this](const Request& request, Response& response) {
      const MatchRequest match_request = server::parse_match_body(request.body);
      with_index([&](Worker& w) { response.set_content(match(w, match_request)->json, kJson); });
    });
    add_route("/api/v1/report", "/api/v1/report", {"GET"},
              [this](const Request& request, Response& response) { report(request, response); });
    const auto record_route = [this](const char* type) {
      return [this, type](const Request& request, Response& response) {
        with_index([&](Worker& w) { response.set_content(server::json_text(w.matcher->record(type, request.matches[1])), kJson); });
      };
    };
    add_route("/api/v1/solutions/{id}", R"(/api/v1/solutions/([^/]+))", {"GET"}, record_route("solution"));
    add_route("/api/v1/organisations/{id}", R"(/api/v1/organisations/([^/]+))", {"GET"}, record_route("organisation"));
    add_route("/api/v1/needs/{id}", R"(/api/v1/needs/([^/]+))", {"GET"}, record_route("need"));
    add_route("/api/v1/needs/{id}/feed.atom", R"(/api/v1/needs/([^/]+)/feed\.atom)", {"GET"},
              [this](const Request& request, Response& response) {
                with_index([&](Worker& w) {
                  response.set_content(watch_feed_atom(w.db, request.matches[1], public_url),
                                       "application/atom+xml; charset=utf-8");
                });
              });
    add_route("/healthz", "/healthz", {"GET"}, [this](const Request&, Response& response) { healthz(response); });
    add_route("/metrics", "/metrics", {"GET"}, [this](const Request&, Response& response) {
      with_index([&](Worker& w) {
        response.set_content(metrics.render(gauges(w)), "text/plain; version=0.0.4; charset=utf-8");
      });
    });
  }

  // 200 {"status":"ok",...} only when the index can be read (a few block reads, not a
  // scan); else 503 with the reason, so a load balancer or monitor stops sending
  // matches that would fail with 500.
  void healthz(Response& response) {
    std::string reason;
    try {
      with_index([&](Worker& w) {
        const IndexInfo info = w.matcher->index_info();
        server::check_index_readable(w.db);
        response.set_content(server::json_text({{"status", "ok"},
                                                {"revision", info.revision},
                                                {"documents", info.documents},
                                                {"updated", info.updated}}),
                             kJson);
      });
      return;
    } catch (const Xapian::Error& error) {
      reason = "the index could not be read: " + error.get_description();
    } catch (const std::exception& error) {
      reason = error.what();
    }
    response.status = 503;
    response.set_content(server::json_text({{"status", "unavailable"},
                                            {"reason", reason},
                                            {"error", {{"code", server::error_code_for(503)}, {"message", reason}}}}),
                         kJson);
  }

  static void static_file(Response& response, const std::string& content, const char* type) {
    response.set_content(content, type);
    response.set_header("Cache-Control", "public, max-age=300");
  }

  server::MetricsGauges gauges(Worker& w) {
    server::MetricsGauges g;
    const IndexInfo info = w.matcher->index_info();
    g.index_revision = info.revision;
    g.index_updated_seconds = server::iso8601_to_unix(info.updated);
    g.documents_by_type = server::documents_by_type(w.db);
    for (const auto& source : server::crawled_sources(w.db)) g.sources_crawled.emplace_back(source.id, source.crawled);
    g.worker_threads = options.threads;
    g.index_handles = handles;
    g.waiting_connections = http.waiting();
    g.open_connections = http.open_connections();
    g.requests_in_flight = http.in_flight();
    g.match_slots = gate.slots();
    g.matches_running = gate.running();
    g.matches_waiting = gate.waiting();
    g.rejected_connections = http.rejected_total();
    g.index_reopens = reopens;
    g.match_cache_hits = cache.hits();
    g.match_cache_misses = cache.misses();
    g.match_cache_entries = cache.entries();
    g.match_cache_bytes = cache.bytes();
    g.start_time_seconds = start_time;
    return g;
  }

  // --- pages and report -----------------------------------------------------

  void form_page(const Request& request, Response& response) {
    server::FormState form = form_state(request);
    with_index([&](Worker& w) {
      const IndexInfo info = w.matcher->index_info();
      choices(w, form, info.revision);
      response.set_content(server::render_form_page(form, info), kHtml);
    });
  }

  // The need as a MatchRequest, or the reason (in the interface language) why not.
  static std::optional<std::string> need_problem(const server::FormState& form) {
    const server::Ui ui(form.lang);
    const std::string need = trim(form.need);
    if (!is_valid_utf8(need)) return ui(&Phrases::error_utf8);
    if (utf8_length(need) > MatchRequest::kMaxNeedChars) {
      return ui.fill(&Phrases::error_too_long, "n", ui.count(utf8_length(need)));
    }
    return std::nullopt;
  }

  void search_page(const Request& request, Response& response) {
    server::FormState form = form_state(request);
    server::check_filters(form.filters);
    with_index([&](Worker& w) {
      const IndexInfo info = w.matcher->index_info();
      choices(w, form, info.revision);
      if (trim(form.need).empty()) {
        response.set_content(server::render_form_page(form, info), kHtml);
        return;
      }
      std::optional<MatchResult> result;
      std::string error;
      if (const auto problem = need_problem(form)) {
        error = *problem;
        response.status = 400;
      } else {
        MatchRequest match_request;
        match_request.need = trim(form.need);
        match_request.filters = form.filters;
        result = match(w, match_request)->result;
      }
      response.set_content(server::render_results_page(form, result, error, info), kHtml);
    });
  }

  void report(const Request& request, Response& response) {
    server::ReportInput input;
    input.form = form_state(request);
    server::check_filters(input.form.filters);
    const std::string format = request.has_param("format") ? request.get_param_value("format") : "html";
    if (format != "html" && format != "csv" && format != "json") throw UsageError("format must be html, csv or json");
    const std::string delimiter = request.get_param_value("delimiter");
    if (!delimiter.empty() && delimiter != "comma" && delimiter != "semicolon") {
      throw UsageError("delimiter must be comma or semicolon");
    }
    MatchRequest match_request;
    match_request.need = trim(input.form.need);
    match_request.filters = input.form.filters;
    if (request.has_param("limit")) {
      const std::string limit = request.get_param_value("limit");
      if (limit.empty() || limit.size() > 3 || !std::all_of(limit.begin(), limit.end(), ::isdigit) || std::stoi(limit) < 1 ||
          std::stoi(limit) > 100) {
        throw UsageError("limit must be a whole number from 1 to 100");
      }
      match_request.limit = static_cast<unsigned>(std::stoi(limit));
    }
    with_index([&](Worker& w) {
      input.result = match(w, match_request)->result;
      input.sources = server::crawled_sources(w.db);
      input.documents_by_type = server::documents_by_type(w.db);
    });
    input.generated = utc_now_iso8601();
    const std::string day = input.generated.substr(0, 10);
    if (format == "csv") {
      response.set_content(server::report_csv(input, delimiter == "semicolon" ? ';' : ','), "text/csv; charset=utf-8; header=present");
      response.set_header("Content-Disposition", "attachment; filename=\"markedsscreening-" + day + ".csv\"");
    } else if (format == "json") {
      response.set_content(server::json_text(server::report_json(input)), kJson);
    } else {
      response.set_content(server::report_html(input), kHtml);
    }
  }

  // --- hooks: limits, errors, headers, logging --------------------------------

  void install_hooks() {
    http.set_tcp_nodelay(true);
    // cpp-httplib's default sets SO_REUSEPORT, which lets a second server share the
    // port silently; SO_REUSEADDR alone makes that an error.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.set_payload_max_length(server::kMaxBodyBytes);
    http.set_pre_routing_handler([this](const Request& request, Response& response) { return pre_route(request, response); });
    http.set_expect_100_continue_handler([this](const Request& request, Response& response) {
      auto& context = server::connection_context();
      const Route* route = find_route(request.path);
      context.route = route ? route->label : "unmatched";
      const auto problem = body_problem(request);
      if (!problem) return 100;
      context.close_after = true;
      send_error(response, problem->first, problem->second);
      return problem->first;
    });
    // Runs for every answer, just before it is written: headers, then the access log
    // line and the metrics (so a client that has its answer also finds it counted).
    http.set_post_routing_handler([this](const Request& request, Response& response) {
      add_security_headers(response);
      auto& context = server::connection_context();
      if (context.close_after || http.stopping()) {
        response.headers.erase("Connection");
        response.set_header("Connection", "close");
      }
      if (response.get_header_value("Connection") == "close") response.headers.erase("Keep-Alive");
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - context.started).count();
      metrics.observe(context.route, request.method, response.status, seconds);
      std::fprintf(stderr, "%s %s %s %d %.1fms\n", utc_now_iso8601().c_str(), loggable(request.method).c_str(),
                   loggable(request.path).c_str(), response.status, seconds * 1000);
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const Request&, Response& response) {
      if (!response.body.empty()) return HandlerResponse::Unhandled;  // ours, already JSON
      // After a request cpp-httplib could not parse, the rest of the stream is unreliable.
      if (response.status == 400 || response.status == 413 || response.status == 414) {
        server::connection_context().close_after = true;
      }
      std::string message = "the request could not be understood";
      if (response.status == 414) {
        response.status = 400;
        message = "the request URL is longer than 8192 bytes; send long needs with POST /api/v1/match";
      } else if (response.status == 413) {
        message = "the request body is larger than allowed (64 KiB; 8 KiB for url-encoded forms)";
      } else if (response.status == 404) {
        message = "no such resource";
      } else if (response.status == 416) {
        message = "the requested range is not satisfiable";
      } else if (response.status >= 500) {
        message = "internal error";
      }
      response.set_content(server::error_body(server::error_code_for(response.status), message), kJson);
      return HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const Request&, Response& response, const std::exception_ptr&) {
      send_error(response, 500, "internal error");
    });
  }

  HandlerResponse pre_route(const Request& request, Response& response) {
    auto& context = server::connection_context();
    const Route* route = find_route(request.path);
    context.route = route ? route->label : "unmatched";
    const bool body_unread = carries_body(request.method) || request.has_header("Content-Length");
    const auto refuse = [&](int status, const std::string& message) {
      send_error(response, status, message);
      if (body_unread) context.close_after = true;
      return HandlerResponse::Handled;
    };
    if (context.rejecting) {
      response.set_header("Retry-After", "1");
      context.close_after = true;
      return refuse(429, "the server is busy; try again in a moment");
    }
    if (!route) return refuse(404, "no such resource: " + sanitise_utf8(request.path.substr(0, 200)));
    if (request.method == "OPTIONS") {
      response.status = 204;
      response.set_header("Allow", route->allow_header() + ", OPTIONS");
      if (body_unread) context.close_after = true;
      return HandlerResponse::Handled;
    }
    if (!route->allows(request.method)) {
      response.set_header("Allow", route->allow_header());
      return refuse(405, request.method + " is not allowed here; use " + route->allow_header());
    }
    if (const auto problem = body_problem(request)) {
      context.close_after = true;
      return refuse(problem->first, problem->second);
    }
    return HandlerResponse::Unhandled;
  }
};

Server::Server(ServerOptions options) {
  if (options.threads == 0) throw UsageError("--threads must be at least 1");
  if (options.threads > 1024) throw UsageError("--threads must be at most 1024");
  if (options.matches == 0) options.matches = default_match_slots();
  if (options.matches > 1024) throw UsageError("--matches must be at most 1024");
  if (options.request_timeout == 0) throw UsageError("--timeout must be at least 1 second");
  check_match_cache_options(options);
  { Matcher probe(options.databases); }  // fail early, with a clear message, on a bad index
  impl_ = std::make_unique<Impl>(std::move(options));
  Impl& impl = *impl_;
  impl.start_time = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  impl.install_hooks();
  impl.register_routes();
  if (impl.options.port == 0) {
    impl.bound_port = impl.http.bind_to_any_port(impl.options.host);
  } else if (impl.http.bind_to_port(impl.options.host, impl.options.port)) {
    impl.bound_port = impl.options.port;
  }
  if (impl.bound_port <= 0) {
    throw Error("cannot listen on " + impl.options.host + ":" + std::to_string(impl.options.port) +
                ": the address is in use or not available");
  }
  impl.public_url = impl.options.public_url;
  if (impl.public_url.empty()) {
    const bool v6 = impl.options.host.find(':') != std::string::npos;
    impl.public_url = "http://" + (v6 ? "[" + impl.options.host + "]" : impl.options.host) + ":" + std::to_string(impl.bound_port);
  }
  while (!impl.public_url.empty() && impl.public_url.back() == '/') impl.public_url.pop_back();
}

Server::~Server() = default;

int Server::port() const { return impl_->bound_port; }

void Server::run() {
  const bool clean = impl_->http.listen_after_bind();
  if (!clean && !impl_->stop_requested) throw Error("radar-serve stopped accepting connections unexpectedly");
}

void Server::stop() {
  impl_->stop_requested = true;
  impl_->http.stop();
}

namespace {

constexpr const char* kUsage = R"(usage: radar-serve --db DIR [--db DIR|tcp://HOST:PORT ...] [--listen ADDR:PORT]
                   [--threads N] [--matches N] [--queue N] [--timeout SECONDS] [--public-url URL]
                   [--match-cache N] [--match-cache-mb MB]

Serves the web form, the JSON API, the screening report, feeds, /healthz and
/metrics (default 127.0.0.1:8080). Stops gracefully on SIGINT or SIGTERM: the
requests in flight are answered first.

  --threads N        worker threads, each with its own index handle (default: 8 or 2 per CPU)
  --matches N        matches run at once, the others wait for one to end; pages, records
                     and /healthz do not wait (default: one per CPU)
  --queue N          connections that may wait for a worker; beyond that 429 (default 64)
  --timeout SECONDS  time to read one request and write its answer (default 30)
  --public-url URL   base of absolute links in feeds (default http://ADDR:PORT)
  --match-cache N    match results kept in memory for requests that repeat (same need,
                     filters and limit, same index revision); the least recently used go
                     first; 0 turns the cache off (default 256)
  --match-cache-mb MB  the cached results' estimated memory at most (default 32)
)";

std::pair<std::string, int> parse_listen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen " + listen + ": expected ADDR:PORT, e.g. 127.0.0.1:8080");
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  try {
    std::size_t used = 0;
    const int port = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1 || port < 0 || port > 65535) throw std::out_of_range("port");
    return {host, port};
  } catch (const std::logic_error&) {
    throw UsageError("--listen " + listen + ": the port must be a number from 0 to 65535");
  }
}

void read_match_cache_options(const cli::Args& parsed, ServerOptions& options) {
  const long entries = parsed.number("match-cache", options.match_cache);
  if (entries > static_cast<long>(kMaxMatchCacheEntries)) {
    throw UsageError("--match-cache " + parsed.value("match-cache") + ": at most " + std::to_string(kMaxMatchCacheEntries) +
                     " entries (0 turns the cache off)");
  }
  options.match_cache = static_cast<unsigned>(entries);
  const long megabytes = parsed.number("match-cache-mb", static_cast<long>(options.match_cache_bytes / kMegabyte));
  if (megabytes < 1 || megabytes > static_cast<long>(kMaxMatchCacheMegabytes)) {
    throw UsageError("--match-cache-mb " + parsed.value("match-cache-mb") + ": expected 1 to " +
                     std::to_string(kMaxMatchCacheMegabytes) + " (--match-cache 0 turns the cache off)");
  }
  options.match_cache_bytes = static_cast<std::size_t>(megabytes) * kMegabyte;
}

}  // namespace

int run_serve_command(const std::vector<std::string>& args) {
  const cli::Args parsed(
      args, {"db", "listen", "threads", "matches", "queue", "timeout", "public-url", "match-cache", "match-cache-mb"}, {"help"});
  if (parsed.has("help")) return std::cout << kUsage, 0;
  parsed.required("db");
  ServerOptions options;
  options.databases = parsed.values("db");
  std::tie(options.host, options.port) = parse_listen(parsed.value("listen", "127.0.0.1:8080"));
  options.threads = static_cast<unsigned>(parsed.number("threads", std::max(8U, std::thread::hardware_concurrency() * 2)));
  options.matches = static_cast<unsigned>(parsed.number("matches", default_match_slots()));
  if (options.matches == 0) throw UsageError("--matches must be at least 1");
  options.queue = static_cast<unsigned>(parsed.number("queue", 64));
  options.request_timeout = static_cast<unsigned>(parsed.number("timeout", 30));
  options.public_url = parsed.value("public-url");
  read_match_cache_options(parsed, options);
  if (!options.public_url.empty() && server::safe_link_target(options.public_url).empty()) {
    throw UsageError("--public-url " + options.public_url + ": expected an http:// or https:// URL");
  }
  // Block the stop signals in every thread; one thread waits for them and stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  limit_malloc_arenas(options.threads);  // before any other thread starts
  Server server(options);
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  std::cerr << "radar-serve: listening on http://" << options.host << ":" << server.port() << "/ with " << options.threads
            << " worker threads, " << options.matches << " matches at once, "
            << (options.match_cache > 0 ? "match cache of " + std::to_string(options.match_cache) + " entries"
                                        : std::string("no match cache"))
            << "\n";
  // When the server stops by itself, the waiter is still in sigwait: SIGTERM is blocked in
  // every thread, so sending it one kills nothing, it only ends the wait.
  const auto release_waiter = [&] {
    // NOLINTNEXTLINE(bugprone-bad-signal-to-kill-thread): received by sigwait, see above
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
  };
  try {
    server.run();
  } catch (...) {
    release_waiter();
    throw;
  }
  release_waiter();
  std::cerr << "radar-serve: stopped\n";
  return 0;
}

}  // namespace radar
