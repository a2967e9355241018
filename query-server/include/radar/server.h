// radar-serve: the HTTP query server of CONTRACT section 5 (web form, results
// page, JSON API). A fixed pool of worker threads, each with its own Matcher
// (its own Xapian handle), picking up new index revisions without a restart.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace radar {

struct ServerOptions {
  std::vector<std::string> databases;  // paths, stub files or tcp://HOST:PORT
  std::string host = "127.0.0.1";
  int port = 8080;                     // 0: any free port
  unsigned threads = 4;
};

class Server {
 public:
  // Checks that the index opens (throws IndexError otherwise) and binds the socket.
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  [[nodiscard]] int port() const;
  // Serves until stop() is called (from another thread or a signal handler's thread).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `radar-serve ARGS...`: parses options, serves until SIGINT/SIGTERM; returns the exit code.
int run_serve_command(const std::vector<std::string>& args);

}  // namespace radar
