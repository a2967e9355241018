#include "sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

#include "radar/text.h"

namespace radar::match {

bool is_number(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_roman_numeral(const std::string& word) {
  // Up to 39 (xxxix): the levels and grades a need names ("GMFCS III", "grad IV").
  static const std::regex numeral("x{0,3}(ix|iv|v?i{0,3})");
  const bool letters = !word.empty() && word.find_first_not_of("ivx") == std::string::npos;
  return letters && std::regex_match(word, numeral);
}

PhraseIndex::PhraseIndex(const std::vector<std::vector<std::string>>& phrases) {
  for (const auto& phrase : phrases) {
    if (!phrase.empty()) by_first_word_[phrase.front()].push_back(phrase);
  }
}

const std::vector<std::vector<std::string>>& PhraseIndex::starting_with(const std::string& word) const {
  static const std::vector<std::vector<std::string>> none;
  const auto found = by_first_word_.find(word);
  return found == by_first_word_.end() ? none : found->second;
}

bool is_modal(const std::string& word) {
  static const std::set<std::string> modals{"må",    "skal", "bør", "får", "must", "should",
                                            "shall", "may",  "ska", "bör", "skall"};
  return modals.count(word) != 0;
}

namespace {

// True if the text after `i` goes on with a word that is not capitalised ("ca. 70
// borgere", "fx. en app"): a sentence that ends there would begin in lower case.
bool goes_on_in_lower_case(std::string_view text, std::size_t i) {
  std::size_t next = i + 1;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next == text.size() || text[next] == '\n') return false;
  std::size_t end = next + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // one code point
  const std::string_view first = text.substr(next, end - next);
  return to_lower(first) == first;
}

// True if the dot at `i` ends an abbreviation or an ordinal number ("ca.", "f.eks.", "bl.a.",
// "t.ex.", "e.g.", "1. januar"), as written before it back to a space or bracket.
bool ends_abbreviation(std::string_view text, std::size_t i) {
  static const std::set<std::string, std::less<>> abbreviations{
      "ca",    "pr",  "kr",   "fx",    "f.eks", "bl.a",   "dvs",   "osv",   "mv",      "m.v", "evt",    "inkl",
      "ekskl", "nr",  "kl",   "jf",    "jfr",   "mht",    "vedr",  "ang",   "tlf",     "mio", "mia",    "mill",
      "ift",   "iht", "pga",  "p.g.a", "max",   "min",    "st",    "stk",   "hhv",     "vha", "m.m",    "m.fl",
      "o.l",   "d",   "t.ex", "s.k",   "resp",  "fr.o.m", "t.o.m", "e.g",   "i.e",     "etc", "approx", "incl",
      "no",    "vs",  "dr",   "mr",    "mrs",   "dept",   "f.x",   "t.eks", "bl.annet"};
  std::size_t begin = i;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n' && text[begin - 1] != '(') --begin;
  const std::string written = to_lower(text.substr(begin, i - begin));
  const bool ordinal =
      !written.empty() && std::all_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; });
  return ordinal || abbreviations.count(written) != 0;
}

}  // namespace

bool ends_sentence(std::string_view text, std::size_t i) {
  if (text[i] == '\n') return true;
  // A colon that opens a quotation ends a sentence: the quotation is one of its own
  // ("… afsnit 4: 'Kommunen vil …'", quoted_sentences).
  if (text[i] == ':') {
    std::size_t next = i + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    return next > i + 1 && next < text.size() && (text[next] == '\'' || text[next] == '"');
  }
  const bool stop = text[i] == '.' || text[i] == '!' || text[i] == '?';
  if (!stop || (i + 1 != text.size() && text[i + 1] != ' ' && text[i + 1] != '\n')) return false;
  return text[i] != '.' || !ends_abbreviation(text, i) || !goes_on_in_lower_case(text, i);
}

std::vector<std::size_t> sentence_numbers(std::string_view text) {
  std::vector<std::size_t> numbers;
  std::size_t sentence = 0;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char /*terminator*/) {
    numbers.insert(numbers.end(), words.size(), sentence++);
  });
  return numbers;
}

std::vector<std::size_t> sentence_ends_of(std::string_view text) {
  std::vector<std::size_t> ends;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char /*terminator*/) {
    ends.insert(ends.end(), words.size(), ends.size() + words.size());
  });
  return ends;
}

bool is_forwarding_word(const std::string& word) {
  // clang-format off
  static const std::set<std::string> forwarding{
      "videresendt", "videresender", "videresendte",                // da, nb
      "vidarebefordrat", "vidarebefordrar", "vidarebefordrade",     // sv
      "forwarded", "forwarding", "fwd", "fw"};                      // en
  // clang-format on
  return forwarding.count(word) != 0;
}

