#include "word_roles.h"

#include <algorithm>
#include <set>

#include "intent.h"
#include "radar/text.h"
#include "requests.h"
#include "sentences.h"

namespace radar::match {

std::vector<bool> option_words(std::string_view text, const std::vector<std::string>& words) {
  static const std::set<std::string> it{"det", "it", "this", "that"};
  static const std::set<std::string> could{"kunne", "kan", "kunna", "could", "might"};
  static const std::set<std::string> be{"være", "vara", "be"};
  // "Måske noget, der gør mig tryggere om natten, eller noget mod at være ensom, eller …":
  // a sentence that opens with "maybe" and offers two alternatives or more.
  static const std::set<std::string> maybe{"måske", "kanskje", "kanske", "maybe", "perhaps"};
  static const std::set<std::string> alternatives{"eller", "or"};
  constexpr std::size_t kMinAlternatives = 2;
  const auto opens_with_options = [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    if (maybe.count(words[i]) == 0 || i >= sentences.size() || (i > 0 && sentences[i - 1] == sentences[i])) {
      return false;
    }
    std::size_t count = 0;
    for (std::size_t k = i + 1; k < words.size() && k < sentences.size() && sentences[k] == sentences[i]; ++k) {
      count += alternatives.count(words[k]);
    }
    return count >= kMinAlternatives;
  };
  return words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    if (opens_with_options(sentences, i)) return true;
    return i >= 2 && be.count(words[i]) != 0 && could.count(words[i - 1]) != 0 && it.count(words[i - 2]) != 0;
  });
}

namespace {

// A word that greets as a letter opens ("Hej Tina", "Kære alle", "Hi all").
bool is_greeting(const std::string& word) {
  static const std::set<std::string> greetings{"hej",  "hejsa", "hei",  "hallo", "hallå", "goddag",
                                               "morn", "kære",  "dear", "hi",    "hello", "hey"};
  return greetings.count(word) != 0;
}

// How many of a sentence's tokenize() `words` come before its first comma: where a clause
// of its own may end ("I dag bruger personalet papir, og vi …").
std::size_t words_before_comma(std::string_view sentence, const std::vector<std::string>& words) {
  const std::size_t comma = sentence.find(',');
  return comma == std::string_view::npos ? words.size() : tokenize(sentence.substr(0, comma)).size();
}

// The number of words a need's first sentence spends introducing its writer ("Jeg er
// ergoterapeut i hjælpemiddelafdelingen", "Jag är kontinenssjuksköterska i kommunens
// hemsjukvård", "I work as a nurse at a residential home"): the opener and the role up to
// a comma or a word that goes on to whom or what the writer serves ("med 34 elever", "for
// older adults", "hvor knap 40 % af eleverne ..."), which tells the need's setting. A
// writer who says how they feel ("Jeg er bekymret for ...") introduces no role. A greeting
// and its comma may come first ("Hi, I'm the housing-support worker for Graham, ...").
std::size_t self_introduction_words(std::string_view sentence, const std::vector<std::string>& words) {
  constexpr std::size_t kMaxGreetingWords = 3;  // "Hi Søren," "Hej alle sammen,"
  if (!words.empty() && is_greeting(words[0])) {
    const std::size_t greeting = words_before_comma(sentence, words);
    if (greeting == 0 || greeting > kMaxGreetingWords || greeting >= words.size()) return 0;
    const std::string_view rest = sentence.substr(sentence.find(',') + 1);
    const std::size_t introduction = self_introduction_words(rest, tokenize(rest));
    return introduction == 0 ? 0 : greeting + introduction;
  }
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      {"jeg", "er"}, {"jag", "är"}, {"i", "am"}, {"i", "m"},
      {"jeg", "arbejder", "som"}, {"jag", "arbetar", "som"}, {"jeg", "jobber", "som"}, {"i", "work", "as"}};
  // clang-format on
  static const std::set<std::string> feelings{
      "bekymret",    "bekymrad",    "usikker",   "osäker",  "glad",       "nysgerrig",  "nyfiken",   "interesseret",
      "intresserad", "interessert", "bange",     "rædd",    "frustreret", "frustrerad", "orolig",    "tvivl",
      "worried",     "unsure",      "concerned", "curious", "interested", "afraid",     "frustrated"};
  static const std::set<std::string> goes_on{"med", "for", "hvor", "som", "der",  "og", "with", "where", "who", "that",
                                             "and", "och", "där",  "för", "hvis", "if", "when", "når",   "när"};
  constexpr std::size_t kMaxWords = 8;  // "Jeg er leder af kommunens særligt tilrettelagte ungdomsuddannelse"
  const std::size_t before_comma = words_before_comma(sentence, words);
  const auto opener =
      std::find_if(openers.begin(), openers.end(), [&](const auto& phrase) { return phrase_at(words, 0, phrase); });
  if (opener == openers.end() || before_comma <= opener->size()) return 0;
  const std::string& role = words[opener->size()];
  if (feelings.count(role) != 0 || is_negation(role)) return 0;  // "Jeg er ikke …" neither
  std::size_t end = opener->size();
  while (end < before_comma && end < kMaxWords && goes_on.count(words[end]) == 0) ++end;
  return end;
}

