// The roles of a need's words outside what it asks for (word_roles.h): its purpose, its people's
// condition, the setting it is told from.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "radar/text.h"
#include "sentences.h"
#include "test_support.h"
#include "word_roles.h"

using namespace radar;
using namespace radar::match;
using radar::test::marked_words;

TEST_CASE("a clause that says what the need is for is marked as its purpose", "[word_roles]") {
  const auto purpose_of = [](const std::string& text) { return marked_words(text, purpose_words(text)); };
  CHECK(purpose_of("Målingerne skal ses af en sygeplejerske, så en forværring bliver opdaget.") ==
        std::vector<std::string>{"så", "en", "forværring", "bliver", "opdaget"});
  CHECK(purpose_of("Vi vil opdage tegn på sygdom, før det ender med delir.") ==
        std::vector<std::string>{"før", "det", "ender", "med", "delir"});
  CHECK(purpose_of("We need a warning, so staff can step in.") ==
        std::vector<std::string>{"so", "staff", "can", "step", "in"});
  // "så snart" (as soon as) and "så mange" (so many) tell when and how much, not why.
  CHECK(purpose_of("Lyset tænder, så snart beboeren står op, og vi får så mange kald.").empty());
  CHECK(purpose_of("Så skal vi se på det.").empty());  // opens a sentence, not a clause after a comma
  // What "we" do next, said without a comma, is the municipality's step, not the product's.
  CHECK(purpose_of("Kan du sjekke hva som finnes før vi søker hjelpemiddelsentralen?") ==
        std::vector<std::string>{"før", "vi", "søker", "hjelpemiddelsentralen"});
  CHECK(purpose_of("Send us a list before we apply to the centre.") ==
        std::vector<std::string>{"before", "we", "apply", "to", "the", "centre"});
  CHECK(purpose_of("Vi søger en sengealarm inden jul.").empty());
  // Why it is asked, after a comma, is its motive.
  CHECK(purpose_of("Vi vil helst ha noe enkelt, fordi han blir urolig av for mye.") ==
        std::vector<std::string>{"fordi", "han", "blir", "urolig", "av", "for", "mye"});
  CHECK(purpose_of("Vi vill ha en enkel klocka, därför att han blir orolig.") ==
        std::vector<std::string>{"därför", "att", "han", "blir", "orolig"});
  CHECK(purpose_of("Fordi han blir urolig, vil vi ha noe enkelt.").empty());
  // After an unnamed something, "so that" says what that something must do.
  CHECK(purpose_of("Kan kommunen hjælpe med noget, så jeg selv kan blive kørt op ad trappen?").empty());
  CHECK(purpose_of("Vi vil gerne have noget, så én medarbejder kan vende ham.").empty());
  CHECK(purpose_of("Is there something, so that she can find the door?").empty());
  CHECK(purpose_of("Vi vil gerne have noget, fordi han falder.") == std::vector<std::string>{"fordi", "han", "falder"});
}

