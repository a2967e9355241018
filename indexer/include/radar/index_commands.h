// The subcommands of `radar-index` (CONTRACT section 1). The executable is a thin
// main() over run_index_command(); tests call it too.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace radar {

// Runs `radar-index ARGS...` (args exclude the program name), writing results to `out`
// and diagnostics to `err`. Returns the exit code; throws UsageError for bad arguments
// and the component errors otherwise (cli::run_main maps them to exit codes).
int run_index_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace radar
