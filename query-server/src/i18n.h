// Every text of the web interface and the report, in Danish (the default) and
// English, side by side so neither language falls behind; plus the labels of
// the contract's enums and locale formatting of scores and times.
#pragma once

#include <string>

namespace radar::server {

struct Phrase {
  const char* da;
  const char* en;
};

// The phrases, one member each. Placeholders in braces are filled by the caller.
struct Phrases {
  // Frame
  Phrase skip_link{"Spring til indhold", "Skip to content"};
  Phrase tagline{"Markedsscreening af velfærdsteknologi", "Market screening of welfare technology"};
  Phrase language_nav{"Sprog", "Language"};
  Phrase switch_language{"English", "Dansk"};
  Phrase footer_index{"Indeks: revision {revision}, opdateret {updated}, {documents} dokumenter.",
                      "Index: revision {revision}, updated {updated}, {documents} documents."};
  Phrase footer_about{"Markedsradar screener markedet efter trin 2, «Matche», i vejledningen Fælles om velfærdsinnovation.",
                      "Markedsradar screens the market following step 2, “Match”, of the Danish guide to public-private welfare innovation."};
  // Form
  Phrase form_title{"Findes løsningen allerede?", "Does the solution already exist?"};
  Phrase intro{"Beskriv kommunens behov med jeres egne ord. Markedsradar screener markedet og anbefaler, om I skal købe, "
               "holde en markedsdialog, samskabe en ny løsning eller afklare behovet bedre.",
               "Describe the municipality's need in your own words. Markedsradar screens the market and recommends whether "
               "to buy, hold a market dialogue, co-develop a new solution or clarify the need first."};
  Phrase need_label{"Beskriv behovet", "Describe the need"};
  Phrase need_hint{"Hvad skal løses, for hvem, hvor og hvorfor? Højst 10.000 tegn.",
                   "What must be solved, for whom, where and why? At most 10,000 characters."};
  Phrase need_counter{"{n} af 10.000 tegn", "{n} of 10,000 characters"};
  Phrase filters_legend{"Afgræns screeningen (valgfrit)", "Narrow the screening (optional)"};
  Phrase area_label{"Område", "Area"};
  Phrase any_area{"Alle områder", "All areas"};
  Phrase maturity_label{"Modenhed", "Maturity"};
  Phrase any_maturity{"Alle modenheder", "Any maturity"};
  Phrase region_label{"Region", "Region"};
  Phrase any_region{"Alle regioner", "All regions"};
  Phrase org_type_label{"Organisationstype", "Organisation type"};
  Phrase any_org_type{"Alle typer", "All types"};
  Phrase submit{"Screen markedet", "Screen the market"};
  Phrase example_heading{"Prøv et eksempel", "Try an example"};
  Phrase example_need{"Nattevagten skal have besked, når en borger med demens forlader sengen om natten, uden at borgeren vækkes.",
                      "The night staff must be alerted when a resident with dementia leaves the bed at night, without waking the resident."};
  Phrase decisions_heading{"Sådan læser du svaret", "How to read the answer"};
  // Results
  Phrase results_title{"Markedsscreening", "Market screening"};
  Phrase your_need{"Behovet", "The need"};
  Phrase filters_used{"Afgrænsning", "Narrowed to"};
  Phrase no_filters{"ingen", "none"};
  Phrase edit_search{"Ret behov og afgrænsning", "Edit the need and filters"};
  Phrase recommendation{"Anbefaling", "Recommendation"};
  Phrase reasons_heading{"Begrundelse", "Why"};
  Phrase next_step_heading{"Næste skridt", "Next step"};
  Phrase aspects_heading{"Behovets aspekter", "Aspects of the need"};
  Phrase aspects_intro{"Markedsradar har delt behovet op i disse aspekter. De væsentlige bærer størstedelen af behovet.",
                       "Markedsradar split the need into these aspects. The essential ones carry most of the need."};
  Phrase essential{"væsentligt", "essential"};
  Phrase solutions_heading{"Løsninger", "Solutions"};
  Phrase solutions_intro{"Løsninger, der dækker dele af behovet, de bedste først.",
                         "Solutions covering parts of the need, best first."};
  Phrase no_solutions{"Ingen løsning matcher behovet.", "No solution matches the need."};
  Phrase by_organisation{"fra {name}", "by {name}"};
  Phrase match_score{"Match {score}", "Match {score}"};
  Phrase buy_badge{"Kan købes i stedet for at udvikle", "Can be bought instead of developed"};
  Phrase covers{"Dækker", "Covers"};
  Phrase misses{"Mangler", "Missing"};
  Phrase conflicts{"Strider mod behovet: bruger {labels}", "Conflicts with the need: uses {labels}"};
  Phrase ruled_out{"Behovet udelukker: {labels}. Løsninger, der bruger det, står længere nede og kan ikke købes i stedet.",
                   "The need rules out: {labels}. Solutions that use it rank lower and are not marked to buy."};
  Phrase nothing{"intet", "nothing"};
  Phrase partners_heading{"Mulige partnere", "Possible partners"};
  Phrase partners_intro{"Organisationer, der arbejder med behovets aspekter, og som I kan samskabe med.",
                        "Organisations working on the need's aspects that you could co-develop with."};
  Phrase no_partners{"Ingen mulige partnere fundet.", "No possible partners found."};
  Phrase similar_heading{"Andre kommuner med lignende behov", "Other municipalities with similar needs"};
  Phrase similar_intro{"Gå evt. sammen om markedsdialog eller udvikling.", "Consider joining forces on market dialogue or development."};
  Phrase no_similar{"Ingen andre kommuner har registreret et lignende behov.", "No other municipality has registered a similar need."};
  Phrase shared_aspects{"Fælles aspekter", "Shared aspects"};
  Phrase uncovered_heading{"Det dækker ingen løsning på markedet", "What no solution on the market covers"};
  Phrase uncovered_intro{"Disse aspekter af behovet dækker ingen markedsklar løsning. Tag dem med i markedsdialogen eller udviklingen.",
                         "No market-ready solution covers these aspects of the need. Take them to the market dialogue or the development."};
  Phrase all_covered{"Hvert aspekt dækkes af mindst én markedsklar løsning.", "Every aspect is covered by at least one market-ready solution."};
  Phrase save_heading{"Gem eller udskriv screeningen", "Save or print the screening"};
  Phrase report_html{"Rapport til journalisering (udskriv eller gem som PDF)", "Report for the file (print or save as PDF)"};
  Phrase report_csv{"Regneark (CSV)", "Spreadsheet (CSV)"};
  Phrase report_json{"Data (JSON)", "Data (JSON)"};
  Phrase link_here{"Link til denne screening", "Link to this screening"};
  Phrase website{"Hjemmeside", "Website"};
  Phrase error_too_long{"Behovet er for langt: {n} tegn. Skriv højst 10.000 tegn.",
                        "The need is too long: {n} characters. Write at most 10,000 characters."};
  Phrase error_utf8{"Teksten indeholder ugyldige tegn. Skriv eller indsæt den igen.",
                    "The text contains invalid characters. Type or paste it again."};
  Phrase error_heading{"Behovet kunne ikke screenes", "The need could not be screened"};
  // Decisions: title, plain words, next step
  Phrase buy_title{"Køb: en løsning findes allerede på markedet", "Buy: a solution is already on the market"};
  Phrase buy_words{"Mindst én løsning på markedet dækker behovets væsentlige aspekter.",
                   "At least one solution on the market covers the essential aspects of the need."};
  Phrase buy_next{"Spring samskabelsen over og gå til indkøb. Sammenlign løsningerne, der er markeret «Kan købes», og afklar det, der mangler, i udbuddet.",
                  "Skip co-development and go to procurement. Compare the solutions marked “Can be bought” and settle what is missing in the tender."};
  Phrase dialogue_title{"Markedsdialog: løsninger dækker en del af behovet", "Market dialogue: solutions cover part of the need"};
  Phrase dialogue_words{"Eksisterende løsninger dækker dele af behovet, men ingen dækker det hele.",
                        "Existing solutions cover parts of the need, but none covers all of it."};
  Phrase dialogue_next{"Hold en markedsdialog med leverandørerne om det, der mangler, før I beslutter at købe eller udvikle.",
                       "Hold a market dialogue with the suppliers about what is missing before you decide to buy or develop."};
  Phrase develop_title{"Udvikl: markedet dækker ikke behovet", "Develop: the market does not cover the need"};
  Phrase develop_words{
      "Ingen løsning på markedet dækker behovets væsentlige aspekter, eller ingen dækker mere end en lille del af det.",
      "No solution on the market covers the essential aspects of the need, or none covers more than a small part of it."};
  Phrase develop_next{"Find partnere og samskab en løsning (offentlig-privat innovation); Markedsradar foreslår mulige partnere.",
                      "Find partners and co-develop a solution (public-private innovation); Markedsradar suggests possible partners."};
  Phrase clarify_title{"Afklar: behovet er for uklart til at screene", "Clarify: the need is too vague to screen"};
  Phrase clarify_words{"Beskrivelsen siger for lidt til, at markedet kan screenes pålideligt.",
                       "The description says too little to screen the market reliably."};
  Phrase clarify_next{"Beskriv behovet mere konkret: hvad skal løses, for hvem, hvor og hvornår? Screen så igen.",
                      "Describe the need more concretely: what must be solved, for whom, where and when? Then screen again."};
  // Report
  Phrase report_title{"Markedsscreening", "Market screening"};
  Phrase report_subtitle{"Dokumentation af en markedsscreening (vejledningens trin 2, «Matche»)",
                         "Record of a market screening (step 2, “Match”, of the guide)"};
  Phrase prepared{"Udarbejdet", "Prepared"};
  Phrase index_revision{"Indeksrevision", "Index revision"};
  Phrase index_updated{"Indeks opdateret", "Index updated"};
  Phrase index_documents{"Dokumenter i indekset", "Documents in the index"};
  Phrase sources_heading{"Kilder", "Sources"};
  Phrase source{"Kilde", "Source"};
  Phrase last_crawled{"Sidst gennemsøgt", "Last crawled"};
  Phrase no_sources{"Ingen webkilder er gennemsøgt; indekset bygger på indlæste poster.",
                    "No web sources have been crawled; the index is built from loaded records."};
  Phrase decision_heading{"Beslutning", "Decision"};
  Phrase rank{"Nr.", "No."};
  Phrase name{"Navn", "Name"};
  Phrase organisation{"Organisation", "Organisation"};
  Phrase type{"Type", "Type"};
  Phrase weight{"Vægt", "Weight"};
  Phrase aspect{"Aspekt", "Aspect"};
  Phrase essential_column{"Væsentligt", "Essential"};
  Phrase why{"Hvorfor", "Why"};
  Phrase link{"Link", "Link"};
  Phrase municipality{"Kommune", "Municipality"};
  Phrase title{"Titel", "Title"};
  Phrase yes{"ja", "yes"};
  Phrase print_hint{"Udskriv eller gem som PDF med browserens udskriftsfunktion (Ctrl+P).",
                    "Print or save as PDF with the browser's print function (Ctrl+P)."};
  Phrase print_button{"Udskriv", "Print"};
  Phrase report_footer{"Udarbejdet med Markedsradar. Screeningen er et grundlag for beslutningen, ikke beslutningen selv.",
                       "Prepared with Markedsradar. The screening informs the decision; it does not make it."};
  Phrase back_to_results{"Tilbage til resultatet", "Back to the results"};
};

// The interface language: "da" (default) or "en".
class Ui {
 public:
  explicit Ui(const std::string& lang) : english_(lang == "en") {}
  [[nodiscard]] std::string lang() const { return english_ ? "en" : "da"; }
  [[nodiscard]] std::string other_lang() const { return english_ ? "da" : "en"; }
  // The phrase in this language (plain text; escape it where it goes).
  const char* operator()(Phrase Phrases::*member) const;
  // The phrase with "{key}" replaced by `value`.
  [[nodiscard]] std::string fill(Phrase Phrases::*member, const std::string& key, const std::string& value) const;

