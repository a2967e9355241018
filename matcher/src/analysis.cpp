#include "analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numeric>
#include <set>

#include "radar/concepts.h"
#include "radar/idioms.h"
#include "radar/language.h"
#include "radar/schema.h"
#include "radar/text.h"

namespace radar::match {
namespace {

constexpr std::size_t kMaxAspects = 10;
constexpr std::size_t kMaxNewDemands = 1;  // demands in unknown words kept past kMaxAspects
constexpr double kBackgroundFactor = 0.6;  // named only where a need tells what it already has
constexpr double kLeadBoost = 1.5;  // the core of a need: its title or first sentence, and what it asks for
constexpr std::size_t kMaxPhraseGap = 3;  // words a thesaurus phrase may have between its own in a need
constexpr std::size_t kMaxCompoundScan = 400;   // index terms read per head
constexpr std::size_t kMaxCompoundsPerHead = 8; // compounds a head also matches
constexpr std::size_t kMaxCorrectionScan = 20000;  // index terms read per spelling correction
// Words longer than kMaxCompoundBytes (radar/concepts.h, with the other compound rules)
// are neither split nor spelling-corrected: each costs work per byte (a cut, a scan of
// the vocabulary), and a hostile need can be one 10,000-byte word.
constexpr std::size_t kMaxCorrectedBytes = 40;
// Danish inflectional and derivational endings, which the vocabulary also holds as words
// ("ende", "lig", "ret") or as noise ("ing"): a word cut before one of them is a word with
// its ending ("behandl|ing", "begynd|ende", "dår|lig"), not a compound.
const std::set<std::string, std::less<>> kWordEndings{
    "bar",   "bare",  "else",  "elser",  "ende",    "endes",  "ens",    "ere",   "erne",   "ges",    "hed",  "heden",
    "heder", "ing",   "ingen", "inger",  "ingerne", "isk",    "iske",   "lig",   "lige",   "ligere", "ligste", "ligt",
    "mer",   "ning",  "ningen", "ninger", "per",    "rede",   "ret",    "ring",  "sen"};
constexpr std::size_t kMaxCorrectionsPerNeed = 16;
// A word the index lacks is corrected only when it is long enough to be a misspelling
// rather than a word the market does not use: within one edit of a short word lie many
// real words (in the judged and fresh needs, every correction of a word under seven
// letters was of a correctly spelt one: "stuer" -> "struer", "bange" -> "bane", "udbrud" ->
// "udbud"). Shorter words are corrected only for a typing slip (is_typing_slip).
constexpr std::size_t kMinCorrectedLetters = 5;
constexpr std::size_t kMinFreelyCorrectedLetters = 7;
constexpr std::size_t kMinLettersForTwoEdits = 11;
constexpr double kTooCommonShare = 0.35;  // in more than this share of documents: not specific
// Aspect weights: IDF says how much a word narrows the market, but the words that
// name what products are (thesaurus concepts, words used in product names and
// areas) are what a need is about; rare verbs and adjectives are modifiers.
constexpr double kThesaurusBoost = 1.0;
constexpr double kProductVocabularyBoost = 0.75;
constexpr double kOtherWordFactor = 0.45;
constexpr double kContextFactor = 0.5;  // target groups and settings frame a need; they are not its core
constexpr double kMinDocumentsForIdfCap = 3;  // words in fewer documents weigh as if in this many
constexpr double kMinDocumentsForCommonness = 100;
constexpr double kEssentialShare = 0.5;   // the top aspects that carry this share of the weight
constexpr double kEssentialWeight = 0.25; // and any aspect at least this heavy
constexpr std::size_t kMaxEssential = 3;

// The index term of a stem ("Z" + stem; written out, as GCC 12 warns falsely on
// `const char* + std::string&&`).
std::string stem_term(const std::string& stem) { return std::string("Z").append(stem); }

// The index terms a word may stand for: as written and its usable stems under `stemmers`.
std::vector<std::string> term_candidates(const std::vector<Xapian::Stem>& stemmers, const std::string& word) {
  std::vector<std::string> candidates{word};
  for (const auto& stemmer : stemmers) {
    const std::string stemmed = stemmer(word);
    if (usable_stem(word, stemmed)) candidates.push_back(stem_term(stemmed));
  }
  return candidates;
}

bool is_number(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Damerau-Levenshtein (optimal string alignment) distance over bytes, bounded by `limit`:
// any distance above it is returned as limit + 1. Spelling correction runs this over every
// index term that shares a word's first letters, so it keeps three rows of the table (a
// transposition reads two rows back) and stops once two rows in a row exceed the limit:
// no cell below them can come back within it.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> rows(3 * width);
  std::size_t* before = rows.data();  // row i - 2
  std::size_t* previous = before + width;
  std::size_t* current = previous + width;
  for (std::size_t j = 0; j < width; ++j) previous[j] = j;
  std::size_t previous_least = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t least = i;
    for (std::size_t j = 1; j < width; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      const bool transposed = i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1];
      if (transposed) current[j] = std::min(current[j], before[j - 2] + 1);
      least = std::min(least, current[j]);
    }
    if (least > limit && previous_least >= limit) return limit + 1;
    previous_least = least;
    std::swap(before, previous);  // the old row i - 2 becomes the next row's storage
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

// True if `typed` is `word` with one of the two typing slips that seldom make another
// word: a letter typed twice ("demenss") or two neighbouring letters swapped ("demnes").
// Compared byte by byte, so a slip in a two-byte letter (æ, ø, å) is not recognised.
bool is_typing_slip(std::string_view typed, std::string_view word) {
  if (typed.size() == word.size() + 1) {
    for (std::size_t i = 1; i < typed.size(); ++i) {
      if (typed[i] == typed[i - 1] && typed.compare(0, i, word, 0, i) == 0 &&
          typed.compare(i + 1, std::string_view::npos, word, i, std::string_view::npos) == 0) {
        return true;
      }
    }
    return false;
  }
  if (typed.size() != word.size()) return false;
  std::size_t first = 0;
  while (first < typed.size() && typed[first] == word[first]) ++first;
  return first + 1 < typed.size() && typed[first] == word[first + 1] && typed[first + 1] == word[first] &&
         typed.compare(first + 2, std::string_view::npos, word, first + 2, std::string_view::npos) == 0;
}

void add_unique(std::vector<std::string>& items, const std::string& item) {
  if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

// Orders aspects by weight, weighs words the index has never seen (new needs,
// but also typos and rare filler; not thesaurus concepts) at half the lightest known aspect, keeps the
// strongest few, normalises the weights to sum 1 and marks the essential ones:
// those that carry most of the need.
void finish_aspects(std::vector<AspectPlan>& plans) {
  double lightest_known = 0;
  for (const auto& plan : plans) {
    if (plan.known && (lightest_known == 0 || plan.aspect.weight < lightest_known)) lightest_known = plan.aspect.weight;
  }
  if (lightest_known > 0) {
    for (auto& plan : plans) {
      // A thesaurus concept no record mentions is what the market lacks, not a typo.
      if (!plan.known && !plan.from_thesaurus) plan.aspect.weight = 0.5 * lightest_known;
    }
  }
  std::stable_sort(plans.begin(), plans.end(),
                   [](const AspectPlan& a, const AspectPlan& b) { return a.aspect.weight > b.aspect.weight; });
  if (plans.size() > kMaxAspects) {
    // A demand in words the market has never used ("logge inn med skolepåloggingen (Feide)")
    // is what no product covers: it stays, past the strongest few, where it would be cut.
    const auto new_demand = [](const AspectPlan& plan) {
      return !plan.known && !plan.from_thesaurus && plan.qualifying;
    };
    const auto cut = std::stable_partition(plans.begin() + kMaxAspects, plans.end(), new_demand);
    plans.erase(std::min(cut, plans.begin() + kMaxAspects + kMaxNewDemands), plans.end());
  }
  const double total = std::accumulate(plans.begin(), plans.end(), 0.0,
                                       [](double sum, const AspectPlan& plan) { return sum + plan.aspect.weight; });
  // Essential aspects are chosen among what must be solved, as the thesaurus names
  // it; plain words and the context (who, where) only when a need names nothing else.
  // What a need names only as its purpose ("..., så en forværring bliver opdaget") is
  // why it exists, not what a product must do; what it names only as what it already
  // has ("Vi bruger et vendesystem ...") or as its people's condition ("borgere med
  // bensår") is its situation.
  // When the need's title or request names such concepts, they are the core.
  // What only a sentence that adds a demand asks for ("I tillegg vil vi at vannet stenges av
  // en ventil") is a demand on the core, not the core.
  const bool asked_core = std::any_of(plans.begin(), plans.end(),
                                      [&](const AspectPlan& plan) { return plan.asked_as_core && may_be_core(plan); });
  const auto core_of = [&](const AspectPlan& plan) { return may_be_core(plan) && (plan.asked_as_core || !asked_core); };
  const bool has_core = std::any_of(plans.begin(), plans.end(), core_of);
  double core_total = 0;
  for (const auto& plan : plans) {
    if (!has_core || core_of(plan)) core_total += plan.aspect.weight;
  }
  double cumulative = 0;
  std::size_t essential = 0;
  for (auto& plan : plans) {
    const bool candidate = (!has_core || core_of(plan)) && !is_example_means(plan);
    const double share = core_total > 0 ? plan.aspect.weight / core_total : 0;
    plan.aspect.essential = candidate && essential < kMaxEssential &&
                            (cumulative < kEssentialShare || share >= kEssentialWeight);
    if (plan.aspect.essential) ++essential;
    if (candidate) cumulative += share;
    plan.aspect.weight = total > 0 ? plan.aspect.weight / total : 0;
  }
}

// True if one of `phrases` occurs in `words` starting at a position `from` allows (all
// positions when `from` is empty).
bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::vector<std::string>>& phrases,
                     const std::vector<bool>& from = {}) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!from.empty() && (i >= from.size() || !from[i])) continue;
    for (const auto& phrase : phrases) {
      if (phrase_at(words, i, phrase)) return true;
    }
  }
  return false;
}

// True if the municipality's own staff wish for something ("Fysioterapeuterne vil derfor
// lave personlige træningsprogrammer", "Personalet ønsker", "The nurses want"): they are
// the municipality, and their wish is its request, where a citizen's wish ("Borgeren vil
// gerne ...") tells the situation.
bool staff_wish(const std::vector<std::string>& words) {
  static const std::set<std::string> staff{"personalet",
                                           "medarbejderne",
                                           "sygeplejerskerne",
                                           "fysioterapeuterne",
                                           "ergoterapeuterne",
                                           "terapeuterne",
                                           "pædagogerne",
                                           "hjemmeplejen",
                                           "nattevagterne",
                                           "rådgiverne",
                                           "sagsbehandlerne",
                                           "lærerne",
                                           "personalen",
                                           "sjuksköterskorna",
                                           "arbetsterapeuterna",
                                           "fysioterapeuterna",
                                           "medarbetarna",
                                           "pedagogerna",
                                           "hemtjänsten",
                                           "ansatte",
                                           "sykepleierne",
                                           "fysioterapeutene",
                                           "ergoterapeutene",
                                           "hjemmetjenesten",
                                           "staff",
                                           "nurses",
                                           "therapists",
                                           "physiotherapists",
                                           "carers",
                                           "physios",
                                           "behandlerne",
                                           "behandlarna",
                                           "teamet",
                                           "teamene",
                                           "team"};
  static const std::set<std::string> wish{"vil", "ønsker", "vill", "önskar", "want", "wants"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (staff.count(words[i]) == 0) continue;
    if (wish.count(words[i + 1]) != 0 || phrase_at(words, i + 1, {"would", "like"})) return true;
  }
  return false;
}

// Phrases that open a request: the sentence that holds one says what the need asks,
// while the others tell the situation ("Nattevagterne går runder ... Vi vil i stedet
// kunne tjekke på afstand ..."). The municipality asks as "vi"/"we", as "kommunen", or in
// the passive ("Der søges en løsning"), and what it pictures it asks for ("Vi forestiller os
// et rum, hvor ..."); a wish of someone else in the need ("Borgeren vil gerne ...") tells the
// situation.
bool asks(const std::vector<std::string>& words) {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      // Danish (and Norwegian where they share the words)
      {"vi", "vil"}, {"vi", "ønsker"}, {"vi", "søger"}, {"vi", "leder"}, {"vi", "mangler"}, {"vi", "har", "brug"},
      {"vi", "har", "behov"}, {"vi", "kunne", "tænke"}, {"vi", "kunne", "godt", "tænke"}, {"vi", "skal", "have"},
      {"vi", "efterlyser"}, {"vi", "efterspørger"}, {"vi", "er", "interesseret"}, {"vi", "er", "interesserede"},
      {"vi", "overvejer"}, {"kommunen", "søger"}, {"kommunen", "ønsker"},
      // A mandate is the need's request: "Direktionen har bedt os se på, om ...", "har bett
      // oss", "has asked us to".
      {"bedt", "os"}, {"bett", "oss"}, {"asked", "us"}, {"kommunen", "vil"}, {"kommunen", "leder"},
      {"kommunen", "har", "brug"}, {"der", "søges"},
      // English
      {"we", "need"}, {"we", "want"}, {"we", "only", "want"}, {"we", "would", "like"}, {"we", "are", "looking"},
      {"looking", "for"}, {"we", "are", "seeking"}, {"we", "seek"}, {"we", "require"}, {"we", "wish"},
      {"we", "are", "interested"}, {"we", "are", "considering"},
      // Swedish
      {"vi", "behöver"}, {"vi", "söker"}, {"vi", "vill"}, {"vi", "önskar"}, {"vi", "letar"},
      {"vi", "skulle", "vilja"}, {"vi", "är", "intresserade"}, {"vi", "överväger"},
      // Norwegian
      {"vi", "trenger"}, {"vi", "ser", "etter"}, {"vi", "leter"}, {"vi", "har", "bruk"}, {"vi", "er", "interessert"},
      {"vi", "er", "interesserte"},
      // What the municipality weighs or thinks of getting ("Vi vurderer å kjøpe behandling hos
      // psykolog over video", "Vi tænker på behandling hos en psykolog over video", "så vi
      // tenker en elektrisk scooter for utendørs bruk"; not "Vi tænker, at ...").
      {"vi", "vurderer", "å"}, {"vi", "vurderer", "at"}, {"vi", "tænker", "på"}, {"vi", "tenker", "på"},
      {"vi", "tänker", "på"}, {"we", "are", "thinking", "of"}, {"we", "are", "thinking", "about"},
      {"vi", "tænker", "en"}, {"vi", "tænker", "et"}, {"vi", "tenker", "en"}, {"vi", "tenker", "et"},
      {"vi", "tenker", "ei"},
      // A purchase planned is a request ("We are planning to buy a stationary gait trainer").
      {"we", "are", "planning", "to", "buy"}, {"we", "plan", "to", "buy"}, {"we", "intend", "to", "buy"},
      {"vi", "planlægger", "at", "købe"}, {"vi", "planlægger", "at", "anskaffe"}, {"vi", "planerar", "att", "köpa"},
      {"vi", "planlegger", "å", "kjøpe"}, {"vi", "planlegger", "å", "anskaffe"},
      // The verb before "vi" after a fronted clause or adverb ("Derfor søger vi", "Før vi
      // beslutter noget, vil vi gerne undersøge", "Därför söker vi", "Nå trenger vi").
      {"vil", "vi"}, {"ønsker", "vi"}, {"søger", "vi"}, {"leder", "vi"}, {"mangler", "vi"}, {"har", "vi", "brug"},
      {"har", "vi", "behov"}, {"efterlyser", "vi"}, {"vill", "vi"}, {"söker", "vi"}, {"behöver", "vi"},
      {"önskar", "vi"}, {"letar", "vi"}, {"trenger", "vi"}, {"søker", "vi"}, {"leter", "vi"}, {"har", "vi", "bruk"}};
  // clang-format on
  // Whoever looks for it ("Ergoterapeuten leder efter en stol, der ..."); not for a person
  // or the way ("nogle går ud og leder efter nogen", "hun leder efter vejen hjem"): a
  // citizen who searches tells the situation.
  static const std::vector<std::vector<std::string>> looks_for{
      {"leder", "efter"}, {"søger", "efter"}, {"letar", "efter"}, {"leter", "etter"}};
  static const std::set<std::string> sought_person{"nogen", "någon", "noen",  "someone", "somebody", "vejen", "vägen",
                                                   "veien", "ham",   "hende", "honom",   "henne",    "dem",   "sin",
                                                   "sine",  "sina",  "sit",   "sitt",    "mig",      "meg",   "mej"};
  const auto looks_for_something = [&] {
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (const auto& phrase : looks_for) {
        if (!phrase_at(words, i, phrase)) continue;
        const std::size_t next = i + phrase.size();
        if (next >= words.size() || sought_person.count(words[next]) == 0) return true;
      }
    }
    return false;
  };
  // A request joined to what the municipality does ("Vi indretter et nyt skærmningsrum og
  // vil gerne have en lænestol"): the same "vi", left out.
  static const std::vector<std::vector<std::string>> joined{
      {"og", "vil", "gerne", "have"}, {"og", "vil", "gjerne", "ha"}, {"och", "vill", "gärna", "ha"}};
  // What the municipality pictures ("Vi forestiller os et rum, hvor ...").
  static const std::vector<std::vector<std::string>> pictures{{"vi", "forestiller", "os"},
                                                              {"vi", "ser", "for", "oss"},
                                                              {"vi", "tänker", "oss"},
                                                              {"we", "envisage"},
                                                              {"we", "envision"}};
  // ... but not how it plans to begin ("Vi tänker oss att börja med två stolar per avdelning").
  static const std::set<std::string> to{"at", "att", "å", "to"};
  static const std::set<std::string> begin{"starte", "begynde", "börja", "starta", "begynne", "start", "begin"};
  const auto pictured = [&] {
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (const auto& phrase : pictures) {
        if (!phrase_at(words, i, phrase)) continue;
        const std::size_t next = i + phrase.size();
        const bool plans_start =
            next + 1 < words.size() && to.count(words[next]) != 0 && begin.count(words[next + 1]) != 0;
        if (!plans_start) return true;
      }
    }
    return false;
  };
  // A need said impersonally, as the sentence's opening ("Der er brug for en el-kørestol, …"); not
  // a clause of when ("…, når der er brug for det").
  static const std::vector<std::vector<std::string>> impersonal{
      {"der", "er", "brug", "for"}, {"der", "er", "behov", "for"},   {"det", "er", "behov", "for"},
      {"det", "er", "bruk", "for"}, {"det", "finns", "behov", "av"}, {"there", "is", "a", "need", "for"}};
  const bool opens_impersonally = std::any_of(impersonal.begin(), impersonal.end(),
                                              [&](const auto& opener) { return phrase_at(words, 0, opener); });
  return contains_phrase(words, openers) || looks_for_something() || contains_phrase(words, joined) || pictured() ||
         staff_wish(words) || opens_impersonally;
}

// True if a question leaves its list of options open ("Er det sensorer, AI eller noget
// helt andet, der giver mest?"): it weighs options and asks for none of them. A request
// that allows for alternatives ("en sengealarm eller noget andet, der opdager fald.")
// still asks for what it names.
bool weighs_options(const std::vector<std::string>& words, char terminator) {
  static const std::vector<std::vector<std::string>> open_options{
      {"eller", "noget", "helt", "andet"}, {"eller", "noget", "andet"}, {"eller", "noe", "helt", "annet"},
      {"eller", "noe", "annet"},           {"eller", "något", "helt", "annat"}, {"eller", "något", "annat"},
      {"or", "something", "else"},         {"or", "something", "completely", "different"}};
  return terminator == '?' && contains_phrase(words, open_options);
}

