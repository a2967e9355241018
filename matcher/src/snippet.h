// Snippets: the passage of a record's text that best shows the need's aspects,
// with the matching words highlighted.
#pragma once

#include <string>

#include "analysis.h"

namespace radar::match {

struct Snippet {
  std::string text;  // plain text
  std::string html;  // HTML-escaped, matched words wrapped in <mark>
};

// At most about 240 bytes around the densest run of matched words. Never throws.
Snippet make_snippet(const std::string& text, const AnalysedNeed& need, const std::string& lang);

}  // namespace radar::match
