// Snippets mark the words of a record's text that are a term of the need's aspects, by
// the word itself or by its stem; the terms are gathered once per match.
#include <catch2/catch.hpp>

#include "analysis.h"
#include "snippet.h"

using namespace radar::match;

TEST_CASE("a snippet marks the words whose form or stem is one of the need's terms", "[snippet]") {
  AnalysedNeed need;
  AspectPlan sensor;
  sensor.alternatives = {{{{"sensor", "Zsensor"}}}};
  AspectPlan night;
  night.alternatives = {{{{"nat", "Znat"}, {"tilsyn", "Ztilsyn"}}}};
  need.aspects = {sensor, night};
  const auto terms = snippet_terms(need);
  CHECK(terms == std::set<std::string>{"Znat", "Zsensor", "Ztilsyn", "nat", "sensor", "tilsyn"});

  SnippetMarker marker(terms);
  const auto snippet = make_snippet("Sensorer giver tilsyn om natten & ro.", marker, "da");
  CHECK(snippet.text == "Sensorer giver tilsyn om natten & ro.");
  CHECK(snippet.html == "<mark>Sensorer</mark> giver <mark>tilsyn</mark> om <mark>natten</mark> &amp; ro.");
  SnippetMarker none({});
  CHECK(make_snippet("Sensorer giver tilsyn.", none, "da").html == "Sensorer giver tilsyn.");
}

TEST_CASE("a match's snippets remember which words they mark, per record language", "[snippet]") {
  SnippetMarker marker({"Znat", "sensor"});
  // Danish stems "natten" to "nat"; English leaves it as it is.
  for (int ask = 0; ask < 2; ++ask) {
    CHECK(marker.marks("natten", "da"));
    CHECK_FALSE(marker.marks("natten", "en"));
    CHECK(marker.marks("sensor", "en"));
    CHECK_FALSE(marker.marks("giver", "da"));
  }
  // Texts marked through one marker read as each marked alone.
  const std::set<std::string> terms{"Znat", "Zsensor", "tilsyn"};
  SnippetMarker shared(terms);
  for (const auto& [text, lang] : {std::pair<std::string, std::string>{"Sensorer giver tilsyn om natten.", "da"},
                                   {"Sensors watch at night: natten.", "en"}, {"Om natten, sensorer.", "da"}}) {
    SnippetMarker fresh(terms);  // a marker that has seen no other text
    const auto alone = make_snippet(text, fresh, lang);
    const auto together = make_snippet(text, shared, lang);
    CHECK(together.text == alone.text);
    CHECK(together.html == alone.html);
  }
}