namespace {

// True if `words` forward a message ("Videresendt fra lederen af aflastningen:", "Forwarded
// from our dementia coordinator:", "Vidarebefordrat från ...", "Fra vores natkoordinator,
// sendt videre til mig:").
bool forwards(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> passed_on{
      {"sendt", "videre"}, {"skickat", "vidare"}, {"skickade", "vidare"}, {"passed", "on"}, {"sent", "on"}};
  // clang-format on
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_forwarding_word(words[i])) return true;
    if (std::any_of(passed_on.begin(), passed_on.end(), [&](const auto& p) { return phrase_at(words, i, p); })) {
      return true;
    }
  }
  return false;
}

// True if the last of the sentences `told` that has words forwards a message: what a
// quotation opened right after it is.
bool last_forwards(const std::vector<std::string_view>& told) {
  for (auto sentence = told.rbegin(); sentence != told.rend(); ++sentence) {
    const auto words = tokenize(*sentence);
    if (!words.empty()) return forwards(words);
  }
  return false;
}

// True if a line opens as an item of a list: with a bullet ("- ", "– ", "• "), a number
// ("1. ", "2) ") or a quotation mark ("> "), after any indentation.
bool opens_list_item(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos) return false;
  line.remove_prefix(start);
  // and the quotation mark of a mail or a chat ("> robotten SKAL selv lave en log")
  static const std::array<std::string_view, 7> bullets{"-", "–", "—", "*", "•", "·", ">"};
  if (std::any_of(bullets.begin(), bullets.end(), [&](std::string_view bullet) { return line.starts_with(bullet); })) {
    return true;
  }
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])) != 0) ++digits;
  return digits > 0 && digits < 3 && (digits == line.size() || line[digits] == '.' || line[digits] == ')');
}

bool ends_with_colon(std::string_view sentence) {
  const std::size_t last = sentence.find_last_not_of(" \t\r");
  return last != std::string_view::npos && sentence[last] == ':';
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::vector<std::size_t> list_headings(std::string_view text) {
  std::vector<std::size_t> headings;
  std::size_t heading = kNotListed;  // the heading of the list being read
  bool line_start = true;            // the sentence opens a line
  bool item = false;                 // the line is an item of the list under `heading`
  for_each_sentence_text(text, [&](std::string_view sentence, char terminator) {
    const std::size_t number = headings.size();
    if (line_start && !is_blank(sentence)) {
      item = heading != kNotListed && opens_list_item(sentence);
      if (!item) heading = kNotListed;
    }
    headings.push_back(item ? heading : kNotListed);
    line_start = terminator == '\n';
    if ((line_start || terminator == '\0') && ends_with_colon(sentence)) {
      heading = number;
      item = false;
    }
  });
  return headings;
}

std::vector<bool> quoted_sentences(std::string_view text) {
  const auto letter = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) != 0 || byte >= 0x80;
  };
  std::vector<bool> out;
  bool in_double = false, in_single = false;  // a quotation may run on over sentences
  bool forwarded = false;                     // the quotation open is a message forwarded
  std::vector<std::string_view> told;         // the sentences before this one, read only when a quotation opens
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    bool seen_start = false, quoted = false;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const char c = sentence[i];
      const bool opens_single =
          c == '\'' && (i == 0 || sentence[i - 1] == ' ' || sentence[i - 1] == ':' || sentence[i - 1] == '\n') &&
          i + 1 < sentence.size() && letter(sentence[i + 1]);
      if (!in_double && !in_single && (c == '"' || opens_single)) {
        forwarded = forwards(tokenize(sentence.substr(0, i))) || last_forwards(told);
      }
      if (!seen_start && c != ' ') {
        seen_start = true;
        quoted = (in_double || in_single || c == '"' || opens_single) && !forwarded;
      }
      if (c == '"') {
        in_double = !in_double;
      } else if (opens_single) {
        in_single = true;
      } else if (c == '\'' && in_single && (i + 1 == sentence.size() || !letter(sentence[i + 1]))) {
        in_single = false;
      }
    }
    out.push_back(quoted);
    told.push_back(sentence);
  });
  return out;
}

namespace {

// The length in bytes of the double quotation mark at `i` of `text` (" “ ” „ « »), or 0.
std::size_t quotation_mark_at(std::string_view text, std::size_t i) {
  static const std::array<std::string_view, 6> marks{"\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"};
  for (const auto mark : marks) {
    if (text.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

}  // namespace

std::pair<std::size_t, std::size_t> words_within(const std::vector<WordSpan>& spans, std::size_t begin,
                                                 std::size_t end) {
  std::size_t first = 0;
  while (first < spans.size() && spans[first].begin < begin) ++first;
  std::size_t last = first;
  while (last < spans.size() && spans[last].end <= end) ++last;
  return {first, last};
}

std::vector<bool> cited_words(std::string_view text) {
  constexpr std::size_t kMaxCitedWords = 6;
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return {};  // the spans below are the text's too
  const auto spans = word_spans(lower);
  std::vector<bool> out(spans.size());
  const auto mark_words = [&](std::size_t begin, std::size_t end) {
    const auto [first, last] = words_within(spans, begin, end);
    if (last > first && last - first <= kMaxCitedWords) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(first), out.begin() + static_cast<std::ptrdiff_t>(last),
                true);
    }
  };
  std::optional<std::size_t> open;  // where the open quotation's text begins
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ends_sentence(text, i)) open.reset();
    const std::size_t length = quotation_mark_at(text, i);
    if (length == 0) continue;
    if (open) {
      mark_words(*open, i);
      open.reset();
    } else {
      open = i + length;
    }
    i += length - 1;
  }
  return out;
}

