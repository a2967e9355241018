// Concept terms: each thesaurus concept a document covers is written into the document
// as one term, XZ<concept number>, whose within-document frequency is the sum of the
// frequencies of the document's words that express it. A need's aspect that is a
// thesaurus concept is then searched as one posting list instead of the OR of dozens
// of synonyms, stems and compounds (bench/profiles.md: that OR was most of a match).
//
// A document covers a concept when, for one of the concept's terms, every content word
// of the term occurs in it (as written, or as its stem by the stemmer of the document's
// language, da/sv/nb/en: the Danish stem of "cane" is the English stem of "can"), when it holds a
// compound that begins with a one-word term ("sengekanten" for "seng"), or when it holds
// the parts of a one-word term that is a compound ("fald" and "alarm" for "faldalarm").
// The matcher's Analyzer applies the same rules to its plans (analysis.cpp).
//
// The terms depend on the thesaurus and the stopwords stored in the index: `radar-index
// language` rewrites them in every document and records the resources' signature under
// radar:concepts; the matcher searches concept terms only when that signature is its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <xapian.h>

#include "radar/language_resources.h"

namespace radar {

inline constexpr const char* kConceptPrefix = "XZ";
inline constexpr const char* kConceptsKey = "radar:concepts";  // metadata: signature of the tagged resources

// Compound rules shared by the tagger and the matcher's analysis.
inline constexpr std::size_t kMinCompoundPart = 3;  // bytes of a compound's part
inline constexpr std::size_t kMinCompoundHead = 4;  // code points; shorter heads ("bad", "nat") begin too many words
inline constexpr std::size_t kMaxCompoundBytes = 60;

// A compound whose last part is a stop word of at least this many bytes, a category
// word ("træningsløsning", "alarmsystem", "psykiatriområdet"), is what its first part
// is: the ending only says it is a solution or a field. Tagger and matcher agree.
inline constexpr std::size_t kMinCategoryBytes = 6;

// Stems shared by the tagger and the matcher's analysis. A stemmer that cuts a word
// below three letters leaves a stem that stands for too many other words (English
// "aed" -> "a", which every "A/S" holds; "being" -> "be", "ops" -> "op"); such a stem
// is not used, and the word is matched as written. A word that is itself that short
// ("tv", "wc") is its own stem and is kept.
inline constexpr std::size_t kMinStemLength = 3;  // code points

// The languages a thesaurus term is read in (LanguageResources::term_languages) as
// bits in the stemmers' order: da, sv, nb, en.
using LanguageMask = std::uint8_t;
inline constexpr LanguageMask kEveryLanguage = 0x0F;

// The bit of a text's language ("no" and "nb-NO" are "nb"); 0 for a language no stemmer
// reads, whose text no scoped term is read in.
LanguageMask language_bit(std::string_view lang);

// The languages the thesaurus scoped term `term` of concept `concept_index` to, if it did
// (even all four): a scoped term is read as written, never by its stems, and only in a text
// of its languages. None for a term read by its stems in every language.
std::optional<LanguageMask> term_scope(const LanguageResources& resources, std::size_t concept_index, std::size_t term);

// True if `stem`, a stem of `word`, may stand for it in concept matching.
bool usable_stem(const std::string& word, const std::string& stem);

// The term of the concept with this index in the resources' concept list.
std::string concept_term(std::size_t concept_index);

// What the concept terms of an index depend on: the thesaurus, the stopwords and the
// rules' version. Equal signatures mean equal concept terms for the same text.
std::string concepts_signature(const LanguageResources& resources);

using ConceptTerms = std::vector<std::pair<std::string, Xapian::termcount>>;  // sorted by term

// A document's concepts as far as the document alone decides them: everything but the
// compounds whose rest is not a word of the document, which only the index's vocabulary
// can confirm. ConceptTagger::prepare() makes it on any thread; terms() finishes it on
// the writer's, just before the document is written, so the rest is looked up in the
// very vocabulary the document would have been tagged against there (the index plus
// every document written before it). It holds no reference to the tagger.
class PendingConcepts {
 public:
  // The concept terms, with the compounds whose rest `vocabulary` (may be null: none)
  // holds. Reads only `vocabulary`, so it may run while the tagger prepares others.
  // `absent`, if given, receives the words looked up and not found whose arrival in the
  // vocabulary would change these terms.
  [[nodiscard]] ConceptTerms terms(const Xapian::Database* vocabulary, std::vector<std::string>* absent = nullptr) const;

