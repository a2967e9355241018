#include "requests.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "radar/text.h"
#include "sentences.h"

namespace radar::match {

namespace {

// True if `words` open with one of `phrases`.
bool opens_with_any(const std::vector<std::string>& words, const std::vector<std::vector<std::string>>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const auto& phrase) { return phrase_at(words, 0, phrase); });
}

// True if a professional who knows the case proposes or recommends something ("Ergoterapeuten
// foreslår en siddepude med luftceller", "Ergoterapeuten ... har været hjemme hos os og
// foreslået et toilet, der ...", "The OT suggested a ..."): the product the need asks to screen.
bool professional_proposes(const std::vector<std::string>& words) {
  // The title with the article, or before the name ("Fysioterapeut Ole foreslog …").
  static const std::set<std::string> professionals{"ergoterapeuten", "fysioterapeuten",  "sygeplejersken",
                                                   "terapeuten",     "arbetsterapeuten", "sjuksköterskan",
                                                   "sykepleieren",   "therapist",        "ot",
                                                   "physio",         "physiotherapist",  "nurse",
                                                   "ergoterapeut",   "fysioterapeut",    "sygeplejerske",
                                                   "talepædagog",    "talepædagogen",    "logopæd",
                                                   "logopæden",      "arbetsterapeut",   "sjuksköterska",
                                                   "sykepleier",     "fysioterapeuter",  "ergoterapeuter"};
  static const std::set<std::string> proposes{"foreslår",   "foreslået", "foreslog", "anbefaler",   "anbefalet",
                                              "anbefalede", "föreslår",  "föreslog", "föreslagit",  "foreslått",
                                              "anbefalt",   "suggested", "suggests", "recommended", "recommends",
                                              "proposed",   "proposes"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (professionals.count(words[i]) == 0) continue;
    if (std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i + 1), words.end(),
                    [](const std::string& word) { return proposes.count(word) != 0; })) {
      return true;
    }
  }
  return false;
}

// True if the municipality's own staff wish for something ("Fysioterapeuterne vil derfor
// lave personlige træningsprogrammer", "Personalet ønsker", "The nurses want"): they are
// the municipality, and their wish is its request, where a citizen's wish ("Borgeren vil
// gerne ...") tells the situation.
bool staff_wish(const std::vector<std::string>& words) {
  static const std::set<std::string> staff{"personalet",
                                           "medarbejderne",
                                           "sygeplejerskerne",
                                           "fysioterapeuterne",
                                           "ergoterapeuterne",
                                           "terapeuterne",
                                           "pædagogerne",
                                           "hjemmeplejen",
                                           "nattevagterne",
                                           "rådgiverne",
                                           "sagsbehandlerne",
                                           "lærerne",
                                           "personalen",
                                           "sjuksköterskorna",
                                           "arbetsterapeuterna",
                                           "fysioterapeuterna",
                                           "medarbetarna",
                                           "pedagogerna",
                                           "hemtjänsten",
                                           "ansatte",
                                           "sykepleierne",
                                           "fysioterapeutene",
                                           "ergoterapeutene",
                                           "hjemmetjenesten",
                                           "staff",
                                           "nurses",
                                           "therapists",
                                           "physiotherapists",
                                           "carers",
                                           "physios",
                                           "behandlerne",
                                           "behandlarna",
                                           "teamet",
                                           "teamene",
                                           "team"};
  static const std::set<std::string> wish{"vil", "ønsker", "vill", "önskar", "want", "wants"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (staff.count(words[i]) == 0) continue;
    if (wish.count(words[i + 1]) != 0 || phrase_at(words, i + 1, {"would", "like"})) return true;
  }
  return false;
}

// True if the sentence opens by naming the need's wish, idea or proposal as such ("Ønsket er
// et el-køretøj, han kan styre selv", "Ideen er et gratis sted på nettet", "Förslag:
// brukarna fyller i formulär", "Ønske: en seng med el", "The idea is a ...", a purchase
// form's "Hvad ønskes købt: En mobil personløfter"); not a proposal or wish for something
// ("Forslag til hvad vi kan gøre?", which explores; "Ønske om mere tid", a wish told).
bool opens_with_wish_named(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> named{
      {"ønsket", "er"}, {"vores", "ønske", "er"}, {"ideen", "er"}, {"idéen", "er"},
      {"önskemålet", "är"}, {"vårt", "önskemål", "är"}, {"idén", "är"},
      {"vårt", "ønske", "er"}, {"the", "idea", "is"}, {"the", "wish", "is"}, {"our", "wish", "is"},
      {"hvad", "ønskes", "købt"}, {"hvad", "ønskes", "anskaffet"}, {"hva", "ønskes", "kjøpt"}, {"vad", "önskas", "köpt"}};
  // clang-format on
  static const std::set<std::string> proposals{"forslag", "förslag", "proposal", "ønske", "önskemål",
                                               "wish",    "behov",   "idé",      "ide",   "idea"};
  static const std::set<std::string> for_something{"til", "på", "om", "for", "of", "to"};
  if (opens_with_any(words, named)) return true;
  if (words.size() > 1 && proposals.count(words[0]) != 0 && for_something.count(words[1]) == 0) return true;
  // A note's wish said as what it is to be, without a verb to ask ("so: something the staff
  // wear round the waist that ...", "Noget, der opdager …", "Så: noe som …"); not something
  // else or more ("Noget andet er …").
  static const std::set<std::string> lead_ins{"so", "så", "altså", "basically", "dvs"};
  static const std::set<std::string> something{"noget", "noe", "något", "something"};
  static const std::set<std::string> other{"andet", "annet", "annat", "else", "more", "mere", "mer"};
  const std::size_t first = !words.empty() && lead_ins.count(words[0]) != 0 ? 1 : 0;
  return first + 1 < words.size() && something.count(words[first]) != 0 && other.count(words[first + 1]) == 0;
}

