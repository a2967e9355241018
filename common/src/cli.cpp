#include "radar/cli.h"

#include <algorithm>
#include <iostream>

#include "radar/error.h"

#include <xapian.h>

namespace radar::cli {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

Args::Args(const std::vector<std::string>& args, const std::vector<std::string>& value_options,
           const std::vector<std::string>& flags) {
  bool only_positional = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positional || arg.size() < 2 || arg.rfind("--", 0) != 0) {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    const auto equals = arg.find('=');
    const std::string name = arg.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
    if (contains(flags, name)) {
      if (equals != std::string::npos) throw UsageError("--" + name + " takes no value");
      options_[name].emplace_back("1");
    } else if (contains(value_options, name)) {
      if (equals != std::string::npos) {
        options_[name].push_back(arg.substr(equals + 1));
      } else if (i + 1 < args.size()) {
        options_[name].push_back(args[++i]);
      } else {
        throw UsageError("--" + name + " needs a value");
      }
    } else {
      throw UsageError("unknown option --" + name + " (see --help)");
    }
  }
}

bool Args::has(const std::string& name) const { return options_.count(name) != 0; }

std::string Args::value(const std::string& name, const std::string& fallback) const {
  const auto it = options_.find(name);
  return it == options_.end() ? fallback : it->second.back();
}

std::string Args::required(const std::string& name) const {
  if (!has(name)) throw UsageError("missing required option --" + name);
  return value(name);
}

std::vector<std::string> Args::values(const std::string& name) const {
  const auto it = options_.find(name);
  return it == options_.end() ? std::vector<std::string>{} : it->second;
}

long Args::number(const std::string& name, long fallback) const {
  if (!has(name)) return fallback;
  const std::string text = value(name);
  try {
    std::size_t used = 0;
    const long parsed = std::stol(text, &used);
    if (used != text.size() || parsed < 0) throw std::invalid_argument(text);
    return parsed;
  } catch (const std::logic_error&) {
    throw UsageError("--" + name + " " + text + ": expected a non-negative whole number");
  }
}

int run_main(const std::string& program, const std::function<int()>& body) {
  try {
    return body();
  } catch (const UsageError& error) {
    std::cerr << program << ": " << error.what() << "\n";
    return 2;
  } catch (const LockHeldError& error) {
    std::cerr << program << ": " << error.what() << "\n";
    return 75;
  } catch (const std::exception& error) {
    std::cerr << program << ": " << error.what() << "\n";
    return 1;
  } catch (const Xapian::Error& error) {
    std::cerr << program << ": index error: " << error.get_description() << "\n";
    return 1;
  }
}

}  // namespace radar::cli