TEST_CASE("the condition of the people a need serves is its situation, not its core", "[word_roles]") {
  const auto marked = [](const std::string& text) { return marked_words(text, group_condition_words(tokenize(text))); };
  CHECK(marked("Borgere med bensår og hævede ben skal have strømper på.") ==
        std::vector<std::string>{"bensår", "hævede", "ben"});
  // The condition ends where the sentence goes on: the getting up is what the need is about.
  CHECK(marked("Beboere med demens står op om natten.") == std::vector<std::string>{"demens"});
  CHECK(marked("Residents with ALS are fed by staff.") == std::vector<std::string>{"als"});
  // People named by a pronoun that singles them out; a task done with them is no condition.
  CHECK(marked("Nogle har brug for opsyn, især dem med delir eller faldrisiko.") ==
        std::vector<std::string>{"delir", "faldrisiko"});
  CHECK(marked("Staff watch particularly those with dementia at night.") == std::vector<std::string>{"dementia"});
  CHECK(marked("Vi hjælper dem med piller om morgenen.").empty());
  // A condition told as healed: the words before the verb tell what it was.
  CHECK(marked("Venøse bensår helet i januar.") == std::vector<std::string>{"venøse", "bensår"});
  CHECK(marked("De fleste har hatt leggsår som har grodd.") ==
        std::vector<std::string>{"hatt", "leggsår", "som", "har"});
  // Its severity first is no condition of its own.
  CHECK(marked("Vi har 31 borgere med let til moderat afasi.") == std::vector<std::string>{"afasi"});
  CHECK(marked("We serve residents with severe dementia or depression.") ==
        std::vector<std::string>{"dementia", "depression"});
  // People of an age ("ældre over 75 med svært høretab").
  CHECK(marked("Vi møder mange ældre over 75 med svært høretab.") == std::vector<std::string>{"høretab"});
  CHECK(marked("Residents over 80 years with dementia wander.") == std::vector<std::string>{"dementia"});
  CHECK(marked("Vi har over 75 med nødkald.").empty());
  // "med" after anything but people is no condition.
  CHECK(marked("Vi arbejder med tryksår på plejecentret.").empty());
  // A condition had with its severity, whoever has it.
  CHECK(marked("Omkring halvdelen har så svær afasi, at de ikke kan tale.") == std::vector<std::string>{"afasi"});
  CHECK(marked("Many have moderate dementia or depression.") == std::vector<std::string>{"dementia", "depression"});
  CHECK(marked("Vi har svært ved at nå rundt.").empty());
  // A condition told as its episodes goes on past "af" / "of".
  CHECK(marked("De har en del borgere med anfald af hjertebanken eller svimmelhed.") ==
        std::vector<std::string>{"anfald", "hjertebanken", "svimmelhed"});
  CHECK(marked("We see patients with episodes of dizziness every week.") ==
        std::vector<std::string>{"episodes", "dizziness"});
  // ... or said of the people with a copula; not a difficulty, nor a thing that is light.
  CHECK(marked("Halvdelen af de borgere, det drejer sig om, er svært hørehæmmede.") ==
        std::vector<std::string>{"hørehæmmede"});
  CHECK(marked("Most of the residents are severely hearing impaired.") == std::vector<std::string>{"hearing"});
  CHECK(marked("For borgerne er det svært at finde vej.").empty());
  CHECK(marked("Liften er let og kan foldes.").empty());
  // What a questionnaire asks about is the state it records.
  CHECK(marked("They answer a few questions about dizziness and side effects in an app.") ==
        std::vector<std::string>{"dizziness", "side", "effects"});
  CHECK(marked("Borgeren svarer på spørgsmål om søvn.") == std::vector<std::string>{"søvn"});
  // What the people went through, told in a clause of their own.
  CHECK(marked("Terapeuterne træner ældre borgere, der er opereret for hoftebrud, hjemme.") ==
        std::vector<std::string>{"opereret", "for", "hoftebrud"});
  CHECK(marked("We see patients who have had a stroke every week.") == std::vector<std::string>{"had", "stroke"});
  CHECK(marked("Brukere som lider av KOLS trenger oppfølging.") == std::vector<std::string>{"lider", "av", "kols"});
  CHECK(marked("Vi har borgere, der har brug for hjælp til at åbne døren.").empty());
  CHECK(marked("Medarbejdere, der har fået nye telefoner, er glade.").empty());  // staff are not the people served
  // Why someone was in hospital, told by a word of admission or discharge.
  CHECK(marked("Ruth blev udskrevet fra Kolding i forgårs efter et hoftebrud.") ==
        std::vector<std::string>{"hoftebrud"});
  CHECK(marked("Arne kom hjem efter en urinvejsinfektion.") == std::vector<std::string>{"urinvejsinfektion"});
  CHECK(marked("Många äldre som kommer hem från sjukhuset efter en höftfraktur tränar gång.") ==
        std::vector<std::string>{"höftfraktur"});
  CHECK(marked("He was discharged last week after a severe stroke.") == std::vector<std::string>{"stroke"});
  CHECK(marked("Hun ble innlagt etter et fall på badet.") == std::vector<std::string>{"fall"});
  // What someone was born with.
  CHECK(marked("Hun har Usher syndrom – født døv og helt blind.") == std::vector<std::string>{"døv", "helt", "blind"});
  CHECK(marked("Our son was born with spina bifida.") == std::vector<std::string>{"spina"});
  CHECK(marked("Hon är född med en hjärtfel.") == std::vector<std::string>{"hjärtfel"});
  CHECK(marked("Efter en operation skal hun træne.").empty());        // no stay told
  CHECK(marked("Hun går hjem efter en time i dagcentret.").empty());  // no homecoming from a stay
  // A state someone is in.
  CHECK(marked("De kommer fra sygehuset i en forvirret, delirøs tilstand.") ==
        std::vector<std::string>{"forvirret", "delirøs"});
  CHECK(marked("Patients arrive in a confused state.") == std::vector<std::string>{"confused"});
  CHECK(marked("Patients arrive in an agitated state.") == std::vector<std::string>{"agitated"});
  CHECK(marked("Lejligheden er i en dårlig stand.").empty());
}

