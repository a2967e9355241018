#include <iostream>
#include <string>
#include <vector>

#include "radar/error.h"

namespace radar {

// Temporary until the robots module lands.
int run_robots_check_command(const std::vector<std::string>&, std::ostream&, std::ostream&) {
  throw Error("robots-check is not available in this build yet");
}

}  // namespace radar
