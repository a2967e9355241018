// The decision rules on their own: a need's intent, the buy flags and the verdict,
// over hand-made aspects and solutions (no index).
#include <algorithm>
#include <catch2/catch.hpp>
#include <span>

#include "analysis.h"
#include "decision.h"

using namespace radar;
using namespace radar::match;

namespace {

AspectPlan concept_aspect(const std::string& label, double weight, bool essential) {
  AspectPlan plan;
  plan.aspect.label = label;
  plan.aspect.weight = weight;
  plan.aspect.essential = essential;
  plan.from_thesaurus = plan.domain = plan.known = true;
  return plan;
}

// A Danish need of these aspects (by descending weight) and this many content words.
AnalysedNeed need_of(std::vector<AspectPlan> aspects, std::size_t content_words) {
  AnalysedNeed need;
  need.lang = "da";
  need.content_words = content_words;
  need.aspects = std::move(aspects);
  return need;
}

// A specific need: two essential concepts and a third, in a need of twenty content words.
AnalysedNeed specific_need(const std::string& text) {
  auto need = need_of({concept_aspect("nattilsyn", 0.4, true), concept_aspect("sensor", 0.35, true),
                       concept_aspect("demens", 0.25, false)},
                      20);
  need.intent = need_intent(text);
  return need;
}

SolutionMatch solution(const std::string& id, double score, std::vector<std::string> covered, bool buy = false) {
  SolutionMatch match;
  match.id = match.name = id;
  match.maturity = "market";
  match.score = score;
  match.covered = std::move(covered);
  match.buy_instead = buy;
  return match;
}

}  // namespace