TEST_CASE("options offered with a maybe and two alternatives are not asked for", "[word_roles]") {
  const auto options = [](const std::string& text) { return marked_words(text, option_words(text, tokenize(text))); };
  CHECK(options("Jeg ved ikke, hvad jeg skal bede om. Måske noget til natten, eller noget mod ensomhed, eller noget "
                "til huset.") == std::vector<std::string>{"noget", "til", "natten", "eller", "noget", "mod", "ensomhed",
                                                          "eller", "noget", "til", "huset"});
  CHECK(options("Vi søger noget til natten. Det kunne være en sengealarm.") ==
        std::vector<std::string>{"en", "sengealarm"});
  // A tentative request names what it wants.
  CHECK(options("Måske en sengealarm eller en tæppealarm.").empty());
  CHECK(options("Vi søger en sengealarm, måske en eller to, eller tre.").empty());
}

TEST_CASE("what a need wants replaced is what it has or avoids, not what it asks", "[word_roles]") {
  const auto replaced = [](const std::string& text) { return marked_words(text, replaced_words(text)); };
  CHECK(replaced("De skal rejse sig med hjælp i stedet for at hænge passivt i et sejl, og det er vigtigt.") ==
        std::vector<std::string>{"at", "hænge", "passivt", "i", "et", "sejl"});
  CHECK(replaced("We want a screen rather than paper lists.") == std::vector<std::string>{"paper", "lists"});
  CHECK(replaced("Vi vill ha en lyftanordning istället för två personal.") ==
        std::vector<std::string>{"två", "personal"});
  CHECK(replaced("Vi vil ha en takheis heller enn en mobil løfter.") ==
        std::vector<std::string>{"en", "mobil", "løfter"});
  CHECK(replaced("Vi søger en loftlift til stuen.").empty());
}

TEST_CASE("the service a sentence opens with is where the need is told from, not its core", "[word_roles]") {
  const auto marked = [](const std::string& text) { return marked_words(text, opening_setting_words(text)); };
  CHECK(marked("I vores hjerterehabilitering på sundhedscentret har vi 220 borgere.") ==
        std::vector<std::string>{"i", "vores", "hjerterehabilitering", "på", "sundhedscentret"});
  CHECK(marked("Ved de forebyggende hjemmebesøg møder vi mange ældre.") ==
        std::vector<std::string>{"ved", "de", "forebyggende", "hjemmebesøg"});
  CHECK(marked("In our day centre we see ten citizens.") == std::vector<std::string>{"in", "our", "day", "centre"});
  CHECK(marked("At our day centre, we see ten citizens.") == std::vector<std::string>{"at", "our", "day", "centre"});
  CHECK(marked("På plejecentret er der 40 beboere.") == std::vector<std::string>{"på", "plejecentret"});
  // in any sentence, not only the first
  CHECK(marked("Vi har mange borgere. I vores hjemmepleje har vi 40.") ==
        std::vector<std::string>{"i", "vores", "hjemmepleje"});
  // Only an opening that is an adverbial followed by the verb and its subject.
  CHECK(marked("Vi har 220 borgere i vores hjerterehabilitering.").empty());
  CHECK(marked("I dag bruger personalet papir, og vi søger en app.").empty());
}

