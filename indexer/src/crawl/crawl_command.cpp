// Placeholder until the crawler lands (issue 4): the command exists and says so.
#include <iostream>
#include <string>
#include <vector>

#include "radar/error.h"

namespace radar {

int run_crawl_command(const std::vector<std::string>& /*args*/, std::ostream& /*out*/, std::ostream& /*err*/) {
  throw Error("crawl is not available in this build yet");
}

}  // namespace radar
