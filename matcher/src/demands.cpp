#include "demands.h"

#include <algorithm>
#include <set>

#include "radar/text.h"
#include "requests.h"
#include "sentences.h"

namespace radar::match {

namespace {

// "er", "är", "is": the copula of the sentences that state a requirement.
bool is_copula(const std::string& word) { return word == "er" || word == "är" || word == "is"; }

// "at", "att", "that": the conjunction a stated requirement goes on with.
bool is_that(const std::string& word) { return word == "at" || word == "att" || word == "that"; }

// What is decisive ("afgørende", "essential") or important ("vigtigt", "viktigaste",
// "important"): the words a need states its demands with.
bool is_decisive(const std::string& word) {
  static const std::set<std::string> decisive{"afgørende",  "avgörande",  "avgjørende", "crucial",  "essential",
                                              "nødvendigt", "nödvändigt", "necessary",  "mandatory"};
  return decisive.count(word) != 0;
}
bool is_important(const std::string& word) {
  static const std::set<std::string> important{"vigtigt", "vigtig",  "vigtige",   "vigtigste",  "viktig",
                                               "viktigt", "viktige", "viktigste", "viktigaste", "important"};
  return important.count(word) != 0;
}

// "for", "för", "to": the preposition that names whom something is for.
bool is_for(const std::string& word) { return word == "for" || word == "för" || word == "to"; }

// True if the word at `i` names whom something is for (is_for), and "os"/"oss"/"us" follows.
bool for_us_at(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> us{"os", "oss", "us"};
  return i + 1 < words.size() && is_for(words[i]) && us.count(words[i + 1]) != 0;
}

// True if "både"/"both" at `i` lists what one product works with or fits ("monteres på
// både lige trapper og trapper med sving", "fit both our ceiling lifts and our mobile
// lifts"), not two things it must do: those follow a relative pronoun or go on with an
// auxiliary ("en robot, der både kan løfte borgeren og støtte gangen").
bool lists_what_it_works_with(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> auxiliaries{"kan", "skal", "kunne", "være", "can", "should", "must", "be",
                                                 "ska", "kunna", "vara", "må", "bør"};
  if (words[i] != "både" && words[i] != "both") return false;
  const bool after_relative = i > 0 && is_relative_pronoun(words[i - 1]);
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

// The position of the first word of the sentence the word at `i` is in.
std::size_t sentence_begin(const std::vector<std::size_t>& sentences, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && sentences[start - 1] == sentences[i]) --start;
  return start;
}

// True if a sentence after the one at `i` is a bare question of existence ("Findes der
// noget?", "Finnes det noe slikt?", "Does anything like that exist?"): a closing question
// that asks for what the sentences before it described, their demands included.
bool closes_with_existence_question(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                                    const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> exists{"findes", "finnes", "finns", "exists", "exist"};
  constexpr std::size_t kBareQuestionWords = 6;
  std::size_t j = i;
  while (j < sentences.size() && sentences[j] == sentences[i]) ++j;
  while (j < words.size() && j < sentences.size() && j < kinds.size()) {
    std::size_t end = j;
    bool existence = false;
    for (; end < sentences.size() && sentences[end] == sentences[j]; ++end) {
      if (exists.count(words[end]) != 0) existence = true;
    }
    if (kinds[j] == Sentence::asks && existence && end - j <= kBareQuestionWords) return true;
    j = end;
  }
  return false;
}

// True if the need's request stands where a demand in the sentence at `i` (which begins at
// `start`) can qualify it: asked in a sentence before, or asked after it in a closing
// question of existence that asks for what came before it.
bool request_stands_for(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                        const std::vector<std::size_t>& sentences, std::size_t start, std::size_t i) {
  const auto before = kinds.begin() + static_cast<std::ptrdiff_t>(std::min(start, kinds.size()));
  return std::any_of(kinds.begin(), before, [](Sentence kind) { return kind == Sentence::asks; }) ||
         closes_with_existence_question(words, kinds, sentences, i);
}

// True if the sentence at `i` opens with "men"/"but" right after a request and makes a
// demand with a modal ("Vi søger et træningsbord til gruppen. Men halvdelen har afasi, så
// talen skal indgå i træningen."), or turns at `i` after its modal (turns_after_modal): a
// qualification of that request, said on its own. Before a closing question of existence
// (closes_with_existence_question) the "men" need not follow a request, and may stand inside
// its sentence ("..., men derefter skal den kunne køre uden wi-fi. Findes det?").
bool demands_after_request(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                           const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> buts{"men", "but"};
  if (i == 0 || i >= sentences.size() || i >= kinds.size()) return false;
  // A turn after the modal, in the sentence right after a request.
  if (turns_after_modal(words, i) && sentences[i - 1] == sentences[i]) {
    const std::size_t start = sentence_begin(sentences, i);
    return start > 0 && kinds[start - 1] == Sentence::asks;
  }
  if (buts.count(words[i]) == 0) return false;
  const bool opens_after_request = sentences[i - 1] != sentences[i] && kinds[i - 1] == Sentence::asks;
  if (!opens_after_request && !closes_with_existence_question(words, kinds, sentences, i)) return false;
  for (std::size_t j = i + 1; j < words.size() && j < sentences.size() && sentences[j] == sentences[i]; ++j) {
    if (is_demand_modal(words[j])) return true;
  }
  return false;
}

// The product a need asks for, named in its definite form ("løsningen", "appen", "systemet").
bool is_nordic_product(const std::string& word) {
  static const std::set<std::string> nouns{
      "løsningen", "systemet", "appen", "produktet", "forløbet", "udstyret", "værktøjet", "hjælpemidlet", "lösningen",
      "produkten", "verktyget", "utrustningen", "verktøyet", "programmet", "programmen", "platformen", "plattformen",
      "tjenesten", "tjänsten",
      // a machine named for what it is ("Maskinen skal selv følge solopgang")
      "maskinen", "automaten", "apparatet", "apparaten", "enheden", "enheten", "robotten", "roboten"};
  return nouns.count(word) != 0;
}

// The product a need asks for, in English ("the app", "the system").
bool is_english_product(const std::string& word) {
  static const std::set<std::string> nouns{"app",     "system",    "solution", "product", "programme",
                                           "program", "equipment", "device",   "service", "platform",
                                           "tool",    "machine",   "robot"};
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

// The length of a phrase at `i` that says what the market was not found to have ("Det vi ikke
// har funnet noe sted: ...", "What we have not found anywhere is ..."): what follows is a
// demand beyond the products found. 0 if there is none.
std::size_t not_found_opener(const std::vector<std::string>& words, std::size_t i) {
  // What opens it ("Det", "What", "One thing", "Én ting"), then "we", a negation and a verb of
  // finding within a few words ("Det vi ikke har funnet", "One thing we cannot find").
  // ... or a requirement ("Krav vi inte hittar uppfyllt: …", "Et krav vi ikke har fundet: …")
  // clang-format off
  static const std::vector<std::vector<std::string>> heads{
      {"det"}, {"what"}, {"one", "thing"}, {"én", "ting"}, {"en", "ting"}, {"en", "sak"}, {"ein", "ting"},
      {"the", "one", "thing"},
      {"krav"}, {"kravet"}, {"kraven"}, {"kravene"}, {"et", "krav"}, {"ett", "krav"}, {"requirements"},
      {"requirement"}, {"a", "requirement"}};
  // clang-format on
  static const std::set<std::string> we{"vi", "we"};
  static const std::set<std::string> found{"fundet", "funnet", "hittat", "found",  "finde",  "finne",
                                           "hitta",  "find",   "finder", "finner", "hittar", "finds"};
  constexpr std::size_t kFoundReach = 4;  // "we have not found", "vi ikke kan finde"
  for (const auto& head : heads) {
    const std::size_t subject = i + head.size();
    if (!phrase_at(words, i, head) || subject >= words.size() || we.count(words[subject]) == 0) continue;
    bool negated = false;
    for (std::size_t j = subject + 1; j < words.size() && j <= subject + kFoundReach; ++j) {
      negated = negated || is_negation_at(words, j);
      if (negated && found.count(words[j]) != 0) return j + 1 - i;
    }
  }
  return 0;
}

// True if the word at `i` adds a demand to a request made in an earlier sentence: it opens
// its sentence, or follows its subject's verb of demanding (demanded_by_subject), with
// "Derudover", "Desuden", "Dessutom", "I tillegg", "In addition", "On top of that" and the
// like, or draws it from the situation told ("Derfor", "So", "Therefore": "So the carer
// walking behind must be able to switch the help on"), and the sentence says what must or
// should be ("Dessutom vill vi att ...", "On top of that, ... the app should estimate ...").
// Such a sentence asks for more than the request's product, as a "men" or "også" in the
// request does; so it does before a closing question of existence ("Findes det?",
// closes_with_existence_question), which asks for what came before it. So does an "også"
// right after the product as a modal's subject (product_must_also); another "også" beside a
// modal in a later sentence ("Det skal også kunne bruges af ...") is not read so: its
// sentence runs on into the hopes and reasons of the need.
bool adds_demand_after_request(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                               const std::vector<std::size_t>& sentences, std::size_t i) {
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      {"derudover"}, {"desuden"}, {"endvidere"}, {"herudover"}, {"ydermere"}, {"dessutom"}, {"därutöver"},
      {"vidare"}, {"dessuten"}, {"i", "tillegg"}, {"additionally"}, {"furthermore"}, {"moreover"},
      {"in", "addition"}, {"on", "top", "of", "that"},
      // what is needed besides, said as such ("What we need on top is that ...", "Det, vi også
      // har brug for, er ...")
      {"what", "we", "need", "on", "top"}, {"what", "we", "need", "in", "addition"}, {"what", "we", "also", "need"},
      {"det", "vi", "også", "har", "brug", "for"}, {"det", "vi", "derudover", "har", "brug", "for"},
      {"det", "vi", "har", "brug", "for", "oveni"}, {"vad", "vi", "också", "behöver"},
      {"vad", "vi", "dessutom", "behöver"}, {"det", "vi", "også", "trenger"}, {"det", "vi", "i", "tillegg", "trenger"},
      // one more thing ("Der er bare én ting mere: ...")
      {"der", "er", "én", "ting", "mere"}, {"der", "er", "en", "ting", "mere"},
      {"der", "er", "bare", "én", "ting", "mere"}, {"der", "er", "bare", "en", "ting", "mere"},
      {"det", "er", "én", "ting", "til"}, {"det", "er", "en", "ting", "til"}, {"det", "finns", "en", "sak", "till"},
      {"there", "is", "one", "more", "thing"}, {"one", "more", "thing"}};
  // clang-format on
  static const std::vector<std::vector<std::string>> consequences{
      {"derfor"}, {"därför"}, {"difor"}, {"so"}, {"therefore"}};
  // Must or should; a want only as a request ("vill vi", asks()): "Derudover vil det spare
  // tid" is a hope, not a demand.
  static const std::set<std::string> modals{"skal", "må", "bør", "ska", "måste", "bör", "must", "should", "shall"};
  static const std::set<std::string> joins{"og", "och", "and", "men", "but"};
  if (i >= sentences.size() || i >= kinds.size()) return false;
  const auto opens = [&](const auto& opener) { return phrase_at(words, i, opener); };
  const bool product_also = product_must_also(words, sentences, i);
  const bool not_found = not_found_opener(words, i) != 0;
  if (!product_also && std::none_of(openers.begin(), openers.end(), opens) && !not_found &&
      std::none_of(consequences.begin(), consequences.end(), opens)) {
    return false;
  }
  // The opener begins its sentence, after an "og"/"and" at most, or stands inside it after
  // its subject's verb of demanding ("Skolelederen kræver desuden, at ...") or after the
  // product as a modal's subject ("skal løsningen også").
  const bool joined = i > 0 && sentences[i - 1] == sentences[i] && joins.count(words[i - 1]) != 0;
  const bool inside_sentence = product_also || (!joined && demanded_by_subject(words, sentences, i));
  std::size_t start = joined ? i - 1 : i;
  if (inside_sentence) start = sentence_begin(sentences, i);
  if (start > 0 && sentences[start - 1] == sentences[i]) return false;
  std::size_t end = i;
  while (end < words.size() && end < sentences.size() && sentences[end] == sentences[i]) ++end;
  const std::vector<std::string> sentence(words.begin() + static_cast<std::ptrdiff_t>(start),
                                          words.begin() + static_cast<std::ptrdiff_t>(end));
  const bool demands =
      inside_sentence || not_found || asks(sentence) || std::any_of(sentence.begin(), sentence.end(), is_demand_verb) ||
      std::any_of(sentence.begin(), sentence.end(), [](const std::string& word) { return modals.count(word) != 0; });
  return demands && request_stands_for(words, kinds, sentences, start, i);
}

// True if the word at `i` opens "Afgørende for os er, at ..." ("Afgørende er, at ...",
// "Avgörande för oss är att ...", "Crucial for us is that ..."): what is decisive named
// first, then said.
bool decisive_first(const std::vector<std::string>& words, std::size_t i) {
  std::size_t next = i + 1;
  if (next < words.size() && words[next] != "to" && for_us_at(words, next)) next += 2;
  return next + 1 < words.size() && is_copula(words[next]) && is_that(words[next + 1]);
}

// True if what is decisive or important at `i` is said to be so for someone: for "us"
// ("Det afgørende for os er dog én ting: ...", "Det er viktig for oss at ...", "Det vigtige
// for os: ..."), or for someone else named as the subject, up to its copula ("Det helt
// afgørende for plejehjemslægen og sygeplejerskerne er dog, at ...", "det vigtigste for ham
// er at kunne skære sin mad selv"). Either is the municipality's demand.
bool decisive_for_someone(const std::vector<std::string>& words, std::size_t i) {
  constexpr std::size_t kForWhomWords = 3;
  if (!is_decisive(words[i]) && !is_important(words[i])) return false;
  if (for_us_at(words, i + 1)) return true;
  if (i + 1 >= words.size() || !is_for(words[i + 1])) return false;
  for (std::size_t j = i + 3; j < words.size() && j <= i + 2 + kForWhomWords; ++j) {
    if (is_copula(words[j])) return true;
  }
  return false;
}

// True if `word` is "our" ("vores", "vårt", "våra", ...): the municipality's own.
bool is_ours(const std::string& word) {
  static const std::set<std::string> ours{"vores", "our", "vårt", "våre", "våra", "vårat"};
  return ours.count(word) != 0;
}

// True if "we have" opens the sentence right before `at`, with at most one adverb between
// ("Vi har et krav: ...", "Vi har derfor et ekstra krav: ...", "We also have one requirement").
template <typename OpensSentence>
bool said_we_have(const std::vector<std::string>& words, std::size_t at, OpensSentence opens_sentence) {
  static const std::set<std::string> we{"vi", "we"};
  static const std::set<std::string> have{"har", "have"};
  for (std::size_t adverbs = 0; adverbs <= 1; ++adverbs) {
    if (at < 2 + adverbs) break;
    const std::size_t subject = at - 2 - adverbs;
    const bool in_order = we.count(words[subject]) != 0 && (have.count(words[subject + 1]) != 0 ||
                                                            (adverbs == 1 && have.count(words[subject + 2]) != 0));
    if (in_order && opens_sentence(subject)) return true;
  }
  return false;
}

// True if the word at `i` is a requirement that opens its sentence (`sentences`:
// sentence_numbers), alone or after an article or "our" and at most one word more ("Krav:
// ...", "Requirement agreed at the meeting: the device must ...", "Ett krav som kom upp förra
// året: låset ska ...", "Et absolutt krav fra oss: ..."), or what is essential or important,
// opening it or led up to ("Essential: ...", "Og så det vigtigste: ..."): the sentence says
// what is demanded.
bool opens_with_requirement(const std::vector<std::string>& words, const std::vector<std::size_t>& sentences,
                            std::size_t i) {
  static const std::set<std::string> nouns{
      "krav",        "kravet",       "kravene",           "kraven",        "requirement",  "requirements",
      "demand",      "demands",      "forudsætning",      "förutsättning", "forutsetning", "prerequisite",
      "mindstekrav", "minimumskrav", "minimikrav",        "minstekrav",    "skalkrav",     "kravliste",
      "kravlisten",  "kravlista",    "kravspecifikation", "kravspec"};
  // what kind of requirement opens it ("Absolute requirement: ...", "MÅ-krav: ...",
  // "Skal-krav:", "Minimum requirement:")
  static const std::set<std::string> requirement_kinds{
      "absolute", "absolut", "absolutt", "absolutte", "ufravigeligt", "ufravigelige", "ufravikelig",
      "må",       "skal",    "ska",      "must",      "minimum",      "hard",         "key"};
  // the words that may lead up to what is essential or important as a note's label ("Og så
  // det vigtigste:", "And the most important:")
  static const std::set<std::string> lead_ins{"og", "och", "and", "så", "then", "det", "the", "most", "allra", "aller"};
  if (i >= sentences.size()) return false;
  const auto opens_sentence = [&](std::size_t at) { return at == 0 || sentences[at - 1] != sentences[at]; };
  // The word at `at` opens its sentence, or only lead-ins come before it ("Og så det …").
  const auto led_up_to = [&](std::size_t at) {
    while (at > 0 && !opens_sentence(at) && lead_ins.count(words[at - 1]) != 0) --at;
    return opens_sentence(at);
  };
  // what is essential or important, as a note's label ("Essential: the same unit must ...",
  // "IMPORTANT: ...", "Vigtigt: ...", "Og så det vigtigste: ...")
  if (is_decisive(words[i]) || is_important(words[i])) return led_up_to(i);
  if (nouns.count(words[i]) == 0) return false;
  // after a kind or an owner's genitive ("Absolute requirement: …", "MAS krav: …",
  // "Ledelsens krav: …")
  const auto kind_or_owner = [&](const std::string& word) {
    return requirement_kinds.count(word) != 0 || (word.size() > 2 && word.back() == 's');
  };
  if (opens_sentence(i) || (i > 0 && kind_or_owner(words[i - 1]) && opens_sentence(i - 1))) return true;
  // after an article or "our", and at most one word more ("Et absolutt krav fra oss: ..."),
  // led up to as what is essential may be ("Og så et krav fra hygiejnesygeplejersken: ...")
  // or as one "we have" ("Vi har derfor et ekstra krav: ...", "We have one requirement: ...")
  for (std::size_t gap = 1; gap <= 2 && gap <= i; ++gap) {
    const std::string& before = words[i - gap];
    const bool article = is_indefinite_article(before) || before == "one";
    // English says the one demand with "the" ("The demand that matters in his case: …"),
    // where the Nordic languages say "Kravet".
    if ((article || before == "the" || is_ours(before)) && led_up_to(i - gap)) return true;
    if (article && said_we_have(words, i - gap, opens_sentence)) return true;
  }
  return false;
}

// True if the first demand modal after `i` in its sentence has a thing for its subject
// ("Systemet skal …", "det skal kunne sænkes", "the sensor must"), not a person ("vi skal
// spare", "we must"), nor an infinitive ("at kunne skære"): what a product must do.
bool demands_of_a_thing(const std::vector<std::string>& words, const std::vector<std::size_t>& sentences,
                        std::size_t i) {
  static const std::set<std::string> persons{"vi",  "we",   "man", "jeg", "jag", "i",  "du",  "you", "de",
                                             "dei", "they", "han", "hun", "hon", "he", "she", "hen", "one"};
  static const std::set<std::string> infinitive{"at", "att", "å", "to"};
  for (std::size_t j = i + 2; j < words.size() && j < sentences.size() && sentences[j] == sentences[i]; ++j) {
    if (!is_demand_modal(words[j])) continue;
    const std::string& subject = words[j - 1];
    if (infinitive.count(subject) != 0) continue;
    return persons.count(subject) == 0;
  }
  return false;
}

// True if the word at `i` ends a requirement that says it cannot be given up ("the one thing
// that cannot be compromised: ...", "One thing is non-negotiable: ...", "Det er ikke til
// forhandling"): what the sentence goes on to say is demanded.
bool not_to_be_given_up(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> given_up{"compromised", "negotiable", "negotiated", "forhandling",
                                              "förhandling", "forhandles", "förhandlas"};
  if (given_up.count(words[i]) == 0) return false;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (is_negation_at(words, i - back) || words[i - back] == "non") return true;
  }
  return false;
}

// True if the word at `i` says one thing matters, with "thing" at most three words before
// ("The one thing that matters: ...", "One extra thing really matters to us: ..."): what the
// sentence goes on to say is demanded.
bool one_thing_matters(const std::vector<std::string>& words, std::size_t i) {
  if (words[i] != "matters") return false;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (words[i - back] == "thing") return true;
  }
  return false;
}