// True if a heading names what is wanted, whoever wants it ("Behov:", "Ønske:", "Saras
// önskemål:", "What they want:", "Terapeuterne vil gerne:"), or what is required ("Krav:",
// "Requirements:"): its list is the request.
bool heads_a_wish_list(const std::vector<std::string>& words) {
  static const std::set<std::string> wishes{
      "behov",  "behovet", "behoven", "behovene",   "ønske",     "ønsker", "ønskes",    "ønskeliste",  // da, nb
      "gerne",  "gjerne",  "trenger", "trengs",     "önskemål",  "önskar", "önskas",    "behöver",     // sv
      "behövs", "gärna",   "want",    "wants",      "need",      "needs",  "requested", "wish",        // en
      "wishes", "wanted",  "needed",  "önskningar", "önskelista"};
  // Themes, or wishes in no order ("Temaer, vi gerne vil drøfte med leverandørerne:",
  // "lærernes ønsker, i tilfældig rækkefølge:"), are fields to talk about, not a request.
  static const std::set<std::string> unchosen{"temaer",       "teman",         "temaene",      "themes",
                                              "topics",       "emner",         "rækkefølge",   "rekkefølge",
                                              "särskild",     "particular",    "uprioriteret", "uprioriterede",
                                              "oprioriterat", "unprioritised", "unprioritized"};
  const auto has = [&](const std::set<std::string>& set) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& word) { return set.count(word) != 0; });
  };
  if (has(unchosen)) return false;
  return has(wishes) || std::any_of(words.begin(), words.end(), [](const std::string& word) {
           return word.ends_with("krav") || word.starts_with("krav") || word.starts_with("requirement");
         });
}

// A sentence adverb, which an opener reads through ("Vi har derfor brug for noget på
// plejesengen", "Vi skal altså have en stol", "We now need ..."). Not "også"/"also": what is
// also wanted is added to the need ("Next year we'd also like to use it for stroke
// patients"), and what one also thinks of is a theme ("Jeg tænker også på ...").
bool is_sentence_adverb(const std::string& word) {
  // clang-format off
  static const std::set<std::string> adverbs{
      "derfor", "dermed", "altså", "nu", "stadig", "fortsat", "bare", "egentlig", "virkelig",  // da, nb
      "faktisk", "akut", "nå", "fortsatt",
      "därför", "alltså", "verkligen", "faktiskt", "fortfarande",                            // sv
      "therefore", "really", "now", "still", "urgently", "actually"};                         // en
  // clang-format on
  return adverbs.count(word) != 0;
}

}  // namespace

std::vector<bool> request_heads(std::string_view text) {
  std::vector<bool> heads;
  for_each_sentence(text, [&](const std::vector<std::string>& words, char /*terminator*/) {
    heads.push_back(asks(words) || heads_a_wish_list(words));
  });
  return heads;
}