// Phrases that open a description of what a municipality already has or has tried
// ("Vi har sengealarmer på stuerne, men ..."): the background of a need. What anyone has
// tried is ("Ergoterapeuterne har prøvet forskellige skærebrætter, men ...").
bool tells_what_exists(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> openers{
      // Tried, by anyone (Danish, Norwegian, Swedish, English)
      {"har", "prøvet"},
      {"har", "afprøvet"},
      {"har", "testet"},
      {"har", "prøvd"},
      {"har", "provat"},
      {"har", "testat"},
      // the same after a fronted adverb ("I halvandet år har vi afprøvet ...")
      {"har", "vi", "prøvet"},
      {"har", "vi", "afprøvet"},
      {"har", "vi", "testet"},
      {"har", "vi", "prøvd"},
      {"har", "vi", "provat"},
      {"har", "vi", "testat"},
      {"have", "tried"},
      {"has", "tried"},
      // Danish (and Norwegian where they share the words), with the verb first after a
      // fronted adverb ("I dag bruger vi ...")
      {"vi", "har", "installeret"},
      {"vi", "har", "købt"},
      {"vi", "har", "indført"},
      {"vi", "har", "implementeret"},
      {"vi", "bruger"},
      {"vi", "anvender"},
      {"vi", "tilbyder"},
      {"vi", "har", "allerede"},
      {"vi", "allerede"},
      // what anyone has already ("Han har allerede en tablet fra hjælpemiddeldepotet")
      {"har", "allerede"},
      {"har", "redan"},
      // the same with the subject after the verb ("Nødkald har hun allerede")
      {"har", "hun", "allerede"},
      {"har", "han", "allerede"},
      {"har", "de", "allerede"},
      {"har", "hon", "redan"},
      {"har", "han", "redan"},
      {"har", "de", "redan"},
      {"has", "already"},
      {"have", "already"},
      {"already", "has"},
      {"already", "have"},
      {"bruger", "vi"},
      {"anvender", "vi"},
      // English
      {"we", "have", "installed"},
      {"we", "use"},
      {"we", "offer"},
      {"we", "already"},
      {"we", "have", "bought"},
      {"we", "have", "introduced"},
      {"we", "have", "implemented"},
      {"we", "bought"},
      {"we", "tried"},
      {"we", "installed"},
      // Swedish
      {"vi", "använder"},
      {"vi", "har", "installerat"},
      {"vi", "har", "köpt"},
      {"vi", "har", "infört"},
      {"vi", "erbjuder"},
      {"vi", "har", "redan"},
      {"vi", "redan"},
      {"använder", "vi"},
      // Norwegian
      {"vi", "bruker"},
      {"vi", "har", "installert"},
      {"vi", "har", "kjøpt"},
      {"vi", "har", "innført"},
      {"vi", "har", "implementert"},
      {"vi", "tilbyr"},
      {"bruker", "vi"},
      // what has not helped or sufficed ("Påmindelser, skilte og farvede bremsegreb har ikke
      // hjulpet", "Läkemedel och bäckenbottenträning har inte räckt"): tried, so background
      {"har", "ikke", "hjulpet"},
      {"har", "ikke", "virket"},
      {"har", "ikke", "været", "nok"},
      {"har", "inte", "hjälpt"},
      {"har", "inte", "räckt"},
      {"har", "inte", "fungerat"},
      {"har", "ikke", "fungert"},
      {"har", "ikke", "vært", "nok"},
      {"has", "not", "helped"},
      {"have", "not", "helped"},
      {"haven", "t", "helped"},
      {"hasn", "t", "helped"},
      {"did", "not", "help"},
      {"didn", "t", "help"}};
  // Not after a conjunction of time or condition: "Når vi har indført ny teknologi, kan vi
  // sjældent vise ..." speaks of any technology, not of one the municipality has.
  static const std::set<std::string> when{"når", "när", "hvis", "om", "if", "when", "once", "whenever"};
  std::vector<bool> told(words.size(), true);
  for (std::size_t i = 1; i < words.size(); ++i) told[i] = when.count(words[i - 1]) == 0;
  return contains_phrase(words, openers, told);
}

// True if a sentence sets its topic aside as another matter ("… men det må blive en anden
// sag", "but that's a separate matter", "den hanteras i ett separat ärende", "tages op på
// næste møde", "ingår inte i frågan") or says it is not lacked ("så det mangler vi ikke"):
// what it names is not what the need asks, even where the sentence reads as a request.
bool sets_topic_aside(const std::vector<std::string>& words) {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"en", "anden", "sag"}, {"en", "separat", "sag"}, {"en", "sag", "for", "sig"}, {"et", "andet", "spor"},
      {"tages", "op", "på", "næste"}, {"indgår", "ikke"}, {"ikke", "det", "vi", "spørger", "om"},
      {"mangler", "vi", "ikke"}, {"vi", "mangler", "ikke"},
      {"en", "annen", "sak"}, {"en", "egen", "sak"}, {"en", "separat", "sak"}, {"tas", "opp", "på", "neste"},
      {"inngår", "ikke"},
      {"en", "annan", "sak"}, {"ett", "separat", "ärende"}, {"ett", "annat", "ärende"}, {"tas", "upp", "på", "nästa"},
      {"ingår", "inte"}, {"inte", "det", "vi", "frågar", "om"}, {"saknar", "vi", "inte"}, {"vi", "saknar", "inte"},
      {"a", "separate", "matter"}, {"another", "matter"}, {"a", "different", "matter"}, {"a", "separate", "issue"},
      {"a", "separate", "question"}, {"not", "what", "we", "are", "asking"}};
  // clang-format on
  return contains_phrase(words, phrases);
}

// Modal verbs before a negation make it a prohibition ("må ikke", "must not", "får inte").
bool is_modal(const std::string& word) {
  static const std::set<std::string> modals{"må",    "skal", "bør", "får", "must", "should",
                                            "shall", "may",  "ska", "bör", "skall"};
  return modals.count(word) != 0;
}

// True if a sentence makes a remark in passing ("Kaffeklubben har i øvrigt spurgt om noget
// lignende", "by the way", "forresten"), says a topic is seen to elsewhere ("Madservice er
// bestilt separat", "Smertepumpen ordner vi selv"), not relevant or no part of the need
// ("Iltbehandling er ikke aktuel", "er ikke en del af ønsket"), or going on as it is ("det
// fortsætter uændret", "det fungerer fint"): a topic beside the need, told as what the
// municipality has is. Read only where the sentence asks nothing, and not after a modal,
// where the words mean "moreover" ("Løsningen skal i øvrigt kunne …").
bool remarks_in_passing(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"i", "øvrigt"}, {"forresten"}, {"separat"}, {"ordner", "vi", "selv"}, {"klarer", "vi", "selv"},
      {"ikke", "aktuel"}, {"ikke", "aktuelt"}, {"ikke", "relevant"}, {"ikke", "relevante"},
      {"ikke", "en", "del", "af"}, {"fortsætter", "som", "i", "dag"}, {"fortsætter", "uændret"},
      {"det", "fungerer", "fint"}, {"det", "fungerer", "godt"},
      {"for", "øvrig"}, {"forøvrig"}, {"ordner", "vi", "sjøl"}, {"ikke", "aktuell"}, {"ikke", "en", "del", "av"},
      {"fortsetter", "som", "i", "dag"}, {"det", "fungerer", "bra"},
      {"i", "övrigt"}, {"för", "övrigt"}, {"förresten"}, {"sköter", "vi", "själva"}, {"inte", "aktuell"},
      {"inte", "aktuellt"}, {"inte", "relevant"}, {"inte", "relevanta"}, {"inte", "en", "del", "av"},
      {"fortsätter", "som", "idag"}, {"fortsätter", "som", "i", "dag"}, {"det", "fungerar", "bra"},
      {"by", "the", "way"}, {"incidentally"}, {"separately"}, {"we", "handle", "ourselves"}, {"not", "relevant"},
      {"not", "part", "of"}, {"continues", "as", "today"}, {"continues", "as", "before"}, {"that", "works", "well"},
      {"that", "works", "fine"}};
  // clang-format on
  std::vector<bool> not_after_modal(words.size(), true);
  for (std::size_t i = 1; i < words.size(); ++i) not_after_modal[i] = !is_modal(words[i - 1]);
  return contains_phrase(words, phrases, not_after_modal);
}

// True if a sentence tells of a point put off ("Pkt. 5 Nye skriveborde: udsat.", "Punktet
// om nøkkelbokser ble utsatt til neste møte", "Item 5 (key boxes) was postponed"): a
// minute's other topic, beside the need. The Danish and Norwegian participles also mean
// "exposed" ("udsat for vold", "socialt udsat borger"), so they count only at the end of
// the sentence or before the time they were put off to ("udsat til næste møde").
bool tells_of_a_point_put_off(const std::vector<std::string>& words) {
  static const std::set<std::string> put_off{"udskudt",   "uppskjuten", "uppskjutet",
                                             "bordlades", "postponed",  "deferred"};
  static const std::set<std::string> put_off_or_exposed{"udsat", "utsatt", "bordlagt"};
  static const std::set<std::string> until{"til", "till", "until"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (put_off.count(words[i]) != 0) return true;
    const bool at_end_or_until = i + 1 == words.size() || until.count(words[i + 1]) != 0;
    if (put_off_or_exposed.count(words[i]) != 0 && at_end_or_until) return true;
  }
  return false;
}

// True if a line opens with the heading of a minute's other business ("Øvrigt: …",
// "Eventuelt:", "AOB:"): the rest of the line is beside the need.
bool opens_other_business(std::string_view sentence) {
  static const std::set<std::string, std::less<>> headings{
      "øvrigt", "eventuelt", "evt", "diverse", "övrigt", "annet", "aob", "any other business", "other business"};
  const auto colon = sentence.find(':');
  if (colon == std::string_view::npos) return false;
  std::size_t start = 0;
  while (start < colon && (sentence[start] == ' ' || sentence[start] == '-' || sentence[start] == '*')) ++start;
  return headings.count(to_lower(sentence.substr(start, colon - start))) != 0;
}

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

// True if a sentence ends at `i`: a line break, or . ! ? before a space or the end. The dot
// of an abbreviation ends one only where the next word is capitalised ("... osv. Vi søger").
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

enum class Sentence { tells, asks, has };

// Calls visit(sentence, terminator) for each sentence of `text` in order (ends_sentence):
// its text and the character that ends it ('\0' for a last sentence that runs to the end
// of the text).
template <typename Visit>
void for_each_sentence_text(std::string_view text, Visit visit) {
  std::size_t start = 0;
  for (std::size_t end = 0; end <= text.size(); ++end) {
    if (end < text.size() && !ends_sentence(text, end)) continue;
    visit(text.substr(start, end - start), end < text.size() ? text[end] : '\0');
    start = end + 1;
  }
}

// Calls visit(words, terminator) for each sentence of `text` in order: its tokenize()
// words, which together are tokenize(text), and the character that ends it.
template <typename Visit>
void for_each_sentence(std::string_view text, Visit visit) {
  for_each_sentence_text(text,
                         [&](std::string_view sentence, char terminator) { visit(tokenize(sentence), terminator); });
}

// For each word of tokenize(text): the number of its sentence, from 0.
std::vector<std::size_t> sentence_numbers(std::string_view text) {
  std::vector<std::size_t> numbers;
  std::size_t sentence = 0;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char /*terminator*/) {
    numbers.insert(numbers.end(), words.size(), sentence++);
  });
  return numbers;
}

// For each word of tokenize(text): the index one past the last word of its sentence.
std::vector<std::size_t> sentence_ends_of(std::string_view text) {
  std::vector<std::size_t> ends;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char /*terminator*/) {
    ends.insert(ends.end(), words.size(), ends.size() + words.size());
  });
  return ends;
}

// True if a request points back to what the sentence before it named ("Vi ønsker at
// anskaffe sådan et", "We want one like that", "Vi vil ha noe slikt").
bool points_back(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> phrases{
      {"sådan"}, {"sådant"}, {"sådanne"}, {"sådana"}, {"slik"}, {"slikt"}, {"slike"}, {"such"},
      {"like", "that"}, {"like", "those"}, {"like", "this"}};
  // "slik at", "sådan at", "such that": so that, a purpose, not the thing told before.
  static const std::set<std::string> purpose{"at", "att", "that"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& phrase : phrases) {
      if (!phrase_at(words, i, phrase)) continue;
      const std::size_t next = i + phrase.size();
      if (next < words.size() && purpose.count(words[next]) != 0) continue;
      return true;
    }
  }
  return false;
}

// In a request that opens by telling what exists and turns with "men"/"but" to what is
// asked ("Selve medicingivningen signerer vi allerede digitalt, men vi mangler et
// lagerregnskab"), the number of words before the turn: the background of the request.
// 0 when the request has no such opening.
std::size_t told_before_request(const std::vector<std::string>& words) {
  const auto turn =
      std::find_if(words.begin(), words.end(), [](const std::string& word) { return word == "men" || word == "but"; });
  if (turn == words.begin() || turn == words.end()) return 0;
  const std::vector<std::string> before(words.begin(), turn), after(turn, words.end());
  return tells_what_exists(before) && !asks(before) && asks(after) ? before.size() : 0;
}

// For each sentence of `text`, split where for_each_sentence splits it: true if it opens
// inside a quotation or with its opening mark ("Fra udkastet til strategien: 'Kommunen vil gå
// nye veje …'"): someone else's words, quoted, not what the need asks. Double marks open and
// close by turns; a single one opens after a space, a colon or the start and before a letter,
// and closes before anything but a letter ("80'erne" and "citizens' homes" are no quotations).
std::vector<bool> quoted_sentences(std::string_view text) {
  const auto letter = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) != 0 || byte >= 0x80;
  };
  std::vector<bool> out;
  bool in_double = false, in_single = false;  // a quotation may run on over sentences
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    bool seen_start = false, quoted = false;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const char c = sentence[i];
      const bool opens_single =
          c == '\'' && (i == 0 || sentence[i - 1] == ' ' || sentence[i - 1] == ':' || sentence[i - 1] == '\n') &&
          i + 1 < sentence.size() && letter(sentence[i + 1]);
      if (!seen_start && c != ' ') {
        seen_start = true;
        quoted = in_double || in_single || c == '"' || opens_single;
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
  });
  return out;
}

// The length in bytes of the double quotation mark at `i` of `text` (" “ ” „ « »), or 0.
std::size_t quotation_mark_at(std::string_view text, std::size_t i) {
  static const std::array<std::string_view, 6> marks{"\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"};
  for (const auto mark : marks) {
    if (text.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// For each word of tokenize(text): true if it lies in a short quotation within a sentence
// (at most kMaxCitedWords words between double marks, which open and close by turns):
// words someone said or wrote, cited ("faste sætninger som \"jeg har ondt\"", "mere sprog
// end \"spise/drikke/toilet\"", "lederen ønsker \"noget med AI\""), not what the need asks for.
// A longer quotation is a passage, read as the need's words (quoted_sentences).
std::vector<bool> cited_words(std::string_view text) {
  constexpr std::size_t kMaxCitedWords = 6;
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return {};  // the spans below are the text's too
  const auto spans = word_spans(lower);
  std::vector<bool> out(spans.size());
  // The words whose bytes lie in [begin, end).
  const auto mark_words = [&](std::size_t begin, std::size_t end) {
    std::size_t first = 0;
    while (first < spans.size() && spans[first].begin < begin) ++first;
    std::size_t last = first;
    while (last < spans.size() && spans[last].end <= end) ++last;
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

// For each word of tokenize(text): what its sentence does. A request that points back
// (points_back) asks for what the sentence before it told: "Vi har hørt om interaktive
// lysspil, der … Vi ønsker at anskaffe sådan et."
std::vector<Sentence> sentence_kinds(std::string_view text) {
  std::vector<Sentence> marks;
  std::size_t previous = 0;  // where the sentence before this one begins in `marks`
  const auto quoted = quoted_sentences(text);
  std::size_t sentence = 0;
  bool other_business = false;  // in a line opened by opens_other_business()
  for_each_sentence_text(text, [&](std::string_view sentence_text, char terminator) {
    const auto words = tokenize(sentence_text);
    const bool quote = sentence < quoted.size() && quoted[sentence];
    ++sentence;
    other_business = other_business || opens_other_business(sentence_text);
    const bool aside = other_business || sets_topic_aside(words);
    if (terminator == '\n' || terminator == '\0') other_business = false;
    // A need's question asks for what it names ("Kan man få en løsning, der ...?").
    const bool request = !aside && !quote && (asks(words) || terminator == '?') && !weighs_options(words, terminator);
    if (request && points_back(words)) {
      std::fill(marks.begin() + static_cast<std::ptrdiff_t>(previous), marks.end(), Sentence::asks);
    }
    if (!words.empty()) previous = marks.size();
    const std::size_t told = request ? told_before_request(words) : 0;
    marks.insert(marks.end(), told, Sentence::has);
    const bool beside = aside || (!request && (remarks_in_passing(words) || tells_of_a_point_put_off(words)));
    marks.insert(marks.end(), words.size() - told,
                 request                              ? Sentence::asks
                 : beside || tells_what_exists(words) ? Sentence::has
                                                      : Sentence::tells);
  });
  return marks;
}

// The text up to the end of its first sentence or line: a need's title or opening.
std::string_view first_sentence(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ends_sentence(text, i)) return text.substr(0, i);
  }
  return text;
}

// Words that negate the rest of their clause in the four need languages ("t" is what
// tokenising "don't" leaves). Scope ends at punctuation or a contrasting "but".
bool is_negation(const std::string& word) {
  static const std::set<std::string> cues{"ikke",    "uden", "ingen", "intet", "aldrig", "hverken", "inte", "utan",
                                          "inga",    "uten", "aldri", "ikkje", "not",    "no",      "without", "never",
                                          "neither", "nor",  "t",     "cannot"};
  return cues.count(word) != 0;
}

// A contrast or a new coordinated or subordinate clause ends a negation's scope
// ("finder ikke vej og falder": the fall is asked about).
bool ends_negation(const std::string& word) {
  static const std::set<std::string> ends{"men", "but", "mens", "og", "and", "och", "så", "so",
                                          "når", "when", "hvis", "if", "om", "fordi", "because"};
  return ends.count(word) != 0;
}

constexpr std::size_t kNegationScopeWords = 5;  // a negation rarely reaches further

// A clause that says when something happens ("når borgeren ikke er tilbage i sengen",
// "if they do not get up"): a negation in it names the event a product must notice,
// it rules nothing out.
bool opens_condition(const std::string& word) {
  static const std::set<std::string> opens{"når", "hvis", "if", "when", "whenever", "när", "ifall", "dersom"};
  return opens.count(word) != 0;
}

bool is_contrast(const std::string& word) { return word == "men" || word == "but" || word == "mens"; }

// "en", "et", "ett", "ei", "a", "an": the indefinite articles of the four languages.
bool is_indefinite_article(const std::string& word) {
  static const std::set<std::string> articles{"en", "et", "ett", "ei", "a", "an"};
  return articles.count(word) != 0;
}

bool is_conjunction(const std::string& word) {
  return word == "og" || word == "eller" || word == "och" || word == "and" || word == "or";
}

// A clause ends at a comma, semicolon or colon, and where a sentence ends (not at the dots
// inside "f.eks." or "3.5").
bool is_clause_break(std::string_view text, std::size_t i) {
  const char c = text[i];
  return c == ',' || c == ';' || c == ':' ||
         ((c == '.' || c == '!' || c == '?' || c == '\n') && ends_sentence(text, i));
}

// Calls `visit(words, after_comma)` for each clause of `text` in order, with the clause's
// tokenize() words and whether a comma opens it; the words of all clauses together are
// tokenize(text).
template <typename Visit>
void for_each_clause(std::string_view text, Visit visit) {
  std::size_t start = 0;
  for (std::size_t end = 0; end <= text.size(); ++end) {
    if (end < text.size() && !is_clause_break(text, end)) continue;
    visit(tokenize(text.substr(start, end - start)), start > 0 && text[start - 1] == ',');
    start = end + 1;
  }
}

// Where the words denied by a negation at `i` end, when it denies that they are needed:
// after a passive verb of need, before the verb ("Någon ståfunktion behövs inte", "kræves
// ikke"); before a predicate of need, before the negation ("is not needed", "er ikke
// nødvendig"). Otherwise none.
std::optional<std::size_t> end_of_denied_need(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> passive_need{"behøves", "behövs", "trengs", "kræves", "krävs", "kreves"};
  static const std::set<std::string> needed{"needed",     "necessary", "required",   "nødvendig",  "nødvendigt",
                                            "nødvendige", "nödvändig", "nödvändigt", "nödvändiga", "påkrævet"};
  if (i > 0 && passive_need.count(words[i - 1]) != 0) return i - 1;
  if (i + 1 < words.size() && needed.count(words[i + 1]) != 0) return i;
  return std::nullopt;
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

// Marks the words before the negation at `i` of a clause that denies they are needed,
// back to the clause's start or a word that ends a negation's scope: "Någon ståfunktion
// behövs inte" rules out the standing function.
// The clause's words are `negated` from `clause_start` on.
void mark_denied_need(const std::vector<std::string>& words, std::size_t i, std::vector<bool>& negated,
                      std::size_t clause_start) {
  const auto end = end_of_denied_need(words, i);
  if (!end) return;
  // The whole subject: "GPS eller noget til udendørs brug er ikke nødvendigt" denies GPS too.
  for (std::size_t back = 1; back <= *end; ++back) {
    if (ends_negation(words[*end - back])) break;
    negated[clause_start + *end - back] = true;
  }
}

}  // namespace

std::vector<bool> negated_words(std::string_view text, std::vector<bool>* likened) {
  std::vector<bool> negated;
  if (likened != nullptr) likened->clear();
  for_each_clause(text, [&](const std::vector<std::string>& words, bool /*after_comma*/) {
    const std::size_t clause_start = negated.size();
    std::size_t scope = 0;           // words still negated
    std::size_t likeness_scope = 0;  // words still compared with (denies_likeness)
    bool condition = false;          // in a clause that says when something happens
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto& word = words[i];
      if (ends_negation(word)) scope = likeness_scope = 0;
      if (is_contrast(word)) condition = false;
      if (opens_condition(word)) condition = true;
      negated.push_back(scope > 0);
      if (likened != nullptr) likened->push_back(likeness_scope > 0);
      if (scope > 0) --scope;
      if (likeness_scope > 0) --likeness_scope;
      if (!is_negation(word)) continue;
      // A prohibition rules out even where it says when ("når vi tjekker må vi ikke vække
      // dem"): a modal verb one or two words before the negation.
      const bool prohibition = (i > 0 && is_modal(words[i - 1])) || (i > 1 && is_modal(words[i - 2]));
      if (denies_likeness(words, i)) {
        likeness_scope = kNegationScopeWords;
      } else if ((!condition || prohibition) && !tells_lack_of_time(words, i)) {
        scope = kNegationScopeWords;
      }
      mark_denied_need(words, i, negated, clause_start);
    }
  });
  return negated;
}

namespace {

// Phrases of a need that asks to develop something new, or says the market lacks it:
// the guide's step 3 (co-develop), whatever the index holds.
const std::vector<std::vector<std::string>>& develop_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"udvikle"}, {"udvikles"}, {"samudvikle"}, {"utveckla"}, {"utvikle"}, {"develop"},
      // a partnership to develop ("åbne for et udviklingssamarbejde", "a development partner")
      {"udviklingssamarbejde"}, {"udviklingspartner"}, {"udviklingspartnere"}, {"samudvikling"},
      {"utvecklingssamarbete"}, {"utvecklingspartner"}, {"utviklingssamarbeid"}, {"utviklingspartner"},
      {"development", "partner"}, {"development", "partners"}, {"development", "partnership"}, {"co", "development"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that says the market lacks what it asks for.
const std::vector<std::vector<std::string>>& market_lacks_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"ikke", "fundet"}, {"ikke", "set", "noget"}, {"kender", "ikke", "noget"}, {"intet", "der"},
      {"findes", "ikke"}, {"inte", "hittat"}, {"ikke", "funnet"}, {"not", "found"}, {"haven", "t", "found"},
      {"nothing", "on", "the", "market"}, {"does", "not", "exist"},
      // not found however it was looked for ("Vi har ikke kunnet finde noget på markedet",
      // "none of them seems to do this")
      {"ikke", "kunnet", "finde"}, {"kunne", "ikke", "finde", "noget"}, {"inte", "kunnat", "hitta"},
      {"kunde", "inte", "hitta", "något"}, {"ikke", "kunnet", "finne"}, {"kunne", "ikke", "finne", "noe"},
      {"could", "not", "find"}, {"couldn", "t", "find"}, {"none", "of", "them", "seems"},
      // asked suppliers without an answer ("Vores leverandører har ikke kunnet pege på noget")
      {"ikke", "kunnet", "pege", "på"}, {"inte", "kunnat", "peka", "på"}, {"ikke", "kunnet", "peke", "på"},
      {"could", "not", "point", "to"}, {"couldn", "t", "point", "to"},
      {"none", "of", "them", "seem"},
      // looked for without finding ("Vi har ledt i markedsoversigten uden at finde noget")
      {"uden", "at", "finde", "noget"}, {"utan", "att", "hitta", "något"}, {"uten", "å", "finne", "noe"},
      {"without", "finding", "anything"}};
  // clang-format on
  return phrases;
}

