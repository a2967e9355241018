// What a negation rules out (negation.h): the rest of its clause, and never an event it names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "negation.h"
#include "test_support.h"

using namespace radar;
using namespace radar::match;
using radar::test::marked_words;

namespace {

std::vector<std::string> negated_of(const std::string& text) { return marked_words(text, negated_words(text)); }

}  // namespace

TEST_CASE("a negation rules out the rest of its clause, up to a new clause", "[negation]") {
  CHECK(negated_of("Der må ikke optages eller gemmes video.") == std::vector<std::string>{"optages", "eller", "gemmes", "video"});
  CHECK(negated_of("No camera, but a sensor in the room.") == std::vector<std::string>{"camera"});
  // "og" starts a new coordinated clause: the fall is what the need is about.
  CHECK(negated_of("Beboerne finder ikke vej i mørket og falder.") == std::vector<std::string>{"vej", "i", "mørket"});
  CHECK(negated_of("Sensorer i boligen, uden at borgeren skal have noget på kroppen") ==
        std::vector<std::string>{"at", "borgeren", "skal", "have", "noget"});
  CHECK(negated_of("We don't want a camera.") == std::vector<std::string>{"want", "a", "camera"});
  // Something added to what is denied goes on through its relative clause, after a comma too.
  CHECK(negated_of("Det må ikke være kamera eller noget, der tager billeder.") ==
        std::vector<std::string>{"være", "kamera", "eller", "noget", "der", "tager", "billeder"});
  CHECK(negated_of("It cannot be a camera or anything that takes pictures.") ==
        std::vector<std::string>{"be", "a", "camera", "or", "anything", "that", "takes", "pictures"});
  // What nothing does is the need ("Vi har ikke noget, der giver besked om natten").
  CHECK(negated_of("Vi har ikke noget, der giver besked om natten.") == std::vector<std::string>{"noget"});
  // The scope is bounded: a negation rarely reaches more than five words.
  CHECK(negated_of("It must not be a thing that the citizen wears on the body").size() == 5);
  CHECK(negated_of("Nattilsyn af borgere med demens.").empty());
  // A negation that denies a need reaches back over what is not needed, to its clause's start.
  CHECK(negated_of("Stolen ska kunna höja sitsen. Någon ståfunktion behövs inte.") ==
        std::vector<std::string>{"någon", "ståfunktion"});
  CHECK(negated_of("Hun går selv, så en lift er ikke nødvendig.") ==
        std::vector<std::string>{"en", "lift", "er", "nødvendig"});
  // ... however many words its subject has.
  CHECK(negated_of("GPS eller noget til udendørs brug er ikke nødvendigt.") ==
        std::vector<std::string>{"gps", "eller", "noget", "til", "udendørs", "brug", "er", "nødvendigt"});
  CHECK(negated_of("A camera is not needed, but the sensor must see the bed.") ==
        std::vector<std::string>{"a", "camera", "is", "needed"});
  CHECK(negated_of("The lift is needed at night.").empty());
  // A lack of time names the task that is not getting done: the need itself.
  CHECK(negated_of("Personalen hinner inte rengöra glasögonen ordentligt.").empty());
  CHECK(negated_of("Sygeplejerskerne har ikke tid til at sætte opkald op.").empty());
  CHECK(negated_of("Staff do not have time to clean the glasses.").empty());
  CHECK(negated_of("Pleierne rekker ikke å vaske brillene.").empty());
  CHECK(negated_of("Vi når ikke at tømme spandene om morgenen.").empty());
  // "uden for" / "utan för" is "outside": it rules nothing out, unless a quantity follows
  // ("without too many cables").
  CHECK(negated_of("Han går ofte uden for huset om natten.").empty());
  CHECK(negated_of("Hon går ofta utan för huset på natten.").empty());
  CHECK(negated_of("Sensoren skal virke uden for mange ledninger.") ==
        std::vector<std::string>{"for", "mange", "ledninger"});
  // "har ikke" without time denies what follows.
  CHECK(negated_of("Vi har ikke kameraer i boligerne.") == std::vector<std::string>{"kameraer", "i", "boligerne"});
}