 private:
  friend class ConceptTagger;
  struct Hit {  // a word of the document that expresses a concept
    std::uint32_t concept_index;
    std::uint32_t word;  // the word's place in the document's sorted word terms
    Xapian::termcount wdf;
    bool operator<(const Hit& other) const {
      return std::tie(concept_index, word) < std::tie(other.concept_index, other.word);
    }
    bool operator==(const Hit& other) const { return concept_index == other.concept_index && word == other.word; }
  };
  // A compound ("sengekanten") after its head ("seng") whose rest is no word of the
  // document. The rules of ConceptTagger::add_compounds, with exists() narrowed to the
  // index: if `whole` (the rest with its linking s/e, when it has one) is in the index,
  // the rest is `whole` and counts when `whole_counts`; otherwise the rest without the
  // linking letter counts when it is a word of the document (`alternative_in_document`)
  // or one of `alternatives` (it and its stem) is in the index.
  struct RestCheck {
    std::vector<std::uint32_t> concepts;  // the head's
    std::uint32_t word = 0;
    Xapian::termcount wdf = 0;
    std::string whole;
    bool whole_counts = false;
    bool alternative_in_document = false;
    std::vector<std::string> alternatives;
    [[nodiscard]] bool holds(const Xapian::Database* vocabulary, std::vector<std::string>* absent) const;
  };
  std::vector<Hit> hits_;
  std::vector<RestCheck> rest_checks_;
};

// Not safe to share between threads: its stemmers keep state. A thread that prepares
// documents for another thread's writer builds its own from the same resources.
class ConceptTagger {
 public:
  explicit ConceptTagger(const LanguageResources& resources);

  // The concept terms `doc` should carry, with their within-document frequencies:
  // prepare(doc).terms(vocabulary).
  [[nodiscard]] ConceptTerms concepts_of(const Xapian::Document& doc, const Xapian::Database* vocabulary) const;

  // What `doc` alone decides of its concepts (see PendingConcepts).
  [[nodiscard]] PendingConcepts prepare(const Xapian::Document& doc) const;

  [[nodiscard]] const std::string& signature() const { return signature_; }
  [[nodiscard]] bool empty() const { return forms_.empty(); }

 private:
  // A term of several content words: the document must hold each word (in one of its forms).
  struct Phrase {
    std::uint32_t concept_index;
    std::vector<std::vector<std::string>> words;  // per word: its forms
  };
  using WordTerms = std::vector<std::pair<std::string, Xapian::termcount>>;  // sorted by term

  void add_alternative(std::size_t concept_index, const std::vector<std::string>& words);
  void add_compound_parts(std::size_t concept_index, const std::string& word);
  void add_scoped_forms(std::size_t concept_index, const std::string& word, LanguageMask languages);
  // `language`: the document's (language_bit), 0 if the tagger has no stemmer for it.
  void add_forms_and_phrases(const WordTerms& words, PendingConcepts& pending, LanguageMask language) const;
  // `stemmer`: the document's (stemmer_of), if the tagger has it.
  void add_compounds(const WordTerms& words, PendingConcepts& pending, std::optional<std::size_t> stemmer) const;
  // The check of the rest of `term` after its first `cut` bytes; adds a hit instead when
  // the document decides it, nothing when it cannot count.
  void check_rest(const WordTerms& words, std::uint32_t word, std::size_t cut,
                  const std::vector<std::uint32_t>& concepts, PendingConcepts& pending,
                  std::optional<std::size_t> stemmer) const;
  [[nodiscard]] static std::optional<std::size_t> stemmer_of(const Xapian::Document& doc);
  // The word as written and its usable stems, each keyed with its stemmer (stem_form).
  [[nodiscard]] std::vector<std::string> forms_of(const std::string& word) const;
  [[nodiscard]] bool is_stopword(const std::string& word) const;
  [[nodiscard]] bool is_category_word(const std::string& word) const;

  // What one index term can start: the concepts of the one-word terms it is a form
  // of, and the phrases whose longest word it is a form of.
  struct FormUse {
    std::vector<std::uint32_t> concepts;
    std::vector<std::uint32_t> phrases;
    // The concepts of terms scoped to some languages (kNoConcept for a scoped term's
    // stem): in a document of one of those, they replace `concepts`.
    std::vector<std::pair<std::uint32_t, LanguageMask>> scoped;
  };
  static constexpr std::uint32_t kNoConcept = UINT32_MAX;
  std::unordered_map<std::string, FormUse> forms_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> heads_;  // one-word term -> its concepts
  // The first kMinCompoundHead bytes of the heads -> the heads' lengths in bytes.
  std::unordered_map<std::string, std::vector<std::size_t>> head_lengths_;
  std::unordered_set<std::string> thesaurus_words_;  // every word of its terms
  std::vector<Xapian::Stem> stemmers_;
  std::set<std::string> stopwords_;
  std::string signature_;
};

}  // namespace radar
