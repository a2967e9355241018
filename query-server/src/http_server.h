// The connection layer under radar-serve: cpp-httplib's request parsing and
// routing, with our own pool and per-connection loop. Guarantees: exactly
// `threads` workers; at most `max_waiting` accepted connections wait for one,
// later ones are answered 429 by a separate thread; every request has a byte
// budget and a deadline; on stop() the request being served and every accepted
// connection get their answer before the pool is joined.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

namespace radar::server {

struct HttpLimits {
  unsigned threads = 8;                          // worker threads (the fixed pool)
  std::size_t max_waiting = 64;                  // accepted connections waiting for a worker before 429
  std::size_t max_request_bytes = std::size_t{80} * 1024;  // request line + headers + body, per request
  std::chrono::milliseconds io_timeout{10000};   // one read or write
  std::chrono::milliseconds request_deadline{30000};  // reading a request and writing its answer
  std::chrono::milliseconds keep_alive_idle{5000};    // idle wait for the next request on a connection
  std::size_t keep_alive_max_requests = 100;     // requests per connection
  std::chrono::milliseconds reject_deadline{2000};    // the whole exchange of a 429 answer
  std::size_t max_reject_backlog = 256;          // beyond this, overflow connections are closed unanswered
};

// What a handler can learn about, and ask of, the connection it runs on.
struct ConnectionContext {
  bool rejecting = false;     // the pool is full: answer 429
  bool close_after = false;   // set by a handler: close the connection after this answer
  std::chrono::steady_clock::time_point started;  // when the request began to arrive
  std::string route = "unmatched";                // the route pattern, for metrics
};

// The calling thread's connection context (valid inside handlers and hooks).
ConnectionContext& connection_context();

// Live numbers of a pool, owned by the server so they outlive each pool.
struct PoolCounters {
  std::atomic<std::size_t> waiting{0};         // connections queued for a worker
  std::atomic<std::size_t> reject_backlog{0};  // connections queued for the rejecting thread
};

// A fixed pool of worker threads with a bounded queue of waiting connections.
// Overflowing connections go to one rejecting thread (ConnectionContext::rejecting).
class BoundedPool final : public httplib::TaskQueue {
 public:
  BoundedPool(unsigned threads, std::size_t max_waiting, PoolCounters& counters);
  ~BoundedPool() override;
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  void enqueue(std::function<void()> job) override;
  // Runs every queued job, then joins the threads.
  void shutdown() override;

 private:
  void work();
  void reject_work();

  std::mutex mutex_;
  std::condition_variable ready_, reject_ready_;
  std::deque<std::function<void()>> jobs_, reject_jobs_;
  bool stopping_ = false;
  std::size_t idle_ = 0;  // workers waiting for a job
  std::size_t max_waiting_;
  PoolCounters& counters_;
  std::vector<std::thread> threads_;
  std::thread rejecter_;
};

// httplib::Server with our pool and connection loop (see the file comment).
class HttpServer final : public httplib::Server {
 public:
  explicit HttpServer(HttpLimits limits);

  [[nodiscard]] const HttpLimits& limits() const { return limits_; }
  // Connections waiting for a worker, 429 answers so far, requests being served.
  [[nodiscard]] std::size_t waiting() const { return counters_.waiting.load(); }
  [[nodiscard]] unsigned long long rejected_total() const { return rejected_total_.load(); }
  [[nodiscard]] std::size_t in_flight() const { return in_flight_.load(); }
  [[nodiscard]] std::size_t open_connections() const { return open_connections_.load(); }
  // True once stop() has closed the listening socket (answers should say Connection: close).
  [[nodiscard]] bool stopping() const { return !accepting(); }

 private:
  bool process_and_close_socket(socket_t sock) override;
  [[nodiscard]] bool accepting() const { return svr_sock_ != INVALID_SOCKET; }
  void serve_connection(socket_t sock, bool rejecting);

  HttpLimits limits_;
  PoolCounters counters_;
  std::atomic<std::size_t> in_flight_{0}, open_connections_{0};
  std::atomic<unsigned long long> rejected_total_{0};
};

}  // namespace radar::server
