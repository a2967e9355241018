#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "demands.h"
#include "radar/concepts.h"
#include "radar/idioms.h"
#include "radar/language.h"
#include "radar/schema.h"
#include "radar/text.h"
#include "requests.h"
#include "sentences.h"

namespace radar::match {

namespace {

constexpr std::size_t kMaxAspects = 10;
constexpr std::size_t kMaxFirstNameLetters = 6;  // "Peter", "Signe", "Rikke", "Jonas"
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
    "bar",    "bare",  "else", "elser", "ende",   "endes",   "ens", "ere",  "erne", "ges",  "hed",
    "heden",  "heder", "ing",  "ingen", "inger",  "ingerne", "isk", "iske", "lig",  "lige", "ligere",
    "ligste", "ligt",  "mer",  "ning",  "ningen", "ninger",  "per", "rede", "ret",  "ring", "sen"};
// So is a Greek ending of a field or its expert after its linking vowel ("uro|logen",
// "psyko|log", "dia|log"), whose "log" the vocabulary holds as a record's log; after a
// word that ends otherwise it is that log ("søvn|log").
const std::set<std::string, std::less<>> kGreekEndings{"log",  "logen",  "loger",  "logerne",
                                                       "logi", "logien", "logisk", "logiske"};
bool is_greek_ending(std::string_view head, std::string_view tail) {
  return !head.empty() && (head.back() == 'o' || head.back() == 'a') && kGreekEndings.count(tail) != 0;
}
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

// How many of a loose phrase's stop words occur among words[start, reach).
std::size_t others_within(const LoosePhrase& phrase, const std::vector<std::string>& words, std::size_t start,
                          std::size_t reach) {
  const auto first = words.begin() + static_cast<std::ptrdiff_t>(start);
  const auto last = words.begin() + static_cast<std::ptrdiff_t>(reach);
  return static_cast<std::size_t>(
      std::count_if(phrase.other_words.begin(), phrase.other_words.end(),
                    [&](const auto& other) { return std::find(first, last, other) != last; }));
}

}  // namespace

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
  std::size_t best_words = 0, best_missing = 0, best_found = 0;
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
      if (matched != phrase.stems.size()) continue;
      if (passes_over_a_phrase(words, start, at, end, phrase.concept_index)) continue;
      // Of two phrases with as many content words found, the one that leaves fewer of its
      // stop words out wins, then the one that finds more: "kører elektrisk op og ned" is
      // "køres op og ned", not "køre op og ned ad"; "køre helt op og ned ad trappen" is the latter.
      const std::size_t found = matched + others_within(phrase, words, start, reach);
      const std::size_t missing = phrase.length - found;
      const bool better =
          matched > best_words ||
          (matched == best_words && (missing < best_missing || (missing == best_missing && found > best_found)));
      if (!best || better) {
        best = ConceptMatch{phrase.concept_index, at - start};
        best_words = matched;
        best_missing = missing;
        best_found = found;
      }
    }
  }
  return best;
}

