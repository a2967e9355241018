#include "intent.h"

#include <algorithm>
#include <set>

#include "demands.h"
#include "negation.h"
#include "radar/text.h"
#include "requests.h"
#include "sentences.h"
#include "word_roles.h"

namespace radar::match {

namespace {

// Phrases of a need that asks to develop something new, or says the market lacks it:
// the guide's step 3 (co-develop), whatever the index holds.
const std::vector<std::vector<std::string>>& develop_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"udvikle"}, {"udvikles"}, {"samudvikle"}, {"utveckla"}, {"utvikle"}, {"develop"},
      // a partnership to develop ("åbne for et udviklingssamarbejde", "a development partner")
      {"udviklingssamarbejde"}, {"udviklingspartner"}, {"udviklingspartnere"}, {"samudvikling"},
      {"utvecklingssamarbete"}, {"utvecklingspartner"}, {"utviklingssamarbeid"}, {"utviklingspartner"},
      {"development", "partner"}, {"development", "partners"}, {"development", "partnership"}, {"co", "development"},
      // ... or a development project ("Kan kommunen driva ett utvecklingsprojekt kring detta?")
      {"udviklingsprojekt"}, {"utvecklingsprojekt"}, {"utviklingsprosjekt"}, {"development", "project"},
      // who develops it, with the municipality offered as a test site ("eller vet ni vem som
      // utvecklar det? Vi ställer gärna upp som testkommun.")
      {"hvem", "der", "udvikler"}, {"vem", "som", "utvecklar"}, {"hvem", "som", "utvikler"}, {"who", "is", "developing"},
      {"testkommune"}, {"testkommun"}, {"test", "municipality"},
      // who would make it with the municipality ("Skal vi lave det sammen med nogen?", "Hvem
      // kunne lave det sammen med os?")
      {"lave", "det", "sammen", "med", "nogen"}, {"lave", "det", "sammen", "med", "os"},
      {"lage", "det", "sammen", "med", "noen"}, {"lage", "det", "sammen", "med", "oss"},
      {"göra", "det", "tillsammans", "med", "någon"}, {"göra", "det", "tillsammans", "med", "oss"},
      {"ta", "fram", "något", "tillsammans", "med"}, {"make", "it", "together", "with"},
      {"build", "it", "together", "with"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that says the market lacks what it asks for.
const std::vector<std::vector<std::string>>& market_lacks_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"ikke", "fundet"}, {"kender", "ikke", "noget"}, {"intet", "der"},
      // something else found, and nothing on it ("Der findes et kursus om demens, men intet om
      // afasi", "masser om kørestole og lifte, men intet om parykker")
      {"men", "intet", "om"}, {"men", "inget", "om"}, {"men", "ingenting", "om"}, {"but", "nothing", "on"},
      {"but", "nothing", "about"},
      // not seen by the municipality ("Vi har ikke set noget, der kan det"); what a night
      // guard has not seen ("aftenvagten har ikke set noget") is the story's
      {"vi", "har", "ikke", "set", "noget"}, {"har", "vi", "ikke", "set", "noget"},
      {"jeg", "har", "ikke", "set", "noget"}, {"har", "jeg", "ikke", "set", "noget"},
      {"findes", "ikke"}, {"inte", "hittat"}, {"ikke", "funnet"}, {"not", "found"}, {"haven", "t", "found"},
      {"nothing", "on", "the", "market"}, {"does", "not", "exist"},
      // not found however it was looked for ("Vi har ikke kunnet finde noget på markedet",
      // "none of them seems to do this")
      {"ikke", "kunnet", "finde"}, {"kunne", "ikke", "finde", "noget"}, {"inte", "kunnat", "hitta"},
      {"kunde", "inte", "hitta", "något"}, {"ikke", "kunnet", "finne"}, {"kunne", "ikke", "finne", "noe"},
      {"could", "not", "find"}, {"couldn", "t", "find"}, {"none", "of", "them", "seems"},
      // asked suppliers without an answer ("Vores leverandører har ikke kunnet pege på noget")
      {"ikke", "kunnet", "pege", "på"}, {"inte", "kunnat", "peka", "på"}, {"ikke", "kunnet", "peke", "på"},
      {"could", "not", "point", "to"}, {"couldn", "t", "point", "to"},
      {"none", "of", "them", "seem"},
      // looked for without finding ("Vi har ledt i markedsoversigten uden at finde noget")
      {"uden", "at", "finde", "noget"}, {"utan", "att", "hitta", "något"}, {"uten", "å", "finne", "noe"},
      {"without", "finding", "anything"},
      // searched without a hit ("Jag har sökt i marknadsöversikten utan träff")
      {"utan", "träff"}, {"utan", "träffar"}, {"uten", "treff"}, {"uden", "hits"}, {"uden", "at", "få", "hits"},
      {"without", "any", "hits"}, {"without", "a", "hit"}, {"no", "hits"},
      // found only something else ("Vi har kun fundet almindelige behandlingsprogrammer", "Vi har
      // kigget, men kun fundet termometre", "Vi har letat men bara hittat skolprodukter")
      {"har", "kun", "fundet"}, {"men", "kun", "fundet"}, {"har", "bara", "hittat"}, {"men", "bara", "hittat"},
      {"har", "bare", "funnet"}, {"men", "bare", "funnet"}, {"have", "only", "found"}, {"but", "only", "found"},
      // ... said in the past tense ("Jeg har søgt i markedsoversigten, men fandt kun
      // kommunikationshjælpemidler"; market_holds_only() reads the present)
      {"fandt", "kun"}, {"fann", "bara"}, {"fant", "bare"}, {"fant", "kun"},
      // nothing like it known to whom the need asked ("Arbetsterapeuten visste inte om något
      // sådant", "Hjælpemiddelteamet kendte ikke til noget lignende")
      {"kendte", "ikke", "til", "noget", "lignende"}, {"kender", "ikke", "til", "noget", "lignende"},
      {"kendte", "ikke", "til", "noget", "sådant"}, {"vidste", "ikke", "om", "noget", "lignende"},
      {"visste", "inte", "om", "något", "sådant"}, {"visste", "inte", "om", "något", "liknande"},
      {"kände", "inte", "till", "något", "sådant"}, {"känner", "inte", "till", "något", "sådant"},
      {"kjente", "ikke", "til", "noe", "slikt"}, {"kjenner", "ikke", "til", "noe", "slikt"},
      {"visste", "ikke", "om", "noe", "slikt"}, {"didn", "t", "know", "of", "anything", "like"},
      {"did", "not", "know", "of", "anything", "like"}, {"knew", "of", "nothing", "like"},
      // ... or searched and not finding anything ready ("Vi har lett, men finner ikke noe ferdig")
      // (not someone in the story: "hun kigger i køleskabet, men finder ikke noget")
      {"vi", "finder", "ikke", "noget"}, {"vi", "finner", "ikke", "noe"}, {"vi", "hittar", "inte", "något"},
      {"finder", "vi", "ikke", "noget"}, {"finner", "vi", "ikke", "noe"}, {"hittar", "vi", "inte", "något"},
      {"finder", "ikke", "noget", "færdigt"}, {"finner", "ikke", "noe", "ferdig"}, {"hittar", "inte", "något", "färdigt"}};
  // clang-format on
  return phrases;
}

// True if the need says, after a "but", that there is only some other kind of thing
// ("Jag har letat i marknadsöversikten, men där finns bara kommunikationshjälpmedel") at a
// position `from` allows: the market lacks what it asks. Only one or two of something
// ("men der findes kun én lift") is the story's.
bool market_holds_only(const std::vector<std::string>& words, const std::vector<bool>& from) {
  static const std::vector<std::vector<std::string>> phrases{{"men", "der", "findes", "kun"},
                                                             {"men", "där", "finns", "bara"},
                                                             {"men", "det", "finns", "bara"},
                                                             {"men", "der", "finnes", "bare"},
                                                             {"men", "det", "finnes", "bare"}};
  static const std::set<std::string> counts{"to", "två", "tre", "fire", "fyra"};
  return contains_phrase_where(words, phrases, [&](std::size_t start, std::size_t next) {
    if (start >= from.size() || !from[start] || next >= words.size()) return false;
    const std::string& what = words[next];
    return !is_indefinite_article(what) && counts.count(what) == 0 && !is_number(what);
  });
}

// Phrases that ask what the market has ("hvad der findes", "vad finns det", "what exists"):
// exploring, wherever the need asks them (explore_phrases).
const std::vector<std::vector<std::string>>& what_exists_phrases() {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"hvad", "findes", "der"}, {"hvad", "der", "findes"}, {"hva", "finnes", "det"}, {"hva", "som", "finnes"},
      {"vad", "finns", "det"}, {"vad", "som", "finns"}, {"what", "exists"}, {"what", "is", "available"},
      {"what", "is", "out", "there"},
      // whether something exists, asked of the market ("Kan I screene, om der findes noget færdigt?")
      {"om", "der", "findes"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that asks to explore the options or learn from others first:
// the guide's market dialogue; what_exists_phrases() too.
const std::vector<std::vector<std::string>>& explore_phrases() {
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"undersøge"}, {"afsøge"}, {"forstå"}, {"vil", "se", "på"}, {"gerne", "se", "på"}, {"vil", "kigge", "på"},
      {"gerne", "kigge", "på"}, {"vide", "hvordan"}, {"se", "på", "om"},
      {"se", "på", "hvordan"}, {"look", "into", "whether"}, {"look", "at", "whether"}, {"look", "at", "how"},
      {"erfaringer"}, {"lære", "af"}, {"metode"}, {"metoder"}, {"strategi"}, {"strategien"},
      {"strategier"}, {"sparre"}, {"hvad", "der", "skal", "til"}, {"vil", "høre"}, {"gerne", "høre"},
      {"hvad", "andre"}, {"hvilke", "andre"}, {"hva", "andre"}, {"vill", "höra"}, {"vad", "andra"},
      {"undersöka"}, {"undersøke"}, {"explore"}, {"find", "out"}, {"learn", "from"}, {"understand"}, {"strategy"},
      {"whether", "there", "is"}, {"whether", "there", "are"}, {"hear", "about"}, {"hear", "from"},
      {"what", "others"}, {"what", "other"}, {"gärna", "höra"}, {"hur", "andra"}, {"hvordan", "andre"},
      // what other municipalities do ("Hvad gør andre kommuner?"), and the pros and cons of ways
      {"gør", "andre"}, {"gjør", "andre"}, {"gör", "andra"}, {"do", "other"}, {"fordele", "og", "ulemper"},
      {"fordeler", "og", "ulemper"}, {"fördelar", "och", "nackdelar"}, {"pros", "and", "cons"},
      {"advantages", "and", "disadvantages"},
      // a dialogue with the market, not with citizens or relatives
      {"markedsdialog"}, {"markedsdialogen"}, {"market", "dialogue"}, {"marknadsdialog"},
      {"dialog", "med", "leverandører"}, {"dialog", "med", "leverandørerne"}, {"dialog", "med", "leverandørene"},
      {"dialog", "med", "markedet"}, {"dialog", "med", "virksomheder"}, {"dialog", "med", "leverantörer"},
      {"dialog", "med", "marknaden"}, {"dialogue", "with", "suppliers"}, {"dialogue", "with", "vendors"},
      {"dialogue", "with", "companies"}, {"dialogue", "with", "the", "market"}};
  // clang-format on
  return phrases;
}

