#include "lexicon.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "radar/concepts.h"
#include "radar/schema.h"
#include "radar/text.h"

namespace radar::match {
namespace {

// A verb's particle, which the stop-word lists hold but which makes the verb's meaning:
// "läser upp texten" reads a text aloud, "läser en kort text" reads it; "står op om
// natten" gets up, "står vagt om natten" keeps watch.
bool is_particle(const std::string& word) {
  static const std::set<std::string> particles{"op",  "ud", "ned", "ind",  "upp", "ut",   "ner",
                                               "opp", "up", "out", "down", "off", "frem", "fram"};
  return particles.count(word) != 0;
}

// The stems joined by spaces: the key Lexicon::concept_for looks a term up by.
std::string joined_key(const std::vector<std::string>& stems) {
  std::string key;
  for (const auto& stem : stems) {
    if (!key.empty()) key += ' ';
    key += stem;
  }
  return key;
}

// The resources exactly as `db` stores them: the thesaurus and each language's stop
// words. Two indexes (or revisions) with the same text share a lexicon.
std::string stored_text(const Xapian::Database& db) {
  std::string text = db.get_metadata(schema::kThesaurusKey);
  const std::string prefix = schema::kStopwordsKeyPrefix;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    text += '\0';
    text += *it;
    text += '\0';
    text += db.get_metadata(*it);
  }
  return text;
}

}  // namespace

std::string usable_stem_of(const Xapian::Stem& stemmer, const std::string& word) {
  std::string stemmed = stemmer(word);
  return usable_stem(word, stemmed) ? stemmed : word;
}

const std::vector<std::string>& Lexicon::stemmer_languages() {
  static const std::vector<std::string> languages{"da", "sv", "nb", "en"};
  return languages;
}

Lexicon::Lexicon(LanguageResources resources)
    : resources_(std::move(resources)), concepts_signature_(radar::concepts_signature(resources_)) {
  std::vector<Xapian::Stem> stemmers;
  for (const auto& lang : stemmer_languages()) stemmers.push_back(schema::stemmer_for(lang));
  concept_by_stems_.resize(stemmers.size());
  longest_by_first_stem_.resize(stemmers.size());
  loose_phrases_.resize(stemmers.size());
  for (const auto& [lang, words] : resources_.stopwords) stopwords_.insert(words.begin(), words.end());
  for (std::size_t index = 0; index < resources_.concepts.size(); ++index) {
    const auto& terms = resources_.concepts[index];
    for (std::size_t term = 0; term < terms.size(); ++term) {
      const auto words = tokenize(terms[term]);
      if (words.size() == 1) listed_words_.insert(words.front());
      if (const auto scope = term_scope(resources_, index, term)) {
        if (words.size() == 1) add_scoped_term(words.front(), index, *scope);
      } else if (!words.empty()) {
        add_term(words, index, stemmers);
      }
    }
  }
}

void Lexicon::add_term(const std::vector<std::string>& words, std::size_t concept_index,
                       const std::vector<Xapian::Stem>& stemmers) {
  max_concept_words_ = std::max(max_concept_words_, words.size());
  std::vector<std::size_t> content;  // the places of the words that are not stop words, or are particles
  std::vector<std::string> prepositions, other_words;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_stopword(words[i]) && !is_particle(words[i])) {
      other_words.push_back(words[i]);
      continue;
    }
    content.push_back(i);
    prepositions.push_back(i > 0 && is_preposition(words[i - 1]) ? words[i - 1] : "");
  }
  for (std::size_t s = 0; s < stemmers.size(); ++s) {
    std::vector<std::string> stems;
    stems.reserve(words.size());
    for (const auto& word : words) stems.push_back(usable_stem_of(stemmers[s], word));
    // Keyed per stemmer: a word meets a term when one language's stemmer reduces both
    // to the same stem, not when two stemmers happen to agree (the Swedish stem of
    // "catheter" is "cat"). The first concept to claim a key keeps it.
    concept_by_stems_[s].emplace(joined_key(stems), concept_index);
    auto& longest = longest_by_first_stem_[s][stems.front()];
    longest = std::max(longest, words.size());
    if (content.size() < 2) continue;
    LoosePhrase phrase{concept_index, {}, words.size(), prepositions, other_words};
    for (const std::size_t i : content) phrase.stems.push_back(stems[i]);
    loose_phrases_[s][phrase.stems.front()].push_back(std::move(phrase));
  }
}

bool is_preposition(const std::string& word) {
  // clang-format off
  static const std::set<std::string> prepositions{
      "på", "over", "under", "ved", "i", "af", "til", "fra", "med", "uden", "efter", "før", "mod", "om", "hos",  // da
      "över", "vid", "av", "till", "från", "utan", "mot", "innan",                                               // sv
      "inn", "uten", "etter",                                                                                    // nb
      "on", "in", "at", "by", "from", "to", "with", "without", "above", "below", "into", "onto", "off", "after",
      "before"};                                                                                                 // en
  // clang-format on
  return prepositions.count(word) != 0;
}

void Lexicon::add_scoped_term(const std::string& word, std::size_t concept_index, LanguageMask languages) {
  scoped_words_[word].push_back({concept_index, languages});
}

std::optional<std::size_t> Lexicon::scoped_concept_for(const std::string& word, LanguageMask text_language) const {
  const auto found = scoped_words_.find(word);
  if (found == scoped_words_.end()) return std::nullopt;
  for (const auto& [concept_index, languages] : found->second) {
    if ((languages & text_language) != 0) return concept_index;
  }
  return std::nullopt;
}

bool Lexicon::is_false_friend(const std::string& word, LanguageMask text_language) const {
  const auto found = scoped_words_.find(word);
  if (found == scoped_words_.end()) return false;
  return std::none_of(found->second.begin(), found->second.end(),
                      [&](const ScopedConcept& scoped) { return (scoped.languages & text_language) != 0; });
}

std::optional<std::size_t> Lexicon::concept_for(std::size_t stemmer, const std::string& stemmed_words) const {
  const auto& keys = concept_by_stems_.at(stemmer);
  const auto found = keys.find(stemmed_words);
  if (found == keys.end()) return std::nullopt;
  return found->second;
}

std::size_t Lexicon::longest_term_from(std::size_t stemmer, const std::string& first_stem) const {
  const auto& longest = longest_by_first_stem_.at(stemmer);
  const auto found = longest.find(first_stem);
  return found == longest.end() ? 0 : found->second;
}

const std::vector<LoosePhrase>& Lexicon::loose_phrases(std::size_t stemmer, const std::string& first_stem) const {
  static const std::vector<LoosePhrase> none;
  const auto& phrases = loose_phrases_.at(stemmer);
  const auto found = phrases.find(first_stem);
  return found == phrases.end() ? none : found->second;
}

std::shared_ptr<const Lexicon> shared_lexicon(const Xapian::Database& db) {
  // Held weakly: a lexicon lives as long as some analyzer uses it, and a thesaurus
  // replaced by reindexing is freed with its last reader.
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const Lexicon>> built;
  std::string key = stored_text(db);
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto existing = built[key].lock()) return existing;
  // Built under the lock: workers that start together wait for one build, not make four.
  auto lexicon = std::make_shared<const Lexicon>(read_language_resources(db));
  built[std::move(key)] = lexicon;
  for (auto it = built.begin(); it != built.end();) {
    it = it->second.expired() ? built.erase(it) : std::next(it);
  }
  return lexicon;
}

}  // namespace radar::match