// Phrases that ask what the market has ("hvad der findes", "vad finns det", "what exists"):
// exploring, wherever the need asks them (explore_phrases).
const std::vector<std::vector<std::string>>& what_exists_phrases() {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"hvad", "findes", "der"}, {"hvad", "der", "findes"}, {"hva", "finnes", "det"}, {"hva", "som", "finnes"},
      {"vad", "finns", "det"}, {"vad", "som", "finns"}, {"what", "exists"}, {"what", "is", "available"},
      {"what", "is", "out", "there"},
      // whether something exists, asked of the market ("Kan I screene, om der findes noget færdigt?")
      {"om", "der", "findes"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that asks to explore the options or learn from others first:
// the guide's market dialogue; what_exists_phrases() too.
const std::vector<std::vector<std::string>>& explore_phrases() {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"undersøge"}, {"afsøge"}, {"forstå"}, {"vil", "se", "på"}, {"gerne", "se", "på"}, {"vil", "kigge", "på"},
      {"gerne", "kigge", "på"}, {"vide", "hvordan"}, {"se", "på", "om"},
      {"se", "på", "hvordan"}, {"look", "into", "whether"}, {"look", "at", "whether"}, {"look", "at", "how"},
      {"erfaringer"}, {"lære", "af"}, {"metode"}, {"metoder"}, {"strategi"}, {"strategien"},
      {"strategier"}, {"sparre"}, {"hvad", "der", "skal", "til"}, {"vil", "høre"}, {"gerne", "høre"},
      {"hvad", "andre"}, {"hvilke", "andre"}, {"hva", "andre"}, {"vill", "höra"}, {"vad", "andra"},
      {"undersöka"}, {"undersøke"}, {"explore"}, {"find", "out"}, {"learn", "from"}, {"understand"}, {"strategy"},
      {"whether", "there", "is"}, {"whether", "there", "are"}, {"hear", "about"}, {"hear", "from"},
      {"what", "others"}, {"what", "other"}, {"gärna", "höra"}, {"hur", "andra"}, {"hvordan", "andre"},
      // what other municipalities do ("Hvad gør andre kommuner?"), and the pros and cons of ways
      {"gør", "andre"}, {"gjør", "andre"}, {"gör", "andra"}, {"do", "other"}, {"fordele", "og", "ulemper"},
      {"fordeler", "og", "ulemper"}, {"fördelar", "och", "nackdelar"}, {"pros", "and", "cons"},
      {"advantages", "and", "disadvantages"},
      // a dialogue with the market, not with citizens or relatives
      {"markedsdialog"}, {"markedsdialogen"}, {"market", "dialogue"}, {"marknadsdialog"},
      {"dialog", "med", "leverandører"}, {"dialog", "med", "leverandørerne"}, {"dialog", "med", "leverandørene"},
      {"dialog", "med", "markedet"}, {"dialog", "med", "virksomheder"}, {"dialog", "med", "leverantörer"},
      {"dialog", "med", "marknaden"}, {"dialogue", "with", "suppliers"}, {"dialogue", "with", "vendors"},
      {"dialogue", "with", "companies"}, {"dialogue", "with", "the", "market"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that says it has not chosen what to work on: the guide's first step
// (what is the need?) is still open, whatever topics its wishes touch on.
const std::vector<std::vector<std::string>>& undecided_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"ikke", "lagt", "os", "fast"}, {"alle", "idéer"}, {"alle", "ideer"}, {"alle", "ideér"},
      {"ikke", "lagt", "mig", "fast"}, {"ikke", "låst", "os", "fast"}, {"ikke", "låst", "mig", "fast"},
      // only ideas asked for ("Det behöver inte vara genomtänkt än, bara idéer")
      {"bara", "idéer"}, {"kun", "idéer"}, {"kun", "ideer"}, {"bare", "ideer"}, {"just", "ideas"},
      {"hvad", "vi", "konkret", "skal"}, {"hvad", "vi", "skal", "arbejde", "med"}, {"endnu", "ikke", "valgt"},
      {"ikke", "bestemt", "oss"}, {"hva", "vi", "konkret", "skal"}, {"hva", "vi", "skal", "jobbe", "med"},
      {"inte", "bestämt", "oss"}, {"alla", "idéer"}, {"vad", "vi", "konkret", "ska"}, {"vad", "vi", "ska", "arbeta", "med"},
      {"open", "to", "all", "ideas"}, {"not", "yet", "decided"}, {"have", "not", "decided"}, {"haven", "t", "decided"},
      {"what", "we", "should", "work", "on"}, {"hva", "markedet", "kan", "tilby"}, {"hvad", "markedet", "kan", "tilbyde"},
      {"vad", "marknaden", "kan", "erbjuda"}, {"what", "the", "market", "can", "offer"},
      {"hvad", "markedet", "har", "at", "tilbyde"}, {"hva", "markedet", "har", "å", "tilby"},
      {"vad", "marknaden", "har", "att", "erbjuda"}, {"what", "the", "market", "has", "to", "offer"},
      {"hvad", "markedet", "har", "at", "byde", "på"}, {"hvad", "markedet", "kan", "byde", "på"},
      {"hva", "markedet", "har", "å", "by", "på"}, {"hva", "markedet", "kan", "by", "på"},
      // where the market is heading ("hvor markedet bevæger sig hen"): a trend, no problem chosen
      {"hvor", "markedet", "bevæger", "sig"}, {"hvor", "markedet", "er", "på", "vej"}, {"hvor", "markedet", "beveger", "seg"},
      {"vart", "marknaden", "är", "på", "väg"}, {"where", "the", "market", "is", "heading"},
      {"where", "the", "market", "is", "going"},
      // no needs formulated or known yet ("der er ikke formuleret konkrete behov", "vi ved det
      // ikke endnu")
      {"ikke", "formuleret"}, {"inte", "formulerat"}, {"ikke", "formulert"}, {"not", "yet", "formulated"},
      {"vi", "ved", "det", "ikke", "endnu"}, {"vi", "vet", "det", "inte", "än"}, {"vi", "vet", "det", "ikke", "ennå"},
      {"we", "don", "t", "know", "yet"}, {"we", "do", "not", "know", "yet"},
      // solutions "within all these areas", or suggestions of what to try: no area chosen yet
      {"inden", "for", "alle", "disse"}, {"inom", "alla", "dessa"}, {"innenfor", "alle", "disse"},
      {"within", "all", "these"}, {"forslag", "til", "hvad"}, {"förslag", "på", "vad"},
      {"forslag", "til", "hva"}, {"suggestions", "for", "what"}, {"suggestions", "of", "what"},
      // where or how to start ("Hvor skal vi starte?", "vi ved ikke, hvor vi skal begynde"):
      // a way in asked for, not a product
      {"hvor", "skal", "vi", "starte"}, {"hvor", "vi", "skal", "starte"}, {"hvor", "skal", "vi", "begynde"},
      {"hvor", "vi", "skal", "begynde"}, {"hvordan", "kommer", "vi", "i", "gang"},
      {"hvordan", "vi", "kommer", "i", "gang"}, {"hvor", "skal", "vi", "begynne"}, {"hvor", "vi", "skal", "begynne"},
      {"var", "ska", "vi", "börja"}, {"var", "vi", "ska", "börja"}, {"hur", "kommer", "vi", "igång"},
      {"hur", "vi", "kommer", "igång"}, {"where", "do", "we", "start"}, {"where", "do", "we", "begin"},
      {"where", "to", "start"}, {"where", "to", "begin"}, {"how", "do", "we", "get", "started"},
      {"how", "to", "get", "started"},
      // help to get going at all ("Kan du hjælpe med at komme i gang?")
      // (not "nem at komme i gang med", easy to start using)
      {"med", "at", "komme", "i", "gang"}, {"med", "å", "komme", "i", "gang"}, {"oss", "att", "komma", "igång"},
      {"mig", "att", "komma", "igång"}, {"help", "us", "get", "started"}, {"help", "me", "get", "started"},
      // what it is to solve not said ("ingen har sagt, hvad det skal løse")
      {"hvad", "det", "skal", "løse"}, {"hva", "det", "skal", "løse"}, {"vad", "det", "ska", "lösa"},
      {"what", "it", "should", "solve"}, {"what", "it", "is", "meant", "to", "solve"},
      // nothing to be decided yet ("I don't want to decide anything yet")
      {"decide", "anything", "yet"}, {"beslutte", "noget", "endnu"}, {"bestemme", "noget", "endnu"},
      {"besluta", "något", "än"}, {"bestemme", "noe", "ennå"},
      // what to bet on ("hvad bør vi satse på?"): no area chosen yet
      {"bør", "vi", "satse", "på"}, {"skal", "vi", "satse", "på"}, {"bör", "vi", "satsa", "på"},
      {"ska", "vi", "satsa", "på"},
      // the needs themselves not yet described ("ingen har endnu beskrevet, hvilke behov eller
      // problemer pengene skal løse")
      {"ingen", "har", "endnu", "beskrevet"}, {"hvilke", "behov", "eller", "problemer"},
      {"ingen", "har", "ennå", "beskrevet"}, {"ingen", "har", "ännu", "beskrivit"}, {"vilka", "behov", "eller", "problem"},
      {"no", "one", "has", "yet", "described"}, {"which", "needs", "or", "problems"},
      // what it is to do left to be found along the way ("det må vi finde ud af undervejs")
      {"finde", "ud", "af", "undervejs"}, {"finne", "ut", "av", "underveis"}, {"figure", "out", "along", "the", "way"},
      {"find", "out", "along", "the", "way"},
      // no decisions made yet ("der er ikke truffet beslutninger")
      {"ikke", "truffet", "beslutninger"}, {"ikke", "truffet", "nogen", "beslutninger"},
      {"inte", "fattat", "några", "beslut"}, {"ikke", "tatt", "noen", "beslutninger"},
      {"no", "decisions", "have", "been", "made"}, {"no", "decisions", "made"}};
  // clang-format on
  return phrases;
}

// True if the word at `i` names what a need chooses to work on: its target groups, tasks,
// efforts, focus, area or units ("målgrupper", "indsatser", "borgergrupper", "områder",
// "enheder"), or asks what or where "we" will ("hvad vi vil ændre", "where to focus").
// True if `word` is the indefinite pronoun "anything" ("noget", "noe", "något"): what a need
// has not chosen or asked for when it names nothing ("ikke prioriteret noget", "anything
// specific").
bool is_anything(const std::string& word) {
  static const std::set<std::string> anything{"noget", "noe", "något", "anything"};
  return anything.count(word) != 0;
}

bool is_focus_word(std::string_view word) {
  static const std::vector<std::string_view> stems{
      "målgrupp", "borgergrupp", "aldersgrupp", "indsats", "insats", "opgave", "uppgift", "oppgave", "udfordring",
      "utmaning", "utfordring", "challenge", "tiltak", "fokus", "områd", "target", "task", "focus", "area", "problem",
      "enhed", "enhet", "unit",
      // the items or themes of a list ("Vi har ikke prioriteret punkterne")
      "punkt", "point", "tema", "theme"};
  return std::any_of(stems.begin(), stems.end(),
                     [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

bool names_a_focus(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> what_where{"hvad", "vad", "hva", "what", "hvor", "var", "where"};
  static const std::set<std::string> we{"vi", "we", "to"};
  if (is_focus_word(words[i])) return true;
  // what it is to be about ("om det skal handle om børn eller voksne", "what it should be about")
  static const std::set<std::string> be_about{"handle", "handla"};
  if (be_about.count(words[i]) != 0 && i + 1 < words.size() && words[i + 1] == "om") return true;
  if (words[i] == "about" && i > 0 && words[i - 1] == "be") return true;
  // whom it is for ("hvem det skal være for", "vem det ska vara för", "who it is for")
  static const std::set<std::string> who{"hvem", "vem", "who"};
  static const std::set<std::string> for_whom{"for", "för"};
  constexpr std::size_t kForReach = 4;
  if (who.count(words[i]) != 0) {
    for (std::size_t f = i + 1; f < words.size() && f <= i + kForReach; ++f) {
      if (for_whom.count(words[f]) != 0) return true;
    }
  }
  return what_where.count(words[i]) != 0 && i + 1 < words.size() && we.count(words[i + 1]) != 0;
}

// True if the need says it has not yet chosen its focus: a negation, a participle of
// choosing a word or two later ("Vi har endnu ikke udpeget bestemte målgrupper", "vi har
// ikke fastlagt aldersgrupper", "vi har endnu ikke besluttet, hvad vi vil ændre"), and
// what it has not chosen named by names_a_focus a few words on. Not having chosen a
// supplier or a product ("hvilken leverandør vi vælger") leaves a need that has chosen what.
bool states_no_focus_chosen(const std::vector<std::string>& words) {
  static const std::set<std::string> chosen{
      "valgt", "besluttet", "udpeget", "fastlagt", "bestemt", "prioriteret", "afgrænset", "defineret", "udvalgt",
      "afklaret", "valt", "beslutat", "bestämt", "fastställt", "pekat", "prioriterat", "avgränsat", "definierat",
      "fastsatt", "pekt", "prioritert", "avgrenset", "definert", "chosen", "decided", "selected", "defined",
      "prioritised", "prioritized", "identified", "agreed", "peget", "pointed", "aftalt", "avtalt", "avtalat",
      // "ikke taget stilling til", "inte tagit ställning till", "ikke tatt stilling til"
      "stilling", "ställning",
      // not even talked about it ("vi har ikke snakket om hvem det skal være for")
      "talt", "snakket", "drøftet", "diskuteret", "talat", "pratat", "diskuterat", "diskutert", "talked", "discussed"};
  // Nothing chosen at all ("Der er ikke prioriteret noget endnu", "Vi har ikke prioritert noe
  // av dette ennå"): the pronoun right after the participle.
  constexpr std::size_t kVerbReach = 3;   // "ikke endnu helt besluttet"
  constexpr std::size_t kFocusReach = 5;  // "udpeget bestemte målgrupper", "besluttet, hvad vi"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_negation(words[i])) continue;
    for (std::size_t v = i + 1; v < words.size() && v <= i + kVerbReach; ++v) {
      if (chosen.count(words[v]) == 0) continue;
      if (v + 1 < words.size() && is_anything(words[v + 1])) return true;
      for (std::size_t f = v + 1; f < words.size() && f <= v + kFocusReach; ++f) {
        if (names_a_focus(words, f)) return true;
      }
    }
  }
  return false;
}

// True if the need says it does not know what its problem is ("Vi ved ærligt talt ikke, hvad
// problemet er", "vi vet inte var problemet ligger", "we don't know what the problem is"): a
// verb of knowing beside a negation, then "what"/"where" and the problem, the area or the
// focus (is_focus_word) a word or two on. It has a story to tell, not yet a need to screen.
bool states_problem_unknown(const std::vector<std::string>& words) {
  static const std::set<std::string> know{"ved", "vet", "veit", "know", "knows"};
  static const std::set<std::string> what_where{"hvad",  "vad",     "hva",     "what",   "hvor",   "var",   "where",
                                                "which", "hvilket", "hvilken", "hvilke", "vilket", "vilken"};
  constexpr std::size_t kKnowReach = 3;   // "ved ærligt talt ikke", "don't know"
  constexpr std::size_t kFocusReach = 4;  // "ikke, hvad problemet", "not know what the problem"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_negation(words[i])) continue;
    const auto from = words.begin() + static_cast<std::ptrdiff_t>(i >= kKnowReach ? i - kKnowReach : 0);
    const auto to = words.begin() + static_cast<std::ptrdiff_t>(std::min(i + 2, words.size()));
    if (std::none_of(from, to, [&](const std::string& word) { return know.count(word) != 0; })) continue;
    for (std::size_t w = i + 1; w + 1 < words.size() && w <= i + kFocusReach; ++w) {
      if (what_where.count(words[w]) == 0) continue;
      for (std::size_t f = w + 1; f < words.size() && f <= w + 2; ++f) {
        if (is_focus_word(words[f])) return true;
      }
    }
  }
  return false;
}

// True if the need asks how technology in general can help ("hvordan velfærdsteknologi kan
// bidrage til ...", "hur kan tekniken stödja ...", "how technology could support ..."), what
// it can offer ("hvad teknologi kan byde ind med i forhold til ...") or whether it can help
// ("om velfærdsteknologi kan bidrage til noget af det"; not "høre om teknologi, der kan …",
// a product described): the question of a strategy, which names no product to screen.
bool asks_how_technology_helps(const std::vector<std::string>& words) {
  static const std::set<std::string> how{"hvordan", "hur", "how", "hvad", "vad", "hva", "what"};
  static const std::set<std::string> whether{"om", "whether"};
  static const std::set<std::string> relatives{"der", "som", "that", "which"};
  static const std::set<std::string> modals{"kan", "kunne", "kunna", "can", "could"};
  static const std::set<std::string> technology{
      "teknologi",        "teknologien",       "velfærdsteknologi", "velfærdsteknologien",
      "teknik",           "tekniken",          "teknologin",        "välfärdsteknik",
      "välfärdstekniken", "välfärdsteknologi", "velferdsteknologi", "velferdsteknologien",
      "technology",       "technologies",      "digitalisering",    "digitaliseringen"};
  static const std::vector<std::vector<std::string>> solutions{
      {"digitale", "løsninger"}, {"digitala", "lösningar"}, {"digital", "solutions"}, {"welfare", "technology"}};
  constexpr std::size_t kReach = 6;  // "hvordan kunstig intelligens og ny teknologi kan"
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool asks_whether = whether.count(words[i]) != 0;
    if (how.count(words[i]) == 0 && !asks_whether) continue;
    bool names_technology = false, has_modal = false, relative = false;
    for (std::size_t k = i + 1; k < words.size() && k <= i + kReach; ++k) {
      names_technology = names_technology || technology.count(words[k]) != 0 ||
                         std::any_of(solutions.begin(), solutions.end(),
                                     [&](const auto& phrase) { return phrase_at(words, k, phrase); });
      has_modal = has_modal || modals.count(words[k]) != 0;
      relative = relative || relatives.count(words[k]) != 0;
    }
    if (names_technology && has_modal && !(asks_whether && relative)) return true;
  }
  return false;
}

