// The one error the crawler's pure parsers (robots.txt aside, which never fails) throw:
// malformed or hostile sitemaps, feeds and compressed bodies. what() names the problem.
#pragma once

#include "radar/error.h"

namespace radar::crawl {

// Input from the web that cannot be used: not well-formed, not the expected format, too big.
class ParseError : public InputError {
 public:
  using InputError::InputError;
};

}  // namespace radar::crawl
