// `radar-match`: screen the market for one need from the command line.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace radar {

// Runs `radar-match ARGS...`; returns the exit code; throws UsageError for bad arguments.
int run_match_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace radar
