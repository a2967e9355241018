// radar-serve: the HTTP query server of CONTRACT section 5 (web form, results
// page, JSON API, screening report, feeds, health and metrics). A fixed pool of
// worker threads, each with its own Matcher and Xapian handle, reopened per
// request so a new index revision is served without a restart; repeated matches
// are answered from a bounded cache keyed by the request and the revision;
// requests are bounded in size and time, and overload is answered 429.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace radar {

struct ServerOptions {
  std::vector<std::string> databases;  // paths, stub files or tcp://HOST:PORT
  std::string host = "127.0.0.1";
  int port = 8080;                     // 0: any free port
  unsigned threads = 8;                // worker threads, each with its own index handle
  unsigned matches = 0;                // matches run at once (the rest wait); 0: one per CPU
  unsigned queue = 64;                 // connections that may wait for a worker; more get 429
  unsigned request_timeout = 30;       // seconds to read one request and write its answer
  std::string public_url;              // base of absolute links (feeds); default http://HOST:PORT
  unsigned match_cache = 256;          // match results kept for repeated requests; 0: none
  std::size_t match_cache_bytes = 32UL * 1024 * 1024;  // and their estimated memory at most
};

class Server {
 public:
  // Checks that the index opens (throws IndexError otherwise), validates the options
  // (UsageError) and binds the socket (Error when the address is taken).
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  [[nodiscard]] int port() const;
  // Serves until stop(); then finishes the requests in flight and returns.
  // Throws Error if accepting connections fails.
  void run();
  // Stops accepting; safe to call from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `radar-serve ARGS...`: parses options, serves until SIGINT/SIGTERM; returns the exit code.
int run_serve_command(const std::vector<std::string>& args);

}  // namespace radar
