// How each sentence of a need speaks: whether it asks for something, tells what
// the municipality already has, or weighs options.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace radar::match {

// True if `words` (a sentence) hold a phrase that opens a request: the sentence that holds one says what the need asks,
// while the others tell the situation ("Nattevagterne går runder ... Vi vil i stedet
// kunne tjekke på afstand ..."). The municipality asks as "vi"/"we", as "kommunen", or in
// the passive ("Der søges en løsning"), and what it pictures it asks for ("Vi forestiller os
// et rum, hvor ..."); a wish of someone else in the need ("Borgeren vil gerne ...") tells the
// situation.
bool asks(const std::vector<std::string>& words);

// True if a question leaves its list of options open ("Er det sensorer, AI eller noget
// helt andet, der giver mest?"): it weighs options and asks for none of them. A request
// that allows for alternatives ("en sengealarm eller noget andet, der opdager fald.")
// still asks for what it names.
bool weighs_options(const std::vector<std::string>& words, char terminator);

// What a sentence of a need does: tells the situation, asks for something, or says what
// the municipality already has.
// For each sentence of `text`: true if it asks for something or names what is wanted ("Vi
// har brug for:", "Ønske:", "Krav:"), which makes the list it may head (list_headings) the
// request.
std::vector<bool> request_heads(std::string_view text);

enum class Sentence { tells, asks, has };

// For each word of tokenize(text): what its sentence does. A request that points back
// (points_back) asks for what the sentence before it told: "Vi har hørt om interaktive
// lysspil, der … Vi ønsker at anskaffe sådan et."
std::vector<Sentence> sentence_kinds(std::string_view text);

}  // namespace radar::match