// True if the word at `i` is "krav"/"requirement" of "det er et krav, at ..." ("it is a
// requirement that ...", "det är ett krav att ...", with at most one word between, "et
// ufravigeligt krav") or of "stille krav om" (to demand), or "afgørende"/"essential" of
// "det er afgørende, at ..." ("it is essential that ...") after a request: what follows is
// a demand the product must meet, said as a requirement rather than with "men" or "også".
bool states_requirement(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                        const std::vector<std::size_t>& sentences, std::size_t i) {
  static const std::set<std::string> nouns{"krav",         "requirement",  "forudsætning", "förutsättning",
                                           "forutsetning", "prerequisite", "precondition"};
  static const std::vector<std::vector<std::string>> says{{"det", "er"}, {"er", "det"},    {"det", "är"},
                                                          {"är", "det"}, {"it", "is"},     {"is", "it"},
                                                          {"der", "er"}, {"det", "finns"}, {"there", "is"}};
  const auto asked_before = [&] { return request_stands_for(words, kinds, sentences, i, i); };
  // A requirement said before the need's request frames it ("Det er et krav fra ledelsen, at
  // vi sparer. Vi søger en vaskerobot."); one said after it, or in a need whose request is
  // not said in so many words ("... som kunne klare sig med en låst automat ... Det er
  // derfor et krav, at automaten selv sender besked til apoteket"), or one said before a
  // closing question of existence ("... Det er et krav, at den virker uden wi-fi. Findes det?"),
  // is a demand on the product.
  const auto not_framing = [&] {
    return asked_before() || std::none_of(kinds.begin() + static_cast<std::ptrdiff_t>(i), kinds.end(),
                                          [](Sentence kind) { return kind == Sentence::asks; });
  };
  // A requirement that opens its sentence as a label frames the request when it demands
  // something of the municipality ("Krav: vi skal spare."), but says what the product must
  // do, wherever the request stands, when it demands it of a thing ("Krav, vi blev enige om:
  // Systemet skal …", "MAS krav: Appen måste …").
  if (opens_with_requirement(words, sentences, i)) return demands_of_a_thing(words, sentences, i) || not_framing();
  if (decisive_for_someone(words, i) || not_to_be_given_up(words, i) || one_thing_matters(words, i)) {
    return not_framing();
  }
  if (is_decisive(words[i])) {
    // "det er afgørende, at ...", "Samtidig er det afgørende, at ...", "it is essential that",
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
  if (named.count(words[i]) != 0 && i + 2 < words.size() && is_copula(words[i + 1]) && is_that(words[i + 2])) {
    return not_framing();
  }
  // The same after its copula, as the sentence's subject ("Derfor er vårt krav at …", "Så er
  // vores krav, at …").
  if (named.count(words[i]) != 0 && i >= 2 && is_ours(words[i - 1]) && is_copula(words[i - 2]) &&
      i + 1 < words.size() && is_that(words[i + 1])) {
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
      is_that(words[i + 1])) {
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
           (article >= 3 && !is_negation_at(words, article - 1) && says_at(article - 3));
  };
  return (opened_at(1) || opened_at(2)) && not_framing();
}

// True if the negation at `i` says a requirement cannot be waived ("ét krav, som ikke kan
// fraviges", "ett krav som inte kan frångås", "which cannot be waived", "Krav, vi ikke kan
// give køb på", "we cannot compromise on", "Ett krav vi inte kan släppa"): it insists, it
// denies nothing.
bool cannot_be_waived(const std::vector<std::string>& words, std::size_t i) {
  // clang-format off
  static const std::vector<std::vector<std::string>> waived{
      {"kan", "fraviges"}, {"fraviges"}, {"kan", "fravikes"}, {"fravikes"}, {"kan", "frångås"}, {"frångås"},
      {"be", "waived"}, {"waived"}, {"be", "negotiated"},
      {"kan", "give", "køb", "på"}, {"give", "køb", "på"}, {"kan", "gå", "på", "kompromis"}, {"gå", "på", "kompromis"},
      {"kan", "gi", "køb", "på"}, {"gi", "køb", "på"}, {"kan", "kompromissa"}, {"kompromissa"}, {"compromise"},
      // let go of or do without ("Ett krav vi inte kan släppa: ...", "som vi ikke kan undvære")
      {"kan", "släppa"}, {"släppa"}, {"kan", "give", "slip", "på"}, {"give", "slip", "på"}, {"kan", "slippe"},
      {"slippe"}, {"kan", "undvære"}, {"undvære"}, {"kan", "undvara"}, {"undvara"}, {"kan", "unnvære"},
      {"unnvære"}, {"do", "without"}, {"give", "up"}, {"drop"}};
  // clang-format on
  return std::any_of(waived.begin(), waived.end(), [&](const auto& phrase) { return phrase_at(words, i + 1, phrase); });
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
  const std::size_t start = sentence_begin(sentences, i);
  // "The app must", not "The nurses must": English names the product after its article.
  const bool the_product = words[start] == "the" && start + 1 < i && is_english_product(words[start + 1]);
  const bool subject = pronouns.count(words[start]) != 0 || is_nordic_product(words[start]) || the_product;
  if (i - start > kSubjectWords || !subject || kinds[i] == Sentence::asks) {
    return false;
  }
  return request_stands_for(words, kinds, sentences, start, i);
}

}  // namespace

