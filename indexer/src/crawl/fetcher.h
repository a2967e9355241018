// The crawler's HTTP client, on libcurl's multi interface: many hosts in parallel,
// one polite queue per origin (a gap between requests, at most two connections),
// reused connections, bounded time and body size, retries of 429/5xx with backoff.
// Redirects are NOT followed: a 3xx comes back with its Location for the caller to
// check. Every connection is checked after DNS: loopback, private, link-local and
// other special addresses are refused unless allowed (SSRF guard).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sockaddr;

namespace radar::crawl {

struct FetcherOptions {
  std::string user_agent = "Markedsradar/1.0";
  bool allow_private_addresses = false;
  long connect_timeout_ms = 5000;
  long timeout_ms = 20000;
  std::size_t max_body_bytes = 5u << 20;
  int max_retries = 2;                              // of 429 and 5xx answers
  std::chrono::milliseconds retry_base{250};        // first backoff; doubles per retry
  std::chrono::milliseconds max_retry_wait{10000};  // a longer Retry-After gives up instead
  std::size_t max_transfers = 64;                   // over all hosts
  long max_host_connections = 2;
};

struct FetchRequest {
  std::uint64_t tag = 0;                  // the caller's handle, returned with the response
  std::string url;                        // absolute http(s), normalised
  std::string if_none_match;              // ETag of the copy we have, or ""
  std::string if_modified_since;          // Last-Modified of the copy we have, or ""
  std::vector<std::string> accept_types;  // media type prefixes taken for a 2xx body; empty: any
  bool truncate_body = false;             // cut an over-long body (true) or fail it (false)
  std::size_t max_body_bytes = 0;         // this request's body limit; 0: the fetcher's
  bool urgent = false;                    // to the front of its host's queue (robots.txt)
};

// Why no HTTP answer came back (none: one did, whatever its status).
enum class FetchError { none, timeout, connect, dns, blocked_address, too_large, unsupported_type, network };

std::string_view to_string(FetchError error);

struct FetchResponse {
  FetchRequest request;
  FetchError error = FetchError::none;
  std::string message;  // what went wrong, for the log; "" when error is none
  long status = 0;
  std::string body;     // decoded from gzip/deflate transfer encodings
  bool truncated = false;
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string location;      // Location header of a 3xx, as sent
  std::string x_robots_tag;  // all X-Robots-Tag headers joined with ", "
  std::string retry_after;
  int attempts = 1;
};

// Whether a connection to `address` (IPv4 or IPv6) must be refused by the SSRF guard:
// loopback, private, shared (CGNAT), link-local (incl. cloud metadata), unspecified,
// multicast, reserved and documentation ranges, also when mapped into IPv6.
bool is_blocked_address(const sockaddr* address);
// The same for a numeric address in text ("10.0.0.1", "::1"); false if it is not one.
bool is_blocked_ip(std::string_view ip);

// Seconds a Retry-After value asks to wait (delta-seconds or an HTTP date); -1 if unreadable.
long retry_after_seconds(std::string_view value);

class Fetcher {
 public:
  // Throws Error if libcurl cannot be initialised.
  explicit Fetcher(FetcherOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // The gap kept between the end of one request to the origin of `url` and the start
  // of the next. With a gap, one request at a time; with none, max_host_connections.
  void set_delay(std::string_view url, std::chrono::milliseconds delay);
  // Queues a request behind the others for its origin (or in front, if urgent).
  void submit(FetchRequest request);
  // Runs transfers until at least one request is finished or `max_wait` has passed;
  // returns the finished ones (retries are not finished). Never throws for network errors.
  std::vector<FetchResponse> poll(std::chrono::milliseconds max_wait);
  // Requests queued or running.
  [[nodiscard]] std::size_t pending() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace radar::crawl