bool asks(const std::vector<std::string>& words) {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      // Danish (and Norwegian where they share the words)
      {"vi", "vil"}, {"vi", "ønsker"}, {"vi", "søger"}, {"vi", "leder"}, {"vi", "mangler"}, {"vi", "har", "brug"},
      {"vi", "har", "behov"}, {"vi", "kunne", "tænke"}, {"vi", "kunne", "godt", "tænke"}, {"vi", "skal", "have"},
      // ... and in Norwegian ("Vi skal ha en stol", "Vi må ha")
      {"vi", "skal", "ha"}, {"vi", "må", "ha"},
      // ... or to use, the everyday Danish for needing ("Vi skal bruge en rapport, der viser ...")
      {"vi", "skal", "bruge", "en"}, {"vi", "skal", "bruge", "et"}, {"vi", "skal", "bruge", "noget"},
      {"vi", "efterlyser"}, {"vi", "efterspørger"}, {"vi", "er", "interesseret"}, {"vi", "er", "interesserede"},
      {"vi", "overvejer"}, {"kommunen", "søger"}, {"kommunen", "ønsker"},
      // what the municipality has talked of giving ("Vi har talt om at give borgerne en app")
      {"vi", "har", "talt", "om", "at"}, {"vi", "har", "snakket", "om", "å"}, {"vi", "har", "pratat", "om", "att"},
      {"we", "have", "talked", "about"}, {"we", "have", "discussed"},
      // A mandate is the need's request: "Direktionen har bedt os se på, om ...", "har bett
      // oss", "has asked us to".
      {"bedt", "os"}, {"bett", "oss"}, {"asked", "us"}, {"kommunen", "vil"}, {"kommunen", "leder"},
      {"kommunen", "har", "brug"}, {"der", "søges"},
      // What a citizen is said to need, a thing with its article: a case note's request ("Hun
      // har brug for en kørestol til børn med tilt"; "Hun har brug for hjælp" tells the story).
      {"hun", "har", "brug", "for", "en"}, {"han", "har", "brug", "for", "en"}, {"hun", "har", "brug", "for", "et"},
      {"han", "har", "brug", "for", "et"}, {"hon", "behöver", "en"}, {"han", "behöver", "en"}, {"hun", "trenger", "en"},
      {"han", "trenger", "en"}, {"she", "needs", "a"}, {"he", "needs", "a"},
      // the same with a neuter article or "something" ("Hon behöver något enkelt vid sängen som ...")
      {"hun", "har", "brug", "for", "noget"}, {"han", "har", "brug", "for", "noget"},
      {"hon", "behöver", "ett"}, {"han", "behöver", "ett"}, {"hon", "behöver", "något"}, {"han", "behöver", "något"},
      {"hun", "trenger", "et"}, {"han", "trenger", "et"}, {"hun", "trenger", "ei"}, {"han", "trenger", "ei"},
      {"hun", "trenger", "noe"}, {"han", "trenger", "noe"},
      {"she", "needs", "an"}, {"he", "needs", "an"}, {"she", "needs", "something"}, {"he", "needs", "something"},
      // ... or is to have ("Hun skal have en talemaskine, hun styrer med blikket")
      {"hun", "skal", "have", "en"}, {"han", "skal", "have", "en"}, {"hun", "skal", "have", "et"},
      {"han", "skal", "have", "et"}, {"hun", "skal", "ha", "en"}, {"han", "skal", "ha", "en"},
      {"hun", "skal", "ha", "et"}, {"han", "skal", "ha", "et"}, {"hun", "skal", "ha", "ei"}, {"han", "skal", "ha", "ei"},
      {"hon", "ska", "ha", "en"}, {"han", "ska", "ha", "en"}, {"hon", "ska", "ha", "ett"}, {"han", "ska", "ha", "ett"},
      // English
      {"we", "need"}, {"we", "want"}, {"we", "only", "want"}, {"we", "would", "like"}, {"we", "are", "looking"},
      {"we", "d", "like"}, {"we", "d", "love"},  // "we'd like"
      {"looking", "for"}, {"we", "are", "seeking"}, {"we", "seek"}, {"we", "require"}, {"we", "wish"},
      {"we", "are", "interested"}, {"we", "are", "considering"},
      // a request said as what is wanted ("What I would like is something she wears ...")
      {"what", "i", "would", "like", "is"}, {"what", "we", "would", "like", "is"}, {"what", "i", "need", "is"},
      {"what", "we", "need", "is"}, {"what", "she", "needs", "is"}, {"what", "he", "needs", "is"},
      // ... or accepts or needs, in the Nordic word order ("Det, han selv vil gå med til, er en
      // almindelig mobiltelefon", "Det, hun har brug for, er en stol", "Det hon behöver är")
      {"gå", "med", "til", "er"}, {"går", "med", "til", "er"}, {"gå", "med", "på", "er"}, {"brug", "for", "er"},
      {"behov", "for", "er"}, {"behöver", "är"}, {"trenger", "er"}, {"will", "accept", "is"}, {"would", "accept", "is"},
      // ... or dreams of ("Det, vi drømmer om, er en stol med hjul, som …")
      {"drømmer", "om", "er"}, {"drömmer", "om", "är"}, {"dream", "of", "is"}, {"dreaming", "of", "is"},
      // Swedish
      {"vi", "behöver"}, {"vi", "söker"}, {"vi", "vill"}, {"vi", "önskar"}, {"vi", "letar"},
      {"vi", "skulle", "vilja"}, {"vi", "är", "intresserade"}, {"vi", "överväger"},
      // Norwegian
      {"vi", "trenger"}, {"vi", "ser", "etter"}, {"vi", "leter"}, {"vi", "har", "bruk"}, {"vi", "er", "interessert"},
      {"vi", "er", "interesserte"},
      // What the municipality weighs or thinks of getting ("Vi vurderer å kjøpe behandling hos
      // psykolog over video", "Vi tænker på behandling hos en psykolog over video", "så vi
      // tenker en elektrisk scooter for utendørs bruk"; not "Vi tænker, at ...").
      {"vi", "vurderer", "å"}, {"vi", "vurderer", "at"}, {"vi", "tænker", "på"}, {"vi", "tenker", "på"},
      {"vi", "tänker", "på"}, {"we", "are", "thinking", "of"}, {"we", "are", "thinking", "about"},
      {"vi", "tænker", "en"}, {"vi", "tænker", "et"}, {"vi", "tenker", "en"}, {"vi", "tenker", "et"},
      {"vi", "tenker", "ei"},
      // A purchase planned is a request ("We are planning to buy a stationary gait trainer").
      {"we", "are", "planning", "to", "buy"}, {"we", "plan", "to", "buy"}, {"we", "intend", "to", "buy"},
      {"vi", "planlægger", "at", "købe"}, {"vi", "planlægger", "at", "anskaffe"}, {"vi", "planerar", "att", "köpa"},
      {"vi", "planlegger", "å", "kjøpe"}, {"vi", "planlegger", "å", "anskaffe"},
      // The verb before "vi" after a fronted clause or adverb ("Derfor søger vi", "Før vi
      // beslutter noget, vil vi gerne undersøge", "Därför söker vi", "Nå trenger vi").
      {"vil", "vi"}, {"ønsker", "vi"}, {"søger", "vi"}, {"leder", "vi"}, {"mangler", "vi"}, {"har", "vi", "brug"},
      {"har", "vi", "behov"}, {"efterlyser", "vi"}, {"vill", "vi"}, {"söker", "vi"}, {"behöver", "vi"},
      {"önskar", "vi"}, {"letar", "vi"}, {"trenger", "vi"}, {"søker", "vi"}, {"leter", "vi"}, {"har", "vi", "bruk"},
      // A consultant who searches for herself ("Jeg søger en let, aktiv kørestol").
      {"jeg", "søger"}, {"jag", "söker"}, {"jeg", "efterlyser"}, {"jeg", "leter"}, {"jeg", "ser", "etter"},
      {"i", "am", "seeking"}, {"søger", "jeg"}, {"söker", "jag"}, {"jeg", "tænker", "på"}, {"jeg", "tenker", "på"},
      {"jag", "tänker", "på"},
      // A relative's or a citizen's demand ("Jeg forventer, at nattevagten fremover får besked"),
      // not an answer expected ("Jeg forventer et ordentligt svar").
      {"jeg", "forventer", "at"}, {"vi", "forventer", "at"}, {"jag", "förväntar", "mig", "att"},
      {"vi", "förväntar", "oss", "att"}, {"jeg", "forventer", "å"}, {"i", "expect", "that"}, {"we", "expect", "that"}};
  // clang-format on
  // Whoever looks for it ("Ergoterapeuten leder efter en stol, der ..."), or asks for help
  // to find it ("Jeg har brug for jeres hjælp til at finde en enkel mobiltelefon"); not for
  // a person or the way ("nogle går ud og leder efter nogen", "hun leder efter vejen hjem",
  // "hun har brug for hjælp til at finde vej"): a citizen who searches tells the situation.
  // clang-format off
  static const std::vector<std::vector<std::string>> looks_for{
      {"leder", "efter"}, {"søger", "efter"}, {"letar", "efter"}, {"leter", "etter"},
      {"hjælp", "til", "at", "finde"}, {"hjælpe", "med", "at", "finde"}, {"hjælpe", "os", "med", "at", "finde"},
      {"hjælpe", "mig", "med", "at", "finde"}, {"hjälp", "att", "hitta"}, {"hjälpa", "oss", "att", "hitta"},
      {"hjälpa", "mig", "att", "hitta"}, {"hjelp", "til", "å", "finne"}, {"hjelpe", "oss", "med", "å", "finne"},
      {"hjelpe", "meg", "med", "å", "finne"}, {"help", "us", "find"}, {"help", "me", "find"}};
  static const std::set<std::string> person_or_way{
      "nogen", "någon", "noen", "someone", "somebody", "vejen", "vägen", "veien", "ham", "hende", "honom", "henne",
      "dem", "sin", "sine", "sina", "sit", "sitt", "mig", "meg", "mej",
      "vej", "väg", "vei", "hjem", "hem", "hjemme", "rundt", "ud", "ut", "tilbage", "tillbaka", "tilbake", "home"};
  // clang-format on
  const auto looks_for_something = [&] {
    return contains_phrase_then(words, looks_for, [&](std::size_t next) {
      return next >= words.size() || person_or_way.count(words[next]) == 0;
    });
  };
  // A request joined to what the municipality does ("Vi indretter et nyt skærmningsrum og
  // vil gerne have en lænestol"): the same "vi", left out.
  static const std::vector<std::vector<std::string>> joined{
      {"og", "vil", "gerne", "have"}, {"og", "vil", "gjerne", "ha"}, {"och", "vill", "gärna", "ha"}};
  // ... also as a wish or a search, when "vi" opens the sentence ("Vi bygger om enheten og
  // ønsker døgnrytmelys", "We are rebuilding the unit and want ..."; not "Borgeren bor alene
  // og ønsker ...", a citizen's wish).
  // clang-format off
  static const std::vector<std::vector<std::string>> joined_to_we{
      {"og", "ønsker"}, {"og", "søger"}, {"og", "mangler"}, {"og", "har", "brug", "for"}, {"og", "trenger"},
      {"og", "ser", "etter"}, {"och", "önskar"}, {"och", "söker"}, {"och", "behöver"},
      {"and", "want"}, {"and", "need"}, {"and", "are", "looking", "for"}};
  // clang-format on
  const bool we_open = !words.empty() && (words[0] == "vi" || words[0] == "we");
  // What the municipality pictures ("Vi forestiller os et rum, hvor ...").
  static const std::vector<std::vector<std::string>> pictures{{"vi", "forestiller", "os"},
                                                              {"vi", "ser", "for", "oss"},
                                                              {"vi", "tänker", "oss"},
                                                              {"we", "envisage"},
                                                              {"we", "envision"}};
  // ... but not how it plans to begin ("Vi tänker oss att börja med två stolar per avdelning").
  static const std::set<std::string> to{"at", "att", "å", "to"};
  static const std::set<std::string> begin{"starte", "begynde", "börja", "starta", "begynne", "start", "begin"};
  const auto pictured = [&] {
    return contains_phrase_then(words, pictures, [&](std::size_t next) {
      const bool plans_start =
          next + 1 < words.size() && to.count(words[next]) != 0 && begin.count(words[next + 1]) != 0;
      return !plans_start;
    });
  };
  // A need said impersonally, as the sentence's opening ("Der er brug for en el-kørestol, …"); not
  // a clause of when ("…, når der er brug for det").
  static const std::vector<std::vector<std::string>> impersonal{
      {"der", "er", "brug", "for"}, {"der", "er", "behov", "for"},   {"det", "er", "behov", "for"},
      {"det", "er", "bruk", "for"}, {"det", "finns", "behov", "av"}, {"there", "is", "a", "need", "for"}};
  const bool opens_impersonally = opens_with_any(words, impersonal);
  // A refusal ("vi vil ikke flytte ham rundt med gulvlift", "vi ønsker ikke kameraer") asks for nothing.
  static const PhraseIndex indexed_openers(openers);
  const auto affirmed_opener_in = [&](const std::vector<std::string>& sentence) {
    return contains_phrase_then(sentence, indexed_openers, [&](std::size_t next) {
      return next >= sentence.size() || !is_negation_at(sentence, next);
    });
  };
  // Read again without its sentence adverbs only when it has one: most sentences have none.
  const auto without_adverbs = [&] {
    std::vector<std::string> kept;
    std::copy_if(words.begin(), words.end(), std::back_inserter(kept),
                 [](const std::string& word) { return !is_sentence_adverb(word); });
    return kept;
  };
  const bool affirmed_opener =
      affirmed_opener_in(words) ||
      (std::any_of(words.begin(), words.end(), is_sentence_adverb) && affirmed_opener_in(without_adverbs()));
  return affirmed_opener || looks_for_something() || contains_phrase(words, joined) ||
         (we_open && contains_phrase(words, joined_to_we)) || pictured() || staff_wish(words) ||
         professional_proposes(words) || opens_impersonally || opens_with_wish_named(words);
}