std::vector<bool> product_demand_words(std::string_view text, const std::vector<std::string>& words,
                                       const std::vector<Sentence>& kinds) {
  return words_after_cues(text, words.size(), [&](const std::vector<std::size_t>& sentences, std::size_t i) {
    return demands_of_the_product(words, kinds, sentences, i);
  });
}

namespace {

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
  static const std::set<std::string> as_much{"as", "så", "lika", "like", "equally"};
  const auto as_important = [&] { return is_important(words[i]) && i > 0 && as_much.count(words[i - 1]) != 0; };
  constexpr std::size_t kQualificationWords = 4;
  if (i >= kinds.size()) return false;
  if (!states_requirement(words, kinds, sentences, i)) {
    const bool added = adds_demand_after_request(words, kinds, sentences, i);
    if (cues.count(words[i]) == 0 && !as_important() && !added && !turns_after_modal(words, i)) return false;
    if (kinds[i] != Sentence::asks && !added && !demands_after_request(words, kinds, sentences, i)) return false;
  }
  if (i + 1 < words.size() && opens_condition(words[i + 1])) return false;
  // "også på plejehjemmet", "även hemma", "also at the care home": the same product used in
  // one more place, not a second demand.
  static const std::set<std::string> also{"også", "också", "även", "also"};
  static const std::set<std::string> places{"på", "i", "hos", "ved", "vid", "hemma", "hjemme", "at", "in", "inside"};
  // ... also after a verb of working or being used ("så det også går på personaletoilettet",
  // "så den også kan bruges i bilen", "so it also works at school").
  static const std::set<std::string> works{"går", "virker", "fungerer", "fungerar", "funker", "funkar", "works",
                                           "kan", "bruges", "brukes",   "används",  "can",    "be",     "used"};
  constexpr std::size_t kVerbWords = 3;  // "kan bruges", "can be used"
  if (also.count(words[i]) != 0) {
    std::size_t at = i + 1;
    while (at < words.size() && at <= i + kVerbWords && works.count(words[at]) != 0) ++at;
    if (at < words.size() && places.count(words[at]) != 0) return false;
  }
  if (lists_what_it_works_with(words, i)) return false;
  // A negation a few words on waives the demand ("men det behøver ikke ..."), not the one
  // that tells what was not found.
  for (std::size_t j = i + std::max<std::size_t>(1, not_found_opener(words, i));
       j < words.size() && j <= i + kQualificationWords; ++j) {
    if (is_negation_at(words, j) && !cannot_be_waived(words, j)) return false;
  }
  return true;
}

