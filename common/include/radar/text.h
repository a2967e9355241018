// UTF-8 text helpers used by records, analysis and HTML output. All functions
// take and return UTF-8; none throws unless stated.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace radar {

// True if `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

// Replaces every ill-formed sequence with U+FFFD and drops NUL bytes.
std::string sanitise_utf8(std::string_view text);

// Number of code points in valid UTF-8.
std::size_t utf8_length(std::string_view text);

// Cuts `text` to at most `max_bytes` without splitting a code point.
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

// Lowercases ASCII and the Latin-1 / Latin Extended-A letters used in Nordic and
// German text (Æ Ø Å Ä Ö Ü É ...); other code points pass unchanged.
std::string to_lower(std::string_view text);

// Lowercases A-Z only: for protocol names and tokens (HTTP header names, media types,
// robots.txt fields and user agents), which are ASCII and case-insensitive in any locale.
std::string ascii_lower(std::string_view text);
constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// HTML's ASCII whitespace (space, tab, LF, CR, FF).
constexpr bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Lowercased words of `text`: runs of letters and digits (Latin letters with their
// accents included). The matcher's and the indexer's concept words are these.
std::vector<std::string> tokenize(std::string_view text);

// True if `phrase` occurs in `words` (tokenize() words) at position `i`.
bool phrase_at(const std::vector<std::string>& words, std::size_t i, const std::vector<std::string>& phrase);

// Where each word of tokenize() lies in `lower`, text to_lower() has lowercased:
// [begin, end) in bytes.
struct WordSpan {
  std::size_t begin;
  std::size_t end;
};
std::vector<WordSpan> word_spans(std::string_view lower);

// Strips leading and trailing ASCII whitespace.
std::string trim(std::string_view text);

// Collapses runs of whitespace to one space and trims.
std::string collapse_whitespace(std::string_view text);

// Splits on `separator`, keeping empty fields.
std::vector<std::string> split(std::string_view text, char separator);

// The items with `separator` between them ("a, b, c"); "" for none.
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

// `text` with each `{key}` replaced by its value, in one pass: a value is never searched
// for placeholders (a product named "{n} in one" stays as written), and a placeholder
// without a value stays as it is.
std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::pair<std::string_view, std::string>> values);

// Lowercase ASCII slug: æ->ae, ø->oe, å->aa, other non-alphanumerics -> '-'.
std::string slugify(std::string_view text);

// Escapes text for HTML element content and quoted attribute values.
std::string html_escape(std::string_view text);

// Current UTC time as ISO 8601 ("2026-11-28T04:49:51Z").
std::string utc_now_iso8601();

}  // namespace radar