// The words of a forwarding line without a colon ("Videresendt fra Hjerterehabiliteringen",
// "Forwarded from our rehabilitation team – can you look at this?"), up to a dash: its
// sender, whose team or job is not what the need is about; what follows the dash asks.
std::size_t forwarding_line_words(std::string_view sentence) {
  static const std::set<std::string> from{"fra", "från", "from", "af", "av", "by"};
  constexpr std::size_t kMaxWords = 14;
  constexpr std::size_t kFromWithin = 3;  // "Videresendt e-post fra"
  std::size_t end = sentence.size();
  for (const std::string_view dash : {" – ", " - ", " — "}) end = std::min(end, sentence.find(dash));
  const std::vector<std::string> words = tokenize(sentence.substr(0, end));
  // A message headed by its sender ("Besked fra gruppeleder, Hjemmeplejen Syd") is passed on as well.
  static const std::set<std::string> messages{"besked",    "beskeden",   "mail",       "mailen",
                                              "sms",       "meddelelse", "message",    "melding",
                                              "meldingen", "meddelande", "meddelandet"};
  if (words.size() < 3 || words.size() > kMaxWords ||
      (!is_forwarding_word(words[0]) && messages.count(words[0]) == 0)) {
    return 0;
  }
  for (std::size_t i = 1; i < words.size() && i <= kFromWithin; ++i) {
    if (from.count(words[i]) != 0) return words.size();
  }
  return 0;
}

// The number of words a need's first sentence spends saying whom it comes from, when it
// opens with a byline up to a colon ("Fra en sygeplejerske i hjemmeplejen, distrikt Nord:",
// "Passed on from the daughter of a citizen:"): the consultant who passes a need on names
// its sender, whose job or team is not what the need is about. A title that runs from one
// thing to another ("Fra papir til app: ...") is no byline.
std::size_t byline_words(std::string_view sentence) {
  static const std::set<std::string> from{"fra", "från", "from"};
  static const std::set<std::string> to{"til", "till", "to"};
  // The fields of an e-mail's header ("Fra: Leder af Hjælpemiddeldepotet Emne: ...").
  static const std::set<std::string> fields{"emne", "ämne",  "subject", "til",   "till",    "to",  "cc",
                                            "dato", "datum", "date",    "sendt", "skickat", "sent"};
  constexpr std::size_t kMaxWords = 14;   // "Passed on from the daughter of a citizen, writing in English from London"
  constexpr std::size_t kFromWithin = 3;  // "Fra en ...", "Passed on from ...", "Videresendt fra ..."
  const std::size_t colon = sentence.find(':');
  if (colon == std::string_view::npos) return forwarding_line_words(sentence);
  const std::vector<std::string> words = tokenize(sentence.substr(0, colon));
  if (words.size() == 1 && from.count(words[0]) != 0) {
    // A header's sender runs to the next field.
    const std::size_t next = sentence.find(':', colon + 1);
    std::vector<std::string> sender = tokenize(sentence.substr(0, next));
    if (next != std::string_view::npos && !sender.empty() && fields.count(sender.back()) != 0) sender.pop_back();
    return std::min(sender.size(), kMaxWords);
  }
  if (words.empty() || words.size() > kMaxWords) return 0;
  std::size_t opens = 0;
  while (opens < words.size() && opens < kFromWithin && from.count(words[opens]) == 0) ++opens;
  if (opens == words.size() || opens == kFromWithin) return 0;
  // "sendt videre til mig" names who received it, not where a title runs to
  static const std::set<std::string> recipients{"mig", "os", "dig", "jer", "mej", "meg", "oss", "me", "us", "you"};
  for (std::size_t i = opens; i < words.size(); ++i) {
    const bool to_recipient = i + 1 < words.size() && recipients.count(words[i + 1]) != 0;
    if (to.count(words[i]) != 0 && !to_recipient) return 0;
  }
  return words.size();
}

// Where the verb of a sentence that opens as a question to the reader stands ("Could you
// check ...", "Kan du lige undersøge ...", "Kan I finde ..."), if it opens so.
std::optional<std::size_t> verb_asked_of_reader(const std::vector<std::string>& words) {
  static const std::set<std::string> modals{"kan", "kunne", "kunde", "can", "could", "would", "will"};
  static const std::set<std::string> you{"du", "i", "ni", "dere", "you"};
  static const std::set<std::string> softeners{"lige", "evt", "eventuelt", "gerne", "gjerne", "gärna", "please"};
  if (words.size() < 3 || modals.count(words[0]) == 0 || you.count(words[1]) == 0) return std::nullopt;
  return softeners.count(words[2]) != 0 && words.size() > 3 ? 3 : 2;
}

}  // namespace