// Phrases of a need that says it has not chosen what to work on: the guide's first step
// (what is the need?) is still open, whatever topics its wishes touch on.
const std::vector<std::vector<std::string>>& undecided_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"ikke", "lagt", "os", "fast"}, {"alle", "idéer"}, {"alle", "ideer"}, {"alle", "ideér"},
      {"ikke", "lagt", "mig", "fast"}, {"ikke", "låst", "os", "fast"}, {"ikke", "låst", "mig", "fast"},
      // the writer has not settled herself ("Jeg har ikke selv lagt mig fast på noget")
      {"ikke", "selv", "lagt", "mig", "fast"}, {"ikke", "selv", "lagt", "os", "fast"},
      {"ikke", "selv", "bestemt", "meg"}, {"ikke", "selv", "bestemt", "oss"}, {"inte", "själv", "bestämt", "mig"},
      // only ideas asked for ("Det behöver inte vara genomtänkt än, bara idéer")
      {"bara", "idéer"}, {"kun", "idéer"}, {"kun", "ideer"}, {"bare", "ideer"}, {"just", "ideas"},
      {"hvad", "vi", "konkret", "skal"}, {"hvad", "vi", "skal", "arbejde", "med"}, {"endnu", "ikke", "valgt"},
      // ... or work on further ("så vi kan vælge, hvad vi vil arbejde videre med")
      {"hvad", "vi", "vil", "arbejde", "videre", "med"}, {"hvad", "vi", "skal", "arbejde", "videre", "med"},
      {"hva", "vi", "skal", "jobbe", "videre", "med"}, {"vad", "vi", "ska", "arbeta", "vidare", "med"},
      {"ikke", "bestemt", "os"}, {"ikke", "besluttet", "os"}, {"ikke", "bestemt", "oss"},
      {"hva", "vi", "konkret", "skal"}, {"hva", "vi", "skal", "jobbe", "med"},
      {"inte", "bestämt", "oss"}, {"alla", "idéer"}, {"vad", "vi", "konkret", "ska"}, {"vad", "vi", "ska", "arbeta", "med"},
      {"open", "to", "all", "ideas"}, {"not", "yet", "decided"}, {"have", "not", "decided"}, {"haven", "t", "decided"},
      {"what", "we", "should", "work", "on"}, {"hva", "markedet", "kan", "tilby"}, {"hvad", "markedet", "kan", "tilbyde"},
      {"vad", "marknaden", "kan", "erbjuda"}, {"what", "the", "market", "can", "offer"},
      {"hvad", "markedet", "har", "at", "tilbyde"}, {"hva", "markedet", "har", "å", "tilby"},
      {"vad", "marknaden", "har", "att", "erbjuda"}, {"what", "the", "market", "has", "to", "offer"},
      {"hvad", "markedet", "har", "at", "byde", "på"}, {"hvad", "markedet", "kan", "byde", "på"},
      {"hva", "markedet", "har", "å", "by", "på"}, {"hva", "markedet", "kan", "by", "på"},
      // where the market is heading ("hvor markedet bevæger sig hen"): a trend, no problem chosen
      {"hvor", "markedet", "bevæger", "sig"}, {"hvor", "markedet", "er", "på", "vej"}, {"hvor", "markedet", "beveger", "seg"},
      {"vart", "marknaden", "är", "på", "väg"}, {"where", "the", "market", "is", "heading"},
      {"where", "the", "market", "is", "going"},
      // what research shows asked ("Findes der undersøgelser af, om beboerne faktisk sover bedre
      // ...?", "Hvad siger forskningen?"): knowledge before a choice, not a product
      {"findes", "der", "undersøgelser"}, {"findes", "der", "forskning"}, {"findes", "der", "studier"},
      {"hvad", "siger", "forskningen"}, {"finns", "det", "forskning"}, {"finns", "det", "studier"},
      {"vad", "säger", "forskningen"}, {"finnes", "det", "forskning"}, {"finnes", "det", "studier"},
      {"finnes", "det", "undersøkelser"}, {"hva", "sier", "forskningen"}, {"is", "there", "evidence"},
      {"is", "there", "any", "evidence"}, {"is", "there", "research"}, {"are", "there", "studies"},
      {"what", "does", "the", "research", "say"}, {"what", "does", "the", "evidence", "say"},
      // no needs formulated or known yet ("der er ikke formuleret konkrete behov", "vi ved det
      // ikke endnu")
      {"ikke", "formuleret"}, {"inte", "formulerat"}, {"ikke", "formulert"}, {"not", "yet", "formulated"},
      {"vi", "ved", "det", "ikke", "endnu"}, {"vi", "vet", "det", "inte", "än"}, {"vi", "vet", "det", "ikke", "ennå"},
      {"we", "don", "t", "know", "yet"}, {"we", "do", "not", "know", "yet"},
      // solutions "within all these areas", or suggestions of what to try: no area chosen yet
      {"inden", "for", "alle", "disse"}, {"inom", "alla", "dessa"}, {"innenfor", "alle", "disse"},
      {"within", "all", "these"}, {"forslag", "til", "hvad"}, {"förslag", "på", "vad"},
      // all the areas named, or all areas ("inden for alle tre områder", "interested in all areas")
      {"inden", "for", "alle", "tre"}, {"inom", "alla", "tre"}, {"innenfor", "alle", "tre"}, {"within", "all", "three"},
      {"interesseret", "i", "alle", "områder"}, {"intresserad", "av", "alla", "områden"},
      {"interessert", "i", "alle", "områder"}, {"interested", "in", "all", "areas"},
      {"forslag", "til", "hva"}, {"suggestions", "for", "what"}, {"suggestions", "of", "what"},
      // where or how to start ("Hvor skal vi starte?", "vi ved ikke, hvor vi skal begynde"):
      // a way in asked for, not a product
      {"hvor", "skal", "vi", "starte"}, {"hvor", "vi", "skal", "starte"}, {"hvor", "skal", "vi", "begynde"},
      {"hvor", "vi", "skal", "begynde"}, {"hvordan", "kommer", "vi", "i", "gang"},
      {"hvordan", "vi", "kommer", "i", "gang"}, {"hvor", "skal", "vi", "begynne"}, {"hvor", "vi", "skal", "begynne"},
      {"var", "ska", "vi", "börja"}, {"var", "vi", "ska", "börja"}, {"hur", "kommer", "vi", "igång"},
      {"hur", "vi", "kommer", "igång"}, {"where", "do", "we", "start"}, {"where", "do", "we", "begin"},
      {"where", "to", "start"}, {"where", "to", "begin"}, {"where", "should", "we", "start"},
      {"where", "should", "we", "begin"}, {"how", "do", "we", "get", "started"},
      {"how", "to", "get", "started"},
      // the same asked by one person ("Honestly, where do I even start?")
      {"hvor", "skal", "jeg", "starte"}, {"hvor", "jeg", "skal", "starte"}, {"hvor", "skal", "jeg", "begynde"},
      {"hvor", "jeg", "skal", "begynde"}, {"hvor", "skal", "jeg", "begynne"}, {"var", "ska", "jag", "börja"},
      {"where", "do", "i", "start"}, {"where", "do", "i", "begin"}, {"where", "do", "i", "even", "start"},
      {"where", "should", "i", "start"},
      // or by anyone ("hvor starter man?")
      {"hvor", "starter", "man"}, {"hvor", "begynder", "man"}, {"hvor", "skal", "man", "starte"},
      {"hvor", "skal", "man", "begynde"}, {"hvor", "begynner", "man"}, {"var", "börjar", "man"},
      {"var", "ska", "man", "börja"}, {"where", "does", "one", "start"},
      // help to get going at all ("Kan du hjælpe med at komme i gang?")
      // (not "nem at komme i gang med", easy to start using)
      {"med", "at", "komme", "i", "gang"}, {"med", "å", "komme", "i", "gang"}, {"oss", "att", "komma", "igång"},
      {"mig", "att", "komma", "igång"}, {"help", "us", "get", "started"}, {"help", "me", "get", "started"},
      // what it is to solve not said ("ingen har sagt, hvad det skal løse")
      {"hvad", "det", "skal", "løse"}, {"hva", "det", "skal", "løse"}, {"vad", "det", "ska", "lösa"},
      {"what", "it", "should", "solve"}, {"what", "it", "is", "meant", "to", "solve"},
      // nothing to be decided yet ("I don't want to decide anything yet")
      {"decide", "anything", "yet"}, {"beslutte", "noget", "endnu"}, {"bestemme", "noget", "endnu"},
      {"besluta", "något", "än"}, {"bestemme", "noe", "ennå"},
      // no idea what to choose ("Jeg aner ikke, hvad vi skal vælge."): nothing chosen yet
      {"aner", "ikke", "hvad", "vi", "skal", "vælge"}, {"ved", "ikke", "hvad", "vi", "skal", "vælge"},
      {"vet", "inte", "vad", "vi", "ska", "välja"}, {"vet", "ikke", "hva", "vi", "skal", "velge"},
      {"aner", "ikke", "hva", "vi", "skal", "velge"}, {"no", "idea", "what", "to", "choose"},
      {"don", "t", "know", "what", "to", "choose"}, {"not", "sure", "what", "to", "choose"},
      // ... asked, or agreed on but for what ("Vi er enige om, at vi gerne vil have noget
      // velfærdsteknologi, men ikke om hvad. Hvad skal vi vælge?")
      {"hvad", "skal", "vi", "vælge"}, {"vad", "ska", "vi", "välja"}, {"hva", "skal", "vi", "velge"},
      {"what", "should", "we", "choose"}, {"men", "ikke", "om", "hvad"}, {"men", "inte", "om", "vad"},
      {"men", "ikke", "om", "hva"}, {"but", "not", "on", "what"},
      // ... or what to ask for ("Jeg ved ikke, hvad der findes, eller hvad jeg skal bede om")
      {"hvad", "jeg", "skal", "bede", "om"}, {"hvad", "vi", "skal", "bede", "om"}, {"vad", "jag", "ska", "be", "om"},
      {"vad", "vi", "ska", "be", "om"}, {"hva", "jeg", "skal", "be", "om"}, {"hva", "vi", "skal", "be", "om"},
      {"what", "to", "ask", "for"}, {"what", "i", "should", "ask", "for"}, {"what", "we", "should", "ask", "for"},
      {"hvad", "jeg", "skal", "spørge", "om"}, {"hvad", "vi", "skal", "spørge", "om"},
      {"vad", "jag", "ska", "fråga", "om"}, {"hva", "jeg", "skal", "spørre", "om"}, {"what", "to", "ask", "about"},
      // ... or what it would be ("men jeg ved ikke, hvad det skulle være", "ingen av oss vet vad
      // det borde vara")
      {"ikke", "hvad", "det", "skulle", "være"}, {"ikke", "hvad", "det", "skal", "være"},
      {"ikke", "hva", "det", "skulle", "være"}, {"ikke", "hva", "det", "skal", "være"},
      {"vet", "vad", "det", "borde", "vara"}, {"vet", "vad", "det", "skulle", "vara"},
      {"know", "what", "it", "should", "be"}, {"know", "what", "that", "would", "be"},
      // not knowing what makes sense or whom it is for ("Jeg ved ikke, hvad der giver mening,
      // eller hvem det skal være til")
      {"ikke", "hvad", "der", "giver", "mening"}, {"ikke", "hva", "som", "gir", "mening"},
      {"inte", "vad", "som", "är", "vettigt"}, {"not", "sure", "what", "makes", "sense"},
      {"hvem", "det", "skal", "være", "til"}, {"hvem", "det", "skal", "være", "for"}, {"vem", "det", "ska", "vara", "till"},
      // not knowing what would work, or afraid to choose wrong ("Jeg ved ikke, hvad der ville
      // virke bedst", "I don't want to buy the wrong thing"); not "åbne for alt", which is
      // often open to anything for a problem chosen ("…, hvad der kan hjælpe ham med at sove")
      {"ikke", "hvad", "der", "ville", "virke"}, {"ikke", "hvad", "der", "vil", "virke"},
      {"ikke", "hvad", "der", "virker", "bedst"}, {"ikke", "hva", "som", "ville", "virke"},
      {"ikke", "hva", "som", "fungerer", "best"}, {"inte", "vad", "som", "skulle", "fungera"},
      {"inte", "vad", "som", "fungerar", "bäst"}, {"know", "what", "would", "work"}, {"sure", "what", "would", "work"},
      {"buy", "the", "wrong", "thing"}, {"købe", "det", "forkerte"}, {"kjøpe", "feil", "ting"}, {"köpa", "fel", "sak"},
      // ... or whatever else they have not thought of ("and anything else we haven't thought of")
      {"we", "haven", "t", "thought", "of"}, {"we", "have", "not", "thought", "of"},
      {"vi", "ikke", "har", "tænkt", "på"}, {"vi", "inte", "har", "tänkt", "på"}, {"vi", "ikke", "har", "tenkt", "på"},
      // what others use ("Hvad bruger andre opholdssteder, og hvad bør vi anskaffe?"): a survey, no problem chosen
      {"hvad", "bruger", "andre"}, {"vad", "använder", "andra"}, {"hva", "bruker", "andre"},
      {"what", "do", "others", "use"}, {"what", "other", "municipalities", "use"},
      // anything will do ("Det kan være hvad som helst"): no problem chosen
      {"kan", "være", "hvad", "som", "helst"}, {"kan", "vara", "vad", "som", "helst"},
      {"kan", "være", "hva", "som", "helst"}, {"can", "be", "anything"},
      // a bit of everything came up ("kom det upp lite av varje"): no topic chosen
      {"lidt", "af", "hvert"}, {"lite", "av", "varje"}, {"litt", "av", "hvert"}, {"a", "bit", "of", "everything"},
      // what the municipality has of technology ("Hvad har kommunen af teknologi til den
      // slags?", "hvad kommunen har af velfærdsteknologi på psykiatriområdet")
      {"hvad", "har", "kommunen", "af"}, {"hvad", "kommunen", "har", "af"}, {"vad", "har", "kommunen", "för"},
      {"hva", "har", "kommunen", "av"}, {"hva", "kommunen", "har", "av"}, {"what", "does", "the", "municipality", "have"},
      {"what", "the", "municipality", "has"},
      // an overview of what the municipality uses ("en oversigt over, hvad I bruger i dag"), not
      // of what the market has for a problem
      {"oversigt", "over", "hvad", "i", "bruger"}, {"overblik", "over", "hvad", "i", "bruger"},
      {"oversikt", "over", "hva", "dere", "bruker"}, {"översikt", "över", "vad", "ni", "använder"},
      {"overview", "of", "what", "you", "use"},
      // someone to come and tell about it ("Måske kan en af jer komme og fortælle om det på et
      // møde i efteråret?"): a talk, as a briefing is
      {"komme", "og", "fortælle", "om"}, {"komme", "og", "fortelle", "om"}, {"komma", "och", "berätta", "om"},
      {"come", "and", "tell", "us", "about"}, {"come", "and", "talk", "about"},
      // ... or to a staff meeting ("og måske komme ud på et personalemøde i foråret?")
      {"ud", "på", "et", "personalemøde"}, {"ud", "til", "et", "personalemøde"}, {"ut", "på", "et", "personalmøte"},
      {"ut", "på", "en", "personalträff"}, {"to", "a", "staff", "meeting"},
      // what the municipality has, sent ("Kan I sende mig det, I har?"): a briefing
      {"sende", "mig", "det", "i", "har"}, {"sende", "os", "det", "i", "har"}, {"sende", "meg", "det", "dere", "har"},
      {"skicka", "det", "ni", "har"}, {"send", "me", "what", "you", "have"}, {"send", "us", "what", "you", "have"},
      // wanting to take part without knowing in what ("Jeg vil gerne være med til noget
      // velfærdsteknologi, men ved ikke helt hvad.")
      {"men", "ved", "ikke", "helt", "hvad"}, {"men", "vet", "ikke", "helt", "hva"},
      {"men", "vet", "inte", "riktigt", "vad"}, {"but", "don", "t", "quite", "know", "what"},
      // what to bet on ("hvad bør vi satse på?"): no area chosen yet
      {"bør", "vi", "satse", "på"}, {"skal", "vi", "satse", "på"}, {"bör", "vi", "satsa", "på"},
      {"ska", "vi", "satsa", "på"},
      // the needs themselves not yet described ("ingen har endnu beskrevet, hvilke behov eller
      // problemer pengene skal løse")
      {"ingen", "har", "endnu", "beskrevet"}, {"hvilke", "behov", "eller", "problemer"},
      {"ingen", "har", "ennå", "beskrevet"}, {"ingen", "har", "ännu", "beskrivit"}, {"vilka", "behov", "eller", "problem"},
      {"no", "one", "has", "yet", "described"}, {"which", "needs", "or", "problems"},
      // what it is to do left to be found along the way ("det må vi finde ud af undervejs")
      {"finde", "ud", "af", "undervejs"}, {"finne", "ut", "av", "underveis"}, {"figure", "out", "along", "the", "way"},
      {"find", "out", "along", "the", "way"},
      // no decisions made yet ("der er ikke truffet beslutninger")
      {"ikke", "truffet", "beslutninger"}, {"ikke", "truffet", "nogen", "beslutninger"},
      {"inte", "fattat", "några", "beslut"}, {"ikke", "tatt", "noen", "beslutninger"},
      {"no", "decisions", "have", "been", "made"}, {"no", "decisions", "made"},
      // its themes or wishes left unprioritised ("Ingen prioritering – udvalget kunne ikke
      // blive enige", "en uprioriteret ønskeliste", "in no particular order")
      {"ingen", "prioritering"}, {"uden", "prioritering"}, {"uprioriteret"}, {"uprioriterede"},
      {"i", "tilfældig", "rækkefølge"}, {"oprioriterad"}, {"oprioriterade"}, {"utan", "prioritering"},
      {"uprioritert"}, {"uprioriterte"}, {"uten", "prioritering"}, {"no", "priority"}, {"no", "prioritisation"},
      {"no", "prioritization"}, {"unprioritised"}, {"unprioritized"}, {"in", "no", "particular", "order"},
      // or said so ("Det er ikke prioriteret, bare det, der har fyldt:")
      {"ikke", "prioriteret"}, {"inte", "prioriterat"}, {"ikke", "prioritert"}, {"not", "prioritised"},
      {"not", "prioritized"},
      // which welfare technology exists, the whole field ("et overblik over, hvilken
      // velfærdsteknologi der findes"); not which of it helps with a problem named
      {"hvilken", "velfærdsteknologi", "der", "findes"}, {"hvilke", "velfærdsteknologier", "der", "findes"},
      {"hvilken", "velferdsteknologi", "som", "finnes"}, {"hva", "slags", "velferdsteknologi", "som", "finnes"},
      {"vilken", "välfärdsteknik", "som", "finns"}, {"vilken", "välfärdsteknologi", "som", "finns"},
      {"what", "welfare", "technology", "exists"}, {"what", "welfare", "technology", "there", "is"},
      {"which", "welfare", "technology", "exists"}, {"which", "welfare", "technologies", "exist"},
      // ... or what there is of it, or what kinds ("hvad der findes af velfærdsteknologi til
      // ældre", "what kinds of welfare technology the municipality offers")
      {"hvad", "der", "findes", "af", "velfærdsteknologi"}, {"hva", "som", "finnes", "av", "velferdsteknologi"},
      {"vad", "som", "finns", "av", "välfärdsteknik"}, {"vad", "som", "finns", "av", "välfärdsteknologi"},
      {"hvad", "findes", "der", "af", "velfærdsteknologi"}, {"hvad", "findes", "der", "af", "teknologi"},
      {"hva", "finnes", "det", "av", "velferdsteknologi"}, {"vad", "finns", "det", "av", "välfärdsteknik"},
      {"hvad", "for", "noget", "teknologi"}, {"hvad", "for", "noget", "velfærdsteknologi"},
      {"kinds", "of", "welfare", "technology"}, {"types", "of", "welfare", "technology"},
      {"kind", "of", "welfare", "technology"}, {"type", "of", "welfare", "technology"},
      {"kinds", "of", "technology"}, {"types", "of", "technology"}, {"slags", "teknologi"},
      {"typer", "af", "teknologi"}, {"slags", "velfærdsteknologi"}, {"typer", "af", "velfærdsteknologi"},
      // what could be relevant or make sense for us, or what the municipality has of it ("Kan I
      // sende en oversigt over, hvad I har, og hvad der kunne være relevant?"), and a
      // brainstorm's ideas ("Personalet har i en brainstorm nævnt apps, påmindelser, …")
      {"hvad", "der", "kunne", "være", "relevant"}, {"hvad", "der", "kan", "være", "relevant"},
      {"hva", "som", "kunne", "være", "relevant"}, {"vad", "som", "kunde", "vara", "relevant"},
      {"what", "could", "be", "relevant"}, {"what", "might", "be", "relevant"}, {"what", "may", "be", "relevant"},
      {"kunne", "give", "mening", "hos", "os"}, {"kan", "give", "mening", "hos", "os"},
      {"could", "make", "sense", "for", "us"}, {"hvad", "i", "har", "af", "velfærdsteknologi"},
      {"what", "welfare", "technology", "you", "have"}, {"i", "en", "brainstorm"}, {"fra", "en", "brainstorm"},
      {"in", "a", "brainstorm"}, {"from", "a", "brainstorm"},
      // what pays off most, asked with nothing chosen ("hvad der giver mest"); not what to buy,
      // which a need that has chosen asks too ("Can you suggest what to buy?")
      {"hvad", "der", "giver", "mest"}, {"hva", "som", "gir", "mest"}, {"vad", "som", "ger", "mest"},
      {"what", "pays", "off", "most"},
      // what to have not said ("så jeg kan ikke sige, hvad vi skal have"), or anything goes
      {"kan", "ikke", "sige", "hvad"}, {"kan", "ikke", "si", "hva"}, {"kan", "inte", "säga", "vad"},
      {"can", "t", "say", "what"}, {"cannot", "say", "what"}, {"anything", "goes"}, {"alt", "er", "i", "spil"},
      // ... or the writer cannot choose ("Jeg kan ikke selv vælge, hvad der er vigtigst")
      {"jeg", "kan", "ikke", "selv", "vælge"}, {"vi", "kan", "ikke", "selv", "vælge"},
      {"jag", "kan", "inte", "själv", "välja"}, {"jeg", "kan", "ikke", "selv", "velge"},
      // no particular citizen in mind ("Der er ikke tale om en konkret borger", "I am not asking
      // on behalf of any particular person"): a general question
      {"ikke", "tale", "om", "en", "konkret", "borger"}, {"ikke", "tale", "om", "en", "bestemt", "borger"},
      {"ikke", "snakk", "om", "en", "konkret", "bruker"}, {"inte", "fråga", "om", "en", "särskild"},
      {"not", "asking", "on", "behalf", "of", "any"}, {"not", "about", "any", "particular"},
      {"not", "about", "a", "particular", "person"},
      // things to show at a stand or a theme day ("nogle ting, vi kan vise frem"): a showcase,
      // no problem to solve
      {"vise", "frem"}, {"vises", "frem"}, {"visa", "upp"}, {"vise", "fram"}, {"vises", "fram"}, {"show", "off"},
      // ... or what to present ("hvad jeg skal vise", "what to show them"), all of it or a
      // choice not yet made ("om jeg skal tage det hele med eller vælge noget ud")
      {"hvad", "jeg", "skal", "vise"}, {"hvad", "vi", "skal", "vise"}, {"hva", "jeg", "skal", "vise"},
      {"hva", "vi", "skal", "vise"}, {"vad", "jag", "ska", "visa"}, {"vad", "vi", "ska", "visa"},
      {"what", "to", "show"}, {"what", "i", "should", "show"}, {"what", "we", "should", "show"},
      {"hvad", "jeg", "skal", "præsentere"}, {"hvad", "vi", "skal", "præsentere"}, {"what", "to", "present"},
      {"vælge", "noget", "ud"}, {"velge", "noe", "ut"}, {"välja", "ut", "något"}};
  // clang-format on
  return phrases;
}