TEST_CASE("a letter's greeting and its closing with the signature are who wrote, not the need", "[word_roles]") {
  const auto frame_of = [](const std::string& text) { return marked_words(text, letter_words(text)); };
  CHECK(
      frame_of("Hej Tina\n\nVi søger en robotstøvsuger til plejecentret.\n\nMvh\nLars Winther\nPædagogisk konsulent") ==
      std::vector<std::string>{"hej", "tina", "mvh", "lars", "winther", "pædagogisk", "konsulent"});
  // A greeting ends at its comma or dash; the rest of the line is the need.
  CHECK(frame_of("Hi all – notes from today's meeting.\n- A robot on his desk.") ==
        std::vector<std::string>{"hi", "all"});
  CHECK(frame_of("Hej alle - referat fra mødet.\n- En robot til skolen.") == std::vector<std::string>{"hej", "alle"});
  // Whom a first line of its own addresses: the whole line after "Til", the rest after a dash.
  CHECK(frame_of("Til hjælpemiddelteamet\n\nVi søger en trappelift.") ==
        std::vector<std::string>{"til", "hjælpemiddelteamet"});
  CHECK(frame_of("Notat fra hjemmebesøg – til Morten i boligindretning\n\nVi søger en trappelift.") ==
        std::vector<std::string>{"til", "morten", "i", "boligindretning"});
  CHECK(frame_of("Til plejecentret søger vi en trappelift.").empty());  // a sentence, not an address line
  // An address sentence on the need's line, up to its full stop, an abbreviation's stop
  // left in, a dash's subject left out; not a sentence with its writer, nor "6. klasse".
  CHECK(frame_of("Til det velfærdsteknologiske team. På bostedet bor Rasmus.") ==
        std::vector<std::string>{"til", "det", "velfærdsteknologiske", "team"});
  CHECK(frame_of("Til Kommunikationscentret, att. Søren. Vi har haft Jens på afsnittet.") ==
        std::vector<std::string>{"til", "kommunikationscentret", "att", "søren"});
  CHECK(frame_of("Til markedsafdækningen - modtagelse af nødkald. Aftalen udløber.") ==
        std::vector<std::string>{"til", "markedsafdækningen"});
  CHECK(frame_of("Til borgerne søger vi en app. Den skal være enkel.").empty());
  CHECK(frame_of("Til maj skal 6. klasse på lejrskole.").empty());
  CHECK(frame_of("Hei,\n\nVi trenger en vannalarm på badet.\n\nVennlig hilsen\nIngrid Solheim") ==
        std::vector<std::string>{"hei", "vennlig", "hilsen", "ingrid", "solheim"});
  // A name on the sign-off's line, and a signature after a slash.
  CHECK(frame_of("Kære Søren\nVi søger en loftlift.\nHilsen Peter") ==
        std::vector<std::string>{"kære", "søren", "hilsen", "peter"});
  CHECK(frame_of("Any suggestions?\n\nBest, Maria (welfare technology team)") ==
        std::vector<std::string>{"best", "maria", "welfare", "technology", "team"});
  CHECK(frame_of("Vi behöver en sensor i badrummet.\n/Johan Ek, verksamhetsutvecklare") ==
        std::vector<std::string>{"johan", "ek", "verksamhetsutvecklare"});
  // No closing where a long line follows it; "Best" alone only; a one-line need has no frame.
  CHECK(frame_of("Vi søger en loftlift.\nHilsen\nVi har også brug for en ny seng i soveværelset hos borgeren i dag.")
            .empty());
  CHECK(frame_of("Vi søger en loftlift.\nBest practice is a ceiling hoist").empty());
  CHECK(frame_of("Vi søger en loftlift. Best practice is a ceiling hoist").empty());
}