std::vector<bool> requester_words(std::string_view text) {
  static const std::set<std::string> have{"har", "have", "has"};
  static const std::set<std::string> asked{"henvendt", "spurgt", "bedt",  "kontaktet", "sendt",
                                           "frågat",   "bett",   "spurt", "asked",     "contacted"};
  static const std::set<std::string> asked_past{"spurgte", "frågade", "spurte"};
  static const std::set<std::string> self{"vi", "jeg", "jag", "we", "i", "man", "de", "they"};
  constexpr std::size_t kSubjectWords = 6;  // "Politikerne i Sundheds- og Ældreudvalget har"
  std::vector<bool> marks;
  bool first = true;
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    const std::vector<std::string> words = tokenize(sentence);
    std::size_t subject_end = first ? std::max(byline_words(sentence), self_introduction_words(sentence, words)) : 0;
    first = first && words.empty();
    for (std::size_t i = 1; subject_end == 0 && i < words.size() && i <= kSubjectWords; ++i) {
      const bool perfect = have.count(words[i]) != 0 && i + 1 < words.size() && asked.count(words[i + 1]) != 0;
      if (perfect || asked_past.count(words[i]) != 0) {
        subject_end = self.count(words[0]) != 0 ? 0 : i;
        break;
      }
    }
    const auto reader_verb = verb_asked_of_reader(words);
    for (std::size_t i = 0; i < words.size(); ++i) marks.push_back(i < subject_end || reader_verb == i);
  });
  return marks;
}

namespace {

// The lines of `text` as [begin, end) byte ranges, without their line breaks.
std::vector<std::pair<std::size_t, std::size_t>> line_ranges(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  for_each_span(
      text, [](std::string_view all, std::size_t i) { return all[i] == '\n'; },
      [&](std::size_t begin, std::size_t end) { lines.emplace_back(begin, end); });
  return lines;
}

// The word of `span` in `lower` (the text word_spans() read).
std::string span_word(std::string_view lower, const WordSpan& span) {
  return std::string(lower.substr(span.begin, span.end - span.begin));
}

// The greeting that opens a letter's first line [begin, end) ("Hej Tina", "Hi all –"), as
// the byte range it takes; empty when the line opens with none. `spans`: word_spans(lower).
std::pair<std::size_t, std::size_t> greeting_in(std::string_view lower, const std::vector<WordSpan>& spans,
                                                std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxGreetingWords = 4;  // "Kære alle i teamet"
  const std::string_view line = lower.substr(begin, end - begin);
  const auto [first, last] = words_within(spans, begin, end);
  if (first == last) return {};
  if (!is_greeting(span_word(lower, spans[first]))) return {};
  // Ends at a comma, colon or the end of a sentence, or a dash ("Hi all – notes from ...",
  // "Hei. På sykehjemmet vårt ...").
  const std::size_t stop = std::min({line.find_first_of(",:!.?"), line.find("–"), line.find(" - "), line.size()});
  const auto [greeting_first, greeting_last] = words_within(spans, begin, begin + stop);
  if (greeting_last - greeting_first > kMaxGreetingWords) return {};
  return {begin, begin + stop};
}

// The end of a short first sentence that addresses the letter on the line it shares with
// the need ("Til det velfærdsteknologiske team. På Bostedet bor ..."): a full stop followed
// by a capital or the line's end, with no writer ("jeg", "vi") among the words before it
// ("Til plejecentret søger vi ..." is the need). npos if there is none. `first`..`last`:
// the line's words, the first of them "til".
std::size_t end_of_address_sentence(std::string_view text, std::string_view lower, const std::vector<WordSpan>& spans,
                                    std::size_t first, std::size_t last, std::size_t end) {
  static const std::set<std::string> writers{"jeg", "vi", "jag", "we", "eg"};
  static const std::set<std::string_view> abbreviations{"att", "attn", "vedr", "ang", "re"};  // "att. Søren"
  std::size_t stop = lower.find('.', spans[first].end);
  while (stop != std::string_view::npos && stop < end) {
    const std::size_t word_begin = lower.find_last_of(" ,", stop) + 1;
    if (abbreviations.count(lower.substr(word_begin, stop - word_begin)) == 0) break;
    stop = lower.find('.', stop + 1);
  }
  if (stop == std::string_view::npos || stop >= end) return std::string_view::npos;
  const std::size_t next = lower.find_first_not_of(' ', stop + 1);
  const bool capital_next = next >= end || text[next] != lower[next];
  if (!capital_next) return std::string_view::npos;  // "Til maj skal 6. klasse ..."
  for (std::size_t i = first; i < last && spans[i].begin < stop; ++i) {
    if (writers.count(span_word(lower, spans[i])) != 0) return std::string_view::npos;
  }
  // Only what comes before a dash addresses: "Til markedsafdækningen - modtagelse af nødkald."
  // goes on with the subject.
  for (const std::string_view dash : {"– ", " - "}) {
    const std::size_t at = lower.find(dash, spans[first].end);
    if (at < stop) stop = at;
  }
  return stop;
}

// Whom a letter's first line [begin, end) addresses, as the byte range it takes: the whole
// line when it opens with "Til" ("Til hjælpemiddelteamet", "To the night staff") and more
// lines follow (`more_lines`), its first sentence when it goes on with the need
// (end_of_address_sentence), or from "til" after a dash ("Notat fra hjemmebesøg – til Morten
// i boligindretning"); empty otherwise. The team a note is sent to handles the need; it is
// not what the need asks. `spans`: word_spans(lower); `lower`: `text` in lower case.
std::pair<std::size_t, std::size_t> address_in(std::string_view text, std::string_view lower,
                                               const std::vector<WordSpan>& spans, std::size_t begin, std::size_t end,
                                               bool more_lines) {
  static const std::set<std::string> to{"til", "till", "to"};
  constexpr std::size_t kMaxAddressWords = 8;  // "Til Morten i boligindretning og hjælpemiddelteamet"
  const std::string_view line = lower.substr(begin, end - begin);
  const auto [first, last] = words_within(spans, begin, end);
  if (first == last) return {};
  const auto word_at = [&](std::size_t i) { return span_word(lower, spans[i]); };
  if (to.count(word_at(first)) != 0) {
    const std::size_t stop = end_of_address_sentence(text, lower, spans, first, last, end);
    if (stop != std::string_view::npos) {
      const auto [address_first, address_last] = words_within(spans, begin, stop);
      if (address_last - address_first <= kMaxAddressWords) return {begin, stop};
    }
  }
  if (!more_lines || line.find_first_of(".?!") != std::string_view::npos) return {};
  if (to.count(word_at(first)) != 0) {
    if (last - first > kMaxAddressWords) return {};
    return {begin, end};
  }
  for (const std::string_view dash : {"– ", "- "}) {
    const std::size_t at = line.find(dash);
    if (at == std::string_view::npos) continue;
    const std::size_t after = begin + at + dash.size();
    const auto [from, to_last] = words_within(spans, after, end);
    if (from < to_last && to.count(word_at(from)) != 0 && to_last - from <= kMaxAddressWords) return {after, end};
  }
  return {};
}

// True if the line opens a letter's closing: a sign-off ("Venlig hilsen", "Mvh", "Hilsen
// Peter", "Best regards") or a signature after a slash ("/Peter", "/Johan Ek, verksamhetsutvecklare").
bool opens_closing(std::string_view line) {
  // clang-format off
  static const std::vector<std::vector<std::string>> sign_offs{
      {"venlig", "hilsen"}, {"venlige", "hilsner"}, {"med", "venlig", "hilsen"}, {"bedste", "hilsner"},
      {"de", "bedste", "hilsner"}, {"hilsen"}, {"hilsner"}, {"mvh"}, {"vh"}, {"kh"},
      {"vennlig", "hilsen"}, {"med", "vennlig", "hilsen"}, {"vennlige", "hilsener"},
      {"vänliga", "hälsningar"}, {"med", "vänlig", "hälsning"}, {"vänlig", "hälsning"}, {"hälsningar"}, {"hälsning"},
      {"best", "regards"}, {"kind", "regards"}, {"regards"}, {"best", "wishes"}, {"best"}, {"cheers"},
      {"thanks"}, {"tak"}, {"tack"}, {"takk"}};
  // clang-format on
  // One-word sign-offs that may have the name on their line ("Hilsen Peter", "Vh Signe");
  // the others stand alone or before a comma ("Best, Maria"; "Best" is no sign-off in "Best
  // practice is ...").
  static const std::set<std::string> followed_by_name{"hilsen", "hilsner", "mvh", "vh", "kh", "hälsningar"};
  constexpr std::size_t kMaxSignOffWords = 5;  // "Med venlig hilsen Anne-Marie Holst"
  const std::size_t first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos && line[first] == '/') return true;
  const std::vector<std::string> words = tokenize(line);
  if (words.empty() || words.size() > kMaxSignOffWords) return false;
  const std::string lower = to_lower(line.substr(first));
  const bool before_comma = lower.compare(0, words.front().size(), words.front()) == 0 &&
                            lower.size() > words.front().size() && lower[words.front().size()] == ',';
  return std::any_of(sign_offs.begin(), sign_offs.end(), [&](const auto& sign_off) {
    return words.size() >= sign_off.size() && phrase_at(words, 0, sign_off) &&
           (words.size() == sign_off.size() || sign_off.size() > 1 || followed_by_name.count(words.front()) != 0 ||
            before_comma);
  });
}

}  // namespace

