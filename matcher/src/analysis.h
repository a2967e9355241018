// Need analysis: words, stopwords, stems in the Nordic languages and English,
// compound splitting against the index vocabulary, thesaurus concepts and
// spelling tolerance, grouped into weighted aspects. Records are indexed with
// the same tokenisation and stemmers (schema.cpp), so the terms meet.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "intent.h"
#include "lexicon.h"
#include "negation.h"
#include "radar/language_resources.h"
#include "radar/matcher.h"
#include "radar/text.h"
#include "term_statistics.h"
#include "word_roles.h"

namespace radar::match {

using radar::tokenize;  // lowercased words (radar/text.h)

// One way to express an aspect: all `words` must occur; each word is satisfied by any of its terms.
struct Alternative {
  std::vector<std::vector<std::string>> words;
};

// An aspect with the index terms that realise it.
struct AspectPlan {
  Aspect aspect;
  std::vector<Alternative> alternatives;
  double document_frequency = 0;  // documents that contain it (an estimate)
  bool from_thesaurus = false;
  bool known = false;   // some of its terms exist in the index
  bool domain = false;  // a thesaurus concept or a word of the market's names and areas
  bool asked = false;   // named in the title or first sentence, or where the need asks
  bool asked_as_core = false;  // asked outside a sentence that adds a demand to the request
  bool requested = false;  // named where the need asks ("Vi søger et vippeleje")
  bool requested_in_questions_only = false;  // requested only in questions that ask no product ("Hvad koster ...?")
  bool requested_in_lists_only = false;      // requested only as an item of a list ("Ønsker:\n- apps til angst")
  bool requested_where_undecided_only = false;  // requested only where the need says it has not chosen
                                                // ("Kan du sende et bud på, hvad der findes af træning?")
  bool qualifying = false;  // named where a request asks for more ("…, og også en robot, der kan moppe")
  bool purpose = false; // named only where the need says what it is for ("så ...", "før det ender med ...")
  bool background = false;  // named only where the need tells what it already has ("Vi bruger ...")
  bool condition = false;  // named only as its people's condition ("borgere med bensår")
  bool means = false;  // a thesaurus means (sensor, robot, app): how, not what must be solved
  bool example = false;  // named only as an example of how ("fx med en tablet", "for example an app")
  bool setting = false;  // named only where a sentence opens with where ("I vores hjerterehabilitering har vi")
  // The concept's index term (radar/concepts.h) when the index carries concept terms
  // for this thesaurus: the query reads it instead of the alternatives' terms.
  std::string concept_term;
  // With a concept term, those of the concepts whose records cover it too (the thesaurus's
  // `# kinds` and `# used on`): a wristband is a wearable, an app is used on a phone.
  std::vector<std::string> covering_concepts;
};

// A technology the need rules out: a thesaurus means named after a negation ("det må ikke
// have kamera", "without cameras", "ikke vant til smartphones"). A product that uses it
// is no answer to the need, however well it covers the rest.
struct RuledOut {
  std::size_t concept_index = 0;
  AspectPlan plan;
};

struct AnalysedNeed {
  std::string lang;
  NeedIntent intent;
  std::vector<AspectPlan> aspects;  // by descending weight
  std::vector<RuledOut> ruled_out;  // in the order the need names them; none is also an aspect
  std::size_t content_words = 0;

  // The labels of the technologies it rules out, in that order.
  [[nodiscard]] std::vector<std::string> ruled_out_labels() const {
    std::vector<std::string> labels;
    for (const auto& out : ruled_out) labels.push_back(out.plan.aspect.label);
    return labels;
  }
};

// True if the aspect is a means named only as an example of how ("fx på en tablet").
bool is_example_means(const AspectPlan& plan);

// True if the aspect may be a need's core: a thesaurus concept of what must be solved,
// named outside what the need is for, what it already has and its examples of how.
bool may_be_core(const AspectPlan& plan);

// A thesaurus concept of the `who` role: a target group (or staff) the need names.
bool is_target_group(const AspectPlan& plan);

// The index of the need's heaviest essential aspect (its core), if it has one; with
// `eligible`, of the heaviest essential aspect for which it holds.
std::optional<std::size_t> heaviest_essential(const AnalysedNeed& need, bool (*eligible)(const AspectPlan&) = nullptr);

// The index term of a free-text term (a word, or "Z" + stem) as written in a field:
// "S" + word, "ZS" + stem for the name field (schema::kNamePrefix).
std::string in_field(const std::string& term, std::string_view prefix);

// Built once per index revision (the stems of the thesaurus, the stopwords) and
// caching per-revision work (word expansions, concept plans); not thread-safe.
class Analyzer {
 public:
  // Reads `db`'s terms with the lexicon's thesaurus and stop words; `db` must outlive it.
  Analyzer(const Xapian::Database& db, std::shared_ptr<const Lexicon> lexicon);
  // With a lexicon of its own made of `resources`.
  Analyzer(const Xapian::Database& db, const LanguageResources& resources);

