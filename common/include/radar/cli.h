// A small command-line parser shared by the three executables, and the one
// place where exceptions become exit codes (0 ok, 1 failure, 2 usage, 75 locked).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace radar::cli {

// Parsed arguments: options by name (repeatable) and positional arguments.
class Args {
 public:
  // Parses `args`. `value_options` take a value ("--db DIR" or "--db=DIR"); `flags` take none.
  // Throws UsageError naming an unknown option or a missing value.
  Args(const std::vector<std::string>& args, const std::vector<std::string>& value_options,
       const std::vector<std::string>& flags);

  [[nodiscard]] bool has(const std::string& name) const;
  // The last value of an option, or `fallback`.
  [[nodiscard]] std::string value(const std::string& name, const std::string& fallback = "") const;
  // The value of a required option; throws UsageError if absent.
  std::string required(const std::string& name) const;
  [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
  // A non-negative integer option; throws UsageError naming the option if malformed.
  [[nodiscard]] long number(const std::string& name, long fallback) const;
  [[nodiscard]] const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::vector<std::string>> options_;
  std::vector<std::string> positional_;
};

// Runs `body`, printing errors as "PROGRAM: message" and mapping exception types to
// exit codes: UsageError 2, LockHeldError 75, anything else 1.
int run_main(const std::string& program, const std::function<int()>& body);

}  // namespace radar::cli