// Words of a purchase ("indkøb", "udbud", "upphandling", "procurement").
bool is_procurement_word(const std::string& word) {
  static const std::set<std::string> procurement{
      "indkøb",      "indkøbet", "udbud", "udbuddet", "anskaffelse", "indkøbsafdelingen", "upphandling", "inköp",
      "anskaffning", "innkjøp",  "anbud", "purchase", "purchasing",  "procurement",       "tender"};
  return procurement.count(word) != 0;
}

// True if the need says it has no concrete product, problem, project or purchase in mind
// ("We are not looking for a specific product right now", "Vi har ikke et konkret problem,
// vi skal løse", "ikke noget konkret projekt", "ikke noget konkret indkøb i gang"): a
// question to talk over, not a need to screen.
bool states_nothing_concrete(const std::vector<std::string>& words) {
  static const std::set<std::string> concrete{"konkret",  "konkrete",  "konkreta", "bestemt",    "bestemte", "bestämd",
                                              "bestämda", "specific",  "concrete", "particular", "særlig",   "særlige",
                                              "särskild", "särskilda", "spesiell", "spesielle"};
  // ... and no purchase under way either ("Vi har ikke noget konkret indkøb i gang"), nor a
  // group to serve ("Vi har ikke en konkret målgruppe eller et problem", "inga särskilda
  // brukare"), nor a case or an example ("Vi har ingen konkret sag lige nu", "ikke et konkret
  // eksempel"), nor a place ("ikke peget på et bestemt plejecenter").
  static const std::set<std::string> things{
      "produkt",  "produkter", "problem",  "problemer", "projekt",  "projekter", "løsning",   "lösning",
      "product",  "products",  "project",  "solution",  "prosjekt", "produkten", "problemet", "target",
      "grupper",  "group",     "hændelse", "händelse",  "hendelse", "incident",  "event",     "trin",
      "steg",     "step",      "sag",      "ärende",    "sak",      "case",      "opgave",    "opgaver",
      "uppgift",  "uppgifter", "oppgave",  "oppgaver",  "task",     "tasks",     "eksempel",  "exempel",
      "example",  "borgere",   "brukare",  "brukere",   "beboere",  "patienter", "citizens",  "residents",
      "patients", "borger",    "beboer",   "bruker",    "patient",  "citizen",   "resident"};
  // and any group, by its kind or none ("en bestemt patientgruppe", "ikke nogen bestemt gruppe")
  const auto a_thing = [&](const std::string& word) {
    return things.count(word) != 0 || is_procurement_word(word) || word.ends_with("gruppe") ||
           word.ends_with("grupp") || word.ends_with("center") || word.ends_with("distrikt") ||
           word.ends_with("afdeling");
  };
  // ... or nothing concrete asked at all ("Nobody asked for anything specific").
  static const std::set<std::string> nobody{"nobody", "none"};
  constexpr std::size_t kNegationReach = 5;  // "not looking for a specific", "Ingen af forslagene beskriver et konkret"
  constexpr std::size_t kNobodyReach = 8;    // "Nobody at the meeting asked for anything specific"
  // "det bestemte plejecenter" is one the need has named: the definite names something chosen.
  static const std::set<std::string> definite{"det", "den", "de", "the", "this", "that", "dette", "denne", "detta"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (concrete.count(words[i]) == 0 || (i > 0 && definite.count(words[i - 1]) != 0)) continue;
    const bool names_a_thing = i + 1 < words.size() && a_thing(words[i + 1]);
    const bool anything_concrete = i > 0 && is_anything(words[i - 1]);
    if (!names_a_thing && !anything_concrete) continue;
    for (std::size_t k = i >= kNegationReach ? i - kNegationReach : 0; k < i; ++k) {
      if (is_negation(words[k])) return true;
    }
    if (!anything_concrete) continue;
    for (std::size_t k = i >= kNobodyReach ? i - kNobodyReach : 0; k < i; ++k) {
      if (nobody.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if the text speaks of a policy, a strategy, an action plan or an overview of a field
// ("den nye politik for medborgerskab", "trivselsstrategien", "et overblik over, hvad …"):
// the frame in which asking how technology can help is a strategy's question, where "Hvordan
// kan teknologi hjælpe os med at opdage fald om natten?" asks for products.
bool names_a_strategy_frame(const std::vector<std::string>& words) {
  static const std::vector<std::string_view> frames{"politik",  "strategi",   "policy",     "policies",
                                                    "strategy", "strategies", "overblik",   "overview",
                                                    "översikt", "oversikt",   "handleplan", "handlingsplan"};
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::any_of(frames.begin(), frames.end(),
                       [&](std::string_view frame) { return word.find(frame) != std::string::npos; });
  });
}

// True if the need asks for a briefing ("ledelsen har bedt os komme med et oplæg om …",
// "Politikerne vil gerne have et notat", "Kan I komme med input til, hvad vi bør tænke
// ind?", "I have been asked to bring some input from the market"): the municipality owes
// its politicians or managers knowledge of a field, which is not yet a need to screen. The
// noun counts where a verb or preposition of asking, making or giving stands a few words
// before it, or where the text opens with it ("Input til temadag …"); not a talk heard
// ("efter et oplæg på en konference", "Interessant oplæg om data"), nor a note that records
// a visit or a meeting ("Notat efter hjemmebesøg", "Notat fra netværksmøde").
bool asks_for_a_briefing(const std::vector<std::string>& words) {
  static const std::set<std::string> briefings{
      "oplæg",     "notat",    "input", "redegørelse",         "beslutningsoplæg",
      "utredning", "briefing", "memo",  "beslutningsunderlag", "redogörelse"};
  static const std::set<std::string> cues{"om",     "med",    "lave",    "udarbejde", "skrive", "give", "have",
                                          "få",     "til",    "for",     "bringe",    "ta",     "göra", "ge",
                                          "ønsker", "önskar", "wants",   "want",      "gi",     "lage", "some",
                                          "bring",  "write",  "prepare", "provide"};
  constexpr std::size_t kCueReach = 3;  // "bedt os om et kort notat", "give udvalget et oplæg"
  // A note to or from procurement ("Notat til indkøb – plejesenge til hjemmesygeplejen",
  // "Notat fra indkøbskonsulent") states a purchase.
  static const std::set<std::string> to_or_from{"til", "to", "till", "fra", "from", "från"};
  static const std::vector<std::string_view> buyers{"indkøbs", "upphandl", "inköps", "innkjøps", "procurement"};
  const auto names_procurement = [&](const std::string& word) {
    return is_procurement_word(word) ||
           std::any_of(buyers.begin(), buyers.end(), [&](std::string_view stem) { return word.starts_with(stem); });
  };
  const auto to_procurement = [&](std::size_t i) {
    return i + 2 < words.size() && to_or_from.count(words[i + 1]) != 0 && names_procurement(words[i + 2]);
  };
  // A note written after something ("Notat efter hjemmebesøg – visitator") or from a meeting
  // or a visit ("Notat fra netværksmøde om Oliver") records it; one from a person ("Notat fra
  // kommunalsjef ...") may ask for one.
  static const std::set<std::string> records{"efter", "etter", "after"};
  static const std::set<std::string> from{"fra", "från", "from"};
  static const std::vector<std::string_view> meetings{"møde", "möte", "møte", "meeting", "besøg", "besök", "visit"};
  const auto names_a_meeting = [&](const std::string& word) {
    return std::any_of(meetings.begin(), meetings.end(),
                       [&](std::string_view part) { return word.find(part) != std::string::npos; });
  };
  const bool a_record =
      words.size() > 1 &&
      (records.count(words[1]) != 0 || (words.size() > 2 && from.count(words[1]) != 0 && names_a_meeting(words[2])));
  if (!words.empty() && briefings.count(words.front()) != 0 && !to_procurement(0) && !a_record) return true;
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (briefings.count(words[i]) == 0 || to_procurement(i)) continue;
    for (std::size_t back = 1; back <= kCueReach && back <= i; ++back) {
      if (cues.count(words[i - back]) != 0) return true;
    }
  }
  return false;
}

// True if the need asks what to invest in, give priority to or look at ("Hva bør en
// mellomstor kommune som vår egentlig satse på …?", "what should a municipality invest in
// next?", "hvad vi bør kigge nærmere på"): a question word, then "should" and the verb of
// choosing a few words on each. A choice between named things ("skal vi satse på sensorer
// eller kameraer?") is undecided_phrases().
bool asks_what_to_invest_in(const std::vector<std::string>& words) {
  static const std::set<std::string> question{"hvad",  "vad",   "hva",     "what",  "hvilke",
                                              "vilka", "which", "hvilket", "vilket"};
  static const std::set<std::string> should{"bør", "bör", "should", "ought"};
  // Choosing, or looking at more closely ("hvad vi bør kigge nærmere på", "what we should
  // focus on"; not "look", as in "what should it look like").
  static const std::vector<std::string_view> choosing{"satse",      "satsa", "invest",  "prioriter", "prioritise",
                                                      "prioritize", "kigge", "fokuser", "focus"};
  constexpr std::size_t kModalReach = 4;  // "What should", "Hvilke områder bør"
  constexpr std::size_t kVerbReach = 8;   // "bør en mellomstor kommune som vår egentlig satse"
  const auto chooses = [&](const std::string& word) {
    return std::any_of(choosing.begin(), choosing.end(), [&](std::string_view verb) { return word.starts_with(verb); });
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (question.count(words[i]) == 0) continue;
    for (std::size_t m = i + 1; m < words.size() && m <= i + kModalReach; ++m) {
      if (should.count(words[m]) == 0) continue;
      for (std::size_t v = m + 1; v < words.size() && v <= m + kVerbReach; ++v) {
        if (chooses(words[v])) return true;
      }
    }
  }
  return false;
}

// True if the need asks what a technology or its money is to be used for ("hvad det skulle
// bruges til", "hvad de skal bruges på", "vad den ska användas till", "what it should be used
// for"): it has the means and not yet the problem. Only what it is to be used for, with a
// modal: "hvad medicinen bruges til" tells what a medicine is for.
bool asks_what_it_is_for(const std::vector<std::string>& words) {
  static const std::set<std::string> what{"hvad", "vad", "hva", "what"};
  static const std::set<std::string> modal{"skal", "skulle", "ska",   "skall", "should", "could", "would",
                                           "kan",  "kunne",  "kunde", "can",   "bør",    "bör"};
  static const std::set<std::string> used{"bruges", "brukes", "anvendes", "användas", "used"};
  static const std::set<std::string> for_{"til", "på", "till", "for", "on"};
  constexpr std::size_t kReach = 5;  // "hvad det skulle bruges", "what the headsets should be used"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (what.count(words[i]) == 0) continue;
    bool modal_seen = false;
    for (std::size_t v = i + 1; v + 1 < words.size() && v <= i + kReach; ++v) {
      modal_seen = modal_seen || modal.count(words[v]) != 0;
      if (modal_seen && used.count(words[v]) != 0 && for_.count(words[v + 1]) != 0) return true;
    }
  }
  return false;
}