bool Analyzer::covers(const AspectPlan& plan, const std::set<std::string>& document_terms) {
  if (!plan.concept_term.empty()) {
    return document_terms.count(plan.concept_term) != 0 ||
           std::any_of(plan.covering_concepts.begin(), plan.covering_concepts.end(),
                       [&](const std::string& term) { return document_terms.count(term) != 0; });
  }
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
  return utf8_length(word) >= 3 && !is_stopword(word) && !is_number(word) && !is_roman_numeral(word);
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

std::optional<Analyzer::ConceptMatch> Analyzer::match_exact_phrase(const std::vector<std::string>& words,
                                                                   std::size_t start, std::size_t end,
                                                                   std::size_t min_length,
                                                                   std::size_t max_length) const {
  end = std::min(end, words.size());
  if (start >= end) return std::nullopt;
  const std::size_t longest = std::min({lexicon_->max_concept_words(), end - start, max_length});
  const std::span<const std::string> from(words.data() + start, end - start);
  for (std::size_t length = longest; length >= min_length && length >= 1; --length) {
    for (const std::size_t s : lookup_stemmers_) {
      if (lexicon_->longest_term_from(s, stem(s, from[0])) < length) continue;
      if (const auto found = lexicon_->concept_for(s, key_for(from.first(length), s))) {
        return ConceptMatch{*found, length};
      }
    }
  }
  return std::nullopt;
}

bool Analyzer::passes_over_a_phrase(const std::vector<std::string>& words, std::size_t start, std::size_t past,
                                    std::size_t end, std::size_t concept_index) const {
  for (std::size_t k = start + 1; k + 1 < past; ++k) {
    // Coordinated words share the phrase's last word ("bed and fall sensors" are bed sensors
    // too): a phrase after "and" takes nothing from the loose one.
    if (is_conjunction(words[k - 1])) continue;
    const auto exact = match_exact_phrase(words, k, end, 2);
    if (exact && exact->concept_index != concept_index && k + exact->length == past) return true;
  }
  return false;
}

std::optional<Analyzer::ConceptMatch> Analyzer::match_concept(const std::vector<std::string>& words, std::size_t start,
                                                              std::size_t end) const {
  end = std::min(end, words.size());
  if (start >= end) return std::nullopt;
  if (const auto phrase = match_exact_phrase(words, start, end, 2)) return phrase;
  if (is_stopword(words[start])) return std::nullopt;
  // Before single words: a phrase with a few words between its own ("raise a person
  // safely from the floor" is "raise from the floor").
  if (const auto loose = match_loose_phrase(words, start, end)) return loose;
  if (const auto scoped = match_scoped_word(words[start])) return ConceptMatch{*scoped, 1};
  return match_exact_phrase(words, start, end, 1, 1);  // the longer terms were looked up above
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
    if (is_stopword(tail) || kWordEndings.count(tail) != 0 || is_greek_ending(head, tail)) continue;
    // Parts must occur as written or stemmed; a spelling correction of a part would
    // turn every misspelt word into some compound. Looked up once: the split is kept per
    // word. The tail first: it is the same for both heads, and most cuts leave a tail the
    // index does not hold, so the heads' look-ups (a term per stemmer) are not needed.
    const auto right_terms = existing_terms(term_candidates({stemmers_[0]}, tail), false);
    if (right_terms.empty()) continue;
    const Xapian::doccount right_frequency = terms_.frequency_once(right_terms.front());
    // A cut one letter early: the head's last letter begins a word with the tail ("sams|pill":
    // "spill", a game), so the split is one letter on ("sam|spill"), not "sams|pill" (pills).
    if (!existing_terms(term_candidates({stemmers_[0]}, word.substr(cut - 1)), false).empty()) continue;
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
  const LanguageResources& resources = lexicon_->resources();
  if (concept_terms_) {
    plan.concept_term = concept_term(concept_index);
    const auto covering = resources.covered_by.find(concept_index);
    if (covering != resources.covered_by.end()) {
      for (const std::size_t other : covering->second) plan.covering_concepts.push_back(concept_term(other));
    }
  }
  const auto& terms = resources.concepts[concept_index];
  plan.aspect.label = terms.front();
  plan.aspect.role = role_of(concept_index);
  plan.means = concept_index < resources.concept_means.size() && resources.concept_means[concept_index];
  for (std::size_t term_index = 0; term_index < terms.size(); ++term_index) {
    const std::string& term = terms[term_index];
    plan.aspect.terms.push_back(term);
    // A term scoped to some languages would find records in the others too; the
    // concept term holds it for records in its own.
    if (term_scope(resources, concept_index, term_index)) continue;
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
  std::vector<bool> letter;  // in a letter's greeting or closing (letter_words)
  std::size_t lead_words = 0;
  std::vector<Sentence> kinds;
  std::vector<std::size_t> sentences;  // each word's sentence number (sentence_numbers)
  std::vector<std::size_t> headings;   // each sentence's list heading (list_headings)
  Qualifications qualifying;
  std::vector<bool> added;     // asked for, but no part of the request's core (added_demand_words)
  std::vector<bool> demanded;  // in a sentence that says what the product must be (product_demand_words)
  std::vector<bool> purpose;
  std::vector<bool> group_condition;
  std::vector<bool> occasion;               // in an opening clause of what happened before (occasion_words)
  std::vector<bool> conduct;                // in a question of conduct (asks_about_conduct)
  std::vector<bool> options;                // among options listed, not chosen (option_words)
  std::vector<bool> requester;              // who brought the need (requester_words)
  std::vector<bool> example;                // named as an example of how (example_words)
  std::vector<bool> replaced;               // named as what the need wants replaced (replaced_words)
  std::vector<bool> setting;                // in an opening adverbial of where (opening_setting_words)
  std::vector<bool> questions;              // in a question that does not ask what exists (question_words)
  std::vector<bool> listed;                 // in an item of a list under a heading (list_headings)
  std::vector<bool> undecided;              // in a sentence that says nothing is chosen (undecided_words;
                                            // read only for an undecided need)
  std::vector<Casing> casings;              // how each word is written (word_casings)
  std::set<std::string> lower_case_words;   // the words written in lower case somewhere
  std::set<std::string> name_words;         // written as a name, and nowhere in lower case
  std::vector<std::size_t> sentence_ends;   // for each word, where its sentence's words end
  std::map<std::string, AspectPlan> plans;  // by label
  std::map<std::string, int> mentions;
  std::set<std::string> in_lead;
  std::set<std::string> in_lead_core;  // in_lead outside sentences that add a demand (added)
  std::set<std::string> in_request;  // mentioned where the need asks, outside what it is for
  std::set<std::string> in_stated_request;  // in_request outside questions (questions)
  std::set<std::string> in_unlisted_request;  // in_request outside the items of a list (listed)
  std::set<std::string> in_decided_request;   // in_request outside sentences that have not chosen (undecided)
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
        letter(letter_words(text)),
        lead_words(tokenize(first_sentence(text)).size()),
        kinds(sentence_kinds(text)),
        sentences(sentence_numbers(text)),
        headings(list_headings(text)),
        qualifying(qualifications_of(text, words, kinds, sentences, headings)),
        added(added_demand_words(words, kinds, sentences, qualifying.words)),
        demanded(product_demand_words(text, words, kinds)),
        purpose(purpose_words(text)),
        group_condition(group_condition_words(words)),
        occasion(occasion_words(text)),
        conduct(conduct_words(text)),
        options(option_words(text, words)),
        requester(requester_words(text)),
        example(example_words(text)),
        replaced(replaced_words(text)),
        setting(opening_setting_words(text)),
        questions(question_words(text)),
        listed(words_listed_under(sentences, headings, [](std::size_t /*heading*/) { return true; })),
        casings(word_casings(text)),
        sentence_ends(sentence_ends_of(text)) {
    for (std::size_t j = 0; j < words.size() && j < casings.size(); ++j) {
      if (casings[j] == Casing::lower) lower_case_words.insert(words[j]);
    }
    for (std::size_t j = 0; j < words.size() && j < casings.size(); ++j) {
      if (casings[j] == Casing::name && lower_case_words.count(words[j]) == 0) name_words.insert(words[j]);
    }
    need.intent = intent_of(text, words, negated, kinds, sentences, qualifying, conduct, lead_words);
    // Only an undecided need asks where its requests were made (is_vague): most needs skip
    // reading each sentence again.
    if (need.intent.undecided) undecided = undecided_words(text);
  }

  [[nodiscard]] Sentence kind_at(std::size_t index) const {
    return index < kinds.size() ? kinds[index] : Sentence::tells;
  }
  [[nodiscard]] bool negated_at(std::size_t index) const { return index < negated.size() && negated[index]; }
  [[nodiscard]] bool likened_at(std::size_t index) const { return index < likened.size() && likened[index]; }
  [[nodiscard]] bool cited_at(std::size_t index) const { return index < cited.size() && cited[index]; }
  [[nodiscard]] bool letter_at(std::size_t index) const { return index < letter.size() && letter[index]; }
  // Written as a name ("Peter") and nowhere in lower case; capitalised where a sentence or
  // a list's line opens with it, or with its possessive ("- Peters far: ...").
  [[nodiscard]] bool written_as_name(std::size_t index) const {
    if (index >= casings.size() || casings[index] == Casing::lower) return false;
    const std::string& word = words[index];
    if (name_words.count(word) != 0) return true;
    return word.size() > 1 && word.back() == 's' && name_words.count(word.substr(0, word.size() - 1)) != 0;
  }
  [[nodiscard]] std::size_t sentence_end(std::size_t index) const {
    return index < sentence_ends.size() ? sentence_ends[index] : words.size();
  }

  // Where the aspect `label` is mentioned (at `position`) decides whether it was asked
  // for, requested, qualifying, or only background, purpose or the people's condition.
  void note_mention(const std::string& label) {
    ++mentions[label];
    const bool of_condition = position < group_condition.size() && group_condition[position];
    const bool of_occasion = position < occasion.size() && occasion[position];
    if (!of_condition && !of_occasion) beyond_condition.insert(label);
    if (position >= purpose.size() || !purpose[position]) beyond_purpose.insert(label);
    if (position >= example.size() || !example[position]) beyond_example.insert(label);
    if (position >= setting.size() || !setting[position]) beyond_setting.insert(label);
    if (position < casings.size() && casings[position] == Casing::name) as_name.insert(label);
    if (position < casings.size() && casings[position] == Casing::lower) in_lower_case.insert(label);
    // Who brought the need is its background, as what the municipality has is; so is what
    // it wants replaced.
    if (position < requester.size() && requester[position]) return;
    if (position < replaced.size() && replaced[position]) return;
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
      if (position >= listed.size() || !listed[position]) in_unlisted_request.insert(label);
      if (position >= undecided.size() || !undecided[position]) in_decided_request.insert(label);
    }
    if (position < qualifying.words.size() && qualifying.words[position] && !for_a_purpose) {
      in_qualification.insert(label);
    }
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
  if (reading.letter_at(i)) return 1;  // who wrote, and to whom
  if (const std::size_t idiom = idiom_words_at(words, i)) return idiom;
  if (reading.negated_at(i)) return read_negated(reading, i);
  if (reading.likened_at(i) || reading.cited_at(i)) {
    need.content_words += is_content_word(words[i]) ? 1 : 0;
    return 1;
  }
  const auto concept_match = match_concept(words, i, reading.sentence_end(i));
  // A first name is no concept its short stem happens to share ("fra Peter i teamet":
  // Danish "pet", a pet), unless the thesaurus lists it as written ("borgere med
  // Parkinson"); a longer word written as a name is an institution's ("Sundhedscentret").
  const bool a_name =
      reading.written_as_name(i) && !lexicon_->lists_word(words[i]) && utf8_length(words[i]) <= kMaxFirstNameLetters;
  if (concept_match && !(a_name && concept_match->length == 1)) {
    reading.add_plan(plan_for_concept(concept_match->concept_index));
    need.content_words += 1;
    return concept_match->length;
  }
  // A false friend the thesaurus reads only in other languages is no word of this need's
  // ("utstyret ble stående": Norwegian "ble", was).
  if (lexicon_->is_false_friend(words[i], text_language_)) return 1;
  if (is_content_word(words[i])) {
    need.content_words += 1;
    if (a_name) {
      read_plain_word(reading, words[i]);
    } else {
      read_word(reading, words[i]);
    }
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
  const bool narrowed = i > 0 && is_content_word(words[i - 1]) && !is_negation_at(words, i - 1);
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
  read_plain_word(reading, word);
}

void Analyzer::read_plain_word(Reading& reading, const std::string& word) const {
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
    plan.requested_in_lists_only = plan.requested && reading.in_unlisted_request.count(label) == 0;
    plan.requested_where_undecided_only = plan.requested && reading.in_decided_request.count(label) == 0;
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
  // A record uses the technology itself: its kinds are ruled out on their own
  // (rule_out_kinds), and a means used on it is no use of it (an app is no phone).
  plan.covering_concepts.clear();
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