std::vector<bool> occasion_words(std::string_view text) {
  static const std::set<std::string> after{"efter", "etter", "after"};
  // The finite verbs that follow a fronted clause in Danish, Swedish and Norwegian word order
  // ("Efter en apopleksi har mange af vores borgere afasi"): the occasion ends before them.
  static const std::set<std::string> verbs{"har", "er",   "var",    "vil",  "skal", "kan",  "får",     "fik",
                                           "må",  "bør",  "bliver", "blev", "går",  "står", "ønsker",  "hadde",
                                           "ble", "blir", "vill",   "ska",  "är",   "hade", "behöver", "trenger"};
  constexpr std::size_t kMaxOccasionWords = 10;  // "After a resident lay on the floor for 40 minutes,"
  std::vector<bool> marks;
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    const std::vector<std::string> words = tokenize(sentence);
    // Up to its comma, or the verb that follows it, whichever comes first.
    const std::size_t comma = sentence.find(',');
    std::size_t occasion = comma == std::string_view::npos ? 0 : tokenize(sentence.substr(0, comma)).size();
    const std::size_t reach = comma == std::string_view::npos ? words.size() : occasion;
    for (std::size_t i = 1; i < reach; ++i) {
      if (verbs.count(words[i]) != 0) {
        occasion = i;
        break;
      }
    }
    const bool opens = !words.empty() && after.count(words.front()) != 0 && occasion <= kMaxOccasionWords;
    for (std::size_t i = 0; i < words.size(); ++i) marks.push_back(opens && i < occasion);
  });
  return marks;
}