// True if the need says it has not chosen what to work on (undecided_phrases()), not only
// how ("Vi er åbne over for alle idéer til, hvordan det kan løses" has chosen what).
bool states_undecided(const std::vector<std::string>& words) {
  if (states_no_focus_chosen(words) || states_problem_unknown(words) || states_nothing_concrete(words) ||
      asks_for_a_briefing(words) || asks_what_to_invest_in(words) || asks_what_it_is_for(words)) {
    return true;
  }
  // A text that opens as a list of themes ("Temaer til næste års indsats: …", "Themes for the
  // market dialogue: …") names fields to talk about, not a problem to solve.
  static const std::set<std::string> themes{"temaer", "teman", "temaene", "themes", "topics", "emner"};
  if (!words.empty() && themes.count(words.front()) != 0) return true;
  // Advice asked for ("Har I erfaringer eller gode råd om, hvordan ...", "Hvordan bør vi tænke
  // beredskab ind?"): how to go about it, not a product.
  static const std::vector<std::vector<std::string>> advice{
      {"gode", "råd"},          {"goda", "råd"},      {"good", "advice"},     {"any", "advice"},
      {"hvordan", "bør", "vi"}, {"hur", "bör", "vi"}, {"how", "should", "we"}};
  if (contains_phrase(words, advice)) return true;
  // A general overview asked for ("et generelt overblik", "a general overview"): of a field,
  // not of the products for a problem ("et overblik over, hvilke sengealarmer der findes").
  // Where it makes sense to start, as where to start (undecided_phrases()).
  static const std::vector<std::vector<std::string>> where_to_start{
      {"hvor", "giver", "det", "mening", "at", "starte"}, {"hvor", "det", "giver", "mening", "at", "starte"},
      {"hvor", "gir", "det", "mening", "å", "starte"},    {"var", "är", "det", "rimligt", "att", "börja"},
      {"where", "it", "makes", "sense", "to", "start"},   {"where", "does", "it", "make", "sense", "to", "start"}};
  if (contains_phrase(words, where_to_start)) return true;
  static const std::vector<std::vector<std::string>> overview{
      {"generelt", "overblik"}, {"overordnet", "overblik"}, {"generel", "oversigt"},    {"generell", "översikt"},
      {"allmän", "översikt"},   {"generell", "oversikt"},   {"overordnet", "oversikt"}, {"general", "overview"},
      {"overall", "overview"},  {"broad", "overview"}};
  if (contains_phrase(words, overview)) return true;
  static const std::set<std::string> how{"hvordan", "how", "hur"};
  constexpr std::size_t kHowReach = 3;  // words after the phrase: "alle idéer til, hvordan"
  const auto about_how = [&](std::size_t end) {
    for (std::size_t k = end; k < words.size() && k < end + kHowReach; ++k) {
      if (how.count(words[k]) != 0) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& phrases = undecided_phrases();
    if (std::any_of(phrases.begin(), phrases.end(), [&](const auto& phrase) {
          return phrase_at(words, i, phrase) && !about_how(i + phrase.size());
        })) {
      return true;
    }
  }
  return false;
}

// True if the municipality says it doubts that part of the need can be had ("Det sidste er
// vi i tvivl om, at nogen leverandør kan", "Det vi är mest osäkra på", "we are not sure
// whether"): the guide's market dialogue, not a purchase. Only "vi"/"we" doubting, up to
// two words before the doubt: a citizen who is "i tvivl om" the dose is a situation.
bool doubts_the_market(const std::vector<std::string>& words, const std::vector<bool>& affirmed) {
  static const std::set<std::string> doubts{"tvivl",  "tvivler", "usikre", "usikker",  "tvil",   "tviler",
                                            "osäkra", "osäker",  "tvivel", "tvivlar",  "unsure", "doubt",
                                            "doubts", "uncertain"};
  static const std::set<std::string> we{"vi", "we"};
  for (std::size_t i = 1; i < words.size() && i < affirmed.size(); ++i) {
    // "not sure" doubts; "ikke i tvivl" (negated) does not.
    const bool doubt = (affirmed[i] && doubts.count(words[i]) != 0) || (words[i] == "sure" && words[i - 1] == "not");
    if (!doubt) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      if (we.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if a request asks for "a way" to do something ("Vi søger en måde, hvor de pårørende
// ...", "We need a way to tell ..."), as it would ask for a method: it names what must be
// achieved, not yet a kind of product. Not a manner ("på en måde, der ...", "in a way that").
bool asks_for_a_way(const std::vector<std::string>& words, const std::vector<bool>& asked) {
  static const std::vector<std::vector<std::string>> ways{{"en", "måde"}, {"a", "way"}, {"ett", "sätt"}, {"en", "måte"}};
  static const std::set<std::string> manner{"på", "in", "i"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (i >= asked.size() || !asked[i] || (i > 0 && manner.count(words[i - 1]) != 0)) continue;
    for (const auto& way : ways) {
      if (phrase_at(words, i, way)) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// True if "både"/"both" at `i` lists what one product works with or fits ("monteres på
// både lige trapper og trapper med sving", "fit both our ceiling lifts and our mobile
// lifts"), not two things it must do: those follow a relative pronoun or go on with an
// auxiliary ("en robot, der både kan løfte borgeren og støtte gangen").
bool lists_what_it_works_with(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> relatives{"der", "som", "that", "which", "who"};
  static const std::set<std::string> auxiliaries{"kan", "skal", "kunne", "være", "can", "should", "must", "be",
                                                 "ska", "kunna", "vara", "må", "bør"};
  if (words[i] != "både" && words[i] != "both") return false;
  const bool after_relative = i > 0 && relatives.count(words[i - 1]) != 0;
  const bool before_auxiliary = i + 1 < words.size() && auxiliaries.count(words[i + 1]) != 0;
  return !after_relative && !before_auxiliary;
}

// The modals of a demand (must, shall, should), in the four languages.
bool is_demand_modal(const std::string& word) {
  static const std::set<std::string> modals{"skal", "må", "bør", "ska", "måste", "bör", "must", "should"};
  return modals.count(word) != 0;
}

// True if the word at `i` opens "has to" or "needs to" ("It has to fit small hands", "The app
// needs to …"): English says "must" so too.
bool has_to_at(const std::vector<std::string>& words, std::size_t i) {
  return (words[i] == "has" || words[i] == "needs") && i + 1 < words.size() && words[i + 1] == "to";
}

// True if the word at `i` turns a demand after its modal: "Stolen skal dog være bygget til
// vores målgruppe", "Stolen ska dock", "it must however" (after a modal only: English "dog"
// and "dock" are nouns).
bool turns_after_modal(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> however{"dog", "dock", "imidlertid", "likevel", "however"};
  return i > 0 && i < words.size() && however.count(words[i]) != 0 && is_demand_modal(words[i - 1]);
}

// True if the sentence at `i` opens with "men"/"but" right after a request and makes a
// demand with a modal ("Vi søger et træningsbord til gruppen. Men halvdelen har afasi, så
// talen skal indgå i træningen."), or turns at `i` after its modal (turns_after_modal): a
// qualification of that request, said on its own.
bool demands_after_request(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                           const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> buts{"men", "but"};
  if (i == 0 || i >= sentences.size() || i >= kinds.size()) return false;
  // A turn after the modal, in the sentence right after a request.
  if (turns_after_modal(words, i) && sentences[i - 1] == sentences[i]) {
    std::size_t start = i - 1;
    while (start > 0 && sentences[start - 1] == sentences[i]) --start;
    return start > 0 && kinds[start - 1] == Sentence::asks;
  }
  if (buts.count(words[i]) == 0) return false;
  if (sentences[i - 1] == sentences[i] || kinds[i - 1] != Sentence::asks) return false;
  for (std::size_t j = i + 1; j < words.size() && j < sentences.size() && sentences[j] == sentences[i]; ++j) {
    if (is_demand_modal(words[j])) return true;
  }
  return false;
}

// The product a need asks for, named in its definite form ("løsningen", "appen", "systemet").
bool is_nordic_product(const std::string& word) {
  static const std::set<std::string> nouns{"løsningen",  "systemet",     "appen",        "produktet",  "forløbet",
                                           "udstyret",   "værktøjet",    "hjælpemidlet", "lösningen",  "produkten",
                                           "verktyget",  "utrustningen", "verktøyet",    "programmet", "programmen",
                                           "platformen", "plattformen",  "tjenesten",    "tjänsten"};
  return nouns.count(word) != 0;
}

// The product a need asks for, in English ("the app", "the system").
bool is_english_product(const std::string& word) {
  static const std::set<std::string> nouns{"app",       "system", "solution", "product",  "programme", "program",
                                           "equipment", "device", "service",  "platform", "tool"};
  return nouns.count(word) != 0;
}

// A verb of demanding or wishing said of someone ("Skolelederen kræver", "familierne ønsker").
bool is_demand_verb(const std::string& word) {
  static const std::set<std::string> verbs{"kræver",  "ønsker",    "forventer", "forlanger", "kräver",
                                           "önskar",  "förväntar", "krever",    "requires",  "wants",
                                           "expects", "demands",   "insists"};
  return verbs.count(word) != 0;
}

// True if the word at `i` follows a verb of demanding or wishing, or a modal, that follows
// the subject of its clause, of one to three words, at the start of the sentence or after
// "og"/"and": "Skolelederen kræver desuden, at ...", "Rygestopinstruktørerne ønsker
// derudover, at ...", "..., og de ønsker derfor, at rummet også afgiver dufte", "De må
// derfor kunne tilkalle hjelp ved å si et kodeord", "Whatever we choose must therefore also
// let staff open the street door".
bool demanded_by_subject(const std::vector<std::string>& words, const std::vector<std::size_t>& sentences,
                         std::size_t i) {
  static const std::set<std::string> joins{"og", "och", "and"};
  constexpr std::size_t kSubjectWords = 3;  // "Skolelederen", "Vores nye leder", "Whatever we choose"
  const auto demanding = [](const std::string& word) { return is_demand_verb(word) || is_demand_modal(word); };
  if (i < 2 || i >= sentences.size() || !demanding(words[i - 1]) || sentences[i - 1] != sentences[i]) {
    return false;
  }
  std::size_t start = i - 1;
  while (start > 0 && sentences[start - 1] == sentences[i] && joins.count(words[start - 1]) == 0) --start;
  const std::size_t subject_words = i - 1 - start;
  return subject_words >= 1 && subject_words <= kSubjectWords;
}

// True if the word at `i` is "også"/"also" right after the product named as the subject of
// a modal, in either order ("skal løsningen også kunne ...", "the app must also ..."): a
// second thing the product must do. ("Det skal også kunne bruges af ..." is not read so:
// "det" need not be the product.)
bool product_must_also(const std::vector<std::string>& words, const std::vector<std::size_t>& sentences,
                       std::size_t i) {
  static const std::set<std::string> also{"også", "också", "även",       "also",
                                          "selv", "själv", "automatisk", "automatiskt"};
  static const std::set<std::string> modals{"skal", "må", "ska", "måste", "must"};
  if (i < 2 || i >= sentences.size() || also.count(words[i]) == 0) return false;
  if (sentences[i - 2] != sentences[i]) return false;
  const std::string& first = words[i - 2];
  const std::string& second = words[i - 1];
  const auto product = [](const std::string& word) { return is_nordic_product(word) || is_english_product(word); };
  return (modals.count(first) != 0 && product(second)) || (product(first) && modals.count(second) != 0);
}

// True if the word at `i` adds a demand to a request made in an earlier sentence: it opens
// its sentence, or follows its subject's verb of demanding (demanded_by_subject), with
// "Derudover", "Desuden", "Dessutom", "I tillegg", "In addition", "On top of that" and the
// like, or draws it from the situation told ("Derfor", "So", "Therefore": "So the carer
// walking behind must be able to switch the help on"), and the sentence says what must or
// should be ("Dessutom vill vi att ...", "On top of that, ... the app should estimate ...").
// Such a sentence asks for more than the request's product, as a "men" or "også" in the
// request does. So does an "også" right after the product as a modal's subject
// (product_must_also); another "også" beside a modal in a later sentence ("Det skal også
// kunne bruges af ...") is not read so: its sentence runs on into the hopes and reasons of
// the need.
bool adds_demand_after_request(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                               const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::vector<std::vector<std::string>> openers{
      {"derudover"},    {"desuden"},     {"endvidere"}, {"herudover"},      {"ydermere"},
      {"dessutom"},     {"därutöver"},   {"vidare"},    {"dessuten"},       {"i", "tillegg"},
      {"additionally"}, {"furthermore"}, {"moreover"},  {"in", "addition"}, {"on", "top", "of", "that"}};
  static const std::vector<std::vector<std::string>> consequences{
      {"derfor"}, {"därför"}, {"difor"}, {"so"}, {"therefore"}};
  // Must or should; a want only as a request ("vill vi", asks()): "Derudover vil det spare
  // tid" is a hope, not a demand.
  static const std::set<std::string> modals{"skal", "må", "bør", "ska", "måste", "bör", "must", "should", "shall"};
  static const std::set<std::string> joins{"og", "och", "and", "men", "but"};
  if (i >= sentences.size() || i >= kinds.size()) return false;
  const auto opens = [&](const auto& opener) { return phrase_at(words, i, opener); };
  const bool product_also = product_must_also(words, sentences, i);
  if (!product_also && std::none_of(openers.begin(), openers.end(), opens) &&
      std::none_of(consequences.begin(), consequences.end(), opens)) {
    return false;
  }
  // The opener begins its sentence, after an "og"/"and" at most, or stands inside it after
  // its subject's verb of demanding ("Skolelederen kræver desuden, at ...") or after the
  // product as a modal's subject ("skal løsningen også").
  const bool joined = i > 0 && sentences[i - 1] == sentences[i] && joins.count(words[i - 1]) != 0;
  std::size_t start = joined ? i - 1 : i;
  const bool inside_sentence = product_also || (!joined && demanded_by_subject(words, sentences, i));
  if (inside_sentence) {
    while (start > 0 && sentences[start - 1] == sentences[i]) --start;
  }
  if (start > 0 && sentences[start - 1] == sentences[i]) return false;
  std::size_t end = i;
  while (end < words.size() && end < sentences.size() && sentences[end] == sentences[i]) ++end;
  const std::vector<std::string> sentence(words.begin() + static_cast<std::ptrdiff_t>(start),
                                          words.begin() + static_cast<std::ptrdiff_t>(end));
  const bool demands =
      inside_sentence || asks(sentence) || std::any_of(sentence.begin(), sentence.end(), is_demand_verb) ||
      std::any_of(sentence.begin(), sentence.end(), [](const std::string& word) { return modals.count(word) != 0; });
  return demands && std::any_of(kinds.begin(), kinds.begin() + static_cast<std::ptrdiff_t>(start),
                                [](Sentence kind) { return kind == Sentence::asks; });
}

// True if the word at `i` opens "Afgørende for os er, at ..." ("Afgørende er, at ...",
// "Avgörande för oss är att ...", "Crucial for us is that ..."): what is decisive named
// first, then said.
bool decisive_first(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> fors{"for", "för"};
  static const std::set<std::string> us{"os", "oss", "us"};
  static const std::set<std::string> copulas{"er", "är", "is"};
  static const std::set<std::string> thats{"at", "att", "that"};
  std::size_t next = i + 1;
  if (next + 1 < words.size() && fors.count(words[next]) != 0 && us.count(words[next + 1]) != 0) next += 2;
  return next + 1 < words.size() && copulas.count(words[next]) != 0 && thats.count(words[next + 1]) != 0;
}

// True if the word at `i` is "krav"/"requirement" of "det er et krav, at ..." ("it is a
// requirement that ...", "det är ett krav att ...", with at most one word between, "et
// ufravigeligt krav") or of "stille krav om" (to demand), or "afgørende"/"essential" of
// "det er afgørende, at ..." ("it is essential that ...") after a request: what follows is
// a demand the product must meet, said as a requirement rather than with "men" or "også".
bool states_requirement(const std::vector<std::string>& words, const std::vector<Sentence>& kinds, std::size_t i) {
  static const std::set<std::string> nouns{"krav",         "requirement",  "forudsætning", "förutsättning",
                                           "forutsetning", "prerequisite", "precondition"};
  // "det er afgørende, at ...", "Samtidig er det afgørende, at ...", "it is essential that".
  static const std::set<std::string> decisive{"afgørende", "avgörande", "avgjørende", "crucial", "essential"};
  static const std::vector<std::vector<std::string>> says{{"det", "er"}, {"er", "det"}, {"det", "är"},
                                                          {"är", "det"}, {"it", "is"},  {"is", "it"}};
  const auto asked_before = [&] {
    return std::any_of(kinds.begin(), kinds.begin() + static_cast<std::ptrdiff_t>(i),
                       [](Sentence kind) { return kind == Sentence::asks; });
  };
  // A requirement said before the need's request frames it ("Det er et krav fra ledelsen, at
  // vi sparer. Vi søger en vaskerobot."); one said after it, or in a need whose request is
  // not said in so many words ("... som kunne klare sig med en låst automat ... Det er
  // derfor et krav, at automaten selv sender besked til apoteket"), is a demand on the product.
  const auto not_framing = [&] {
    return asked_before() || std::none_of(kinds.begin() + static_cast<std::ptrdiff_t>(i), kinds.end(),
                                          [](Sentence kind) { return kind == Sentence::asks; });
  };
  // What is decisive or important "for us" ("Det afgørende for os er dog én ting: ...", "Men
  // her er det, der er afgørende for os: ...", "Det er viktig for oss at skjermen også ...") is
  // the municipality's demand, however the sentence says it.
  static const std::set<std::string> important{"vigtigt", "vigtig", "viktig", "viktigt", "important"};
  static const std::set<std::string> fors{"for", "för", "to"};
  static const std::set<std::string> us{"os", "oss", "us"};
  if ((decisive.count(words[i]) != 0 || important.count(words[i]) != 0) && i + 2 < words.size() &&
      fors.count(words[i + 1]) != 0 && us.count(words[i + 2]) != 0) {
    return not_framing();
  }
  if (decisive.count(words[i]) != 0) {
    // with one adverb at most between ("Det er samtidig afgørende, at ...", "It is also essential")
    const auto said_at = [&](std::size_t at) {
      return std::any_of(says.begin(), says.end(), [&](const auto& opener) { return phrase_at(words, at, opener); });
    };
    return ((i >= 2 && said_at(i - 2)) || (i >= 3 && said_at(i - 3)) || decisive_first(words, i)) && not_framing();
  }
  // "et helt afgørende krav er, at …", "kravet er, at …", "the requirement is that …": the
  // requirement named first and then said, as a demand after a request.
  static const std::set<std::string> named{"krav",           "kravet",        "requirement",     "forudsætning",
                                           "forudsætningen", "förutsättning", "förutsättningen", "forutsetning",
                                           "forutsetningen"};
  static const std::set<std::string> copulas{"er", "är", "is"};
  static const std::set<std::string> thats{"at", "att", "that"};
  if (named.count(words[i]) != 0 && i + 2 < words.size() && copulas.count(words[i + 1]) != 0 &&
      thats.count(words[i + 2]) != 0) {
    return not_framing();
  }
  // "Det, vi ikke har kunnet finde, er …", "What we have not been able to find is …": after a
  // request, what the need says it searched the market for in vain is one more demand.
  static const std::vector<std::vector<std::string>> not_found{{"ikke", "har", "kunnet", "finde"},
                                                               {"ikke", "har", "kunnet", "finne"},
                                                               {"inte", "har", "kunnat", "hitta"},
                                                               {"not", "been", "able", "to", "find"}};
  if (std::any_of(not_found.begin(), not_found.end(), [&](const auto& phrase) {
        return i + 1 >= phrase.size() && phrase_at(words, i + 1 - phrase.size(), phrase);
      })) {
    return asked_before();
  }
  // "..., og den skal kunne styres med øjnene", "..., and it must be steerable ...": a demand
  // on the product joined to its request (or to a sentence after one), said as a requirement.
  static const std::set<std::string> joins{"og", "och", "and"};
  static const std::set<std::string> it{"den", "it"};
  if ((is_demand_modal(words[i]) || has_to_at(words, i)) && i >= 2 && it.count(words[i - 1]) != 0 &&
      joins.count(words[i - 2]) != 0) {
    return (i < kinds.size() && kinds[i] == Sentence::asks) || asked_before();
  }
  // "Vi forudsætter, at …", "Vi förutsätter att …": what the municipality takes as given.
  static const std::set<std::string> presupposes{"forudsætter", "förutsätter", "forutsetter"};
  if (presupposes.count(words[i]) != 0 && i > 0 && words[i - 1] == "vi" && i + 1 < words.size() &&
      thats.count(words[i + 1]) != 0) {
    return asked_before();
  }
  if (nouns.count(words[i]) == 0) return false;
  // "vi vil stille krav om, at …", "ställa krav på att …": the municipality demands it.
  static const std::set<std::string> demand{"stille", "stiller", "ställa", "ställer"};
  if (i > 0 && demand.count(words[i - 1]) != 0) return not_framing();
  // "et krav" or "et ufravigeligt krav", after "det er" with at most one adverb between
  // ("Det er derfor et krav", "Derfor er det et krav", "Det er også et krav"; not "Det er
  // ikke et krav").
  const auto says_at = [&](std::size_t start) {
    return std::any_of(says.begin(), says.end(), [&](const auto& opener) { return phrase_at(words, start, opener); });
  };
  const auto opened_at = [&](std::size_t gap) {
    if (i < gap || !is_indefinite_article(words[i - gap])) return false;
    const std::size_t article = i - gap;
    return (article >= 2 && says_at(article - 2)) ||
           (article >= 3 && !is_negation(words[article - 1]) && says_at(article - 3));
  };
  return (opened_at(1) || opened_at(2)) && not_framing();
}

// For each of the `count` words of tokenize(text): true if it follows, in its sentence, a
// word at which `is_cue(sentences, i)` holds (`sentences` are sentence_numbers(text)).
template <typename Cue>
std::vector<bool> words_after_cues(std::string_view text, std::size_t count, Cue is_cue) {
  const auto sentences = sentence_numbers(text);
  std::vector<bool> marks(count);
  for (std::size_t i = 0; i < count && i < sentences.size(); ++i) {
    if (!is_cue(sentences, i)) continue;
    for (std::size_t j = i + 1; j < count && j < sentences.size() && sentences[j] == sentences[i]; ++j) marks[j] = true;
  }
  return marks;
}

// True if the word at `i` is the modal of a sentence that, after a request, says what the
// product must be or do, with the product as its subject ("Forløbet skal være lavet til
// børn", "Løsningen skal kunne ...", "It must ..."): a requirement, said without "krav".
bool demands_of_the_product(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                            const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> modals{"skal", "må", "ska", "måste", "must"};
  static const std::set<std::string> pronouns{"den", "det", "it"};
  constexpr std::size_t kSubjectWords = 3;  // "Den nye løsning skal", "The system must"
  if (i >= kinds.size() || i >= sentences.size()) return false;
  if (modals.count(words[i]) == 0 && !has_to_at(words, i)) return false;
  std::size_t start = i;
  while (start > 0 && sentences[start - 1] == sentences[i]) --start;
  // "The app must", not "The nurses must": English names the product after its article.
  const bool the_product = words[start] == "the" && start + 1 < i && is_english_product(words[start + 1]);
  const bool subject = pronouns.count(words[start]) != 0 || is_nordic_product(words[start]) || the_product;
  if (i - start > kSubjectWords || !subject || kinds[i] == Sentence::asks) {
    return false;
  }
  return std::any_of(kinds.begin(), kinds.begin() + static_cast<std::ptrdiff_t>(start),
                     [](Sentence kind) { return kind == Sentence::asks; });
}

// For each word of tokenize(text): true if it follows the modal of a sentence that says what
// the product must be or do (demands_of_the_product), to the end of that sentence.
std::vector<bool> product_demand_words(std::string_view text, const std::vector<std::string>& words,
                                       const std::vector<Sentence>& kinds) {
  return words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    return demands_of_the_product(words, kinds, sentences, i);
  });
}

// True if the word at `i` of a sentence that asks (or that demands right after a request,
// demands_after_request) goes on with "men"/"but" to a qualification, or asks the product
// to do something else as well ("som også", "samtidig", "både ... og"), and that is not
// itself a negation ("but they cannot stand on a scale" tells why, it adds no demand) or a
// condition ("også når de er på arbejde", "also when they travel": where the same product
// is used, not a second demand), or a list of what the product fits
// (lists_what_it_works_with); or that states a requirement after a request
// (states_requirement), or opens a sentence that adds a demand after one
// (adds_demand_after_request).
// The cues in Danish and Norwegian ("men" and "både" are Swedish too), Swedish and English.
bool qualifies_at(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                  const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> cues{
      "men", "også", "samtidig", "både",  // da, nb
      "också", "även", "samtidigt",       // sv
      "but", "also", "both", "besides"};  // en
  // "just as important", "lige så vigtigt", "lika viktigt", "like viktig": a second demand.
  static const std::set<std::string> important{"important", "vigtigt", "viktigt", "viktig"};
  static const std::set<std::string> as_much{"as", "så", "lika", "like", "equally"};
  const auto as_important = [&] {
    return important.count(words[i]) != 0 && i > 0 && as_much.count(words[i - 1]) != 0;
  };
  constexpr std::size_t kQualificationWords = 4;
  if (i >= kinds.size()) return false;
  if (!states_requirement(words, kinds, i)) {
    const bool added = adds_demand_after_request(words, kinds, sentences, i);
    if (cues.count(words[i]) == 0 && !as_important() && !added && !turns_after_modal(words, i)) return false;
    if (kinds[i] != Sentence::asks && !added && !demands_after_request(words, kinds, sentences, i)) return false;
  }
  if (i + 1 < words.size() && opens_condition(words[i + 1])) return false;
  // "også på plejehjemmet", "även hemma", "also at the care home": the same product used in
  // one more place, not a second demand.
  static const std::set<std::string> also{"også", "också", "även", "also"};
  static const std::set<std::string> places{"på", "i", "hos", "ved", "vid", "hemma", "hjemme", "at", "in", "inside"};
  if (also.count(words[i]) != 0 && i + 1 < words.size() && places.count(words[i + 1]) != 0) return false;
  if (lists_what_it_works_with(words, i)) return false;
  for (std::size_t j = i + 1; j < words.size() && j <= i + kQualificationWords; ++j) {
    if (is_negation(words[j])) return false;
  }
  return true;
}

// How a need qualifies its request (qualifies_at): not at all, with a cue ("men", "også"),
// or only by stating requirements ("Det er et krav, at ...").
enum class Qualification { none, cue, requirement };

// Where the sentence before `i` begins, if the sentence that begins at `i` makes it a
// requirement by pointing back ("... har brug for at kunne skrive på arabisk. Det sidste er et
// krav fra integrationsudvalget.") and a request came before it: a qualification, as "Det er
// et krav, at ..." would be.
std::optional<std::size_t> requirement_pointed_back(const std::vector<std::string>& words,
                                                    const std::vector<Sentence>& kinds,
                                                    const std::vector<std::size_t>& sentences, std::size_t i) {
  // clang-format off
  static const std::vector<std::vector<std::string>> pointers{
      {"det", "sidste", "er", "et", "krav"}, {"dette", "er", "et", "krav"}, {"det", "siste", "er", "et", "krav"},
      {"det", "sista", "är", "ett", "krav"}, {"detta", "är", "ett", "krav"},
      {"the", "latter", "is", "a", "requirement"}, {"this", "is", "a", "requirement"},
      // who demands it, with no "at" of its own ("Det er et krav fra både ledelsen og personalet.")
      {"det", "er", "et", "krav", "fra"}, {"det", "är", "ett", "krav", "från"}, {"it", "is", "a", "requirement", "from"}};
  // clang-format on
  if (i == 0 || i >= sentences.size() || i > kinds.size() || sentences[i - 1] == sentences[i]) return std::nullopt;
  if (std::none_of(pointers.begin(), pointers.end(), [&](const auto& p) { return phrase_at(words, i, p); })) {
    return std::nullopt;
  }
  std::size_t start = i - 1;
  while (start > 0 && sentences[start - 1] == sentences[i - 1]) --start;
  const bool asked_before = std::any_of(kinds.begin(), kinds.begin() + static_cast<std::ptrdiff_t>(start),
                                        [](Sentence kind) { return kind == Sentence::asks; });
  return asked_before ? std::optional<std::size_t>(start) : std::nullopt;
}

Qualification qualification_of(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                               const std::vector<std::size_t>& sentences) {
  Qualification found = Qualification::none;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (requirement_pointed_back(words, kinds, sentences, i)) found = Qualification::requirement;
    if (!qualifies_at(words, kinds, sentences, i)) continue;
    if (!states_requirement(words, kinds, i)) return Qualification::cue;
    found = Qualification::requirement;
  }
  return found;
}

// For each word of tokenize(text): true if it is in a qualification of a request, from
// the word after its cue to the end of its sentence: "…, og også en robot, der kan moppe
// gulvet" asks for a mopping robot as well. (Not to a comma: "også øjendråber,
// smerteplastre og flydende medicin" is one qualification.)
std::vector<bool> qualifying_words(std::string_view text, const std::vector<std::string>& words,
                                   const std::vector<Sentence>& kinds) {
  auto marks = words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    return qualifies_at(words, kinds, sentences, i);
  });
  const auto sentences = sentence_numbers(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const auto start = requirement_pointed_back(words, kinds, sentences, i)) {
      std::fill(marks.begin() + static_cast<std::ptrdiff_t>(*start), marks.begin() + static_cast<std::ptrdiff_t>(i),
                true);
    }
  }
  return marks;
}

// For each word of tokenize(text): true if it follows, in its sentence, a cue of a sentence
// that adds a demand to an earlier request (adds_demand_after_request).
std::vector<bool> added_demand_words(std::string_view text, const std::vector<std::string>& words,
                                     const std::vector<Sentence>& kinds) {
  return words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    return adds_demand_after_request(words, kinds, sentences, i);
  });
}