  // Forgets cached expansions and term frequencies: call after the database was
  // reopened on a new revision.
  void clear_cache();

  // Answers the analysis's questions about the index's terms from `vocabulary`, of the
  // revision being read, until the cache is cleared (TermStatistics::use_vocabulary).
  void use_vocabulary(std::shared_ptr<const Vocabulary> vocabulary) { terms_.use_vocabulary(std::move(vocabulary)); }

  // Whether concept plans search the index's concept terms (radar/concepts.h): only
  // when every shard was tagged with this analyzer's resources. Clears the cache.
  void use_concept_terms(bool use);

  AnalysedNeed analyse(const std::string& text) const;

  // Those of `concepts` that `text` (a record's, in any of the languages; `lang` its
  // language) names, and only after a negation ("radar sensor without cameras", "har intet
  // kamera"): the need's thesaurus matching with every stemmer, and its negation rule.
  std::set<std::size_t> named_only_negated(const std::string& text, const std::string& lang,
                                           const std::set<std::size_t>& concepts) const;

  // The index's term frequencies, remembered for the revision (cleared with the cache).
  [[nodiscard]] const TermStatistics& term_statistics() const { return terms_; }

  // The index terms that stand for `word`: the word itself and its stems in da, sv,
  // nb and en that occur in the index; a spelling correction when none occur.
  std::vector<std::string> expand_word(const std::string& word) const;

  // True if the document's term set holds the plan's concept term, when it has one (the
  // index's tagger decided it, as the aspect's query searches it), or else satisfies one
  // of its alternatives. This is the definition of coverage: a match checks it faster as
  // flags (AspectCoverage in coverage.h), and the tests hold both that and query_for to it.
  static bool covers(const AspectPlan& plan, const std::set<std::string>& document_terms);

  // The Xapian query for an aspect: its concept term, or OP_SYNONYM over its alternatives.
  static Xapian::Query query_for(const AspectPlan& plan);

  bool is_stopword(const std::string& word) const;
  // A word that says something: three letters or more, not a stop word or a number.
  bool is_content_word(const std::string& word) const;

 private:
  struct ConceptMatch {
    std::size_t concept_index;
    std::size_t length;  // words consumed
  };

