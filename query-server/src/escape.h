// Escaping for each context the server writes into: HTML text and quoted
// attributes, URL query components, link targets (only http/https survive),
// CSV fields (RFC 4180, formula-safe) and JSON. Every value from a record or a
// request passes through one of these on its way out. None throws.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace radar::server {

// Text for HTML element content or a double-quoted attribute: invalid UTF-8
// replaced, & < > " ' escaped.
std::string html(std::string_view text);

// Percent-encodes everything but RFC 3986 unreserved characters.
std::string url_component(std::string_view text);

// `url` if it is an absolute http or https URL without spaces or control
// characters, else "" (javascript:, data:, relative and protocol-relative URLs).
std::string safe_link_target(std::string_view url);

// One CSV field: quoted when it holds the delimiter, a quote, CR or LF (quotes
// doubled); a leading = + - @ TAB or CR gets a ' so spreadsheets do not run it.
std::string csv_field(std::string_view value, char delimiter = ',');

// Compact JSON with invalid UTF-8 replaced.
std::string json_text(const nlohmann::json& value);

// A site-internal URL: path plus query parameters, encoded.
class InternalUrl {
 public:
  explicit InternalUrl(std::string path) : path_(std::move(path)) {}
  InternalUrl& add(const std::string& name, const std::string& value);
  InternalUrl& add_all(const std::string& name, const std::vector<std::string>& values);
  [[nodiscard]] std::string str() const;

 private:
  std::string path_;
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace radar::server