// Where a develop cue may stand: affirmed, and not where a condition develops into
// something ("hudirritation, som kan udvikle sig til sår", "utvikle seg til", "develop
// into"), which says what is to be prevented, not that the municipality will build it.
// The Nordic cues are infinitives ("vi vil udvikle"; a resident "udvikler" sores), but
// English "develop" is also what residents do ("many develop red skin"): it asks to
// build only after "to", a modal, "we", "us" or "co-".
std::vector<bool> requests_to_develop(const std::vector<std::string>& words, std::vector<bool> affirmed) {
  static const std::set<std::string> becomes{"sig", "seg", "into"};
  static const std::set<std::string> builders{"to",  "we",    "us",   "co",     "will", "would",
                                              "can", "could", "shall", "should", "must", "jointly"};
  for (std::size_t i = 0; i < words.size() && i < affirmed.size(); ++i) {
    if (i + 1 < words.size() && becomes.count(words[i + 1]) != 0) affirmed[i] = false;
    if (words[i] == "develop" && (i == 0 || builders.count(words[i - 1]) == 0)) affirmed[i] = false;
  }
  return affirmed;
}

// Where a market-lacks cue may stand: not where someone did not find the way ("har ikke
// fundet hjem", "inte hittat hem", "haven't found their way back"): a person got lost,
// the market was not searched.
std::vector<bool> without_lost_ways(const std::vector<std::string>& words, std::vector<bool> affirmed) {
  static const std::set<std::string> found{"fundet", "hittat", "funnet", "found", "finde", "hitta", "finne", "find"};
  static const std::set<std::string> ways{"hjem",  "hem",   "home",    "vej",      "vejen",   "vägen", "veien",
                                          "vegen", "way",   "tilbage", "tillbaka", "tilbake", "back"};
  static const std::set<std::string> determiners{"their", "the", "his", "her", "sin", "sig"};
  for (std::size_t i = 0; i + 1 < words.size() && i < affirmed.size(); ++i) {
    if (found.count(words[i]) == 0) continue;
    const bool determined = determiners.count(words[i + 1]) != 0 && i + 2 < words.size();
    if (ways.count(words[determined ? i + 2 : i + 1]) == 0) continue;
    // The cue opens up to two words before the verb ("ikke fundet", "haven t found").
    for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i; ++k) affirmed[k] = false;
  }
  return affirmed;
}

// True if a sentence is an open question, one that opens with a question word ("Hvad vil I
// anbefale?", "Hvor skal vi starte?", "What should we buy?"): it asks the reader what to
// do, where a yes/no question ("Kan man få en ...?") names what it wants.
bool is_open_question(const std::vector<std::string>& words, char terminator) {
  static const std::set<std::string> question_words{
      "hvad", "hvilke", "hvilken", "hvilket", "hvor", "hvordan", "hvorfor",  // da, nb
      "hva", "hvem",                                                         // nb
      "vad", "vilka", "vilken", "vilket", "var", "hur", "varför",            // sv
      "what", "which", "where", "how", "why"};                               // en
  static const std::set<std::string> openers{"og", "men", "så", "och", "and", "but", "so"};
  const std::size_t first = !words.empty() && openers.count(words[0]) != 0 ? 1 : 0;
  return terminator == '?' && first < words.size() && question_words.count(words[first]) != 0;
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

// For each word of tokenize(text): true if its sentence is an open question that asks what
// the market has ("Hvad findes der, og hvad skal udvikles?", "What exists, and what would
// have to be developed?"). Its develop cue asks which part is missing, the market dialogue
// of the guide; it does not say the municipality will develop.
std::vector<bool> asks_what_exists(std::string_view text) {
  return sentence_marks(text, [](const std::vector<std::string>& words, char terminator) {
    return is_open_question(words, terminator) && contains_phrase(words, what_exists_phrases());
  });
}

// Words of a question about how the municipality may or should act rather than what it
// needs: the law and its rules, permission, responsibility and ownership, payment models,
// ethics and consent. Danish and Norwegian first (lease in every language). Not GDPR or a
// model: products are asked to comply with the one and come in the other.
const std::vector<std::vector<std::string>>& conduct_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"må", "vi"}, {"må", "man"}, {"må", "kommunen"}, {"kommunen", "må"}, {"lov", "til"}, {"lovligt"}, {"lovlig"},
      {"lovgivningen"}, {"regler"}, {"reglerne"}, {"reglene"}, {"regelverket"}, {"ansvar"}, {"ansvaret"},
      {"ansvarlig"}, {"ejer"}, {"ejerskab"}, {"eier"}, {"eierskap"}, {"rettighederne"}, {"rettighetene"},
      {"egenbetaling"}, {"brugerbetaling"}, {"egenandel"}, {"leje", "eller", "købe"}, {"fordele", "og", "ulemper"},
      {"etik"}, {"etikk"}, {"samtykke"}, {"databehandleraftale"}, {"databehandleraftaler"}, {"databehandleravtale"},
      {"lease"}, {"leasing"}, {"juridisk"}, {"juridiske"}, {"hvad", "gælder"},
      // Swedish
      {"tillåtet"}, {"lagligt"}, {"lagstiftningen"}, {"reglerna"}, {"ansvarig"}, {"äger"}, {"egenavgift"},
      {"för", "och", "nackdelar"}, {"samtycke"}, {"juridiskt"}, {"juridiska"},
      // English
      {"legally"}, {"legal"}, {"allowed"}, {"permitted"}, {"rules"}, {"legislation"}, {"responsible"},
      {"responsibility"}, {"liable"}, {"liability"}, {"owns"}, {"ownership"}, {"user", "fee"}, {"user", "fees"},
      {"pros", "and", "cons"}, {"ethics"}, {"ethical"}, {"consent"}};
  // clang-format on
  return phrases;
}

// True if the words speak of what exists or can be had ("findes", "available", "hvad findes
// der"): a question of them asks for products.
bool names_what_exists(const std::vector<std::string>& words) {
  static const std::set<std::string> exists{
      "findes",      "finnes",       "finns",       "fås",          "exist",        "exists",       "available",
      "tilgængelig", "tilgængelige", "tillgänglig", "tillgängliga", "tilgjengelig", "tilgjengelige"};
  return std::any_of(words.begin(), words.end(), [](const std::string& word) { return exists.count(word) != 0; }) ||
         contains_phrase(words, what_exists_phrases());
}

// True if a sentence asks a question of conduct (conduct_phrases): a question that names
// one, or an indirect question whose subject one opens ("skal vi vide, om vi må …", "bedt
// os om et oplæg til, hvordan ansvaret …"). Not a sentence that asks what exists ("Hvilke
// løsninger findes der, og hvordan håndterer de samtykke?") or names what it asks for
// ("en løsning, der viser, hvordan ansvaret er fordelt"): that is a request for a product.
bool asks_about_conduct(const std::vector<std::string>& words, char terminator) {
  // Question words that open an indirect question; not the relatives "who" and "när"
  // ("residents who are responsible for their medicine").
  static const std::set<std::string> interrogatives{"hvordan", "hvem", "hvornår", "hur", "vem", "whether", "how"};
  // "om" (whether) before a pronoun or a noun as its subject: "om vi må", "om kommunen må";
  // "reglerne om samtykke" and "om de ældres samtykke" are about consent.
  static const std::set<std::string> subjects{"vi",       "man",           "kommunen",     "personalet",
                                              "borgeren", "borgerne", "medarbejderne", "medarbeiderne"};
  static const std::set<std::string> asked_for{"løsning",   "løsningen", "løsninger",    "lösning",    "lösningen",
                                               "lösningar", "solution",  "solutions",    "system",     "systemet",
                                               "app",       "appen",     "værktøj",      "verktøy",    "verktyg",
                                               "tool",      "device",    "hjælpemiddel", "hjälpmedel", "hjelpemiddel"};
  constexpr std::size_t kReach = 5;  // words from the question word to the phrase
  if (names_what_exists(words) ||
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return asked_for.count(w) != 0; })) {
    return false;
  }
  if (terminator == '?' && contains_phrase(words, conduct_phrases())) return true;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const bool opens_whether = words[i] == "om" && subjects.count(words[i + 1]) != 0;
    if (interrogatives.count(words[i]) == 0 && !opens_whether) continue;
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), i + 1 + kReach));
    if (contains_phrase(std::vector<std::string>(first, last), conduct_phrases())) return true;
  }
  return false;
}

// For each of `words`, tokenize(text): true if it follows "det kunne være", "det kan vara", "it
// could be" in its sentence: the options a need lists where it has not chosen ("men vi ved
// ikke rigtig hvor – det kunne være i træningen, på handicapområdet eller …"), which it does
// not ask for.
std::vector<bool> option_words(std::string_view text, const std::vector<std::string>& words) {
  static const std::set<std::string> it{"det", "it", "this", "that"};
  static const std::set<std::string> could{"kunne", "kan", "kunna", "could", "might"};
  static const std::set<std::string> be{"være", "vara", "be"};
  return words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& /*sentences*/, std::size_t i) {
    return i >= 2 && be.count(words[i]) != 0 && could.count(words[i - 1]) != 0 && it.count(words[i - 2]) != 0;
  });
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
// writer who says how they feel ("Jeg er bekymret for ...") introduces no role.
std::size_t self_introduction_words(std::string_view sentence, const std::vector<std::string>& words) {
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
  if (colon == std::string_view::npos) return 0;
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
  for (std::size_t i = opens; i < words.size(); ++i) {
    if (to.count(words[i]) != 0) return 0;
  }
  return words.size();
}

enum class Casing { name, lower, other };

// How each word of tokenize(text) is written: as a name, capitalised with lower-case letters
// after the first and not the first word of its sentence or of what follows a colon, a quote
// or a dash ("Inger på 81", "bor i Viby"); in lower case; or otherwise (first in its sentence,
// an abbreviation in capitals), which says nothing either way.
std::vector<Casing> word_casings(std::string_view text) {
  const std::string lower = to_lower(text);
  const std::vector<WordSpan> spans = word_spans(lower);
  std::vector<Casing> marks(spans.size(), Casing::other);
  if (lower.size() != text.size()) return marks;  // a letter whose cases differ in length: read none
  const std::vector<std::size_t> sentences = sentence_numbers(text);
  static const std::vector<std::string_view> openers{":", ";", "\"", "'", "(", "-", "«", "»", "“", "”", "„", "–", "—"};
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

// Where the verb of a sentence that opens as a question to the reader stands ("Could you
// check ...", "Kan du lige undersøge ...", "Kan I finde ..."), if it opens so.
std::optional<std::size_t> verb_asked_of_reader(const std::vector<std::string>& words) {
  static const std::set<std::string> modals{"kan", "kunne", "kunde", "can", "could", "would", "will"};
  static const std::set<std::string> you{"du", "i", "ni", "dere", "you"};
  static const std::set<std::string> softeners{"lige", "evt", "eventuelt", "gerne", "gjerne", "gärna", "please"};
  if (words.size() < 3 || modals.count(words[0]) == 0 || you.count(words[1]) == 0) return std::nullopt;
  return softeners.count(words[2]) != 0 && words.size() > 3 ? 3 : 2;
}

// For each word of tokenize(text): true if it names who brought the need, as the subject of
// a verb of asking that opens its sentence ("Neurorehabiliteringen har henvendt sig om …",
// "Parkinsonforeningens lokalafdeling har spurgt, om …", "The chair has asked me …"): the
// department or council that asked is who the need comes from, not what it is about; so does
// the writer's introduction of themselves that opens the need (self_introduction_words), and
// the byline of a need passed on (byline_words). So does the verb of a question to the
// reader that opens its sentence ("Could you check the market?", "Kan du undersøge det inden
// mødet?", "Kan I finde sådan en dyne"): it says what the reader is to do, not the product.
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

// For each word of tokenize(text): true if its sentence asks a question of conduct.
std::vector<bool> conduct_words(std::string_view text) { return sentence_marks(text, asks_about_conduct); }

// True if a question asks whether something exists or can be had ("Findes der en sengealarm,
// der ...?", "Kan man få en lift, som ...?", "Is there an app that ...?", "hvad findes der?").
bool asks_whether_it_exists(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> can_be_had{
      {"kan", "man", "få"},    {"kan", "vi", "få"},    {"kan", "man", "købe"}, {"kan", "vi", "købe"},
      {"kan", "man", "kjøpe"}, {"kan", "man", "köpa"}, {"can", "we", "get"},   {"can", "we", "buy"},
      {"is", "there"},         {"are", "there"},       {"er", "der", "nogen"}, {"er", "det", "noen"}};
  return names_what_exists(words) || contains_phrase(words, can_be_had);
}

// For each word of tokenize(text): true if its sentence is a question that does not ask
// whether something exists ("Hvad siger Ankestyrelsens praksis?", "hvor længe skal en
// afprøvning køre?"): what such a question names is what the writer wonders about, not what
// a product must do ("Findes der en sengealarm, der ...?" asks for one).
std::vector<bool> question_words(std::string_view text) {
  return sentence_marks(text, [](const std::vector<std::string>& words, char terminator) {
    return terminator == '?' && !asks_whether_it_exists(words);
  });
}

// The experiences a sentence says someone has ("Ergoterapeuten har gode erfaringer med tunge
// dyner, men her har vi brug for ..."): what has been tried, told inside a request, not a
// wish to learn from others. "har" stands up to three words before "erfaringer", with no
// one asked between ("Har I erfaringer med ...?", "har andre kommuner erfaringer" ask).
// Peers "med samme erfaringer" are told of too.
std::vector<bool> told_experiences(const std::vector<std::string>& words) {
  static const std::set<std::string> have{"har", "haft", "hatt"};
  static const std::set<std::string> asked_of{"i", "du", "dere", "andre", "nogen", "nogle", "noen", "man"};
  constexpr std::size_t kReach = 3;  // "har haft rigtig gode erfaringer"
  // Others "med samme erfaringer" are peers who have lived the same, not experience asked for.
  static const std::set<std::string> same{"samme", "lignende", "tilsvarende"};
  std::vector<bool> told(words.size());
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "erfaringer") continue;
    if (same.count(words[i - 1]) != 0) {
      told[i] = true;
      continue;
    }
    for (std::size_t back = 1; back <= kReach && back <= i; ++back) {
      const std::string& word = words[i - back];
      if (asked_of.count(word) != 0) break;
      if (have.count(word) != 0) {
        told[i] = true;
        break;
      }
    }
  }
  return told;
}

// For each of `words`: true at "undersøge" (undersöka, undersøke) right before "hvad",
// "hvilke" or their kin ("har bedt mig undersøge, hvad vi kan gøre for de borgere", "undersöka
// vad som finns"): an inquiry of what there is or can be done, which a screening answers
// with products, not a question of how to go about it.
std::vector<bool> inquiries_of_what(const std::vector<std::string>& words) {
  static const std::set<std::string> inquire{"undersøge", "undersöka", "undersøke"};
  static const std::set<std::string> what{"hvad", "vad", "hva", "hvilke", "vilka", "hvilken", "vilken"};
  std::vector<bool> marks(words.size(), false);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    marks[i] = inquire.count(words[i]) != 0 && what.count(words[i + 1]) != 0;
  }
  return marks;
}

// `marks` with every position that `cleared` marks set to false.
std::vector<bool> cleared_where(std::vector<bool> marks, const std::vector<bool>& cleared) {
  for (std::size_t i = 0; i < marks.size() && i < cleared.size(); ++i) {
    if (cleared[i]) marks[i] = false;
  }
  return marks;
}

// A need says it wants to develop, or that the market lacks something, anywhere ("Vi har
// ikke fundet noget" tells the situation); it asks to explore where it asks, in its title
// or a request ("Vi vil undersøge"), not where it tells ("Vi har gode erfaringer med ...").
// The arguments are tokenize(), negated_words(), sentence_kinds(), qualifying_words() and
// conduct_words() of the text and the number of words of its first sentence.
NeedIntent intent_of(std::string_view text, const std::vector<std::string>& words, const std::vector<bool>& negated,
                     const std::vector<Sentence>& kinds, const std::vector<bool>& qualifying,
                     const std::vector<bool>& conduct, std::size_t lead_words) {
  std::vector<bool> affirmed(words.size()), asked(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    affirmed[i] = !(i < negated.size() && negated[i]);
    asked[i] = affirmed[i] && (i < lead_words || (i < kinds.size() && kinds[i] == Sentence::asks));
  }
  NeedIntent intent;
  // A question of conduct speaks of developing as a case ("Hvis … vores medarbejdere er med
  // til at udvikle produktet, hvem ejer så resultatet?"), not as what the need asks.
  const auto may_say_develop = cleared_where(
      cleared_where(without_lost_ways(words, requests_to_develop(words, affirmed)), asks_what_exists(text)), conduct);
  // The market lacks, in a qualification ("Men vi behöver också ett sätt att styra med
  // huvudet, och det har vi inte hittat"), only the part the qualification adds: what the
  // market has of the rest decides, as for a dialogue.
  intent.develop = contains_phrase(words, develop_phrases(), may_say_develop) ||
                   contains_phrase(words, market_lacks_phrases(), cleared_where(may_say_develop, qualifying));
  const auto inquiry = inquiries_of_what(words);
  intent.explores_approach = contains_phrase(words, explore_phrases(),
                                             cleared_where(cleared_where(asked, told_experiences(words)), inquiry)) ||
                             asks_for_a_way(words, asked) || doubts_the_market(words, affirmed);
  const bool inquires = std::any_of(inquiry.begin(), inquiry.end(), [](bool at) { return at; });
  intent.explore = intent.explores_approach || contains_phrase(words, what_exists_phrases(), asked) || inquires;
  const Qualification qualification = qualification_of(words, kinds, sentence_numbers(text));
  intent.qualified = qualification != Qualification::none;
  intent.only_required = qualification == Qualification::requirement;
  intent.open_question = any_sentence(text, is_open_question);
  const bool asks_how_technology = asks_how_technology_helps(words);
  intent.undecided = asks_how_technology || states_undecided(words) || any_sentence(text, weighs_options);
  intent.asks_strategy = asks_how_technology && names_a_strategy_frame(words);
  intent.asks_conduct = std::find(conduct.begin(), conduct.end(), true) != conduct.end();
  return intent;
}

// True if a clause opening with `words` says what the need is for or must prevent:
// "så" (so that; not "så snart", as soon as), "før" (before), "for at", "so", "before",
// "in order to", after an optional "og"/"men".
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
  return word == "før" || word == "innan" || word == "before";
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
  const auto mark_from = [&](std::size_t first) {
    out[first] = true;
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

// For each word of tokenize(text): true if it is in the adverbial that opens its sentence
// with where it happens, up to the verb and its subject ("I vores hjerterehabilitering på
// sundhedscentret har vi …", "Ved de forebyggende hjemmebesøg møder vi …", "In our day
// centre we …"): the service or place the need is told from, not what it asks for.
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
  std::vector<bool> out;
  for_each_clause(text, [&](const std::vector<std::string>& words, bool after_comma) {
    out.insert(out.end(), words.size(), after_comma && opens_purpose(words));
  });
  return out;
}

// For each word of tokenize(text): true if it follows, in its clause, a marker of an
// example ("fx med en tablet eller en telefon", "f.eks.", "for example", "e.g.", "till
// exempel", "t.ex.", "such as"): what it names is one way of doing what is asked.
std::vector<bool> example_words(std::string_view text) {
  static const std::vector<std::vector<std::string>> markers{
      {"fx"},          {"f", "eks"},       {"f", "x"},          {"for", "eksempel"},
      {"eksempelvis"}, {"såsom"},          {"till", "exempel"}, {"t", "ex"},
      {"exempelvis"},  {"for", "example"}, {"for", "instance"}, {"e", "g"},
      {"such", "as"}};
  std::vector<bool> out;
  for_each_clause(text, [&](const std::vector<std::string>& words, bool /*after_comma*/) {
    bool in_example = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      out.push_back(in_example);
      in_example = in_example || std::any_of(markers.begin(), markers.end(), [&](const auto& marker) {
                     return i + 1 >= marker.size() && phrase_at(words, i + 1 - marker.size(), marker);  // ends at i
                   });
    }
  });
  return out;
}

NeedIntent need_intent(std::string_view text) {
  const auto words = tokenize(text);
  const auto kinds = sentence_kinds(text);
  return intent_of(text, words, negated_words(text), kinds, qualifying_words(text, words, kinds), conduct_words(text),
                   tokenize(first_sentence(text)).size());
}

Analyzer::Analyzer(const Xapian::Database& db, std::shared_ptr<const Lexicon> lexicon)
    : db_(db), lexicon_(std::move(lexicon)), terms_(db) {
  for (const auto& lang : Lexicon::stemmer_languages()) {
    stemmers_.push_back(schema::stemmer_for(lang));
    lookup_stemmers_.push_back(stemmers_.size() - 1);
  }
}