  // Labels of the contract's enums; unknown values come back unchanged.
  [[nodiscard]] std::string maturity(const std::string& value) const;
  [[nodiscard]] std::string org_type(const std::string& value) const;
  // Plural label of a record type ("løsninger" / "solutions").
  [[nodiscard]] std::string record_types(const std::string& type) const;
  [[nodiscard]] std::string decision_title(const std::string& decision) const;
  [[nodiscard]] std::string decision_words(const std::string& decision) const;
  [[nodiscard]] std::string decision_next(const std::string& decision) const;
  // 0.87 -> "87 %" (da) / "87%" (en).
  [[nodiscard]] std::string percent(double score) const;
  // A whole number with the language's thousands separator.
  [[nodiscard]] std::string count(unsigned long value) const;
  // An ISO 8601 UTC time in the server's local time zone ("28.11.2026 kl. 06:25"); the input if unparsable.
  [[nodiscard]] std::string time(const std::string& iso) const;

 private:
  bool english_;
};

// The choices for the maturity and organisation-type filters (contract enums).
inline constexpr const char* kMaturities[] = {"market", "pilot", "prototype", "idea"};
inline constexpr const char* kOrgTypes[] = {"company", "research", "municipality", "cluster", "public", "other"};

// "midtjylland" -> "Midtjylland" (ASCII and Latin-1 letters).
std::string capitalise(const std::string& text);

}  // namespace radar::server
