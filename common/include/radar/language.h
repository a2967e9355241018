// Language detection for records and needs that do not say their language.
// A small function-word profile per language; good enough to choose a stemmer.
#pragma once

#include <string>
#include <string_view>

namespace radar {

// Returns "da", "sv", "nb", "en" or "de"; "da" when the text gives no evidence
// (Markedsradar's users write Danish). Never throws.
std::string detect_language(std::string_view text);

// True for the BCP 47 primary tags Markedsradar can stem ("da", "sv", "nb", "nn", "no", "en", "de").
bool is_supported_language(std::string_view lang);

// Maps a BCP 47 tag ("da-DK", "no", "nn") to the primary code used in the index ("da", "nb").
std::string normalise_language(std::string_view lang);

}  // namespace radar