TEST_CASE("an e-mail pasted as one paragraph keeps its greeting and its closing", "[word_roles]") {
  const auto frame_of = [](const std::string& text) { return marked_words(text, letter_words(text)); };
  CHECK(frame_of("Hej, vi søger en loftlift") == std::vector<std::string>{"hej"});
  // A greeting ends at the end of its sentence too.
  CHECK(frame_of("Hei. På sykehjemmet trenger vi en vannalarm. Kan dere hjelpe? Mvh Ingrid, velferdsteknologisk "
                 "koordinator") ==
        std::vector<std::string>{"hei", "mvh", "ingrid", "velferdsteknologisk", "koordinator"});
  CHECK(frame_of("Hej Jonas. Vi søger en loftlift. Tak for hjælpen. Hilsen Peter, ergoterapeut") ==
        std::vector<std::string>{"hej", "jonas", "hilsen", "peter", "ergoterapeut"});
  CHECK(frame_of("Hi, we need a bed sensor. Any ideas? Thanks, Mette") ==
        std::vector<std::string>{"hi", "thanks", "mette"});
  // A last sentence that is no sign-off, or a long one after it, closes nothing.
  CHECK(frame_of("Vi søger en loftlift. Hilsen fra alle os i hjemmeplejen, der bruger den hver dag med borgerne i "
                 "eget hjem og på plejecentret")
            .empty());
  CHECK(frame_of("Vi søger en loftlift. Den skal kunne klappes sammen.").empty());
  // Spaces after the last sentence close nothing.
  CHECK(frame_of("Vi søger en loftlift.  ").empty());
  CHECK(frame_of("Hej.\nVi søger en loftlift.   \n") == std::vector<std::string>{"hej"});
}

TEST_CASE("a list belongs to the heading line above it, blank lines aside, to its last item", "[word_roles]") {
  // sentences: 0 "Hej.", 1 "Behov:", 2 "- en lift.", 3 "Den skal være let", 4 "", 5 "2) en seng", 6 "Tak"
  CHECK(list_headings("Hej. Behov:\n- en lift. Den skal være let\n\n2) en seng\nTak") ==
        std::vector<std::size_t>{kNotListed, kNotListed, 1, 1, 1, 1, kNotListed});
  // No list without a colon, nor lines that open without a bullet or a number.
  CHECK(list_headings("Behov\n- en lift") == std::vector<std::size_t>{kNotListed, kNotListed});
  CHECK(list_headings("Behov:\nen lift") == std::vector<std::size_t>{kNotListed, kNotListed});
  // An item that ends with a colon heads the list below it.
  CHECK(list_headings("Krav:\n- Lift:\n  • foldbar") == std::vector<std::size_t>{kNotListed, 0, 1});
  const auto text = std::string("Vi har brug for:\n- en lift\nResten venter.");
  CHECK(marked_words(text, words_listed_under(sentence_numbers(text), list_headings(text), [](std::size_t heading) {
                       return heading == 0;
                     })) == std::vector<std::string>{"en", "lift"});
}

TEST_CASE("an opening clause of what happened before is the need's occasion", "[word_roles]") {
  const auto occasion_of = [](const std::string& text) { return marked_words(text, occasion_words(text)); };
  CHECK(occasion_of("Efter to utilsigtede hændelser med borgere, vil vi have automatiske advarsler.") ==
        std::vector<std::string>{"efter", "to", "utilsigtede", "hændelser", "med", "borgere"});
  CHECK(occasion_of("After a stroke, many citizens need help to dress.") ==
        std::vector<std::string>{"after", "a", "stroke"});
  // Fronted, the clause ends at the verb that follows it, comma or not.
  CHECK(occasion_of("Efter en apopleksi har mange af vores borgere afasi, og de kan ikke tale.") ==
        std::vector<std::string>{"efter", "en", "apopleksi"});
  // Only an opening clause; "leder efter" is looking for.
  CHECK(occasion_of("Vi leder efter en løsning, der virker om natten.").empty());
  CHECK(occasion_of("Efter badet står der vand på gulvet.") == std::vector<std::string>{"efter", "badet"});
}
