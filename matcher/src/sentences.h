// A need's text as sentences, clauses and quotations, and the classes of words
// (negations, modals, conjunctions) the readings of its intent, demands and negations share.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "radar/text.h"

namespace radar::match {

// True if `word` is all digits.
bool is_number(const std::string& word);

// True if `word` (lower case) is a Roman numeral up to 39 ("iii", "iv", "xii").
bool is_roman_numeral(const std::string& word);

// A list of phrases indexed by their first word, for the long lists read at every word of
// every sentence (request openers, undecided phrases): the phrases that may start at a word
// are one look-up away, not a comparison with every phrase of the list.
class PhraseIndex {
 public:
  explicit PhraseIndex(const std::vector<std::vector<std::string>>& phrases);
  // The phrases that start with `word`, in the list's order (none if no phrase does).
  const std::vector<std::vector<std::string>>& starting_with(const std::string& word) const;

 private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_word_;
};

// The phrases of a list that may start at `word`: every phrase of a plain list, ...
inline const std::vector<std::vector<std::string>>& phrases_starting_with(
    const std::vector<std::vector<std::string>>& phrases, const std::string& /*word*/) {
  return phrases;
}
// ... the few of an indexed one.
inline const std::vector<std::vector<std::string>>& phrases_starting_with(const PhraseIndex& phrases,
                                                                          const std::string& word) {
  return phrases.starting_with(word);
}

// True if one of `phrases` (a list or a PhraseIndex) occurs in `words` where accepts(start,
// next) holds: `start` is the phrase's first position, `next` the position past it
// (words.size() at the end).
template <typename Phrases, typename Accepts>
bool contains_phrase_where(const std::vector<std::string>& words, const Phrases& phrases, Accepts accepts) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& phrase : phrases_starting_with(phrases, words[i])) {
      if (phrase_at(words, i, phrase) && accepts(i, i + phrase.size())) return true;
    }
  }
  return false;
}

// True if a phrase may start at `start` by the mask `from` (every position when it is empty).
inline bool allowed_at(const std::vector<bool>& from, std::size_t start) {
  return from.empty() || (start < from.size() && from[start]);
}

// True if one of `phrases` occurs in `words` starting at a position `from` allows (all
// positions when `from` is empty).
template <typename Phrases>
bool contains_phrase(const std::vector<std::string>& words, const Phrases& phrases,
                     const std::vector<bool>& from = {}) {
  return contains_phrase_where(words, phrases,
                               [&](std::size_t start, std::size_t /*next*/) { return allowed_at(from, start); });
}

// True if one of `phrases` occurs in `words` where goes_on(next) accepts what follows it:
// `next` is the position past the phrase (words.size() at the end of the sentence).
template <typename Phrases, typename GoesOn>
bool contains_phrase_then(const std::vector<std::string>& words, const Phrases& phrases, GoesOn goes_on) {
  return contains_phrase_where(words, phrases, [&](std::size_t /*start*/, std::size_t next) { return goes_on(next); });
}

// Modal verbs before a negation make it a prohibition ("må ikke", "must not", "får inte").
bool is_modal(const std::string& word);

// True if `word` forwards a message ("videresendt", "vidarebefordrat", "forwarded", "fwd").
bool is_forwarding_word(const std::string& word);

// True if a sentence ends at `i`: a line break, or . ! ? before a space or the end. The dot
// of an abbreviation ends one only where the next word is capitalised ("... osv. Vi søger").
bool ends_sentence(std::string_view text, std::size_t i);

// Calls visit(start, end) for each span of `text` in order: the spans between the
// positions where ends_at(text, i) holds and the end of the text; a position that ends one
// belongs to none.
template <typename EndsAt, typename Visit>
void for_each_span(std::string_view text, EndsAt ends_at, Visit visit) {
  std::size_t start = 0;
  for (std::size_t end = 0; end <= text.size(); ++end) {
    if (end < text.size() && !ends_at(text, end)) continue;
    visit(start, end);
    start = end + 1;
  }
}

