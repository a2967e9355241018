#include "crawl/fetcher.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <optional>

#include "crawl/url.h"
#include "radar/error.h"
#include "radar/text.h"

namespace radar::crawl {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::size_t kErrorBodyBytes = std::size_t{64} * 1024;  // bodies of 4xx/5xx answers are cut here
constexpr const char* kAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

bool in_v4_block(std::uint32_t ip) {
  struct Block {
    std::uint32_t base;
    int bits;
  };
  static constexpr Block kBlocks[] = {
      {0x00000000, 8},  {0x0A000000, 8},  {0x64400000, 10}, {0x7F000000, 8},  {0xA9FE0000, 16},
      {0xAC100000, 12}, {0xC0000000, 24}, {0xC0000200, 24}, {0xC0A80000, 16}, {0xC6120000, 15},
      {0xC6336400, 24}, {0xCB007100, 24}, {0xE0000000, 4},  {0xF0000000, 4}};
  return std::any_of(std::begin(kBlocks), std::end(kBlocks), [&](const Block& block) {
    const std::uint32_t mask = block.bits == 0 ? 0 : ~std::uint32_t{0} << (32 - block.bits);
    return (ip & mask) == block.base;
  });
}

std::uint32_t v4_at(const unsigned char* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
         std::uint32_t{bytes[3]};
}

bool in_v6_block(const unsigned char* a) {
  static constexpr unsigned char kZero[16] = {};
  const bool first_80_zero = std::memcmp(a, kZero, 10) == 0;
  if (std::memcmp(a, kZero, 15) == 0 && (a[15] == 0 || a[15] == 1)) return true;  // :: and ::1
  if (first_80_zero && a[10] == 0xFF && a[11] == 0xFF) return in_v4_block(v4_at(a + 12));  // ::ffff:a.b.c.d
  if (std::memcmp(a, kZero, 12) == 0) return true;  // deprecated IPv4-compatible ::a.b.c.d
  if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xFF && a[3] == 0x9B) return in_v4_block(v4_at(a + 12));  // NAT64
  if (a[0] == 0x20 && a[1] == 0x02) return in_v4_block(v4_at(a + 2));                                 // 6to4
  if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8) return true;  // documentation
  if (a[0] == 0x01 && a[1] == 0x00 && std::memcmp(a + 2, kZero, 6) == 0) return true;  // discard 100::/64
  if ((a[0] & 0xFE) == 0xFC) return true;                                                // unique local fc00::/7
  if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) return true;                                // link-local fe80::/10
  if (a[0] == 0xFE && (a[1] & 0xC0) == 0xC0) return true;                                // site-local fec0::/10
  return a[0] == 0xFF;                                                                    // multicast
}

std::string address_text(const sockaddr* address) {
  char text[INET6_ADDRSTRLEN] = "?";
  if (address->sa_family == AF_INET) {
    ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
  } else if (address->sa_family == AF_INET6) {
    ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, text, sizeof text);
  }
  return text;
}

std::string trim_header(std::string_view text) {
  const auto start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(start, end - start + 1));
}

bool retryable(long status) { return status == 429 || (status >= 500 && status <= 504); }

struct Queued {
  FetchRequest request;
  int attempt = 1;
  Clock::time_point not_before{};
};

// One transfer in progress: the easy handle's callbacks write here.
struct Transfer {
  Queued queued;
  std::string origin;
  const FetcherOptions* options = nullptr;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  FetchResponse response;
  bool checked_type = false;
  bool refused_type = false;
  bool too_large = false;
  bool cut = false;  // an over-long body cut on purpose
  std::string blocked_ip;
  char error_buffer[CURL_ERROR_SIZE] = {};

  ~Transfer() {
    if (easy != nullptr) curl_easy_cleanup(easy);
    if (headers != nullptr) curl_slist_free_all(headers);
  }

  [[nodiscard]] long status() const {
    long code = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
    return code;
  }

  // Whether a 2xx body of this content type is wanted.
  [[nodiscard]] bool type_accepted(const std::string& type) const {
    const auto& accepted = queued.request.accept_types;
    if (accepted.empty() || type.empty()) return true;  // no type: the caller sniffs the body
    const std::string media = ascii_lower(type);
    return std::any_of(accepted.begin(), accepted.end(),
                       [&](const std::string& prefix) { return media.rfind(prefix, 0) == 0; });
  }

