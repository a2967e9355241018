// radar-bench-site: serves static websites on loopback addresses for the crawl
// benchmark, one directory per address (127.0.0.2=DIR ...), all on one port, with
// HTTP/1.1 keep-alive. A C++ server (cpp-httplib), so the site is not what limits a
// crawler at a thousand pages a second. Prints "ready" once every address is bound;
// runs until SIGINT or SIGTERM. Every client gets the same uncompressed bytes (see
// serve_uncompressed).
//
// usage: radar-bench-site --port PORT [--threads N] ADDRESS=DIR...
#include <httplib.h>

#include <pthread.h>

#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

// cpp-httplib as Debian builds it brotli-compresses every text answer at quality 11
// when the request accepts "br", as our crawler does and wget does not. That cost the
// server more CPU than the crawler spent and made the crawl comparison unfair. Answers
// with a sized content provider are sent as they are, so the file's bytes move there.
void serve_uncompressed(const httplib::Request& /*request*/, httplib::Response& response) {
  if (response.body.empty()) return;
  auto body = std::make_shared<std::string>(std::move(response.body));
  response.body.clear();
  const std::string content_type = response.get_header_value("Content-Type");
  response.headers.erase("Content-Type");  // set again by set_content_provider
  response.set_content_provider(
      body->size(), content_type.c_str(),
      [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
        return sink.write(body->data() + offset, length);
      });
}

int usage() {
  std::cerr << "usage: radar-bench-site --port PORT [--threads N] ADDRESS=DIR...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0;
  std::size_t threads = 4;
  std::vector<std::pair<std::string, std::string>> sites;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--port" && i + 1 < argc) {
      port = std::stoi(argv[++i]);
    } else if (arg == "--threads" && i + 1 < argc) {
      threads = std::stoul(argv[++i]);
    } else if (const auto equals = arg.find('='); equals != std::string::npos) {
      sites.emplace_back(arg.substr(0, equals), arg.substr(equals + 1));
    } else {
      return usage();
    }
  }
  if (port <= 0 || sites.empty()) return usage();
  // SIGINT and SIGTERM are taken by sigwait() below, not by handlers.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::vector<std::unique_ptr<httplib::Server>> all;
  for (const auto& [address, dir] : sites) {
    auto server = std::make_unique<httplib::Server>();
    server->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server->set_keep_alive_max_count(100000);
    server->set_tcp_nodelay(true);  // headers and body are separate writes: no 40 ms Nagle stalls
    server->set_file_request_handler(serve_uncompressed);
    if (!server->set_mount_point("/", dir)) {
      std::cerr << "radar-bench-site: no directory " << dir << "\n";
      return 1;
    }
    if (!server->bind_to_port(address, port)) {
      std::cerr << "radar-bench-site: cannot bind " << address << ":" << port << "\n";
      return 1;
    }
    all.push_back(std::move(server));
  }
  std::vector<std::thread> listeners;
  listeners.reserve(all.size());
  for (auto& server : all) listeners.emplace_back([&server] { server->listen_after_bind(); });
  std::cout << "ready" << std::endl;
  int signal = 0;
  sigwait(&signals, &signal);
  for (auto& server : all) server->stop();
  for (auto& listener : listeners) listener.join();
  return 0;
}