  struct Reading;  // one need being read (analysis.cpp)
  // Sets the stemmers a need in `lang` meets concepts with; returns its own language's.
  std::size_t choose_stemmers(const std::string& lang) const;
  // Reads the need's words from `i` (an idiom, a negated phrase, a concept or a word)
  // into `reading`; returns how many were read.
  std::size_t read_at(Reading& reading, std::size_t i) const;
  // A negated word or phrase at `i`: what a need rules out ("ikke video", "without a
  // camera") is not what it asks for, and a technology it rules out is remembered, to
  // hold against the products. Returns the words read.
  std::size_t read_negated(Reading& reading, std::size_t i) const;
  // A content word that starts no concept: its compound's concepts, its corrected
  // concept, or the word itself as an aspect (merged with its other inflections).
  void read_word(Reading& reading, const std::string& word) const;
  // The word itself as an aspect, merged with its other inflections.
  void read_plain_word(Reading& reading, const std::string& word) const;
  // The aspects read, weighed by rarity, kind of word, role and where they were named.
  std::vector<AspectPlan> weighed_aspects(Reading& reading) const;
  std::string key_for(std::span<const std::string> words, std::size_t stemmer) const;
  // stemmers_[stemmer](word), remembered for the current analysis: concept lookup stems
  // each word with each stemmer at every window it is part of, so the same word would
  // otherwise be stemmed many times.
  const std::string& stem(std::size_t stemmer, const std::string& word) const;
  // The concept whose term starts at `start` and ends before `end` (a need's sentence end:
  // a phrase does not run on into the next sentence).
  std::optional<ConceptMatch> match_concept(const std::vector<std::string>& words, std::size_t start,
                                            std::size_t end = std::string::npos) const;
  // The concept of the first part of a compound whose last part is a stop word of six
  // bytes or more, a category word ("træningsløsning" -> træning); nullopt if none.
  std::optional<std::size_t> category_compound_head(const std::string& word) const;
  // The longest thesaurus term of `min_length` to `max_length` words written out from
  // `start`, before `end`.
  std::optional<ConceptMatch> match_exact_phrase(const std::vector<std::string>& words, std::size_t start,
                                                 std::size_t end, std::size_t min_length,
                                                 std::size_t max_length = std::string::npos) const;
  // A thesaurus phrase whose content words occur in order from `start`, a few other
  // words between them allowed, before `end`; not one whose last word ends a phrase written
  // out among the words it passes over ("powered hygiene chair" is a hygiene chair).
  std::optional<ConceptMatch> match_loose_phrase(const std::vector<std::string>& words, std::size_t start,
                                                 std::size_t end) const;
  // True if a thesaurus phrase of another concept than `concept_index`, written out among
  // words(start, past) and not after a conjunction, ends with the word before `past`: the
  // last word of a loose phrase ending there belongs to it.
  bool passes_over_a_phrase(const std::vector<std::string>& words, std::size_t start, std::size_t past, std::size_t end,
                            std::size_t concept_index) const;
  // The concept of a term scoped to the text's language that is `word` as written.
  std::optional<std::size_t> match_scoped_word(const std::string& word) const;
  std::vector<std::string> compound_split(const std::string& word) const;
  // `text` with each compound whose last part a hyphen leaves to the next one written
  // out: "læse- og stavevanskeligheder" -> "læsevanskeligheder og stavevanskeligheder",
  // so that each meets the thesaurus and the index as a word.
  std::string with_coordinated_compounds(const std::string& text) const;
  // The last part of `compound` that `first` (a compound's first part, written alone)
  // shares: of compound_split, or one that makes `first` a known word; "" if none.
  std::string shared_last_part(const std::string& first, const std::string& compound) const;
  std::vector<std::string> compound_split_uncached(const std::string& word) const;
  Xapian::doccount word_frequency(const std::string& word) const;
  // Words of the index that are `head` + another word of the index (a compound).
  std::vector<std::string> compounds_starting_with(const std::string& head) const;
  // The word and its stems that occur in the index; no spelling correction.
  std::vector<std::string> exact_terms(const std::string& word) const;
  // exact_terms(), cached for the revision.
  const std::vector<std::string>& terms_as_written(const std::string& word) const;
  // The index word a misspelling stands for ("" if none); nullopt when this analysis
  // has no corrections left.
  std::optional<std::string> correction_of(const std::string& word) const;
  AspectPlan build_concept_plan(std::size_t concept_index) const;
  // The thesaurus role of a concept (who, what, where, why); an aspect's default role
  // (what) if the group has none.
  const std::string& role_of(std::size_t concept_index) const;
  std::string spelling_correction(const std::string& word) const;
  // `remember` false for look-ups that are kept per word or concept above (a compound's
  // parts): remembered, they would crowd out the terms every match asks about.
  std::vector<std::string> existing_terms(const std::vector<std::string>& candidates, bool remember = true) const;
  Alternative alternative_for_phrase(const std::string& phrase) const;
  AspectPlan plan_for_concept(std::size_t concept_index) const;
  // Adds the concept to the need's ruled-out technologies if it is a means (once);
  // returns whether it is one of them.
  bool note_ruled_out(AnalysedNeed& need, std::size_t concept_index) const;
  // Rules out the kinds of each ruled-out technology (LanguageResources::kinds).
  void rule_out_kinds(Reading& reading) const;
  AspectPlan plan_for_word(const std::string& word, bool split_compounds) const;
  double frequency_of(const AspectPlan& plan) const;
  // True if a word of the plan occurs in some record's name or areas.
  bool in_product_vocabulary(const AspectPlan& plan) const;

  const Xapian::Database& db_;
  std::shared_ptr<const Lexicon> lexicon_;  // shared with other analyzers; immutable
  TermStatistics terms_;  // term frequencies of the revision
  std::vector<Xapian::Stem> stemmers_;  // this analyzer's own (a Stem is not thread-safe), parallel to
                                        // Lexicon::stemmer_languages()
  mutable std::vector<std::size_t> lookup_stemmers_;     // the stemmers a need's words meet concepts with
  mutable LanguageMask text_language_ = language_bit("da");  // of the text read: which scoped terms apply
  mutable std::map<std::string, std::vector<std::string>>
      expansions_;                         // terms_as_written(), none where the index lacks the word
  mutable std::set<std::string> charged_;  // corrections charged to this analysis
  mutable std::map<std::size_t, AspectPlan> concept_plans_;
  mutable std::map<std::string, std::vector<std::string>> compounds_;
  mutable std::map<std::string, std::string> corrections_;
  mutable std::size_t corrections_left_ = 0;  // spelling corrections this analysis may still make
  mutable std::vector<std::unordered_map<std::string, std::string>> stems_;  // per stemmer; cleared per analysis
  bool concept_terms_ = false;
};

}  // namespace radar::match