  [[nodiscard]] std::size_t body_limit() const {
    const long code = status();
    if (code < 200 || code >= 300) return kErrorBodyBytes;
    return queued.request.max_body_bytes > 0 ? queued.request.max_body_bytes : options->max_body_bytes;
  }

  // Returns false to abort the transfer: the write callback then returns a short count
  // and libcurl closes the connection at once (CURLE_WRITE_ERROR), so a body that
  // never ends is read no further than the cap.
  bool take(const char* data, std::size_t size) {
    if (!checked_type) {
      checked_type = true;
      const long code = status();
      if (code >= 200 && code < 300 && !type_accepted(response.content_type)) return refused_type = true, false;
    }
    const std::size_t limit = body_limit();
    if (response.body.size() + size > limit) {
      response.body.append(data, limit - response.body.size());
      const bool cut_ok = queued.request.truncate_body || status() < 200 || status() >= 300;
      (cut_ok ? cut : too_large) = true;
      return false;
    }
    response.body.append(data, size);
    return true;
  }

  void header(std::string_view line) {
    if (line.rfind("HTTP/", 0) == 0) {  // a new response (e.g. after 100 Continue): start over
      const FetchRequest request = response.request;
      response = FetchResponse{};
      response.request = request;
      return;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    const std::string name = ascii_lower(trim_header(line.substr(0, colon)));
    const std::string value = trim_header(line.substr(colon + 1));
    if (name == "content-type") response.content_type = value;
    if (name == "etag") response.etag = value;
    if (name == "last-modified") response.last_modified = value;
    if (name == "location") response.location = value;
    if (name == "retry-after") response.retry_after = value;
    if (name == "x-robots-tag") response.x_robots_tag += (response.x_robots_tag.empty() ? "" : ", ") + value;
  }
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  return transfer->take(data, size * count) ? size * count : 0;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<Transfer*>(user)->header(std::string_view(data, size * count));
  return size * count;
}

curl_socket_t on_open_socket(void* user, curlsocktype /*purpose*/, curl_sockaddr* address) {
  auto* transfer = static_cast<Transfer*>(user);
  if (!transfer->options->allow_private_addresses && is_blocked_address(&address->addr)) {
    transfer->blocked_ip = address_text(&address->addr);
    return CURL_SOCKET_BAD;
  }
  return ::socket(address->family, address->socktype, address->protocol);
}

// The requests of one origin and its politeness state.
struct Host {
  std::deque<Queued> queue;
  Clock::time_point next_allowed{};
  Clock::time_point last_finished{};
  milliseconds delay{0};
  long running = 0;
};

}  // namespace

std::string_view to_string(FetchError error) {
  switch (error) {
    case FetchError::none: return "none";
    case FetchError::timeout: return "timeout";
    case FetchError::connect: return "connect";
    case FetchError::dns: return "dns";
    case FetchError::blocked_address: return "blocked_address";
    case FetchError::too_large: return "too_large";
    case FetchError::unsupported_type: return "unsupported_type";
    case FetchError::network: return "network";
  }
  return "network";
}

bool is_blocked_address(const sockaddr* address) {
  if (address->sa_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(address);
    return in_v4_block(ntohl(v4->sin_addr.s_addr));
  }
  if (address->sa_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(address);
    return in_v6_block(v6->sin6_addr.s6_addr);
  }
  return true;  // other families are never crawled
}

bool is_blocked_ip(std::string_view ip) {
  const std::string text(ip);
  sockaddr_in v4{};
  if (::inet_pton(AF_INET, text.c_str(), &v4.sin_addr) == 1) {
    v4.sin_family = AF_INET;
    return is_blocked_address(reinterpret_cast<const sockaddr*>(&v4));
  }
  sockaddr_in6 v6{};
  if (::inet_pton(AF_INET6, text.c_str(), &v6.sin6_addr) == 1) {
    v6.sin6_family = AF_INET6;
    return is_blocked_address(reinterpret_cast<const sockaddr*>(&v6));
  }
  return false;
}

long retry_after_seconds(std::string_view value) {
  const std::string text = trim_header(value);
  if (text.empty()) return -1;
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return text.size() > 9 ? 999999999 : std::stol(text);
  }
  const time_t when = curl_getdate(text.c_str(), nullptr);
  if (when < 0) return -1;
  return std::max<long>(0, static_cast<long>(when - std::time(nullptr)));
}

