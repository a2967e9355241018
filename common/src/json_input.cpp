#include "radar/json_input.h"

#include <algorithm>
#include <vector>

namespace radar {
namespace {

using nlohmann::json;

// Shown tokens are cut here: the message names a value, it does not repeat a huge one.
constexpr std::size_t kMaxTokenShown = 40;

// Problems are cut here: nlohmann's "last read: '...'" can hold a whole huge string.
constexpr std::size_t kMaxProblemShown = 300;

// `text` cut to at most `limit` bytes at a UTF-8 character boundary, with "..." if cut.
std::string cut(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "...";
}

std::string shown_token(const std::string& token) { return cut(token, kMaxTokenShown); }

// nlohmann's message without its "[json.exception.parse_error.101] parse error at
// line 1, column 2: " prefix (we say where ourselves).
std::string plain_problem(const std::string& message) {
  std::string problem = message;
  if (problem.rfind("[json.exception.", 0) == 0) {
    const auto end = problem.find("] ");
    if (end != std::string::npos) problem = problem.substr(end + 2);
  }
  if (problem.rfind("parse error", 0) == 0) {
    const auto colon = problem.find(": ");
    if (colon != std::string::npos) problem = problem.substr(colon + 2);
  }
  return problem;
}

// Reads the text again after nlohmann::json::parse failed, to learn where: it keeps
// the path of the value being read and stops at the first error.
class Locator final : public nlohmann::json_sax<json> {
 public:
  bool null() override { return value_done(); }
  bool boolean(bool /*value*/) override { return value_done(); }
  bool number_integer(number_integer_t /*value*/) override { return value_done(); }
  bool number_unsigned(number_unsigned_t /*value*/) override { return value_done(); }
  bool number_float(number_float_t /*value*/, const string_t& /*text*/) override { return value_done(); }
  bool string(string_t& /*value*/) override { return value_done(); }
  bool binary(binary_t& /*value*/) override { return value_done(); }
  bool start_object(std::size_t /*elements*/) override {
    stack_.push_back(Frame{false, 0, {}});
    return true;
  }
  bool key(string_t& key) override {
    stack_.back().key = key;
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return value_done();
  }
  bool start_array(std::size_t /*elements*/) override {
    stack_.push_back(Frame{true, 0, {}});
    return true;
  }
  bool end_array() override {
    stack_.pop_back();
    return value_done();
  }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& error) override {
    found_ = true;
    position_ = position;
    token_ = last_token;
    id_ = error.id;
    message_ = error.what();
    for (const Frame& frame : stack_) {
      if (frame.array) {
        field_.append("[").append(std::to_string(frame.index)).append("]");
      } else if (!frame.key.empty()) {
        field_ += (field_.empty() ? "" : ".") + frame.key;
      }
    }
    return false;
  }

  [[nodiscard]] bool found() const { return found_; }
  [[nodiscard]] std::size_t position() const { return position_; }
  [[nodiscard]] const std::string& token() const { return token_; }
  [[nodiscard]] int id() const { return id_; }
  [[nodiscard]] const std::string& message() const { return message_; }
  [[nodiscard]] const std::string& field() const { return field_; }

 private:
  struct Frame {
    bool array;
    std::size_t index;  // arrays: the element being read
    std::string key;    // objects: the key of the value being read
  };

  // A value was read whole: an array moves to its next element; an object has no
  // current key until the next one is read.
  bool value_done() {
    if (stack_.empty()) return true;
    if (stack_.back().array) {
      ++stack_.back().index;
    } else {
      stack_.back().key.clear();
    }
    return true;
  }

  std::vector<Frame> stack_;
  bool found_ = false;
  std::size_t position_ = 0;
  std::string token_;
  int id_ = 0;
  std::string message_;
  std::string field_;
};

std::string where_text(std::size_t line, std::size_t column, const std::string& field, const std::string& problem) {
  std::string text = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
  if (!field.empty()) text += "field " + field + ": ";
  return text + problem;
}

}  // namespace

JsonInputError::JsonInputError(std::size_t line, std::size_t column, std::string field, std::string problem,
                               bool number_overflow)
    : InputError(where_text(line, column, field, problem)),
      line_(line),
      column_(column),
      field_(std::move(field)),
      problem_(std::move(problem)),
      number_overflow_(number_overflow) {}

json parse_json_input(std::string_view text) {
  try {
    return json::parse(text);
  } catch (const json::exception& first) {  // parse_error, and out_of_range for numbers like 1e400
    Locator locator;
    json::sax_parse(text, &locator);
    if (!locator.found()) throw JsonInputError(1, 1, "", cut(plain_problem(first.what()), kMaxProblemShown), false);
    // A number that overflows: point at its start. A syntax error: at the character
    // that broke it (the last one read).
    std::size_t at = std::min(locator.position(), text.size());
    at -= std::min(at, locator.id() == 406 ? locator.token().size() : std::size_t{1});
    const std::string_view before = text.substr(0, at);
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const auto line_start = before.rfind('\n');
    const std::size_t column = at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    std::string problem = cut(plain_problem(locator.message()), kMaxProblemShown);
    if (locator.id() == 406) {
      problem = "number overflow: " + shown_token(locator.token()) + " does not fit in a double";
    }
    throw JsonInputError(line, column, locator.field(), problem, locator.id() == 406);
  }
}

}  // namespace radar
