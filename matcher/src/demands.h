// What a need demands beyond its request: its requirements, its "men ..." and
// "også ..." qualifications, and the demands it makes of the product.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "radar/text.h"
#include "requests.h"

namespace radar::match {

// For each word of tokenize(text): true if it follows the modal of a sentence that says what
// the product must be or do (demands_of_the_product), to the end of that sentence.
std::vector<bool> product_demand_words(std::string_view text, const std::vector<std::string>& words,
                                       const std::vector<Sentence>& kinds);

// How a need qualifies its request (qualifies_at): not at all, with a cue ("men", "også"),
// or only by stating requirements ("Det er et krav, at ...").
enum class Qualification { none, cue, requirement };

struct Qualifications {
  // For each word of tokenize(text): true if it is in a qualification of a request, from
  // the word after its cue to the end of its sentence ("…, og også en robot, der kan moppe
  // gulvet" asks for a mopping robot as well; not to a comma: "også øjendråber,
  // smerteplastre og flydende medicin" is one qualification), or in a list of requirements.
  std::vector<bool> words;
  Qualification kind = Qualification::none;  // cue if any qualification is a cue's
};

// The qualifications of a need whose tokenize() words and sentence_kinds() are given.
Qualifications qualifications_of(std::string_view text, const std::vector<std::string>& words,
                                 const std::vector<Sentence>& kinds);
// The same, given the text's sentence_numbers() and list_headings() as well.
Qualifications qualifications_of(std::string_view text, const std::vector<std::string>& words,
                                 const std::vector<Sentence>& kinds, const std::vector<std::size_t>& sentences,
                                 const std::vector<std::size_t>& headings);

// For each word of a need (`words`, `kinds` and `sentences` as for qualifications_of): true
// if what it says is asked for but is no part of the request's core. So is what follows, in
// its sentence, a cue that adds a demand to an earlier request (adds_demand_after_request:
// "Derudover vil vi have, at …"), and what a sentence after the first request qualifies it
// with (`qualifying`, Qualifications::words: "Vi vil også gerne have, at …").
std::vector<bool> added_demand_words(const std::vector<std::string>& words, const std::vector<Sentence>& kinds,
                                     const std::vector<std::size_t>& sentences, const std::vector<bool>& qualifying);

// Where a develop cue may stand: affirmed, and not where a condition develops into
// something ("hudirritation, som kan udvikle sig til sår", "utvikle seg til", "develop
// into"), which says what is to be prevented, not that the municipality will build it, nor
// where a person develops their own skills ("udvikle sit sprog", "develop his speech").
// The Nordic cues are infinitives ("vi vil udvikle"; a resident "udvikler" sores), but
// English "develop" is also what residents do ("many develop red skin"): it asks to
// build only after "to", a modal, "we", "us" or "co-".
std::vector<bool> requests_to_develop(const std::vector<std::string>& words, std::vector<bool> affirmed);

// Where a market-lacks cue may stand: not where someone did not find the way ("har ikke
// fundet hjem", "inte hittat hem", "haven't found their way back"): a person got lost,
// the market was not searched.
std::vector<bool> without_lost_ways(const std::vector<std::string>& words, std::vector<bool> affirmed);

// Where a market-lacks cue may stand: not where a person was not found ("was not found until
// a neighbour looked in", "blev ikke fundet før om morgenen", "ble ikke funnet"): a passive
// "found" tells what happened to someone, not what the municipality searched for.
std::vector<bool> without_people_found(const std::vector<std::string>& words, std::vector<bool> affirmed);

}  // namespace radar::match
