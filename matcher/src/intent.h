// Where a need stands in the guide's steps: develop, explore, undecided, a
// strategy or a question of conduct, read from its own words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "demands.h"
#include "requests.h"

namespace radar::match {

// What a need's own words say about where it stands in the guide's steps, outside
// negations ("vi vil ikke udvikle" asks for nothing new).
struct NeedIntent {
  // Asks to (co-)develop something, or says the market has nothing for it
  // ("vi vil gerne udvikle", "vi har ikke fundet noget", "we have not found").
  bool develop = false;
  // Asks to explore the options or learn from others before choosing
  // ("vi vil undersøge", "lære af andre", "vi søger en metode"): a market dialogue.
  bool explore = false;
  // Explores how to go about it (a method, others' experience, a way, whether the market
  // can), not only which products exist ("hvad der findes"): no product is yet to buy.
  bool explores_approach = false;
  // Qualifies its request with a "but" ("Vi vil have en app til vagtbytte, men systemet
  // skal sikre overenskomsten") or asks the product to do something else as well ("som
  // pårørende også kan følge med i"): it asks for more than a product of the kind does.
  bool qualified = false;
  // Qualified only by stated requirements ("Det er et krav, at …", "it is essential that …"),
  // with no "men" or "også".
  bool only_required = false;
  // Asks an open question ("Hvad vil I anbefale, at vi kigger på?", "Where do we start?"):
  // asks the reader what to do.
  bool open_question = false;
  // Says it has not yet chosen what to work on ("Vi har endnu ikke lagt os fast på et
  // område", "finde frem til, hvad vi konkret skal arbejde med", "open to all ideas").
  // Or asks where or how to start ("Hvor skal vi starte?", "Hvordan kommer vi i gang?").
  bool undecided = false;
  // Says it has no particular problem or people in mind ("Vi har ikke en bestemt gruppe eller
  // et problem, vi vil have løst"): whatever topics it names, nothing is chosen.
  bool nothing_concrete = false;
  // Asks how technology in general can help a policy or a field ("hvordan velfærdsteknologi
  // kan bidrage til ...") in the frame of a policy, a strategy or an overview: the question
  // of a strategy, whatever topics it names.
  bool asks_strategy = false;
  // Asks how the municipality may or should act: the law, responsibility, ownership,
  // payment or ethics ("Må vi afprøve et produkt uden CE-mærkning?", "who is responsible
  // if a phone is lost?"), not which product meets a need.
  bool asks_conduct = false;
};

// True if a sentence asks a question of conduct (conduct_phrases): a question that names
// one, or an indirect question whose subject one opens ("skal vi vide, om vi må …", "bedt
// os om et oplæg til, hvordan ansvaret …"). Not a sentence that asks what exists ("Hvilke
// løsninger findes der, og hvordan håndterer de samtykke?") or names what it asks for
// ("en løsning, der viser, hvordan ansvaret er fordelt"): that is a request for a product.
bool asks_about_conduct(const std::vector<std::string>& words, char terminator);

// True if a question asks whether something exists or can be had ("Findes der en sengealarm,
// der ...?", "Kan man få en lift, som ...?", "Is there an app that ...?", "hvad findes der?").
bool asks_whether_it_exists(const std::vector<std::string>& words);

// A need says it wants to develop, or that the market lacks something, anywhere ("Vi har
// ikke fundet noget" tells the situation); it asks to explore where it asks, in its title
// or a request ("Vi vil undersøge"), not where it tells ("Vi har gode erfaringer med ...").
// The arguments are tokenize(), negated_words(), sentence_kinds(), sentence_numbers(),
// qualifications_of() and conduct_words() of the text and the number of words of its first
// sentence.
NeedIntent intent_of(std::string_view text, const std::vector<std::string>& words, const std::vector<bool>& negated,
                     const std::vector<Sentence>& kinds, const std::vector<std::size_t>& sentences,
                     const Qualifications& qualifying, const std::vector<bool>& conduct, std::size_t lead_words);

// For each word of tokenize(text): true if its sentence says the need has not chosen what
// to work on (NeedIntent::undecided's sentence readings: "har bedt os om input", "et bud på,
// hvad der findes"): what it names is the field of the question, not a request.
std::vector<bool> undecided_words(std::string_view text);

// The intent of `text` (any of the need languages).
NeedIntent need_intent(std::string_view text);

}  // namespace radar::match