// True if the sentence that begins at `i` says that what came before it is a requirement:
// "Det sidste er et krav fra integrationsudvalget.", "Dette er et krav.", "Det er et
// ufravigeligt krav – ellers ...", "This is a requirement." (an article, at most one word
// before the noun), not a requirement it goes on to state ("Det er et krav, at ...").
bool points_back_as_requirement(const std::vector<std::string>& words, std::size_t i) {
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      {"det", "sidste", "er"}, {"dette", "er"}, {"det", "er"}, {"det", "siste", "er"},
      {"det", "sista", "är"}, {"detta", "är"}, {"det", "är"},
      {"the", "latter", "is"}, {"this", "is"}, {"it", "is"}};
  // clang-format on
  static const std::set<std::string> nouns{"krav", "requirement"};
  const auto opener =
      std::find_if(openers.begin(), openers.end(), [&](const auto& o) { return phrase_at(words, i, o); });
  if (opener == openers.end()) return false;
  const std::size_t article = i + opener->size();
  if (article >= words.size() || !is_indefinite_article(words[article])) return false;
  for (std::size_t noun = article + 1; noun <= article + 2 && noun < words.size(); ++noun) {
    if (nouns.count(words[noun]) == 0) continue;
    return noun + 1 == words.size() || !is_that(words[noun + 1]);
  }
  return false;
}

