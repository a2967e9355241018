// URL resolution and normalisation for the crawler, on libcurl's URL API (CURLU).
// Only absolute http and https URLs come out; bad input never throws, it gives
// nullopt or an empty string. Normal form: lowercase scheme and host, no default
// port, no user info, no fragment, "/" for an empty path, uppercase %-escapes and
// unreserved characters (RFC 3986 2.3) decoded, no empty query.
#pragma once

#include <optional>
#include <string>
#include <string_view>

struct Curl_URL;  // libcurl's CURLU

namespace radar::crawl {

// Resolves the links of one page against its base URL, which is parsed once (a page
// has hundreds of links). resolve(href) is resolve_url(base, href).
class UrlResolver {
 public:
  explicit UrlResolver(std::string_view base);
  ~UrlResolver();
  UrlResolver(const UrlResolver&) = delete;
  UrlResolver& operator=(const UrlResolver&) = delete;

  [[nodiscard]] std::optional<std::string> resolve(std::string_view href) const;

 private:
  Curl_URL* base_;  // nullptr when the base is not an absolute http(s) URL
};

// `href` (absolute or relative, as found in a page) resolved against the absolute URL
// `base`, normalised; nullopt for javascript:, mailto:, data: and any non-http(s)
// scheme, for an unparsable base or href, and for results over 8 KiB.
std::optional<std::string> resolve_url(std::string_view base, std::string_view href);

// The normal form of an absolute http(s) URL; "" if it is not one.
std::string normalise_url(std::string_view url);

// The value of the hexadecimal digit `c` of a %-escape, or -1.
int hex_digit(char c);

// Whether `c` is one of RFC 3986's unreserved characters (2.3), which a %-escape need not hide.
bool is_unreserved(unsigned char c);

// Appends the %-escape of the octet `c`, in uppercase hexadecimal ("%2F").
void append_percent_escape(std::string& out, unsigned char c);

// The lowercase host ("example.com", "[::1]"); "" if `url` is not an http(s) URL.
std::string url_host(std::string_view url);

// "scheme://host[:port]" with the port only when it is not the default; "" if not http(s).
std::string url_origin(std::string_view url);

// The normalised path and query ("/a/b?x=1"), as robots.txt rules see it; "" if not http(s).
std::string url_path_and_query(std::string_view url);

// Whether `url` starts with `prefix` once both are normalised (an `allow` prefix of a
// crawl source); false if either is not an http(s) URL.
bool url_has_prefix(std::string_view url, std::string_view prefix);

}  // namespace radar::crawl