// True if `word` is the indefinite pronoun "anything" ("noget", "noe", "något"): what a need
// has not chosen or asked for when it names nothing ("ikke prioriteret noget", "anything
// specific").
bool is_anything(const std::string& word) {
  static const std::set<std::string> anything{"noget", "noe", "något", "anything"};
  return anything.count(word) != 0;
}

bool is_focus_word(std::string_view word) {
  static const std::vector<std::string_view> stems{
      "målgrupp", "borgergrupp", "aldersgrupp", "indsats", "insats", "opgave", "uppgift", "oppgave", "udfordring",
      "utmaning", "utfordring", "challenge", "tiltak", "fokus", "områd", "target", "task", "focus", "area", "problem",
      "enhed", "enhet", "unit",
      // which group it is for ("vi har ikke valgt, hvilken gruppe børn det skal være til")
      "grupp", "group",
      // its priorities ("we haven't set priorities", "ingen prioriteter")
      "priorit",
      // the items or themes of a list ("Vi har ikke prioriteret punkterne")
      "punkt", "point", "tema", "theme"};
  return std::any_of(stems.begin(), stems.end(),
                     [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

// True if the word at `i` names what a need chooses to work on: its target groups, tasks,
// efforts, focus, area or units ("målgrupper", "indsatser", "borgergrupper", "områder",
// "enheder"), or asks what or where "we" will ("hvad vi vil ændre", "where to focus").
bool names_a_focus(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> what_where{"hvad", "vad", "hva", "what", "hvor", "var", "where"};
  static const std::set<std::string> we{"vi", "we", "to", "der", "som"};
  if (is_focus_word(words[i])) return true;
  // what it is to be about ("om det skal handle om børn eller voksne", "what it should be about")
  static const std::set<std::string> be_about{"handle", "handla"};
  if (be_about.count(words[i]) != 0 && i + 1 < words.size() && words[i + 1] == "om") return true;
  if (words[i] == "about" && i > 0 && words[i - 1] == "be") return true;
  // whom it is for ("hvem det skal være for", "vem det ska vara för", "who it is for")
  static const std::set<std::string> who{"hvem", "vem", "who"};
  static const std::set<std::string> for_whom{"for", "för"};
  constexpr std::size_t kForReach = 4;
  if (who.count(words[i]) != 0) {
    for (std::size_t f = i + 1; f < words.size() && f <= i + kForReach; ++f) {
      if (for_whom.count(words[f]) != 0) return true;
    }
  }
  return what_where.count(words[i]) != 0 && i + 1 < words.size() && we.count(words[i + 1]) != 0;
}

// True if the need says it has not yet chosen its focus: a negation, a participle of
// choosing or the noun of a decision a word or two later ("Vi har endnu ikke udpeget bestemte
// målgrupper", "vi har ikke fastlagt aldersgrupper", "vi har endnu ikke besluttet, hvad vi vil
// ændre", "No decisions on target groups yet"), and
// what it has not chosen named by names_a_focus a few words on. Not having chosen a
// supplier or a product ("hvilken leverandør vi vælger") leaves a need that has chosen what.
bool states_no_focus_chosen(const std::vector<std::string>& words) {
  static const std::set<std::string> chosen{
      "valgt", "besluttet", "udpeget", "fastlagt", "bestemt", "prioriteret", "afgrænset", "defineret", "udvalgt",
      "afklaret", "valt", "beslutat", "bestämt", "fastställt", "pekat", "prioriterat", "avgränsat", "definierat",
      "fastsatt", "pekt", "prioritert", "avgrenset", "definert", "chosen", "decided", "selected", "defined",
      // set ("Der er ikke sat nogen ramme, målgruppe eller problemstilling"; not English "set", Danish "seen")
      "sat", "fastsat", "satt", "prioritised", "prioritized", "identified", "agreed", "peget", "pointed", "aftalt",
      "avtalt", "avtalat",
      // "ikke taget stilling til", "inte tagit ställning till", "ikke tatt stilling til"
      "stilling", "ställning",
      // not even talked about it ("vi har ikke snakket om hvem det skal være for")
      "talt", "snakket", "drøftet", "diskuteret", "talat", "pratat", "diskuterat", "diskutert", "talked", "discussed",
      // no decision taken on it ("No decisions on target groups yet", "ingen beslutning om målgruppen")
      "decision", "decisions", "beslutning", "beslutninger", "beslut", "besluten",
      // no agreement on it ("Der var ikke enighed om, hvad der skal med")
      "enighed", "enige", "enighet", "överens", "eniga", "agreement", "agree",
      // not about a particular one ("Det handler ikke om bestemte elever eller et bestemt problem")
      "bestemte", "specifikke", "särskild", "särskilda", "spesifikk", "spesifikke", "particular", "specific"};
  static const std::set<std::string> choosing{"prioritere", "prioritera", "prioritise", "prioritize",
                                              "vælge",      "velge",      "välja",      "choose"};
  // Nothing chosen at all ("Der er ikke prioriteret noget endnu", "Vi har ikke prioritert noe
  // av dette ennå"): the pronoun right after the participle.
  constexpr std::size_t kVerbReach = 3;   // "ikke endnu helt besluttet"
  constexpr std::size_t kFocusReach = 5;  // "udpeget bestemte målgrupper", "besluttet, hvad vi"
  // Nothing chosen, said with the pronoun first ("Intet er prioriteret", "Inget är bestämt",
  // "Nothing has been decided").
  static const std::set<std::string> nothing{"intet", "inget", "ingenting", "nothing"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Nobody has chosen it, as "ingen" says in Danish ("nobody has decided which group,
    // problem or service we would work with").
    const bool nobody = words[i] == "nobody";
    // "ingen ting" (nothing), written apart ("Ingen ting er prioritert")
    const bool no_thing =
        nothing.count(words[i]) != 0 || (words[i] == "ingen" && i + 1 < words.size() && words[i + 1] == "ting");
    if (!is_negation_at(words, i) && !nobody && !no_thing) continue;
    for (std::size_t v = i + 1; v < words.size() && v <= i + kVerbReach; ++v) {
      // Not having got to choose anything ("Vi nåede ikke at prioritere noget på mødet"): the
      // infinitive says so only with the pronoun after it ("ikke at prioritere opgaverne" is
      // a problem of the day's work).
      if (choosing.count(words[v]) != 0 && v + 1 < words.size() && is_anything(words[v + 1])) return true;
      if (chosen.count(words[v]) == 0) continue;
      if (no_thing) return true;
      if (v + 1 < words.size() && is_anything(words[v + 1])) return true;
      for (std::size_t f = v + 1; f < words.size() && f <= v + kFocusReach; ++f) {
        if (names_a_focus(words, f)) return true;
      }
    }
  }
  return false;
}

// True if, within `question_reach` words after the word at `i`, a question word
// (`is_question`) is followed within `focus_reach` words by one that `names_focus(question,
// word)` holds of: what is not known or not said ("ikke, hvad problemet er", "ikke noget om,
// hvad der er vigtigst").
template <typename IsQuestion, typename NamesFocus>
bool question_of_focus_after(const std::vector<std::string>& words, std::size_t i, std::size_t question_reach,
                             std::size_t focus_reach, IsQuestion is_question, NamesFocus names_focus) {
  for (std::size_t w = i + 1; w < words.size() && w <= i + question_reach; ++w) {
    if (!is_question(words[w])) continue;
    for (std::size_t f = w + 1; f < words.size() && f <= w + focus_reach; ++f) {
      if (names_focus(words[w], words[f])) return true;
    }
  }
  return false;
}

// True if several "whether" clauses follow the negation at `i` closely ("Jeg ved ikke, om det er
// hukommelsen, om hun er bange for at falde, eller om hun har mistet lysten"): which of
// several causes it is, not known.
bool weighs_alternatives_after(const std::vector<std::string>& words, std::size_t i) {
  static const std::set<std::string> whether{"om", "whether", "huruvida", "hvorvidt"};
  constexpr std::size_t kFirstReach = 2;  // "ikke, om", "not know whether"
  constexpr std::size_t kReach = 30;      // words from the first "whether" on
  constexpr std::size_t kMinAlternatives = 3;
  const auto is_whether = [&](const std::string& word) { return whether.count(word) != 0; };
  const auto after = words.begin() + static_cast<std::ptrdiff_t>(std::min(i + 1, words.size()));
  const auto first_end = words.begin() + static_cast<std::ptrdiff_t>(std::min(i + 1 + kFirstReach, words.size()));
  const auto first = std::find_if(after, first_end, is_whether);
  if (first == first_end) return false;
  const auto to = first + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(kReach), words.end() - first);
  return static_cast<std::size_t>(std::count_if(first, to, is_whether)) >= kMinAlternatives;
}

// True if the need says it does not know what its problem is ("Vi ved ærligt talt ikke, hvad
// problemet er", "vi vet inte var problemet ligger", "we don't know what the problem is"): a
// verb of knowing beside a negation, then "what"/"where" and the problem, the area or the
// focus (is_focus_word) a word or two on. It has a story to tell, not yet a need to screen.
// So has one that does not know what it needs ("Jeg ved ikke rigtig, hvad jeg har brug for",
// "I don't know what we need").
bool states_problem_unknown(const std::vector<std::string>& words) {
  static const std::set<std::string> know{"ved", "vet", "veit", "know", "knows", "aner", "anar"};
  static const std::set<std::string> what_where{"hvad",  "vad",     "hva",     "what",   "hvor",   "var",   "where",
                                                "which", "hvilket", "hvilken", "hvilke", "vilket", "vilken"};
  // ... or who the people served will be ("we don't know who the tenants will be", "vi ved
  // ikke, hvem beboerne bliver"): no group chosen.
  static const std::set<std::string> whom{"hvem", "vem", "who"};
  static const std::set<std::string> served{"beboerne", "lejerne", "brugerne",  "borgerne", "de",  "boende",
                                            "brukarna", "tenants", "residents", "users",    "they"};
  constexpr std::size_t kKnowReach = 3;      // "ved ærligt talt ikke", "don't know"
  constexpr std::size_t kQuestionReach = 4;  // "ikke, hvad", "not know what"
  constexpr std::size_t kFocusReach = 3;     // "hvad problemet", "which guests to focus on"
  const auto is_question = [&](const std::string& word) {
    return what_where.count(word) != 0 || whom.count(word) != 0;
  };
  const auto names_focus = [&](const std::string& question, const std::string& word) {
    return is_focus_word(word) || (whom.count(question) != 0 && served.count(word) != 0);
  };
  // ... or who will live there ("vi ved endnu ikke, hvem der skal bo der", "vi vet ikke ennå
  // hvem som flytter inn", "we don't know who will move in").
  static const std::set<std::string> moving_in{"bo",   "bor",  "flytter", "flytte", "flytta", "flyttar",
                                               "live", "move", "moves",   "living", "moving"};
  constexpr std::size_t kMovingInReach = 3;  // "hvem der skal bo"
  const auto is_whom = [&](const std::string& word) { return whom.count(word) != 0; };
  const auto moves_in = [&](const std::string& /*question*/, const std::string& word) {
    return moving_in.count(word) != 0;
  };
  static const std::set<std::string> what{"hvad", "vad", "hva", "what"};
  static const std::set<std::string> needed{"brug",  "behov",  "behöver", "trenger", "need",
                                            "needs", "passer", "passar",  "fits",    "suits"};
  constexpr std::size_t kNeedReach = 3;  // "hvad jeg har brug", "what we need"
  const auto is_what = [&](const std::string& word) { return what.count(word) != 0; };
  const auto names_need = [&](const std::string& /*question*/, const std::string& word) {
    return needed.count(word) != 0;
  };
  // ... or what causes what it tells ("Vi ved ikke rigtig, hvad ventetiden skyldes", "vi vet
  // inte vad det beror på", "we don't know what causes the falls"): no problem chosen yet.
  static const std::set<std::string> cause{"skyldes", "skyldtes", "beror",  "berodde", "årsagen", "orsaken",
                                           "årsaken", "cause",    "causes", "causing", "caused"};
  constexpr std::size_t kCauseReach = 3;  // "hvad ventetiden skyldes", "what causes"
  const auto names_cause = [&](const std::string& /*question*/, const std::string& word) {
    return cause.count(word) != 0;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_negation_at(words, i)) continue;
    const auto from = words.begin() + static_cast<std::ptrdiff_t>(i >= kKnowReach ? i - kKnowReach : 0);
    const auto to = words.begin() + static_cast<std::ptrdiff_t>(std::min(i + 2, words.size()));
    if (std::none_of(from, to, [&](const std::string& word) { return know.count(word) != 0; })) continue;
    if (question_of_focus_after(words, i, kQuestionReach, kFocusReach, is_question, names_focus) ||
        question_of_focus_after(words, i, kQuestionReach, kMovingInReach, is_whom, moves_in) ||
        question_of_focus_after(words, i, kQuestionReach, kNeedReach, is_what, names_need) ||
        question_of_focus_after(words, i, kQuestionReach, kCauseReach, is_what, names_cause) ||
        weighs_alternatives_after(words, i)) {
      return true;
    }
  }
  return false;
}

// True if a sentence of `text` has a colon and `lists(head, items)` holds of the tokenize()
// words before its first colon and the text after it.
template <typename Lists>
bool any_colon_list(std::string_view text, Lists lists) {
  bool found = false;
  for_each_sentence_text(text, [&](std::string_view sentence, char /*terminator*/) {
    const std::size_t colon = sentence.find(':');
    if (found || colon == std::string_view::npos) return;
    found = lists(tokenize(sentence.substr(0, colon)), sentence.substr(colon + 1));
  });
  return found;
}

// True if a sentence lists ideas after a colon ("Eleverne har tegnet og skrevet idéer: en robot
// der går tur med hunden, en der spiller kort, en der husker mormor på pillerne, …"): ideas
// gathered, none chosen over the others.
bool lists_ideas(std::string_view text) {
  static const std::set<std::string> ideas{"idéer",   "ideer",  "idéerne", "ideerne", "ideas",
                                           "idéerna", "ideene", "idéene",  "ideane"};
  constexpr std::size_t kReach = 3;  // words between the ideas and the colon: "idéer fra personalet:"
  constexpr std::size_t kMinItems = 3;
  const auto heads_ideas = [&](const std::vector<std::string>& head) {
    const auto from = head.end() - static_cast<std::ptrdiff_t>(std::min(head.size(), kReach + 1));
    return std::any_of(from, head.end(), [&](const std::string& word) { return ideas.count(word) != 0; });
  };
  // After an ideas heading's colon: a comma list in its sentence, or sentences of their own
  // up to the end of the line ("Løse idéer fra mødet: Kirsten har svært ved at huske
  // replikker. Flere i salen hører dårligt. Trappen op til scenen er stejl.").
  std::size_t items = 0;  // sentences in the line since an ideas heading's colon, 0 outside one
  bool found = false;
  for_each_sentence_text(text, [&](std::string_view sentence, char terminator) {
    if (found) return;
    const std::size_t colon = sentence.find(':');
    const bool heads = colon != std::string_view::npos && heads_ideas(tokenize(sentence.substr(0, colon)));
    const std::string_view listed = heads ? sentence.substr(colon + 1) : std::string_view{};
    if (items > 0) {
      ++items;
    } else if (heads && !tokenize(listed).empty()) {
      items = 1;
    }
    found = items >= kMinItems ||
            (heads && static_cast<std::size_t>(std::count(listed.begin(), listed.end(), ',')) + 1 >= kMinItems);
    if (terminator == '\n' || terminator == '\0') items = 0;
  });
  return found;
}

// True if a sentence names two or more vague "something for" ideas ("Det kunne være noget med
// påmindelser, noget med tryghed om natten, …", "kanskje noe for søvn, noe for skolen", "noget
// mod ensomhed … noget til natten"): themes gathered, none chosen. "Noget, der …" describes a
// thing asked for and is not counted.
bool lists_vague_ideas(const std::vector<std::string>& words, char /*terminator*/) {
  static const std::set<std::string> something{"noget", "noe", "något", "something"};
  static const std::set<std::string> about{"med",  "til", "om",   "for",   "för",     "mod", "mot",
                                           "till", "åt",  "with", "about", "against", "to"};
  constexpr std::size_t kMinIdeas = 2;
  std::size_t ideas = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (something.count(words[i]) != 0 && about.count(words[i + 1]) != 0) ++ideas;
  }
  return ideas >= kMinIdeas;
}

// True if a sentence says which people, situations or tasks the need is about is not decided
// ("Vi har ikke besluttet, hvilke elever eller hvilke situationer det skal handle om", "We
// have not decided what it should do"); not which product or supplier to choose ("Vi har
// endnu ikke besluttet, hvilken leverandør vi vælger"), a choice a screening helps make.
bool states_choice_open(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> not_decided{
      {"ikke", "besluttet"}, {"ikke", "bestemt"}, {"inte", "bestämt"}, {"inte", "beslutat"}, {"not", "decided"}};
  static const std::set<std::string> which{"hvilke", "hvilken", "hvilket", "hvad", "hva", "vilka", "vilken",
                                           "vilket", "vad",     "which",   "what", "who", "hvem",  "vem"};
  static const std::set<std::string> offers{"leverandør", "leverandører", "leverandøren", "leverantör", "leverantörer",
                                            "supplier",   "suppliers",    "vendor",       "vendors",    "produkt",
                                            "produkter",  "product",      "products",     "model",      "modeller",
                                            "modell",     "løsning",      "løsninger",    "lösning",    "solution"};
  return contains_phrase_then(words, not_decided, [&](std::size_t next) {
    if (next >= words.size() || which.count(words[next]) == 0) return false;
    return next + 1 >= words.size() || offers.count(words[next + 1]) == 0;
  });
}

// Technology in general, a field's and not a product's ("velfærdsteknologi", "tekniken",
// "digitalisering", "technologies").
bool is_technology_in_general(const std::string& word) {
  static const std::set<std::string> technology{
      "teknologi",        "teknologien",       "velfærdsteknologi", "velfærdsteknologien",
      "teknik",           "tekniken",          "teknologin",        "välfärdsteknik",
      "välfärdstekniken", "välfärdsteknologi", "velferdsteknologi", "velferdsteknologien",
      "technology",       "technologies",      "digitalisering",    "digitaliseringen"};
  return technology.count(word) != 0;
}

// True if the need asks for a suggestion of what or which ("Kan du komme med et bud på, hvad vi
// kunne købe for pengene?", "et bud på, hvilken teknologi der kan få det til at hænge
// sammen"): like a briefing, the choice is left to the reader. Not an estimate a product is to
// give ("et fagligt bud på, hvor meget borgeren kan forbedre sig"), nor a suggestion for a
// case ("Jeg har brug for et bud.").
bool asks_for_a_suggestion(const std::vector<std::string>& words) {
  static const std::set<std::string> what{"hvad", "hvilken", "hvilke", "hvilket", "hva",
                                          "vad",  "vilken",  "vilka",  "vilket"};
  static const std::set<std::string> suggestions{"forslag", "förslag", "suggestions", "ideas"};
  static const std::set<std::string> to{"til", "på", "for", "om"};
  constexpr std::size_t kReach = 2;  // "et bud på, hvad", "et bud på bl.a. hvilke"
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    // ... or of technology in a field ("forslag til 'velfærdsteknologi i hjemmetræningen'")
    if (suggestions.count(words[i]) != 0 && to.count(words[i + 1]) != 0) {
      for (std::size_t k = i + 2; k < words.size() && k < i + 2 + kReach; ++k) {
        if (is_technology_in_general(words[k])) return true;
      }
    }
    if (words[i] != "bud" || words[i + 1] != "på") continue;
    for (std::size_t k = i + 2; k < words.size() && k < i + 2 + kReach; ++k) {
      if (what.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if the need asks how technology in general can help ("hvordan velfærdsteknologi kan
// bidrage til ...", "hur kan tekniken stödja ...", "how technology could support ..."), what
// it can offer ("hvad teknologi kan byde ind med i forhold til ...") or whether it can help
// ("om velfærdsteknologi kan bidrage til noget af det"; not "høre om teknologi, der kan …",
// a product described): the question of a strategy, which names no product to screen.
bool asks_how_technology_helps(const std::vector<std::string>& words) {
  static const std::set<std::string> how{"hvordan", "hur", "how", "hvad", "vad", "hva", "what"};
  static const std::set<std::string> whether{"om", "whether"};
  static const std::set<std::string> relatives{"der", "som", "that", "which"};
  static const std::set<std::string> modals{"kan", "kunne", "kunna", "can", "could"};
  static const std::vector<std::vector<std::string>> solutions{
      {"digitale", "løsninger"}, {"digitala", "lösningar"}, {"digital", "solutions"}, {"welfare", "technology"}};
  constexpr std::size_t kReach = 6;  // "hvordan kunstig intelligens og ny teknologi kan"
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool asks_whether = whether.count(words[i]) != 0;
    if (how.count(words[i]) == 0 && !asks_whether) continue;
    bool names_technology = false, has_modal = false, relative = false;
    for (std::size_t k = i + 1; k < words.size() && k <= i + kReach; ++k) {
      names_technology = names_technology || is_technology_in_general(words[k]) ||
                         std::any_of(solutions.begin(), solutions.end(),
                                     [&](const auto& phrase) { return phrase_at(words, k, phrase); });
      has_modal = has_modal || modals.count(words[k]) != 0;
      relative = relative || relatives.count(words[k]) != 0;
    }
    if (names_technology && has_modal && !(asks_whether && relative)) return true;
  }
  return false;
}

// Words of a purchase ("indkøb", "udbud", "upphandling", "procurement").
bool is_procurement_word(const std::string& word) {
  static const std::set<std::string> procurement{
      "indkøb",      "indkøbet", "udbud", "udbuddet", "anskaffelse", "indkøbsafdelingen", "upphandling", "inköp",
      "anskaffning", "innkjøp",  "anbud", "purchase", "purchasing",  "procurement",       "tender"};
  return procurement.count(word) != 0;
}

// True if the need says it has no concrete product, problem, project or purchase in mind
// ("We are not looking for a specific product right now", "Vi har ikke et konkret problem,
// vi skal løse", "ikke noget konkret projekt", "ikke noget konkret indkøb i gang"): a
// question to talk over, not a need to screen. With `problem_only`, only no problem and no
// people to serve count ("Vi har ikke en bestemt gruppe eller et problem, vi vil have løst"):
// a need open to any product ("ikke lagt os fast på en bestemt løsning") has chosen what to
// solve, and one open to any area may name it in its request.
bool states_nothing_concrete(const std::vector<std::string>& words, bool problem_only = false) {
  static const std::set<std::string> concrete{"konkret",  "konkrete",  "konkreta", "bestemt",    "bestemte", "bestämd",
                                              "bestämda", "specific",  "concrete", "particular", "særlig",   "særlige",
                                              "särskild", "särskilda", "spesiell", "spesielle",  "klart",    "klare",
                                              "tydelig",  "tydlig",    "tydligt",  "clear"};
  // ... and no purchase under way either ("Vi har ikke noget konkret indkøb i gang"), nor a
  // group to serve ("Vi har ikke en konkret målgruppe eller et problem", "inga särskilda
  // brukare"), nor a case or an example ("Vi har ingen konkret sag lige nu", "ikke et konkret
  // eksempel"), nor a place ("ikke peget på et bestemt plejecenter").
  // A problem or people to serve (problem_only reads only these).
  // clang-format off
  static const std::set<std::string> problems_and_people{
      "problem", "problemer", "problemet", "grupper", "group", "borgere", "brukare", "brukere", "beboere",
      "patienter", "citizens", "residents", "patients", "borger", "beboer", "bruker", "patient", "citizen",
      "resident", "barn", "child"};
  static const std::set<std::string> other_things{
      "produkt", "produkter", "projekt", "projekter", "løsning", "lösning", "product", "products", "project",
      "solution", "prosjekt", "produkten", "target", "hændelse", "händelse", "hendelse", "incident", "event", "trin",
      "steg", "step", "sag", "ärende", "sak", "case", "opgave", "opgaver", "uppgift", "uppgifter", "oppgave",
      "oppgaver", "task", "tasks", "eksempel", "exempel", "example", "ting", "saker", "things",
      // nor a technology, as no solution ("ikke peget på nogen bestemt teknologi eller opgave")
      "teknologi", "teknologier", "technology", "technologies", "teknik", "velfærdsteknologi",
      // nor an area, a service or customers ("I haven't got any specific area, service or target in
      // mind", "ikke nogen bestemte kunder eller problemer i tankerne")
      "område", "områder", "områden", "area", "areas", "service", "services", "kunder", "customers"};
  // clang-format on
  // and any group, by its kind or none ("en bestemt patientgruppe", "ikke nogen bestemt gruppe")
  const auto a_thing = [&](const std::string& word) {
    const bool group = problems_and_people.count(word) != 0 || word.ends_with("gruppe") || word.ends_with("grupp");
    if (problem_only || group) return group;
    return other_things.count(word) != 0 || is_procurement_word(word) || word.ends_with("center") ||
           word.ends_with("distrikt") || word.ends_with("afdeling");
  };
  // ... or nothing concrete asked at all ("Nobody asked for anything specific").
  static const std::set<std::string> nobody{"nobody", "none"};
  constexpr std::size_t kNegationReach = 6;  // "Hverken personalet eller Frederik selv ser særlige"
  constexpr std::size_t kNobodyReach = 8;    // "Nobody at the meeting asked for anything specific"
  // "det bestemte plejecenter" is one the need has named: the definite names something chosen.
  static const std::set<std::string> definite{"det", "den", "de", "the", "this", "that", "dette", "denne", "detta"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (concrete.count(words[i]) == 0 || (i > 0 && definite.count(words[i - 1]) != 0)) continue;
    const bool names_a_thing = i + 1 < words.size() && a_thing(words[i + 1]);
    const bool anything_concrete = i > 0 && is_anything(words[i - 1]);
    if (!names_a_thing && !anything_concrete) continue;
    for (std::size_t k = i >= kNegationReach ? i - kNegationReach : 0; k < i; ++k) {
      if (is_negation_at(words, k)) return true;
    }
    if (!anything_concrete) continue;
    for (std::size_t k = i >= kNobodyReach ? i - kNobodyReach : 0; k < i; ++k) {
      if (nobody.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if the text speaks of a policy, a strategy, an action plan or an overview of a field
// ("den nye politik for medborgerskab", "trivselsstrategien", "et overblik over, hvad …"):
// the frame in which asking how technology can help is a strategy's question, where "Hvordan
// kan teknologi hjælpe os med at opdage fald om natten?" asks for products.
bool names_a_strategy_frame(const std::vector<std::string>& words) {
  static const std::vector<std::string_view> frames{"politik",  "strategi",   "policy",     "policies",
                                                    "strategy", "strategies", "overblik",   "overview",
                                                    "översikt", "oversikt",   "handleplan", "handlingsplan"};
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::any_of(frames.begin(), frames.end(),
                       [&](std::string_view frame) { return word.find(frame) != std::string::npos; });
  });
}

// True if the need asks for a briefing ("ledelsen har bedt os komme med et oplæg om …",
// "Politikerne vil gerne have et notat", "Kan I komme med input til, hvad vi bør tænke
// ind?", "I have been asked to bring some input from the market", "Kan I sende mig et par
// linjer om, hvad man ved"): the municipality owes its politicians or managers knowledge of a
// field, which is not yet a need to screen. The noun counts where a verb or preposition of
// asking, making or giving stands a few words before it, or where the text opens with it
// ("Input til temadag …"); not a talk heard ("efter et oplæg på en konference", "Interessant
// oplæg om data"), nor a note that records a visit or a meeting ("Notat efter hjemmebesøg",
// "Notat fra netværksmøde").
bool asks_for_a_briefing(const std::vector<std::string>& words) {
  // clang-format off
  static const std::set<std::string> briefings{
      "oplæg", "notat", "input", "redegørelse", "beslutningsoplæg", "utredning", "briefing", "memo",
      "beslutningsunderlag", "redogörelse",
      // a few lines ("et par linjer om, hvad man ved", "a few lines for the director")
      "linjer", "linier", "rader", "lines",
      // an introduction ("Kan I give mig en kort introduktion til, hvad der findes")
      "introduktion", "introduction", "introduksjon"};
  // clang-format on
  static const std::set<std::string> cues{"om",     "med",    "lave",    "udarbejde", "skrive", "give",  "have",
                                          "få",     "til",    "for",     "bringe",    "ta",     "göra",  "ge",
                                          "ønsker", "önskar", "wants",   "want",      "gi",     "lage",  "some",
                                          "bring",  "write",  "prepare", "provide",   "noget",  "något", "noe",
                                          "any",    "sende",  "send",    "skicka",    "par",    "few"};
  constexpr std::size_t kCueReach = 3;  // "bedt os om et kort notat", "give udvalget et oplæg"
  // A note to or from procurement ("Notat til indkøb – plejesenge til hjemmesygeplejen",
  // "Notat fra indkøbskonsulent") states a purchase.
  static const std::set<std::string> to_or_from{"til", "to", "till", "fra", "from", "från"};
  static const std::vector<std::string_view> buyers{"indkøbs", "upphandl", "inköps", "innkjøps", "procurement"};
  const auto names_procurement = [&](const std::string& word) {
    return is_procurement_word(word) ||
           std::any_of(buyers.begin(), buyers.end(), [&](std::string_view stem) { return word.starts_with(stem); });
  };
  const auto to_procurement = [&](std::size_t i) {
    return i + 2 < words.size() && to_or_from.count(words[i + 1]) != 0 && names_procurement(words[i + 2]);
  };
  // A note written after something ("Notat efter hjemmebesøg – visitator") or from a meeting
  // or a visit ("Notat fra netværksmøde om Oliver") records it; one from a person ("Notat fra
  // kommunalsjef ...") may ask for one. A note from a team ("Notat fra neuroteamet, til Jens:")
  // is the team's own record of a case, as a meeting's is.
  static const std::set<std::string> records{"efter", "etter", "after"};
  static const std::set<std::string> from{"fra", "från", "from"};
  // ... or from a group or a shift ("Notat fra aftengruppen", "Notat fra nattevagten")
  // ... or from a committee ("Notat fra byggeudvalget – nyt plejecenter")
  static const std::vector<std::string_view> meetings{"møde",  "möte",   "møte",   "meeting", "besøg",    "besök",
                                                      "visit", "team",   "gruppe", "grupp",   "group",    "vagt",
                                                      "vakt",  "udvalg", "utvalg", "utskott", "committee"};
  const auto names_a_meeting = [&](const std::string& word) {
    return std::any_of(meetings.begin(), meetings.end(),
                       [&](std::string_view part) { return word.find(part) != std::string::npos; });
  };
  // A note from a service to the welfare-technology team ("Notat fra hjerterehabiliteringen til
  // velfærdsteknologiteamet:"), the assistive-devices team ("Notat fra nattens teamleder,
  // Hjemmeplejen Syd (til hjælpemiddelkonsulenten):") or the assessors who grant aids and care
  // ("Notat til visitator i hjemkommunen") brings it a need to screen.
  static const std::vector<std::string_view> screeners{
      "velfærdsteknolog", "velferdsteknolog", "välfärdstekn", "welfare", "hjælpemiddel",       "hjälpmedel",
      "hjelpemiddel",     "assistive",        "visitat",      "visiter", "biståndshandläggare"};
  static const std::set<std::string> to{"til", "to", "till"};
  // ... also with the consultant's name first ("til Mette (velfærdsteknologi)")
  const auto to_screeners = [&](std::size_t i) {
    const auto a_screener = [&](std::size_t at) {
      return at < words.size() && std::any_of(screeners.begin(), screeners.end(),
                                              [&](std::string_view stem) { return words[at].starts_with(stem); });
    };
    return to.count(words[i]) != 0 && (a_screener(i + 1) || a_screener(i + 2));
  };
  constexpr std::size_t kAddresseeReach = 6;  // "Notat fra nattens teamleder Hjemmeplejen Syd til …"
  // A note from a therapist, nurse or educator ("Notat fra fysioterapeut, helsestasjonen") is
  // their record of a case too, as is one from their service ("Notat fra
  // fysioterapitjenesten", "Notat fra hjemmeplejen", "Notat fra bostøtten").
  // ... or a consultant's or a centre's ("Notat, afasikonsulent, Kommunikationscentret").
  static const std::vector<std::string_view> carers{
      "terapeut", "therapist", "sygeplejer", "sykepleier", "sjuksköterska", "nurse", "pædagog",
      "pedagog",  "terapi",    "therapy",    "tjeneste",   "tjänst",        "pleje", "pleie",
      "støtte",   "stöd",      "konsulent",  "consultant", "center",        "centr", "senter"};
  const auto names_a_carer = [&](const std::string& word) {
    return std::any_of(carers.begin(), carers.end(),
                       [&](std::string_view part) { return word.find(part) != std::string::npos; });
  };
  // ... or headed by its team with no "fra" ("Notat, KOL-holdet, afsluttende samtale").
  // Not one to or about a team ("Notat til hjemmeplejen", "Notat om hjemmeplejens ..."), which may ask for one.
  static const std::set<std::string> teams{"hold", "holdet", "teamet", "teamets", "laget", "gruppen"};
  static const std::set<std::string> addressed{"til", "to", "till", "om", "about", "on", "for", "angående", "vedr"};
  const auto names_a_team = [&](std::size_t at) {
    return at < words.size() && (names_a_meeting(words[at]) || names_a_carer(words[at]) || teams.count(words[at]) != 0);
  };
  // Read only of a text that opens with a briefing's noun.
  const auto a_record = [&] {
    for (std::size_t i = 1; i < words.size() && i <= kAddresseeReach; ++i) {
      if (to_screeners(i)) return true;
    }
    const bool from_meeting_or_carer = words.size() > 2 && from.count(words[1]) != 0 && names_a_team(2);
    const bool headed_by_team =
        words.size() > 1 && (names_a_team(1) || (addressed.count(words[1]) == 0 && names_a_team(2)));
    return words.size() > 1 && (records.count(words[1]) != 0 || from_meeting_or_carer || headed_by_team);
  };
  if (!words.empty() && briefings.count(words.front()) != 0 && !to_procurement(0) && !a_record()) return true;
  // A talk ("et indlæg om, hvilken teknologi man skal se efter") is one too; "indlæg" alone
  // is also a continence pad ("Hun skal have indlæg"), so only a talk about something counts.
  const auto a_talk = [&](std::size_t i) {
    return words[i] == "indlæg" && i + 1 < words.size() && words[i + 1] == "om";
  };
  for (std::size_t i = 1; i < words.size(); ++i) {
    if ((briefings.count(words[i]) == 0 && !a_talk(i)) || to_procurement(i)) continue;
    for (std::size_t back = 1; back <= kCueReach && back <= i; ++back) {
      if (cues.count(words[i - back]) != 0) return true;
    }
  }
  // A section of a plan or a policy ("ledelsen har bedt os om et afsnit om teknologi til
  // medicin"), as a note is; not a ward ("på afsnit 2 om natten"). So is a written answer
  // asked for, as a councillor asks the mayor ("Jeg beder om et skriftligt svar inden
  // byrådsmødet").
  static const std::vector<std::vector<std::string>> sections{
      {"et", "afsnit", "om"},    {"ett", "avsnitt", "om"}, {"et", "avsnitt", "om"},  {"a", "section", "on"},
      {"a", "section", "about"}, {"et", "kapitel", "om"},  {"ett", "kapitel", "om"}, {"et", "kapittel", "om"},
      {"a", "chapter", "on"},    {"skriftligt", "svar"},   {"skriftlig", "svar"},    {"skriftlig", "besvarelse"},
      {"written", "answer"},     {"written", "reply"}};
  return contains_phrase(words, sections);
}

// True if the need asks for technology of any kind that makes things better ("Kan I finde
// noget teknologi, der kan gøre nætterne bedre for os?", "any technology that makes the day
// easier"): an improvement in general, with no problem or function chosen. Technology that
// does something ("noget teknologi, der giver nattevagten besked, når ...") has chosen.
bool asks_for_any_better_technology(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> any_technology{
      {"noget", "teknologi"}, {"noget", "velfærdsteknologi"}, {"noe", "teknologi"}, {"noe", "velferdsteknologi"},
      {"någon", "teknik"}, {"någon", "teknologi"}, {"någon", "välfärdsteknik"}, {"some", "technology"},
      {"any", "technology"}};
  // clang-format on
  static const std::set<std::string> better{"bedre",   "lettere", "nemmere", "enklere", "bättre",
                                            "lättare", "enklare", "better",  "easier"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto phrase = std::find_if(any_technology.begin(), any_technology.end(),
                                     [&](const auto& candidate) { return phrase_at(words, i, candidate); });
    if (phrase == any_technology.end()) continue;
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i + phrase->size()), words.end(),
                       [&](const std::string& word) { return better.count(word) != 0; });
  }
  return false;
}

// True if the need asks what to invest in, give priority to or look at ("Hva bør en
// mellomstor kommune som vår egentlig satse på …?", "what should a municipality invest in
// next?", "hvad vi bør kigge nærmere på") or name ("hvilken teknologi vi skal nævne her" in a
// policy): a question word, then "should" or "skal" and the verb of choosing a few words on
// each. A choice between named things ("skal vi satse på sensorer eller kameraer?") is
// undecided_phrases().
bool asks_what_to_invest_in(const std::vector<std::string>& words) {
  static const std::set<std::string> question{"hvad",  "vad",     "hva",    "what",    "hvilke", "vilka",
                                              "which", "hvilket", "vilket", "hvilken", "vilken"};
  static const std::set<std::string> should{"bør", "burde", "bör", "borde", "should", "ought", "skal", "ska"};
  // Choosing, or looking at more closely ("hvad vi bør kigge nærmere på", "what we should
  // focus on"; not "look", as in "what should it look like").
  static const std::vector<std::string_view> choosing{
      "satse", "satsa", "invest", "prioriter", "prioritise", "prioritize", "kigge", "fokuser", "focus", "nævne",
      "nevne", "nämna",
      // or buying ("Kan I foreslå, hvad vi skal købe?", "what should we buy", "hvad vi bør
      // anskaffe"): what to buy is what a screening of a problem answers, not a problem
      "køb", "kjøp", "köp", "buy", "purchas", "anskaf"};
  constexpr std::size_t kModalReach = 4;  // "What should", "Hvilke områder bør"
  constexpr std::size_t kVerbReach = 8;   // "bør en mellomstor kommune som vår egentlig satse"
  // or going for something ("hvad vi burde gå efter", "what we should go for")
  static const std::set<std::string> go{"gå", "go"};
  static const std::set<std::string> after{"efter", "etter", "for"};
  // or writing it into a plan or policy ("hvad vi bør skrive ind", "which technologies the
  // policy should name", "which kinds we should include")
  static const std::set<std::string> write{"skrive", "skriva"};
  static const std::set<std::string> in{"ind", "in", "inn"};
  static const std::set<std::string> naming{"include", "mention", "name"};
  const auto chooses = [&](std::size_t v) {
    if (go.count(words[v]) != 0) return v + 1 < words.size() && after.count(words[v + 1]) != 0;
    if (write.count(words[v]) != 0) return v + 1 < words.size() && in.count(words[v + 1]) != 0;
    if (naming.count(words[v]) != 0) return true;
    return std::any_of(choosing.begin(), choosing.end(),
                       [&](std::string_view verb) { return words[v].starts_with(verb); });
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (question.count(words[i]) == 0) continue;
    for (std::size_t m = i + 1; m < words.size() && m <= i + kModalReach; ++m) {
      if (should.count(words[m]) == 0) continue;
      for (std::size_t v = m + 1; v < words.size() && v <= m + kVerbReach; ++v) {
        if (chooses(v)) return true;
      }
    }
  }
  return false;
}

// True if the need asks what a technology or its money is to be used for ("hvad det skulle
// bruges til", "hvad de skal bruges på", "vad den ska användas till", "what it should be used
// for"): it has the means and not yet the problem. Only what it is to be used for, with a
// modal: "hvad medicinen bruges til" tells what a medicine is for.
bool asks_what_it_is_for(const std::vector<std::string>& words) {
  static const std::set<std::string> what{"hvad", "vad", "hva", "what"};
  static const std::set<std::string> modal{"skal", "skulle", "ska",   "skall", "should", "could", "would",
                                           "kan",  "kunne",  "kunde", "can",   "bør",    "bör"};
  static const std::set<std::string> used{"bruges", "brukes", "anvendes", "användas", "used"};
  static const std::set<std::string> for_{"til", "på", "till", "for", "on"};
  constexpr std::size_t kReach = 5;  // "hvad det skulle bruges", "what the headsets should be used"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (what.count(words[i]) == 0) continue;
    bool modal_seen = false;
    for (std::size_t v = i + 1; v + 1 < words.size() && v <= i + kReach; ++v) {
      modal_seen = modal_seen || modal.count(words[v]) != 0;
      if (modal_seen && used.count(words[v]) != 0 && for_.count(words[v + 1]) != 0) return true;
    }
  }
  return false;
}

// True if the need says nobody has said what matters most or what the problem is ("Der står
// ikke noget om, hvad der er vigtigst", "Ingen har sagt, hvilke af dem der er problemet",
// "nobody has said which of them matters most", "nobody has said who the flat is mainly for"):
// a verb of saying beside a negation, then "what"/"which" and the problem, the focus
// (is_focus_word) or the most important a few words on, or "who" and whom it is for. What a
// product is to do left unsaid ("ingen har sagt, hvad den skal koste") names no focus.
bool states_focus_unsaid(const std::vector<std::string>& words) {
  static const std::set<std::string> said{"sagt",  "said",  "skrevet", "skrevne", "written", "nævnt",
                                          "nevnt", "nämnt", "nämnts",  "står",    "stated",  "mentioned"};
  static const std::set<std::string> what{"hvad",    "vad",     "hva",   "what",   "which", "hvilke",
                                          "hvilket", "hvilken", "vilka", "vilket", "vilken"};
  static const std::set<std::string> most{"vigtigst", "vigtigste", "viktigast", "viktigaste",
                                          "viktigst", "viktigste", "mest",      "most"};
  // ... or whom it is for ("nobody has said who the flat is mainly for", "ingen har sagt,
  // hvem det er til"): no group chosen.
  static const std::set<std::string> whom{"hvem", "vem", "who"};
  static const std::set<std::string> for_whom{"for", "til", "till", "to"};
  constexpr std::size_t kSaidBefore = 2;  // "står ikke", "har ikke sagt"
  constexpr std::size_t kSaidAfter = 3;   // "ingen har sagt", "ikke blevet nævnt"
  constexpr std::size_t kQuestionReach = 6;  // "står ikke noget om, hvad"
  constexpr std::size_t kFocusReach = 5;     // "hvilke af dem der er problemet"
  const auto is_said = [&](std::size_t i) {
    const std::size_t from = i >= kSaidBefore ? i - kSaidBefore : 0;
    for (std::size_t k = from; k < words.size() && k <= i + kSaidAfter; ++k) {
      if (said.count(words[k]) != 0) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!(is_negation_at(words, i) || words[i] == "nobody") || !is_said(i)) continue;
    if (question_of_focus_after(
            words, i, kQuestionReach, kFocusReach,
            [&](const std::string& word) { return what.count(word) != 0 || whom.count(word) != 0; },
            [&](const std::string& question, const std::string& word) {
              if (whom.count(question) != 0) return for_whom.count(word) != 0;
              return is_focus_word(word) || most.count(word) != 0;
            })) {
      return true;
    }
  }
  return false;
}

// True if the need says it is open to anything ("De sa själva att de är öppna för allt", "We
// are open to anything: sensors, robots, apps"), and not to anything that does a thing it
// names ("åbne for alt, hvad der kan hjælpe ham med at sove", "open to anything that helps").
bool states_open_to_anything(const std::vector<std::string>& words) {
  // clang-format off
  static const std::vector<std::vector<std::string>> open{
      {"åben", "for", "alt"}, {"åbne", "for", "alt"}, {"åpen", "for", "alt"}, {"åpne", "for", "alt"},
      {"öppen", "för", "allt"}, {"öppna", "för", "allt"}, {"open", "to", "anything"}, {"open", "to", "everything"},
      // open to most things ("Jeg er åben for det meste")
      {"åben", "for", "det", "meste"}, {"åbne", "for", "det", "meste"}, {"åpen", "for", "det", "meste"},
      {"åpne", "for", "det", "meste"}, {"öppen", "för", "det", "mesta"}, {"öppna", "för", "det", "mesta"},
      {"open", "to", "most", "things"},
      // open as to what is to be chosen ("We are completely open regarding disease area, target group ...")
      {"open", "regarding"}, {"open", "as", "regards"}, {"open", "with", "regard", "to"}, {"open", "as", "to"},
      {"åbne", "med", "hensyn", "til"}, {"åben", "med", "hensyn", "til"}, {"åbne", "når", "det", "gælder"},
      {"öppna", "när", "det", "gäller"}, {"öppna", "vad", "gäller"}, {"åpne", "når", "det", "gjelder"},
      {"åpne", "med", "hensyn", "til"},
      // open by choice ("We are deliberately open: it could be sensors, robots, apps ...")
      {"deliberately", "open"}, {"bevidst", "åbne"}, {"bevidst", "åben"}, {"medvetet", "öppna"},
      {"bevisst", "åpne"},
      // thinking of everything ("Jag tänker på allt möjligt: träning, trygghet, ...")
      {"tænker", "på", "alt", "muligt"}, {"tänker", "på", "allt", "möjligt"}, {"tenker", "på", "alt", "mulig"},
      {"thinking", "of", "all", "sorts"}};
  // clang-format on
  static const std::set<std::string> goes_on{"hvad", "vad", "hva", "what", "som", "der", "that", "which", "hvordan",
                                             "hur",  "how", "til", "till", "for", "för", "inom", "within"};
  return contains_phrase_then(
      words, open, [&](std::size_t next) { return next >= words.size() || goes_on.count(words[next]) == 0; });
}

// True if `words` open as a list of themes ("Temaer til næste års indsats: …", "Themes for the
// market dialogue: …", "Temaer fra vores workshop: …"): fields to talk about, not a problem to
// solve.
bool opens_with_themes(const std::vector<std::string>& words) {
  static const std::set<std::string> themes{"temaer", "teman", "temaene", "themes", "topics", "emner"};
  return !words.empty() && themes.count(words.front()) != 0;
}

// True if a sentence, wherever it stands, opens as a list of themes with a colon (a forwarded
// mail's "Temaer fra vores workshop: fald uden skade, …"); "Temaer som tryghed fylder meget"
// names one.
bool lists_themes(std::string_view text) {
  // Keywords noted, or all sorts of things thought of or missed, before the colon ("På
  // personalemødet skrev vi stikord på tavlen: …", "Jeg har tænkt på alt muligt: …", "talte vi
  // om alt det, vi savner: …"): loose themes too.
  static const std::set<std::string> keywords{"stikord", "stikordene", "stikkord", "stikkordene", "nøgleord",
                                              "stödord", "nyckelord",  "keywords", "buzzwords"};
  static const std::vector<std::vector<std::string>> all_sorts{
      {"alt", "muligt"},    {"allt", "möjligt"},   {"alt", "mulig"},    {"all", "sorts", "of", "things"},
      {"alt", "det", "vi"}, {"allt", "det", "vi"}, {"everything", "we"}};
  return any_colon_list(text, [](const std::vector<std::string>& head, std::string_view /*items*/) {
    const bool noted =
        std::any_of(head.begin(), head.end(), [](const std::string& word) { return keywords.count(word) != 0; });
    return opens_with_themes(head) || noted || contains_phrase(head, all_sorts);
  });
}

// True if a sentence names everything from one theme to another ("Jeg tænker på alt fra
// morgener og søvn til skole", "der er blevet foreslået alt fra robotter og store skærme til
// cykler", "everything from sensors to robots"): a range of themes, none chosen.
bool names_everything_from_to(const std::vector<std::string>& words) {
  static const std::set<std::string> everything{"alt", "allt", "everything"};
  static const std::set<std::string> from{"fra", "från", "from"};
  static const std::set<std::string> to{"til", "till", "to"};
  // not everything from the start ("bygge alt fra bunden", "from scratch")
  static const std::set<std::string> start{"bunden",  "grunden", "bunnen",  "grunnen",    "början",
                                           "scratch", "start",   "starten", "begyndelsen"};
  constexpr std::size_t kRangeWords = 10;  // "alt fra robotter og store skærme til"
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    if (everything.count(words[i]) == 0 || from.count(words[i + 1]) == 0 || start.count(words[i + 2]) != 0) continue;
    for (std::size_t k = i + 3; k < words.size() && k <= i + 2 + kRangeWords; ++k) {
      if (to.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if the need asks for a list or an overview of everything ("Kan I sende en liste over det
// hele?", "a list of everything that's available for someone like me") or what the
// municipality, its reader or the market can offer ("Hvad kan I tilbyde?", "what the
// municipality can offer", "hvad markedet generelt kan tilbyde"): the services there are, not a
// product for a problem. Not whether one thing can be offered ("Kan I tilbyde noget sådant?"),
// nor what the writer or a supplier offers ("hvad vi kan tilbyde", "hvad leverandørerne kan
// tilbyde").
bool asks_for_everything_offered(const std::vector<std::string>& words) {
  static const std::set<std::string> lists{"liste",    "listen",   "list",     "lista",    "listan",
                                           "oversigt", "overblik", "overview", "oversikt", "översikt"};
  static const std::set<std::string> everything{"everything", "alt", "allt", "alting"};
  constexpr std::size_t kListReach = 3;  // "list of everything", "liste over det hele"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (lists.count(words[i]) == 0) continue;
    for (std::size_t k = i + 1; k < words.size() && k <= i + kListReach; ++k) {
      if (everything.count(words[k]) != 0 || phrase_at(words, k, {"det", "hele"})) return true;
    }
  }
  static const std::set<std::string> what{"hvad", "what", "vad", "hva"};
  static const std::set<std::string> offer{"tilbyde", "tilbyder", "offer", "offers",
                                           "erbjuda", "erbjuder", "tilby", "tilbyr"};
  // The reader, the municipality or the market as a whole offers ("what the market offers");
  // Danish "I" is you (English "I" writes, rarely so).
  static const std::set<std::string> offerers{"i",        "du",        "dere",   "ni",           "you",
                                              "kommunen", "kommunens", "kommun", "municipality", "council",
                                              "markedet", "marknaden", "market"};
  constexpr std::size_t kOfferReach = 4;  // "what the municipality can offer"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (what.count(words[i]) == 0) continue;
    bool offered_by_reader = false;
    for (std::size_t k = i + 1; k < words.size() && k <= i + kOfferReach; ++k) {
      offered_by_reader = offered_by_reader || offerers.count(words[k]) != 0;
      if (offer.count(words[k]) != 0 && offered_by_reader) return true;
    }
  }
  return false;
}

// An overview asked for: "overblik", "oversigt", "översikt", "oversikt", "overview".
bool is_overview_word(const std::string& word) {
  static const std::set<std::string> overviews{"overblik", "oversigt", "översikt", "oversikt", "overview"};
  return overviews.count(word) != 0;
}

// True if the need asks for an overview of all the technology there is ("et overblik over al
// den velfærdsteknologi, der findes til ældre", "an overview of all the technology"): of the
// field, not of the products for a problem ("et overblik over alle sengealarmer").
bool asks_overview_of_all_technology(const std::vector<std::string>& words) {
  static const std::set<std::string> of{"over", "över", "of"};
  static const std::set<std::string> all{"al", "alt", "alle", "all", "alla"};
  constexpr std::size_t kReach = 3;  // "al den", "all the"
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    if (!is_overview_word(words[i]) || of.count(words[i + 1]) == 0 || all.count(words[i + 2]) == 0) continue;
    for (std::size_t k = i + 3; k < words.size() && k < i + 3 + kReach; ++k) {
      if (is_technology_in_general(words[k])) return true;
    }
  }
  return false;
}

// True if the sentence asks for an overview of technology in general ("Kan du lave et
// overblik over, hvad der findes inden for injektioner og teknologi?", "et overblik over
// 'hvad der findes af teknologi for planlæggere'"). In a need that says it has not chosen, it
// asks what there is around its field, as the undecided sentence asks where to begin; in one
// that has chosen, it asks for the products of what it names.
bool asks_overview_of_technology(const std::vector<std::string>& words) {
  constexpr std::size_t kReach = 10;  // "overblik over, hvad der findes inden for injektioner og teknologi"
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_overview_word(words[i])) continue;
    for (std::size_t k = i + 1; k < words.size() && k <= i + kReach; ++k) {
      if (is_technology_in_general(words[k])) return true;
    }
  }
  return false;
}

// True if the need asks the reader to recommend something ("Kan kommunen anbefale noget?");
// not where the writer wants to recommend it to someone ("Jeg vil gerne kunne anbefale noget
// seriøst: gratis og anonymt, …").
bool asks_for_a_recommendation(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> recommend{{"anbefale", "noget"},
                                                               {"anbefale", "noe"},
                                                               {"rekommendera", "något"},
                                                               {"recommend", "something"},
                                                               {"recommend", "anything"}};
  static const std::set<std::string> writers{"jeg", "jag", "eg", "vi", "we"};  // not "I", Danish "you"
  constexpr std::size_t kSubjectReach = 4;                                     // "jeg vil gerne kunne anbefale"
  return contains_phrase_where(words, recommend, [&](std::size_t at, std::size_t /*next*/) {
    for (std::size_t k = at; k > 0 && at - k < kSubjectReach; --k) {
      if (writers.count(words[k - 1]) != 0) return false;
    }
    return true;
  });
}

// True if the need says it has not chosen what to work on (undecided_phrases()), not only
// how ("Vi er åbne over for alle idéer til, hvordan det kan løses" has chosen what).
bool states_undecided(const std::vector<std::string>& words) {
  if (states_no_focus_chosen(words) || states_problem_unknown(words) || states_nothing_concrete(words) ||
      states_choice_open(words) || states_focus_unsaid(words) || asks_for_a_briefing(words) ||
      asks_for_a_suggestion(words) || asks_what_to_invest_in(words) || asks_what_it_is_for(words) ||
      asks_for_any_better_technology(words)) {
    return true;
  }
  if (opens_with_themes(words)) return true;
  // Advice asked for ("Har I erfaringer eller gode råd om, hvordan ...", "Hvordan bør vi tænke
  // beredskab ind?"): how to go about it, not a product.
  // clang-format off
  static const std::vector<std::vector<std::string>> advice{
      {"gode", "råd"}, {"goda", "råd"}, {"good", "advice"}, {"any", "advice"},
      {"hvordan", "bør", "vi"}, {"hur", "bör", "vi"}, {"how", "should", "we"}};
  // clang-format on
  if (contains_phrase(words, advice)) return true;
  if (asks_for_a_recommendation(words)) return true;
  // The best and newest asked for ("Hvad er det bedste og nyeste, man kan få?", "whether it is
  // still the best and newest on the market"): what is new, not what a need asks of it.
  // clang-format off
  static const std::vector<std::vector<std::string>> newest{
      {"bedste", "og", "nyeste"}, {"nyeste", "og", "bedste"}, {"beste", "og", "nyeste"}, {"nyeste", "og", "beste"},
      {"bästa", "och", "nyaste"}, {"nyaste", "och", "bästa"}, {"best", "and", "newest"}, {"newest", "and", "best"},
      {"best", "and", "latest"}, {"latest", "and", "best"}};
  // clang-format on
  if (contains_phrase(words, newest)) return true;
  // A general overview asked for ("et generelt overblik", "a general overview"): of a field,
  // not of the products for a problem ("et overblik over, hvilke sengealarmer der findes").
  // Where it makes sense to start, as where to start (undecided_phrases()).
  static const std::vector<std::vector<std::string>> where_to_start{
      {"hvor", "giver", "det", "mening", "at", "starte"}, {"hvor", "det", "giver", "mening", "at", "starte"},
      {"hvor", "gir", "det", "mening", "å", "starte"},    {"var", "är", "det", "rimligt", "att", "börja"},
      {"where", "it", "makes", "sense", "to", "start"},   {"where", "does", "it", "make", "sense", "to", "start"}};
  if (contains_phrase(words, where_to_start)) return true;
  if (names_everything_from_to(words)) return true;
  // Help to choose, with nothing named to choose among ("Kan I hjælpe os med at vælge?"; not
  // "… at vælge den rigtige sengealarm").
  static const std::vector<std::vector<std::string>> help_choose{{"hjælpe", "os", "med", "at", "vælge"},
                                                                 {"hjelpe", "oss", "med", "å", "velge"},
                                                                 {"hjälpa", "oss", "att", "välja"},
                                                                 {"help", "us", "choose"},
                                                                 {"help", "us", "decide"}};
  for (const auto& phrase : help_choose) {
    if (words.size() >= phrase.size() && phrase_at(words, words.size() - phrase.size(), phrase)) return true;
  }
  // clang-format off
  static const std::vector<std::vector<std::string>> overview{
      {"generelt", "overblik"}, {"overordnet", "overblik"}, {"generel", "oversigt"}, {"generell", "översikt"},
      {"allmän", "översikt"}, {"generell", "oversikt"}, {"overordnet", "oversikt"}, {"general", "overview"},
      {"overall", "overview"}, {"broad", "overview"}, {"bred", "oversigt"}, {"bredt", "overblik"},
      {"bred", "översikt"}, {"bred", "oversikt"},
      // a kind of overview ("en slags overblik over, hvad der findes"): of the field, loosely
      {"slags", "overblik"}, {"slags", "oversigt"}, {"slags", "översikt"}, {"slags", "oversikt"},
      {"sort", "of", "overview"}, {"kind", "of", "overview"},
      // of the options, not of the products for a problem ("Kan du lave en oversigt over muligheder?")
      {"oversigt", "over", "muligheder"}, {"oversigt", "over", "mulighederne"}, {"overblik", "over", "muligheder"},
      {"overblik", "over", "mulighederne"}, {"översikt", "över", "möjligheter"}, {"översikt", "över", "möjligheterna"},
      {"oversikt", "over", "muligheter"}, {"oversikt", "over", "mulighetene"}, {"overview", "of", "options"},
      {"overview", "of", "the", "options"}, {"overview", "of", "possibilities"},
      // of the technology of a field ("hvad der findes af ny teknologi inden for genoptræning"),
      // not of a product's
      {"teknologi", "inden", "for"}, {"teknologier", "inden", "for"}, {"teknologi", "innenfor"},
      {"teknologier", "innenfor"}, {"teknik", "inom"}, {"teknologi", "inom"}, {"tekniker", "inom"},
      {"technology", "within"}, {"technologies", "within"}, {"technology", "in", "the", "field", "of"},
      {"technologies", "in", "the", "field", "of"}};
  // clang-format on
  if (contains_phrase(words, overview)) return true;
  if (asks_overview_of_all_technology(words) || asks_for_everything_offered(words)) return true;
  if (states_open_to_anything(words)) return true;
  static const std::set<std::string> how{"hvordan", "how", "hur"};
  constexpr std::size_t kHowReach = 3;  // words after the phrase: "alle idéer til, hvordan"
  const auto about_how = [&](std::size_t end) {
    for (std::size_t k = end; k < words.size() && k < end + kHowReach; ++k) {
      if (how.count(words[k]) != 0) return true;
    }
    return false;
  };
  static const PhraseIndex undecided(undecided_phrases());
  return contains_phrase_where(words, undecided,
                               [&](std::size_t /*start*/, std::size_t next) { return !about_how(next); });
}

// True if the municipality says it doubts that part of the need can be had ("Det sidste er
// vi i tvivl om, at nogen leverandør kan", "Det vi är mest osäkra på", "we are not sure
// whether"): the guide's market dialogue, not a purchase. Only "vi"/"we" doubting, up to
// two words before the doubt: a citizen who is "i tvivl om" the dose is a situation.
bool doubts_the_market(const std::vector<std::string>& words, const std::vector<bool>& affirmed) {
  static const std::set<std::string> doubts{"tvivl",  "tvivler", "usikre", "usikker",  "tvil",   "tviler",
                                            "osäkra", "osäker",  "tvivel", "tvivlar",  "unsure", "doubt",
                                            "doubts", "uncertain"};
  static const std::set<std::string> we{"vi", "we"};
  for (std::size_t i = 1; i < words.size() && i < affirmed.size(); ++i) {
    // "not sure" doubts; "ikke i tvivl" (negated) does not.
    const bool doubt = (affirmed[i] && doubts.count(words[i]) != 0) || (words[i] == "sure" && words[i - 1] == "not");
    if (!doubt) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      if (we.count(words[k]) != 0) return true;
    }
  }
  return false;
}

// True if a request asks for "a way" to do something ("Vi søger en måde, hvor de pårørende
// ...", "We need a way to tell ..."), as it would ask for a method: it names what must be
// achieved, not yet a kind of product. Not a manner ("på en måde, der ...", "in a way that").
bool asks_for_a_way(const std::vector<std::string>& words, const std::vector<bool>& asked) {
  static const std::vector<std::vector<std::string>> ways{{"en", "måde"}, {"a", "way"}, {"ett", "sätt"}, {"en", "måte"}};
  static const std::set<std::string> manner{"på", "in", "i"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (i >= asked.size() || !asked[i] || (i > 0 && manner.count(words[i - 1]) != 0)) continue;
    for (const auto& way : ways) {
      if (phrase_at(words, i, way)) return true;
    }
  }
  return false;
}

// True if a sentence is an open question, one that opens with a question word ("Hvad vil I
// anbefale?", "Hvor skal vi starte?", "What should we buy?"): it asks the reader what to
// do, where a yes/no question ("Kan man få en ...?") names what it wants.
bool is_open_question(const std::vector<std::string>& words, char terminator) {
  static const std::set<std::string> question_words{
      "hvad", "hvilke", "hvilken", "hvilket", "hvor", "hvordan", "hvorfor",  // da, nb
      "hva", "hvem",                                                         // nb
      "vad", "vilka", "vilken", "vilket", "var", "hur", "varför",            // sv
      "what", "which", "where", "how", "why"};                               // en
  static const std::set<std::string> openers{"og", "men", "så", "och", "and", "but", "so"};
  // ... also after a preposition ("Og til hvad?", "For what?")
  static const std::set<std::string> prepositions{"til", "till", "for", "för", "med", "to", "with"};
  std::size_t first = !words.empty() && openers.count(words[0]) != 0 ? 1 : 0;
  if (first + 1 < words.size() && prepositions.count(words[first]) != 0) ++first;
  return terminator == '?' && first < words.size() && question_words.count(words[first]) != 0;
}

// For each word of tokenize(text): true if its sentence is an open question that asks what
// the market has ("Hvad findes der, og hvad skal udvikles?", "What exists, and what would
// have to be developed?"). Its develop cue asks which part is missing, the market dialogue
// of the guide; it does not say the municipality will develop.
std::vector<bool> asks_what_exists(std::string_view text) {
  return sentence_marks(text, [](const std::vector<std::string>& words, char terminator) {
    return is_open_question(words, terminator) && contains_phrase(words, what_exists_phrases());
  });
}

// Words of a question about how the municipality may or should act rather than what it
// needs: the law and its rules, permission, responsibility and ownership, payment models,
// ethics and consent. Danish and Norwegian first (lease in every language). Not GDPR or a
// model: products are asked to comply with the one and come in the other.
const std::vector<std::vector<std::string>>& conduct_phrases() {
  // The rows group each language's phrases, which one phrase a line would scatter.
  // clang-format off
  static const std::vector<std::vector<std::string>> phrases{
      {"må", "vi"}, {"må", "man"}, {"må", "kommunen"}, {"kommunen", "må"}, {"lov", "til"}, {"lovligt"}, {"lovlig"},
      {"lovgivningen"}, {"regler"}, {"reglerne"}, {"reglene"}, {"regelverket"}, {"ansvar"}, {"ansvaret"},
      {"ansvarlig"}, {"ejer"}, {"ejerskab"}, {"eier"}, {"eierskap"}, {"rettighederne"}, {"rettighetene"},
      {"egenbetaling"}, {"brugerbetaling"}, {"egenandel"}, {"leje", "eller", "købe"}, {"fordele", "og", "ulemper"},
      {"etik"}, {"etikk"}, {"samtykke"}, {"databehandleraftale"}, {"databehandleraftaler"}, {"databehandleravtale"},
      {"lease"}, {"leasing"}, {"juridisk"}, {"juridiske"}, {"hvad", "gælder"},
      // Swedish
      {"tillåtet"}, {"lagligt"}, {"lagstiftningen"}, {"reglerna"}, {"ansvarig"}, {"äger"}, {"egenavgift"},
      {"för", "och", "nackdelar"}, {"samtycke"}, {"juridiskt"}, {"juridiska"},
      // English
      {"legally"}, {"legal"}, {"allowed"}, {"permitted"}, {"rules"}, {"legislation"}, {"responsible"},
      {"responsibility"}, {"liable"}, {"liability"}, {"owns"}, {"ownership"}, {"user", "fee"}, {"user", "fees"},
      {"pros", "and", "cons"}, {"ethics"}, {"ethical"}, {"consent"}};
  // clang-format on
  return phrases;
}

// True if the words speak of what exists or can be had ("findes", "available", "hvad findes
// der"): a question of them asks for products.
bool names_what_exists(const std::vector<std::string>& words) {
  static const std::set<std::string> exists{
      "findes",      "finnes",       "finns",       "fås",          "exist",        "exists",       "available",
      "tilgængelig", "tilgængelige", "tillgänglig", "tillgängliga", "tilgjengelig", "tilgjengelige"};
  return std::any_of(words.begin(), words.end(), [](const std::string& word) { return exists.count(word) != 0; }) ||
         contains_phrase(words, what_exists_phrases());
}

}  // namespace