TEST_CASE("a refusal rules out what it refuses", "[negation]") {
  CHECK(negated_of("Kommunen siger nej til en lang rampe foran fasaden.") ==
        std::vector<std::string>{"til", "en", "lang", "rampe", "foran"});
  CHECK(negated_of("Eiendomsavdelingen sier nei til en rampe.") == std::vector<std::string>{"til", "en", "rampe"});
  CHECK(negated_of("Hon säger nej tack till rollatorn.") == std::vector<std::string>{"tack", "till", "rollatorn"});
  CHECK(negated_of("He refuses the day centre.") == std::vector<std::string>{"the", "day", "centre"});
  CHECK(negated_of("Hun afviser at bruge en rollator.") == std::vector<std::string>{"at", "bruge", "en", "rollator"});
  // "Nej" alone answers; it refuses nothing.
  CHECK(negated_of("Nej, vi har en rampe.").empty());
}

TEST_CASE("a negation in a clause that says when something happens names the event, it rules nothing out", "[negation]") {
  CHECK(negated_of("Vi vil have en advarsel, når borgeren ikke er tilbage i sengen efter et stykke tid.").empty());
  CHECK(negated_of("Giv besked, hvis borgeren ikke tager sin medicin.").empty());
  CHECK(negated_of("Alert the night staff when a resident does not return to bed.").empty());
  // A contrast ends the condition: what follows is ruled out again.
  CHECK(negated_of("Giv besked, hvis borgeren falder, men der må ikke være kamera.") == std::vector<std::string>{"være", "kamera"});
  // A prohibition rules out even where the clause says when.
  CHECK(negated_of("When we check at night we must not wake them.") == std::vector<std::string>{"wake", "them"});
  CHECK(negated_of("Når vi tjekker må vi ikke vække dem.") == std::vector<std::string>{"vække", "dem"});
}

TEST_CASE("a clause that says something is excluded, not allowed or no option rules out its subject", "[negation]") {
  // Without a negation: excluded, ruled out, out of the question.
  CHECK(negated_of("Loftskinner er udelukket – vi lejer bygningen.") == std::vector<std::string>{"loftskinner"});
  CHECK(negated_of("Ceiling hoists are out of the question here.") == std::vector<std::string>{"ceiling", "hoists"});
  CHECK(negated_of("Kameror är uteslutet.") == std::vector<std::string>{"kameror"});
  // With one: not allowed, not possible, not an option.
  CHECK(negated_of("Kameraer er ikke tilladt i boligerne.") ==
        std::vector<std::string>{"kameraer", "er", "tilladt", "i", "boligerne"});
  CHECK(negated_of("A wearable is not an option.") == std::vector<std::string>{"a", "wearable", "is", "an", "option"});
  // ... or refused outright ("vil hun ikke høre tale om").
  CHECK(negated_of("Et kamera i stuen vil hun ikke høre tale om.") ==
        std::vector<std::string>{"et", "kamera", "i", "stuen", "vil", "hun", "høre", "tale"});
  CHECK(negated_of("Kamera vill hon inte höra talas om.") ==
        std::vector<std::string>{"kamera", "vill", "hon", "höra", "talas"});
  // Someone excluded from something is the need's problem: nothing is ruled out.
  CHECK(negated_of("Borgere i kørestol er udelukket fra turene.").empty());
  CHECK(negated_of("Vi søger en lift, der er udstyret med hjul.").empty());
}

TEST_CASE("a negated wish or demand goes on through its 'om'", "[negation]") {
  // "om" after a wish is a preposition: the negation still reaches what is not wished for.
  CHECK(negated_of("Ingen ønsker om vægt eller andet ekstra.") ==
        std::vector<std::string>{"ønsker", "om", "vægt", "eller", "andet"});
  CHECK(negated_of("Vi har ingen krav om farven.") == std::vector<std::string>{"krav", "om", "farven"});
  // The conjunction "om" (whether) still ends it.
  CHECK(negated_of("Vi ved ikke om borgeren vil bruge en app.").empty());
}
