// Idioms built on a concept's word (common/include/radar/idioms.h), shared by the
// matcher's analysis of a need and the indexer's text of a record or page.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "radar/idioms.h"
#include "radar/text.h"

using radar::idiom_words_at;
using radar::tokenize;
using radar::with_case_read_abbreviations;
using radar::without_idiom_words;

TEST_CASE("an idiom is passed over as far as it names no concept", "[idioms]") {
  const auto words = tokenize("Vi ringer i hvert fald, hvis borgeren falder i søvn.");
  // vi ringer i hvert fald hvis borgeren falder i søvn
  CHECK(idiom_words_at(words, 0) == 0);
  CHECK(idiom_words_at(words, 2) == 3);  // "i hvert fald"
  CHECK(idiom_words_at(words, 3) == 0);  // not from its middle
  CHECK(idiom_words_at(words, 7) == 1);  // "falder", not "i søvn"
  CHECK(idiom_words_at(tokenize("i så fall"), 0) == 3);
  CHECK(idiom_words_at(tokenize("he fell asleep"), 1) == 1);
  CHECK(idiom_words_at(tokenize("og nogle falder fra behandlingen"), 2) == 2);  // drop out, no fall
  CHECK(idiom_words_at(tokenize("mange falder fra"), 1) == 2);
  CHECK(idiom_words_at(tokenize("hun falder ned fra stigen"), 1) == 0);  // a fall
  CHECK(idiom_words_at(tokenize("børnene falder fagligt bagud"), 1) == 3);  // fall behind
  CHECK(idiom_words_at(tokenize("de falder bagud i skolen"), 1) == 2);
  CHECK(idiom_words_at(tokenize("pupils fall behind"), 1) == 2);
  CHECK(idiom_words_at(tokenize("hun falder bagover"), 1) == 0);  // a fall backwards
  CHECK(idiom_words_at(tokenize("så att inget faller mellan stolarna"), 3) == 3);  // nobody's task
  CHECK(idiom_words_at(tokenize("opgaven falder mellem to stole"), 1) == 4);
  CHECK(idiom_words_at(tokenize("citizens who fall through the cracks"), 2) == 4);
  CHECK(idiom_words_at(tokenize("hun falder mellem sengen og væggen"), 1) == 0);  // a fall
  CHECK(idiom_words_at(tokenize("et fald i hjemmet"), 1) == 0);
  CHECK(idiom_words_at(tokenize("i hvert"), 0) == 0);  // cut short at the end
  CHECK(idiom_words_at(tokenize("det kan lade sig gøre"), 2) == 3);  // be possible, no battery
  CHECK(idiom_words_at(tokenize("lade telefonen op"), 0) == 0);
  CHECK(idiom_words_at(tokenize("efter et brud med kæresten"), 2) == 2);  // a break-up, no fracture
  CHECK(idiom_words_at(tokenize("etter bruddet med samboeren"), 1) == 2);
  CHECK(idiom_words_at(tokenize("et brud på lårbenshalsen"), 1) == 0);  // a fracture
  CHECK(idiom_words_at(tokenize("en sensor med radar"), 2) == 0);
  CHECK(idiom_words_at(tokenize("vi vil høre, hvad der rører sig"), 3) == 4);  // what is going on
  CHECK(idiom_words_at(tokenize("beboerne rører sig for lidt"), 1) == 0);
  CHECK(idiom_words_at(tokenize("hvad der findes og rører sig på ældreområdet"), 2) == 4);
  CHECK(idiom_words_at(tokenize("vad som finns och rör sig inom äldreomsorgen"), 2) == 4);
  CHECK(idiom_words_at(tokenize("borgeren sidder og rører sig ikke"), 2) == 0);
  CHECK(idiom_words_at(tokenize("noget, jeg kan læse op på"), 3) == 3);  // read up on, not aloud
  CHECK(idiom_words_at(tokenize("appen kan læse op for ham"), 2) == 0);
  CHECK(idiom_words_at(tokenize("løsninger, vi kan søge om som boligændring"), 3) == 4);  // casework
  CHECK(idiom_words_at(tokenize("Den skal kunne bevilges som hjælpemiddel"), 3) == 3);
  // the aids centre an aid is lent through is the channel
  CHECK(idiom_words_at(tokenize("noe vi kan låne ut via hjelpemiddelsentralen"), 3) == 4);
  CHECK(idiom_words_at(tokenize("som kan udlånes fra hjælpemiddeldepotet"), 2) == 3);
  CHECK(idiom_words_at(tokenize("hjælpemiddeldepotet mangler et lagersystem"), 0) == 0);
  // having been told that is no notification
  CHECK(idiom_words_at(tokenize("Vi har fået besked om, at Asta starter"), 2) == 4);
  CHECK(idiom_words_at(tokenize("vi har fået besked på, at vi skal vise noget"), 2) == 4);
  CHECK(idiom_words_at(tokenize("Vi fikk beskjed om å rydde"), 1) == 4);
  CHECK(idiom_words_at(tokenize("nattevagten får besked om fald"), 1) == 0);
  // turning on a coin is a nimble chair, not a turn in bed
  CHECK(idiom_words_at(tokenize("at jeg kan vende og dreje på en femøre i smalle gange"), 3) == 6);
  CHECK(idiom_words_at(tokenize("a chair that can turn on a dime"), 4) == 4);
  CHECK(idiom_words_at(tokenize("personalet skal vende hende i sengen"), 2) == 0);
  CHECK(idiom_words_at(tokenize("vi søger et hjælpemiddel til badet"), 1) == 0);  // an aid sought
  CHECK(idiom_words_at(tokenize("She can lift it to shoulder height"), 1) == 2);  // a verb, no hoist
  CHECK(idiom_words_at(tokenize("staff lift him twice a night"), 1) == 1);
  CHECK(idiom_words_at(tokenize("a ceiling lift in the bedroom"), 1) == 0);
  CHECK(idiom_words_at(tokenize("the lift is too wide"), 1) == 0);
  CHECK(idiom_words_at(tokenize("Lotte bad mig sende det videre"), 1) == 1);  // asked, no bath
  CHECK(idiom_words_at(tokenize("Arbetsterapeuten bad mig kolla det"), 1) == 1);
  CHECK(idiom_words_at(tokenize("et bad om ugen"), 1) == 0);                        // a bath a week
  CHECK(idiom_words_at(tokenize("before a dog walker found her"), 2) == 2);         // no rollator
  CHECK(idiom_words_at(tokenize("she uses a walker"), 3) == 0);
  CHECK(idiom_words_at(tokenize("hjælp til bad og påklædning"), 2) == 0);           // a bath
  CHECK(idiom_words_at(tokenize("loven lægger vægt på selvbestemmelse"), 1) == 3);  // emphasises
  CHECK(idiom_words_at(tokenize("vi legger vekt på trygghet"), 1) == 3);
  // with a word of degree or reason between
  CHECK(idiom_words_at(tokenize("vi lägger stor vikt vid"), 1) == 4);
  CHECK(idiom_words_at(tokenize("Hun og Trine lagde derfor vægt på, at"), 3) == 4);
  CHECK(idiom_words_at(tokenize("vi lægger stor vægt på tryghed"), 1) == 4);
  CHECK(idiom_words_at(tokenize("vi lægger stor vægt på tryghed"), 2) == 0);
  CHECK(idiom_words_at(tokenize("borgere med vægt på over 150 kg"), 1) == 0);  // a weight
  CHECK(idiom_words_at(tokenize("det de oroar sig för"), 2) == 1);  // worry, not agitation
  CHECK(idiom_words_at(tokenize("personalet griber ind"), 1) == 1);  // intervene, no reacher
  CHECK(idiom_words_at(tokenize("hvordan skal vi gribe det an"), 3) == 1);
  CHECK(idiom_words_at(tokenize("hvordan griber man det an"), 1) == 1);
  CHECK(idiom_words_at(tokenize("en griber til at samle ting op"), 1) == 0);
  CHECK(idiom_words_at(tokenize("hvor vi i fællesskab afdækker muligheder"), 2) == 2);  // jointly
  CHECK(idiom_words_at(tokenize("et godt fællesskab på plejecentret"), 2) == 0);  // a community
  CHECK(idiom_words_at(tokenize("og sender hjemmeplejen ud i blinde"), 4) == 2);  // blindly
  CHECK(idiom_words_at(tokenize("vi skickar personal i blindo"), 3) == 2);
  CHECK(idiom_words_at(tokenize("botilbud for blinde og svagtseende"), 2) == 0);    // the blind
  CHECK(idiom_words_at(tokenize("when she already arrives wound up"), 4) == 2);     // tense, no wound
  CHECK(idiom_words_at(tokenize("the wound on her heel"), 1) == 0);
  CHECK(idiom_words_at(tokenize("en integreret del af kerneopgaven"), 1) == 2);     // an integral part
  CHECK(idiom_words_at(tokenize("integreret med omsorgsjournalen"), 0) == 0);       // joined to a system
  CHECK(idiom_words_at(tokenize("vi vil i fellesskap finne svar"), 2) == 2);  // nb, jointly
  CHECK(idiom_words_at(tokenize("hon är orolig på natten"), 2) == 0);
  // "lade" opens a Danish and a Swedish idiom: each is tried, not only the first.
  CHECK(idiom_words_at(tokenize("de lade vikt vid kvaliteten"), 1) == 3);
  CHECK(idiom_words_at(tokenize("i hvert fald"), 3) == 0);  // past the end
  // Reversing a trend or coming back turns nobody in bed; "huden" under which a vein lies
  // is no skin care.
  CHECK(idiom_words_at(tokenize("strategien skal vende udviklingen"), 2) == 1);
  CHECK(idiom_words_at(tokenize("mange vender tilbage til hospitalet"), 1) == 1);
  CHECK(idiom_words_at(tokenize("pls vend tilbage før mandag"), 1) == 1);              // the imperative
  CHECK(idiom_words_at(tokenize("færgen sejler fire gange om dagen"), 1) == 1);        // sails: no sling
  CHECK(idiom_words_at(tokenize("skift sejlet efter badet"), 1) == 0);                 // the sling
  CHECK(idiom_words_at(tokenize("stolen skal kunne vende på en tallerken"), 3) == 1);  // turn on the spot
  CHECK(idiom_words_at(tokenize("personalet skal vende borgeren"), 2) == 0);
  CHECK(idiom_words_at(tokenize("venen ligger under huden"), 2) == 2);
  // Unrest that rubs off on the others at the table is no infection; being infected is.
  CHECK(idiom_words_at(tokenize("og uroen smitter af på resten af bordet"), 2) == 1);
  CHECK(idiom_words_at(tokenize("humøret smitter av på de andre"), 1) == 1);
  CHECK(idiom_words_at(tokenize("borgeren er smittet af influenza"), 2) == 0);
  CHECK(idiom_words_at(tokenize("for at undgå at smitte andre"), 3) == 0);
  CHECK(idiom_words_at(tokenize("the vein lies under the skin"), 3) == 3);
  CHECK(idiom_words_at(tokenize("rød hud på hælene"), 1) == 0);
  // Set phrases a man uses turn nobody in bed; turnings of a citizen in bed are turnings.
  CHECK(idiom_words_at(tokenize("og huske hans faste vendinger"), 3) == 2);
  CHECK(idiom_words_at(tokenize("hyppige vendinger om natten"), 1) == 0);
  // Coffee with someone is company; a citizen who drinks one cup a day drinks too little.
  CHECK(idiom_words_at(tokenize("nogen at drikke en kop kaffe med"), 2) == 1);
  CHECK(idiom_words_at(tokenize("nogen at gå tur eller drikke kaffe med"), 5) == 1);
  CHECK(idiom_words_at(tokenize("någon att dricka kaffe med"), 2) == 1);
  CHECK(idiom_words_at(tokenize("hun drikker kaffe om morgenen"), 1) == 0);
  CHECK(idiom_words_at(tokenize("hun drikker en kop kaffe om dagen"), 1) == 0);
  // A pill taken is no tablet computer; a tablet lent out is one.
  CHECK(idiom_words_at(tokenize("se dem tage tabletten hjemme via video"), 2) == 2);
  CHECK(idiom_words_at(tokenize("han glemmer å ta tablettene klokka 12"), 3) == 2);
  CHECK(idiom_words_at(tokenize("he forgets to take his tablets at noon"), 3) == 3);
  CHECK(idiom_words_at(tokenize("en almindelig tablet, som vi låner ud"), 2) == 0);
  // The rooms of a home bathe nobody; help with toilet and bath is help with both.
  CHECK(idiom_words_at(tokenize("med soveværelse og bad på 1. sal"), 1) == 3);
  CHECK(idiom_words_at(tokenize("nyt køkken og bad i lejligheden"), 1) == 3);
  // Norwegian "bad" is the bathroom by the thesaurus's language scope, not by an idiom.
  CHECK(idiom_words_at(tokenize("hun har soverom og bad i andre etasje"), 2) == 0);
  CHECK(idiom_words_at(tokenize("hjælp til toilet og bad"), 2) == 0);
}

