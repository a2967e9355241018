#include "snippet.h"

#include <set>

#include "radar/schema.h"
#include "radar/text.h"

namespace radar::match {
namespace {

constexpr std::size_t kWindowWords = 32;
constexpr std::size_t kMaxBytes = 240;

struct Word {
  std::size_t begin, end;  // byte range in the text
  bool matched;
};

bool is_word_byte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

std::vector<Word> words_of(const std::string& text, SnippetMarker& marker, const std::string& lang) {
  std::vector<Word> words;
  for (std::size_t pos = 0; pos < text.size();) {
    if (!is_word_byte(static_cast<unsigned char>(text[pos]))) {
      ++pos;
      continue;
    }
    const std::size_t begin = pos;
    while (pos < text.size() && is_word_byte(static_cast<unsigned char>(text[pos]))) ++pos;
    const std::string lower = to_lower(text.substr(begin, pos - begin));
    words.push_back({begin, pos, marker.marks(lower, lang)});
  }
  return words;
}

}  // namespace

std::set<std::string> snippet_terms(const AnalysedNeed& need) {
  std::set<std::string> terms;
  for (const auto& plan : need.aspects) {
    for (const auto& alternative : plan.alternatives) {
      for (const auto& options : alternative.words) terms.insert(options.begin(), options.end());
    }
  }
  return terms;
}

bool SnippetMarker::marks(const std::string& word, const std::string& lang) {
  auto language = languages_.find(lang);
  if (language == languages_.end()) language = languages_.emplace(lang, Language{schema::stemmer_for(lang), {}}).first;
  auto& known = language->second.marked;
  const auto found = known.find(word);
  if (found != known.end()) return found->second;
  const bool marked = terms_.count(word) != 0 || terms_.count(std::string("Z").append(language->second.stemmer(word))) != 0;
  known.emplace(word, marked);
  return marked;
}

Snippet make_snippet(const std::string& text, SnippetMarker& marker, const std::string& lang) {
  const auto words = words_of(text, marker, lang);
  if (words.empty()) return {};
  std::size_t best_start = 0;
  std::size_t best_hits = 0;
  for (std::size_t start = 0; start < words.size(); ++start) {
    std::size_t hits = 0;
    for (std::size_t i = start; i < words.size() && i < start + kWindowWords; ++i) hits += words[i].matched ? 1 : 0;
    if (hits > best_hits) best_hits = hits, best_start = start;
  }
  Snippet snippet;
  const std::size_t from = words[best_start].begin;
  std::size_t cursor = from;
  for (std::size_t i = best_start; i < words.size() && words[i].end - from <= kMaxBytes; ++i) {
    const std::string gap = text.substr(cursor, words[i].begin - cursor);
    const std::string word = text.substr(words[i].begin, words[i].end - words[i].begin);
    snippet.text += gap + word;
    snippet.html += html_escape(gap) + (words[i].matched ? "<mark>" + html_escape(word) + "</mark>" : html_escape(word));
    cursor = words[i].end;
  }
  if (from > 0) snippet.text = "…" + snippet.text, snippet.html = "…" + snippet.html;
  if (cursor < text.size()) {
    const bool sentence_end = cursor < text.size() && text[cursor] == '.';
    snippet.text += sentence_end ? "." : " …";
    snippet.html += sentence_end ? "." : " …";
  }
  snippet.text = collapse_whitespace(snippet.text);
  return snippet;
}

}  // namespace radar::match