// Where the sentence before `i` begins, if the sentence that begins at `i` makes it a
// requirement by pointing back (points_back_as_requirement: "... har brug for at kunne skrive
// på arabisk. Det sidste er et krav fra integrationsudvalget.") and a request came before it:
// a qualification, as "Det er et krav, at ..." would be.
std::optional<std::size_t> requirement_pointed_back(const std::vector<std::string>& words,
                                                    const std::vector<Sentence>& kinds,
                                                    const std::vector<std::size_t>& sentences, std::size_t i) {
  if (i == 0 || i >= sentences.size() || i > kinds.size() || sentences[i - 1] == sentences[i]) return std::nullopt;
  if (!points_back_as_requirement(words, i)) return std::nullopt;
  const std::size_t start = sentence_begin(sentences, i - 1);
  return request_stands_for(words, kinds, sentences, start, i) ? std::optional<std::size_t>(start) : std::nullopt;
}

// qualifies_at(), where an item of a listed request (request_heads) qualifies only by
// stating a requirement: its "også" or "samtidigt" ("- noget der også vasker klinkegulvet",
// "- att flera kan träna samtidigt") adds to the list, which as a whole is the request.
bool qualifies_in_list(const std::vector<bool>& listed, const std::vector<std::string>& words,
                       const std::vector<Sentence>& kinds, const std::vector<std::size_t>& sentences, std::size_t i) {
  if (!qualifies_at(words, kinds, sentences, i)) return false;
  return i >= listed.size() || !listed[i] || states_requirement(words, kinds, sentences, i);
}