std::string_view first_sentence(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ends_sentence(text, i)) return text.substr(0, i);
  }
  return text;
}

bool is_negation(const std::string& word) {
  static const std::set<std::string> cues{"ikke",    "uden", "ingen", "intet", "aldrig", "hverken", "inte", "utan",
                                          "inga",    "uten", "aldri", "ikkje", "not",    "no",      "without", "never",
                                          "neither", "nor",  "t",     "cannot"};
  return cues.count(word) != 0;
}

bool is_negation_at(const std::vector<std::string>& words, std::size_t i) {
  if (!is_negation(words[i])) return false;
  static const std::set<std::string> without{"uden", "uten", "utan"};
  static const std::set<std::string> too{"for", "för"};
  static const std::set<std::string> quantity{"meget", "megen", "mange",  "lidt", "få",
                                              "mye",   "lite",  "mycket", "många"};
  const bool outside = without.count(words[i]) != 0 && i + 1 < words.size() && too.count(words[i + 1]) != 0 &&
                       (i + 2 >= words.size() || quantity.count(words[i + 2]) == 0);
  return !outside;
}

bool ends_negation(const std::string& word) {
  static const std::set<std::string> ends{"men", "but", "mens", "og", "and", "och", "så", "so",
                                          "når", "when", "hvis", "if", "om", "fordi", "because"};
  return ends.count(word) != 0;
}

bool opens_condition(const std::string& word) {
  static const std::set<std::string> opens{"når", "hvis", "if", "when", "whenever", "när", "ifall", "dersom"};
  return opens.count(word) != 0;
}

bool is_contrast(const std::string& word) { return word == "men" || word == "but" || word == "mens"; }

bool is_indefinite_article(const std::string& word) {
  static const std::set<std::string> articles{"en", "et", "én", "ét", "ett", "ei", "a", "an"};
  return articles.count(word) != 0;
}

bool is_conjunction(const std::string& word) {
  return word == "og" || word == "eller" || word == "och" || word == "and" || word == "or";
}

bool is_relative_pronoun(const std::string& word) {
  static const std::set<std::string> pronouns{"der", "som", "that", "which", "who"};
  return pronouns.count(word) != 0;
}

bool is_clause_break(std::string_view text, std::size_t i) {
  const char c = text[i];
  return c == ',' || c == ';' || c == ':' ||
         ((c == '.' || c == '!' || c == '?' || c == '\n') && ends_sentence(text, i));
}

std::vector<Casing> word_casings(std::string_view text) {
  const std::string lower = to_lower(text);
  const std::vector<WordSpan> spans = word_spans(lower);
  std::vector<Casing> marks(spans.size(), Casing::other);
  if (lower.size() != text.size()) return marks;  // a letter whose cases differ in length: read none
  const std::vector<std::size_t> sentences = sentence_numbers(text);
  static const std::vector<std::string_view> openers{":", ";", "\"", "'", "(", "-", "«", "»", "“", "”", "„"};
  const std::string_view written(text);
  // Whether the character before `begin`, past spaces, opens a clause or a quote.
  const auto after_opener = [&](std::size_t begin) {
    std::size_t end = begin;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0U) == 0x80U) --start;  // UTF-8 continuation
    if (start == 0) return false;
    const std::string_view previous = written.substr(start - 1, end - start + 1);
    return std::find(openers.begin(), openers.end(), previous) != openers.end();
  };
  const std::string_view lowered(lower);
  for (std::size_t i = 0; i < spans.size() && i < sentences.size(); ++i) {
    const std::size_t begin = spans[i].begin;
    const std::size_t end = spans[i].end;
    if (written.substr(begin, end - begin) == lowered.substr(begin, end - begin)) {
      marks[i] = Casing::lower;
      continue;
    }
    if (i == 0 || sentences[i] != sentences[i - 1]) continue;  // first of its sentence
    if (after_opener(begin)) continue;
    // The first letter is one byte (ASCII) or two (æ, ø, å, ä, ö: UTF-8 of Latin-1).
    const std::size_t first = (static_cast<unsigned char>(text[begin]) & 0x80U) != 0 ? 2 : 1;
    if (end <= begin + first) continue;  // a one-letter word
    const bool lower_after =
        written.substr(begin + first, end - begin - first) == lowered.substr(begin + first, end - begin - first);
    if (lower_after) marks[i] = Casing::name;
  }
  return marks;
}

}  // namespace radar::match
