// radar-serve: the query server (web form, JSON API, report).
#include "radar/cli.h"
#include "radar/server.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return radar::cli::run_main("radar-serve", [&] { return radar::run_serve_command(args); });
}