// For each word of tokenize(text): true if it is an item of a list that a requirement heads
// ("Krav:", "MÅ-krav:", "Absolute requirements:"; opens_with_requirement): each item is a
// demand. A list is no frame of the request, as a sentence may be ("Det er et krav fra
// ledelsen, at vi sparer"): the items say what the product must do.
// So is an item that opens with what must be ("- Skal: give talte påmindelser", "1. Skal
// være en robust uterullator", "- Must: the same sensor …"), in any list: the items that
// open with what should or may be ("Bør:", "Should:", "Kan:") are wishes beside them.
// `sentences` and `headings` are sentence_numbers() and list_headings() of the text.
std::vector<bool> listed_requirement_words(const std::vector<std::string>& words,
                                           const std::vector<std::size_t>& sentences,
                                           const std::vector<std::size_t>& headings) {
  static const std::set<std::string> musts{"skal", "ska", "må", "must", "shall", "mandatory"};
  std::set<std::size_t> heads;     // sentences that head a list of requirements
  std::set<std::size_t> demanded;  // items that open with what must be
  for (std::size_t i = 0; i < words.size() && i < sentences.size(); ++i) {
    if (opens_with_requirement(words, sentences, i)) heads.insert(sentences[i]);
    const std::size_t sentence = sentences[i];
    const bool opens = i == 0 || sentences[i - 1] != sentence;
    if (opens && musts.count(words[i]) != 0 && sentence < headings.size() && headings[sentence] != kNotListed) {
      demanded.insert(sentence);
    }
  }
  auto marks = words_listed_under(sentences, headings, [&](std::size_t heading) { return heads.count(heading) != 0; });
  for (std::size_t i = 0; i < marks.size(); ++i) marks[i] = marks[i] || demanded.count(sentences[i]) != 0;
  return marks;
}

// Leaves unmarked in `qualifying` the words of a requirement's label up to its colon: who set
// it ("Ett tydligt krav från kommunens miljöstrateg: sensorn ska ...", "Krav fra MAS: ...") is
// no demand on the product.
void unmark_label_owners(std::string_view text, const std::vector<std::string>& words,
                         const std::vector<std::size_t>& sentences, std::vector<bool>& qualifying) {
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return;  // the spans below are the text's too
  const auto spans = word_spans(lower);
  if (spans.size() != words.size()) return;
  for (std::size_t i = 0; i < words.size() && i < sentences.size(); ++i) {
    if (!opens_with_requirement(words, sentences, i)) continue;
    std::size_t end = i + 1;  // the first word of the next sentence
    while (end < words.size() && end < sentences.size() && sentences[end] == sentences[i]) ++end;
    const std::size_t colon = text.find(':', spans[i].end);
    if (end == i + 1 || colon == std::string_view::npos || colon > spans[end - 1].begin) continue;
    for (std::size_t j = i + 1; j < end && j < qualifying.size() && spans[j].begin < colon; ++j) qualifying[j] = false;
  }
}

// Marks the system a demand sends the product's data into, the municipality's own ("Hver
// dosis skal automatisk registreres ... i vores omsorgsjournal", "must be filed into the
// citizen's existing care record"): up to three words after "vores", "our", "existing" and
// the like, in a sentence with a demand modal or a requirement and a verb of passing data
// on. That it works with what the municipality has is a demand beyond the product asked for.
void mark_integration_targets(const std::vector<std::string>& words, const std::vector<std::size_t>& sentences,
                              std::vector<bool>& marks) {
  // besides what is_ours() reads: more forms of "our", and what already exists
  static const std::set<std::string> owned{"vort",      "vore",       "vår",       "eksisterende", "existing",
                                           "befintlig", "befintliga", "nuværende", "nåværende",    "current"};
  static const std::set<std::string> passes_on{
      "registreres", "registrere",    "registreras",   "registered", "integreres", "integrere",   "integreras",
      "integrated",  "integrate",     "overføres",     "overføre",   "överföras",  "transferred", "sendes",
      "skickas",     "synkroniseres", "synkroniseras", "synced",     "filed",      "logged",      "kobles",
      "kopplas",     "linked",        "placed",        "indgå",      "ingå",       "inngå",       "fremgå",
      "framgå",      "dukke",         "appear",        "lagt",       "lægges",     "land",        "lande",
      "havne",       "hamne"};
  static const std::set<std::string> requirement{"krav", "kravet", "requirement"};  // "det er et krav, at ..."
  constexpr std::size_t kTargetWords = 3;                                           // "our existing care record"
  for_each_sentence_range(sentences, words.size(), [&](std::size_t begin, std::size_t end) {
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(end);
    const bool demands = std::any_of(
        first, last, [](const auto& word) { return is_demand_modal(word) || requirement.count(word) != 0; });
    const bool passes = std::any_of(first, last, [](const auto& word) { return passes_on.count(word) != 0; });
    for (std::size_t i = begin; demands && passes && i < end; ++i) {
      if (!is_ours(words[i]) && owned.count(words[i]) == 0) continue;
      for (std::size_t k = i + 1; k < end && k <= i + kTargetWords; ++k) marks[k] = true;
    }
  });
}