// Where a closing that follows the last sentence on the need's last line [begin, end) starts
// ("... kan bli med i? Mvh Ingrid, velferdsteknologisk koordinator"), or npos. An e-mail
// pasted as one paragraph keeps its sign-off on the line of its text.
std::size_t inline_closing_begin(std::string_view text, const std::vector<WordSpan>& spans, std::size_t begin,
                                 std::size_t end) {
  constexpr std::size_t kMaxClosingWords = 10;  // "Med venlig hilsen Anne Holst, ergoterapeut, Sundhed og Omsorg"
  for (std::size_t at = begin + 1; at + 1 < end; ++at) {
    const bool sentence_starts = (text[at - 1] == '.' || text[at - 1] == '?' || text[at - 1] == '!') && text[at] == ' ';
    if (!sentence_starts) continue;
    const std::size_t start = text.find_first_not_of(' ', at);
    if (start >= end) break;  // only spaces after the last sentence
    const auto [first, last] = words_within(spans, start, end);
    if (last - first > kMaxClosingWords) continue;
    const std::string_view tail = text.substr(start, end - start);
    if (opens_closing(tail.substr(0, tail.find(',')))) return start;
  }
  return std::string_view::npos;
}

std::vector<bool> letter_words(std::string_view text) {
  constexpr std::size_t kMaxSignatureWords = 8;  // a line of the signature: a name, a title, a department
  constexpr std::size_t kClosingLines = 6;       // the closing is among the last lines
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return {};  // the spans below are the text's too
  const auto spans = word_spans(lower);
  std::vector<bool> out(spans.size());
  const auto mark = [&](std::size_t begin, std::size_t end) {
    const auto [first, last] = words_within(spans, begin, end);
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(first), out.begin() + static_cast<std::ptrdiff_t>(last), true);
  };
  const auto words_in = [&](const std::pair<std::size_t, std::size_t>& line) {
    const auto [first, last] = words_within(spans, line.first, line.second);
    return last - first;
  };
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // the lines with words
  for (const auto& line : line_ranges(text)) {
    if (words_in(line) > 0) lines.push_back(line);
  }
  if (lines.empty()) return out;
  const auto greeting = greeting_in(lower, spans, lines.front().first, lines.front().second);
  mark(greeting.first, greeting.second);
  const auto address = address_in(text, lower, spans, lines.front().first, lines.front().second, lines.size() > 1);
  mark(address.first, address.second);
  for (std::size_t l = lines.size() > kClosingLines ? lines.size() - kClosingLines : 1; l < lines.size(); ++l) {
    const auto& [begin, end] = lines[l];
    if (!opens_closing(text.substr(begin, end - begin))) continue;
    const bool signature = std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(l) + 1, lines.end(),
                                       [&](const auto& line) { return words_in(line) <= kMaxSignatureWords; });
    if (signature) mark(begin, text.size());
    return out;
  }
  const std::size_t closing = inline_closing_begin(text, spans, lines.back().first, lines.back().second);
  if (closing != std::string_view::npos) mark(closing, text.size());
  return out;
}

std::vector<bool> conduct_words(std::string_view text) { return sentence_marks(text, asks_about_conduct); }

std::vector<bool> question_words(std::string_view text) {
  return sentence_marks(text, [](const std::vector<std::string>& words, char terminator) {
    return terminator == '?' && !asks_whether_it_exists(words);
  });
}

namespace {

// "før", "inden", "innan", "before": what a purpose clause prevents, or a step comes before.
bool is_before(const std::string& word) {
  static const std::set<std::string> before{"før", "inden", "innan", "before"};
  return before.count(word) != 0;
}

// True if a clause opening with `words` says what the need is for or must prevent, or why it
// is asked: "så" (so that; not "så snart", as soon as), "før" (before), "for at", "so",
// "before", "in order to", "fordi", "because", "eftersom", "därför att", after an optional
// "og"/"men".
bool opens_purpose(const std::vector<std::string>& words) {
  std::size_t first = 0;
  while (first < words.size() && (words[first] == "og" || words[first] == "men" || words[first] == "and" ||
                                  words[first] == "but")) {
    ++first;
  }
  if (first >= words.size()) return false;
  const std::string& word = words[first];
  const std::string next = first + 1 < words.size() ? words[first + 1] : "";
  if (word == "så") return next != "snart" && next != "mange" && next != "meget";
  if (word == "so") return next != "many" && next != "much";
  if (word == "for" || word == "in") return next == "at" || next == "order";
  // why it is asked ("…, ikke en skjerm med mye informasjon, fordi han blir urolig av for mye")
  static const std::set<std::string> because{"fordi", "because", "eftersom", "ettersom"};
  if (because.count(word) != 0) return true;
  if (word == "därför") return next == "att";
  return is_before(word);
}

// The first word of a clause of what "we" do next, said without a comma ("Kan du sjekke hva
// som finnes før vi søker hjelpemiddelsentralen?", "inden vi beslutter", "before we apply"), or
// words.size(): the municipality's next step, not what a product must do.
std::size_t our_next_step(const std::vector<std::string>& words) {
  static const std::set<std::string> we{"vi", "we"};
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (is_before(words[i]) && we.count(words[i + 1]) != 0) return i;
  }
  return words.size();
}

}  // namespace