bool weighs_options(const std::vector<std::string>& words, char terminator) {
  static const std::vector<std::vector<std::string>> open_options{
      {"eller", "noget", "helt", "andet"}, {"eller", "noget", "andet"}, {"eller", "noe", "helt", "annet"},
      {"eller", "noe", "annet"},           {"eller", "något", "helt", "annat"}, {"eller", "något", "annat"},
      {"or", "something", "else"},         {"or", "something", "completely", "different"}};
  return terminator == '?' && contains_phrase(words, open_options);
}

namespace {

// Phrases that open a description of what a municipality already has or has tried
// ("Vi har sengealarmer på stuerne, men ..."): the background of a need. What anyone has
// tried is ("Ergoterapeuterne har prøvet forskellige skærebrætter, men ...").
bool tells_what_exists(const std::vector<std::string>& words) {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> openers{
      // Tried, by anyone (Danish, Norwegian, Swedish, English)
      {"har", "prøvet"}, {"har", "afprøvet"}, {"har", "testet"}, {"har", "prøvd"}, {"har", "provat"},
      {"har", "testat"},
      // the same after a fronted adverb ("I halvandet år har vi afprøvet ...")
      {"har", "vi", "prøvet"}, {"har", "vi", "afprøvet"}, {"har", "vi", "testet"},
      {"har", "vi", "prøvd"}, {"har", "vi", "provat"}, {"har", "vi", "testat"}, {"have", "tried"},
      {"has", "tried"},
      // Danish (and Norwegian where they share the words), with the verb first after a
      // fronted adverb ("I dag bruger vi ...")
      {"vi", "har", "installeret"}, {"vi", "har", "købt"}, {"vi", "har", "indført"},
      {"vi", "har", "implementeret"}, {"vi", "bruger"}, {"vi", "anvender"}, {"vi", "tilbyder"},
      {"vi", "har", "allerede"}, {"vi", "allerede"},
      // what anyone has already ("Han har allerede en tablet fra hjælpemiddeldepotet"), or
      // what is there already ("Taklift finns redan i rummet", "Der findes allerede en loftlift")
      {"har", "allerede"}, {"har", "redan"}, {"finns", "redan"}, {"findes", "allerede"}, {"finnes", "allerede"},
      {"finns", "det", "redan"}, {"findes", "der", "allerede"}, {"finnes", "det", "allerede"},
      {"there", "is", "already"}, {"there", "are", "already"},
      // the same with the subject after the verb ("Nødkald har hun allerede")
      {"har", "hun", "allerede"}, {"har", "han", "allerede"}, {"har", "de", "allerede"},
      {"har", "hon", "redan"}, {"har", "han", "redan"}, {"har", "de", "redan"}, {"has", "already"},
      {"har", "de", "fleste", "allerede"}, {"har", "de", "flesta", "redan"}, {"har", "de", "fleste", "alt"},
      // ... or is in place already, in the passive ("Loftliften er allerede monteret og virker fint")
      {"er", "allerede", "monteret"}, {"er", "allerede", "installeret"}, {"er", "allerede", "montert"},
      {"er", "allerede", "installert"}, {"är", "redan", "monterad"}, {"är", "redan", "installerad"},
      {"is", "already", "installed"}, {"are", "already", "installed"}, {"is", "already", "fitted"},
      {"have", "already"}, {"already", "has"}, {"already", "have"}, {"bruger", "vi"}, {"anvender", "vi"},
      // English says so with an emphatic "do" ("they do have a ceiling hoist in the bathroom")
      {"do", "have"}, {"does", "have"},
      // what is used today, in the passive ("I dag bruges en fast briks", "Idag används
      // papperslistor", "I dag brukes en vanlig seng")
      {"i", "dag", "bruges"}, {"i", "dag", "anvendes"}, {"i", "dag", "benyttes"}, {"bruges", "i", "dag"},
      {"anvendes", "i", "dag"}, {"idag", "används"}, {"i", "dag", "används"}, {"används", "i", "dag"},
      {"i", "dag", "brukes"}, {"brukes", "i", "dag"}, {"is", "used", "today"}, {"are", "used", "today"},
      // English
      {"we", "have", "installed"}, {"we", "use"}, {"we", "offer"}, {"we", "already"},
      {"we", "have", "bought"}, {"we", "have", "introduced"}, {"we", "have", "implemented"},
      {"we", "bought"}, {"we", "tried"}, {"we", "installed"},
      // Swedish
      {"vi", "använder"}, {"vi", "har", "installerat"}, {"vi", "har", "köpt"}, {"vi", "har", "infört"},
      {"vi", "erbjuder"}, {"vi", "har", "redan"}, {"vi", "redan"}, {"använder", "vi"},
      // Norwegian
      {"vi", "bruker"}, {"vi", "har", "installert"}, {"vi", "har", "kjøpt"}, {"vi", "har", "innført"},
      {"vi", "har", "implementert"}, {"vi", "tilbyr"}, {"bruker", "vi"},
      // what has not helped or sufficed ("Påmindelser, skilte og farvede bremsegreb har ikke
      // hjulpet", "Läkemedel och bäckenbottenträning har inte räckt"): tried, so background
      {"har", "ikke", "hjulpet"}, {"har", "ikke", "virket"}, {"har", "ikke", "været", "nok"},
      {"har", "inte", "hjälpt"}, {"har", "inte", "räckt"}, {"har", "inte", "fungerat"},
      {"har", "ikke", "fungert"}, {"har", "ikke", "vært", "nok"}, {"has", "not", "helped"},
      {"have", "not", "helped"}, {"haven", "t", "helped"}, {"hasn", "t", "helped"},
      {"did", "not", "help"}, {"didn", "t", "help"}};
  // clang-format on
  // Not after a conjunction of time or condition: "Når vi har indført ny teknologi, kan vi
  // sjældent vise ..." speaks of any technology, not of one the municipality has.
  static const std::set<std::string> when{"når", "när", "hvis", "om", "if", "when", "once", "whenever"};
  std::vector<bool> told(words.size(), true);
  for (std::size_t i = 1; i < words.size(); ++i) told[i] = when.count(words[i - 1]) == 0;
  return contains_phrase(words, openers, told);
}

// True if a sentence sets its topic aside as another matter ("… men det må blive en anden
// sag", "but that's a separate matter", "den hanteras i ett separat ärende", "tages op på
// næste møde", "ingår inte i frågan") or says it is not lacked ("så det mangler vi ikke"):
// what it names is not what the need asks, even where the sentence reads as a request.
bool sets_topic_aside(const std::vector<std::string>& words) {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"en", "anden", "sag"}, {"en", "separat", "sag"}, {"en", "sag", "for", "sig"}, {"et", "andet", "spor"},
      {"tages", "op", "på", "næste"}, {"indgår", "ikke"}, {"ikke", "det", "vi", "spørger", "om"},
      {"mangler", "vi", "ikke"}, {"vi", "mangler", "ikke"},
      {"en", "annen", "sak"}, {"en", "egen", "sak"}, {"en", "separat", "sak"}, {"tas", "opp", "på", "neste"},
      {"inngår", "ikke"},
      {"en", "annan", "sak"}, {"ett", "separat", "ärende"}, {"ett", "annat", "ärende"}, {"tas", "upp", "på", "nästa"},
      {"ingår", "inte"}, {"inte", "det", "vi", "frågar", "om"}, {"saknar", "vi", "inte"}, {"vi", "saknar", "inte"},
      {"a", "separate", "matter"}, {"another", "matter"}, {"a", "different", "matter"}, {"a", "separate", "issue"},
      {"a", "separate", "question"}, {"not", "what", "we", "are", "asking"}};
  // clang-format on
  return contains_phrase(words, phrases);
}