TEST_CASE("a text loses exactly the words its idioms pass over, wherever they are and however written",
          "[idioms]") {
  // Blanks byte for byte ("Æ" is two), so the other words keep their places.
  const auto blank = [](std::size_t bytes) { return std::string(bytes, ' '); };
  CHECK(without_idiom_words("Vi ringer i hvert fald.") == "Vi ringer " + blank(12) + ".");
  CHECK(without_idiom_words("I VÆRSTE FALD: ring.") == blank(14) + ": ring.");
  CHECK(without_idiom_words("Borgeren falder i søvn.") == "Borgeren " + blank(6) + " i søvn.");
  CHECK(without_idiom_words("She fell asleep; he fell.") == "She " + blank(4) + " asleep; he fell.");
  // Texts without an idiom come back as they were, falls included.
  CHECK(without_idiom_words("Et fald i hjemmet udløser en alarm.") == "Et fald i hjemmet udløser en alarm.");
  CHECK(without_idiom_words("Ingen idiomer her.") == "Ingen idiomer her.");
  CHECK(without_idiom_words("").empty());
  // General practitioners are no GPS, though lowercased they would be; a GPS stays one.
  CHECK(without_idiom_words("Referrals from GPs, and GPs' letters.") == "Referrals from GP , and GP ' letters.");
  CHECK(without_idiom_words("A GPS alarm for GPSs.") == "A GPS alarm for GPSs.");
  CHECK(without_idiom_words("GPsX and xGPs stay.") == "GPsX and xGPs stay.");
  CHECK(with_case_read_abbreviations("GPs") == "GP ");
  // Words end where tokenize() ends them: at a dash, not inside a word of other letters.
  CHECK(with_case_read_abbreviations("ÆGPs og GPs–lister") == "ÆGPs og GP –lister");
  // With an idiom in the same text, both are read.
  CHECK(without_idiom_words("GPs ringer i hvert fald.") == "GP  ringer " + blank(12) + ".");
  // The words left are the text's other words, in order.
  CHECK(tokenize(without_idiom_words("Hjælp i så fald borgeren, der er faldet.")) ==
        std::vector<std::string>{"hjælp", "borgeren", "der", "er", "faldet"});
}
