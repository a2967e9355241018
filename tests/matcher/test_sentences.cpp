#include <catch2/catch.hpp>

#include "radar/text.h"
#include "sentences.h"

using radar::tokenize;
using radar::match::contains_phrase;
using radar::match::contains_phrase_then;
using radar::match::for_each_sentence_range;
using radar::match::is_forwarding_word;
using radar::match::PhraseIndex;
using radar::match::sentence_numbers;

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

TEST_CASE("a text's sentences are visited as ranges of word positions", "[sentences]") {
  const std::string text = "Vi søger en lift. Den skal være stille! Hvad koster den?";
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for_each_sentence_range(sentence_numbers(text), tokenize(text).size(),
                          [&](std::size_t begin, std::size_t end) { ranges.emplace_back(begin, end); });
  CHECK(ranges == std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}, {4, 8}, {8, 11}});
  // Only the first `count` words: the last sentence cut short, none past it.
  ranges.clear();
  for_each_sentence_range(sentence_numbers(text), 6,
                          [&](std::size_t begin, std::size_t end) { ranges.emplace_back(begin, end); });
  CHECK(ranges == std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}, {4, 6}});
  ranges.clear();
  for_each_sentence_range({}, 3, [&](std::size_t begin, std::size_t end) { ranges.emplace_back(begin, end); });
  CHECK(ranges.empty());
}

TEST_CASE("the words that forward a message are one list for every reading", "[sentences]") {
  for (const char* word : {"videresendt", "videresender", "vidarebefordrat", "forwarded", "fwd"}) {
    INFO(word);
    CHECK(is_forwarding_word(word));
  }
  CHECK_FALSE(is_forwarding_word("sendt"));
  CHECK_FALSE(is_forwarding_word("fra"));
}
