#include "radar/language.h"

#include <array>
#include <string>
#include <unordered_set>

#include "radar/text.h"

namespace radar {
namespace {

struct Profile {
  const char* code;
  std::unordered_set<std::string> words;
};

// Frequent function words that tell the languages apart; shared words
// (e.g. "og" da/nb) are deliberately kept: the letters below break ties.
const std::array<Profile, 5>& profiles() {
  static const std::array<Profile, 5> kProfiles{{
      {"da", {"og", "i", "at", "det", "er", "en", "til", "på", "med", "af", "som", "for", "de", "der", "den",
              "ikke", "vi", "har", "kan", "skal", "også", "efter", "hvis", "være", "deres", "borgere", "meget",
              "nogle", "hvor", "fra", "eller", "gerne", "hjælp", "ønsker", "mange", "sig", "os", "vores",
              "vort", "blev", "bliver", "blive", "noget", "hvad", "ud", "op", "mig", "uden", "igen", "nu",
              "mellem", "gøre", "gør", "behøver", "brugere", "plejehjem"}},
      {"sv", {"och", "i", "att", "det", "är", "en", "till", "på", "med", "av", "som", "för", "de", "den", "inte",
              "vi", "har", "kan", "ska", "också", "efter", "om", "vara", "deras", "mycket", "några", "var", "från",
              "eller", "hjälp", "många", "sig", "oss", "våra", "vård", "äldre", "och", "samt"}},
      {"nb", {"og", "i", "at", "det", "er", "en", "til", "på", "med", "av", "som", "for", "de", "den", "ikke",
              "vi", "har", "kan", "skal", "også", "etter", "hvis", "være", "deres", "mye", "noen", "hvor", "fra",
              "eller", "hjelp", "mange", "seg", "oss", "våre", "eldre", "helse", "å", "vår", "vårt", "ble",
              "blir", "bli", "noe", "hva", "ut", "opp", "meg", "uten", "igjen", "nå", "mellom", "gjøre",
              "gjør", "trenger", "brukere", "sykehjem"}},
      {"en", {"the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "as", "are", "it", "by", "an",
              "be", "this", "from", "or", "can", "we", "our", "their", "which", "who", "at", "not", "has",
              "have", "will", "when", "care", "people", "home", "staff"}},
      {"de", {"und", "der", "die", "das", "ist", "nicht", "mit", "für", "auf", "ein", "eine", "zu", "von", "wir",
              "sie", "es", "im", "den", "dem", "auch", "werden", "oder", "bei", "pflege"}},
  }};
  return kProfiles;
}

// Letters that only one language among da/sv/nb uses.
int letter_bonus(std::string_view code, std::string_view lower) {
  const bool has_ae_oe = lower.find("æ") != std::string_view::npos || lower.find("ø") != std::string_view::npos;
  const bool has_a_o_umlaut = lower.find("ä") != std::string_view::npos || lower.find("ö") != std::string_view::npos;
  if (code == "sv") return has_a_o_umlaut ? 3 : 0;
  if (code == "de") return (has_a_o_umlaut || lower.find("ü") != std::string_view::npos) ? 1 : 0;
  if (code == "da" || code == "nb") return has_ae_oe ? 2 : 0;
  return 0;
}

}  // namespace

std::string detect_language(std::string_view text) {
  const std::string lower = to_lower(text);
  std::array<int, 5> scores{};
  std::string word;
  const auto score_word = [&]() {
    if (word.empty()) return;
    for (std::size_t i = 0; i < profiles().size(); ++i) {
      if (profiles()[i].words.count(word) != 0) ++scores[i];
    }
    word.clear();
  };
  for (const char c : lower) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= 'a' && c <= 'z')) {
      word += c;
    } else {
      score_word();
    }
  }
  score_word();
  std::size_t best = 0;
  for (std::size_t i = 0; i < profiles().size(); ++i) {
    scores[i] += letter_bonus(profiles()[i].code, lower);
    if (scores[i] > scores[best]) best = i;
  }
  return scores[best] == 0 ? "da" : profiles()[best].code;
}

std::string normalise_language(std::string_view lang) {
  std::string primary = to_lower(lang.substr(0, lang.find_first_of("-_")));
  if (primary == "no" || primary == "nn" || primary == "nob") return "nb";
  return primary;
}

bool is_supported_language(std::string_view lang) {
  const std::string primary = normalise_language(lang);
  return primary == "da" || primary == "sv" || primary == "nb" || primary == "en" || primary == "de";
}

}  // namespace radar
