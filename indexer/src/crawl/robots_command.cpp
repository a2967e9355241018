// `radar-index robots-check`: the crawler's RFC 9309 matcher on the command line.
#include <iostream>
#include <string>
#include <vector>

#include "crawl/robots.h"

namespace radar {

int run_robots_check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  return crawl::robots_check_command(args, out, err);
}

}  // namespace radar
