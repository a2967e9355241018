// radar-eval: measure the matcher on judged needs beside a BM25 baseline.
#include <iostream>

#include "radar/cli.h"
#include "radar/evaluation.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return radar::cli::run_main("radar-eval", [&] { return radar::run_eval_command(args, std::cout); });
}
