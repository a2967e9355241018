// The language resources an index stores (thesaurus, stop words) as need analysis reads
// them: every thesaurus term keyed by its stems in each stemmer's language. Building it
// stems the whole thesaurus four times; it never changes once built, so the workers of
// a process share one per stored set of resources (shared_lexicon) instead of each
// building and holding its own.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "radar/concepts.h"
#include "radar/language_resources.h"

namespace radar::match {

// A thesaurus phrase of two or more content words, which a need may write with a few
// other words between them ("raise a person safely from the floor").
struct LoosePhrase {
  std::size_t concept_index;
  std::vector<std::string> stems;  // its content words, stemmed
  std::size_t length;              // its words, stop words included
  // Per content word, the preposition right before it in the phrase ("på" of "ligger på
  // gulvet"), or "" when none is: a need that puts another there ("ligger fire trin over
  // gulvet") says something else.
  std::vector<std::string> prepositions;
  std::vector<std::string> other_words;  // its stop words, as written ("og", "ad" of "køre op og ned ad")
};

// True if `word` is a preposition of place or relation (Danish, Swedish, Norwegian, English).
bool is_preposition(const std::string& word);

class Lexicon {
 public:
  explicit Lexicon(LanguageResources resources);

  // The languages of the stemmers the keys were made with, in stemmer order: da, sv, nb, en.
  static const std::vector<std::string>& stemmer_languages();

  [[nodiscard]] const LanguageResources& resources() const { return resources_; }
  [[nodiscard]] bool is_stopword(const std::string& word) const { return stopwords_.count(word) != 0; }
  // The concept whose term, read in every language, stems to `stemmed_words`
  // (space-separated) under `stemmer`.
  [[nodiscard]] std::optional<std::size_t> concept_for(std::size_t stemmer, const std::string& stemmed_words) const;
  // The concept of the term scoped to `text_language` (language_bit) that is `word` as
  // written: a scoped term is matched as written (Norwegian "bade", to bathe, stems as
  // "bad" does). In a text of that language it wins over concept_for.
  [[nodiscard]] std::optional<std::size_t> scoped_concept_for(const std::string& word,
                                                              LanguageMask text_language) const;
  // True if `word` is a term scoped to other languages than `text_language` only: a false
  // friend in this one (Norwegian "ble", was, is the Danish diaper).
  [[nodiscard]] bool is_false_friend(const std::string& word, LanguageMask text_language) const;
  // True if a thesaurus term is `word` (lower case) as written, alone.
  [[nodiscard]] bool lists_word(const std::string& word) const { return listed_words_.count(word) != 0; }
  // The loose phrases whose first content word stems to `first_stem` under `stemmer`.
  [[nodiscard]] const std::vector<LoosePhrase>& loose_phrases(std::size_t stemmer, const std::string& first_stem) const;
  // The most words of any thesaurus term.
  [[nodiscard]] std::size_t max_concept_words() const { return max_concept_words_; }
  // The most words of a term whose first word stems to `first_stem` under `stemmer`; 0 when
  // no term starts so. Bounds concept_for's look-ups: most words of a need start no term.
  [[nodiscard]] std::size_t longest_term_from(std::size_t stemmer, const std::string& first_stem) const;
  // concepts_signature (radar/concepts.h) of the resources: an index tagged with it
  // carries their concept terms.
  [[nodiscard]] const std::string& concepts_signature() const { return concepts_signature_; }

 private:
  void add_term(const std::vector<std::string>& words, std::size_t concept_index,
                const std::vector<Xapian::Stem>& stemmers);
  void add_scoped_term(const std::string& word, std::size_t concept_index, LanguageMask languages);

  struct ScopedConcept {
    std::size_t concept_index;
    LanguageMask languages;
  };

  LanguageResources resources_;
  std::unordered_set<std::string> stopwords_;  // of every language
  std::unordered_set<std::string> listed_words_;                                // the one-word terms, as written
  std::vector<std::unordered_map<std::string, std::size_t>> concept_by_stems_;  // per stemmer
  std::vector<std::unordered_map<std::string, std::size_t>> longest_by_first_stem_;  // per stemmer
  std::unordered_map<std::string, std::vector<ScopedConcept>> scoped_words_;    // as written
  std::vector<std::unordered_map<std::string, std::vector<LoosePhrase>>> loose_phrases_;  // per stemmer, by first stem
  std::size_t max_concept_words_ = 1;
  std::string concepts_signature_;
};

// The lexicon of the resources stored in `db`: the one already built in this process
// for the same stored text when some caller still holds it, else a new one. Thread-safe.
std::shared_ptr<const Lexicon> shared_lexicon(const Xapian::Database& db);

// The stem `stemmer` gives `word` for concept matching: the word itself when the stem
// would be too short to say which word it was (radar/concepts.h, kMinStemLength).
std::string usable_stem_of(const Xapian::Stem& stemmer, const std::string& word);

}  // namespace radar::match