bool asks_about_conduct(const std::vector<std::string>& words, char terminator) {
  // Question words that open an indirect question; not the relatives "who" and "när"
  // ("residents who are responsible for their medicine").
  static const std::set<std::string> interrogatives{"hvordan", "hvem", "hvornår", "hur", "vem", "whether", "how"};
  // "om" (whether) before a pronoun or a noun as its subject: "om vi må", "om kommunen må";
  // "reglerne om samtykke" and "om de ældres samtykke" are about consent.
  static const std::set<std::string> subjects{"vi",       "man",           "kommunen",     "personalet",
                                              "borgeren", "borgerne", "medarbejderne", "medarbeiderne"};
  static const std::set<std::string> asked_for{"løsning",   "løsningen", "løsninger",    "lösning",    "lösningen",
                                               "lösningar", "solution",  "solutions",    "system",     "systemet",
                                               "app",       "appen",     "værktøj",      "verktøy",    "verktyg",
                                               "tool",      "device",    "hjælpemiddel", "hjälpmedel", "hjelpemiddel"};
  constexpr std::size_t kReach = 5;  // words from the question word to the phrase
  if (names_what_exists(words) ||
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return asked_for.count(w) != 0; })) {
    return false;
  }
  if (terminator == '?' && contains_phrase(words, conduct_phrases())) return true;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const bool opens_whether = words[i] == "om" && subjects.count(words[i + 1]) != 0;
    if (interrogatives.count(words[i]) == 0 && !opens_whether) continue;
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), i + 1 + kReach));
    if (contains_phrase(std::vector<std::string>(first, last), conduct_phrases())) return true;
  }
  return false;
}

