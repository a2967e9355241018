// radar-index: ingest records, crawl sources and inspect the index.
#include <iostream>

#include "radar/cli.h"
#include "radar/index_commands.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return radar::cli::run_main("radar-index", [&] { return radar::run_index_command(args, std::cout, std::cerr); });
}
