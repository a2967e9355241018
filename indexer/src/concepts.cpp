#include "radar/concepts.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>

#include "radar/language.h"
#include "radar/schema.h"
#include "radar/text.h"

namespace radar {
namespace {

// The stemmers the tagger knows, in the order of ConceptTagger::stemmers_.
constexpr std::array<const char*, 4> kStemmerLanguages{"da", "sv", "nb", "en"};

// A stem as the tagger keys it: with the stemmer that made it, so that a document's stem
// meets only a term's stem by the same stemmer (the Danish stem of "cane" is the English
// stem of "can"; docs/matcher.md, "Stems per stemmer").
std::string stem_form(std::size_t stemmer, std::string_view stem) {
  std::string form = "Z";
  form += static_cast<char>('0' + stemmer);
  form += ':';
  form.append(stem);
  return form;
}

// Bumped whenever the rules below change what a document is tagged with.
constexpr const char* kTaggerVersion = "concepts-3";  // 2: no stems under kMinStemLength; 3: stems per stemmer

std::uint64_t fnv1a(std::uint64_t hash, std::string_view text) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool continues_code_point(const std::string& word, std::size_t at) {
  return (static_cast<unsigned char>(word[at]) & 0xC0) == 0x80;
}

}  // namespace

bool usable_stem(const std::string& word, const std::string& stem) {
  return stem == word || utf8_length(stem) >= kMinStemLength;
}

LanguageMask language_bit(std::string_view lang) {
  const std::string code = normalise_language(lang);
  const auto found = std::find(kStemmerLanguages.begin(), kStemmerLanguages.end(), code);
  if (found == kStemmerLanguages.end()) return 0;
  return static_cast<LanguageMask>(1U << static_cast<unsigned>(found - kStemmerLanguages.begin()));
}

std::optional<LanguageMask> term_scope(const LanguageResources& resources, std::size_t concept_index,
                                       std::size_t term) {
  const auto found = resources.term_languages.find({concept_index, term});
  if (found == resources.term_languages.end()) return std::nullopt;
  LanguageMask mask = 0;
  for (const auto& lang : found->second) mask |= language_bit(lang);
  return mask;
}

std::string concept_term(std::size_t concept_index) { return kConceptPrefix + std::to_string(concept_index); }

std::string concepts_signature(const LanguageResources& resources) {
  std::uint64_t hash = fnv1a(14695981039346656037ULL, kTaggerVersion);
  hash = fnv1a(hash, resources.thesaurus_text);
  for (const auto& [lang, text] : resources.stopword_texts) hash = fnv1a(fnv1a(hash, lang), text);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(kTaggerVersion) + ":" + hex;
}

ConceptTagger::ConceptTagger(const LanguageResources& resources) : signature_(concepts_signature(resources)) {
  for (const char* lang : kStemmerLanguages) stemmers_.push_back(schema::stemmer_for(lang));
  for (const auto& [lang, words] : resources.stopwords) stopwords_.insert(words.begin(), words.end());
  for (const auto& terms : resources.concepts) {
    for (const auto& term : terms) {
      for (auto& word : tokenize(term)) thesaurus_words_.insert(std::move(word));
    }
  }
  for (std::size_t index = 0; index < resources.concepts.size(); ++index) {
    for (std::size_t term_index = 0; term_index < resources.concepts[index].size(); ++term_index) {
      const std::string& term = resources.concepts[index][term_index];
      const auto words = tokenize(term);
      if (const auto scope = term_scope(resources, index, term_index)) {
        // A false friend is the word itself in a few languages (or, scoped to all four, a
        // word whose stems are another word's): no phrase, no compound.
        if (words.size() == 1) add_scoped_forms(index, words.front(), *scope);
        continue;
      }
      std::vector<std::string> content;
      for (const auto& word : words) {
        if (!is_stopword(word)) content.push_back(word);
      }
      // A phrase that is one word once its stop words are gone says far less than the phrase.
      if (words.size() > 1 && content.size() < 2) continue;
      add_alternative(index, content);
      if (words.size() != 1 || content.size() != 1) continue;
      const std::string& word = content.front();
      if (utf8_length(word) >= kMinCompoundHead && word.size() <= kMaxCompoundBytes) {
        heads_[word].push_back(static_cast<std::uint32_t>(index));
        auto& lengths = head_lengths_[word.substr(0, kMinCompoundHead)];
        if (std::find(lengths.begin(), lengths.end(), word.size()) == lengths.end()) lengths.push_back(word.size());
      }
      if (const auto known = resources.compounds.find(word); known != resources.compounds.end()) {
        add_alternative(index, known->second);
      } else {
        add_compound_parts(index, word);
      }
    }
  }
}

bool ConceptTagger::is_stopword(const std::string& word) const { return stopwords_.count(word) != 0; }

bool ConceptTagger::is_category_word(const std::string& word) const {
  return word.size() >= kMinCategoryBytes && is_stopword(word);
}

std::vector<std::string> ConceptTagger::forms_of(const std::string& word) const {
  std::vector<std::string> forms{word};
  for (std::size_t stemmer = 0; stemmer < stemmers_.size(); ++stemmer) {
    const std::string stemmed = stemmers_[stemmer](word);
    if (usable_stem(word, stemmed)) forms.push_back(stem_form(stemmer, stemmed));
  }
  return forms;
}

void ConceptTagger::add_alternative(std::size_t concept_index, const std::vector<std::string>& words) {
  const auto concept_number = static_cast<std::uint32_t>(concept_index);
  if (words.size() == 1) {
    for (const auto& form : forms_of(words.front())) {
      auto& concepts = forms_[form].concepts;
      if (std::find(concepts.begin(), concepts.end(), concept_number) == concepts.end()) concepts.push_back(concept_number);
    }
    return;
  }
  if (words.empty()) return;
  // Found through its longest word, the one fewest documents are likely to hold; that
  // word goes last, as the others are checked first and the check stops at a missing one.
  std::vector<std::string> ordered = words;
  const auto trigger = std::max_element(ordered.begin(), ordered.end(),
                                        [](const auto& a, const auto& b) { return a.size() < b.size(); });
  std::iter_swap(trigger, ordered.end() - 1);
  Phrase phrase{concept_number, {}};
  for (const auto& word : ordered) phrase.words.push_back(forms_of(word));
  const auto number = static_cast<std::uint32_t>(phrases_.size());
  for (const auto& form : phrase.words.back()) forms_[form].phrases.push_back(number);
  phrases_.push_back(std::move(phrase));
}

// A scoped term says its concept as written. Its stems stand for other words too
// (Norwegian "bade", to bathe, stems as "bad", the bathroom): in a document of its
// languages they say neither its concept nor the other groups' (kNoConcept).
void ConceptTagger::add_scoped_forms(std::size_t concept_index, const std::string& word, LanguageMask languages) {
  for (const auto& form : forms_of(word)) {
    const bool written = form == word;
    forms_[form].scoped.emplace_back(written ? static_cast<std::uint32_t>(concept_index) : kNoConcept, languages);
  }
}

// A one-word term that is two words of the thesaurus joined ("faldalarm", "sengealarm"
// with its linking -e-) also matches a document with both parts.
void ConceptTagger::add_compound_parts(std::size_t concept_index, const std::string& word) {
  if (word.size() < 2 * kMinCompoundPart + 1 || word.size() > kMaxCompoundBytes) return;
  for (std::size_t cut = kMinCompoundPart; cut + kMinCompoundPart <= word.size(); ++cut) {
    if (continues_code_point(word, cut)) continue;
    const std::string head = word.substr(0, cut);
    const std::string tail = word.substr(cut);
    if (is_stopword(tail) || thesaurus_words_.count(tail) == 0) continue;
    for (const std::string& left : {head, std::string(head.back() == 's' || head.back() == 'e' ? head.substr(0, cut - 1) : "")}) {
      if (left.size() < kMinCompoundPart || is_stopword(left) || thesaurus_words_.count(left) == 0) continue;
      add_alternative(concept_index, {left, tail});
    }
  }
}

namespace {

bool holds_word(const std::vector<std::pair<std::string, Xapian::termcount>>& words, const std::string& term) {
  const auto at = std::lower_bound(words.begin(), words.end(), term,
                                   [](const auto& entry, const std::string& key) { return entry.first < key; });
  return at != words.end() && at->first == term;
}

}  // namespace

bool PendingConcepts::RestCheck::holds(const Xapian::Database* vocabulary, std::vector<std::string>* absent) const {
  const auto indexed = [&](const std::string& term) { return vocabulary != nullptr && vocabulary->term_exists(term); };
  const auto note_absent = [&](const std::string& term) {
    if (absent != nullptr && vocabulary != nullptr) absent->push_back(term);
  };
  if (!whole.empty()) {
    if (indexed(whole)) return whole_counts;
    note_absent(whole);  // once indexed, `whole` decides
  }
  if (alternative_in_document) return true;
  if (std::any_of(alternatives.begin(), alternatives.end(), indexed)) return true;
  std::for_each(alternatives.begin(), alternatives.end(), note_absent);
  return false;
}

// Compounds that begin with a one-word term ("seng" -> "sengekanten"): the rest, after
// a linking -s- or -e-, must be a word of the document or the index.
void ConceptTagger::add_compounds(const WordTerms& words, PendingConcepts& pending,
                                  std::optional<std::size_t> stemmer) const {
  std::string start;
  for (std::size_t index = 0; index < words.size(); ++index) {
    const std::string& term = words[index].first;
    if (term[0] == 'Z' || term.size() <= kMinCompoundHead || term.size() > kMaxCompoundBytes) continue;
    start.assign(term, 0, kMinCompoundHead);
    const auto lengths = head_lengths_.find(start);
    if (lengths == head_lengths_.end()) continue;  // most words begin no head
    for (const std::size_t cut : lengths->second) {
      if (cut >= term.size() || continues_code_point(term, cut)) continue;
      const auto found = heads_.find(term.substr(0, cut));
      if (found == heads_.end()) continue;
      check_rest(words, static_cast<std::uint32_t>(index), cut, found->second, pending, stemmer);
    }
  }
}

// A rest that is a category word (kMinCategoryBytes) counts at once. Otherwise the rest is `whole` if that is a word; otherwise, when `whole` begins with a linking
// s or e, the rest is `whole` without it. It counts when it has kMinCompoundPart bytes,
// is no stop word, and is a word (as written or as its usable Danish stem) of the document or
// the index. What the document decides is decided here; the rest waits for the index.
void ConceptTagger::check_rest(const WordTerms& words, std::uint32_t word, std::size_t cut,
                               const std::vector<std::uint32_t>& concepts, PendingConcepts& pending,
                               std::optional<std::size_t> stemmer) const {
  const Xapian::termcount wdf = words[word].second;
  const auto hit = [&] {
    for (const auto concept_index : concepts) pending.hits_.push_back({concept_index, word, wdf});
  };
  PendingConcepts::RestCheck check;
  std::string rest = words[word].first.substr(cut);
  const bool linked = rest.size() > 1 && (rest[0] == 's' || rest[0] == 'e');
  if (is_category_word(rest) || (linked && is_category_word(rest.substr(1)))) {
    hit();
    return;
  }
  if (rest.size() > kMinCompoundPart && (rest[0] == 's' || rest[0] == 'e')) {
    if (holds_word(words, rest)) {
      if (!is_stopword(rest)) hit();
      return;
    }
    check.whole_counts = !is_stopword(rest);
    check.whole = rest;
    rest.erase(0, 1);
  }
  if (rest.size() >= kMinCompoundPart && !is_stopword(rest)) {
    // In the document: as written or as its stem by the document's stemmer. In the index
    // (any document, any stemmer): as written or as its Danish stem, as before.
    check.alternative_in_document = holds_word(words, rest);
    if (!check.alternative_in_document && stemmer) {
      const std::string stemmed = stemmers_[*stemmer](rest);
      check.alternative_in_document = usable_stem(rest, stemmed) && holds_word(words, stem_form(*stemmer, stemmed));
    }
    if (!check.alternative_in_document) {
      check.alternatives = {rest};
      const std::string stemmed = stemmers_[0](rest);
      if (usable_stem(rest, stemmed)) check.alternatives.push_back(std::string("Z").append(stemmed));
    }
  }
  // Decided here when the index cannot change the outcome: without `whole` (or with
  // `whole` not in the index) the document decides the shorter rest, and `whole`, if
  // the index holds it, would give the same answer.
  const bool shorter_counts = check.alternative_in_document;
  const bool shorter_decided = check.alternative_in_document || check.alternatives.empty();
  if (shorter_decided && (check.whole.empty() || check.whole_counts == shorter_counts)) {
    if (shorter_counts) hit();
    return;
  }
  check.concepts = concepts;
  check.word = word;
  check.wdf = wdf;
  pending.rest_checks_.push_back(std::move(check));
}

void ConceptTagger::add_forms_and_phrases(const WordTerms& words, PendingConcepts& pending,
                                          LanguageMask language) const {
  const auto position = [&](const std::string& term) -> std::size_t {
    const auto at = std::lower_bound(words.begin(), words.end(), term,
                                     [](const auto& entry, const std::string& key) { return entry.first < key; });
    return at != words.end() && at->first == term ? static_cast<std::size_t>(at - words.begin()) : words.size();
  };
  const auto hit = [&](std::uint32_t concept_index, std::size_t at) {
    pending.hits_.push_back({concept_index, static_cast<std::uint32_t>(at), words[at].second});
  };
  std::vector<std::size_t> phrase_terms;
  for (std::size_t index = 0; index < words.size(); ++index) {
    const auto use = forms_.find(words[index].first);
    if (use == forms_.end()) continue;
    // A term scoped to the document's language says what the word means here.
    bool scoped = false;
    for (const auto& [concept_index, languages] : use->second.scoped) {
      if ((languages & language) == 0) continue;
      if (concept_index != kNoConcept) hit(concept_index, index);
      scoped = true;
    }
    if (!scoped) {
      for (const auto concept_index : use->second.concepts) hit(concept_index, index);
    }
    for (const auto number : use->second.phrases) {
      const Phrase& phrase = phrases_[number];
      phrase_terms.clear();
      bool complete = true;
      for (const auto& forms : phrase.words) {
        const std::size_t before = phrase_terms.size();
        for (const auto& form : forms) {
          if (const std::size_t at = position(form); at < words.size()) phrase_terms.push_back(at);
        }
        complete = phrase_terms.size() > before;
        if (!complete) break;  // a word missing: not this phrase
      }
      if (!complete) continue;
      for (const std::size_t at : phrase_terms) hit(phrase.concept_index, at);
    }
  }
}

PendingConcepts ConceptTagger::prepare(const Xapian::Document& doc) const {
  const std::optional<std::size_t> stemmer = stemmer_of(doc);
  WordTerms words;  // the document's word terms; the term list comes sorted
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string term = *it;
    if (!schema::is_free_text_term(term)) continue;
    if (term[0] == 'Z') {  // a stem by the document's stemmer; one the tagger does not know meets no term
      if (!stemmer) continue;
      term = stem_form(*stemmer, std::string_view(term).substr(1));
    }
    words.emplace_back(std::move(term), it.get_wdf());
  }
  PendingConcepts pending;
  add_forms_and_phrases(words, pending, stemmer ? language_bit(kStemmerLanguages.at(*stemmer)) : LanguageMask{0});
  add_compounds(words, pending, stemmer);
  return pending;
}

