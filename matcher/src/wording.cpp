#include "wording.h"

namespace radar::match {
namespace {

const Wording kDanish{
    .too_vague = "Behovet er for uklart til at screene markedet: det nævner for få konkrete forhold{named}.",
    .clarify_next =
        "Arbejd videre med behovsafklaringen: beskriv hvad der skal løses, for hvem og hvor, og hvad der er prøvet.",
    .asks_conduct =
        "Behovet spørger, hvad kommunen må eller skal gøre (regler, ansvar, ejerskab, betaling eller etik), ikke efter "
        "en løsning.",
    .conduct_next =
        "Afklar spørgsmålet med jura, økonomi eller ledelse; beskriv derefter, hvad der skal løses, for "
        "hvem og hvor, før markedet screenes.",
    .asks_new = "Behovet beder om en ny løsning eller siger, at markedet ikke har den{named}.",
    .core_uncovered = "Intet på markedet dækker kernen af behovet{named}.",
    .asked_uncovered = "Intet på markedet dækker det, behovet beder om{named}.",
    .core_covered_little =
        "Markedet dækker kun en lille del af behovet: «{name}» dækker kernen ({aspects}), men ikke meget mere.",
    .find_partners = "Find partnere og samskab en løsning (OPI) med de mulige partnere, der er fundet.",
    .find_no_partners = "Find partnere og samskab en løsning (OPI); der er endnu ikke fundet mulige partnere.",
    .buy_basis = "«{name}» fra {org} er på markedet og dækker behovets væsentlige aspekter: {aspects}.",
    .go_to_procurement =
        "Hop af samskabelsen og gå direkte til indkøb; sammenlign de løsninger, der er markeret som køb.",
    .check_in_procurement = "Afklar i indkøbet: {aspects}.",
    .dialogue_basis = "Eksisterende løsninger dækker dele af behovet; bedst dækker «{name}» ({aspects}).",
    .none_covers = "Ingen markedsklar løsning dækker: {aspects}.",
    .hold_dialogue = "Hold en markedsdialog med leverandørerne om, hvad der mangler.",
    .rules_out = "Behovet udelukker {aspects}: løsninger, der bruger det, står længere nede og tæller ikke med.",
    .solution_covers = "Løsningen «{name}» dækker: {aspects}",
    .page_mentions = "Siden «{name}» nævner: {aspects}",
    .profile_covers = "Profilen dækker: {aspects}",
    .uses_ruled_out = "; bruger det, behovet udelukker: {aspects}",
    .works_in_fields = "Arbejder inden for samme felt som de nærmeste løsninger: {areas}",
};

const Wording kSwedish{
    .too_vague = "Behovet är för otydligt för att kartlägga marknaden: det nämner för få konkreta förhållanden{named}.",
    .clarify_next =
        "Arbeta vidare med behovsanalysen: beskriv vad som ska lösas, för vem och var, och vad som har prövats.",
    .asks_conduct =
        "Behovet frågar vad kommunen får eller ska göra (regler, ansvar, ägande, betalning eller etik), inte efter en "
        "lösning.",
    .conduct_next =
        "Klargör frågan med jurister, ekonomi eller ledning; beskriv sedan vad som ska lösas, för vem och "
        "var, innan marknaden kartläggs.",
    .asks_new = "Behovet efterfrågar en ny lösning eller säger att marknaden saknar den{named}.",
    .core_uncovered = "Inget på marknaden täcker kärnan i behovet{named}.",
    .asked_uncovered = "Inget på marknaden täcker det som behovet efterfrågar{named}.",
    .core_covered_little =
        "Marknaden täcker bara en liten del av behovet: ”{name}” täcker kärnan ({aspects}) men inte mycket mer.",
    .find_partners = "Hitta partner och samskapa en lösning (OPI) med de möjliga partner som har hittats.",
    .find_no_partners = "Hitta partner och samskapa en lösning (OPI); inga möjliga partner har hittats ännu.",
    .buy_basis = "”{name}” från {org} finns på marknaden och täcker behovets väsentliga aspekter: {aspects}.",
    .go_to_procurement =
        "Hoppa av samskapandet och gå direkt till upphandling; jämför lösningarna som är markerade som köp.",
    .check_in_procurement = "Klargör i upphandlingen: {aspects}.",
    .dialogue_basis = "Befintliga lösningar täcker delar av behovet; bäst täcker ”{name}” ({aspects}).",
    .none_covers = "Ingen marknadsmogen lösning täcker: {aspects}.",
    .hold_dialogue = "Håll en marknadsdialog med leverantörerna om vad som saknas.",
    .rules_out = "Behovet utesluter {aspects}: lösningar som använder det står längre ned och räknas inte.",
    .solution_covers = "Lösningen ”{name}” täcker: {aspects}",
    .page_mentions = "Sidan ”{name}” nämner: {aspects}",
    .profile_covers = "Profilen täcker: {aspects}",
    .uses_ruled_out = "; använder det som behovet utesluter: {aspects}",
    .works_in_fields = "Arbetar inom samma område som de närmaste lösningarna: {areas}",
};

const Wording kNorwegian{
    .too_vague = "Behovet er for uklart til å kartlegge markedet: det nevner for få konkrete forhold{named}.",
    .clarify_next =
        "Arbeid videre med behovsavklaringen: beskriv hva som skal løses, for hvem og hvor, og hva som er prøvd.",
    .asks_conduct =
        "Behovet spør hva kommunen kan eller skal gjøre (regler, ansvar, eierskap, betaling eller etikk), ikke etter "
        "en løsning.",
    .conduct_next =
        "Avklar spørsmålet med jurister, økonomi eller ledelse; beskriv deretter hva som skal løses, for "
        "hvem og hvor, før markedet kartlegges.",
    .asks_new = "Behovet ber om en ny løsning eller sier at markedet ikke har den{named}.",
    .core_uncovered = "Ingenting på markedet dekker kjernen i behovet{named}.",
    .asked_uncovered = "Ingenting på markedet dekker det behovet ber om{named}.",
    .core_covered_little =
        "Markedet dekker bare en liten del av behovet: «{name}» dekker kjernen ({aspects}), men ikke mye mer.",
    .find_partners = "Finn partnere og samskap en løsning (OPI) med de mulige partnerne som er funnet.",
    .find_no_partners = "Finn partnere og samskap en løsning (OPI); ingen mulige partnere er funnet ennå.",
    .buy_basis = "«{name}» fra {org} er på markedet og dekker behovets vesentlige aspekter: {aspects}.",
    .go_to_procurement = "Hopp av samskapingen og gå rett til innkjøp; sammenlign løsningene som er merket som kjøp.",
    .check_in_procurement = "Avklar i innkjøpet: {aspects}.",
    .dialogue_basis = "Eksisterende løsninger dekker deler av behovet; best dekker «{name}» ({aspects}).",
    .none_covers = "Ingen markedsklar løsning dekker: {aspects}.",
    .hold_dialogue = "Hold en markedsdialog med leverandørene om hva som mangler.",
    .rules_out = "Behovet utelukker {aspects}: løsninger som bruker det, står lenger ned og teller ikke med.",
    .solution_covers = "Løsningen «{name}» dekker: {aspects}",
    .page_mentions = "Siden «{name}» nevner: {aspects}",
    .profile_covers = "Profilen dekker: {aspects}",
    .uses_ruled_out = "; bruker det behovet utelukker: {aspects}",
    .works_in_fields = "Arbeider innen samme felt som de nærmeste løsningene: {areas}",
};

const Wording kEnglish{
    .too_vague = "The need is too vague to screen the market: it names too few concrete aspects{named}.",
    .clarify_next = "Clarify the need first: what must be solved, for whom, where, and what has been tried.",
    .asks_conduct =
        "The need asks what the municipality may or must do (rules, responsibility, ownership, payment or ethics), "
        "not for a solution.",
    .conduct_next =
        "Settle the question with legal, finance or management first; then describe what must be "
        "solved, for whom and where, before screening the market.",
    .asks_new = "The need asks for a new solution or says the market lacks one{named}.",
    .core_uncovered = "Nothing on the market covers the core of the need{named}.",
    .asked_uncovered = "Nothing on the market covers what the need asks for{named}.",
    .core_covered_little =
        "The market covers only a small part of the need: \"{name}\" covers its core ({aspects}) but little else.",
    .find_partners = "Find partners and co-develop (OPI) with the possible partners found.",
    .find_no_partners = "Find partners and co-develop (OPI); no possible partners were found yet.",
    .buy_basis = "\"{name}\" from {org} is on the market and covers the need's essential aspects: {aspects}.",
    .go_to_procurement = "Skip co-development and go to procurement; compare the solutions marked buy.",
    .check_in_procurement = "Check during procurement: {aspects}.",
    .dialogue_basis = "Existing solutions cover part of the need; the best, \"{name}\", covers {aspects}.",
    .none_covers = "No market-ready solution covers: {aspects}.",
    .hold_dialogue = "Hold a market dialogue with the suppliers about what is missing.",
    .rules_out = "The need rules out {aspects}: solutions that use it rank lower and do not count.",
    .solution_covers = "Solution \"{name}\" covers: {aspects}",
    .page_mentions = "Page \"{name}\" mentions: {aspects}",
    .profile_covers = "Profile covers: {aspects}",
    .uses_ruled_out = "; uses what the need rules out: {aspects}",
    .works_in_fields = "Works in the same field as the nearest solutions: {areas}",
};

}  // namespace

const Wording& wording_for(const std::string& lang) {
  if (lang == "sv") return kSwedish;
  if (lang == "nb") return kNorwegian;
  if (lang == "en" || lang == "de") return kEnglish;
  return kDanish;
}

}  // namespace radar::match