// True if a sentence says the municipality sees to a topic itself, its object fronted
// ("Oplæringen klarer vi i hjemmet", "Installationen sørger vi for", "Dokumentationen klarer
// vi som nu", "The training we will handle"): its own work beside the need, not a demand
// on a product. Not "Det klarer vi ikke længere", which tells the problem.
bool does_itself(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"klarer", "vi"}, {"sørger", "vi", "for"}, {"står", "vi", "for"}, {"tager", "vi", "os", "af"},
      {"tar", "vi", "oss", "av"}, {"ordner", "vi"},
      {"klarar", "vi"}, {"sköter", "vi"}, {"tar", "vi", "hand", "om"}, {"ordnar", "vi"},
      {"we", "will", "handle"}, {"we", "ll", "handle"}, {"we", "can", "handle"}, {"we", "will", "take", "care", "of"},
      {"we", "ll", "take", "care", "of"}};
  // clang-format on
  return contains_phrase_then(words, phrases, [&](std::size_t next) {
    const bool denied = next < words.size() && (is_negation_at(words, next) || words[next] == "os");
    return !denied;
  });
}

// True if a sentence makes a remark in passing ("Kaffeklubben har i øvrigt spurgt om noget
// lignende", "by the way", "forresten"), says a topic is seen to elsewhere ("Madservice er
// bestilt separat"; "Smertepumpen ordner vi selv", does_itself), not relevant or no part of
// the need ("Iltbehandling er ikke aktuel", "er ikke en del af ønsket"), or going on as it is
// ("det fortsætter uændret", "det fungerer fint"): a topic beside the need, told as what the
// municipality has is. Read only where the sentence asks nothing, and not after a modal,
// where the words mean "moreover" ("Løsningen skal i øvrigt kunne …").
bool remarks_in_passing(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"i", "øvrigt"}, {"forresten"}, {"separat"},
      {"ikke", "aktuel"}, {"ikke", "aktuelt"}, {"ikke", "relevant"}, {"ikke", "relevante"},
      {"ikke", "en", "del", "af"}, {"fortsætter", "som", "i", "dag"}, {"fortsætter", "uændret"},
      {"det", "fungerer", "fint"}, {"det", "fungerer", "godt"},
      {"for", "øvrig"}, {"forøvrig"}, {"ikke", "aktuell"}, {"ikke", "en", "del", "av"},
      {"fortsetter", "som", "i", "dag"}, {"det", "fungerer", "bra"},
      {"i", "övrigt"}, {"för", "övrigt"}, {"förresten"}, {"inte", "aktuell"},
      {"inte", "aktuellt"}, {"inte", "relevant"}, {"inte", "relevanta"}, {"inte", "en", "del", "av"},
      {"fortsätter", "som", "idag"}, {"fortsätter", "som", "i", "dag"}, {"det", "fungerar", "bra"},
      {"by", "the", "way"}, {"incidentally"}, {"separately"}, {"we", "handle", "ourselves"}, {"not", "relevant"},
      {"not", "part", "of"}, {"continues", "as", "today"}, {"continues", "as", "before"}, {"that", "works", "well"},
      {"that", "works", "fine"}};
  // clang-format on
  std::vector<bool> not_after_modal(words.size(), true);
  for (std::size_t i = 1; i < words.size(); ++i) not_after_modal[i] = !is_modal(words[i - 1]);
  return contains_phrase(words, phrases, not_after_modal) || does_itself(words);
}