std::vector<bool> group_condition_words(const std::vector<std::string>& words) {
  static const std::set<std::string> people{
      "borgere", "borgerne", "beboere", "beboerne", "personer", "patienter", "brugere", "ældre",  "voksne",
      "børn",    "elever",   "unge",    "brukare", "brukere", "eldre",     "innbyggere", "invånare", "boende",
      "barn",    "citizens", "residents", "people", "patients", "users",   "adults",  "children", "pupils"};
  // A condition had with its severity: "halvdelen har så svær afasi", "has moderate dementia".
  static const std::set<std::string> has{"har", "has", "have", "hade"};
  static const std::set<std::string> severities{
      "svær",  "svære",       "moderat",     "moderate",   "let",      "lette",     "mild",
      "milde", "fremskreden", "fremskredne", "begyndende", "severe",   "advanced",  "early",
      "svår",  "svåra",       "lätt",        "måttlig",    "alvorlig", "alvorlige", "tidlig"};
  std::vector<bool> out(words.size(), false);
  // The condition is the word after "med", and what "og"/"eller" joins to it: "med bensår
  // og hævede ben"; "beboere med demens står op om natten" ends the condition at "demens".
  // A condition told as its episodes goes on past "af" ("borgere med anfald af hjertebanken
  // eller svimmelhed", "episodes of dizziness").
  static const std::set<std::string> of{"af", "av", "of"};
  const auto mark_from = [&](std::size_t first) {
    out[first] = true;
    while (first + 2 < words.size() && of.count(words[first + 1]) != 0) {
      first += 2;
      out[first] = true;
    }
    if (first + 1 < words.size() && is_conjunction(words[first + 1])) {
      for (std::size_t k = first + 2; k < words.size() && k <= first + 3; ++k) out[k] = true;
    }
  };
  // Its severity first is no condition of its own: "borgere med let til moderat afasi".
  static const std::set<std::string> ranges{"til", "till", "to", "eller", "or"};
  // (Neuter "svært" only here: "har svært ved at" is having difficulty, not a condition.)
  const auto severity = [&](const std::string& word) { return severities.count(word) != 0 || word == "svært"; };
  const auto past_severity = [&](std::size_t j) {
    while (j + 1 < words.size() && (severity(words[j]) || (ranges.count(words[j]) != 0 && severity(words[j + 1])))) {
      ++j;
    }
    return j;
  };
  // "især dem med delir", "particularly those with dementia": the people named by a pronoun
  // after a word that singles them out ("hjælpe dem med piller" names a task).
  static const std::set<std::string> pronouns{"dem", "those"};
  static const std::set<std::string> singling{"især",        "særligt",    "særlig",       "specielt", "navnlig",
                                              "primært",     "typisk",     "særskilt",     "spesielt", "särskilt",
                                              "framförallt", "especially", "particularly", "mainly",   "mostly"};
  // People of an age ("ældre over 75 med svært høretab", "residents over 80 with dementia").
  static const std::set<std::string> ages{"over", "under", "above", "omkring", "about"};
  static const std::set<std::string> years{"år", "years", "old"};
  const auto of_an_age = [&](std::size_t i) {
    std::size_t j = i - 1;
    if (j > 0 && years.count(words[j]) != 0) --j;
    return is_number(words[j]) && j >= 2 && ages.count(words[j - 1]) != 0 && people.count(words[j - 2]) != 0;
  };
  const auto people_before = [&](std::size_t i) {
    return people.count(words[i - 1]) != 0 ||
           (pronouns.count(words[i - 1]) != 0 && i >= 2 && singling.count(words[i - 2]) != 0) || of_an_age(i);
  };
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if ((words[i] == "med" || words[i] == "with") && people_before(i)) mark_from(past_severity(i + 1));
  }
  // What the people went through, in a clause of their own ("ældre borgere, der er opereret
  // for hoftebrud", "patients who have had a stroke", "brukere som lider av KOLS"): the
  // verb that tells it and the word after it, past an article and a severity.
  static const std::set<std::string> relatives{"der", "som", "who", "that"};
  static const std::set<std::string> went_through{"fået", "haft", "fått", "hatt", "had"};
  static const std::set<std::string> suffered_from{"opereret", "opererede", "opererade", "operert",  "operated",
                                                   "ramt",     "ramte",     "rammet",    "drabbats", "lider",
                                                   "suffer",   "suffers",   "affected"};
  static const std::set<std::string> from{"for", "för", "af", "av", "from", "by", "on"};
  constexpr std::size_t kVerbWords = 3;  // "der er blevet opereret for", "who have had"
  const auto past_article = [&](std::size_t j) {
    return j + 1 < words.size() && is_indefinite_article(words[j]) ? j + 1 : j;
  };
  for (std::size_t i = 1; i + 2 < words.size(); ++i) {
    if (relatives.count(words[i]) == 0 || people.count(words[i - 1]) == 0) continue;
    for (std::size_t j = i + 1; j < words.size() && j <= i + kVerbWords; ++j) {
      std::size_t condition = words.size();
      if (went_through.count(words[j]) != 0) condition = j + 1;
      if (suffered_from.count(words[j]) != 0 && j + 1 < words.size() && from.count(words[j + 1]) != 0) {
        condition = j + 2;
      }
      if (condition >= words.size()) continue;
      for (std::size_t k = j; k < condition; ++k) out[k] = true;  // "opereret for" tells it too
      mark_from(past_severity(past_article(condition)));
      break;
    }
  }
  // Why someone was in hospital ("udskrevet i forgårs efter et hoftebrud", "kom hjem fra
  // sygehuset efter en blodprop", "discharged after a stroke"): the history of the person
  // served, not what a product must do. The word after "efter" and an article, when a word of
  // admission or discharge comes a few words before it.
  static const std::set<std::string> after{"efter", "etter", "after"};
  static const std::set<std::string> stays{"udskrevet", "udskrives",  "indlagt",     "indlæggelse", "utskrevet",
                                           "utskrives", "innlagt",    "innleggelse", "utskriven",   "utskrivning",
                                           "inlagd",    "discharged", "admitted"};
  // ... or a homecoming ("kom hjem efter en blodprop", "som kommer hem från sjukhuset efter en
  // höftfraktur"; not "går hjem efter en time")
  static const std::set<std::string> came{"kom", "kommer", "kommet", "kommit", "came", "come", "comes", "coming"};
  static const std::set<std::string> home{"hjem", "hem", "home"};
  const auto tells_stay = [&](std::size_t k) {
    return stays.count(words[k]) != 0 || (k > 0 && home.count(words[k]) != 0 && came.count(words[k - 1]) != 0);
  };
  constexpr std::size_t kStayReach = 8;  // "blev udskrevet fra Kolding i forgårs efter"
  for (std::size_t i = 1; i + 2 < words.size(); ++i) {
    if (after.count(words[i]) == 0 || !is_indefinite_article(words[i + 1])) continue;
    for (std::size_t k = i >= kStayReach ? i - kStayReach : 0; k < i; ++k) {
      if (!tells_stay(k)) continue;
      mark_from(past_severity(i + 2));
      break;
    }
  }
  // What someone was born with ("født døv og helt blind", "born deaf", "född med en
  // hjärtfel"): the condition of the person served.
  static const std::set<std::string> born{"født", "fødd", "född", "born"};
  static const std::set<std::string> with{"med", "with"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (born.count(words[i]) == 0) continue;
    const std::size_t next = with.count(words[i + 1]) != 0 ? i + 2 : i + 1;
    if (next < words.size()) mark_from(past_severity(past_article(next)));
  }
  // What a questionnaire asks about ("spørgsmål om svimmelhed og bivirkninger", "questions
  // about dizziness"): the state of the people it records, not what a product must do.
  static const std::set<std::string> questions{"spørgsmål", "spørsmål", "frågor", "questions"};
  static const std::set<std::string> about{"om", "about", "on"};
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (questions.count(words[i]) != 0 && about.count(words[i + 1]) != 0) mark_from(i + 2);
  }
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (has.count(words[i]) == 0) continue;
    const std::size_t adjective = words[i + 1] == "så" || words[i + 1] == "so" ? i + 2 : i + 1;
    if (adjective + 1 < words.size() && severities.count(words[adjective]) != 0) mark_from(adjective + 1);
  }
  // ... or said of the people with a copula ("halvdelen af de borgere, det drejer sig om, er
  // svært hørehæmmede", "they are severely hearing impaired"); not a difficulty ("det er
  // svært at ..."), nor a thing that is light ("liften er let").
  static const std::set<std::string> copulas{"er", "är", "is", "are", "var", "was", "were"};
  static const std::set<std::string> persons{"de", "han", "hun", "hon", "they", "he", "she"};
  static const std::set<std::string> adverbs{"svært", "severely", "mildly", "moderately", "lettere"};
  static const std::set<std::string> infinitive{"at", "att", "å", "to"};
  constexpr std::size_t kPeopleReach = 6;  // "de borgere, det drejer sig om, er"
  const auto said_of_people = [&](std::size_t i) {
    for (std::size_t k = i >= kPeopleReach ? i - kPeopleReach : 0; k < i; ++k) {
      if (people.count(words[k]) != 0 || persons.count(words[k]) != 0) return true;
    }
    return false;
  };
  for (std::size_t i = 1; i + 2 < words.size(); ++i) {
    if (copulas.count(words[i]) == 0 || infinitive.count(words[i + 2]) != 0) continue;
    const bool severe = severities.count(words[i + 1]) != 0 || adverbs.count(words[i + 1]) != 0;
    if (severe && said_of_people(i)) mark_from(i + 2);
  }
  // A condition told as healed ("venøse bensår helet i januar", "leggsår som har grodd",
  // "ulcers that have healed"): the words a few before the verb, which tell what it was.
  static const std::set<std::string> healed{"helet", "helede", "lægt", "grodd", "grodde", "läkt", "läkta", "healed"};
  constexpr std::size_t kHealedReach = 4;  // "venøse leggsår som har grodd"
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (healed.count(words[i]) == 0) continue;
    for (std::size_t k = i >= kHealedReach ? i - kHealedReach : 0; k < i; ++k) out[k] = true;
  }
  // A state someone is in ("kommer fra sygehuset i en forvirret, delirøs tilstand", "in a
  // confused state"): the words between the article and the state.
  static const std::set<std::string> in{"i", "in"};
  static const std::set<std::string> states{"tilstand", "tillstånd", "state", "condition"};
  constexpr std::size_t kStateWords = 3;  // "i en forvirret, delirøs tilstand"
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    if (in.count(words[i]) == 0 || !is_indefinite_article(words[i + 1])) continue;
    for (std::size_t end = i + 3; end < words.size() && end <= i + 2 + kStateWords; ++end) {
      if (states.count(words[end]) == 0) continue;
      for (std::size_t k = i + 2; k < end; ++k) out[k] = true;
      break;
    }
  }
  return out;
}

