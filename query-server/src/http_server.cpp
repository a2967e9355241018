#include "http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace radar::server {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds kPollSlice{20};                 // how often idle waits look at the server state
constexpr milliseconds kYieldAfterIdle{200};           // idle time after which a waiting connection gets the worker
constexpr milliseconds kStoppingFirstRequestWait{1000};  // an accepted connection's grace while stopping
constexpr milliseconds kLingerTime{1000};
constexpr std::size_t kLingerBytes = std::size_t{256} * 1024;

thread_local ConnectionContext tls_context;
thread_local bool tls_rejecting = false;

// Waits until `fd` is ready for `events` or `timeout` passes; true when ready.
bool wait_for(int fd, short events, milliseconds timeout) {
  pollfd entry{fd, events, 0};
  const int ms = static_cast<int>(std::max<long long>(0, timeout.count()));
  int ready;
  do {
    ready = ::poll(&entry, 1, ms);
  } while (ready < 0 && errno == EINTR);
  return ready > 0;
}

std::string address_text(const sockaddr_storage& address, int& port) {
  std::array<char, INET6_ADDRSTRLEN> text{};
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    ::inet_ntop(AF_INET, &v4.sin_addr, text.data(), text.size());
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    ::inet_ntop(AF_INET6, &v6.sin6_addr, text.data(), text.size());
    port = ntohs(v6.sin6_port);
  }
  return text.data();
}

// One connection's byte stream for httplib: buffered reads that stop at the
// request's byte budget and deadline, writes bounded by the same deadline.
class ConnectionStream final : public httplib::Stream {
 public:
  ConnectionStream(int fd, const HttpLimits& limits) : fd_(fd), limits_(limits) {}

  void begin_request(Clock::time_point deadline) {
    deadline_ = deadline;
    budget_ = limits_.max_request_bytes;
  }
  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] bool has_buffered() const { return offset_ < size_; }

  bool is_readable() const override { return has_buffered() || wait_for(fd_, POLLIN, io_wait()); }
  bool is_writable() const override { return wait_for(fd_, POLLOUT, io_wait()); }

  ssize_t read(char* out, std::size_t size) override {
    if (budget_ == 0 || Clock::now() >= deadline_) return fail();
    size = std::min(size, budget_);
    if (!has_buffered()) {
      if (!wait_for(fd_, POLLIN, io_wait())) return fail();
      const ssize_t got = ::recv(fd_, buffer_.data(), buffer_.size(), 0);
      if (got <= 0) return got < 0 ? fail() : 0;
      offset_ = 0;
      size_ = static_cast<std::size_t>(got);
    }
    const std::size_t n = std::min(size, size_ - offset_);
    std::copy_n(buffer_.data() + offset_, n, out);
    offset_ += n;
    budget_ -= n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* data, std::size_t size) override {
    if (Clock::now() >= deadline_ || !wait_for(fd_, POLLOUT, io_wait())) return fail();
    const ssize_t sent = ::send(fd_, data, size, MSG_NOSIGNAL);
    return sent < 0 ? fail() : sent;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip = address_text(address, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip = address_text(address, port);
  }
  socket_t socket() const override { return fd_; }

 private:
  milliseconds io_wait() const {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline_ - Clock::now());
    return std::max(milliseconds(0), std::min(left, limits_.io_timeout));
  }
  ssize_t fail() {
    failed_ = true;
    return -1;
  }

  int fd_;
  const HttpLimits& limits_;
  Clock::time_point deadline_ = Clock::now();
  std::size_t budget_ = 0;
  std::array<char, 8192> buffer_{};
  std::size_t offset_ = 0, size_ = 0;
  bool failed_ = false;
};

// Whether the peer has sent bytes we have not read (closing then would reset the connection).
bool has_unread(int fd) {
  char byte;
  return ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

// Closes the connection; with `linger`, first half-closes and drains what the peer
// still sends (bounded), so it reads our answer instead of a reset.
void close_connection(int fd, bool linger) {
  if (linger) {
    ::shutdown(fd, SHUT_WR);
    const auto until = Clock::now() + kLingerTime;
    std::array<char, 4096> sink{};
    std::size_t drained = 0;
    while (drained < kLingerBytes && Clock::now() < until &&
           wait_for(fd, POLLIN, std::chrono::duration_cast<milliseconds>(until - Clock::now()))) {
      const ssize_t got = ::recv(fd, sink.data(), sink.size(), 0);
      if (got <= 0) break;
      drained += static_cast<std::size_t>(got);
    }
  }
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
}

}  // namespace

ConnectionContext& connection_context() { return tls_context; }

