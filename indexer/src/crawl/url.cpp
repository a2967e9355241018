#include "crawl/url.h"

#include <curl/curl.h>

#include <memory>

#include "radar/text.h"

namespace radar::crawl {
namespace {

constexpr std::size_t kMaxUrlBytes = 8192;

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// The parts of a normalised URL; port only when not the scheme's default.
struct UrlParts {
  std::string scheme;
  std::string host;
  std::string port;
  std::string path;
  std::string query;
};

std::optional<std::string> get_part(CURLU* handle, CURLUPart part, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(handle, part, &value, flags) != CURLUE_OK || value == nullptr) {
    return std::nullopt;
  }
  std::string text(value);
  curl_free(value);
  return text;
}

// Strips what browsers strip from an href: ASCII tab and newlines anywhere, and
// control characters and spaces at both ends.
std::string clean_input(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c != '\t' && c != '\n' && c != '\r') {
      out.push_back(c);
    }
  }
  const auto is_edge = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!out.empty() && is_edge(out.back())) {
    out.pop_back();
  }
  std::size_t start = 0;
  while (start < out.size() && is_edge(out[start])) {
    ++start;
  }
  return out.substr(start);
}

// Uppercases %-escapes and decodes those of unreserved characters (RFC 3986 6.2.2);
// escapes non-ASCII octets, controls and spaces, which libcurl leaves in absolute URLs.
std::string normalise_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
      const auto value = static_cast<unsigned char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      if (is_unreserved(value)) {
        out.push_back(static_cast<char>(value));
      } else {
        append_percent_escape(out, value);
      }
      i += 2;
    } else if (c <= 0x20 || c >= 0x7F) {
      append_percent_escape(out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::optional<UrlParts> parts_of(CURLU* handle) {
  UrlParts parts;
  const auto scheme = get_part(handle, CURLUPART_SCHEME);
  if (!scheme || (*scheme != "http" && *scheme != "https")) {
    return std::nullopt;
  }
  parts.scheme = *scheme;
  const auto host = get_part(handle, CURLUPART_HOST);
  if (!host || host->empty()) {
    return std::nullopt;
  }
  for (const char c : *host) {
    parts.host.push_back(ascii_lower(c));
  }
  parts.port = get_part(handle, CURLUPART_PORT, CURLU_NO_DEFAULT_PORT).value_or("");
  parts.path = normalise_escapes(get_part(handle, CURLUPART_PATH).value_or(""));
  if (parts.path.empty()) {
    parts.path.push_back('/');
  }
  parts.query = normalise_escapes(get_part(handle, CURLUPART_QUERY).value_or(""));
  return parts;
}

std::string build(const UrlParts& parts) {
  std::string url = parts.scheme + "://" + parts.host;
  if (!parts.port.empty()) {
    url += ":" + parts.port;
  }
  url += parts.path;
  if (!parts.query.empty()) {
    url += "?" + parts.query;
  }
  return url;
}

UrlHandle parse(std::string_view url) {
  UrlHandle handle(curl_url());
  if (!handle) {
    return nullptr;
  }
  const std::string text = clean_input(url);
  if (text.empty() || text.size() > kMaxUrlBytes) {
    return nullptr;
  }
  if (curl_url_set(handle.get(), CURLUPART_URL, text.c_str(), CURLU_ALLOW_SPACE) != CURLUE_OK) {
    return nullptr;
  }
  return handle;
}

std::optional<UrlParts> parse_parts(std::string_view url) {
  const UrlHandle handle = parse(url);
  if (!handle) {
    return std::nullopt;
  }
  return parts_of(handle.get());
}

std::optional<std::string> finish(const std::optional<UrlParts>& parts) {
  if (!parts) {
    return std::nullopt;
  }
  std::string url = build(*parts);
  if (url.size() > kMaxUrlBytes) {
    return std::nullopt;
  }
  return url;
}

}  // namespace

int hex_digit(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

void append_percent_escape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += {'%', kHex[c >> 4], kHex[c & 0x0F]};
}

UrlResolver::UrlResolver(std::string_view base) : base_(parse(base).release()) {
  if (base_ != nullptr && !parts_of(base_)) {
    curl_url_cleanup(base_);
    base_ = nullptr;
  }
}

UrlResolver::~UrlResolver() { curl_url_cleanup(base_); }

std::optional<std::string> UrlResolver::resolve(std::string_view href) const {
  if (base_ == nullptr) {
    return std::nullopt;
  }
  const std::string reference = clean_input(href);
  // A same-document reference: libcurl 7.88 would drop the last path segment.
  if (reference.empty() || reference.front() == '#') {
    return finish(parts_of(base_));
  }
  if (reference.size() > kMaxUrlBytes) {
    return std::nullopt;
  }
  const UrlHandle handle(curl_url_dup(base_));
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, reference.c_str(), CURLU_ALLOW_SPACE) != CURLUE_OK) {
    return std::nullopt;
  }
  return finish(parts_of(handle.get()));
}

std::optional<std::string> resolve_url(std::string_view base, std::string_view href) {
  return UrlResolver(base).resolve(href);
}

std::string normalise_url(std::string_view url) { return finish(parse_parts(url)).value_or(""); }

std::string url_host(std::string_view url) {
  const auto parts = parse_parts(url);
  return parts ? parts->host : "";
}

std::string url_origin(std::string_view url) {
  const auto parts = parse_parts(url);
  if (!parts) {
    return "";
  }
  return parts->scheme + "://" + parts->host + (parts->port.empty() ? "" : ":" + parts->port);
}

std::string url_path_and_query(std::string_view url) {
  const auto parts = parse_parts(url);
  if (!parts) {
    return "";
  }
  return parts->path + (parts->query.empty() ? "" : "?" + parts->query);
}

bool url_has_prefix(std::string_view url, std::string_view prefix) {
  const std::string normal_url = normalise_url(url);
  const std::string normal_prefix = normalise_url(prefix);
  if (normal_url.empty() || normal_prefix.empty()) {
    return false;
  }
  return normal_url.compare(0, normal_prefix.size(), normal_prefix) == 0;
}

}  // namespace radar::crawl
