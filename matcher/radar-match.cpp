// radar-match: screen the market for one need.
#include <iostream>

#include "radar/cli.h"
#include "radar/match_command.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return radar::cli::run_main("radar-match", [&] { return radar::run_match_command(args, std::cout); });
}