// True if a sentence tells of a point put off ("Pkt. 5 Nye skriveborde: udsat.", "Punktet
// om nøkkelbokser ble utsatt til neste møte", "Item 5 (key boxes) was postponed"): a
// minute's other topic, beside the need. The Danish and Norwegian participles also mean
// "exposed" ("udsat for vold", "socialt udsat borger"), so they count only at the end of
// the sentence or before the time they were put off to ("udsat til næste møde").
bool tells_of_a_point_put_off(const std::vector<std::string>& words) {
  static const std::set<std::string> put_off{"udskudt",   "uppskjuten", "uppskjutet",
                                             "bordlades", "postponed",  "deferred"};
  static const std::set<std::string> put_off_or_exposed{"udsat", "utsatt", "bordlagt"};
  static const std::set<std::string> until{"til", "till", "until"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (put_off.count(words[i]) != 0) return true;
    const bool at_end_or_until = i + 1 == words.size() || until.count(words[i + 1]) != 0;
    if (put_off_or_exposed.count(words[i]) != 0 && at_end_or_until) return true;
  }
  return false;
}

// True if a line opens with the heading of a minute's other business ("Øvrigt: …",
// "Eventuelt:", "AOB:"): the rest of the line is beside the need.
bool opens_other_business(std::string_view sentence) {
  static const std::set<std::string, std::less<>> headings{
      "øvrigt", "eventuelt", "evt", "diverse", "övrigt", "annet", "aob", "any other business", "other business"};
  const auto colon = sentence.find(':');
  if (colon == std::string_view::npos) return false;
  std::size_t start = 0;
  while (start < colon && (sentence[start] == ' ' || sentence[start] == '-' || sentence[start] == '*')) ++start;
  return headings.count(to_lower(sentence.substr(start, colon - start))) != 0;
}

