#include "wording.h"

#include <algorithm>
#include <string_view>

namespace radar::match {
namespace {

const Wording kDanish{
    "Behovet er for uklart til at screene markedet: det nævner for få konkrete forhold{named}.",
    "Arbejd videre med behovsafklaringen: beskriv hvad der skal løses, for hvem og hvor, og hvad der er prøvet.",
    "Behovet beder om en ny løsning eller siger, at markedet ikke har den{named}.",
    "Intet på markedet dækker kernen af behovet{named}.",
    "Intet på markedet dækker det, behovet beder om{named}.",
    "Find partnere og samskab en løsning (OPI) med de mulige partnere, der er fundet.",
    "Find partnere og samskab en løsning (OPI); der er endnu ikke fundet mulige partnere.",
    "«{name}» fra {org} er på markedet og dækker behovets væsentlige aspekter: {aspects}.",
    "Hop af samskabelsen og gå direkte til indkøb; sammenlign de løsninger, der er markeret som køb.",
    "Afklar i indkøbet: {aspects}.",
    "Eksisterende løsninger dækker dele af behovet; bedst dækker «{name}» ({aspects}).",
    "Ingen markedsklar løsning dækker: {aspects}.",
    "Hold en markedsdialog med leverandørerne om, hvad der mangler.",
    "Behovet udelukker {aspects}: løsninger, der bruger det, står længere nede og tæller ikke med.",
    "Løsningen «{name}» dækker: {aspects}",
    "Siden «{name}» nævner: {aspects}",
    "Profilen dækker: {aspects}",
    "; bruger det, behovet udelukker: {aspects}",
};

const Wording kSwedish{
    "Behovet är för otydligt för att kartlägga marknaden: det nämner för få konkreta förhållanden{named}.",
    "Arbeta vidare med behovsanalysen: beskriv vad som ska lösas, för vem och var, och vad som har prövats.",
    "Behovet efterfrågar en ny lösning eller säger att marknaden saknar den{named}.",
    "Inget på marknaden täcker kärnan i behovet{named}.",
    "Inget på marknaden täcker det som behovet efterfrågar{named}.",
    "Hitta partner och samskapa en lösning (OPI) med de möjliga partner som har hittats.",
    "Hitta partner och samskapa en lösning (OPI); inga möjliga partner har hittats ännu.",
    "”{name}” från {org} finns på marknaden och täcker behovets väsentliga aspekter: {aspects}.",
    "Hoppa av samskapandet och gå direkt till upphandling; jämför lösningarna som är markerade som köp.",
    "Klargör i upphandlingen: {aspects}.",
    "Befintliga lösningar täcker delar av behovet; bäst täcker ”{name}” ({aspects}).",
    "Ingen marknadsmogen lösning täcker: {aspects}.",
    "Håll en marknadsdialog med leverantörerna om vad som saknas.",
    "Behovet utesluter {aspects}: lösningar som använder det står längre ned och räknas inte.",
    "Lösningen ”{name}” täcker: {aspects}",
    "Sidan ”{name}” nämner: {aspects}",
    "Profilen täcker: {aspects}",
    "; använder det som behovet utesluter: {aspects}",
};

const Wording kNorwegian{
    "Behovet er for uklart til å kartlegge markedet: det nevner for få konkrete forhold{named}.",
    "Arbeid videre med behovsavklaringen: beskriv hva som skal løses, for hvem og hvor, og hva som er prøvd.",
    "Behovet ber om en ny løsning eller sier at markedet ikke har den{named}.",
    "Ingenting på markedet dekker kjernen i behovet{named}.",
    "Ingenting på markedet dekker det behovet ber om{named}.",
    "Finn partnere og samskap en løsning (OPI) med de mulige partnerne som er funnet.",
    "Finn partnere og samskap en løsning (OPI); ingen mulige partnere er funnet ennå.",
    "«{name}» fra {org} er på markedet og dekker behovets vesentlige aspekter: {aspects}.",
    "Hopp av samskapingen og gå rett til innkjøp; sammenlign løsningene som er merket som kjøp.",
    "Avklar i innkjøpet: {aspects}.",
    "Eksisterende løsninger dekker deler av behovet; best dekker «{name}» ({aspects}).",
    "Ingen markedsklar løsning dekker: {aspects}.",
    "Hold en markedsdialog med leverandørene om hva som mangler.",
    "Behovet utelukker {aspects}: løsninger som bruker det, står lenger ned og teller ikke med.",
    "Løsningen «{name}» dekker: {aspects}",
    "Siden «{name}» nevner: {aspects}",
    "Profilen dekker: {aspects}",
    "; bruker det behovet utelukker: {aspects}",
};

const Wording kEnglish{
    "The need is too vague to screen the market: it names too few concrete aspects{named}.",
    "Clarify the need first: what must be solved, for whom, where, and what has been tried.",
    "The need asks for a new solution or says the market lacks one{named}.",
    "Nothing on the market covers the core of the need{named}.",
    "Nothing on the market covers what the need asks for{named}.",
    "Find partners and co-develop (OPI) with the possible partners found.",
    "Find partners and co-develop (OPI); no possible partners were found yet.",
    "\"{name}\" from {org} is on the market and covers the need's essential aspects: {aspects}.",
    "Skip co-development and go to procurement; compare the solutions marked buy.",
    "Check during procurement: {aspects}.",
    "Existing solutions cover part of the need; the best, \"{name}\", covers {aspects}.",
    "No market-ready solution covers: {aspects}.",
    "Hold a market dialogue with the suppliers about what is missing.",
    "The need rules out {aspects}: solutions that use it rank lower and do not count.",
    "Solution \"{name}\" covers: {aspects}",
    "Page \"{name}\" mentions: {aspects}",
    "Profile covers: {aspects}",
    "; uses what the need rules out: {aspects}",
};

}  // namespace

const Wording& wording_for(const std::string& lang) {
  if (lang == "sv") return kSwedish;
  if (lang == "nb") return kNorwegian;
  if (lang == "en" || lang == "de") return kEnglish;
  return kDanish;
}

std::string fill(const std::string& text, std::initializer_list<std::pair<const char*, std::string>> values) {
  // One pass over the template: a value is never searched for placeholders, so a
  // product named "{n} in one" stays as written.
  std::string out;
  std::size_t from = 0;
  for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', from)) {
    const auto close = text.find('}', open);
    if (close == std::string::npos) break;
    const std::string_view key = std::string_view(text).substr(open + 1, close - open - 1);
    out.append(text, from, open - from);
    const auto value = std::find_if(values.begin(), values.end(), [&](const auto& pair) { return key == pair.first; });
    out += value != values.end() ? value->second : text.substr(open, close - open + 1);
    from = close + 1;
  }
  return out.append(text, from, std::string::npos);
}

}  // namespace radar::match