struct Fetcher::Impl {
  FetcherOptions options;
  CURLM* multi = nullptr;
  std::map<std::string, Host> hosts;
  std::map<CURL*, std::unique_ptr<Transfer>> running;
  std::size_t queued_count = 0;

  explicit Impl(FetcherOptions opts) : options(std::move(opts)) {
    multi = curl_multi_init();
    if (multi == nullptr) throw Error("cannot initialise libcurl");
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, options.max_host_connections);
    curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(options.max_transfers));
  }

  ~Impl() {
    for (auto& [easy, transfer] : running) curl_multi_remove_handle(multi, easy);
    running.clear();
    curl_multi_cleanup(multi);
  }

  [[nodiscard]] long host_limit(const Host& host) const {
    return host.delay.count() > 0 ? 1 : options.max_host_connections;
  }

  std::unique_ptr<Transfer> make_transfer(Queued queued, const std::string& origin) {
    auto transfer = std::make_unique<Transfer>();
    transfer->origin = origin;
    transfer->options = &options;
    transfer->response.request = queued.request;
    transfer->queued = std::move(queued);
    const FetchRequest& request = transfer->queued.request;
    CURL* easy = curl_easy_init();
    if (easy == nullptr) throw Error("cannot create a libcurl handle");
    transfer->easy = easy;
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    curl_easy_setopt(easy, CURLOPT_OPENSOCKETDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->error_buffer);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, options.timeout_ms);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROXY, "");  // no proxy: the SSRF guard checks the real target
    if (!request.truncate_body) {
      // A body that would be refused anyway: a Content-Length over the cap ends the
      // transfer after the headers (CURLE_FILESIZE_EXCEEDED), before any body is read.
      const std::size_t limit = request.max_body_bytes > 0 ? request.max_body_bytes : options.max_body_bytes;
      curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limit));
    }
    transfer->headers = curl_slist_append(transfer->headers, (std::string("Accept: ") + kAccept).c_str());
    if (!request.if_none_match.empty()) {
      transfer->headers = curl_slist_append(transfer->headers, ("If-None-Match: " + request.if_none_match).c_str());
    }
    if (!request.if_modified_since.empty()) {
      transfer->headers =
          curl_slist_append(transfer->headers, ("If-Modified-Since: " + request.if_modified_since).c_str());
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    return transfer;
  }

  void start(Host& host, const std::string& origin) {
    Queued queued = std::move(host.queue.front());
    host.queue.pop_front();
    --queued_count;
    auto transfer = make_transfer(std::move(queued), origin);
    CURL* easy = transfer->easy;
    if (curl_multi_add_handle(multi, easy) != CURLM_OK) throw Error("libcurl refused a transfer");
    running.emplace(easy, std::move(transfer));
    ++host.running;
  }

  // Starts every request whose host has a free slot and whose time has come.
  void start_due(Clock::time_point now) {
    for (auto& [origin, host] : hosts) {
      while (!host.queue.empty() && running.size() < options.max_transfers && host.running < host_limit(host) &&
             now >= host.next_allowed && now >= host.queue.front().not_before) {
        start(host, origin);
      }
    }
  }

  // The earliest time a queued request may start, or nullopt if none waits on time.
  [[nodiscard]] std::optional<Clock::time_point> next_due() const {
    std::optional<Clock::time_point> due;
    for (const auto& [origin, host] : hosts) {
      if (host.queue.empty() || host.running >= host_limit(host)) continue;
      const auto when = std::max(host.next_allowed, host.queue.front().not_before);
      if (!due || when < *due) due = when;
    }
    return due;
  }

  // Error classification of a finished transfer; fills response.error and message.
  void classify(Transfer& transfer, CURLcode code) {
    FetchResponse& response = transfer.response;
    response.status = transfer.status();
    response.truncated = transfer.cut;
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && transfer.cut)) return;
    if (code == CURLE_FILESIZE_EXCEEDED) {
      // The declared length is over the cap. An error answer keeps its status (its body
      // is not needed); a 2xx body is refused like one that grew past the cap.
      if (response.status < 200 || response.status >= 300) return;
      transfer.too_large = true;
    }
    const std::string detail = transfer.error_buffer[0] != '\0' ? transfer.error_buffer : curl_easy_strerror(code);
    response.error = FetchError::network;
    if (!transfer.blocked_ip.empty()) {
      response.error = FetchError::blocked_address;
      response.message = "refused to connect to " + transfer.blocked_ip +
                         ": a loopback, private or link-local address (allow_private_addresses is false)";
      return;
    }
    if (transfer.refused_type) {
      response.error = FetchError::unsupported_type;
      response.message = "content type \"" + response.content_type + "\" is not crawled";
      return;
    }
    if (transfer.too_large) {
      response.error = FetchError::too_large;
      response.message = "body larger than " + std::to_string(transfer.body_limit()) + " bytes; transfer aborted";
      return;
    }
    if (code == CURLE_OPERATION_TIMEDOUT) response.error = FetchError::timeout;
    if (code == CURLE_COULDNT_CONNECT) response.error = FetchError::connect;
    if (code == CURLE_COULDNT_RESOLVE_HOST) response.error = FetchError::dns;
    response.message = detail;
  }

  // The wait before retrying `response`, or nullopt if it is final.
  [[nodiscard]] std::optional<milliseconds> retry_wait(const FetchResponse& response, int attempt) const {
    if (response.error != FetchError::none || !retryable(response.status) || attempt > options.max_retries) {
      return std::nullopt;
    }
    milliseconds wait = options.retry_base * (1L << (attempt - 1));
    const long asked = retry_after_seconds(response.retry_after);
    if (asked >= 0) wait = std::max(wait, milliseconds(asked * 1000));
    if (wait > options.max_retry_wait) {
      if (asked >= 0) return std::nullopt;  // the server wants longer than we wait: give up for now
      wait = options.max_retry_wait;
    }
    return wait;
  }

  void finish(CURL* easy, CURLcode code, std::vector<FetchResponse>& done) {
    const auto it = running.find(easy);
    if (it == running.end()) return;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    running.erase(it);
    curl_multi_remove_handle(multi, easy);
    classify(*transfer, code);
    const auto now = Clock::now();
    Host& host = hosts[transfer->origin];
    --host.running;
    host.last_finished = now;
    host.next_allowed = std::max(host.next_allowed, now + host.delay);
    const int attempt = transfer->queued.attempt;
    if (const auto wait = retry_wait(transfer->response, attempt)) {
      Queued again{transfer->queued.request, attempt + 1, now + *wait};
      host.next_allowed = std::max(host.next_allowed, now + *wait);
      host.queue.push_front(std::move(again));
      ++queued_count;
      return;
    }
    transfer->response.attempts = attempt;
    done.push_back(std::move(transfer->response));
  }

  void collect(std::vector<FetchResponse>& done) {
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
      if (message->msg == CURLMSG_DONE) finish(message->easy_handle, message->data.result, done);
    }
  }
};