// The word of a question's addressee, where the question opens with a modal and asks a unit
// to tell, send or advise ("Kan hjälpmedelscentralen berätta vad som finns?", "Could the
// assistive-devices team recommend ..."): whom the need asks, not what it asks for. A
// product as the subject does something ("Kan robotten også vaske gulv?", "Kan robotten
// hjælpe med at løfte?").
std::optional<std::size_t> addressed_unit(const std::vector<std::string>& words) {
  static const std::set<std::string> modals{"kan", "kunne", "vil", "ville", "kunde", "can", "could", "will", "would"};
  static const std::set<std::string> articles{"the", "den", "det", "de"};
  static const std::set<std::string> informs{
      "fortælle",     "fortelle",  "berätta", "tell",    "sende",   "skicka",  "send",   "anbefale",
      "rekommendera", "recommend", "vejlede", "veilede", "vägleda", "advise",  "oplyse", "informere",
      "informera",    "inform",    "svare",   "svara",   "answer",  "rådgive", "råde"};
  if (words.size() < 3 || modals.count(words[0]) == 0) return std::nullopt;
  const std::size_t subject = articles.count(words[1]) != 0 ? 2 : 1;
  if (subject + 1 >= words.size() || informs.count(words[subject + 1]) == 0) return std::nullopt;
  return subject;
}