std::vector<bool> opening_setting_words(std::string_view text) {
  static const std::set<std::string> prepositions{"i",  "på",     "ved", "hos",    "inom",  "innen",
                                                  "in", "within", "at",  "across", "blandt"};
  // Danish, Swedish and Norwegian put the verb before the subject after an adverbial ("har
  // vi"); English puts the subject first ("we have").
  static const std::set<std::string> inverted_subjects{"vi", "der", "man", "det"};
  constexpr std::size_t kSettingWords = 8;  // "I hjemmeplejen i vores vestlige distrikt har vi"
  std::vector<bool> marks;
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    const auto words = tokenize(sentence);
    // The adverbial ends at a comma at the latest ("I dag bruger personalet papir, og vi …").
    const std::size_t before_comma = words_before_comma(sentence, words);
    std::size_t end = 0;
    if (!words.empty() && prepositions.count(words[0]) != 0) {
      for (std::size_t j = 2; j < words.size() && j <= kSettingWords + 1 && j <= before_comma; ++j) {
        if (inverted_subjects.count(words[j]) != 0 && j < before_comma) {
          end = j - 1;
          break;
        }
        if (words[j] == "we") {
          end = j;
          break;
        }
      }
    }
    for (std::size_t i = 0; i < words.size(); ++i) marks.push_back(i < end);
  });
  return marks;
}

