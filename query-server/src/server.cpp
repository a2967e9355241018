#include "radar/server.h"

#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <iostream>
#include <mutex>
#include <thread>

#include <httplib.h>
#include <xapian.h>

#include "api.h"
#include "pages.h"
#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/matcher.h"
#include "radar/text.h"

namespace radar {
namespace {

using Request = httplib::Request;
using Response = httplib::Response;

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";

thread_local std::chrono::steady_clock::time_point request_started;

void send_error(Response& response, int status, const std::string& message) {
  response.status = status;
  response.set_content(server::error_body(server::error_code_for(status), message), kJson);
}

void add_security_headers(Response& response) {
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; "
                      "base-uri 'none'; frame-ancestors 'none'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cache-Control", "no-store");
}

// Maps exceptions from a handler to the contract's JSON errors, once, here.
template <typename Handler>
void guarded(Response& response, Handler&& handler) {
  try {
    handler();
  } catch (const UsageError& error) {
    send_error(response, 400, error.what());
  } catch (const InputError& error) {
    send_error(response, 400, error.what());
  } catch (const NotFoundError& error) {
    send_error(response, 404, error.what());
  } catch (const std::exception& error) {
    send_error(response, 500, error.what());
  } catch (const Xapian::Error& error) {
    send_error(response, 500, "index error: " + error.get_description());
  }
}

std::vector<std::string> params(const Request& request, const char* name) {
  std::vector<std::string> values;
  const auto count = request.get_param_value_count(name);
  for (std::size_t i = 0; i < count; ++i) {
    std::string value = trim(request.get_param_value(name, i));
    if (!value.empty()) values.push_back(value);
  }
  return values;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  int bound_port = 0;
  std::mutex areas_mutex;
  std::vector<std::string> areas;

  // Each worker thread has its own Matcher: Xapian handles are not thread-safe.
  Matcher& matcher() {
    thread_local std::unique_ptr<Matcher> local;
    thread_local const Impl* owner = nullptr;
    if (!local || owner != this) {
      local = std::make_unique<Matcher>(options.databases);
      owner = this;
    } else {
      local->reopen();
    }
    return *local;
  }

  std::vector<std::string> area_choices() {
    Xapian::Database db = open_index(options.databases);
    std::vector<std::string> out;
    const std::string prefix = schema::kAreaPrefix;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      if (it.get_termfreq() >= 2) out.push_back((*it).substr(prefix.size()));
    }
    return out;
  }

  server::FormState form_state(const Request& request) {
    server::FormState form;
    form.lang = request.get_param_value("lang") == "en" ? "en" : "da";
    form.need = request.get_param_value("need");
    form.filters = {params(request, "area"), params(request, "maturity"), params(request, "region"),
                    params(request, "org_type")};
    form.areas = area_choices();
    return form;
  }

  void routes() {
    http.Get("/", [this](const Request& request, Response& response) {
      guarded(response, [&] { response.set_content(server::render_form_page(form_state(request)), kHtml); });
    });
    http.Get("/static/app.css", [](const Request&, Response& response) {
      response.set_content(server::stylesheet(), "text/css; charset=utf-8");
    });
    http.Get("/search", [this](const Request& request, Response& response) {
      guarded(response, [&] { search_page(request, response); });
    });
    http.Post("/api/v1/match", [this](const Request& request, Response& response) {
      guarded(response, [&] {
        const MatchRequest match_request = server::parse_match_body(request.body);
        response.set_content(to_json(matcher().match(match_request)).dump(-1, ' ', false,
                                                                            nlohmann::json::error_handler_t::replace),
                             kJson);
      });
    });
    const auto record_route = [this](const char* type) {
      return [this, type](const Request& request, Response& response) {
        guarded(response, [&] {
          response.set_content(matcher().record(type, request.matches[1]).dump(-1, ' ', false,
                                                                               nlohmann::json::error_handler_t::replace),
                               kJson);
        });
      };
    };
    http.Get(R"(/api/v1/solutions/([^/]+))", record_route("solution"));
    http.Get(R"(/api/v1/organisations/([^/]+))", record_route("organisation"));
    http.Get(R"(/api/v1/needs/([^/]+))", record_route("need"));
    http.Get("/healthz", [this](const Request&, Response& response) {
      guarded(response, [&] {
        const IndexInfo info = matcher().index_info();
        response.set_content(nlohmann::json{{"status", "ok"}, {"revision", info.revision}}.dump(), kJson);
      });
    });
  }