TEST_CASE("a need's own words say whether it asks to develop or to explore", "[decision]") {
  struct Case {
    const char* text;
    bool develop, explore;
  };
  const Case cases[] = {
      {"Vi vil gerne udvikle en sensor, der også melder afføring.", true, false},
      {"Vi har ikke fundet noget på markedet, der virker i private hjem.", true, false},
      {"Vi kender ikke noget på markedet, der gør det i praksis.", true, false},
      {"Vi kender hjælpemidler til enkelte tøjstykker, men intet, der hjælper med det hele.", true, false},
      {"We are looking for partners to develop a translation tool.", true, false},
      {"We haven't found anything that works at home.", true, false},
      // however it was looked for, or a partnership to develop
      {"Vi har ikke kunnet finde noget på markedet.", true, false},
      // ... but not found out is another verb
      {"Vi har ikke kunnet finde ud af, om det findes.", false, false},
      {"Vi har ikke kunnet finne ut hvilket system det gjelder.", false, false},
      // what the municipality has not seen, not what someone in the story has not seen
      {"Vi har ikke set noget, der kan det.", true, false},
      {"Sønnen siger, han er oppe om natten, men aftenvagten har ikke set noget.", false, false},
      {"We have looked at digital locks, but none of them seems to do this.", true, false},
      {"Vi har ledt i markedsoversigten uden at finde noget.", true, false},
      {"We searched the procurement portal without finding anything.", true, false},
      {"Vi er åbne for et udviklingssamarbejde.", true, false},
      {"We are looking for a development partner.", true, false},
      // who develops it, the municipality offered as a test site
      {"Finns det något sådant, eller vet ni vem som utvecklar det? Vi ställer gärna upp som testkommun.", true, false},
      {"Vi stiller gjerne opp som testkommune.", true, false},
      // a development project asked for, or the municipality asked to develop; not one there is no time for
      {"Kan kommunen driva ett utvecklingsprojekt kring detta?", true, false},
      {"Could the municipality develop something together with someone?", true, false},
      // ... or who would make it with the municipality; something else found and nothing on it
      {"Skal vi lave det sammen med nogen?", true, false},
      {"Vi kan ikke finde noget, der passer. Hvem kunne lave det sammen med os?", true, false},
      {"Der findes et gratis e-læringskursus om demens, men intet om afasi.", true, false},
      {"There is plenty on wheelchairs, but nothing on wigs.", true, false},
      {"Vi vil gerne tale sammen med nogen, der har prøvet det.", false, false},
      {"Vi vil helst have noget, der kører i dag – vi har ikke tid til et udviklingsprojekt.", false, false},
      {"We want something that works today; we have no time to develop anything.", false, false},
      {"Borgeren har ikke kunnet finde vejen hjem.", false, false},
      // suppliers asked without an answer
      {"Vores leverandører har ikke kunnet pege på noget.", true, false},
      {"Våra leverantörer har inte kunnat peka på något.", true, false},
      {"Our suppliers could not point to anything.", true, false},
      {"Terapeuten har peget på et problem, vi ikke kan løse.", false, false},
      {"Vi vil undersøge, om dosisdispensering kan frigøre tid.", false, true},
      {"Vi vil lære af andre, der har prøvet, før vi starter.", false, true},
      {"Vi søger en metode og nogen at sparre med.", false, true},
      {"Vi vil gerne høre, om der findes selvkørende robotter.", false, true},
      {"Vi mangler lifte og vil gerne se på en mobil robot, der kan løfte.", false, true},
      {"Our council wants a smart-home strategy. Where do others begin?", false, true},
      {"Vi vil høre, hvilke værktøjer andre botilbud bruger.", false, true},
      {"We would like to hear from councils that use robots.", false, true},
      {"Vi vill höra hur andra kommuner gör.", false, true},
      // Asking for a dialogue with suppliers is asking for a market dialogue.
      {"Vi vil gerne i dialog med leverandører om opkald til vagtcentralen.", false, true},
      {"We would like a dialogue with suppliers about discharge letters.", false, true},
      {"Vi har haft en god dialog med borgerne. Vi søger en app til dagsplaner.", false, false},
      // Experiences someone has are what was tried; experiences asked of others explore.
      {"Ergoterapeuten har gode erfaringer med tunge dyner, men her har vi brug for en stol.", false, false},
      {"Vi har haft rigtig gode erfaringer med dyner, og vi søger nu en stol.", false, false},
      {"Har I erfaringer med tunge dyner? Vi søger en stol.", false, true},
      {"Har andre kommuner erfaringer med stole til skoleelever?", false, true},
      // Others "med samme erfaringer" are peers, not experience asked of others.
      {"Vi leder efter et sted på nettet, hvor borgerne kan finde andre med samme erfaringer.", false, false},
      {"Vi vill gärna höra hur andra kommuner har gjort och vad som finns på marknaden.", false, true},
      // A request whose verb comes before "vi" after a fronted clause is still a request.
      {"Borgerne falder. Før vi beslutter noget, vil vi gerne undersøge, hvad der findes.", false, true},
      {"Borgerne falder. Først vil vi gerne undersøge faldalarmer.", false, true},
      {"Borgerne falder. Andre kommuner vil undersøge faldalarmer.", false, false},
      // A negated cue asks for nothing new; a noun or another tense is not the cue.
      {"Vi skal ikke udvikle noget selv, men købe en færdig løsning.", false, false},
      {"Personalet skal have et overblik over udviklingen over tid.", false, false},
      {"En løsning, der løbende undersøger urinen.", false, false},
      {"Vi ringer for at høre, om de er stået op.", false, false},
      // Someone who did not find the way home got lost; the market was not searched.
      {"Flera personer med demens har ibland inte hittat hem.", false, false},
      {"Beboeren har ikke fundet vejen tilbage til sin bolig.", false, false},
      {"Some residents haven't found their way back to their rooms.", false, false},
      {"Vi har ikke fundet en løsning, der viser vejen hjem.", true, false},
      // Someone who was not found until later is the story; the market was not searched.
      {"She fell at 10 pm and was not found until a neighbour looked in.", false, false},
      {"Hun faldt om aftenen og blev ikke fundet før om morgenen.", false, false},
      {"Han ble ikke funnet før neste dag.", false, false},
      {"We have not found anything that works at home.", true, false},
      {"Der blev ikke fundet noget, der virker i private hjem.", true, false},
      // Found only something else: the market lacks what is asked.
      {"Vi har kigget, men kun fundet termometre, man selv skal taste ind.", true, false},
      {"Vi har letat lite själva men bara hittat skolprodukter från USA.", true, false},
      {"Jeg har søgt i markedsoversigten, men fandt kun kommunikationshjælpemidler.", true, false},
      {"Jag har letat i marknadsöversikten, men där finns bara kommunikationshjälpmedel.", true, false},
      {"Vi har lett i oversikten, men fant bare vanlige alarmer.", true, false},
      // Nothing like it known to whom the need asked.
      {"Arbetsterapeuten på habiliteringen visste inte om något sådant.", true, false},
      {"Hjælpemiddelteamet kendte ikke til noget lignende.", true, false},
      {"Our occupational therapist did not know of anything like it.", true, false},
      {"Hun kendte ikke til noget af det, da hun flyttede ind.", false, false},
      {"Vi har lett, men finner ikke noe ferdig.", true, false},
      {"Vi har kigget i markedsoversigten, og vi finder ikke noget, der kan det.", true, false},
      {"Hun kigger i køleskabet, men finder ikke noget at spise.", false, false},
      // Only one of something is the story, not the market searched.
      {"Vi har en lift på afdelingen, men der findes kun én.", false, false},
      {"Vi har en lift på afdelingen, men der findes kun 2.", false, false},
      // Searched without a hit.
      {"Jag har sökt i marknadsöversikten utan träff.", true, false},
      {"I searched the market overview but got no hits.", true, false},
      {"Hun har prøvet en sengealarm uden held.", false, false},
      {"We have only found ordinary exercise apps.", true, false},
      {"Two of the falls we only found on the 2 am round.", false, false},
      {"In our search there was not found any product that works at home.", true, false},
      // A condition that develops into something is what is to be prevented, not a plan
      // to develop; the same verb with an object is.
      {"Fugtig hud kan udvikle sig til sår, og vi søger en hudplejeserie.", false, false},
      {"Redness can develop into pressure sores if nobody notices.", false, false},
      {"Vi vil udvikle en løsning sammen med en virksomhed.", true, false},
      // One of two ways still open is a choice not made.
      {"Vi skal melde ind med, hvilke løsninger vi ønsker at udvikle eller udbrede.", false, false},
      {"Vi har ikke besluttet, om vi vil købe eller udvikle.", false, false},
      {"Should we develop or buy a tool for the night staff?", false, false},
      // Nor is a person who develops their own language or skills.
      {"Talepædagogen mener, at hun stadig kan udvikle sit sprog. Vi søger et taleprogram.", false, false},
      {"We think he can develop his speech further. We want a speech app.", false, false},
      // English "develop" is also what residents do; the municipality develops after
      // "to", a modal, "we", "us" or "co-".
      {"Many residents develop red, broken skin. We need a cream.", false, false},
      {"We want to develop this together with a company.", true, false},
      {"We will co-develop a tool with a university.", true, false},
      {"Help us develop a tool for the night staff.", true, false},
      // A question of what exists and what must be developed asks which part the market
      // lacks: a market dialogue, not a plan to develop. Asked alone, or told, it is one.
      {"Vi søger støtte til aftenuro. Hvad findes der, og hvad skal udvikles?", false, true},
      {"Vad finns det redan, och vad behöver vi utveckla?", false, true},
      {"What exists, and what must we develop?", false, true},
      {"Shower chairs. What is available for a small bathroom?", false, true},
      {"Hvad skal udvikles, for at beboerne sover bedre?", true, false},
      {"Beboerne er urolige. Vi ved, hvad der findes, og vil udvikle resten.", true, false},
      // Said in a qualification, the market lacks only the part it adds; said of the
      // whole, or with "but" before a negation that tells why, it lacks the need.
      {"Vi söker en elrullstol. Men vi behöver också en styrning med huvudet, och det har vi inte hittat.", false,
       false},
      {"Vi søger en sengealarm, men vi har ikke fundet nogen, der virker.", true, false},
      {"Vi söker en elrullstol som styrs med huvudet, och det har vi inte hittat.", true, false},
      // ... also in the sentence after the qualification, which refers back to it with "det"
      {"Vi vil have cykelture med frivillige. Kravet er, at cyklerne er dokumenteret til stejle bakker. Det har vi "
       "ikke kunnet finde nogen steder.",
       false, false},
      // Doubting that the market can do part of it asks for a market dialogue; a citizen's
      // doubt is the situation.
      {"Systemet skal registrere magtanvendelse. Det sidste er vi i tvivl om, at nogen kan.", false, true},
      {"Det vi är mest osäkra på är de automatiska besluten.", false, true},
      {"We are not sure whether any supplier can report it.", false, true},
      {"Borgerne er i tvivl om, hvornår medicinen skal tages. Vi søger en app.", false, false},
      {"Vi er ikke i tvivl om, at sengealarmer virker. Vi søger sengealarmer.", false, false},
      // A mandate ("har bedt os", "has asked us to") is the need's request; looking into
      // whether something helps is exploring. Someone's wish for a product is neither.
      {"Fraværet er højt. Direktionen har bedt os se på, om teknologi kan hjælpe.", false, true},
      {"The board has asked us to look into whether robots can help.", false, true},
      {"Fraværet er højt. Borgeren har bedt om en ny seng.", false, false},
      {"Fraværet er højt. Vi vil gerne have en skærm, borgeren kan se på.", false, false},
      // Exploring is read where the need asks (its title or a request), not where it tells.
      {"Loftlifte til plejecentret. Vi har gode erfaringer med dem. Vi søger flere.", false, false},
      {"Nattilsyn med sensor til borgere med demens.", false, false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto intent = need_intent(c.text);
    CHECK(intent.develop == c.develop);
    CHECK(intent.explore == c.explore);
  }
}

TEST_CASE("an open question asks what to do, a yes/no question names what it wants", "[decision]") {
  for (const char* text : {"Hvad vil I anbefale, at vi kigger på?", "Vi har data. Men hvor skal vi starte?",
                           "Hvilke teknologier får størst betydning?", "Hva bør vi satse på?",
                           "Vad har fungerat i andra kommuner?", "We want more technology. What should we buy?",
                           // ... also after a preposition
                           "Kan kunstig intelligens også bruges hos os i ældreplejen? Og til hvad?",
                           "Could AI help us too? And for what?"}) {
    INFO(text);
    CHECK(need_intent(text).open_question);
  }
  for (const char* text : {"Kan man få en ekstern vagtcentral til at besvare nødkald?", "Findes der en robot, der kan løfte?",
                           "Vi ved, hvad vi vil have: en robot.", "Can a robot lift a resident?",
                           "Hvad vi søger, er en sengealarm."}) {
    INFO(text);
    CHECK_FALSE(need_intent(text).open_question);
  }
}

TEST_CASE("a need that asks to develop or to explore gives no reason to buy", "[decision]") {
  const std::vector<bool> all{true, true, true};
  CHECK(is_buy_instead(specific_need("Nattilsyn med sensor til borgere med demens."), all, "market"));
  CHECK_FALSE(is_buy_instead(specific_need("Vi vil gerne udvikle et nattilsyn med sensor."), all, "market"));
  CHECK_FALSE(is_buy_instead(specific_need("Vi vil undersøge nattilsyn med sensor."), all, "market"));
}

TEST_CASE("a need that asks which products exist is a buy when one covers it, one that explores how is not",
          "[decision]") {
  const std::vector<bool> all{true, true, true};
  for (const char* text : {"Vi søger nattilsyn med sensor og vil gerne vide, hvad der findes færdigt på markedet.",
                           "Vi söker nattillsyn med sensor. Vad finns det?", "We need night-time sensors. What exists?",
                           // an inquiry of what can be done, as a mandate
                           "Lederen har bedt mig undersøge, hvad vi kan gøre. Vi har brug for nattilsyn med sensor.",
                           "Chefen har bett mig undersöka vad som finns för nattillsyn med sensor.",
                           "We need night-time sensors. Could you find out what is on the market?",
                           "We need night-time sensors. Please explore which products exist.",
                           // whether something ready-made exists, asked of the market
                           "Vi har brug for nattilsyn med sensor. Kan I screene, om der findes noget færdigt?"}) {
    INFO(text);
    auto need = specific_need(text);
    need.aspects[0].requested = need.aspects[1].requested = true;  // named where it asks
    CHECK(need.intent.explore);  // a dialogue when nothing covers it all
    CHECK_FALSE(need.intent.explores_approach);
    CHECK(is_buy_instead(need, all, "market"));
  }
  for (const char* text :
       {"Vi vil gerne vide, hvad der findes, og lære af andre kommuners erfaringer.",
        "Vi søger en metode til nattilsyn og vil gerne vide, hvad der findes.",
        "Vi søger nattilsyn med sensor. Hvad gør andre kommuner?", "Hvad er fordele og ulemper ved de to modeller?",
        "What do other councils do about it?", "Vad gör andra kommuner?", "What are the pros and cons of leasing?",
        // finding out how to go about it, not what exists
        "We need night-time sensors. Could you find out how to introduce them?"}) {
    INFO(text);
    auto need = specific_need(text);
    need.aspects[0].requested = need.aspects[1].requested = true;
    CHECK(need.intent.explores_approach);
    CHECK_FALSE(is_buy_instead(need, all, "market"));
  }
}

TEST_CASE("a need that asks to develop decides develop even when a product covers it on paper", "[decision]") {
  const std::vector<SolutionMatch> solutions{solution("sol-a", 0.9, {"nattilsyn", "sensor", "demens"})};
  const auto asked =
      decide(specific_need("Vi vil gerne udvikle et nattilsyn med sensor til borgere med demens."), solutions, {}, {});
  CHECK(asked.decision == "develop");
  const auto explored =
      decide(specific_need("Vi vil undersøge nattilsyn med sensor til borgere med demens."), solutions, {}, {});
  CHECK(explored.decision == "dialogue");
}

TEST_CASE("a product to buy does the heaviest essential aspect and all other essentials but one", "[decision]") {
  const auto need = specific_need("Nattilsyn med sensor til borgere med demens.");
  // nattilsyn (heaviest) and sensor are essential, demens is not.
  CHECK(is_buy_instead(need, {true, true, false}, "market"));
  CHECK(is_buy_instead(need, {true, false, true}, "market"));
  CHECK_FALSE(is_buy_instead(need, {false, true, true}, "market"));
  CHECK_FALSE(is_buy_instead(need, {true, true, true}, "pilot"));
  auto three = need;
  three.aspects[2].aspect.essential = true;
  CHECK(is_buy_instead(three, {true, false, true}, "market"));
  CHECK_FALSE(is_buy_instead(three, {true, false, false}, "market"));
}

TEST_CASE("what a need says it already has is its situation, not a share the product must cover", "[decision]") {
  // "Vi bruger i dag et vendesystem og en sengealarm …; vi søger en lift": the lift is asked
  // for; the turning system and the bed alarm are what the municipality has.
  auto need = need_of({concept_aspect("lift", 0.4, true), concept_aspect("vendesystem", 0.35, false),
                       concept_aspect("sengealarm", 0.25, false)},
                      20);
  const std::vector<bool> lift_only{true, false, false};
  CHECK_FALSE(is_buy_instead(need, lift_only, "market"));  // 0.4 of the need: below half
  need.aspects[1].background = need.aspects[2].background = true;
  CHECK(is_buy_instead(need, lift_only, "market"));
  CHECK_FALSE(is_buy_instead(need, {false, true, true}, "market"));  // the background alone buys nothing
}

TEST_CASE("buy flags stay on the products that score nearly as well as the best match", "[decision]") {
  std::vector<SolutionMatch> solutions{
      solution("sol-a", 0.80, {"nattilsyn"}, true), solution("sol-b", 0.75, {"nattilsyn"}, false),
      solution("sol-c", 0.70, {"nattilsyn"}, true), solution("sol-d", 0.60, {"nattilsyn"}, true)};
  settle_buy_flags(solutions);
  CHECK(solutions[0].buy_instead);
  CHECK_FALSE(solutions[1].buy_instead);
  CHECK(solutions[2].buy_instead);        // 0.70 >= 0.85 x 0.80
  CHECK_FALSE(solutions[3].buy_instead);  // a distant fourth is not a product to compare
  // When the best match is no reason to buy, none is.
  std::vector<SolutionMatch> weaker{solution("sol-a", 0.80, {"nattilsyn"}, false),
                                    solution("sol-b", 0.79, {"nattilsyn"}, true)};
  settle_buy_flags(weaker);
  CHECK_FALSE(weaker[1].buy_instead);
}

TEST_CASE("a product that covers the core is to buy when the market covers the rest of what the need names",
          "[decision]") {
  // nattilsyn (0.3) is the essential core; fald, seng and lys are concepts of what must be
  // done. sol-a covers the core and fald: 0.45 of the need, under kBuyCoverage.
  const auto need_with = [](double light) {
    auto need = need_of({concept_aspect("nattilsyn", 0.3, true), concept_aspect("fald", 0.15, false),
                         concept_aspect("seng", 0.2, false), concept_aspect("lys", light, false)},
                        40);
    need.intent = need_intent("Vi søger et nattilsyn, der opdager fald.");
    return need;
  };
  const auto need = need_with(0.35);
  std::vector<SolutionMatch> solutions{solution("sol-a", 0.80, {"nattilsyn", "fald"}),
                                       solution("sol-b", 0.75, {"seng", "lys"})};
  REQUIRE_FALSE(is_buy_instead(need, {true, true, false, false}, "market"));
  // Another product covers what sol-a misses: the gap is in sol-a's description, not in the
  // market. sol-b covers no core and is no product to buy.
  flag_buys_the_market_completes(need, solutions, uncovered_aspects(need, solutions));
  CHECK(solutions[0].buy_instead);
  CHECK_FALSE(solutions[1].buy_instead);
  CHECK(screen(need, solutions).decision == "buy");
  // When nothing on the market covers "lys", the need asks for what the market lacks.
  std::vector<SolutionMatch> gap{solution("sol-a", 0.80, {"nattilsyn", "fald"}), solution("sol-b", 0.75, {"seng"})};
  flag_buys_the_market_completes(need, gap, uncovered_aspects(need, gap));
  CHECK_FALSE(gap[0].buy_instead);
  CHECK(screen(need, gap).decision == "dialogue");
  // Nor does a product that covers too little of the need: 0.45 / 1.2 is under kCompletedBuyCoverage.
  const auto heavier = need_with(0.55);
  std::vector<SolutionMatch> little{solution("sol-a", 0.80, {"nattilsyn", "fald"}),
                                    solution("sol-b", 0.75, {"seng", "lys"})};
  flag_buys_the_market_completes(heavier, little, uncovered_aspects(heavier, little));
  CHECK_FALSE(little[0].buy_instead);
  // The market is what the caller screens (the matcher: the first 20 solutions): what only
  // the 21st covers is a gap.
  std::vector<SolutionMatch> far{solution("sol-a", 0.80, {"nattilsyn", "fald"})};
  for (int i = 0; i < 19; ++i) far.push_back(solution("sol-x" + std::to_string(i), 0.5, {"seng"}));
  far.push_back(solution("sol-z", 0.4, {"lys"}));
  flag_buys_the_market_completes(need, far, uncovered_aspects(need, std::span(far).first(20)));
  CHECK_FALSE(far[0].buy_instead);
}

TEST_CASE("a develop verdict names the product that covers the core when it covers too little else", "[decision]") {
  auto need = need_of({concept_aspect("spørgeskema", 0.25, true), concept_aspect("scoring", 0.2, true),
                       concept_aspect("forældre", 0.2, false), concept_aspect("lærere", 0.2, false),
                       concept_aspect("journal", 0.15, false)},
                      40);
  need.intent = need_intent("Vi søger digitale spørgeskemaer med automatisk scoring til forældre og lærere.");
  const std::vector<SolutionMatch> core_only{solution("sol-survey", 0.8, {"spørgeskema"})};
  const Screening screening = screen(need, core_only);
  REQUIRE(screening.decision == "develop");  // the core is covered, a quarter of the need is not enough
  REQUIRE(screening.basis == &core_only[0]);
  const auto verdict = explain(need, screening, {}, {"scoring"});
  CHECK(verdict.reasons.front() ==
        "Markedet dækker kun en lille del af behovet: «sol-survey» dækker kernen (spørgeskema), men ikke meget mere.");
  // Nothing covering the core: the reason says so, as before.
  const auto nothing = explain(need, screen(need, {solution("sol-other", 0.8, {"journal"})}), {}, {});
  CHECK(nothing.reasons.front() == "Intet på markedet dækker kernen af behovet (spørgeskema, scoring).");
}

TEST_CASE("buy flags stop at the fifth match but do not split products that score alike", "[decision]") {
  std::vector<SolutionMatch> solutions;
  for (const double score : {0.730, 0.730, 0.730, 0.724, 0.723, 0.722, 0.705, 0.700}) {
    solutions.push_back(solution("sol-" + std::to_string(solutions.size() + 1), score, {"nattilsyn"}, true));
  }
  settle_buy_flags(solutions);
  for (std::size_t i = 0; i < 5; ++i) CHECK(solutions[i].buy_instead);
  CHECK(solutions[5].buy_instead);         // 0.722 ties with the fifth's 0.723 (within 1 % of 0.730)
  CHECK_FALSE(solutions[6].buy_instead);   // 0.705 is below the fifth, though above 0.85 x the best
  CHECK_FALSE(solutions[7].buy_instead);
  // Fewer than five matches: each is within the first five.
  std::vector<SolutionMatch> two{solution("sol-a", 0.8, {"nattilsyn"}, true), solution("sol-b", 0.7, {"nattilsyn"}, true)};
  settle_buy_flags(two);
  CHECK(two[1].buy_instead);
}

TEST_CASE("a develop verdict for a need without essential aspects names no empty core", "[decision]") {
  for (const char* text : {"Nattilsyn med sensor til borgere med demens.", "Vi vil gerne udvikle et nattilsyn med sensor."}) {
    INFO(text);
    auto need = specific_need(text);
    for (auto& plan : need.aspects) plan.aspect.essential = false;
    const auto danish = decide(need, {}, {}, {});
    REQUIRE(danish.decision == "develop");
    CHECK(danish.reasons.front().find("()") == std::string::npos);
    CHECK(danish.reasons.front().find("(nattilsyn, sensor, demens).") != std::string::npos);
    need.lang = "en";
    CHECK(decide(need, {}, {}, {}).reasons.front().find("()") == std::string::npos);
  }
  auto need = specific_need("Nattilsyn med sensor til borgere med demens.");
  for (auto& plan : need.aspects) plan.aspect.essential = false;
  CHECK(decide(need, {}, {}, {}).reasons.front() == "Intet på markedet dækker det, behovet beder om (nattilsyn, sensor, demens).");
  need.lang = "en";
  CHECK(decide(need, {}, {}, {}).reasons.front() == "Nothing on the market covers what the need asks for (nattilsyn, sensor, demens).");
}

TEST_CASE("the reasons are written in the need's language", "[decision]") {
  auto need = specific_need("Nattilsyn med sensor til borgere med demens.");
  SolutionMatch fit = solution("sengesensor", 0.9, {"nattilsyn", "sensor"}, true);
  fit.name = "NightCare";
  fit.organisation.name = "Sensa";
  const std::vector<SolutionMatch> one_fit{fit};
  const std::vector<std::string> gap{"demens"};
  struct Case {
    const char* lang;
    const char* basis;
    const char* gap;
  };
  for (const Case& language : {Case{"da", "«NightCare» fra Sensa er på markedet og dækker behovets væsentlige aspekter: nattilsyn, sensor.",
                                    "Afklar i indkøbet: demens."},
                               Case{"sv", "”NightCare” från Sensa finns på marknaden och täcker behovets väsentliga aspekter: nattilsyn, sensor.",
                                    "Klargör i upphandlingen: demens."},
                               Case{"nb", "«NightCare» fra Sensa er på markedet og dekker behovets vesentlige aspekter: nattilsyn, sensor.",
                                    "Avklar i innkjøpet: demens."},
                               Case{"en", "\"NightCare\" from Sensa is on the market and covers the need's essential aspects: nattilsyn, sensor.",
                                    "Check during procurement: demens."}}) {
    INFO(language.lang);
    need.lang = language.lang;
    const Verdict verdict = decide(need, one_fit, {}, gap);
    REQUIRE(verdict.decision == "buy");
    REQUIRE(verdict.reasons.size() == 3);
    CHECK(verdict.reasons[0] == language.basis);
    CHECK(verdict.reasons[2] == language.gap);
  }
  // Every decision's reasons, and the partners' evidence, follow the language.
  need.lang = "sv";
  CHECK(decide(need, {}, {}, {}).reasons.front() == "Inget på marknaden täcker kärnan i behovet (nattilsyn, sensor).");
  need.lang = "nb";
  CHECK(decide(need, {}, {}, {}).reasons.back() == "Finn partnere og samskap en løsning (OPI); ingen mulige partnere er funnet ennå.");
  const nlohmann::json record{{"type", "solution"}, {"name", "NightCare"}};
  CHECK(evidence_line(need, record, {true, false, false}, {"kamera"}) ==
        "Løsningen «NightCare» dekker: nattilsyn; bruker det behovet utelukker: kamera");
  need.lang = "de";  // no wording of its own
  CHECK(decide(need, {}, {}, {}).reasons.front() == "Nothing on the market covers the core of the need (nattilsyn, sensor).");
}

TEST_CASE("a reason names what its basis covers: the essential aspects first, then the concepts, not plain words",
          "[decision]") {
  AspectPlan door = concept_aspect("døren", 0.1, false);  // a plain word of the story
  door.from_thesaurus = door.domain = false;
  auto need = need_of({concept_aspect("digitalt tilsyn", 0.3, true), concept_aspect("liggetid", 0.25, true),
                       concept_aspect("sengealarm", 0.2, false), door, concept_aspect("nattevagt", 0.15, false)},
                      30);
  // `covered` lists in the ranking's order; the reason names the essential aspect first.
  SolutionMatch fit = solution("sol-tilsyn", 0.9, {"sengealarm", "døren", "nattevagt", "digitalt tilsyn"}, true);
  fit.name = "Tilsyn";
  fit.organisation.name = "Sensa";
  CHECK(decide(need, {fit}, {}, {}).reasons.front() ==
        "«Tilsyn» fra Sensa er på markedet og dækker behovets væsentlige aspekter: digitalt tilsyn, sengealarm, "
        "nattevagt.");
  // A dialogue's basis is named the same way.
  SolutionMatch part = solution("sol-seng", 0.5, {"døren", "sengealarm", "digitalt tilsyn"});
  part.name = "Sengesensor";
  const Verdict dialogue = decide(need, {part}, {}, {});
  REQUIRE(dialogue.decision == "dialogue");
  CHECK(dialogue.reasons.front() ==
        "Eksisterende løsninger dækker dele af behovet; bedst dækker «Sengesensor» (digitalt tilsyn, sengealarm).");
}

TEST_CASE("a need that asks to explore the market is a dialogue when something covers its core", "[decision]") {
  // The solution covers the core (nattilsyn) but under 30 % of the need.
  auto need = specific_need("Nattilsyn med sensor til borgere med demens.");
  need.aspects = {concept_aspect("nattilsyn", 0.2, true), concept_aspect("sensor", 0.2, false),
                  concept_aspect("demens", 0.2, false), concept_aspect("seng", 0.2, false),
                  concept_aspect("alarm", 0.2, false)};
  const std::vector<SolutionMatch> solutions{solution("sol-a", 0.6, {"nattilsyn"})};
  CHECK(decide(need, solutions, {}, {}).decision == "develop");
  need.intent = need_intent("Vi vil gerne høre, om der findes et nattilsyn med sensor til borgere med demens.");
  REQUIRE(need.intent.explore);
  CHECK(decide(need, solutions, {}, {}).decision == "dialogue");
  // Nothing covering the core is still a case for developing.
  CHECK(decide(need, {solution("sol-b", 0.6, {"sensor", "demens"})}, {}, {}).decision == "develop");
}

TEST_CASE("a means is a need's core only when nothing else it names is essential", "[decision]") {
  const auto means = [](const std::string& label, double weight) {
    auto plan = concept_aspect(label, weight, true);
    plan.means = true;
    return plan;
  };
  // A hearing test in an app: any app covers the means, none the hearing test.
  const auto hearing = need_of({concept_aspect("hørenedsættelse", 0.3, true), means("app", 0.25),
                                means("mobiltelefon", 0.25), concept_aspect("børn og unge", 0.2, false)},
                               20);
  const std::vector<SolutionMatch> any_app{solution("sol-app", 0.7, {"app", "mobiltelefon", "børn og unge"})};
  CHECK(decide(hearing, any_app, {}, {}).decision == "develop");
  CHECK(decide(hearing, {solution("sol-test", 0.7, {"hørenedsættelse", "app"})}, {}, {}).decision == "dialogue");
  // A need whose essentials are all means: half their weight is still its core.
  const auto robot = need_of(
      {means("robot", 0.3), means("app", 0.25), means("sensor", 0.25), concept_aspect("rengøring", 0.2, false)}, 20);
  CHECK(decide(robot, {solution("sol-b", 0.7, {"app", "sensor", "rengøring"})}, {}, {}).decision == "dialogue");
}

TEST_CASE("a demand that qualifies the request is asked of the core, not the core", "[decision]") {
  // Oxygen is what the qualification adds ("…, men den skal også kunne bære en iltflaske"); the
  // wheelchair is the core, and a wheelchair without it is a basis for a dialogue.
  auto oxygen = concept_aspect("iltbehandling", 0.45, true);
  oxygen.qualifying = true;
  const auto need = need_of({oxygen, concept_aspect("kørestol", 0.3, true), concept_aspect("ældre", 0.25, false)}, 20);
  const std::vector<SolutionMatch> wheelchairs{solution("sol-chair", 0.7, {"kørestol", "ældre"})};
  CHECK(decide(need, wheelchairs, {}, {}).decision == "dialogue");
  // Unqualified, the heaviest essential is the core, and the wheelchair covers too little of it.
  auto plain = need;
  plain.aspects[0].qualifying = false;
  CHECK(decide(plain, wheelchairs, {}, {}).decision == "develop");
}

TEST_CASE("a dialogue's basis covers something the request asks for", "[decision]") {
  // The title names the preventive home visits where the need was heard; the request asks for
  // help with the garden, which no product covers.
  auto visits = concept_aspect("forebyggende hjemmebesøg", 0.4, true);
  auto garden = concept_aspect("havearbejde", 0.35, true);
  garden.requested = true;
  const auto need = need_of({visits, garden, concept_aspect("ældre", 0.25, false)}, 20);
  const std::vector<SolutionMatch> visits_only{solution("sol-visits", 0.7, {"forebyggende hjemmebesøg", "ældre"})};
  CHECK(decide(need, visits_only, {}, {}).decision == "develop");
  // A product that covers the request is a basis, however little else it covers.
  auto asked_visits = need;
  asked_visits.aspects[0].requested = true;
  CHECK(decide(asked_visits, visits_only, {}, {}).decision == "dialogue");
  // A need whose request names no concept keeps the core rule alone.
  auto nothing_asked = need;
  nothing_asked.aspects[1].requested = false;
  CHECK(decide(nothing_asked, visits_only, {}, {}).decision == "dialogue");
}

TEST_CASE("a product bought covers something the request asks for, as a dialogue's basis does", "[decision]") {
  // "Vi har trænet med linjeret papir og tykke penne ... Det, vi søger, er noget, der giver ham
  // et signal": the training tried is the heaviest concept, the reminder the request's.
  const auto need = need_of({concept_aspect("træning", 0.45, true), concept_aspect("påmindelse", 0.35, false),
                             concept_aspect("parkinson", 0.2, false)},
                            40);
  auto asked = need;
  asked.aspects[1].requested = true;
  const std::vector<bool> training_only{true, false, true};
  const std::vector<bool> training_and_reminder{true, true, false};
  // Without a request the heaviest essential and most of the need are a buy ...
  CHECK(radar::match::is_buy_instead(need, training_only, "market"));
  // ... but a product that covers none of what the request asks is no buy, nor a dialogue's basis.
  CHECK_FALSE(radar::match::is_buy_instead(asked, training_only, "market"));
  CHECK(radar::match::is_buy_instead(asked, training_and_reminder, "market"));
  // The decision reads the flag as the matcher sets it.
  const std::vector<SolutionMatch> training{solution("sol-training", 0.7, {"træning", "parkinson"},
                                                     radar::match::is_buy_instead(asked, training_only, "market"))};
  CHECK(decide(asked, training, {}, {}).decision == "develop");
}

TEST_CASE("a request qualified with a but is no reason to buy", "[decision]") {
  struct Case {
    const char* text;
    bool qualified;
  };
  const Case cases[] = {
      {"Vi vil have en app til vagtbytte, men systemet skal sikre overenskomstens regler.", true},
      {"Vi vil gerne beholde udstyret, men have færre og mere præcise meldinger.", true},
      {"We want night supervision, but it must also report to our care records.", true},
      {"We only want a gait trainer if it can also stimulate the leg muscles.", true},
      // Asking the product to do something else as well is asking for a combination.
      {"Vi leder efter en løsning med påmindelser, som pårørende også kan følge med i.", true},
      {"Vi søger en robot, der både kan løfte borgeren og støtte gangen.", true},
      {"Vi søger en løsning, der samtidig giver personalet besked.", true},
      // The same cues in Swedish, and "besides" in English.
      {"Vi söker en sänglarm som också mäter hur mycket brukaren dricker.", true},
      // A request with an adverb before its verb ("Vi skal altså have"), and in Norwegian.
      {"Han er urolig. Vi skal altså have en stol, der giver tryk, men som kan skrues fast i gulvet.", true},
      {"Han er urolig. Vi skal derfor ha en stol som gir trykk, men som kan skrus fast i gulvet.", true},
      {"Vi söker en säng som även kan väga brukaren.", true},
      // A sentence that refuses ("vi vil ikke ...") asks for nothing: its "men" tells the story.
      {"Der er skinner i loftet, men liften er kun beregnet til 200 kilo, og vi vil ikke bruge gulvlift. "
       "Vi skal bruge en loftslift.",
       false},
      {"Vi söker ett larm som samtidigt visar var brukaren är.", true},
      {"We want a bed sensor that, besides the alarm, logs how long the resident sleeps.", true},
      {"Borgerne bruger også rollator. Vi søger en loftlift.", false},
      // A "but" that only negates tells why; it adds no demand.
      {"We would like to weigh residents regularly, but they cannot stand on a scale.", false},
      // A "but" where the need tells its situation, not where it asks.
      {"Vi har sengealarmer, men de giver mange kald. Vi søger et nattilsyn med sensor.", false},
      {"Nattilsyn med sensor til borgere med demens.", false},
      // "Also when" says where the same product is used; it adds no demand.
      {"Vi vil gerne have, at de kan klare det selv, også når de er på arbejde.", false},
      {"We need a catheter they can use themselves, also when they travel.", false},
      {"Vi söker ett larm som fungerar även när brukaren är ute.", false},
      // So does "also at" a place ("også på plejehjemmet", "även hemma").
      {"Vi ønsker, at de skal kunne tage medicinen selv også på plejehjemmet: en dispenser, der varsler.", false},
      {"Vi söker ett larm som fungerar även hemma hos brukaren.", false},
      {"We want residents to manage their medicines also at the care home.", false},
      // ... also after a verb of working or being used ("så det også går på toilettet på arbejdet")
      {"Vi søger katetre, han selv kan bruge, klar til brug, så det også går på personaletoilettet på arbejdet.",
       false},
      {"We want a light folding ramp, so it can also be used at her daughter's house.", false},
      {"Vi søger katetre, han selv kan bruge, så det også går hurtigt at skifte.", true},
      {"Vi ønsker en sengealarm, som også kan tænde lyset.", true},
      // "Både"/"both" that lists what one product fits or works on adds no demand.
      {"Vi søger en trappelift, som kan monteres på både lige trapper og trapper med sving.", false},
      {"We want slings that fit both our ceiling lifts and our mobile lifts.", false},
      {"Vi söker ett stöd som fungerar på både dator och surfplatta.", false},
      {"We want a robot that both lifts the resident and supports walking.", true},
      // "Just as important" asks for a second demand; "important" alone does not.
      {"We want a walking aid. Just as important, we need to know how they load the leg at home.", true},
      {"Vi søger en sengealarm og lige så vigtigt en oversigt over, hvem der har ringet.", true},
      {"We need a walking aid, which is important for the physiotherapists.", false},
      // A "but" that opens the sentence after a request and demands something with a
      // modal qualifies that request; after a story, or without a demand, it does not.
      {"Vi søger et træningsbord til gruppen. Men halvdelen har afasi, så talen skal indgå i træningen.", true},
      {"We want a walking aid. But it must also measure how they load the leg.", true},
      {"Borgerne træner i grupper. Men halvdelen har afasi, så talen skal indgå i træningen.", false},
      {"Vi søger et træningsbord til gruppen. Men det er dyrt at køre holdene i dag.", false},
      // ... and so does one before a closing question of existence, which asks for what the
      // sentences before it described; not before a question that names something of its own.
      {"Nu overvejer vi coaching via en app. Men det skal være sådan, at coachen kan tale tegnsprog. Findes der noget?",
       true},
      {"Our diabetes coaches work by chat. But the coach must use sign language. Does anything like that exist?", true},
      {"Our diabetes coaches work by chat. But the coach must use sign language.", false},
      {"Hjælperen stiller robotten op første gang, men derefter skal den køre uden wi-fi. Findes det?", true},
      {"Hjælperen stiller robotten op første gang, men derefter skal den køre uden wi-fi.", false},
      {"Borgerne træner i grupper. Men talen skal indgå i træningen. Hvad koster et træningsbord med tale?", false},
      // So does a turn right after the modal ("skal dog", "ska dock", "must however"), after a
      // request made beside what the municipality does ("og vil gerne have"); the nouns
      // "dog" and "dock" are no turn.
      {"Vi indretter et nyt rum og vil gerne have en lænestol. Stolen skal dog være bygget til vores målgruppe.", true},
      {"Vi söker en stol med kulor. Stolen ska dock tåla att beboarna river i den.", true},
      {"We want a robot dog that residents can stroke. It must be easy to clean.", false},
      {"We want a charging dock for the robots in the corridor.", false},
      {"Borgerne er urolige. Stolen skal dog være bygget til vores målgruppe.", false},
      // A requirement stated after a request qualifies it, in any of the four languages and
      // with a word between ("et ufravigeligt krav"); one before any request, or a
      // requirement that is denied, does not.
      {"Vi søger en assistent, der skriver udkast til notater. Det er et krav, at udkastet følger FSIII.", true},
      {"Vi søger en app. Det er et ufravigeligt krav, at den virker på dansk.", true},
      {"We are looking for a planning tool. It is a requirement that it exports to payroll.", true},
      {"Vi söker ett verktyg för schemaläggning. Det är ett krav att det fungerar i mobilen.", true},
      // with an adverb fronted or between ("Derfor er det et krav", "Det er derfor et krav")
      {"Vi vil tilbyde et vasketoilet. Derfor er det et krav, at toilettet selv melder fejl.", true},
      {"Vi vil gerne dyste mod andre plejehjem. Det er derfor et krav, at der er videoforbindelse.", true},
      {"Vi söker ett larm. Därför är det ett krav att det fungerar utomhus.", true},
      {"Vi søger en app. Det er altså ikke et krav, at den virker offline.", false},
      {"Det er et krav fra ledelsen, at vi sparer. Vi søger en vaskerobot.", false},
      // ... but one before a closing question of existence is a demand on what it asks for
      {"Robotten vasker gangene om natten. Det er et krav, at den selv kører i elevatoren. Findes det?", true},
      {"Borgerne går med robot på holdet. Den træner trappegang. Det sidste er et krav. Findes det?", true},
      {"Borgerne går med robot på holdet. Den træner trappegang. Det sidste er et krav.", false},
      // A need whose request is not said in so many words: its requirement is a demand.
      {"Borgerne kunne klare sig med en låst medicinautomat. Det er derfor et krav, at automaten selv bestiller nye "
       "poser.",
       true},
      {"Borgerne kunne klare sig med en vaskerobot. Det er afgørende, at robotten kan vaske trapper.", true},
      {"Borgerne kunne klare sig med en vaskerobot. Kravet er, at robotten kan vaske trapper.", true},
      // What is decisive or important for the municipality, however the sentence says it.
      {"Vi søger en vagtplan. Det afgørende for os er dog én ting: byttede vagter flytter besøgene.", true},
      {"Vi søger en talemaskine. Men her er det, der er afgørende for os: tegnet vises med symbolet.", true},
      {"Vi trenger en skjerm. Det er viktig for oss at skjermen sitter i et solid kabinett.", true},
      {"We need a screen. What is important to us is a casing that takes blows.", true},
      {"Det er vigtigt for os, at borgerne er trygge. Vi søger en vaskerobot.", false},
      {"Vi søger en app. Det er ikke et krav, at den virker offline.", false},
      // So does a demand the municipality says it will make ("stille krav om").
      {"Vi skal have et nyt sortiment af bleer. Vi vil stille krav om, at leverandøren henter de brugte.", true},
      {"Vi söker nya blöjor. Vi kommer att ställa krav på att de återvinns.", true},
      {"Vi stiller krav om, at alle leverandører er certificerede. Vi søger en vaskerobot.", false},
      // So does a requirement named first and then said ("et helt afgørende krav er, at …",
      // "kravet er, at …", "the requirement is that …"); not before any request.
      {"Vi vil afprøve robotdragter til benene. Men et helt afgørende krav er, at udstyret passer til børn.", true},
      {"Vi söker en dosett. Kravet är att den är låst.", true},
      {"We want a pill dispenser. The one requirement is that it stays locked.", true},
      {"Kravet er, at vi sparer. Vi søger en vaskerobot.", false},
      // and after its copula, as the subject ("Derfor er vårt krav at …")
      {"Vi vil gjerne ha en skjerm til mor. Derfor er vårt krav at alle meldinger leses høyt.", true},
      {"Vi søger en skærm. Så er vores krav, at beskederne læses højt.", true},
      {"Derfor er vores krav, at vi sparer. Vi søger en vaskerobot.", false},
      // So does a prerequisite, said as a noun ("Det er en forudsætning, at …") or as what
      // the municipality takes as given ("Vi förutsätter att …").
      {"Vi søger en faldalarm. Det er en forudsætning, at den måler anfallets længde.", true},
      {"Vi vill ha ett fallarm. Vi förutsätter att larmet också registrerar anfallen.", true},
      {"We want a fall alarm. It is a prerequisite that it logs each seizure.", true},
      {"Det er en forudsætning, at vi sparer. Vi søger en vaskerobot.", false},
      {"Vi forudsætter, at vi sparer. Vi søger en vaskerobot.", false},
      // A demand said as what is decisive qualifies it as a requirement does.
      {"Vi søger en GPS-alarm. Samtidig er det afgørende, at den opdager et krampeanfald.", true},
      {"We are looking for a GPS alarm. It is essential that it detects seizures.", true},
      {"Det er afgørende, at vi sparer. Vi søger en vaskerobot.", false},
      // also named first ("Afgørende for os er, at …", "Avgörande är att …")
      {"Vi vil gerne pege på en app til lægen. Afgørende for os er, at en pårørende kan logge ind.", true},
      {"Vi söker en dosett. Avgörande är att den är låst.", true},
      {"Afgørende for os er, at vi sparer. Vi søger en vaskerobot.", false},
      // A demand on the product joined to its request ("og den skal", "and it must").
      {"We would like a robotic arm for his wheelchair, and it must be steered with his eyes alone.", true},
      {"Vi søger en loftlift, og den skal kunne styres fra en tablet.", true},
      {"Vi har en loftlift, og den skal repareres. Borgerne er glade for den.", false},
      {"We would like a robotic arm for his wheelchair, and it must not be heavy.", false},
      // "uden for" is "outside": it waives nothing ("men den skal virke uden for huset")
      {"Vi søger en GPS-alarm. Men den skal virke uden for huset.", true},
      {"Vi søger en GPS-alarm. Men den skal ikke virke i huset.", false},
      {"We want contactless monitoring of breathing. And it has to pick up the rattling sound at the end of life.",
       true},
      // A requirement that points back ("Det sidste er et krav") qualifies the sentence before it.
      {"Vi søger et anonymt chattilbud. Pigerne skal kunne skrive på arabisk. Det sidste er et krav fra udvalget.",
       true},
      {"We want an anonymous chat service. Girls must be able to write in Arabic. The latter is a requirement.", true},
      {"Pigerne skriver på arabisk. Det sidste er et krav fra udvalget. Vi søger et chattilbud.", false},
      // also with a word before its noun ("Det er et ufravigeligt krav."), not one it goes on to state
      {"Vi søger en sengesensor. Den skal være godkendt til børn. Det er et ufravigeligt krav.", true},
      {"Den skal være godkendt til børn. Det er et ufravigeligt krav. Vi søger en sengesensor.", false},
      // A requirement named to open its sentence ("Krav: ...", "Requirement agreed at the
      // meeting: ...", "Ett krav som kom upp: ..."), or one "der er" ("der er ét krav, som ikke
      // kan fraviges: ..."), that cannot be waived.
      {"Vi vill ha digitala lås. Ett krav som kom upp förra året: låset ska vara certifierat.", true},
      {"We want an eating aid for two guests. Requirement agreed at the meeting: it must store each guest's settings.",
       true},
      {"Vi søger et videoforløb. Der er ét krav, som ikke kan fraviges: psykologen skal sende en status.", true},
      {"Vi ønsker en leverandør af stomiprodukter. Krav, vi ikke kan give køb på: Sygehusets sygeplejerske skal selv "
       "kunne bestille den første levering.",
       true},
      {"We want a supplier of ostomy products. A requirement we cannot compromise on: the hospital nurse orders the "
       "first delivery.",
       true},
      // ... or let go of or done without
      {"Vi vill gå över till signering i mobilen. Ett krav vi inte kan släppa: en andra medarbetare måste "
       "kontrollsignera varje dos.",
       true},
      {"Vi søger en medicinapp. Et krav, vi ikke kan undvære: appen skal kræve to underskrifter.", true},
      {"Krav: vi skal spare. Vi søger en vaskerobot.", false},
      // What is essential or important, as a note's label.
      {"We want a medicine robot. Essential: the same unit must hold short courses too.", true},
      {"Vi søger en medicinrobot. Vigtigt: den skal også kunne tage kure i almindelige pakninger.", true},
      {"Vigtigt: vi skal spare. Vi søger en vaskerobot.", false},
      // ... led up to ("Og så det vigtigste: ..."), and a requirement with a word before its
      // noun ("Et absolutt krav fra oss: ...")
      {"Vi søger et værktøj til hjemmetræning. Og så det vigtigste: planen skal hentes automatisk ind.", true},
      {"Vi ser etter en GPS-alarm. Et absolutt krav fra oss: klokka må også fungere som nøkkel.", true},
      // ... or after "our" or "one" ("Vårt krav: ...", "One requirement: ...")
      {"Vi söker en app för schemat. Vårt krav: appen ska fungera i alla mobiler.", true},
      {"We want a rota app. One requirement: the app must work offline.", true},
      // ... or "the" and a demand, as English names the one ("The demand that matters in his case: …")
      {"We need a home alarm. The demand that matters in his case: he must be able to call by voice.", true},
      {"We need a home alarm. The requirement: the unit must start a call by voice.", true},
      // ... or as one "we have" ("Vi har derfor et ekstra krav: ...")
      {"Vi søger videoer med træning. Vi har derfor et ekstra krav: programmet skal kunne vises på fjernsynet.", true},
      {"We want a rota app. We also have one requirement: the app must work offline.", true},
      {"Vi har et krav fra ledelsen om besparelser. Vi søger en vaskerobot.", false},
      // What is decisive or most important for someone other than "us", as the subject.
      {"Vi søger et nattilsyn. Det helt afgørende for lægen og sygeplejerskerne er dog, at det tæller hosteanfald.",
       true},
      {"Vi søger en ske til ham. Men det vigtigste for ham er at kunne skære sin mad selv.", true},
      {"Det vigtigste for ham er at kunne skære sin mad selv. Vi søger en ske.", false},
      // What cannot be compromised or negotiated.
      {"We want a stairlift. So the one thing that cannot be compromised: it must carry 180 kg.", true},
      {"We want a stairlift. One thing is non-negotiable: it must carry 180 kg.", true},
      {"We want a stairlift. The price can be negotiated.", false},
      // ... or the one thing that matters
      {"We want a talking clock. The one thing that matters: every reminder has to be spoken in Vietnamese.", true},
      {"We want exercise videos. One extra thing really matters to us: the videos must show children.", true},
      {"We want exercise videos. What matters is that the children like them.", false},
      // What is important for us, in its definite form ("Det vigtige for os: ...").
      {"Vi søger en app. Det vigtige for os: forældrene skal have deres eget login.", true},
      {"Vi søger en app til søvn. Det er samtidig afgørende, at den unge kan tage et billede af måltidet.", true},
      {"We want a sleep app. It is also essential that it shows each meal.", true},
      // A sentence that opens by adding ("Derudover", "Dessutom", "I tillegg", "On top of
      // that") and says what must or should be, after a request, adds a demand to it; one
      // that tells the situation, or comes before any request, does not.
      {"Vi vil have gangtræning med robot. Derudover skal udstyret kunne træne trappegang.", true},
      {"Vi behöver ett system för handläggning. Dessutom vill vi att ansökningar beslutas automatiskt.", true},
      {"Vi trenger en app for blodsukker. I tillegg skal den beregne karbohydrater.", true},
      {"We want a logbook app. On top of that, the app should estimate carbohydrates from a photo.", true},
      // ... or says so of what is needed ("What we need on top is that ...").
      {"We want a locked dispenser. What we need on top is that a nurse should release a dose from a distance.", true},
      {"Vi søger en låst dispenser. Det, vi også har brug for, er, at sygeplejersken skal kunne frigive en dosis.",
       true},
      // ... or says what has not been found, or that there is one more thing
      {"Vi ønsker en enkel skjerm for bilder. Det vi ikke har funnet noe sted: meldingene må vises på norsk.", true},
      {"We want a simple photo screen. What we have not found anywhere: messages must be shown in Norwegian.", true},
      {"Vi vil have et elektrisk toilet. Der er bare én ting mere: toilettet skal selv kunne veje hende.", true},
      {"Vi søger en app med symboler. Det, vi ikke kan finde, er en færøsk stemme til appen.", true},
      {"We want motion sensors. One thing we cannot find: the set must also register when the kettle is on.", true},
      {"Vi vil have bevægelsessensorer. Én ting vi ikke har fundet: sættet skal registrere elkedlen.", true},
      // ... or a requirement not found met ("Krav vi inte hittar uppfyllt: …")
      {"Vi söker ett vändsystem. Krav vi inte hittar uppfyllt: det ska passa hennes barnsäng.", true},
      {"Vi søger et vendesystem. Et krav vi ikke har fundet: det skal passe til en barneseng.", true},
      {"Det vi ikke har fundet, er en god leverandør. Vi vil have et elektrisk toilet.", false},
      {"Vi søger et spil til bordet. Derudover ønsker familierne, at børnene kan spille hjemmefra.", true},
      {"Vi vil have gangtræning med robot. Derudover har vi mange borgere med apopleksi.", false},
      {"Vi vil have gangtræning med robot. Derudover vil det spare tid for terapeuterne.", false},
      {"Derudover skal udstyret kunne træne trappegang. Vi vil have gangtræning med robot.", false},
      // ... but before a closing question of existence, which asks for all that came before it
      {"Borgerne går med robot på holdet. Derudover skal udstyret kunne træne trappegang. Findes det?", true},
      {"Borgerne går med robot på holdet. Derudover skal udstyret kunne træne trappegang. Det bliver dyrt.", false},
      // The adding word may follow the sentence's subject and its verb of demanding
      // ("Skolelederen kræver desuden, at ..."); not a verb that tells what someone does.
      {"Vi søger et ur med GPS. Skolelederen kræver desuden, at vi kan se barnet indendørs.", true},
      {"Vi vil have en app til rygestop. Instruktørerne ønsker derudover, at den måler kulilte.", true},
      {"Vi söker ett larm med GPS. Rektorn kräver dessutom att det fungerar inomhus.", true},
      {"Vi søger et ur med GPS. Skolelederen kører desuden børnene hjem.", false},
      {"Skolelederen kræver desuden, at vi kan se barnet indendørs. Vi søger et ur med GPS.", false},
      // or its subject's modal ("Vasken må derfor ..."), and in a clause after "og".
      {"Vi ønsker en vask som kan heves og senkes. Vasken må derfor gjenkjenne beboeren.", true},
      {"We want a rota app. The system must therefore check each person's delegations.", true},
      {"Vi søger et sanserum. Ergoterapeuterne påpeger, at lugtesansen vækker minder, og de ønsker derfor, at "
       "rummet afgiver dufte.",
       true},
      {"Vi søger et sanserum. Ergoterapeuterne siger derfor, at rummet er for lille.", false},
      {"Vasken må derfor gjenkjenne beboeren. Vi ønsker en vask som kan heves og senkes.", false},
      // So may "også" right after the product as the subject of a modal, in either order.
      {"Vi søger en medicinapp. For børnene med epilepsi skal løsningen også kunne tage tid på et anfald.", true},
      {"We want a medicine app. The app must also time a seizure.", true},
      {"Vi søger en medicinapp. Det skal også kunne bruges af vikarer.", false},
      {"The physios would like an exercise app with videos. In addition, HR wants anonymous figures per department.",
       true},
      // or "selv"/"automatisk" there: the product must do one more thing on its own.
      {"Vi søger et træningsprogram. Når borgeren er træt, skal programmet selv skrue ned for øvelserne.", true},
      {"Vi söker en dosett. Vid fel dos ska lösningen automatiskt larma sjuksköterskan.", true},
      {"Vi søger et træningsprogram. Når borgeren er træt, skal terapeuten selv skrue ned for øvelserne.", false},
      // a machine named for what it is is the product too
      {"Vi vil gerne have en maskine, der siger til. Maskinen skal selv følge solopgang og solnedgang.", true},
      {"We want a pill dispenser. In the fasting month the machine must also follow sunrise.", true},
      // The municipality's own staff ask as the municipality does: what they wish for is
      // the request, and a later "skal programmet selv" qualifies it.
      {"Fysioterapeuterne vil lave træningsprogrammer med video. Når borgeren er træt, skal programmet selv skrue "
       "ned for øvelserne.",
       true},
      {"Borgerne vil lave træningsprogrammer med video. Når borgeren er træt, skal programmet selv skrue ned for "
       "øvelserne.",
       false},
      // So does one that draws a demand from the situation told ("Derfor", "So", "Therefore").
      {"We would like a drive unit for manual wheelchairs. The residents cannot operate anything themselves. "
       "So the carer must be able to control it from the push handles.",
       true},
      {"Vi ønsker medisindispensere. Mange brukere forstår norsk dårlig. Derfor må påminnelsene komme på samisk.",
       true},
      // So does what the need says it searched the market for in vain, after its request.
      {"Vi søger nye nødkaldsenheder. Det, vi ikke har kunnet finde, er besked, når en enhed mister strøm.", true},
      {"We need new alarm units. What we have not been able to find is a notice when a unit loses power.", true},
      {"Det, vi ikke har kunnet finde, er en enhed med besked. Vi søger nye nødkaldsenheder.", false},
      {"Derfor skal udstyret kunne træne trappegang. Vi vil have gangtræning med robot.", false},
      {"Vi vil have gangtræning med robot. Derfor har vi mange borgere med apopleksi.", false},
      // A requirement label that demands of a thing is the product's, even before a request
      // (one that demands of the municipality frames it: "Krav: vi skal spare." above).
      {"Krav, vi blev enige om: Systemet skal selv opdage personalet. Kan du finde leverandører?", true},
      {"MAS krav: Appen måste visa ett foto av den boende. Vi vill ha leverantörer på dialog.", true},
      {"Krav, vi blev enige om: vi skal spare. Kan du finde leverandører?", false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(need_intent(c.text).qualified == c.qualified);
  }
  const std::vector<bool> all{true, true, true};
  CHECK_FALSE(is_buy_instead(specific_need("Vi søger et nattilsyn med sensor, men det skal også melde til journalen."), all,
                             "market"));
  const std::vector<SolutionMatch> solutions{solution("sol-a", 0.9, {"nattilsyn", "sensor", "demens"})};
  CHECK(decide(specific_need("Vi søger et nattilsyn med sensor, men det skal også melde til journalen."), solutions, {}, {})
            .decision == "dialogue");
}

TEST_CASE("a qualified request is a buy when the product covers what the qualification names", "[decision]") {
  // "Vi søger et nattilsyn med sensor, og det skal også kunne følge borgere med demens."
  auto need = specific_need("Vi søger et nattilsyn med sensor, og det skal også kunne følge borgere med demens.");
  REQUIRE(need.intent.qualified);
  need.aspects[2].qualifying = true;  // demens
  CHECK(is_buy_instead(need, {true, true, true}, "market"));
  CHECK_FALSE(is_buy_instead(need, {true, true, false}, "market"));
  // A word the market has never used in the qualification must be covered as well.
  AspectPlan unknown;
  unknown.aspect.label = "smerteplastre";
  unknown.aspect.weight = 0.05;
  unknown.qualifying = true;
  need.aspects.push_back(unknown);
  CHECK_FALSE(is_buy_instead(need, {true, true, true, false}, "market"));
  // What the qualification is for does not count; a qualification naming nothing withholds the buy.
  need.aspects.pop_back();
  need.aspects[2].purpose = true;
  CHECK_FALSE(is_buy_instead(need, {true, true, true}, "market"));
  // Unless the need only states requirements: one that names nothing a product does
  // ("Det er et krav, at den er nem at betjene") is checked in procurement.
  need.intent.only_required = true;
  CHECK(is_buy_instead(need, {true, true, true}, "market"));
  need.aspects[2].purpose = false;
  CHECK_FALSE(is_buy_instead(need, {true, true, false}, "market"));
  // Whom the product must fit is a demand as well ("et krav er, at udstyret passer til
  // børn"): a target group the qualification names must be covered, requirement or not.
  need.aspects[2].aspect.role = "who";
  CHECK_FALSE(is_buy_instead(need, {true, true, false}, "market"));
  CHECK(is_buy_instead(need, {true, true, true}, "market"));
  need.intent.only_required = false;
  CHECK_FALSE(is_buy_instead(need, {true, true, false}, "market"));
  // Where it is to be used is a demand a product's record can show ("men her har vi brug for
  // noget, de kan sidde i ved skolebordet"): a setting the qualification names must be covered.
  need.aspects[2].aspect.role = "where";
  CHECK(is_buy_instead(need, {true, true, true}, "market"));
  CHECK_FALSE(is_buy_instead(need, {true, true, false}, "market"));
}

TEST_CASE("a screening decides from the solutions alone and names the solution it rests on", "[decision]") {
  const auto need = specific_need("Nattilsyn med sensor til borgere med demens.");
  // Buy rests on the first solution marked buy, not on the best-ranked one.
  const std::vector<SolutionMatch> buyable{solution("sol-partial", 0.9, {"nattilsyn"}),
                                           solution("sol-buy", 0.8, {"nattilsyn", "sensor"}, true)};
  const Screening buy = screen(need, buyable);
  CHECK(buy.decision == "buy");
  REQUIRE(buy.basis == &buyable[1]);
  // Dialogue rests on the solution covering most of the need.
  const std::vector<SolutionMatch> partial{solution("sol-a", 0.9, {"nattilsyn"}),
                                           solution("sol-b", 0.8, {"nattilsyn", "demens"})};
  const Screening dialogue = screen(need, partial);
  CHECK(dialogue.decision == "dialogue");
  REQUIRE(dialogue.basis == &partial[1]);
  // The partners found change the reasons, never the decision.
  PartnerMatch partner;
  partner.id = "org-a";
  const auto without = explain(need, dialogue, {}, {"sensor"});
  const auto with = explain(need, dialogue, {partner}, {"sensor"});
  CHECK(without.decision == with.decision);
  CHECK(with.reasons.front().find("sol-b") != std::string::npos);
  const Screening develop = screen(need, {});
  CHECK(develop.decision == "develop");
  CHECK(develop.basis == nullptr);
  // Whether partners were found, not how many: that is how many a request shows.
  CHECK(explain(need, develop, {partner}, {}).reasons.back() ==
        "Find partnere og samskab en løsning (OPI) med de mulige partnere, der er fundet.");
  CHECK(explain(need, develop, {}, {}).reasons.back() ==
        "Find partnere og samskab en løsning (OPI); der er endnu ikke fundet mulige partnere.");
}

TEST_CASE("a short need that names one thing to solve is screened, one that names only a means is too vague", "[decision]") {
  // Eight content words: a short need. A plain word beside the concept, as in
  // "skifte stomiposer" or "arbejde mere med sensorer".
  AspectPlan plain;
  plain.aspect.label = "skifte";
  plain.aspect.weight = 0.3;
  plain.known = true;
  auto need = need_of({concept_aspect("stomi", 0.7, true), plain}, 8);
  CHECK(screen(need, {}).decision == "develop");
  AspectPlan means = concept_aspect("sensor", 0.7, true);
  means.means = true;
  need.aspects = {means, plain};
  CHECK(screen(need, {}).decision == "clarify");
  // Two named things, or a longer need, are specific even when they are means.
  need.aspects = {means, concept_aspect("app", 0.3, false), plain};
  need.aspects[1].means = true;
  CHECK(screen(need, {}).decision == "develop");
  need.aspects = {means, plain};
  need.content_words = 20;
  CHECK(screen(need, {}).decision == "develop");
}

TEST_CASE("a need that names nothing to do and asks what to do is vague", "[decision]") {
  // Words the market has never used ("anbefale", "kigger"), in a need of twenty-five content
  // words that names no concept of what a product must do.
  AspectPlan unknown;
  unknown.aspect.label = "anbefale";
  unknown.aspect.weight = 0.2;
  AspectPlan other = unknown;
  other.aspect.label = "kigger";
  AspectPlan who = concept_aspect("ældre", 0.6, true);
  who.aspect.role = "who";
  auto need = need_of({who, unknown, other}, 25);
  need.intent = need_intent("Hvad vil I anbefale, at vi kigger på?");
  CHECK(need.intent.open_question);
  CHECK(screen(need, {}).decision == "clarify");
  need.intent = need_intent("Vi vil gerne høre, hvad der rører sig.");
  CHECK(screen(need, {}).decision == "clarify");
  // The same words in a need that says what it wants, or asks to develop it, describe
  // what the market lacks.
  need.intent = need_intent("Droner der leverer varm mad til ældre på småøer.");
  CHECK(screen(need, {}).decision == "develop");
  need.intent = need_intent("Kan man få droner til at levere varm mad til ældre på småøer?");
  CHECK_FALSE(need.intent.open_question);
  CHECK(screen(need, {}).decision == "develop");
  need.intent = need_intent("Vi vil sammen med en virksomhed udvikle et digitalt forløb. Hvordan kommer vi i gang?");
  CHECK(screen(need, {}).decision == "develop");
  // Beside a concept of what to do named where the need asks, they are what is new in it.
  need.intent = need_intent("Hvad vil I anbefale, at vi kigger på?");
  need.aspects.push_back(concept_aspect("sorg", 0.3, false));
  need.aspects.back().requested = true;
  CHECK(screen(need, {}).decision == "develop");
  // A concept its story names frames a question of where to start; the need still asks
  // what to do. Told as a problem and asked about, it is screened.
  need.aspects.back().requested = false;
  CHECK(screen(need, {}).decision == "develop");
  need.intent = need_intent("Vi vil gerne hjælpe de efterladte. Hvor skal vi starte?");
  REQUIRE(need.intent.undecided);
  CHECK(screen(need, {}).decision == "clarify");
  for (const char* text : {"Vi ved ikke, hvor vi skal begynde.", "Hvordan kommer vi i gang?", "Var ska vi börja?",
                           "Hvor skal vi begynne?", "Where do we start?", "How do we get started?"}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Hvad findes der?").undecided);
  // A need that explores the market ("vi søger en metode og nogen at sparre med") is
  // screened even so (a dialogue when something covers its core; here nothing does).
  need.intent = need_intent("Vi vil gerne undersøge, hvad andre gør.");
  REQUIRE(need.intent.explore);
  CHECK(screen(need, {}).decision == "develop");
  // Technologies are no such concept, even where the need asks: "a smart-home strategy
  // ... Where do we begin?" asks with what, not what to solve.
  need.intent = need_intent("Hvad vil I anbefale, at vi kigger på?");
  need.aspects.back() = concept_aspect("smart home", 0.3, false);
  need.aspects.back().means = need.aspects.back().requested = true;
  CHECK(screen(need, {}).decision == "clarify");
}

TEST_CASE("a need that says it has not chosen what to work on is vague unless its request names it", "[decision]") {
  for (const char* text :
       {"Vi har endnu ikke lagt os fast på et bestemt område, men ønsker løsninger.",
        "Jeg har ikke selv lagt mig fast på noget – I er eksperterne.",
        "Vi holder workshops for at finde frem til, hvad vi konkret skal arbejde med.",
        "Lederen vil have et overblik inden næste møde, så vi kan vælge, hvad vi vil arbejde videre med.",
        "Vi er åbne over for alle idéer.", "Vi er nysgjerrige på hva markedet kan tilby.",
        "We have not yet decided which area to start with.", "Vi søger løsninger inden for alle disse områder.",
        "Vi vil gerne have et par forslag til, hvad der kunne være relevant at afprøve.",
        "Er det sensorer, kunstig intelligens eller noget helt andet, der giver mest?",
        "Is it sensors, AI or something else that pays off most?", "Hvad gør andre kommuner, og hvad bør vi satse på?",
        "Vad ska vi satsa på?", "Ingen har endnu beskrevet, hvilke behov eller problemer pengene skal løse.",
        "No one has yet described which needs or problems the money should solve.",
        // themes or wishes left unprioritised
        "Ingen prioritering – udvalget kunne ikke blive enige om, hvad der er vigtigst.",
        "Her er personalets uprioriterede ønskeliste.", "The themes are listed in no particular order.",
        "Det er ikke prioriteret, bare det, der har fyldt.",
        // things to show at a stand
        "Kan du finde nogle ting, vi kan vise frem på standen?", "Vi vill visa upp något på temadagen.",
        // ... or what to present, all of it or a choice not made
        "Kan du hjælpe mig med, hvad der findes, og hvad jeg skal vise?", "I am not sure what to show them.",
        "Jeg ved ikke, om jeg skal tage det hele med eller vælge noget ud.",
        // no particular citizen in mind, or the technology of a whole field
        "I am not asking on behalf of any particular person.", "Der er ikke tale om en konkret borger.",
        "Kan du sende et kort overblik over, hvad der findes af ny teknologi inden for genoptræning?",
        // help to choose, with nothing named to choose among, or what pays off most
        "Kan I hjælpe os med at vælge?", "Jeg har ingen anelse om, hvad der findes eller hvad der giver mest.",
        // everything from one theme to the next, or what to have not said
        "Jeg tænker på alt fra morgener og søvn til skole, lektier og mad.",
        "I bestyrelsen er der blevet foreslået alt fra robotter og store skærme til cykler.",
        "Home care, care centres, rehabilitation – anything goes.",
        "Jeg ved ikke, hvad der findes, så jeg kan ikke sige, hvad vi skal have.",
        // or the writer cannot choose
        "Jeg kan ikke selv vælge, hvad der er vigtigst, og vi har ikke talt om penge.",
        "Jag kan inte själv välja vad vi ska börja med.",
        // where to start, asked by one person
        "Honestly, where do I even start?", "Hvor skal jeg begynde?", "We need an overview. Where should we start?",
        // or by anyone
        "Hvad plejer andre steder at have, og hvor starter man?", "Var börjar man?",
        // what research shows, asked before anything is chosen
        "Findes der undersøgelser af, om beboerne faktisk sover bedre, når runderne erstattes af teknologi?",
        "Virker det? Hvad siger forskningen?", "Is there any evidence that screen visits make people lonelier?",
        // what to buy, asked of the reader
        "Kan I ud fra svarene foreslå, hvad vi skal købe?", "Hvad skal vi købe?", "What should we buy for the money?",
        "Vad bör vi köpa in?", "Hva bør vi kjøpe?", "Hvilken teknologi skal vi anskaffe for at nå målet?",
        // nothing prioritised, said with the infinitive
        "Vi nåede ikke at prioritere noget på mødet.", "We did not get to prioritise anything."}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Vi har lagt os fast på en sengealarm.").undecided);
  CHECK_FALSE(
      need_intent("Forskningen viser, at fald om natten kan opdages tidligt; vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Borgeren kan ikke selv vælge tv-kanal, så vi søger en talestyring.").undecided);
  CHECK_FALSE(need_intent("Vi har prioriteret nattilsynet først.").undecided);
  CHECK_FALSE(need_intent("Personalet kan ikke nå at prioritere opgaverne, når der er travlt.").undecided);
  CHECK_FALSE(need_intent("Vi har købt sengealarmer, men de larmer.").undecided);
  CHECK_FALSE(need_intent("Vi søger en skærm, der kan vise billeder frem for tekst.").undecided);
  CHECK_FALSE(need_intent("Vi søger en skærm, der viser, hvad hun skal nå i dag.").undecided);
  CHECK_FALSE(need_intent("Kan du sende et kort overblik over, hvilke sengealarmer der findes?").undecided);
  CHECK_FALSE(need_intent("Kan I hjælpe os med at vælge den rigtige sengealarm?").undecided);
  CHECK_FALSE(need_intent("Vi søger en alarm, der virker alt fra soveværelset.").undecided);
  CHECK_FALSE(need_intent("We need a bed alarm. Can you suggest what to buy?").undecided);
  // "uden for" is "outside", no negation: an agreed area is no focus left unchosen.
  CHECK_FALSE(need_intent("Det må gerne give besked, hvis han går uden for et aftalt område.").undecided);
  CHECK_FALSE(need_intent("Alarmen skal give besked, når hun går uten for et avtalt område.").undecided);
  // Not yet chosen, said with a verb of choosing and what is not chosen: target groups,
  // efforts, tasks, focus, or what or where "we" will.
  for (const char* text :
       {"Vi har endnu ikke udpeget bestemte målgrupper eller indsatser.", "No decisions on target groups yet.",
        "Der er ingen beslutning om målgruppen endnu.",
        "Vi har ikke fastlagt aldersgrupper eller konkrete indsatser endnu.",
        "Men vi har endnu ikke besluttet, hvad vi vil ændre.", "Vi har inte bestämt vilka målgrupper vi ska börja med.",
        "Vi har ikke valgt hvilke oppgaver vi skal se på.", "We have not yet decided where to focus.",
        // pointed to ("no department has pointed to a specific problem"), taken a stand on
        // ("ikke taget stilling til, hvilke enheder ..."), and units among what is chosen
        "No department has pointed to a specific problem it wants solved.",
        "Ingen afdeling har peget på et bestemt problem.",
        "Arbejdsgruppen har ikke taget stilling til, hvilke enheder der skal prioriteres.",
        "Vi har inte tagit ställning till vilka enheter som ska börja.",
        // nothing concrete: a group of any kind, an incident, a step, or nothing asked at all
        "Der er ikke valgt en bestemt patientgruppe eller et bestemt trin i udskrivelsen.",
        "Det er ikke beskrevet noen konkret hendelse.", "Nobody at the meeting asked for anything specific.",
        "Ingen af forslagene beskriver et konkret problem eller en borgergruppe.",
        // not even talked about whom it is for
        "Vi har ikke snakket om hvem det skal være for, eller hva som ikke fungerer i dag.",
        "Vi har inte diskuterat vem det ska vara för.", "We have not discussed who it is for.",
        // nothing chosen at all
        "Der er ikke prioriteret noget endnu.", "Vi har ikke prioritert noe av dette ennå.",
        "We have not decided anything yet.",
        // the items or themes of a list not prioritised, a focus not agreed, no decisions made
        "Vi har ikke prioriteret punkterne.", "We have not prioritised the themes.",
        "Vi har endnu ikke aftalt et fokus med ham.", "Vi har inte avtalat något fokus.",
        "Der er ikke truffet beslutninger.", "No decisions have been made.",
        // which people or situations it is for not decided
        "Vi har ikke besluttet, hvilke elever eller hvilke situationer det skal handle om.",
        "Vi har inte bestämt vilka brukare det gäller.", "We have not decided which pupils it is for.",
        // what it is to do left to be found along the way
        "Jeg ved ikke, hvad der skal vises – det må vi finde ud af undervejs.",
        "We will figure out along the way what it should show."}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Vi har ikke taget stilling til, hvor sengen skal stå.").undecided);
  CHECK_FALSE(need_intent("Vi søger en seng og har ikke besluttet, om vi vil købe eller leje den.").undecided);
  CHECK_FALSE(need_intent("Vi søger en seng og har ikke besluttet, hvilke modeller vi vil prøve.").undecided);
  CHECK_FALSE(need_intent("Vi har ikke talt med hvem der skal betjene den.").undecided);
  CHECK_FALSE(need_intent("Vi har ikke fundet noget, der virker.").undecided);
  CHECK_FALSE(need_intent("Vi søger en bestemt patientlift til vores plejecenter.").undecided);
  CHECK_FALSE(need_intent("Nobody can lift her, so we need something specific: a ceiling hoist.").undecided);
  // Advice asked for: how to go about it, not a product.
  for (const char* text :
       {"Har I erfaringer eller gode råd om, hvordan sådan et center kan være skruet sammen?",
        "Hvordan bør vi tænke beredskab ind i velfærdsteknologien?",
        "How should we prepare our welfare technology for a long power cut?", "Kan kommunen anbefale noget?",
        "Can you recommend anything for our members?", "Kan I anbefale noget til hende?"}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  // So is the best and newest, asked for whatever it does.
  for (const char* text : {"Hvad er det bedste og nyeste, man kan få?",
                           "He wants to know whether it is still the best and newest on the market.",
                           "Finns det något nyare? Vi vill ha det nyaste och bästa."}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Vi søger den bedste faldalarm til vores plejecenter.").undecided);
  // The writer who wants to recommend something to a citizen asks for it, not for advice.
  CHECK_FALSE(
      need_intent("Jeg vil gerne kunne anbefale noget seriøst: en anonym chat med voksne rådgivere.").undecided);
  const auto check_undecided = [](std::initializer_list<const char*> texts) {
    for (const char* text : texts) {
      INFO(text);
      CHECK(need_intent(text).undecided);
    }
  };
  // So is a general overview of a field; an overview of the products for a problem is not.
  check_undecided({"Vi vil gerne have et generelt overblik, inden udvalget mødes.",
                   "We would appreciate a general overview before the steering committee meets.",
                   "Vi vill gärna ha en allmän översikt över området."});
  CHECK_FALSE(need_intent("Vi vil gerne have et overblik over, hvilke sengealarmer der findes.").undecided);
  // So is an overview of all the technology there is; of all the products of a kind it is not.
  check_undecided({"Kan du sende os et overblik over al den velfærdsteknologi, der findes til ældre?",
                   "Could you give us an overview of all the technology for older people?"});
  CHECK_FALSE(need_intent("Kan du sende os et overblik over alle de sengealarmer, der findes?").undecided);
  // A broad one is general too, and so is a kind of overview.
  check_undecided({"Direktøren har bedt mig om en bred oversigt over, hvilken velfærdsteknologi der kan spare tid.",
                   "Kan I give mig en slags overblik over hvad der findes?", "Could you send a sort of overview?"});
  // So is an overview of the options, and technology of any kind that makes things better;
  // technology that does something has chosen.
  check_undecided({"Kan du lave en oversigt over muligheder?", "We need an overview of the options.",
                   "Kan I finde noget teknologi, der kan gøre nætterne bedre for os?",
                   "Finns det någon teknik som gör vardagen lättare?"});
  CHECK_FALSE(
      need_intent("Kan I finde noget teknologi, der giver nattevagten besked, når en beboer falder?").undecided);
  CHECK_FALSE(need_intent("Kan du lave en oversigt over mulige sengealarmer?").undecided);
  // A suggestion of what or which leaves the choice to the reader; an estimate a product is to
  // give, or a suggestion for one citizen's case, does not.
  check_undecided({"Kan du komme med et bud på, hvad vi kunne købe for pengene?",
                   "Ældrechefen vil have et bud på, hvilken teknologi der kan få det til at hænge sammen."});
  CHECK_FALSE(need_intent("Værktøjet skal give et fagligt bud på, hvor meget borgeren kan forbedre sig.").undecided);
  CHECK_FALSE(need_intent("Jeg er sygeplejerske og har brug for et bud.").undecided);
  // Not knowing what the problem is: a story, not yet a need to screen.
  for (const char* text : {"Vi ved ærligt talt ikke, hvad problemet er.", "Vi vet inte var problemet ligger.",
                           "We don't know what the problem is.", "Vi vet ikke hvilke områder vi bør starte med."}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  // Nor knowing who the people served will be.
  check_undecided({"We have no budget yet, and we don't know who the tenants will be.",
                   "Vi ved ikke, hvem beboerne bliver.",
                   // or who will live there
                   "Vi ved endnu ikke, hvem der skal bo der.", "Vi vet ikke ennå hvem som flytter inn.",
                   "We don't know who will move in."});
  CHECK_FALSE(need_intent("Vi ved ikke, hvem der skal ringe til vagtcentralen.").undecided);
  CHECK_FALSE(need_intent("Vi ved ikke, hvem der har trykket på alarmen.").undecided);
  CHECK_FALSE(need_intent("Vi ved ikke, hvornår borgeren falder.").undecided);
  CHECK_FALSE(need_intent("Problemet er, at vi ikke ved, hvem der er faldet.").undecided);
  // Nor what it needs, or open to most things.
  check_undecided({"Jeg ved ikke rigtig, hvad jeg har brug for.", "Vi vet inte vad vi behöver.",
                   "Jeg vet ikke hva jeg trenger.", "I don't know what we need.", "Jeg er åben for det meste.",
                   "Jag är öppen för det mesta.",
                   // or what fits, said with no idea ("aner ikke")
                   "Jeg aner ikke, hvad der passer til et lille barn.", "We don't know what suits a child of two."});
  CHECK_FALSE(need_intent("Jeg aner ikke, hvornår hun falder om natten.").undecided);
  // Nor what causes what it tells, or which of several causes it is.
  check_undecided({"Vi ved ikke rigtig, hvad ventetiden skyldes.", "Vi vet inte vad det beror på.",
                   "We don't know what causes the falls.",
                   "Jeg ved ikke, om det er hukommelsen, om hun er bange for at falde, eller om hun har mistet lysten.",
                   "I don't know whether it is her memory, whether she is afraid of falling or whether she is cold."});
  CHECK_FALSE(need_intent("Vi ved ikke, om han er faldet, før vi kommer om morgenen.").undecided);
  CHECK_FALSE(need_intent("Vi ved ikke, hvad borgeren har spist om aftenen.").undecided);
  // Which welfare technology exists at all is the whole field; which of it helps with a
  // problem is a need.
  check_undecided({"Kan I give os et overblik over, hvilken velfærdsteknologi der findes, som vi burde kende til?",
                   "Could you tell us what welfare technology exists for schools like ours?"});
  CHECK_FALSE(need_intent("Hvilken velfærdsteknologi kan forebygge fald om natten?").undecided);
  // So is what there is of it, or its kinds, and an introduction asked for.
  check_undecided({"Kan I give mig en kort introduktion til, hvad der findes af velfærdsteknologi til ældre?",
                   "Could you tell me what kinds of welfare technology the municipality offers older people?",
                   "Could you give us an overview of the kinds of technology available for children like her?",
                   "Jeg har hørt om apps og den slags teknologi, der kan hjælpe folk som mig.",
                   // ... asked with the verb first, or as what of it
                   "Hvad findes der af velfærdsteknologi, som giver mening at bygge ind ved en renovering?",
                   "Hva finnes det av velferdsteknologi for eldre som bor alene?",
                   "Hvad for noget teknologi bør vi tænke på de næste fem år?"});
  CHECK_FALSE(need_intent("Hvad findes der af sengealarmer, som kan tåle vask?").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Hvilken type sengealarm kan I anbefale?").undecided);
  CHECK_FALSE(need_intent("Personalet fik en introduktion til sengealarmen i går. Vi søger en ny.").undecided);
  // What could be relevant or make sense for us, what the municipality has of it, and a
  // brainstorm's ideas leave the choice to the reader.
  check_undecided({"Kan I sende en oversigt over, hvad I har, og hvad der kunne være relevant?",
                   "Jeg vil gerne høre, hvad I har af velfærdsteknologi, og hvad I tror kunne give mening hos os.",
                   "Personalet har i en brainstorm nævnt apps, påmindelser og sensorer.",
                   "Could you tell us what might be relevant?"});
  CHECK_FALSE(need_intent("Vi søger en sengealarm, der er relevant for beboere med demens.").undecided);
  CHECK_FALSE(need_intent("Vi ved præcis, hvad vi har brug for: en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Vi er åbne for det meste, der kan hjælpe ham med at sove.").undecided);
  // Nobody has said what matters most or which problem it is; a frame, a group or a problem
  // not set, nothing clear or concrete in mind, or open to anything.
  check_undecided(
      {"Der står ikke noget om, hvad der er vigtigst.", "Ingen har sagt, hvilke af dem der er problemet.",
       "Nobody has said which of them matters most.", "Nobody has said who the flat is mainly for.",
       "Ingen har sagt, hvem lejligheden er til.",
       "Der er ikke sat nogen ramme, målgruppe eller problemstilling endnu.", "I don't have a clear problem yet.",
       "I don't have a specific child or problem in mind yet.",
       "I haven't got any specific area, service or target in mind yet.",
       "Vi har ikke nogen bestemte kunder eller problemer i tankerne endnu.",
       "Han har ikke tænkt over konkrete ting endnu.", "De sa själva att de är öppna för allt.",
       "We are open to anything: sensors, robots, apps.",
       "We are completely open regarding disease area, target group and type of technology.",
       "Vi er åbne med hensyn til målgruppe og teknologi.",
       // open by choice, no agreement on what to include, no group chosen
       "We are deliberately open: it could be sensors, robots, apps or AI.",
       "Der var ikke enighed om, hvad der skal med, eller hvad der er vigtigst.",
       "Vi har ikke valgt, hvilken gruppe børn det skal være til.",
       // thinking of everything
       "Jag tänker på allt möjligt: träning, trygghet, att ta sig fram, hjälp i badrummet.",
       // nothing chosen, said with the pronoun first
       "Intet er prioriteret, og jeg ved ikke, hvad baggrunden var.", "Nothing has been decided yet.",
       "Ingen ting er prioritert.",
       // not knowing what to ask for
       "Jeg ved ikke, hvad der findes, eller hvad jeg skal bede om.", "We are not sure what to ask for.",
       "Jeg ved ikke rigtig, hvad jeg skal spørge om.",
       // ... or what it would be, or what the municipality itself uses
       "Men jeg ved ikke, hvad det skulle være, og det gør hun heller ikke.",
       "Problemet är att ingen av oss vet vad det borde vara.", "Kan I sende os en oversigt over, hvad I bruger i dag?",
       // someone to come and tell about it, a talk as a briefing is
       "Måske kan en af jer komme og fortælle om det på et møde i efteråret?",
       "Could one of you come and tell us about it at our network meeting?",
       // ... or to a staff meeting, or what the municipality has sent
       "Kan I sende mig det, I har, og måske komme ud på et personalemøde i foråret?",
       "Kan dere komme ut på et personalmøte?", "Could you send us what you have?",
       // wanting to take part without knowing in what
       "Jeg vil gerne være med til noget velfærdsteknologi, men ved ikke helt hvad.",
       // not knowing what makes sense or whom it is for, a bit of everything, what the municipality has
       "Jeg ved ikke, hvad der giver mening, eller hvem det skal være til.",
       "På en arbetsplatsträff kom det upp lite av varje.", "Hvad har kommunen af teknologi til den slags?",
       // what to choose asked, or agreed on but for what
       "Vi er enige om, at vi gerne vil have noget velfærdsteknologi til dem, men ikke om hvad.",
       "Hvad kan I tilbyde, og hvad skal vi vælge?",
       // whatever else they have not thought of
       "We would like to know what exists for her at home, at school and anything else we haven't thought of.",
       // not knowing what would work, or afraid to buy the wrong thing
       "Kan I ikke kigge på, hvad der findes? Jeg ved ikke, hvad der ville virke bedst.",
       "Jag vet inte vad som skulle fungera för henne.", "I don't want to buy the wrong thing for her.",
       // what others use, a survey
       "Hvad bruger andre opholdssteder, og hvad bør vi anskaffe?",
       // anything will do
       "Kan I sende en liste over teknologi, der kan spare timer? Det kan være hvad som helst.",
       // not about a particular group or problem
       "Det handler ikke om bestemte elever eller et bestemt problem.", "It is not about a specific group or problem.",
       // what kind of welfare technology there is
       "I would like to understand what kind of welfare technology Danish municipalities provide.",
       // all the areas named, or all areas
       "Kan du lave en oversigt over, hvad der findes inden for alle tre områder?",
       "I am interested in all areas (elder care, disability, health and so on)."});
  CHECK_FALSE(need_intent("Intet andet har virket, så vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Vi ved godt, hvad det skal være: en sengealarm til natten.").undecided);
  CHECK_FALSE(need_intent("Det giver mening at købe en sengealarm til natten.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm, som kan tåle hvad som helst.").undecided);
  CHECK_FALSE(need_intent("Ingen ting har virket, så vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Det handler ikke om bestemte sengealarmer, men om en der virker.").undecided);
  CHECK_FALSE(need_intent("Vi er åbne for alt, hvad der kan hjælpe ham med at sove.").undecided);
  CHECK_FALSE(
      need_intent("Vi søger en sengealarm. Vi ved, hvad der ville virke: en sensor under madrassen.").undecided);
  CHECK_FALSE(need_intent("Vi har ikke valgt leverandør til sengealarmerne endnu.").undecided);
  CHECK_FALSE(need_intent("Der var enighed om, at vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Vi søger en faldalarm og er åbne med hensyn til, hvordan den bæres.").undecided);
  CHECK_FALSE(need_intent("Ingen har sagt, hvad den må koste.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Ingen har sagt, hvem der skal betale.").undecided);
  CHECK_FALSE(need_intent("Aftenvagten har ikke set noget.").undecided);  // Danish "set" is seen
  CHECK_FALSE(need_intent("Vi søger en klar og tydelig skærm til borgeren.").undecided);
  CHECK_FALSE(need_intent("Vi har en sengealarm, men ved ikke, hvad vi skal gøre ved de falske alarmer.").undecided);
  // How technology in general can help: a strategy's question.
  for (const char* text :
       {"Vi vil gerne vide, hvordan teknologi kan bidrage til at styrke fællesskaberne.",
        "Vi skal se på, hvordan velfærdsteknologi og hjælpemidler kan understøtte den grønne omstilling.",
        "Hur kan tekniken stödja strategin?", "We want to know how digital solutions could support the new policy.",
        "Kunne I give os et overblik over, hvad teknologi kan byde ind med i forhold til hjemmebesøgene?"}) {
    INFO(text);
    CHECK(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Hvordan kan vi opdage fald om natten?").undecided);
  // Whether technology can help, as how it can; not a technology described.
  check_undecided({"Forvaltningen har bedt os vurdere, om velfærdsteknologi kan bidrage til noget af det.",
                   "We are asked whether technology could support the new strategy."});
  CHECK_FALSE(need_intent("Vi vil gerne høre om teknologi, der kan opdage fald om natten.").undecided);
  // In the frame of a policy, a strategy or an overview it is a strategy's question; a
  // concrete problem asked the same way is not.
  CHECK(need_intent("I den nye politik for medborgerskab står der meget om frivillige. Vi vil gerne vide, hvordan "
                    "teknologi kan bidrage til at styrke fællesskaberne.")
            .asks_strategy);
  CHECK(need_intent("Kunne I give os et overblik over, hvad teknologi kan byde ind med i forhold til hjemmebesøgene?")
            .asks_strategy);
  CHECK_FALSE(need_intent("Hvordan kan teknologi hjælpe os med at opdage fald om natten?").asks_strategy);
  CHECK_FALSE(need_intent("How can technology help us detect falls at night in our nursing homes?").asks_strategy);
  // No concrete product, problem or project in mind: a question to talk over. A specific
  // product asked for is a need.
  check_undecided({"We are not looking for a specific product right now; we would like some input.",
                   "Vi har ikke et konkret problem, vi skal løse, men spørgsmålet skal med i revisionen.",
                   "Vi har ikke noget konkret indkøb i gang lige nu, men vil gerne være klar.",
                   "We have no specific procurement planned yet.", "Vi har inte någon konkret lösning i tankarna.",
                   "Vi har ikke en konkret målgruppe eller et problem, vi vil løse.",
                   "We have no specific target group in mind yet.", "Vi har ingen konkret sag lige nu.",
                   "Vi har ikke nogen konkret opgave eller borgergruppe i tankerne.",
                   "Jeg har ikke et konkret eksempel.", "Jag har inga särskilda brukare eller grupper i tankarna.",
                   "Der er ikke peget på et bestemt plejecenter.", "Jeg har ikke noen bestemt beboer i tankene.",
                   "Jeg har ikke låst mig fast på noget bestemt.", "Det behöver inte vara genomtänkt än, bara idéer.",
                   // the negation six words before ("Hverken personalet eller Frederik selv ser særlige problemer")
                   "Hverken personalet eller Frederik selv ser særlige problemer lige nu."});
  CHECK_FALSE(need_intent("Vi har en bestemt beboer i tankerne, som falder om natten.").undecided);
  CHECK_FALSE(need_intent("Et konkret eksempel: en beboer falder hver nat.").undecided);
  CHECK_FALSE(need_intent("Vi har ikke plads på det bestemte plejecenter til en lift.").undecided);
  // No needs formulated or known yet.
  check_undecided({"Der er ikke formuleret konkrete behov eller krav endnu.",
                   "Det kan handle om planlægning eller kommunikation – vi ved det ikke endnu.",
                   "We have not yet formulated any needs.", "Kan I give et bud på, hvad markedet har at tilbyde?",
                   "Kan I se, hvad markedet har at byde på?",
                   "De har ikke nogen bestemt gruppe beboere eller børn i tankerne.",
                   // a briefing wished for, challenges not chosen, nor what it is to be about
                   "Rådmannen ønsker et notat om hva som finnes i markedet.",
                   "Vi har ikke valgt, hvilke udfordringer vi vil starte med.",
                   "Vi har endnu ikke besluttet, om det skal handle om børn eller voksne."});
  CHECK_FALSE(need_intent("Vi har endnu ikke besluttet, om vi skal købe eller leje liftene.").undecided);
  CHECK_FALSE(need_intent("Vi har en bestemt gruppe beboere i tankerne: dem med demens.").undecided);
  CHECK_FALSE(need_intent("Vi ved ikke, hvornår borgeren vågner om natten.").undecided);
  CHECK_FALSE(need_intent("Vi søger et konkret produkt, der kan vaske gulve om natten.").undecided);
  CHECK_FALSE(need_intent("Vi har en konkret målgruppe: borgere med demens, der går om natten.").undecided);
  CHECK_FALSE(need_intent("Vi har et konkret indkøb af sengealarmer i gang.").undecided);
  // Where the market is heading: a trend asked for, no problem.
  check_undecided({"Kan I give os et billede af, hvor markedet bevæger sig hen?",
                   "We would like to know where the market is heading."});
  // Where it makes sense to start, as where to start.
  check_undecided({"Hvad findes der derude, og hvor giver det mening at starte?",
                   "What is out there, and where does it make sense to start?"});
  // A text that opens as a list of themes names fields to talk about; a theme in a sentence does not.
  check_undecided({"Temaer til dialogmødet: tryghed, rekruttering og grøn omstilling.",
                   "Themes for the market dialogue: safety, staff retention and data."});
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Temaer som tryghed fylder meget.").undecided);
  // So does a later sentence that opens as one (a forwarded mail's list).
  check_undecided({"Nedenstående kom fra regionen. Temaer fra vores workshop: fald, ensomhed, medicin og pårørende."});
  // So do keywords noted, or all sorts of things thought of, before a colon.
  check_undecided({"På personalemødet skrev vi stikord på tavlen: nøgler, nødkald, medicin kl. 22, vendinger.",
                   "Jeg har tænkt på alt muligt: bad og toilet, madlavning, vasketøj og døre.",
                   "We wrote keywords on the board: keys, alarms, medicine.",
                   "På mødet talte vi om alt det, vi savner: hjælp om natten, måltiderne, søskende."});
  CHECK_FALSE(need_intent("Vi søger en nøgleboks til hjemmeplejen, og vi har tænkt på alt muligt.").undecided);
  // So do ideas listed after a colon; one idea explained is a need.
  check_undecided(
      {"Eleverne har skrevet idéer: en robot der går tur med hunden, en der spiller kort, en der "
       "husker pillerne.",
       "Staff came up with ideas: robots, VR, video, sensors."});
  CHECK_FALSE(need_intent("Vi søger en robot. Idéen er enkel: den skal gå tur med hunden, også om aftenen.").undecided);
  // ... also as sentences of their own up to the end of the line; a line ended after one is
  // one idea, and a need follows.
  check_undecided(
      {"Løse idéer fra mødet: Kirsten glemmer replikker. Flere i salen hører dårligt. Trappen er stejl.\n"
       "Formanden skriver til kommunen."});
  CHECK_FALSE(need_intent("Idéer fra mødet: en robot, der går tur med hunden.\nVi søger en robot. Den skal gå tur. "
                          "Den skal kunne gå i regn.")
                  .undecided);
  // So do two or more vague "something for" ideas in a sentence; "noget, der …" describes
  // the thing asked for.
  check_undecided({"Det kunne være noget med påmindelser, noget med tryghed om natten, noget så Mads klarer mere.",
                   "Kanskje noe for søvn, noe for skolen?", "Maybe something for sleep and something about school.",
                   "Kanske något mot ensamhet och något för kvällarna."});
  CHECK_FALSE(need_intent("Vi søger noget, der opdager vand på gulvet, og noget, der tørrer det.").undecided);
  CHECK_FALSE(need_intent("Vi søger en lampe med noget lys og et ur med noget lyd.").undecided);
  // A briefing owed to politicians or managers (an oplæg, a notat, input) asks for knowledge
  // of a field; a talk heard, or a journal note a product writes, is no such request.
  check_undecided({"Udvalget har bedt forvaltningen om et oplæg om etik, samtykke og værdighed.",
                   "Direktionen har bedt os om et kort notat inden næste udvalgsmøde.",
                   "Kan I komme med input til, hvad vi bør tænke ind?", "Input til temadag i udvalget.",
                   "I have been asked to bring some input from the market to the next meeting.",
                   "Min chef beder mig svare inden mødet. Har du noget input, jeg kan bruge?",
                   "Har du noe input til møtet?", "Do you have any input for the board?",
                   // ... or a few lines written or sent
                   "Kan I sende mig et par linjer om, hvad man ved, inden udvalgsmødet?",
                   "Could you write a few lines for the director?",
                   // ... or a section of a plan
                   "Ledelsen har bedt os om et afsnit om teknologi til medicin om aftenen og natten.",
                   "Förvaltningschefen vill att vi lägger till ett avsnitt om välfärdsteknik.",
                   "I'd like the plan to include a section on welfare technology."});
  CHECK_FALSE(need_intent("Vi søger en app, der viser bussens linjer og tider.").undecided);
  CHECK_FALSE(need_intent("På afsnit 2 om natten er vi to, og vi søger en sengealarm til beboerne.").undecided);
  CHECK_FALSE(need_intent("Efter et oplæg på en konference vil vi gerne have en sengealarm.").undecided);
  // A note to procurement states a purchase.
  CHECK_FALSE(
      need_intent("Notat til indkøb – plejesenge til hjemmesygeplejen. Sengen skal kunne veje borgeren.").undecided);
  CHECK(need_intent("Notat til udvalget om velfærdsteknologi i hjemmeplejen.").undecided);
  // Nor does a note from procurement, or one that records a visit.
  CHECK_FALSE(need_intent("Notat fra indkøbskonsulent. Vi søger nye nødkaldsenheder.").undecided);
  CHECK_FALSE(need_intent("Notat efter hjemmebesøg – visitator. Han ønsker en rollator til skovture.").undecided);
  CHECK_FALSE(need_intent("Notat fra netværksmøde om Oliver. Han har brug for en talemaskine.").undecided);
  CHECK_FALSE(need_intent("Notat fra neuroteamet, til Jens:\nVi vil gerne kunne træne hver finger for sig.").undecided);
  // ... or a group's or a shift's, and one to the consultant named first
  CHECK_FALSE(need_intent("Notat fra aftengruppen, Hadsten\nKan vi finde noget, så strømpen glider let af?").undecided);
  CHECK_FALSE(need_intent("Notat fra Lone, teamleder – til Mette (velfærdsteknologi)\nKan vi finde en strømpeaftager?")
                  .undecided);
  // ... and so is one from a therapist, nurse or educator.
  CHECK_FALSE(
      need_intent("Notat fra fysioterapeut, helsestasjonen\nBehov: en lekematte som registrerer mageleie.").undecided);
  CHECK_FALSE(need_intent("Notat fra sygeplejersken i hjemmeplejen: Vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Memo från mötet med dagverksamheten. Vi behöver en duschstol.").undecided);
  // ... or from their service.
  CHECK_FALSE(
      need_intent("Notat fra fysioterapitjenesten\nVi ønsker et verktøy der:\n– programmet kommer på mobil").undecided);
  CHECK_FALSE(need_intent("Notat fra hjemmeplejen. Vi søger en sengealarm.").undecided);
  CHECK_FALSE(need_intent("Notat fra bostøtten, voksenhandicap\nVi har talt om en sensor på maven.").undecided);
  // ... also headed by the team with no "fra"; one to or about a team may still ask for one.
  CHECK_FALSE(need_intent("Notat, KOL-holdet, afsluttende samtale 4/11\nAftalt: Vi undersøger en lille alarm, han kan "
                          "have på sig ude.")
                  .undecided);
  CHECK_FALSE(need_intent("Notat hjemmeplejen syd, 12/3\nVi undersøger en sengealarm.").undecided);
  CHECK(need_intent("Notat om hjemmeplejens brug af velfærdsteknologi til udvalget.").undecided);
  // ... or by its consultant or centre, and a committee's note records its meeting.
  CHECK_FALSE(need_intent("Notat, afasikonsulent, Kommunikationscentret\n\nPoul, 62, fik en blodprop for et år "
                          "siden. Han skal kunne skrive til lægen med billeder.")
                  .undecided);
  CHECK_FALSE(
      need_intent("Notat fra byggeudvalget – nyt plejecenter\nVi søger lys, der følger døgnet, i fællesarealerne.")
          .undecided);
  // A note to the welfare-technology team brings it a need to screen.
  CHECK_FALSE(
      need_intent("Notat fra hjerterehabiliteringen til velfærdsteknologiteamet: Vi mangler en saltmåler.").undecided);
  // So does one to the assistive-devices team, from whoever writes it.
  CHECK_FALSE(need_intent("Notat fra nattens teamleder, Hjemmeplejen Syd (til hjælpemiddelkonsulenten):\n"
                          "- Vi vil gerne have en personløfter med i natbilerne.")
                  .undecided);
  // ... or to the assessors who grant aids and care.
  CHECK_FALSE(need_intent("Notat til visitator i hjemkommunen. Fra ergoterapeut, Brandsårsafsnittet.\n"
                          "Vi beder om noget ved komfuret, der selv slukker for strømmen.")
                  .undecided);
  // A written answer asked for, as a councillor asks the mayor, is a briefing; an answer
  // a product gives is not.
  check_undecided({"Hvilke planer har administrationen? Jeg beder om et skriftligt svar inden byrådsmødet.",
                   "Which plans does the administration have? I ask for a written answer before the council meets."});
  CHECK_FALSE(need_intent("Vi søger en app, hvor borgeren får svar fra sygeplejersken samme dag.").undecided);
  // So is a talk asked for ("et indlæg om"); pads ("indlæg") are no talk.
  check_undecided({"Vi vil gerne have et indlæg om, hvilken teknologi man skal se efter i sin nye bolig."});
  CHECK_FALSE(need_intent("Hun skal have indlæg, der ikke flytter sig, når hun spiller badminton.").undecided);
  // A note from a person may still be the briefing asked for.
  CHECK(need_intent("Notat fra direktøren til udvalget om velfærdsteknologi i hjemmeplejen.").undecided);
  CHECK_FALSE(need_intent("Medarbejderen skal altid stå inde for notatet, som appen skriver.").undecided);
  // What to invest in, give priority to or look at, asked with words between.
  check_undecided({"Hva bør en mellomstor kommune som vår egentlig satse på de neste fem årene?",
                   "What should a municipality like ours invest in next?", "Hvilke områder bør vi prioritere først?",
                   "Kan radaren sige noget om, hvad vi bør kigge nærmere på?", "What should we focus on first?",
                   // ... or which technology to name in a policy
                   "Kan I skrive 5-6 linjer om, hvilken teknologi vi skal nævne her?",
                   "Vilken teknik ska vi nämna i planen?",
                   // ... or write into it, or include
                   "Ældreudvalget vil have konkrete teknologier med. Kan I foreslå, hvilke vi skal skrive ind?",
                   "Which technologies should the policy name?", "Which kinds of solutions should we include?",
                   // a list of everything, or what the municipality can offer
                   "Hvad kan I tilbyde? Kan I sende en liste over det hele, så vi kan kigge på det i weekenden?",
                   "Could someone send me a list of everything that's available for someone like me?",
                   "Could you send me an overview of what exists and what the municipality can offer?",
                   // which people to focus on not known, a technology not pointed out
                   "We don't know which guests to focus on or what is most needed.",
                   "Vi har ikke peget på nogen bestemt teknologi eller opgave endnu."});
  CHECK_FALSE(need_intent("Vi søger en talemaskine på arabisk. Kan I tilbyde noget sådant?").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm og vil gerne vise, hvad vi kan tilbyde beboerne.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm og vil høre, hvad leverandørerne kan tilbyde.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Vi skal nævne for borgeren, hvilken alarm hun får.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Hvad skal vi skrive i journalen, når den går?").undecided);
  CHECK_FALSE(need_intent("Hvad skal vi bruge pengene til? Vi søger en sengealarm.").undecided);
  // ... or what to go for ("hvad vi burde gå efter"), but not what someone should walk with.
  check_undecided({"Kan du give mig et overblik over, hvad markedet har, og hvad vi burde gå efter?",
                   "Which of them should we go for first?"});
  CHECK_FALSE(need_intent("Terapeuten ved, hvad borgeren bør gå med udendørs.").undecided);
  // Help asked to get going at all, what it is to solve left unsaid, nothing to decide yet.
  check_undecided({"Kan du hjælpe mig med at komme i gang?", "Kan dere hjelpe oss med å komme i gang?",
                   "Kan ni hjälpa oss att komma igång?", "Can you help us get started?",
                   "Sagsbehandlerne har foreslået apps og robotter, men ingen har sagt, hvad det skal løse.",
                   "I don't want to decide anything yet, I just want to understand the options.",
                   "Vi har ikke bestemt os for noget endnu.", "We have not decided on anything."});
  CHECK_FALSE(need_intent("Vi har bestemt os for en sengealarm og søger nu en leverandør.").undecided);
  CHECK_FALSE(need_intent("Vi har bestemt os for noget enkelt: en sengealarm.").undecided);
  // No idea what to choose, with nothing named to choose among.
  check_undecided({"Jeg aner ikke, hvad vi skal vælge.", "Vi vet inte vad vi ska välja.",
                   "Honestly, we have no idea what to choose."});
  CHECK_FALSE(need_intent("Jeg ved, hvad vi skal vælge: en sengealarm.").undecided);
  // Nobody has decided the focus.
  check_undecided({"Nobody has decided which group, problem or service we would work with.",
                   "Ingen har besluttet, hvilken målgruppe vi skal arbejde med."});
  CHECK_FALSE(need_intent("Ingen har besluttet, hvilken leverandør vi vælger.").undecided);
  // Suggestions asked for technology in a field, as a briefing.
  check_undecided({"Ledelsen har bedt os komme med forslag til 'velfærdsteknologi i hjemmetræningen'.",
                   "We were asked for suggestions for technology in our day centres."});
  CHECK_FALSE(need_intent("Vi har forslag til en sengealarm, der kan bruges om natten.").undecided);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Den skal være nem at komme i gang med.").undecided);
  // What the technology or the money is to be used for: the means without the problem.
  check_undecided({"Vi har ikke talt med medarbejderne om, hvad det skulle bruges til.",
                   "Nu skal vi finde ud af, hvad midlerne skal bruges på.",
                   "We have not yet agreed what the headsets should be used for."});
  CHECK_FALSE(need_intent("Vi søger en lift, der kan bruges til at flytte borgeren fra sengen.").undecided);
  // What a thing is used for, told without a modal, is no such question.
  CHECK_FALSE(need_intent("Borgerne ved ikke, hvad medicinen bruges til. Vi søger en app.").undecided);
  CHECK_FALSE(need_intent("She does not know what the tablets are used for.").undecided);
  // Such a question is to clarify even when its request names a concept (the field it
  // hopes to help), and a product covers it.
  auto strategy = specific_need(
      "Med den nye ældrepolitik vil vi gerne vide, hvordan teknologi kan bidrage til at styrke nattilsynet.");
  strategy.aspects[0].requested = true;
  const std::vector<SolutionMatch> covering{solution("sol-a", 0.9, {"nattilsyn", "sensor"})};
  CHECK(decide(strategy, covering, {}, {}).decision == "clarify");
  strategy.intent.asks_strategy = false;
  CHECK(decide(strategy, covering, {}, {}).decision != "clarify");
  CHECK_FALSE(need_intent("Teknologien skal kunne bruges af alle, uanset hvordan de bor.").undecided);
  // Not having chosen a product, a supplier or a technique is a need that has chosen what.
  for (const char* text :
       {"Vi har endnu ikke besluttet, hvilken leverandør vi vælger.", "Vi har ikke valgt leverandør endnu.",
        "Vi har endnu ikke besluttet, om vi vil leje eller købe liftene."}) {
    INFO(text);
    CHECK_FALSE(need_intent(text).undecided);
  }
  CHECK_FALSE(need_intent("Alle borgere skal kunne bruge den.").undecided);
  CHECK_FALSE(need_intent("Vi vil gerne have forslag til en sengealarm.").undecided);
  // A request that allows for alternatives still asks for what it names.
  CHECK_FALSE(need_intent("Vi søger en sengealarm eller noget andet, der opdager fald.").undecided);
  // Open about how, not about what: the need has chosen what to work on.
  CHECK_FALSE(need_intent("Vi er åbne over for alle idéer til, hvordan det kan løses.").undecided);
  CHECK_FALSE(need_intent("We are open to all ideas on how to solve it.").undecided);
  // Topics its wishes touch on ("meningsfuld hverdag", "opskalering") do not make it specific.
  auto topic = concept_aspect("meningsfulde aktiviteter", 0.6, true);
  auto need = need_of({topic, concept_aspect("værdighed", 0.3, false)}, 60);
  need.intent = need_intent("Vi har endnu ikke lagt os fast på et bestemt område, men ønsker løsninger, der gør en forskel.");
  CHECK(screen(need, {}).decision == "clarify");
  // A request that names what a product must do is specific: the openness is about how.
  need.aspects.front().requested = true;
  CHECK(screen(need, {}).decision == "develop");
  // One that says it has no particular problem or people in mind has chosen nothing, whatever
  // its request names; open to any product, it has chosen what to solve.
  need.intent = need_intent(
      "Vi har ikke en bestemt gruppe eller et problem, vi vil have løst. Kan I fortælle, hvad "
      "der findes?");
  CHECK(need.intent.nothing_concrete);
  CHECK(screen(need, {}).decision == "clarify");
  CHECK(need_intent("We have no particular citizens or problem in mind.").nothing_concrete);
  CHECK_FALSE(
      need_intent("Vi har ikke lagt os fast på en bestemt løsning og er åbne over for alle idéer.").nothing_concrete);
  CHECK_FALSE(need_intent("Vi har endnu ikke lagt os fast på et bestemt område.").nothing_concrete);
  need.intent =
      need_intent("Vi har endnu ikke lagt os fast på et bestemt område, men ønsker løsninger, der gør en forskel.");
  // ... but not one that names it only in a question that asks no product ("Hvor længe skal en
  // afprøvning køre?"): the writer wonders about it.
  need.aspects.front().requested_in_questions_only = true;
  CHECK(screen(need, {}).decision == "clarify");
  need.aspects.front().requested_in_questions_only = false;
  // ... nor one that names it only among the wishes it lists ("der kom mange ønsker på
  // bordet:\n- apps til angst\n- ..."): themes it has not chosen among.
  need.aspects.front().requested_in_lists_only = true;
  CHECK(screen(need, {}).decision == "clarify");
  need.aspects.front().requested_in_lists_only = false;
  // ... nor one that names it only where it says it has not chosen ("Kan du sende et bud på,
  // hvad der findes til træning?"): the field of the question.
  need.aspects.front().requested_where_undecided_only = true;
  CHECK(screen(need, {}).decision == "clarify");
  need.aspects.front().requested_where_undecided_only = false;
  // ... nor one that names only a technology to use.
  need.aspects.front().means = true;
  CHECK(screen(need, {}).decision == "clarify");
  // A need that asks to develop has chosen what to work on.
  need.aspects.front().means = false;
  need.aspects.front().requested = false;
  need.intent = need_intent("Vi vil gerne udvikle noget nyt og er åbne over for alle idéer.");
  CHECK(screen(need, {}).decision == "develop");
}

TEST_CASE("a product that does what the request names is to buy though the need opens with its problem", "[decision]") {
  // "... de taber muskelkraft og får problemer med blodtrykket. Vi søger et vippeleje, hvor
  // borgeren kan rejses op mod stående": the problems are the heaviest essentials, the
  // product is what the request names. Every case below covers at least half of the need,
  // so only the request decides.
  auto product = concept_aspect("vippeleje", 0.2, true);
  auto standing = concept_aspect("ståfunktion", 0.2, false);
  product.requested = standing.requested = true;
  auto need = need_of({concept_aspect("muskelstyrke", 0.25, true), product, standing,
                       concept_aspect("mobilisering", 0.2, false), concept_aspect("blodtryk", 0.15, false)},
                      30);
  const std::vector<bool> request_covered{false, true, true, true, false};
  CHECK(is_buy_instead(need, request_covered, "market"));
  // The request's heaviest concept must be covered ...
  CHECK_FALSE(is_buy_instead(need, {false, false, true, true, true}, "market"));
  // ... and all of its others but one.
  need.aspects[4].requested = true;
  CHECK(is_buy_instead(need, request_covered, "market"));
  // A request that names nothing of the thesaurus leaves the essentials to decide.
  for (auto& plan : need.aspects) plan.requested = false;
  CHECK_FALSE(is_buy_instead(need, request_covered, "market"));
}

TEST_CASE("what no market solution covers names what must be solved, not the need's framing", "[decision]") {
  auto setting = concept_aspect("demensafsnit", 0.1, false);
  setting.aspect.role = "where";
  auto motive = concept_aspect("arbejdsmiljø", 0.1, false);
  motive.aspect.role = "why";
  auto plain_word = concept_aspect("roligt", 0.05, false);  // "ligger roligt": a word around the core
  plain_word.from_thesaurus = plain_word.domain = false;
  auto need = need_of({concept_aspect("nattilsyn", 0.35, true), concept_aspect("sengealarm", 0.25, false), setting,
                       motive, plain_word},
                      20);
  const std::vector<SolutionMatch> none_fit{solution("kaldeanlæg", 0.5, {})};
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "sengealarm"});
  // A plain word is a gap where it is essential: the need names no concept to hold on to.
  need.aspects[4].aspect.essential = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "sengealarm", "roligt"});
  // The condition of the people served ("beboere med tryksår") is their situation, no gap.
  need.aspects[1].condition = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "roligt"});
  need.aspects[1].condition = false;
  // Nor is what the need tells it has ("Vi har sengealarmer, men …") or sets aside.
  need.aspects[1].background = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "roligt"});
  need.aspects[1].background = false;
  // Where the need requests a concept, one its story tells only ("bliver meget urolige"
  // beside "Vi vil gerne have, at bleen selv giver besked") is no gap, unless essential or
  // asked for.
  need.aspects[0].requested = need.aspects[0].asked = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "roligt"});
  need.aspects[1].qualifying = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "sengealarm", "roligt"});
  need.aspects[1].qualifying = false;
  need.aspects[1].asked = true;
  CHECK(uncovered_aspects(need, none_fit) == std::vector<std::string>{"nattilsyn", "sengealarm", "roligt"});
  need.aspects[1].asked = need.aspects[0].requested = need.aspects[0].asked = false;
  // A pilot covers no gap of the market.
  SolutionMatch pilot = solution("sengesensor-pilot", 0.6, {"nattilsyn"});
  pilot.maturity = "pilot";
  CHECK(uncovered_aspects(need, std::vector<SolutionMatch>{pilot, solution("sengealarm", 0.5, {"sengealarm"})}) ==
        std::vector<std::string>{"nattilsyn", "roligt"});
  // A need too vague to screen says nothing of what the market lacks.
  need.content_words = 2;
  REQUIRE(screen(need, none_fit).decision == "clarify");
  CHECK(uncovered_aspects(need, none_fit).empty());
}