bool asks_whether_it_exists(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> can_be_had{
      {"kan", "man", "få"},    {"kan", "vi", "få"},    {"kan", "man", "købe"}, {"kan", "vi", "købe"},
      {"kan", "man", "kjøpe"}, {"kan", "man", "köpa"}, {"can", "we", "get"},   {"can", "we", "buy"},
      {"is", "there"},         {"are", "there"},       {"er", "der", "nogen"}, {"er", "det", "noen"}};
  return names_what_exists(words) || contains_phrase(words, can_be_had);
}

namespace {

// The experiences a sentence says someone has ("Ergoterapeuten har gode erfaringer med tunge
// dyner, men her har vi brug for ..."): what has been tried, told inside a request, not a
// wish to learn from others. "har" stands up to three words before "erfaringer", with no
// one asked between ("Har I erfaringer med ...?", "har andre kommuner erfaringer" ask).
// Peers "med samme erfaringer" are told of too.
std::vector<bool> told_experiences(const std::vector<std::string>& words) {
  static const std::set<std::string> have{"har", "haft", "hatt"};
  static const std::set<std::string> asked_of{"i", "du", "dere", "andre", "nogen", "nogle", "noen", "man"};
  constexpr std::size_t kReach = 3;  // "har haft rigtig gode erfaringer"
  // Others "med samme erfaringer" are peers who have lived the same, not experience asked for.
  static const std::set<std::string> same{"samme", "lignende", "tilsvarende"};
  std::vector<bool> told(words.size());
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "erfaringer") continue;
    if (same.count(words[i - 1]) != 0) {
      told[i] = true;
      continue;
    }
    for (std::size_t back = 1; back <= kReach && back <= i; ++back) {
      const std::string& word = words[i - back];
      if (asked_of.count(word) != 0) break;
      if (have.count(word) != 0) {
        told[i] = true;
        break;
      }
    }
  }
  return told;
}