const std::set<std::string>& existence_words() {
  static const std::set<std::string> words{"findes", "finnes", "finns", "exists", "exist", "eksisterer", "existerar"};
  return words;
}

const std::set<std::string>& suitability_words() {
  static const std::set<std::string> words{"passer", "passar"};
  return words;
}

// What the writer has seen work ("Det har vi sett fungere i nabokommunen.").
const std::vector<std::vector<std::string>>& seen_phrases() {
  static const std::vector<std::vector<std::string>> phrases{
      {"det", "har", "vi", "set"}, {"det", "har", "vi", "sett"}, {"we", "have", "seen", "that"}};
  return phrases;
}

// True if the need could hold a statement says_the_base_exists() reads: a word of existence
// or suitability, or what was seen. Most needs hold none, and skip reading their sentences again.
bool may_say_the_base_exists(const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& word) {
                       return existence_words().count(word) != 0 || suitability_words().count(word) != 0;
                     }) ||
         contains_phrase(words, seen_phrases());
}

// True if a statement says that what the need asks for exists, as far as the writer knows
// ("We know that part exists.", "Det findes, ved jeg.", "Det finns redan på flera håll i
// länet.", "Det har vi sett fungere i nabokommunen."), or that it suits them ("Det passer
// dem veldig godt."): what the need goes on to say is what it asks beyond the products of
// the kind. Not a question, nor a negated sentence ("Vi ved ikke, om det findes"), nor a long
// one, whose "findes" belongs to a clause of its story.
bool says_the_base_exists(const std::vector<std::string>& sentence, char terminator) {
  constexpr std::size_t kMaxWords = 14;
  if (terminator == '?' || sentence.size() > kMaxWords) return false;
  if (std::any_of(sentence.begin(), sentence.end(), is_negation)) return false;
  // known, believed or understood ("Det er vi ret sikre på findes.", "Det finns, har jag förstått.")
  static const std::set<std::string> known{"vet",      "know",     "knows", "allerede",   "redan", "already",
                                           "sikre",    "sikker",   "säker", "säkra",      "sure",  "forstået",
                                           "förstått", "forstått", "tror",  "understood", "think"};
  const auto has = [&](const std::set<std::string>& set) {
    return std::any_of(sentence.begin(), sentence.end(), [&](const std::string& word) { return set.count(word) != 0; });
  };
  // Danish "ved" is also the preposition (at, by: "en rampe ved hoveddøren"): it is knowing
  // only beside its subject ("ved jeg", "vi ved").
  static const std::set<std::string> knowers{"jeg", "vi", "man", "du", "han", "hun", "de", "alle"};
  const auto knows_by_ved = [&] {
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const bool beside_subject = (i > 0 && knowers.count(sentence[i - 1]) != 0) ||
                                  (i + 1 < sentence.size() && knowers.count(sentence[i + 1]) != 0);
      if (sentence[i] == "ved" && beside_subject) return true;
    }
    return false;
  };
  // ... or that it suits them ("Det passer dem veldig godt.", "Det passer fint til de fem doser i dagtimerne.")
  static const std::set<std::string> well{"godt", "fint", "bra", "perfekt"};
  return (has(existence_words()) && (has(known) || knows_by_ved())) || contains_phrase(sentence, seen_phrases()) ||
         (has(suitability_words()) && has(well));
}

// Marks, as qualifying, the words of the sentences after the first that says_the_base_exists;
// true if it marked any.
bool mark_after_known_base(std::string_view text, const std::vector<std::string>& words,
                           const std::vector<std::size_t>& sentences, std::vector<bool>& marks) {
  if (!may_say_the_base_exists(words)) return false;
  const auto base = sentence_marks(text, says_the_base_exists);
  const auto first = std::find(base.begin(), base.end(), true);
  if (first == base.end()) return false;
  const auto at = static_cast<std::size_t>(first - base.begin());
  bool marked = false;
  for (std::size_t i = at; i < marks.size() && i < sentences.size(); ++i) {
    if (sentences[i] == sentences[at]) continue;
    marks[i] = true;
    marked = true;
  }
  return marked;
}

}  // namespace

Qualifications qualifications_of(std::string_view text, const std::vector<std::string>& words,
                                 const std::vector<Sentence>& kinds) {
  return qualifications_of(text, words, kinds, sentence_numbers(text), list_headings(text));
}