TEST_CASE("a product using a technology the need rules out is no basis for a decision and covers nothing", "[decision]") {
  AnalysedNeed need = specific_need("Nattilsyn med sensor til borgere med demens. Det må ikke have kamera.");
  RuledOut camera;
  camera.plan = concept_aspect("kamera", 0, false);
  need.ruled_out = {camera};
  SolutionMatch with_camera = solution("kamera-tilsyn", 0.9, {"nattilsyn", "sensor", "demens"});
  with_camera.conflicts = {"kamera"};
  const std::vector<SolutionMatch> only_camera{with_camera};
  // It covers the whole need on paper, yet it is no dialogue to hold and covers nothing.
  CHECK(screen(need, only_camera).decision == "develop");
  CHECK(uncovered_aspects(need, only_camera) == std::vector<std::string>{"nattilsyn", "sensor", "demens"});
  // Beside a product that fits, the one that fits is the basis, and the reasons say why.
  const std::vector<SolutionMatch> both{with_camera, solution("radar-tilsyn", 0.7, {"nattilsyn", "sensor"})};
  const Screening screening = screen(need, both);
  REQUIRE(screening.basis != nullptr);
  CHECK(screening.basis->id == "radar-tilsyn");
  const Verdict verdict = explain(need, screening, {}, uncovered_aspects(need, both));
  REQUIRE_FALSE(verdict.reasons.empty());
  CHECK(verdict.reasons.back().find("udelukker kamera") != std::string::npos);
  // A need that rules nothing out says nothing of it.
  const Verdict plain = explain(specific_need("Nattilsyn med sensor."), screening, {}, {});
  CHECK(std::none_of(plain.reasons.begin(), plain.reasons.end(),
                     [](const std::string& reason) { return reason.find("udelukker") != std::string::npos; }));
}