// Calls visit(sentence, terminator) for each sentence of `text` in order (ends_sentence):
// its text and the character that ends it ('\0' for a last sentence that runs to the end
// of the text).
template <typename Visit>
void for_each_sentence_text(std::string_view text, Visit visit) {
  for_each_span(text, ends_sentence, [&](std::size_t start, std::size_t end) {
    visit(text.substr(start, end - start), end < text.size() ? text[end] : '\0');
  });
}

// Calls visit(words, terminator) for each sentence of `text` in order: its tokenize()
// words, which together are tokenize(text), and the character that ends it.
template <typename Visit>
void for_each_sentence(std::string_view text, Visit visit) {
  for_each_sentence_text(text,
                         [&](std::string_view sentence, char terminator) { visit(tokenize(sentence), terminator); });
}

// For each word of tokenize(text): the number of its sentence, from 0.
std::vector<std::size_t> sentence_numbers(std::string_view text);

// For each word of tokenize(text): the index one past the last word of its sentence.
std::vector<std::size_t> sentence_ends_of(std::string_view text);

// For each sentence of `text`, split where for_each_sentence splits it: true if it opens
// inside a quotation or with its opening mark ("Fra udkastet til strategien: 'Kommunen vil gå
// nye veje …'"): someone else's words, quoted, not what the need asks. Double marks open and
// close by turns; a single one opens after a space, a colon or the start and before a letter,
// and closes before anything but a letter ("80'erne" and "citizens' homes" are no quotations).
// A quotation opened in or right after a line that forwards it ("Videresendt fra lederen af
// aflastningen:\n\n'Vi har om natten ...'") is the need forwarded, a colleague's own words: not quoted.
std::vector<bool> quoted_sentences(std::string_view text);

// The words among `spans` (word_spans of a text) whose bytes lie in [begin, end), as the
// indices [first, last).
std::pair<std::size_t, std::size_t> words_within(const std::vector<WordSpan>& spans, std::size_t begin,
                                                 std::size_t end);

// What list_headings() gives a sentence that is no item of a list under a heading.
inline constexpr std::size_t kNotListed = static_cast<std::size_t>(-1);

// For each sentence of `text`, numbered as sentence_numbers() numbers them: the number of the
// heading whose list it belongs to, or kNotListed. A heading is a line that ends with a colon
// ("Krav:", "Det vi trenger:", "What we need:"); its list, the lines right after it (blank
// lines aside) that open with a bullet ("-", "–", "*", "•"), a number ("1.", "2)") or a
// mail's quotation mark (">"), each
// line with all its sentences. An item goes on from its heading as a clause after a colon
// would: "Vi har brug for:\n- en lift, der …" asks for the lift.
std::vector<std::size_t> list_headings(std::string_view text);

// For each word, given its sentence's number (`sentences`, sentence_numbers() of a text) and
// the text's list_headings(): true if its sentence is an item of a list whose heading
// `heading_holds` (a sentence number -> bool) marks.
template <typename HeadingHolds>
std::vector<bool> words_listed_under(const std::vector<std::size_t>& sentences,
                                     const std::vector<std::size_t>& headings, HeadingHolds heading_holds) {
  std::vector<bool> marks(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::size_t heading = sentences[i] < headings.size() ? headings[sentences[i]] : kNotListed;
    marks[i] = heading != kNotListed && heading_holds(heading);
  }
  return marks;
}

// For each word of tokenize(text): true if it lies in a short quotation within a sentence
// (at most kMaxCitedWords words between double marks, which open and close by turns):
// words someone said or wrote, cited ("faste sætninger som \"jeg har ondt\"", "mere sprog
// end \"spise/drikke/toilet\"", "lederen ønsker \"noget med AI\""), not what the need asks for.
// A longer quotation is a passage, read as the need's words (quoted_sentences).
std::vector<bool> cited_words(std::string_view text);

// The text up to the end of its first sentence or line: a need's title or opening.
std::string_view first_sentence(std::string_view text);

// Words that negate the rest of their clause in the four need languages ("t" is what
// tokenising "don't" leaves). Scope ends at punctuation or a contrasting "but".
bool is_negation(const std::string& word);