Fetcher::Fetcher(FetcherOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Fetcher::~Fetcher() = default;

void Fetcher::set_delay(std::string_view url, milliseconds delay) {
  Host& host = impl_->hosts[url_origin(url)];
  host.delay = delay;
  if (host.last_finished != Clock::time_point{}) {
    host.next_allowed = std::max(host.next_allowed, host.last_finished + delay);
  }
}

void Fetcher::submit(FetchRequest request) {
  Host& host = impl_->hosts[url_origin(request.url)];
  const bool urgent = request.urgent;
  Queued queued{std::move(request), 1, {}};
  if (urgent) {
    host.queue.push_front(std::move(queued));
  } else {
    host.queue.push_back(std::move(queued));
  }
  ++impl_->queued_count;
}

std::size_t Fetcher::pending() const { return impl_->queued_count + impl_->running.size(); }

std::vector<FetchResponse> Fetcher::poll(milliseconds max_wait) {
  std::vector<FetchResponse> done;
  const auto deadline = Clock::now() + max_wait;
  for (;;) {
    impl_->start_due(Clock::now());
    int still_running = 0;
    curl_multi_perform(impl_->multi, &still_running);
    impl_->collect(done);
    if (!done.empty() || pending() == 0) return done;
    const auto now = Clock::now();
    if (now >= deadline) return done;
    auto until = deadline;
    if (const auto due = impl_->next_due()) until = std::min(until, std::max(*due, now));
    auto wait = std::chrono::duration_cast<milliseconds>(until - now);
    wait = std::clamp(wait, milliseconds(1), milliseconds(100));
    curl_multi_poll(impl_->multi, nullptr, 0, static_cast<int>(wait.count()), nullptr);
  }
}

}  // namespace radar::crawl