TEST_CASE("a question of conduct is for clarification unless the need also asks for something a product does",
          "[decision]") {
  for (const char* text :
       {"Må vi afprøve et produkt uden CE-mærkning hos borgere?",
        "Vi skal vide, om vi overhovedet må opkræve egenbetaling.",
        "Direktionen har bedt os om et oplæg til, hvordan ansvaret for drift og support skal placeres.",
        "Can we legally require staff to use their own phones, and who is responsible if one is lost?",
        "Hvem ejer resultatet, når projektet er slut?", "Hvad er fordele og ulemper ved at lease?",
        "Är det tillåtet att filma i boendet?", "Hvem har ansvaret, hvis en sensor svigter?",
        "Hvordan gør de det i praksis, og hvad kræver det af os juridisk?", "Vad innebär det juridiskt för kommunen?",
        "Beboerne har selv købt kameraer. Hvad gælder egentlig her, og hvordan håndterer andre kommuner det?"}) {
    INFO(text);
    CHECK(need_intent(text).asks_conduct);
  }
  // The words elsewhere say what a product must do or what exists.
  CHECK_FALSE(need_intent("Løsningen skal overholde reglerne om samtykke.").asks_conduct);
  CHECK_FALSE(need_intent("Sygeplejersken har ansvaret for medicinen.").asks_conduct);
  CHECK_FALSE(need_intent("Hvilke løsninger findes der, og hvordan håndterer de samtykke?").asks_conduct);
  CHECK_FALSE(need_intent("Kan vi få en sengealarm, der virker om natten?").asks_conduct);
  CHECK_FALSE(need_intent("Vi søger en sengealarm. Det gælder især om natten.").asks_conduct);
  // A relative "who", "om" before an article, and what products comply with or come in.
  CHECK_FALSE(need_intent("We need a dispenser for residents who are responsible for their medicine.").asks_conduct);
  CHECK_FALSE(need_intent("Vi søger dokumentation om de ældres samtykke.").asks_conduct);
  CHECK_FALSE(need_intent("Hvilken model af loftlift passer til små rum?").asks_conduct);
  CHECK_FALSE(need_intent("Kan sengealarmen overholde GDPR?").asks_conduct);
  CHECK_FALSE(need_intent("Findes der et system, der giver juridisk vejledning til borgerne?").asks_conduct);
  // A question that names what it asks for asks for a product.
  CHECK_FALSE(need_intent("Findes der en løsning, hvor ansvaret for medicinen er tydeligt?").asks_conduct);
  // Developing as the case a question of conduct is about is no request to develop; asked
  // for beside it, it is.
  const auto owns = need_intent(
      "Hvis vi går ind i et innovationsprojekt, og vores medarbejdere er med til at udvikle produktet, hvem ejer så "
      "resultatet bagefter?");
  CHECK(owns.asks_conduct);
  CHECK_FALSE(owns.develop);
  CHECK(need_intent("Vi vil gerne udvikle en robot sammen med en virksomhed. Hvem ejer resultatet bagefter?").develop);

  auto phone = concept_aspect("mobiltelefon", 0.6, true);
  auto need = need_of({phone, concept_aspect("app", 0.3, false)}, 60);
  need.intent = need_intent("Can we legally require staff to use their own phones for the apps?");
  CHECK(screen(need, {}).decision == "clarify");
  // The reason says what kind of question it is and who answers it, in the need's language.
  need.lang = "en";
  const auto verdict = decide(need, {}, {}, {});
  REQUIRE(verdict.reasons.size() == 2);
  CHECK_THAT(verdict.reasons[0], Catch::Contains("asks what the municipality may or must do"));
  CHECK_THAT(verdict.reasons[1], Catch::Contains("legal, finance or management"));
  need.lang = "da";
  CHECK_THAT(decide(need, {}, {}, {}).reasons[0], Catch::Contains("hvad kommunen må eller skal"));
  // A need that also asks for a product, in a request of its own, is screened.
  need.aspects.front().requested = true;
  CHECK(screen(need, {}).decision != "clarify");
}