// is_negation() of words[i], but not "uden for" / "uten for" / "utan för" where it means
// "outside" ("hvis han går uden for et aftalt område"); it still negates before a
// quantity ("uden for mange ledninger", without too many cables).
bool is_negation_at(const std::vector<std::string>& words, std::size_t i);

// A contrast or a new coordinated or subordinate clause ends a negation's scope
// ("finder ikke vej og falder": the fall is asked about).
bool ends_negation(const std::string& word);

// A clause that says when something happens ("når borgeren ikke er tilbage i sengen",
// "if they do not get up"): a negation in it names the event a product must notice,
// it rules nothing out.
bool opens_condition(const std::string& word);

bool is_contrast(const std::string& word);

// "en", "et", "ett", "ei", "a", "an": the indefinite articles of the four languages.
bool is_indefinite_article(const std::string& word);

bool is_conjunction(const std::string& word);

// "der", "som", "that", "which", "who": the pronouns that open a relative clause.
bool is_relative_pronoun(const std::string& word);

// A clause ends at a comma, semicolon or colon, and where a sentence ends (not at the dots
// inside "f.eks." or "3.5").
bool is_clause_break(std::string_view text, std::size_t i);

// Calls `visit(words, after_comma)` for each clause of `text` in order, with the clause's
// tokenize() words and whether a comma opens it; the words of all clauses together are
// tokenize(text).
template <typename Visit>
void for_each_clause(std::string_view text, Visit visit) {
  for_each_span(text, is_clause_break, [&](std::size_t start, std::size_t end) {
    visit(tokenize(text.substr(start, end - start)), start > 0 && text[start - 1] == ',');
  });
}

// Calls visit(begin, end) for each sentence of the first `count` words of a text whose
// sentence_numbers() are `sentences`: [begin, end) are its words' positions.
template <typename Visit>
void for_each_sentence_range(const std::vector<std::size_t>& sentences, std::size_t count, Visit visit) {
  const std::size_t limit = std::min(count, sentences.size());
  for (std::size_t begin = 0; begin < limit;) {
    std::size_t end = begin;
    while (end < limit && sentences[end] == sentences[begin]) ++end;
    visit(begin, end);
    begin = end;
  }
}

// For each of the `count` words of a text whose sentence_numbers() are `sentences`: true if
// it follows, in its sentence, a word at which `is_cue(sentences, i)` holds.
template <typename Cue>
std::vector<bool> words_after_cues(const std::vector<std::size_t>& sentences, std::size_t count, Cue is_cue) {
  std::vector<bool> marks(count);
  for (std::size_t i = 0; i < count && i < sentences.size(); ++i) {
    if (!is_cue(sentences, i)) continue;
    for (std::size_t j = i + 1; j < count && j < sentences.size() && sentences[j] == sentences[i]; ++j) marks[j] = true;
  }
  return marks;
}

// The same for the words of tokenize(text).
template <typename Cue>
std::vector<bool> words_after_cues(std::string_view text, std::size_t count, Cue is_cue) {
  return words_after_cues(sentence_numbers(text), count, is_cue);
}

// True if `test(words, terminator)` holds for a sentence of `text` (for_each_sentence).
template <typename Test>
bool any_sentence(std::string_view text, Test test) {
  bool found = false;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char terminator) {
    found = found || test(words, terminator);
  });
  return found;
}

// For each word of tokenize(text): whether `test(words, terminator)` holds of its sentence.
template <typename Test>
std::vector<bool> sentence_marks(std::string_view text, Test test) {
  std::vector<bool> marks;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char terminator) {
    marks.insert(marks.end(), words.size(), test(words, terminator));
  });
  return marks;
}

enum class Casing { name, lower, other };

// How each word of tokenize(text) is written: as a name, capitalised with lower-case letters
// after the first and not the first word of its sentence or of what follows a colon, a quote
// or a dash ("Inger på 81", "bor i Viby"); in lower case; or otherwise (first in its sentence,
// an abbreviation in capitals), which says nothing either way.
std::vector<Casing> word_casings(std::string_view text);

}  // namespace radar::match
