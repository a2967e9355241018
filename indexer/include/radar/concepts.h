// Concept terms: each thesaurus concept a document covers is written into the document
// as one term, XZ<concept number>, whose within-document frequency is the sum of the
// frequencies of the document's words that express it. A need's aspect that is a
// thesaurus concept is then searched as one posting list instead of the OR of dozens
// of synonyms, stems and compounds (bench/profiles.md: that OR was most of a match).
//
// A document covers a concept when, for one of the concept's terms, every content word
// of the term occurs in it (as written or as its da/sv/nb/en stem), when it holds a
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
#include <set>
#include <string>
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

// The term of the concept with this index in the resources' concept list.
std::string concept_term(std::size_t concept_index);

// What the concept terms of an index depend on: the thesaurus, the stopwords and the
// rules' version. Equal signatures mean equal concept terms for the same text.
std::string concepts_signature(const LanguageResources& resources);

class ConceptTagger {
 public:
  explicit ConceptTagger(const LanguageResources& resources);

  // Adds the concept terms of the concepts `doc` covers (its own concept terms, if any,
  // are ignored and left to the caller to remove). `vocabulary` says which words exist
  // besides the document's own, for the rest of a compound; it may be null.
  void tag(Xapian::Document& doc, const Xapian::Database* vocabulary) const;

  // The concept terms `doc` should carry, with their within-document frequencies.
  [[nodiscard]] std::vector<std::pair<std::string, Xapian::termcount>> concepts_of(
      const Xapian::Document& doc, const Xapian::Database* vocabulary) const;

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
  void add_compounds(const WordTerms& words, const Xapian::Database* vocabulary,
                     std::vector<std::pair<std::uint32_t, std::size_t>>& hits) const;
  [[nodiscard]] std::vector<std::string> forms_of(const std::string& word) const;
  [[nodiscard]] bool is_stopword(const std::string& word) const;

  // What one index term can start: the concepts of the one-word terms it is a form
  // of, and the phrases whose longest word it is a form of.
  struct FormUse {
    std::vector<std::uint32_t> concepts;
    std::vector<std::uint32_t> phrases;
  };
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