// The index of the stemmer that stemmed `doc` (its record's language, the L term), if
// the tagger has it.
std::optional<std::size_t> ConceptTagger::stemmer_of(const Xapian::Document& doc) {
  auto it = doc.termlist_begin();
  it.skip_to(schema::kLangPrefix);
  if (it == doc.termlist_end() || (*it).rfind(schema::kLangPrefix, 0) != 0) return std::nullopt;
  const std::string code = normalise_language(std::string_view(*it).substr(std::string_view(schema::kLangPrefix).size()));
  const auto found = std::find(kStemmerLanguages.begin(), kStemmerLanguages.end(), code);
  if (found == kStemmerLanguages.end()) return std::nullopt;
  return static_cast<std::size_t>(found - kStemmerLanguages.begin());
}

ConceptTerms PendingConcepts::terms(const Xapian::Database* vocabulary, std::vector<std::string>* absent) const {
  std::vector<Hit> hits = hits_;
  for (const auto& check : rest_checks_) {
    if (!check.holds(vocabulary, absent)) continue;
    for (const auto concept_index : check.concepts) hits.push_back({concept_index, check.word, check.wdf});
  }
  // A word counts once for a concept, however many of the concept's terms it is a form of.
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  ConceptTerms concepts;
  for (std::size_t i = 0; i < hits.size();) {
    Xapian::termcount wdf = 0;
    std::size_t j = i;
    for (; j < hits.size() && hits[j].concept_index == hits[i].concept_index; ++j) wdf += hits[j].wdf;
    concepts.emplace_back(concept_term(hits[i].concept_index), std::max<Xapian::termcount>(wdf, 1));
    i = j;
  }
  std::sort(concepts.begin(), concepts.end());
  return concepts;
}

ConceptTerms ConceptTagger::concepts_of(const Xapian::Document& doc, const Xapian::Database* vocabulary) const {
  return prepare(doc).terms(vocabulary);
}

}  // namespace radar