// True if a request points back to what the sentence before it named ("Vi ønsker at
// anskaffe sådan et", "We want one like that", "Vi vil ha noe slikt", "Det er præcis det,
// han ønsker sig", "Det låter precis som det vi behöver").
bool points_back(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> phrases{{"sådan"},          {"sådant"},
                                                             {"sådanne"},        {"sådana"},
                                                             {"slik"},           {"slikt"},
                                                             {"slike"},          {"such"},
                                                             {"like", "that"},   {"like", "those"},
                                                             {"like", "this"},   {"præcis", "det"},
                                                             {"precis", "det"},  {"precis", "som", "det"},
                                                             {"akkurat", "det"}, {"akkurat", "som", "det"},
                                                             {"lige", "det"},    {"exactly", "what"}};
  // "slik at", "sådan at", "such that": so that, a purpose, not the thing told before.
  static const std::set<std::string> purpose{"at", "att", "that"};
  if (contains_phrase_then(words, phrases,
                           [&](std::size_t next) { return next >= words.size() || purpose.count(words[next]) == 0; })) {
    return true;
  }
  // What is available for this, or something similar ("Could you find out what is available
  // for this in Denmark?", "Findes der noget lignende?"); "for this" only at the end or before
  // where ("for this reason" names a reason).
  static const std::vector<std::vector<std::string>> similar{{"noget", "lignende"},  {"noget", "tilsvarende"},
                                                             {"något", "liknande"},  {"noe", "lignende"},
                                                             {"noe", "tilsvarende"}, {"something", "similar"}};
  static const std::vector<std::vector<std::string>> for_this{
      {"for", "this"}, {"til", "det", "her"}, {"til", "dette"}, {"för", "detta"}, {"for", "dette"}};
  static const std::set<std::string> where{"in", "here", "i", "her", "här"};
  return contains_phrase(words, similar) || contains_phrase_then(words, for_this, [&](std::size_t next) {
           return next >= words.size() || where.count(words[next]) != 0;
         });
}

// True if a sentence says that what the sentence before it told sounds right ("Det lyder
// rigtig godt.", "Det høres perfekt ut.", "That sounds ideal."), is just it ("Det er præcis
// det, han ønsker sig.") or would suit ("Det ville passe hende meget bedre"): a product heard
// of, now asked for.
bool endorses(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> just_it_or_suits{
      {"det", "er", "præcis", "det"}, {"det", "er", "lige", "det"}, {"det", "er", "akkurat", "det"},
      {"det", "är", "precis", "det"}, {"that", "is", "exactly", "what"}, {"that", "s", "exactly", "what"},
      {"det", "ville", "passe"}, {"det", "vil", "passe"}, {"det", "skulle", "passa"}, {"that", "would", "suit"}};
  // clang-format on
  if (opens_with_any(words, just_it_or_suits)) return true;
  static const std::vector<std::vector<std::string>> sounds{
      {"det", "lyder"}, {"det", "låter"}, {"det", "høres"}, {"that", "sounds"}, {"it", "sounds"}};
  static const std::set<std::string> good{"godt",  "bra",     "perfekt", "ideelt",    "idealiskt", "good",
                                          "great", "perfect", "ideal",   "spændende", "lovende"};
  constexpr std::size_t kReach = 3;  // "Det lyder rigtig godt", "Det høres veldig bra ut"
  if (words.size() < 3 || !opens_with_any(words, sounds)) return false;
  return std::any_of(words.begin() + 2, words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), 2 + kReach)),
                     [](const std::string& word) { return good.count(word) != 0; });
}

// In a request that opens by telling what exists and turns with "men"/"but" to what is
// asked ("Selve medicingivningen signerer vi allerede digitalt, men vi mangler et
// lagerregnskab"), the number of words before the turn: the background of the request.
// 0 when the request has no such opening.
std::size_t told_before_request(const std::vector<std::string>& words) {
  const auto turn =
      std::find_if(words.begin(), words.end(), [](const std::string& word) { return word == "men" || word == "but"; });
  if (turn == words.begin() || turn == words.end()) return 0;
  const std::vector<std::string> before(words.begin(), turn), after(turn, words.end());
  return tells_what_exists(before) && !asks(before) && asks(after) ? before.size() : 0;
}

}  // namespace

std::vector<Sentence> sentence_kinds(std::string_view text) {
  std::vector<Sentence> marks;
  std::size_t previous = 0;  // where the sentence before this one begins in `marks`
  const auto quoted = quoted_sentences(text);
  const auto headings = list_headings(text);
  const auto heads_requests = request_heads(text);
  std::size_t sentence = 0;
  bool other_business = false;  // in a line opened by opens_other_business()
  for_each_sentence_text(text, [&](std::string_view sentence_text, char terminator) {
    const auto words = tokenize(sentence_text);
    const bool quote = sentence < quoted.size() && quoted[sentence];
    other_business = other_business || opens_other_business(sentence_text);
    const bool aside = other_business || sets_topic_aside(words);
    if (terminator == '\n' || terminator == '\0') other_business = false;
    // A need's question asks for what it names ("Kan man få en løsning, der ...?"), and an
    // item of a list asks for what it names when its heading asks ("Vi har brug for:").
    const std::size_t heading = sentence < headings.size() ? headings[sentence] : kNotListed;
    ++sentence;
    const bool listed_request = heading != kNotListed && heads_requests[heading];
    const bool request = !aside && !quote &&
                         (listed_request || ((asks(words) || terminator == '?') && !weighs_options(words, terminator)));
    if ((request && points_back(words)) || (!aside && !quote && endorses(words))) {
      std::fill(marks.begin() + static_cast<std::ptrdiff_t>(previous), marks.end(), Sentence::asks);
    }
    if (!words.empty()) previous = marks.size();
    const std::size_t told = request ? told_before_request(words) : 0;
    marks.insert(marks.end(), told, Sentence::has);
    const bool beside = aside || (!request && (remarks_in_passing(words) || tells_of_a_point_put_off(words)));
    const std::size_t start = marks.size() - told;
    marks.insert(marks.end(), words.size() - told,
                 request                              ? Sentence::asks
                 : beside || tells_what_exists(words) ? Sentence::has
                                                      : Sentence::tells);
    if (const auto addressee = request ? addressed_unit(words) : std::nullopt) {
      marks[start + *addressee] = Sentence::has;
    }
  });
  return marks;
}

}  // namespace radar::match
