#include "radar/text.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <ctime>

namespace radar {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `pos`; returns the sequence length, or 0 if ill-formed.
std::size_t decode_one(std::string_view text, std::size_t pos, char32_t& out) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    out = lead;
    return 1;
  }
  std::size_t length = 0;
  char32_t min_value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, out = lead & 0x1F, min_value = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, out = lead & 0x0F, min_value = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, out = lead & 0x07, min_value = 0x10000;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return 0;
    out = (out << 6) | (next & 0x3F);
  }
  if (out < min_value || out > 0x10FFFF || (out >= 0xD800 && out <= 0xDFFF)) return 0;
  return length;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t lower_code_point(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  // Latin Extended-A pairs upper/lower as even/odd code points (with a few exceptions
  // that do not occur in Nordic or German text).
  if (cp >= 0x100 && cp <= 0x137 && cp % 2 == 0) return cp + 1;
  if (cp >= 0x14A && cp <= 0x177 && cp % 2 == 0) return cp + 1;
  return cp;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

bool is_valid_utf8(std::string_view text) {
  char32_t cp = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = decode_one(text, pos, cp);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

// Copies the well-formed runs whole: a crawl sanitises every page, and an append for
// each character was about a fifteenth of its fetch thread's instructions (bench/profiles.md).
std::string sanitise_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // start of the well-formed run not yet copied
  char32_t cp = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = decode_one(text, pos, cp);
    if (length != 0 && cp != 0) {
      pos += length;
      continue;
    }
    out.append(text.substr(run, pos - run));
    if (length == 0) append_utf8(out, kReplacement);  // an ill-formed byte; a NUL is dropped
    pos += std::max<std::size_t>(length, 1);
    run = pos;
  }
  out.append(text.substr(run));
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut));
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char32_t cp = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = decode_one(text, pos, cp);
    if (length == 0) {
      out += text[pos++];
      continue;
    }
    if (length == 1) {
      out += static_cast<char>(lower_code_point(cp));
    } else {
      append_utf8(out, lower_code_point(cp));
    }
    pos += length;
  }
  return out;
}

std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  std::size_t from = 0;
  for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', from)) {
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view key = text.substr(open + 1, close - open - 1);
    out.append(text.substr(from, open - from));
    const auto value = std::find_if(values.begin(), values.end(), [&](const auto& pair) { return key == pair.first; });
    out.append(value != values.end() ? std::string_view(value->second) : text.substr(open, close - open + 1));
    from = close + 1;
  }
  return out.append(text.substr(from));
}

std::string trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos <= text.size(); ++pos) {
    if (pos == text.size() || text[pos] == separator) {
      fields.emplace_back(text.substr(start, pos - start));
      start = pos + 1;
    }
  }
  return fields;
}

std::string slugify(std::string_view text) {
  std::string lowered = to_lower(text);
  std::string out;
  bool pending_dash = false;
  const auto emit = [&](std::string_view piece) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out.append(piece);
  };
  char32_t cp = 0;
  for (std::size_t pos = 0; pos < lowered.size();) {
    std::size_t length = decode_one(lowered, pos, cp);
    if (length == 0) length = 1, cp = '?';
    pos += length;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      const char ascii = static_cast<char>(cp);
      emit(std::string_view(&ascii, 1));
    } else if (cp == 0xE6 || cp == 0xE4) {
      emit("ae");
    } else if (cp == 0xF8 || cp == 0xF6) {
      emit("oe");
    } else if (cp == 0xE5) {
      emit("aa");
    } else if (cp == 0xFC) {
      emit("ue");
    } else if (cp == 0xE9 || cp == 0xE8) {
      emit("e");
    } else {
      pending_dash = true;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string utc_now_iso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  std::array<char, 32> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer.data();
}

namespace {

// Decodes the code point at `pos` < text.size() (valid UTF-8 assumed); returns its byte
// length, at least 1 (a sequence cut short by the end of the text is as long as its bytes).
std::size_t code_point_at(std::string_view text, std::size_t pos, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  length = std::max<std::size_t>(1, std::min(length, text.size() - pos));
  cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  return length;
}

bool is_word_char(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return true;
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

// Calls `visit(begin, end)` with the byte range of each word of `lower` in order.
template <typename Visit>
void for_each_word(std::string_view lower, Visit visit) {
  std::size_t begin = 0;
  bool in_word = false;
  char32_t cp = 0;
  for (std::size_t pos = 0; pos < lower.size();) {
    const std::size_t length = code_point_at(lower, pos, cp);
    const bool word_char = is_word_char(cp);
    if (word_char && !in_word) {
      begin = pos;
      in_word = true;
    } else if (!word_char && in_word) {
      visit(begin, pos);
      in_word = false;
    }
    pos += length;
  }
  if (in_word) visit(begin, lower.size());
}

}  // namespace

std::vector<std::string> tokenize(std::string_view text) {
  const std::string lower = to_lower(text);
  std::vector<std::string> words;
  for_each_word(lower, [&](std::size_t begin, std::size_t end) { words.emplace_back(lower, begin, end - begin); });
  return words;
}

bool phrase_at(const std::vector<std::string>& words, std::size_t i, const std::vector<std::string>& phrase) {
  return i + phrase.size() <= words.size() &&
         std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i));
}

std::vector<WordSpan> word_spans(std::string_view lower) {
  std::vector<WordSpan> spans;
  for_each_word(lower, [&](std::size_t begin, std::size_t end) { spans.push_back({begin, end}); });
  return spans;
}

}  // namespace radar
