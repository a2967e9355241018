// Snippets: the passage of a record's text that best shows the need's aspects,
// with the matching words highlighted.
#pragma once

#include <set>
#include <string>

#include "analysis.h"

namespace radar::match {

struct Snippet {
  std::string text;  // plain text
  std::string html;  // HTML-escaped, matched words wrapped in <mark>
};

// The terms a snippet marks: every term of the need's aspects (once per match, not per snippet).
std::set<std::string> snippet_terms(const AnalysedNeed& need);

// At most about 240 bytes around the densest run of words among `terms` (by word or
// stem). Never throws.
Snippet make_snippet(const std::string& text, const std::set<std::string>& terms, const std::string& lang);

}  // namespace radar::match
