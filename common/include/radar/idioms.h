// Idioms built on a word that names a thesaurus concept: "fald" (a fall) in "i hvert
// fald" (in any case) or "i så fall" (in that case), "falder" in "falder i søvn" (falls
// asleep) and "falder fra" (drops out), "lade" in "lade sig gøre" (be possible; "lade"
// also charges a battery), "rører sig" in "hvad der rører sig" (what is going on; no one
// moves), "vægt" in "lægger vægt på" (emphasises; nothing is weighed), Swedish "oroar"
// in "oroar sig" (worries; no agitation), "griber" in "griber ind" (intervenes; no
// reacher), "fællesskab" in "i fællesskab" (jointly; no social contact), "smitter" in
// "smitter af på" (rubs off on; no infection), "vendinger" in "faste vendinger" (set
// phrases; nobody turned in bed), "drikke" in "drikke en kop kaffe med" (meet over coffee;
// no fluid intake). The
// matcher's analysis passes over those words in a need, and the indexer leaves them out
// of a record's or page's text, so neither reads a concept where the text names none,
// and both read the text alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace radar {

// How many of `words` (tokenize() words) from `i` on an idiom passes over: 0 when no
// idiom starts there; for "i hvert fald" 3; for "falder i søvn" 1, the verb only, since
// the sleep is still named.
std::size_t idiom_words_at(const std::vector<std::string>& words, std::size_t i);

// `text` with the words idioms pass over replaced by spaces (lowercased as well, in the
// rare text whose lowercasing changes its length), after with_case_read_abbreviations().
// Text without either returns unchanged.
std::string without_idiom_words(std::string_view text);

// `text` with the abbreviations that only their case tells apart written out of reach of
// lowercasing: English "GPs" (general practitioners) becomes "GP " (as long, so that
// every other word keeps its place), which lowercased would read as "gps", a GPS. The
// indexer reads a text through without_idiom_words() and the matcher a need through this,
// so both read such a word alike.
std::string with_case_read_abbreviations(std::string_view text);

}  // namespace radar