std::vector<bool> purpose_words(std::string_view text) {
  // "noget, så jeg selv kan komme op ad trappen", "something, so that she can find the
  // door": a "so that" clause after an unnamed something says what that something must do.
  static const std::set<std::string> something{"noget", "noe", "något", "something", "anything"};
  std::vector<bool> out;
  bool after_something = false;  // the clause before ended with one of `something`
  for_each_clause(text, [&](const std::vector<std::string>& words, bool after_comma) {
    const bool describes_something = after_something && !words.empty() && (words[0] == "så" || words[0] == "so");
    const bool purpose = after_comma && opens_purpose(words) && !describes_something;
    const std::size_t next_step = our_next_step(words);
    for (std::size_t i = 0; i < words.size(); ++i) out.push_back(purpose || i >= next_step);
    after_something = !words.empty() && something.count(words.back()) != 0;
  });
  return out;
}

namespace {

// For each word of tokenize(text): true if it follows, in its clause, one of `markers`.
std::vector<bool> words_after_markers(std::string_view text, const std::vector<std::vector<std::string>>& markers) {
  std::vector<bool> out;
  for_each_clause(text, [&](const std::vector<std::string>& words, bool /*after_comma*/) {
    bool after = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      out.push_back(after);
      after = after || std::any_of(markers.begin(), markers.end(), [&](const auto& marker) {
                return i + 1 >= marker.size() && phrase_at(words, i + 1 - marker.size(), marker);  // ends at i
              });
    }
  });
  return out;
}

}  // namespace

std::vector<bool> example_words(std::string_view text) {
  static const std::vector<std::vector<std::string>> markers{
      {"fx"},          {"f", "eks"},       {"f", "x"},          {"for", "eksempel"},
      {"eksempelvis"}, {"såsom"},          {"till", "exempel"}, {"t", "ex"},
      {"exempelvis"},  {"for", "example"}, {"for", "instance"}, {"e", "g"},
      {"such", "as"}};
  return words_after_markers(text, markers);
}

std::vector<bool> replaced_words(std::string_view text) {
  static const std::vector<std::vector<std::string>> markers{
      {"i", "stedet", "for"},  {"frem", "for"},   {"fremfor"},       {"snarere", "end"}, {"istället", "för"},
      {"i", "stället", "för"}, {"snarare", "än"}, {"heller", "enn"}, {"framfor"},        {"instead", "of"},
      {"rather", "than"}};
  return words_after_markers(text, markers);
}

}  // namespace radar::match
