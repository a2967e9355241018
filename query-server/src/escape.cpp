#include "escape.h"

#include <cctype>
#include <cstdio>

#include "radar/text.h"

namespace radar::server {

std::string html(std::string_view text) {
  return is_valid_utf8(text) && text.find('\0') == std::string_view::npos ? html_escape(text)
                                                                             : html_escape(sanitise_utf8(text));
}

std::string url_component(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  char buffer[4];
  for (const unsigned char c : text) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

std::string safe_link_target(std::string_view url) {
  const std::string lower = to_lower(url.substr(0, 8));
  const bool web = lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
  if (!web || url.size() > 2048 || !is_valid_utf8(url)) return "";
  const std::size_t host_start = lower.rfind("https://", 0) == 0 ? 8 : 7;
  if (url.size() <= host_start || url[host_start] == '/') return "";
  for (const unsigned char c : url) {
    if (c <= 0x20 || c == 0x7F) return "";
  }
  return std::string(url);
}

std::string csv_field(std::string_view value, char delimiter) {
  std::string text = sanitise_utf8(value);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
                        text[0] == '\r')) {
    text.insert(0, 1, '\'');
  }
  if (text.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

InternalUrl& InternalUrl::add(const std::string& name, const std::string& value) {
  params_.emplace_back(name, value);
  return *this;
}

InternalUrl& InternalUrl::add_all(const std::string& name, const std::vector<std::string>& values) {
  for (const auto& value : values) add(name, value);
  return *this;
}

std::string InternalUrl::str() const {
  std::string out = path_;
  char separator = '?';
  for (const auto& [name, value] : params_) {
    out += separator + url_component(name) + "=" + url_component(value);
    separator = '&';
  }
  return out;
}

}  // namespace radar::server
