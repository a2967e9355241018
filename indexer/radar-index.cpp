// radar-index: ingest records, crawl sources and inspect the index.
#include <csignal>
#include <iostream>

#include "radar/cli.h"
#include "radar/index.h"
#include "radar/index_commands.h"
#include "radar/watches.h"

int main(int argc, char** argv) {
  // Past a file-size limit (RLIMIT_FSIZE) write() then fails with EFBIG, which Xapian
  // reports as an error we print, instead of SIGXFSZ killing us with a core dump.
  std::signal(SIGXFSZ, SIG_IGN);
  const std::vector<std::string> args(argv + 1, argv + argc);
  radar::set_commit_hook([](radar::IndexWriter& writer) { radar::update_watches(writer); });
  return radar::cli::run_main("radar-index", [&] { return radar::run_index_command(args, std::cout, std::cerr); });
}