// For each of `words`: true where "undersøge" (undersöka, undersøke, "find out", "explore")
// stands right before "hvad", "hvilke" or their kin ("har bedt mig undersøge, hvad vi kan gøre
// for de borgere", "undersöka vad som finns", "Could you find out what is on the market?"): an
// inquiry of what there is or can be done, which a screening answers with products, not a
// question of how to go about it.
std::vector<bool> inquiries_of_what(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> inquire{
      {"undersøge"}, {"undersöka"}, {"undersøke"}, {"find", "out"}, {"explore"}};
  static const std::set<std::string> what{"hvad",    "vad",    "hva",  "hvilke", "vilka",
                                          "hvilken", "vilken", "what", "which"};
  std::vector<bool> marks(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& verb : inquire) {
      const std::size_t next = i + verb.size();
      if (next < words.size() && phrase_at(words, i, verb) && what.count(words[next]) != 0) marks[i] = true;
    }
  }
  return marks;
}

// For each of `words` (numbered by sentence in `sentences`): true if its sentence opens with "det", "that" or
// "this" right after a sentence that qualifies the request ("Kravet er, at cyklerne er
// dokumenteret til bakkerne. Det har vi ikke kunnet finde nogen steder."): what it says
// refers back to the qualification.
std::vector<bool> refers_to_qualification(const std::vector<std::string>& words,
                                          const std::vector<std::size_t>& sentences,
                                          const std::vector<bool>& qualifying) {
  static const std::set<std::string> back{"det", "dette", "detta", "that", "this"};
  std::vector<bool> marks(words.size(), false);
  bool previous_qualifies = false;
  for_each_sentence_range(sentences, words.size(), [&](std::size_t begin, std::size_t end) {
    const bool refers_back = previous_qualifies && back.count(words[begin]) != 0;
    for (std::size_t i = begin; refers_back && i < end; ++i) marks[i] = true;
    const std::size_t qualified_end = std::min(end, qualifying.size());
    previous_qualifies =
        begin < qualified_end &&
        std::any_of(qualifying.begin() + static_cast<std::ptrdiff_t>(begin),
                    qualifying.begin() + static_cast<std::ptrdiff_t>(qualified_end), [](bool at) { return at; });
  });
  return marks;
}