Qualifications qualifications_of(std::string_view text, const std::vector<std::string>& words,
                                 const std::vector<Sentence>& kinds, const std::vector<std::size_t>& sentences,
                                 const std::vector<std::size_t>& headings) {
  const auto heads = request_heads(text);
  const auto requested = words_listed_under(
      sentences, headings, [&](std::size_t heading) { return heading < heads.size() && heads[heading]; });
  const auto listed = listed_requirement_words(words, sentences, headings);
  Qualifications out;
  out.words =
      words_after_cues(sentences, words.size(), [&](const std::vector<std::size_t>& /*sentences*/, std::size_t i) {
        return qualifies_in_list(requested, words, kinds, sentences, i);
      });
  bool cue = false;
  bool required = std::find(listed.begin(), listed.end(), true) != listed.end();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const auto start = requirement_pointed_back(words, kinds, sentences, i)) {
      std::fill(out.words.begin() + static_cast<std::ptrdiff_t>(*start),
                out.words.begin() + static_cast<std::ptrdiff_t>(i), true);
      required = true;
    }
    if (i < listed.size() && listed[i]) out.words[i] = true;
    if (!cue && qualifies_in_list(requested, words, kinds, sentences, i)) {
      if (states_requirement(words, kinds, sentences, i)) {
        required = true;
      } else {
        cue = true;
      }
    }
  }
  if (mark_after_known_base(text, words, sentences, out.words)) cue = true;
  unmark_label_owners(text, words, sentences, out.words);
  mark_integration_targets(words, sentences, out.words);
  out.kind = cue ? Qualification::cue : required ? Qualification::requirement : Qualification::none;
  return out;
}

std::vector<bool> added_demand_words(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                                     const std::vector<std::size_t>& sentences, const std::vector<bool>& qualifying) {
  auto marks =
      words_after_cues(sentences, words.size(), [&](const std::vector<std::size_t>& /*sentences*/, std::size_t i) {
        return adds_demand_after_request(words, kinds, sentences, i);
      });
  const auto request = std::find(kinds.begin(), kinds.end(), Sentence::asks);
  if (request == kinds.end()) return marks;
  const auto at = static_cast<std::size_t>(request - kinds.begin());
  for (std::size_t i = at; i < marks.size() && i < sentences.size() && i < qualifying.size(); ++i) {
    if (sentences[i] != sentences[at] && qualifying[i]) marks[i] = true;
  }
  return marks;
}

namespace {

// A form of the verb to develop ("udvikle", "udvikles", "samudvikle", "utveckla", "develop").
bool is_develop_verb(const std::string& word) {
  static const std::vector<std::string_view> stems{"udvikl", "samudvikl", "utveckl", "utvikl", "develop"};
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view stem) { return word.rfind(stem, 0) == 0; });
}

}  // namespace

std::vector<bool> requests_to_develop(const std::vector<std::string>& words, std::vector<bool> affirmed) {
  static const std::set<std::string> becomes{"sig", "seg", "into"};
  // A person developing their own language or skills ("hun kan stadig udvikle sit sprog",
  // "develop his speech"), not a product built.
  static const std::set<std::string> own{"sit",  "sin",    "sine",   "sitt", "sina",
                                         "hans", "hendes", "hennes", "his",  "her"};
  // ... and whoever is asked to build it ("Could the municipality develop something …?")
  static const std::set<std::string> builders{"to",    "we",      "us",    "co",      "will",
                                              "would", "can",     "could", "shall",   "should",
                                              "must",  "jointly", "you",   "council", "municipality"};
  // One of two ways still open ("hvilke løsninger vi ønsker at udvikle eller udbrede", "købe
  // eller udvikle", "develop or buy"): a choice not made, not a plan to develop.
  static const std::set<std::string> alternatives{"eller", "or"};
  for (std::size_t i = 0; i < words.size() && i < affirmed.size(); ++i) {
    if (i + 1 < words.size() && (becomes.count(words[i + 1]) != 0 || own.count(words[i + 1]) != 0)) affirmed[i] = false;
    const bool before_or = i + 1 < words.size() && alternatives.count(words[i + 1]) != 0;
    const bool after_or = i > 0 && alternatives.count(words[i - 1]) != 0;
    if ((before_or || after_or) && is_develop_verb(words[i])) affirmed[i] = false;
    if (words[i] == "develop" && (i == 0 || builders.count(words[i - 1]) == 0)) affirmed[i] = false;
  }
  // No time for it ("vi har ikke tid til et udviklingsprojekt", "no time to develop"): a wish
  // for what exists, though a lack of time negates nothing else (tells_lack_of_time).
  static const std::set<std::string> time{"tid", "time"};
  constexpr std::size_t kTimeReach = 3;  // "tid til et udviklingsprojekt", "time for a development project"
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (time.count(words[i]) == 0 || !(is_negation_at(words, i - 1) || words[i - 1] == "no")) continue;
    for (std::size_t k = i + 1; k < words.size() && k < affirmed.size() && k <= i + kTimeReach; ++k) {
      affirmed[k] = false;
    }
  }
  return affirmed;
}

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

std::vector<bool> without_people_found(const std::vector<std::string>& words, std::vector<bool> affirmed) {
  static const std::set<std::string> found{"fundet", "funnet", "found"};
  static const std::set<std::string> passive{"blev", "ble", "was", "wasn", "were", "weren"};
  // "Der blev ikke fundet noget", "there was nothing found", "no product was found that ...":
  // what was searched for, not whom.
  static const std::set<std::string> expletives{"der", "det", "there", "it", "product", "solution", "løsning"};
  static const std::set<std::string> anything{"noget", "noe", "något", "anything", "any", "nothing"};
  const auto a_thing_after = [&](std::size_t i) {
    return i + 1 < words.size() && (anything.count(words[i + 1]) != 0 || is_indefinite_article(words[i + 1]));
  };
  for (std::size_t i = 1; i < words.size() && i < affirmed.size(); ++i) {
    if (found.count(words[i]) == 0 || a_thing_after(i)) continue;
    // The auxiliary up to three words before ("was found", "wasn't found", "blev ikke fundet").
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      const std::size_t auxiliary = i - back;
      if (passive.count(words[auxiliary]) == 0) continue;
      if (auxiliary > 0 && expletives.count(words[auxiliary - 1]) != 0) break;
      std::fill(affirmed.begin() + static_cast<std::ptrdiff_t>(auxiliary),
                affirmed.begin() + static_cast<std::ptrdiff_t>(i + 1), false);
      break;
    }
  }
  return affirmed;
}

}  // namespace radar::match
