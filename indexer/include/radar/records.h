// The record format of CONTRACT section 2: parsing and validation of one JSON
// Lines record. A record that passes validate_record() can be indexed as is;
// unknown fields are kept untouched (a field another record type defines must have
// that type: readers take "name", "title", "url" or "watch" from any record).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace radar {

enum class RecordType { organisation, solution, need, page };

std::string_view to_string(RecordType type);
// Throws InputError naming the value when `name` is not a record type.
RecordType parse_record_type(std::string_view name);

// A validated record: its type, id and the full stored JSON object.
struct Record {
  RecordType type = RecordType::organisation;
  std::string id;
  nlohmann::json data;

  // The string field `key`, or "" when absent.
  [[nodiscard]] std::string text(std::string_view key) const;
  // The array-of-strings field `key`, or {} when absent.
  [[nodiscard]] std::vector<std::string> list(std::string_view key) const;
};

// Limits that keep one record from flooding the index (bytes unless stated).
struct RecordLimits {
  static constexpr std::size_t kMaxLineBytes = 1 << 20;
  static constexpr std::size_t kMaxIdBytes = 200;  // Xapian terms are limited to 245 bytes
  static constexpr std::size_t kMaxNameChars = 500;
  static constexpr std::size_t kMaxDescriptionChars = 20000;
  static constexpr std::size_t kMaxFieldChars = 2000;
  static constexpr std::size_t kMaxPageTextBytes = 200000;
  static constexpr std::size_t kMaxListItems = 200;
  static constexpr int kMaxNestingDepth = 64;  // levels of [ and {; deeper JSON overflows recursive code
};

// Deepest nesting of [ and { in JSON text, outside strings. Check it before parsing
// untrusted JSON whose value will be dumped or walked: nlohmann::json's dump() recurses.
int json_nesting_depth(std::string_view text);

// Parses and validates one JSON Lines line. Throws InputError with a message that
// says what is wrong ("missing required field \"name\"", "maturity must be one of ...").
Record parse_record_line(std::string_view line);

// Validates an already parsed object (used by the crawler for JSON-LD records).
// Fills a missing `lang` by detection and a missing organisation `country` with "DK".
Record validate_record(nlohmann::json data);

}  // namespace radar
