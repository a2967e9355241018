// The roles of a need's words outside what it asks for: who brought the need, what it
// is for, where it is told from, its examples, its questions and its people's condition.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace radar::match {

// For each of `words`, tokenize(text): true if it follows "det kunne være", "det kan vara", "it
// could be" in its sentence: the options a need lists where it has not chosen ("men vi ved
// ikke rigtig hvor – det kunne være i træningen, på handicapområdet eller …"), or in a
// sentence that opens with "maybe" and offers two alternatives or more ("Måske noget til
// natten, eller noget mod ensomhed, eller …"), which it does not ask for.
std::vector<bool> option_words(std::string_view text, const std::vector<std::string>& words);

// For each word of tokenize(text): true if it names who brought the need, as the subject of
// a verb of asking that opens its sentence ("Neurorehabiliteringen har henvendt sig om …",
// "Parkinsonforeningens lokalafdeling har spurgt, om …", "The chair has asked me …"): the
// department or council that asked is who the need comes from, not what it is about; so does
// the writer's introduction of themselves that opens the need (self_introduction_words), and
// the byline of a need passed on (byline_words). So does the verb of a question to the
// reader that opens its sentence ("Could you check the market?", "Kan du undersøge det inden
// mødet?", "Kan I finde sådan en dyne"): it says what the reader is to do, not the product.
std::vector<bool> requester_words(std::string_view text);

// For each word of tokenize(text): true if it belongs to the frame of a letter: the greeting
// that opens it ("Hej Tina", "Kære Søren", "Hi all –") and the closing with the signature
// below it ("Venlig hilsen\nAnne-Marie Holst\nSundhedsplejerske", "Mvh\nLars", "/Peter").
// Names, titles and sign-offs are who wrote, not what the need asks ("Peter", read as
// Danish, stems to "pet").
std::vector<bool> letter_words(std::string_view text);

// For each word of tokenize(text): true if its sentence asks a question of conduct.
std::vector<bool> conduct_words(std::string_view text);

// For each word of tokenize(text): true if its sentence is a question that does not ask
// whether something exists ("Hvad siger Ankestyrelsens praksis?", "hvor længe skal en
// afprøvning køre?"): what such a question names is what the writer wonders about, not what
// a product must do ("Findes der en sengealarm, der ...?" asks for one).
std::vector<bool> question_words(std::string_view text);

// For each of `words` (tokenize() of a need): true if it names the condition of the people
// the need is for, the word after "borgere med" / "residents with" and what "og"/"eller"
// joins to it: who the need serves, not what a product must do.
std::vector<bool> group_condition_words(const std::vector<std::string>& words);

// For each word of tokenize(text): true if it lies in an opening clause of what happened
// before, up to its comma ("Efter to utilsigtede hændelser med borgere, vil vi have …",
// "After a stroke, …", "Etter hoftebrudd …,"): the occasion or the people's history, which
// is the need's situation as their condition is, not what it asks for.
std::vector<bool> occasion_words(std::string_view text);

// For each word of tokenize(text): true if it is in the adverbial that opens its sentence
// with where it happens, up to the verb and its subject ("I vores hjerterehabilitering har
// vi …", "In our day centre we …"): the service the need is told from, not what it asks.
std::vector<bool> opening_setting_words(std::string_view text);

// For each word of tokenize(text): true if it is in a clause that says what the need is
// for or must prevent ("..., så en forværring bliver opdaget", "..., før det ender med
// delir", "so staff can step in"), not what a product must do.
std::vector<bool> purpose_words(std::string_view text);

// For each word of tokenize(text): true if it follows, in its clause, a marker of an
// example ("fx med en tablet eller en telefon", "f.eks.", "for example", "e.g.", "till
// exempel", "t.ex.", "such as"): what it names is one way of doing what is asked.
std::vector<bool> example_words(std::string_view text);

// For each word of tokenize(text): true if it follows, in its clause, what the need wants
// replaced ("i stedet for at hænge passivt i et sejl", "instead of", "istället för", "heller
// enn"): what it names is what the need has or avoids, not what a product must do.
std::vector<bool> replaced_words(std::string_view text);

}  // namespace radar::match
