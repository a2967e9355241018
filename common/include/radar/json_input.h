// Parsing JSON that people write (sources files, judgments): an error says where it
// is (line, column and the field being read) in words, not as nlohmann's raw message.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "radar/error.h"

namespace radar {

// Why and where `text` is not JSON nlohmann::json can hold.
class JsonInputError : public InputError {
 public:
  JsonInputError(std::size_t line, std::size_t column, std::string field, std::string problem,
                 bool number_overflow);
  [[nodiscard]] std::size_t line() const { return line_; }      // 1-based, in the text given
  [[nodiscard]] std::size_t column() const { return column_; }  // 1-based, in bytes
  // The path of the value being read, e.g. sources[0].max_pages or relevant.sol-1;
  // "" at the top level.
  [[nodiscard]] const std::string& field() const { return field_; }
  // What is wrong, e.g. "number overflow: 1e400 does not fit in a double".
  [[nodiscard]] const std::string& problem() const { return problem_; }
  // Whether the text is JSON but holds a number no double holds (else: a syntax error).
  [[nodiscard]] bool number_overflow() const { return number_overflow_; }

 private:
  std::size_t line_;
  std::size_t column_;
  std::string field_;
  std::string problem_;
  bool number_overflow_;
};

// Parses `text` as one JSON value. Throws JsonInputError (what(): "line L, column C:
// field F: PROBLEM") for a syntax error or a number no double holds (1e400).
nlohmann::json parse_json_input(std::string_view text);

}  // namespace radar