  void search_page(const Request& request, Response& response) {
    server::FormState form = form_state(request);
    std::optional<MatchResult> result;
    std::string error;
    if (!trim(form.need).empty()) {
      MatchRequest match_request;
      match_request.need = form.need;
      match_request.filters = form.filters;
      try {
        result = matcher().match(match_request);
      } catch (const UsageError& usage) {
        error = usage.what();
        response.status = 400;
      }
    }
    response.set_content(server::render_results_page(form, result, error), kHtml);
  }

  void hooks() {
    http.set_payload_max_length(server::kMaxBodyBytes);
    http.set_read_timeout(10, 0);
    http.set_write_timeout(10, 0);
    http.set_keep_alive_max_count(100);
    http.set_keep_alive_timeout(5);
    http.new_task_queue = [this] { return new httplib::ThreadPool(options.threads); };
    http.set_pre_routing_handler([](const Request&, Response&) {
      request_started = std::chrono::steady_clock::now();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_post_routing_handler([](const Request&, Response& response) { add_security_headers(response); });
    http.set_error_handler([](const Request& request, Response& response) {
      if (!response.body.empty()) return;
      std::string message = "no such resource: " + request.path;
      if (response.status == 413) message = "the request body is larger than 64 KiB";
      if (response.status == 405) message = "method not allowed";
      response.set_content(server::error_body(server::error_code_for(response.status), message), kJson);
      add_security_headers(response);
    });
    http.set_logger([](const Request& request, const Response& response) {
      const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_started);
      std::fprintf(stderr, "%s %s %s %d %.1fms\n", utc_now_iso8601().c_str(), request.method.c_str(),
                   request.path.c_str(), response.status, elapsed.count());
    });
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  if (impl_->options.threads == 0) throw UsageError("--threads must be at least 1");
  { Matcher probe(impl_->options.databases); }  // fail early, with a clear message, on a bad index
  impl_->hooks();
  impl_->routes();
  if (impl_->options.port == 0) {
    impl_->bound_port = impl_->http.bind_to_any_port(impl_->options.host);
  } else if (impl_->http.bind_to_port(impl_->options.host, impl_->options.port)) {
    impl_->bound_port = impl_->options.port;
  }
  if (impl_->bound_port <= 0) {
    throw Error("cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                ": the address is in use or not available");
  }
}

Server::~Server() = default;

int Server::port() const { return impl_->bound_port; }

void Server::run() { impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

namespace {

constexpr const char* kUsage = R"(usage: radar-serve --db DIR [--db DIR|tcp://HOST:PORT ...] [--listen ADDR:PORT] [--threads N]

Serves the web form, the JSON API and the screening report (default 127.0.0.1:8080).
Stops gracefully on SIGINT or SIGTERM.
)";

std::pair<std::string, int> parse_listen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen " + listen + ": expected ADDR:PORT, e.g. 127.0.0.1:8080");
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  try {
    const int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    return {host, port};
  } catch (const std::logic_error&) {
    throw UsageError("--listen " + listen + ": the port must be a number from 0 to 65535");
  }
}

}  // namespace

int run_serve_command(const std::vector<std::string>& args) {
  const cli::Args parsed(args, {"db", "listen", "threads"}, {"help"});
  if (parsed.has("help")) return std::cout << kUsage, 0;
  parsed.required("db");
  ServerOptions options;
  options.databases = parsed.values("db");
  std::tie(options.host, options.port) = parse_listen(parsed.value("listen", "127.0.0.1:8080"));
  options.threads = static_cast<unsigned>(parsed.number("threads", std::max(2U, std::thread::hardware_concurrency() * 2)));
  // Block the stop signals in every thread; one thread waits for them and stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  Server server(options);
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  std::cerr << "radar-serve: listening on http://" << options.host << ":" << server.port() << "/\n";
  server.run();
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::cerr << "radar-serve: stopped\n";
  return 0;
}

}  // namespace radar
