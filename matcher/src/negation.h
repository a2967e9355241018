// What a need rules out: the words a negation in their clause denies.
#pragma once

#include <string_view>
#include <vector>

namespace radar::match {

// For each word of tokenize(text): true if a negation earlier in its clause rules it
// out ("der må ikke optages video", "without anything to wear"). A negation that denies a
// likeness ("en stemme, der ikke lyder som en robot") rules nothing out: the words it
// compares with are marked in `likened` instead, when given (neither asked for nor ruled out).
std::vector<bool> negated_words(std::string_view text, std::vector<bool>* likened = nullptr);

}  // namespace radar::match