Analyzer::Analyzer(const Xapian::Database& db, const LanguageResources& resources)
    : Analyzer(db, std::make_shared<const Lexicon>(resources)) {}

std::optional<Analyzer::ConceptMatch> Analyzer::match_loose_phrase(const std::vector<std::string>& words,
                                                                   std::size_t start, std::size_t end) const {
  std::optional<ConceptMatch> best;
  std::size_t best_words = 0;
  for (const std::size_t s : lookup_stemmers_) {
    for (const auto& phrase : lexicon_->loose_phrases(s, stem(s, words[start]))) {
      const std::size_t reach = std::min(end, start + phrase.length + kMaxPhraseGap);
      std::size_t matched = 1, at = start + 1;
      for (; at < reach && matched < phrase.stems.size(); ++at) {
        if (stem(s, words[at]) != phrase.stems[matched]) continue;
        const std::string& wanted = phrase.prepositions[matched];
        const std::string& before = words[at - 1];
        if (!wanted.empty() && before != wanted && is_preposition(before)) break;  // "over gulvet", not "på gulvet"
        ++matched;
      }
      if (matched == phrase.stems.size() && matched > best_words) {
        best = ConceptMatch{phrase.concept_index, at - start};
        best_words = matched;
      }
    }
  }
  return best;
}

bool Analyzer::covers(const AspectPlan& plan, const std::set<std::string>& document_terms) {
  if (!plan.concept_term.empty()) return document_terms.count(plan.concept_term) != 0;
  return std::any_of(plan.alternatives.begin(), plan.alternatives.end(), [&](const Alternative& alternative) {
    return std::all_of(alternative.words.begin(), alternative.words.end(), [&](const auto& terms) {
      return std::any_of(terms.begin(), terms.end(), [&](const auto& term) { return document_terms.count(term) != 0; });
    });
  });
}