BoundedPool::BoundedPool(unsigned threads, std::size_t max_waiting, PoolCounters& counters)
    : max_waiting_(max_waiting), counters_(counters) {
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
  rejecter_ = std::thread([this] { reject_work(); });
}

BoundedPool::~BoundedPool() {
  if (rejecter_.joinable()) shutdown();
}

void BoundedPool::enqueue(std::function<void()> job) {
  {
    const std::lock_guard lock(mutex_);
    if (jobs_.size() < max_waiting_ + idle_) {
      jobs_.push_back(std::move(job));
      counters_.waiting = jobs_.size() > idle_ ? jobs_.size() - idle_ : 0;
      ready_.notify_one();
      return;
    }
    reject_jobs_.push_back(std::move(job));
    counters_.reject_backlog = reject_jobs_.size();
  }
  reject_ready_.notify_one();
}

void BoundedPool::shutdown() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  reject_ready_.notify_all();
  for (auto& thread : threads_) thread.join();
  rejecter_.join();
}

void BoundedPool::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ++idle_;
      ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      --idle_;
      if (jobs_.empty()) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
      counters_.waiting = jobs_.size() > idle_ ? jobs_.size() - idle_ : 0;
    }
    job();
  }
}

void BoundedPool::reject_work() {
  tls_rejecting = true;
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      reject_ready_.wait(lock, [this] { return stopping_ || !reject_jobs_.empty(); });
      if (reject_jobs_.empty()) return;
      job = std::move(reject_jobs_.front());
      reject_jobs_.pop_front();
      counters_.reject_backlog = reject_jobs_.size();
    }
    job();
  }
}

HttpServer::HttpServer(HttpLimits limits) : limits_(limits) {
  new_task_queue = [this] { return new BoundedPool(limits_.threads, limits_.max_waiting, counters_); };
  // Only the Keep-Alive header reads these; our loop below enforces them.
  set_keep_alive_max_count(limits_.keep_alive_max_requests);
  set_keep_alive_timeout(std::max<long long>(1, std::chrono::duration_cast<std::chrono::seconds>(limits_.keep_alive_idle).count()));
  set_read_timeout(std::chrono::duration_cast<std::chrono::seconds>(limits_.io_timeout).count(), 0);
  set_write_timeout(std::chrono::duration_cast<std::chrono::seconds>(limits_.io_timeout).count(), 0);
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  const bool rejecting = tls_rejecting;
  if (rejecting && counters_.reject_backlog > limits_.max_reject_backlog) {
    ++rejected_total_;
    close_connection(sock, false);
    return false;
  }
  int yes = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // headers and body go out without delay
  ++open_connections_;
  serve_connection(sock, rejecting);
  --open_connections_;
  return true;
}

// Serves the requests of one connection: keep-alive while nobody waits for a
// worker and the server accepts; one request, then close, when rejecting.
void HttpServer::serve_connection(socket_t sock, bool rejecting) {
  ConnectionStream stream(sock, limits_);
  std::size_t served = 0;
  bool linger = false;
  for (;;) {
    if (!stream.has_buffered()) {
      const bool first = served == 0;
      const auto began = Clock::now();
      auto until = began + (first ? (rejecting ? limits_.reject_deadline : limits_.io_timeout) : limits_.keep_alive_idle);
      bool readable = false;
      while (!readable && Clock::now() < until) {
        // An idle keep-alive connection gives its worker up when the server stops, or
        // when a connection waits for a worker and this one has been idle a moment
        // (a client that just read an answer usually sends its next request at once).
        if (!first && (!accepting() || (counters_.waiting > 0 && Clock::now() - began >= kYieldAfterIdle))) break;
        if (!accepting()) until = std::min(until, began + kStoppingFirstRequestWait);
        readable = wait_for(sock, POLLIN, kPollSlice);
      }
      if (!readable) break;
    }
    ConnectionContext& context = tls_context;
    context = ConnectionContext{};
    context.rejecting = rejecting;
    context.started = Clock::now();
    stream.begin_request(context.started + (rejecting ? limits_.reject_deadline : limits_.request_deadline));
    const bool close = rejecting || !accepting() || served + 1 >= limits_.keep_alive_max_requests || counters_.waiting > 0;
    bool client_closes = false;
    ++in_flight_;
    const bool ok = process_request(stream, close, client_closes, nullptr);
    --in_flight_;
    ++served;
    if (rejecting) ++rejected_total_;
    if (context.close_after || stream.failed()) linger = true;
    if (!ok || close || client_closes || context.close_after || stream.failed()) break;
  }
  close_connection(sock, linger || has_unread(sock));
}

}  // namespace radar::server
