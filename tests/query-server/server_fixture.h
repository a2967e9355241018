// A running radar-serve over a small test index, and a raw TCP connection for
// requests an HTTP client library would refuse to send. Shared by the
// query-server tests; every wait is bounded.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <httplib.h>

#include "radar/index.h"
#include "test_support.h"

namespace radar::test {

// radar-serve on a free loopback port over the mini-market fixture (plus `extra_records`).
class TestServer {
 public:
  explicit TestServer(const std::string& extra_records = "", std::vector<std::string> extra_args = {},
                      const std::vector<std::pair<std::string, std::string>>& metadata = {})
      : port_(free_port()) {
    const std::string db = dir_.file("db");
    const auto language = run_tool("radar-index", {"language", "--db", db, "--thesaurus",
                                                   source_path("tests/fixtures/language/thesaurus.txt"), "--stopwords",
                                                   source_path("tests/fixtures/language/stopwords")});
    REQUIRE(language.exit_code == 0);
    REQUIRE(run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")}).exit_code == 0);
    if (!extra_records.empty()) ingest_text(db, extra_records);
    if (!metadata.empty()) write_metadata(db, metadata);
    std::vector<std::string> args{"--db", db, "--listen", "127.0.0.1:" + std::to_string(port_)};
    if (std::find(extra_args.begin(), extra_args.end(), "--threads") == extra_args.end()) {
      args.insert(args.end(), {"--threads", "2"});
    }
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    process_ = std::make_unique<ChildProcess>("radar-serve", args);
    REQUIRE(wait_for_http(port_));
  }

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string db() const { return dir_.file("db"); }
  [[nodiscard]] ChildProcess& process() { return *process_; }
  [[nodiscard]] httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(20, 0);
    c.set_connection_timeout(5, 0);
    return c;
  }

 private:
  static void write_metadata(const std::string& db, const std::vector<std::pair<std::string, std::string>>& metadata);

  TempDir dir_;
  int port_;
  std::unique_ptr<ChildProcess> process_;
};

inline void TestServer::write_metadata(const std::string& db,
                                       const std::vector<std::pair<std::string, std::string>>& metadata) {
  IndexWriter writer(db);
  for (const auto& [key, value] : metadata) writer.set_metadata(key, value);
  writer.commit();
}

// One raw TCP connection to 127.0.0.1:port.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() { close(); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  [[nodiscard]] bool connected() const { return connected_; }
  // Sends all of `bytes`; false if the peer has gone.
  bool send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }
  // Reads until the peer closes or `seconds` pass.
  std::string read_all(int seconds = 10) {
    std::string out;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    char buffer[4096];
    while (std::chrono::steady_clock::now() < until) {
      pollfd entry{fd_, POLLIN, 0};
      if (::poll(&entry, 1, 50) <= 0) continue;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }
  // Reads one response: the headers and a Content-Length body.
  std::string read_response(int seconds = 10) {
    std::string out;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    char buffer[4096];
    while (std::chrono::steady_clock::now() < until && !complete(out)) {
      pollfd entry{fd_, POLLIN, 0};
      if (::poll(&entry, 1, 50) <= 0) continue;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }
  // True when the peer has closed the connection within `seconds`.
  bool closed_by_peer(int seconds = 10) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    char buffer[4096];
    while (std::chrono::steady_clock::now() < until) {
      pollfd entry{fd_, POLLIN, 0};
      if (::poll(&entry, 1, 50) <= 0) continue;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return true;
    }
    return false;
  }
  // True when the peer has sent something, closed or reset the connection (checked without waiting).
  bool peer_spoke_or_closed() {
    char byte;
    const ssize_t n = ::recv(fd_, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
  }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  // The status code of a raw response ("HTTP/1.1 413 ..." -> 413), or 0.
  static int status_of(const std::string& response) {
    if (response.rfind("HTTP/1.1 ", 0) != 0 || response.size() < 12) return 0;
    return std::stoi(response.substr(9, 3));
  }

 private:
  static bool complete(const std::string& response) {
    const auto end = response.find("\r\n\r\n");
    if (end == std::string::npos) return false;
    const std::string headers = response.substr(0, end);
    auto at = headers.find("Content-Length: ");
    if (at == std::string::npos) return true;
    const auto length = std::stoul(headers.substr(at + 16));
    return response.size() >= end + 4 + length;
  }

  int fd_;
  bool connected_ = false;
};

}  // namespace radar::test
