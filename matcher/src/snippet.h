// Snippets: the passage of a record's text that best shows the need's aspects,
// with the matching words highlighted.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include <xapian.h>

#include "analysis.h"

namespace radar::match {

struct Snippet {
  std::string text;  // plain text
  std::string html;  // HTML-escaped, matched words wrapped in <mark>
};

// The terms a snippet marks: every term of the need's aspects (once per match, not per snippet).
std::set<std::string> snippet_terms(const AnalysedNeed& need);

// Which words of records' texts a match's snippets mark: a word that is one of the
// need's terms as written or stemmed in its record's language. Remembers each word's
// answer per language: the same words recur across the texts of one match, and
// stemming every occurrence was most of a snippet's cost.
class SnippetMarker {
 public:
  explicit SnippetMarker(std::set<std::string> terms) : terms_(std::move(terms)) {}

  // `word` lowercased; `lang` as the record gives it.
  bool marks(const std::string& word, const std::string& lang);

 private:
  struct Language {
    Xapian::Stem stemmer;
    std::unordered_map<std::string, bool> marked;
  };
  std::set<std::string> terms_;
  std::map<std::string, Language> languages_;
};

// At most about 240 bytes around the densest run of words `marker` marks. Never throws.
Snippet make_snippet(const std::string& text, SnippetMarker& marker, const std::string& lang);

}  // namespace radar::match