// `marks` with every position that `cleared` marks set to false.
std::vector<bool> cleared_where(std::vector<bool> marks, const std::vector<bool>& cleared) {
  for (std::size_t i = 0; i < marks.size() && i < cleared.size(); ++i) {
    if (cleared[i]) marks[i] = false;
  }
  return marks;
}

}  // namespace

NeedIntent intent_of(std::string_view text, const std::vector<std::string>& words, const std::vector<bool>& negated,
                     const std::vector<Sentence>& kinds, const std::vector<std::size_t>& sentences,
                     const Qualifications& qualifying, const std::vector<bool>& conduct, std::size_t lead_words) {
  std::vector<bool> affirmed(words.size()), asked(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    affirmed[i] = !(i < negated.size() && negated[i]);
    asked[i] = affirmed[i] && (i < lead_words || (i < kinds.size() && kinds[i] == Sentence::asks));
  }
  NeedIntent intent;
  // A question of conduct speaks of developing as a case ("Hvis … vores medarbejdere er med
  // til at udvikle produktet, hvem ejer så resultatet?"), not as what the need asks.
  const auto may_say_develop = cleared_where(
      cleared_where(without_people_found(words, without_lost_ways(words, requests_to_develop(words, affirmed))),
                    asks_what_exists(text)),
      conduct);
  // The market lacks, in a qualification ("Men vi behöver också ett sätt att styra med
  // huvudet, och det har vi inte hittat"), only the part the qualification adds: what the
  // market has of the rest decides, as for a dialogue.
  const auto may_say_lacks = cleared_where(cleared_where(may_say_develop, qualifying.words),
                                           refers_to_qualification(words, sentences, qualifying.words));
  static const PhraseIndex develop(develop_phrases());
  static const PhraseIndex market_lacks(market_lacks_phrases());
  static const PhraseIndex explore(explore_phrases());
  static const PhraseIndex what_exists(what_exists_phrases());
  // Not found is not "not found out" ("Vi har ikke kunnet finde ud af, hvilket system der menes").
  static const std::set<std::string> out{"ud", "ut", "out"};
  const bool says_lacks = contains_phrase_where(words, market_lacks, [&](std::size_t start, std::size_t next) {
    return allowed_at(may_say_lacks, start) && (next >= words.size() || out.count(words[next]) == 0);
  });
  intent.develop =
      contains_phrase(words, develop, may_say_develop) || says_lacks || market_holds_only(words, may_say_lacks);
  const auto inquiry = inquiries_of_what(words);
  intent.explores_approach =
      contains_phrase(words, explore, cleared_where(cleared_where(asked, told_experiences(words)), inquiry)) ||
      asks_for_a_way(words, asked) || doubts_the_market(words, affirmed);
  const bool inquires = std::any_of(inquiry.begin(), inquiry.end(), [](bool at) { return at; });
  intent.explore = intent.explores_approach || contains_phrase(words, what_exists, asked) || inquires;
  intent.qualified = qualifying.kind != Qualification::none;
  intent.only_required = qualifying.kind == Qualification::requirement;
  intent.open_question = any_sentence(text, is_open_question);
  const bool asks_how_technology = asks_how_technology_helps(words);
  // One pass over the sentences for both sentence-level readings of an unchosen need.
  const bool weighs_or_gathers = any_sentence(text, [](const std::vector<std::string>& sentence, char terminator) {
    return weighs_options(sentence, terminator) || lists_vague_ideas(sentence, terminator);
  });
  intent.undecided =
      asks_how_technology || states_undecided(words) || weighs_or_gathers || lists_ideas(text) || lists_themes(text);
  intent.nothing_concrete = states_nothing_concrete(words, /*problem_only=*/true);
  intent.asks_strategy = asks_how_technology && names_a_strategy_frame(words);
  intent.asks_conduct = std::find(conduct.begin(), conduct.end(), true) != conduct.end();
  return intent;
}

std::vector<bool> undecided_words(std::string_view text) {
  return sentence_marks(text, [](const std::vector<std::string>& words, char /*terminator*/) {
    return states_undecided(words) || asks_overview_of_technology(words);
  });
}

NeedIntent need_intent(std::string_view text) {
  const auto words = tokenize(text);
  const auto kinds = sentence_kinds(text);
  return intent_of(text, words, negated_words(text), kinds, sentence_numbers(text),
                   qualifications_of(text, words, kinds), conduct_words(text), tokenize(first_sentence(text)).size());
}

}  // namespace radar::match
