#include "negation.h"

#include <algorithm>
#include <set>

#include "sentences.h"

namespace radar::match {

namespace {

constexpr std::size_t kNegationScopeWords = 5;  // a negation rarely reaches further

// Where the words denied by a negation at `i` end, when it denies that they are needed,
// allowed or possible: after a passive verb of need, before the verb ("Någon ståfunktion
// behövs inte", "kræves ikke"); before such a predicate, before the negation ("is not
// needed", "er ikke nødvendig", "Kameraer er ikke tilladt", "is not an option"). Otherwise none.
std::optional<std::size_t> end_of_denied_need(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> passive_need{"behøves", "behövs", "trengs", "kræves", "krävs", "kreves"};
  // clang-format off
  static const std::vector<std::vector<std::string>> predicates{
      {"nødvendig"}, {"nødvendigt"}, {"nødvendige"}, {"påkrævet"}, {"tilladt"}, {"tilladte"},
      {"muligt"}, {"mulig"}, {"en", "mulighed"}, {"et", "alternativ"}, {"på", "tale"},     // da
      // refused outright ("Et kamera i stuen vil hun ikke høre tale om"; sv "höra talas om",
      // nb "høre snakk om")
      {"høre", "tale", "om"}, {"höra", "talas", "om"}, {"høre", "snakk", "om"},
      {"nödvändig"}, {"nödvändigt"}, {"nödvändiga"}, {"tillåtet"}, {"tillåtna"}, {"möjligt"},
      {"ett", "alternativ"},                                                                   // sv
      {"tillatt"}, {"en", "mulighet"},                                                         // nb
      {"needed"}, {"necessary"}, {"required"}, {"allowed"}, {"permitted"}, {"possible"},
      {"an", "option"}, {"an", "alternative"}};                                                // en
  // clang-format on
  if (i > 0 && passive_need.count(words[i - 1]) != 0) return i - 1;
  if (std::any_of(predicates.begin(), predicates.end(),
                  [&](const auto& predicate) { return phrase_at(words, i + 1, predicate); })) {
    return i;
  }
  return std::nullopt;
}

// Where the words a clause excludes without a negation end, when the copula at `i` says
// they are: "Loftskinner er udelukket", "Cameras are out of the question", "is ruled out".
// Otherwise none.
std::optional<std::size_t> end_of_excluded(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> copulas{"er",  "var", "bliver", "blev", "är",  "blir",
                                             "ble", "is",  "are",    "was",  "were"};
  // clang-format off
  static const std::vector<std::vector<std::string>> excluded{
      {"udelukket"}, {"udelukkede"}, {"utelukket"}, {"utelukkede"}, {"uteslutet"}, {"utesluten"},
      {"uteslutna"}, {"excluded"}, {"ruled", "out"}, {"out", "of", "the", "question"}};
  // clang-format on
  static const std::set<std::string> froms{"fra", "från", "from"};
  if (copulas.count(words[i]) == 0) return std::nullopt;
  const auto predicate = std::find_if(excluded.begin(), excluded.end(),
                                      [&](const auto& phrase) { return phrase_at(words, i + 1, phrase); });
  if (predicate == excluded.end()) return std::nullopt;
  // Who is excluded from something ("Borgere i kørestol er udelukket fra turene") is the
  // need's problem, not a technology it rules out.
  const std::size_t after = i + 1 + predicate->size();
  if (after < words.size() && froms.count(words[after]) != 0) return std::nullopt;
  return i;
}

// True if the "om" at `i` is the preposition of a wish or demand before it ("Ingen ønsker om
// vægt eller andet ekstra", "inga önskemål om ..."): it goes on with what is not wished for,
// where the conjunction "om" (if, whether) would open a clause of its own.
bool is_preposition_om(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> nouns{"ønske",  "ønsker", "ønsket",   "ønskemål",  "krav",
                                           "kravet", "önskan", "önskemål", "önskningar"};
  return words[i] == "om" && i > 0 && nouns.count(words[i - 1]) != 0;
}

// A negation at `i` that tells a lack of time ("hinner inte rengöra dem", "har ikke tid
// til at …", "rekker ikke å …", "have no time to …"): the task it names is what the need
// is about, not something it rules out. (Danish "når ikke at" needs no rule: "når" also
// opens a condition, whose negations rule nothing out.)
bool tells_lack_of_time(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> manage{"hinner", "hann", "rekker", "rakk"};
  static const std::set<std::string> have{"har", "have", "has", "had", "haft"};
  static const std::string none;
  const std::string& before = i > 0 ? words[i - 1] : none;
  if (manage.count(before) != 0) return true;
  // "har ikke tid", "have no time"; "do not have (the) time".
  const bool time_next = phrase_at(words, i + 1, {"tid"}) || phrase_at(words, i + 1, {"time"});
  return (time_next && have.count(before) != 0) || phrase_at(words, i + 1, {"have", "time"}) ||
         phrase_at(words, i + 1, {"have", "the", "time"});
}

// A negation at `i` that denies a likeness ("en stemme, der ikke lyder som en robot", "does
// not look like a hospital bed"): what it names is compared with, not ruled out.
bool denies_likeness(const std::vector<std::string>& words, std::size_t i) {
  static const std::vector<std::vector<std::string>> likeness{
      {"lyder", "som"},  {"ligner"},           {"ser", "ud", "som"}, {"minder", "om"},       {"låter", "som"},
      {"liknar"},        {"ser", "ut", "som"}, {"påminner", "om"},   {"høres", "ut", "som"}, {"likner"},
      {"sound", "like"}, {"sounds", "like"},   {"look", "like"},     {"looks", "like"},      {"resemble"},
      {"resembles"},     {"feel", "like"},     {"feels", "like"}};
  return std::any_of(likeness.begin(), likeness.end(),
                     [&](const auto& phrase) { return phrase_at(words, i + 1, phrase); });
}

// True if the word at `i` refuses what follows it: "siger nej til en lang rampe", "sier nei
// til", "säger nej till", "nej tak til", "afviser dagcentret", "refuses the day centre".
// (English "says no to" is a negation already.)
bool opens_refusal(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> refuse{"afviser",  "afviste", "avviser", "avviste", "avvisar",
                                            "avvisade", "refuses", "refused", "rejects", "rejected"};
  static const std::set<std::string> no{"nej", "nei"};
  static const std::set<std::string> to{"til", "till"};
  static const std::set<std::string> thanks{"tak", "takk", "tack"};
  if (refuse.count(words[i]) != 0) return true;
  if (no.count(words[i]) == 0 || i + 1 >= words.size()) return false;
  const std::size_t next = thanks.count(words[i + 1]) != 0 ? i + 2 : i + 1;
  return next < words.size() && to.count(words[next]) != 0;
}

// Marks the words of a clause before `end` (an index into the clause's `words`, which are
// `negated` from `clause_start` on), back to the clause's start or a word that ends a
// negation's scope: the whole subject of "GPS eller noget til udendørs brug er ikke
// nødvendigt" is denied, GPS too.
void mark_subject(const std::vector<std::string>& words, std::size_t end, std::vector<bool>& negated,
                  std::size_t clause_start) {
  for (std::size_t back = 1; back <= end; ++back) {
    if (ends_negation(words[end - back])) break;
    negated[clause_start + end - back] = true;
  }
}

// True if the word at `i` is "something" added to a list of what is denied ("kamera eller
// noget, der tager billeder", "a camera or anything that takes pictures"): what its relative
// clause tells is denied too. Not "Vi har ikke noget, der kan give besked": what nothing does
// is the need.
bool adds_something_denied(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> something{"noget", "noe", "något", "anything", "something"};
  static const std::set<std::string> alternative{"eller", "or", "nor"};
  return something.count(words[i]) != 0 && i > 0 && alternative.count(words[i - 1]) != 0;
}

}  // namespace

std::vector<bool> negated_words(std::string_view text, std::vector<bool>* likened) {
  std::vector<bool> negated;
  if (likened != nullptr) likened->clear();
  // Something denied that ends its clause ("Det må ikke være kamera eller noget,") goes on in
  // the relative clause after the comma ("der tager billeder").
  bool denied_something_ended_clause = false;
  for_each_clause(text, [&](const std::vector<std::string>& words, bool after_comma) {
    const std::size_t clause_start = negated.size();
    std::size_t scope = 0;           // words still negated
    std::size_t likeness_scope = 0;  // words still compared with (denies_likeness)
    bool condition = false;          // in a clause that says when something happens
    if (denied_something_ended_clause && after_comma && !words.empty() && is_relative_pronoun(words[0])) {
      scope = kNegationScopeWords;
    }
    denied_something_ended_clause = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto& word = words[i];
      if (ends_negation(word) && !is_preposition_om(words, i)) scope = likeness_scope = 0;
      if (is_contrast(word)) condition = false;
      if (opens_condition(word)) condition = true;
      negated.push_back(scope > 0);
      if (likened != nullptr) likened->push_back(likeness_scope > 0);
      if (scope > 0 && adds_something_denied(words, i)) {
        // "a camera or anything that takes pictures": the relative clause is denied too.
        if (i + 1 == words.size()) denied_something_ended_clause = true;
        if (i + 1 < words.size() && is_relative_pronoun(words[i + 1])) scope = std::max(scope, kNegationScopeWords + 1);
      }
      if (scope > 0) --scope;
      if (likeness_scope > 0) --likeness_scope;
      if (const auto end = end_of_excluded(words, i)) mark_subject(words, *end, negated, clause_start);
      if (opens_refusal(words, i)) scope = kNegationScopeWords;
      if (!is_negation_at(words, i)) continue;
      // A prohibition rules out even where it says when ("når vi tjekker må vi ikke vække
      // dem"): a modal verb one or two words before the negation.
      const bool prohibition = (i > 0 && is_modal(words[i - 1])) || (i > 1 && is_modal(words[i - 2]));
      if (denies_likeness(words, i)) {
        likeness_scope = kNegationScopeWords;
      } else if ((!condition || prohibition) && !tells_lack_of_time(words, i)) {
        scope = kNegationScopeWords;
      }
      if (const auto end = end_of_denied_need(words, i)) mark_subject(words, *end, negated, clause_start);
    }
  });
  return negated;
}

}  // namespace radar::match
