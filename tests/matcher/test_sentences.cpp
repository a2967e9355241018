#include <catch2/catch.hpp>

#include "radar/text.h"
#include "sentences.h"

using radar::tokenize;
using radar::match::contains_phrase;
using radar::match::contains_phrase_then;
using radar::match::PhraseIndex;

TEST_CASE("a phrase list indexed by its first word answers as the list does", "[sentences]") {
  const std::vector<std::vector<std::string>> phrases{
      {"vi", "søger"}, {"vi", "har", "brug", "for"}, {"hvad", "skal", "vi", "vælge"}, {"we", "need"}, {"vi", "vil"}};
  const PhraseIndex index(phrases);
  // The phrases that may start at a word, in the list's order; none for other words.
  REQUIRE(index.starting_with("vi").size() == 3);
  CHECK(index.starting_with("vi")[0] == phrases[0]);
  CHECK(index.starting_with("vi")[1] == phrases[1]);
  CHECK(index.starting_with("vi")[2] == phrases[4]);
  CHECK(index.starting_with("søger").empty());
  for (const char* text : {"Vi søger en sengealarm.", "Og vi har brug for en lift.", "Hvad skal vi vælge?",
                           "We need a lift.", "Vi har et problem.", "", "vi"}) {
    INFO(text);
    const auto words = tokenize(text);
    CHECK(contains_phrase(words, index) == contains_phrase(words, phrases));
    // ... from the positions allowed, and with what follows the phrase accepted or not
    std::vector<bool> from(words.size(), false);
    if (words.size() > 1) from[1] = true;
    CHECK(contains_phrase(words, index, from) == contains_phrase(words, phrases, from));
    const auto at_end = [&](std::size_t next) { return next == words.size(); };
    CHECK(contains_phrase_then(words, index, at_end) == contains_phrase_then(words, phrases, at_end));
  }
  CHECK(contains_phrase(tokenize("Og vi har brug for en lift."), index));
  CHECK_FALSE(contains_phrase(tokenize("Vi har et problem."), index));
  CHECK(contains_phrase_then(tokenize("Hvad skal vi vælge?"), index, [](std::size_t next) { return next == 4; }));
}