// The aspect's query matches the documents `covers` accepts, with each index term read
// once where it can be: the terms of one-word alternatives form one flat synonym, and a
// phrase is left out when it repeats another or when one of its words can only match a
// document that one-word alternative already matches. (Thesaurus phrasings overlap a lot:
// without this a need's query named a common stem a dozen times, and Xapian reads a
// posting list per occurrence.)
Xapian::Query Analyzer::query_for(const AspectPlan& plan) {
  if (!plan.concept_term.empty()) return Xapian::Query(plan.concept_term);
  std::set<std::string> single_terms;
  for (const auto& alternative : plan.alternatives) {
    if (alternative.words.size() == 1) single_terms.insert(alternative.words[0].begin(), alternative.words[0].end());
  }
  const auto matched_by_singles = [&](const std::vector<std::string>& terms) {
    return !terms.empty() &&
           std::all_of(terms.begin(), terms.end(), [&](const auto& term) { return single_terms.count(term) != 0; });
  };
  std::vector<Xapian::Query> alternatives(single_terms.begin(), single_terms.end());
  std::set<std::vector<std::set<std::string>>> phrases_seen;
  for (const auto& alternative : plan.alternatives) {
    if (alternative.words.size() < 2) continue;
    if (std::any_of(alternative.words.begin(), alternative.words.end(), matched_by_singles)) continue;
    std::vector<std::set<std::string>> phrase;
    for (const auto& terms : alternative.words) phrase.emplace_back(terms.begin(), terms.end());
    std::sort(phrase.begin(), phrase.end());
    if (!phrases_seen.insert(phrase).second) continue;
    std::vector<Xapian::Query> words;
    words.reserve(phrase.size());
    for (const auto& terms : phrase) words.emplace_back(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
    alternatives.emplace_back(Xapian::Query::OP_AND, words.begin(), words.end());
  }
  return Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
}

bool Analyzer::is_stopword(const std::string& word) const { return lexicon_->is_stopword(word); }

bool Analyzer::is_content_word(const std::string& word) const {
  return utf8_length(word) >= 3 && !is_stopword(word) && !is_number(word);
}

std::string Analyzer::key_for(std::span<const std::string> words, std::size_t stemmer) const {
  std::string key;
  for (const auto& word : words) {
    if (!key.empty()) key += ' ';
    key += stem(stemmer, word);
  }
  return key;
}

const std::string& Analyzer::stem(std::size_t stemmer, const std::string& word) const {
  if (stems_.size() != stemmers_.size()) stems_.resize(stemmers_.size());
  auto& known = stems_[stemmer];
  const auto found = known.find(word);
  if (found != known.end()) return found->second;
  return known.emplace(word, usable_stem_of(stemmers_[stemmer], word)).first->second;
}

std::optional<Analyzer::ConceptMatch> Analyzer::match_concept(const std::vector<std::string>& words, std::size_t start,
                                                              std::size_t end) const {
  end = std::min(end, words.size());
  if (start >= end) return std::nullopt;
  const std::size_t longest = std::min(lexicon_->max_concept_words(), end - start);
  const std::span<const std::string> from(words.data() + start, end - start);
  for (std::size_t length = longest; length >= 1; --length) {
    if (length == 1 && is_stopword(from[0])) return std::nullopt;
    // Before single words: a phrase with a few words between its own ("raise a person
    // safely from the floor" is "raise from the floor").
    if (length == 1) {
      if (const auto loose = match_loose_phrase(words, start, end)) return loose;
      if (const auto scoped = match_scoped_word(from[0])) return ConceptMatch{*scoped, 1};
    }
    for (const std::size_t s : lookup_stemmers_) {
      if (lexicon_->longest_term_from(s, stem(s, from[0])) < length) continue;
      if (const auto found = lexicon_->concept_for(s, key_for(from.first(length), s))) {
        return ConceptMatch{*found, length};
      }
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> Analyzer::match_scoped_word(const std::string& word) const {
  return lexicon_->scoped_concept_for(word, text_language_);
}

std::vector<std::string> Analyzer::existing_terms(const std::vector<std::string>& candidates, bool remember) const {
  std::vector<std::string> found;
  for (const auto& term : candidates) {
    if (!term.empty() && term.size() < 240 && (remember ? terms_.exists(term) : terms_.exists_once(term))) {
      add_unique(found, term);
    }
  }
  return found;
}

void Analyzer::use_concept_terms(bool use) {
  concept_terms_ = use;
  concept_plans_.clear();
}

void Analyzer::clear_cache() {
  terms_.clear();
  expansions_.clear();
  corrections_.clear();
  compounds_.clear();
  concept_plans_.clear();
}

std::vector<std::string> Analyzer::exact_terms(const std::string& word) const {
  return existing_terms(term_candidates(stemmers_, word));
}

const std::vector<std::string>& Analyzer::terms_as_written(const std::string& word) const {
  const auto cached = expansions_.find(word);
  if (cached != expansions_.end()) return cached->second;
  return expansions_[word] = exact_terms(word);
}

std::vector<std::string> Analyzer::expand_word(const std::string& word) const {
  const auto& found = terms_as_written(word);
  if (!found.empty()) return found;
  const auto corrected = correction_of(word);
  if (!corrected || corrected->empty()) return {};
  return terms_as_written(*corrected);
}

std::optional<std::string> Analyzer::correction_of(const std::string& word) const {
  if (utf8_length(word) < kMinCorrectedLetters || word.size() > kMaxCorrectedBytes) return std::string();
  // Each correction scans part of the vocabulary: a need full of unknown words
  // (pasted code, another language) gets a bounded number of them. A correction cached
  // by an earlier need is charged too, so that a need reads the same whatever was matched
  // before it in the process.
  if (charged_.count(word) == 0) {
    if (corrections_left_ == 0) return std::nullopt;
    --corrections_left_;
    charged_.insert(word);
  }
  const auto cached = corrections_.find(word);
  if (cached != corrections_.end()) return cached->second;
  return corrections_[word] = spelling_correction(word);
}

std::string Analyzer::spelling_correction(const std::string& word) const {
  // Candidates share the first two bytes: misspellings rarely hit the first letters,
  // and the prefix keeps the scan of the vocabulary short.
  const std::string prefix = word.substr(0, 2);
  const std::size_t letters = utf8_length(word);
  const std::size_t limit = letters >= kMinLettersForTwoEdits ? 2 : 1;
  const bool slips_only = letters < kMinFreelyCorrectedLetters;
  std::string best;
  Xapian::doccount best_frequency = 0;
  std::size_t best_distance = limit + 1;
  terms_.for_each_with_prefix(prefix, kMaxCorrectionScan, [&](std::string_view candidate, Xapian::doccount frequency) {
    // A slip is one edit; checking for one first spares the distance table of every
    // other candidate a short word meets.
    const std::size_t distance =
        slips_only ? (is_typing_slip(word, candidate) ? 1 : limit + 1) : edit_distance(word, candidate, limit);
    if (distance <= limit && (distance < best_distance || (distance == best_distance && frequency > best_frequency))) {
      best = candidate, best_distance = distance, best_frequency = frequency;
    }
    return true;
  });
  return best;
}

std::vector<std::string> Analyzer::compounds_starting_with(const std::string& head) const {
  std::vector<std::pair<std::string, Xapian::doccount>> found;  // with its frequency (the scan reads it)
  if (utf8_length(head) < kMinCompoundHead || head.size() > kMaxCompoundBytes) return {};
  terms_.for_each_with_prefix(head, kMaxCompoundScan, [&](std::string_view word, Xapian::doccount frequency) {
    std::string rest(word.substr(head.size()));
    // A linking letter (-s-, -e-) joins the parts; the rest must be a word of the index.
    // (Looked up once: the concept's plan keeps what the scan found.)
    if (rest.size() > kMinCompoundPart && (rest[0] == 's' || rest[0] == 'e') && !terms_.exists_once(rest)) {
      rest.erase(0, 1);
    }
    if (rest.size() >= kMinCompoundPart && !is_stopword(rest) &&
        !existing_terms(term_candidates({stemmers_[0]}, rest), false).empty()) {
      found.emplace_back(std::string(word), frequency);
    }
    return true;
  });
  // The most frequent few: each is one more posting list in every query for the concept.
  if (found.size() > kMaxCompoundsPerHead) {
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    found.resize(kMaxCompoundsPerHead);
  }
  std::vector<std::string> words;
  words.reserve(found.size());
  for (auto& [word, frequency] : found) words.push_back(std::move(word));
  return words;
}

std::string Analyzer::shared_last_part(const std::string& first, const std::string& compound) const {
  // A last part that is a stop word ("handicap- og psykiatriområdet") adds nothing to
  // `first`: it stays as written.
  const auto parts = compound_split(compound);
  if (parts.size() >= 2) return is_stopword(parts.back()) ? std::string() : parts.back();
  // Parts the index lacks: the longest last part that makes `first` a thesaurus word or
  // a word of the index ("læse" + "vanskeligheder").
  for (std::size_t cut = kMinCompoundPart; cut + kMinCompoundPart <= compound.size(); ++cut) {
    if ((static_cast<unsigned char>(compound[cut]) & 0xC0) == 0x80) continue;  // inside a code point
    if (is_stopword(compound.substr(cut))) continue;
    const std::string joined = first + compound.substr(cut);
    if (match_concept({joined}, 0) || terms_.exists_once(joined)) return compound.substr(cut);
  }
  return {};
}

std::string Analyzer::with_coordinated_compounds(const std::string& text) const {
  static const std::set<std::string, std::less<>> conjunctions{"og", "eller", "samt", "och", "and", "or"};
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return text;  // the spans below are the text's too
  const auto spans = word_spans(lower);
  std::vector<std::string> words;  // tokenize(text), read off the spans
  words.reserve(spans.size());
  for (const auto& span : spans) words.emplace_back(lower, span.begin, span.end - span.begin);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t i = 0; i + 2 < spans.size(); ++i) {
    const std::string_view between(lower.data() + spans[i].end, spans[i + 1].begin - spans[i].end);
    if (between.empty() || between.front() != '-' || !trim(between.substr(1)).empty()) continue;
    if (conjunctions.count(words[i + 1]) == 0) continue;
    // A thesaurus phrase as written ("social- og sundhedsassistent") is one thing, not two.
    if (const auto phrase = match_concept(words, i); phrase && phrase->length >= 3) continue;
    const std::string last_part = shared_last_part(words[i], words[i + 2]);
    if (last_part.empty()) continue;
    out.append(text, copied, spans[i].end - copied).append(last_part);
    copied = spans[i].end + 1;  // the hyphen is left out
  }
  return copied == 0 ? text : out.append(text, copied, std::string::npos);
}

std::vector<std::string> Analyzer::compound_split(const std::string& word) const {
  const auto cached = compounds_.find(word);
  if (cached != compounds_.end()) return cached->second;
  return compounds_[word] = compound_split_uncached(word);
}

std::vector<std::string> Analyzer::compound_split_uncached(const std::string& word) const {
  const auto& compounds = lexicon_->resources().compounds;
  if (const auto known = compounds.find(word); known != compounds.end()) return known->second;
  if (word.size() < 2 * kMinCompoundPart + 1 || word.size() > kMaxCompoundBytes) return {};
  std::vector<std::string> best;
  Xapian::doccount best_score = 0;
  double parts_frequency = 0;  // of the best split
  for (std::size_t cut = kMinCompoundPart; cut + kMinCompoundPart <= word.size(); ++cut) {
    if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;  // inside a code point
    const std::string head = word.substr(0, cut);
    const std::string tail = word.substr(cut);
    // The head without a linking letter (-s-, -e-): "plejehjems" -> "plejehjem".
    const std::string unlinked = head.back() == 's' || head.back() == 'e' ? head.substr(0, cut - 1) : "";
    // A stop word and a linking letter is no part ("efters|koler"): the word begins with
    // the stop word ("efter|skoler"), which is not split off.
    if (!unlinked.empty() && is_stopword(unlinked)) continue;
    if (is_stopword(tail) || kWordEndings.count(tail) != 0) continue;
    // Parts must occur as written or stemmed; a spelling correction of a part would
    // turn every misspelt word into some compound. Looked up once: the split is kept per
    // word. The tail first: it is the same for both heads, and most cuts leave a tail the
    // index does not hold, so the heads' look-ups (a term per stemmer) are not needed.
    const auto right_terms = existing_terms(term_candidates({stemmers_[0]}, tail), false);
    if (right_terms.empty()) continue;
    const Xapian::doccount right_frequency = terms_.frequency_once(right_terms.front());
    for (const std::string& left : {head, unlinked}) {
      if (left.size() < kMinCompoundPart || is_stopword(left)) continue;
      const auto left_terms = existing_terms(term_candidates(stemmers_, left), false);
      if (left_terms.empty()) continue;
      const Xapian::doccount left_frequency = terms_.frequency_once(left_terms.front());
      const Xapian::doccount score = std::min(left_frequency, right_frequency);
      if (score > best_score) {
        best_score = score;
        best = {left, tail};
        parts_frequency = std::sqrt(static_cast<double>(left_frequency) * static_cast<double>(right_frequency));
      }
    }
  }
  // A word at least as common in the index as its parts together (the geometric mean of
  // their frequencies; Koehn and Knight, "Empirical methods for compound splitting",
  // 2003) is a word of its own that the cut happens to leave two terms of ("behandling":
  // "behandl" + "ing"): a compound is rarer than its parts.
  if (!best.empty() && parts_frequency <= word_frequency(word)) return {};
  return best;
}

// The word's index frequency: as written or by its Danish stem, the more common.
Xapian::doccount Analyzer::word_frequency(const std::string& word) const {
  Xapian::doccount frequency = 0;
  for (const auto& term : existing_terms(term_candidates({stemmers_[0]}, word), false)) {
    frequency = std::max(frequency, terms_.frequency_once(term));
  }
  return frequency;
}

Alternative Analyzer::alternative_for_phrase(const std::string& phrase) const {
  Alternative alternative;
  const auto words = tokenize(phrase);
  // A phrase that is one word once its stop words are gone ("står op om natten" ->
  // "natten") would match far more than it says: it finds the concept in a need (where
  // the whole phrase is matched) but is not searched for in records.
  const auto content = std::count_if(words.begin(), words.end(), [&](const auto& w) { return !is_stopword(w); });
  if (words.size() > 1 && content < 2) return {};
  for (const auto& word : words) {
    if (is_stopword(word)) continue;
    // Exact: a curated term the index lacks is absent, not a misspelling of another word.
    auto terms = exact_terms(word);
    if (terms.empty()) return {};  // a phrase with a word the index lacks cannot match
    alternative.words.push_back(std::move(terms));
  }
  return alternative;
}

const std::string& Analyzer::role_of(std::size_t concept_index) const {
  static const std::string what = Aspect{}.role;  // a group the thesaurus gave no role
  const auto& roles = lexicon_->resources().concept_roles;
  return concept_index < roles.size() ? roles[concept_index] : what;
}

// A means named only as an example is one way of doing what is asked, not what is asked.
bool is_example_means(const AspectPlan& plan) { return plan.means && plan.example; }

bool may_be_core(const AspectPlan& plan) {
  return plan.from_thesaurus && plan.aspect.role == "what" && !plan.purpose && !plan.background && !plan.condition &&
         !plan.setting && !is_example_means(plan);
}

bool is_target_group(const AspectPlan& plan) { return plan.from_thesaurus && plan.aspect.role == "who"; }

std::optional<std::size_t> heaviest_essential(const AnalysedNeed& need, bool (*eligible)(const AspectPlan&)) {
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {  // aspects are sorted by weight
    const AspectPlan& plan = need.aspects[i];
    if (plan.aspect.essential && (eligible == nullptr || eligible(plan))) return i;
  }
  return std::nullopt;
}

std::string in_field(const std::string& term, std::string_view prefix) {
  const bool stemmed = !term.empty() && term[0] == 'Z';
  return std::string(stemmed ? "Z" : "").append(prefix).append(stemmed ? term.substr(1) : term);
}

bool Analyzer::in_product_vocabulary(const AspectPlan& plan) const {
  for (const auto& alternative : plan.alternatives) {
    if (alternative.words.size() != 1) continue;
    for (const auto& term : alternative.words.front()) {
      for (const char* field : {schema::kNamePrefix, schema::kAreaTextPrefix}) {
        if (terms_.exists(in_field(term, field))) return true;
      }
    }
  }
  return false;
}

// Documents containing the aspect, estimated by its most frequent alternative.
// (The sum over alternatives, an upper bound of their union, weighed broad
// concepts too low and ranked worse on corpora/eval.)
double Analyzer::frequency_of(const AspectPlan& plan) const {
  double total = 0;
  for (const auto& alternative : plan.alternatives) {
    double smallest = -1;
    for (const auto& terms : alternative.words) {
      Xapian::doccount frequency = 0;
      for (const auto& term : terms) frequency = std::max(frequency, terms_.frequency(term));
      smallest = smallest < 0 ? frequency : std::min(smallest, static_cast<double>(frequency));
    }
    total = std::max(total, smallest);
  }
  return std::min(total, static_cast<double>(db_.get_doccount()));
}

AspectPlan Analyzer::plan_for_concept(std::size_t concept_index) const {
  const auto cached = concept_plans_.find(concept_index);
  if (cached != concept_plans_.end()) return cached->second;
  return concept_plans_[concept_index] = build_concept_plan(concept_index);
}

AspectPlan Analyzer::build_concept_plan(std::size_t concept_index) const {
  AspectPlan plan;
  plan.from_thesaurus = true;
  if (concept_terms_) plan.concept_term = concept_term(concept_index);
  const LanguageResources& resources = lexicon_->resources();
  const auto& terms = resources.concepts[concept_index];
  plan.aspect.label = terms.front();
  plan.aspect.role = role_of(concept_index);
  plan.means = concept_index < resources.concept_means.size() && resources.concept_means[concept_index];
  for (std::size_t term_index = 0; term_index < terms.size(); ++term_index) {
    const std::string& term = terms[term_index];
    plan.aspect.terms.push_back(term);
    // A term scoped to some languages would find records in the others too; the
    // concept term holds it for records in its own.
    if (term_language_mask(resources, concept_index, term_index) != kEveryLanguage) continue;
    Alternative alternative = alternative_for_phrase(term);
    // A one-word term also matches the index's compounds that begin with it
    // ("seng" -> "sengekanten", "fald" -> "faldrisikoen"): records are not split.
    if (alternative.words.size() == 1 && tokenize(term).size() == 1) {
      for (const auto& compound : compounds_starting_with(term)) add_unique(alternative.words.front(), compound);
    }
    if (!alternative.words.empty()) plan.alternatives.push_back(std::move(alternative));
    // A compound in the group also matches as its parts ("faldalarm" -> "fald" + "alarm").
    const auto parts = tokenize(term).size() == 1 ? compound_split(term) : std::vector<std::string>{};
    if (parts.size() >= 2) {
      Alternative split_form;
      for (const auto& part : parts) split_form.words.push_back(exact_terms(part));
      const bool complete = std::none_of(split_form.words.begin(), split_form.words.end(),
                                         [](const auto& w) { return w.empty(); });
      if (complete) plan.alternatives.push_back(std::move(split_form));
    }
  }
  return plan;
}

AspectPlan Analyzer::plan_for_word(const std::string& word, bool split_compounds) const {
  AspectPlan plan;
  plan.aspect.label = word;
  plan.aspect.terms.push_back(word);
  auto terms = expand_word(word);
  if (!terms.empty()) plan.alternatives.push_back(Alternative{{terms}});
  const auto parts = split_compounds ? compound_split(word) : std::vector<std::string>{};
  if (parts.size() >= 2) {
    Alternative split_form;
    for (const auto& part : parts) {
      split_form.words.push_back(exact_terms(part));
      plan.aspect.terms.push_back(part);
    }
    const bool complete = std::none_of(split_form.words.begin(), split_form.words.end(),
                                       [](const auto& w) { return w.empty(); });
    if (complete) plan.alternatives.push_back(std::move(split_form));
  }
  return plan;
}

std::optional<std::size_t> Analyzer::category_compound_head(const std::string& word) const {
  if (word.size() > kMaxCompoundBytes) return std::nullopt;
  for (std::size_t cut = kMinCompoundPart; cut + kMinCategoryBytes <= word.size(); ++cut) {
    if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;  // inside a code point
    const std::string tail = word.substr(cut);
    if (!is_stopword(tail)) continue;
    std::string head = word.substr(0, cut);
    for (const std::string& part : {head, std::string(head.back() == 's' || head.back() == 'e' ? head.substr(0, cut - 1) : "")}) {
      if (part.size() < kMinCompoundPart || is_stopword(part)) continue;
      if (const auto found = match_concept({part}, 0)) return found->concept_index;
    }
  }
  return std::nullopt;
}

// What the reading of one need has found so far: its words with what each sentence and
// clause does, the aspects by label, and where each was mentioned.
struct Analyzer::Reading {
  AnalysedNeed& need;
  bool split_compounds = false;
  std::size_t own_stemmer = 0;  // the need's own language's stemmer; Danish (0) for one without
  std::vector<std::string> words;
  // Declared before `negated`, whose initialiser fills it (negated_words).
  std::vector<bool> likened;  // compared with in a denied likeness, neither asked for nor ruled out
  std::vector<bool> negated;
  std::vector<bool> cited;  // in a short quotation (cited_words)
  std::size_t lead_words = 0;
  std::vector<Sentence> kinds;
  std::vector<bool> qualifying;
  std::vector<bool> added;     // in a sentence that adds a demand to the request (added_demand_words)
  std::vector<bool> demanded;  // in a sentence that says what the product must be (product_demand_words)
  std::vector<bool> purpose;
  std::vector<bool> group_condition;
  std::vector<bool> conduct;                // in a question of conduct (asks_about_conduct)
  std::vector<bool> options;                // among options listed, not chosen (option_words)
  std::vector<bool> requester;              // who brought the need (requester_words)
  std::vector<bool> example;                // named as an example of how (example_words)
  std::vector<bool> setting;                // in an opening adverbial of where (opening_setting_words)
  std::vector<bool> questions;              // in a question that does not ask what exists (question_words)
  std::vector<Casing> casings;              // how each word is written (word_casings)
  std::vector<std::size_t> sentence_ends;   // for each word, where its sentence's words end
  std::map<std::string, AspectPlan> plans;  // by label
  std::map<std::string, int> mentions;
  std::set<std::string> in_lead;
  std::set<std::string> in_lead_core;  // in_lead outside sentences that add a demand (added)
  std::set<std::string> in_request;  // mentioned where the need asks, outside what it is for
  std::set<std::string> in_stated_request;  // in_request outside questions (questions)
  std::set<std::string> in_qualification;
  std::set<std::string> in_product_demand;
  std::set<std::string> beyond_background;  // mentioned outside sentences about what exists
  std::set<std::string> beyond_condition;   // mentioned outside the condition of the people served
  std::set<std::string> beyond_purpose;     // mentioned outside clauses about what the need is for
  std::set<std::string> beyond_example;     // mentioned outside examples of how (example_words)
  std::set<std::string> beyond_setting;     // mentioned outside opening adverbials of where
  std::set<std::string> as_name;            // mentioned written as a name (casings)
  std::set<std::string> in_lower_case;      // mentioned written in lower case (casings)
  std::size_t position = 0;                 // of the word being read

  Reading(AnalysedNeed& analysed, const std::string& text, bool split)
      : need(analysed),
        split_compounds(split),
        words(tokenize(text)),
        negated(negated_words(text, &likened)),
        cited(cited_words(text)),
        lead_words(tokenize(first_sentence(text)).size()),
        kinds(sentence_kinds(text)),
        qualifying(qualifying_words(text, words, kinds)),
        added(added_demand_words(text, words, kinds)),
        demanded(product_demand_words(text, words, kinds)),
        purpose(purpose_words(text)),
        group_condition(group_condition_words(words)),
        conduct(conduct_words(text)),
        options(option_words(text, words)),
        requester(requester_words(text)),
        example(example_words(text)),
        setting(opening_setting_words(text)),
        questions(question_words(text)),
        casings(word_casings(text)),
        sentence_ends(sentence_ends_of(text)) {
    need.intent = intent_of(text, words, negated, kinds, qualifying, conduct, lead_words);
  }

  [[nodiscard]] Sentence kind_at(std::size_t index) const {
    return index < kinds.size() ? kinds[index] : Sentence::tells;
  }
  [[nodiscard]] bool negated_at(std::size_t index) const { return index < negated.size() && negated[index]; }
  [[nodiscard]] bool likened_at(std::size_t index) const { return index < likened.size() && likened[index]; }
  [[nodiscard]] bool cited_at(std::size_t index) const { return index < cited.size() && cited[index]; }
  [[nodiscard]] std::size_t sentence_end(std::size_t index) const {
    return index < sentence_ends.size() ? sentence_ends[index] : words.size();
  }

  // Where the aspect `label` is mentioned (at `position`) decides whether it was asked
  // for, requested, qualifying, or only background, purpose or the people's condition.
  void note_mention(const std::string& label) {
    ++mentions[label];
    if (position >= group_condition.size() || !group_condition[position]) beyond_condition.insert(label);
    if (position >= purpose.size() || !purpose[position]) beyond_purpose.insert(label);
    if (position >= example.size() || !example[position]) beyond_example.insert(label);
    if (position >= setting.size() || !setting[position]) beyond_setting.insert(label);
    if (position < casings.size() && casings[position] == Casing::name) as_name.insert(label);
    if (position < casings.size() && casings[position] == Casing::lower) in_lower_case.insert(label);
    // Who brought the need is its background, as what the municipality has is.
    if (position < requester.size() && requester[position]) return;
    const bool for_a_purpose = position < purpose.size() && purpose[position];
    if (position < lead_words || kind_at(position) == Sentence::asks) {
      in_lead.insert(label);
      // What a sentence adds to the request ("I tillegg vil vi at ...") is asked for, but
      // is not its core.
      if (position >= added.size() || !added[position]) in_lead_core.insert(label);
    }
    // A question of conduct names what the law or a responsibility is about, not what to buy.
    const bool about_conduct = position < conduct.size() && conduct[position];
    const bool an_option = position < options.size() && options[position];
    if (kind_at(position) == Sentence::asks && !for_a_purpose && !about_conduct && !an_option) {
      in_request.insert(label);
      if (position >= questions.size() || !questions[position]) in_stated_request.insert(label);
    }
    if (position < qualifying.size() && qualifying[position] && !for_a_purpose) in_qualification.insert(label);
    if (position < demanded.size() && demanded[position] && !for_a_purpose) in_product_demand.insert(label);
    if (kind_at(position) != Sentence::has) beyond_background.insert(label);
  }

  void add_plan(AspectPlan plan) {
    note_mention(plan.aspect.label);
    plans.emplace(plan.aspect.label, std::move(plan));
  }
};

AnalysedNeed Analyzer::analyse(const std::string& text) const {
  const std::string need_text = with_case_read_abbreviations(text);
  corrections_left_ = kMaxCorrectionsPerNeed;
  charged_.clear();
  stems_.clear();
  AnalysedNeed need;
  need.lang = detect_language(need_text);
  // Danish, Swedish and Norwegian write compounds as one word; English does not, and
  // splitting its words finds false parts ("explainable" -> "ble").
  const bool split_compounds = need.lang == "da" || need.lang == "sv" || need.lang == "nb";
  Reading reading(need, split_compounds ? with_coordinated_compounds(need_text) : need_text, split_compounds);
  reading.own_stemmer = choose_stemmers(need.lang);
  for (std::size_t i = 0; i < reading.words.size();) {
    reading.position = i;
    i += read_at(reading, i);
  }
  rule_out_kinds(reading);
  need.aspects = weighed_aspects(reading);
  // A target group demanded of the product qualifies a request that said no "men" or "krav".
  if (!need.intent.qualified &&
      std::any_of(need.aspects.begin(), need.aspects.end(), [](const AspectPlan& plan) { return plan.qualifying; })) {
    need.intent.qualified = need.intent.only_required = true;
  }
  // A technology the need both asks for and rules out ("kameraer i fællesarealer, men
  // ikke kamera i boligen") is left to the consultant: it is an aspect, not ruled out.
  const auto asked = [&](const RuledOut& out) { return reading.plans.count(out.plan.aspect.label) != 0; };
  need.ruled_out.erase(std::remove_if(need.ruled_out.begin(), need.ruled_out.end(), asked), need.ruled_out.end());
  return need;
}

std::size_t Analyzer::choose_stemmers(const std::string& lang) const {
  // A Nordic need may borrow words from its neighbours and from English; an English
  // need's words are English ("cat" is not the Swedish stem of "catheter").
  const auto& languages = Lexicon::stemmer_languages();
  text_language_ = language_bit(lang);
  lookup_stemmers_.clear();
  for (std::size_t s = 0; s < stemmers_.size(); ++s) {
    if (lang != "en" || languages[s] == "en") lookup_stemmers_.push_back(s);
  }
  const auto own_language = std::find(languages.begin(), languages.end(), lang);
  return own_language == languages.end() ? 0 : static_cast<std::size_t>(own_language - languages.begin());
}

std::size_t Analyzer::read_at(Reading& reading, std::size_t i) const {
  const auto& words = reading.words;
  AnalysedNeed& need = reading.need;
  if (const std::size_t idiom = idiom_words_at(words, i)) return idiom;
  if (reading.negated_at(i)) return read_negated(reading, i);
  if (reading.likened_at(i) || reading.cited_at(i)) {
    need.content_words += is_content_word(words[i]) ? 1 : 0;
    return 1;
  }
  if (const auto concept_match = match_concept(words, i, reading.sentence_end(i))) {
    reading.add_plan(plan_for_concept(concept_match->concept_index));
    need.content_words += 1;
    return concept_match->length;
  }
  if (is_content_word(words[i])) {
    need.content_words += 1;
    read_word(reading, words[i]);
  }
  return 1;
}

std::size_t Analyzer::read_negated(Reading& reading, std::size_t i) const {
  const auto& words = reading.words;
  AnalysedNeed& need = reading.need;
  const auto ruled_out = match_concept(words, i, reading.sentence_end(i));
  // The people served are who they are, whatever a sentence denies of them ("som aldrig
  // har fået konstateret ordblindhed" still speaks of people with dyslexia): a `who`
  // concept is read as if it were not negated.
  if (ruled_out && role_of(ruled_out->concept_index) == "who") {
    reading.add_plan(plan_for_concept(ruled_out->concept_index));
    need.content_words += 1;
    return ruled_out->length;
  }
  const std::size_t length = ruled_out ? ruled_out->length : 1;
  for (std::size_t k = i; k < i + length; ++k) need.content_words += is_content_word(words[k]) ? 1 : 0;
  // Only the technology itself, not one a word before it narrows ("without any image
  // sensor" rules out image sensors, not sensors; "ikke almindelig videoovervågning").
  const bool narrowed = i > 0 && is_content_word(words[i - 1]) && !is_negation(words[i - 1]);
  if (ruled_out && !narrowed) note_ruled_out(need, ruled_out->concept_index);
  return length;
}

void Analyzer::read_word(Reading& reading, const std::string& word) const {
  // A compound whose parts are thesaurus concepts stands for those concepts
  // ("plejehjemsbeboere" -> plejehjem + beboer -> plejecenter). The last part is what
  // the compound is ("soveværelse" is a room, not sleep): when it is a concept, the
  // parts before it count only as context (who, where), never as what is asked.
  bool as_concepts = false;
  const auto parts = reading.split_compounds ? compound_split(word) : std::vector<std::string>{};
  const auto head_concept = parts.empty() ? std::nullopt : match_concept({parts.back()}, 0);
  for (const auto& part : parts) {
    if (const auto part_concept = match_concept({part}, 0)) {
      const bool modifier = head_concept && part != parts.back();
      AspectPlan part_plan = plan_for_concept(part_concept->concept_index);
      if (modifier && part_plan.aspect.role == "what") continue;
      reading.add_plan(std::move(part_plan));
      as_concepts = true;
    }
  }
  if (as_concepts) return;
  // A compound that ends in a category word ("træningsløsning", "lokaliseringssystem",
  // "alarmteknologi") is what its first part is: the ending only says it is a solution.
  if (reading.split_compounds) {
    if (const auto first = category_compound_head(word)) {
      reading.add_plan(plan_for_concept(*first));
      return;
    }
  }
  // A misspelt concept word ("nattilsyyn") stands for its concept.
  if (exact_terms(word).empty()) {
    const auto corrected = correction_of(word);
    const auto corrected_concept = corrected && !corrected->empty() ? match_concept({*corrected}, 0) : std::nullopt;
    if (corrected_concept) {
      reading.add_plan(plan_for_concept(corrected_concept->concept_index));
      return;
    }
  }
  AspectPlan plan = plan_for_word(word, reading.split_compounds);
  // Inflections of one word ("sensoren", "sensorer"; Swedish "knapp", "knappar") share
  // their Danish stem, or the need's own language's, and one aspect.
  const std::size_t own = reading.own_stemmer;
  const auto same_word = [&](const std::string& other) {
    return stem(0, other) == stem(0, word) || (own != 0 && stem(own, other) == stem(own, word));
  };
  for (auto& [label, existing] : reading.plans) {
    if (!existing.from_thesaurus && same_word(label)) {
      reading.note_mention(label);
      return;
    }
  }
  reading.add_plan(std::move(plan));
}

std::vector<AspectPlan> Analyzer::weighed_aspects(Reading& reading) const {
  const double documents = std::max<double>(1, db_.get_doccount());
  std::vector<AspectPlan> kept;
  for (auto& [label, plan] : reading.plans) {
    plan.document_frequency = frequency_of(plan);
    plan.known = plan.document_frequency > 0;
    // In a market of some size, a word most documents share says little about the need.
    if (documents >= kMinDocumentsForCommonness && plan.document_frequency / documents > kTooCommonShare) continue;
    const double idf = std::log((documents + 1) / (std::max(plan.document_frequency, kMinDocumentsForIdfCap) + 1));
    const bool product_word = !plan.from_thesaurus && in_product_vocabulary(plan);
    // A person or a place the need names ("Inger på 81", "i Viby") is its story, unless the
    // market uses the word in its names and areas (a product, a town's university).
    // Written as a name once and never in lower case, it is one wherever it opens a sentence.
    const bool a_name = reading.as_name.count(label) != 0 && reading.in_lower_case.count(label) == 0;
    if (!plan.from_thesaurus && !product_word && a_name) continue;
    plan.domain = plan.from_thesaurus || product_word;
    const double vocabulary = plan.from_thesaurus ? kThesaurusBoost
                              : product_word ? kProductVocabularyBoost : kOtherWordFactor;
    plan.asked = reading.in_lead.count(label) != 0;
    plan.asked_as_core = reading.in_lead_core.count(label) != 0;
    plan.requested = reading.in_request.count(label) != 0;
    plan.requested_in_questions_only = plan.requested && reading.in_stated_request.count(label) == 0;
    // Whom the product must fit, said as what it must be ("Forløbet skal være lavet til
    // børn"), qualifies the request as a requirement would; other words of such a sentence
    // are often circumstances ("skal kunne køre mellem rollatorer og stole").
    const bool demanded_for_whom = is_target_group(plan) && reading.in_product_demand.count(label) != 0;
    plan.qualifying = reading.in_qualification.count(label) != 0 || demanded_for_whom;
    plan.purpose = reading.beyond_purpose.count(label) == 0;
    plan.background = reading.beyond_background.count(label) == 0;
    plan.condition = reading.beyond_condition.count(label) == 0;
    plan.example = reading.beyond_example.count(label) == 0;
    plan.setting = reading.beyond_setting.count(label) == 0;
    // The square root flattens IDF: a need's aspects matter more evenly than the
    // rarity of their words would say.
    plan.aspect.weight = std::sqrt(idf) * vocabulary * (plan.aspect.role == "what" ? 1.0 : kContextFactor) *
                         (1.0 + 0.25 * std::min(3, reading.mentions[label] - 1)) * (plan.asked ? kLeadBoost : 1.0) *
                         (plan.background ? kBackgroundFactor : 1.0) *
                         (plan.condition && plan.aspect.role == "what" ? kBackgroundFactor : 1.0);
    kept.push_back(std::move(plan));
  }
  finish_aspects(kept);
  return kept;
}

// A need that rules out a technology rules out its kinds (the thesaurus's `# kinds`): "uden
// at borgeren skal have noget på kroppen" rules out wristbands and smartwatches, and
// "Vores erfaring med armbånd … er, at de ender i skuffen" then names no aspect. A kind
// the need asks for stays an aspect (and the technology is then left to the consultant).
void Analyzer::rule_out_kinds(Reading& reading) const {
  const auto& kinds = lexicon_->resources().kinds;
  // By index and count: noting a kind appends to the list being read.
  const std::size_t named = reading.need.ruled_out.size();
  for (std::size_t i = 0; i < named; ++i) {
    const auto found = kinds.find(reading.need.ruled_out[i].concept_index);
    if (found == kinds.end()) continue;
    for (const std::size_t kind : found->second) {
      const std::string& label = lexicon_->resources().concepts[kind].front();
      if (reading.in_request.count(label) == 0 && note_ruled_out(reading.need, kind)) reading.plans.erase(label);
    }
  }
}

bool Analyzer::note_ruled_out(AnalysedNeed& need, std::size_t concept_index) const {
  AspectPlan plan = plan_for_concept(concept_index);
  if (!plan.means) return false;
  const bool known = std::any_of(need.ruled_out.begin(), need.ruled_out.end(),
                                 [&](const RuledOut& out) { return out.concept_index == concept_index; });
  if (!known) need.ruled_out.push_back({concept_index, std::move(plan)});
  return true;
}

std::set<std::size_t> Analyzer::named_only_negated(const std::string& text, const std::string& lang,
                                                   const std::set<std::size_t>& concepts) const {
  // A record may be in any of the languages, whatever the need's; the need's stemmers
  // and language come back however this ends.
  struct Restore {
    std::vector<std::size_t>& slot;
    std::vector<std::size_t> saved;
    LanguageMask& language_slot;
    LanguageMask saved_language;
    ~Restore() {
      slot = std::move(saved);
      language_slot = saved_language;
    }
  } restore{lookup_stemmers_, lookup_stemmers_, text_language_, text_language_};
  text_language_ = language_bit(lang);
  lookup_stemmers_.resize(stemmers_.size());
  std::iota(lookup_stemmers_.begin(), lookup_stemmers_.end(), std::size_t{0});
  const auto words = tokenize(text);
  const auto negated = negated_words(text);
  const auto is_negated = [&](std::size_t i) { return i < negated.size() && negated[i]; };
  // Where each word's sentence ends, as in a need: read only once a negated word is met.
  std::vector<std::size_t> sentence_ends;
  // The wanted concept that a phrase at `i` names, if any.
  const auto named_at = [&](std::size_t i) -> std::optional<std::size_t> {
    if (sentence_ends.empty()) sentence_ends = sentence_ends_of(text);
    const auto found = match_concept(words, i, i < sentence_ends.size() ? sentence_ends[i] : words.size());
    if (!found || concepts.count(found->concept_index) == 0) return std::nullopt;
    return found->concept_index;
  };
  // Most records that hold a technology name it plainly and have no negation near it:
  // only the few negated words are read first, the whole text only after a hit there.
  std::set<std::size_t> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_negated(i)) continue;
    if (const auto named = named_at(i)) out.insert(*named);
  }
  for (std::size_t i = 0; !out.empty() && i < words.size(); ++i) {
    if (is_negated(i)) continue;
    if (const auto named = named_at(i)) out.erase(*named);
  }
  return out;
}

}  // namespace radar::match
