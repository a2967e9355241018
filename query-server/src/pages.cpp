#include "pages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "radar/text.h"

namespace radar::server {
namespace {

// The interface texts; Danish first, English second.
struct Texts {
  const char* title;
  const char* intro;
  const char* need_label;
  const char* need_hint;
  const char* area_label;
  const char* any_area;
  const char* maturity_label;
  const char* any_maturity;
  const char* submit;
  const char* solutions;
  const char* partners;
  const char* similar;
  const char* uncovered;
  const char* covers;
  const char* misses;
  const char* buy_badge;
  const char* no_solutions;
  const char* switch_label;
  const char* decision_buy;
  const char* decision_dialogue;
  const char* decision_develop;
  const char* decision_clarify;
  const char* report;
};

const Texts kDanish{"Markedsradar", "Beskriv kommunens behov, så screener Markedsradar markedet: findes der allerede en løsning, "
                    "dækker eksisterende løsninger en del af behovet, eller skal I samskabe en ny?",
                    "Behov", "Skriv behovet med jeres egne ord: hvad skal løses, for hvem og hvor.", "Område", "Alle områder",
                    "Modenhed", "Alle", "Screen markedet", "Løsninger", "Mulige partnere", "Andre kommuner med samme behov",
                    "Det dækker ingen markedsklar løsning", "Dækker", "Mangler", "Køb i stedet", "Ingen løsninger matcher behovet.",
                    "English", "Køb: en løsning findes allerede", "Markedsdialog: løsninger dækker en del af behovet",
                    "Udvikl: intet på markedet dækker kernen (OPI)", "Afklar: behovet er for uklart", "Screeningsrapport"};
const Texts kEnglish{"Markedsradar", "Describe the municipality's need and Markedsradar screens the market: does a solution "
                     "exist, do existing ones cover part of it, or should you co-develop a new one?",
                     "Need", "Write the need in your own words: what must be solved, for whom and where.", "Area", "All areas",
                     "Maturity", "All", "Screen the market", "Solutions", "Possible partners", "Other municipalities with the same need",
                     "Not covered by any market-ready solution", "Covers", "Missing", "Buy instead", "No solution matches the need.",
                     "Dansk", "Buy: a solution already exists", "Market dialogue: solutions cover part of the need",
                     "Develop: nothing on the market covers the core (OPI)", "Clarify: the need is too vague", "Screening report"};

const Texts& texts_for(const std::string& lang) { return lang == "en" ? kEnglish : kDanish; }

std::string url_encode(const std::string& value) {
  std::string out;
  char buffer[4];
  for (const unsigned char c : value) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

std::string page_head(const std::string& lang, const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) +
         "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" + html_escape(title) + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>";
}

std::string option(const std::string& value, const std::string& label, bool selected) {
  return "<option value=\"" + html_escape(value) + "\"" + (selected ? " selected" : "") + ">" + html_escape(label) + "</option>";
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

std::string render_form(const FormState& form) {
  const Texts& t = texts_for(form.lang);
  std::ostringstream html;
  html << "<form method=\"get\" action=\"/search\" class=\"need-form\">"
       << "<input type=\"hidden\" name=\"lang\" value=\"" << html_escape(form.lang) << "\">"
       << "<label for=\"need\">" << t.need_label << "</label>"
       << "<p id=\"need-hint\" class=\"hint\">" << t.need_hint << "</p>"
       << "<textarea id=\"need\" name=\"need\" rows=\"6\" maxlength=\"10000\" required aria-describedby=\"need-hint\">"
       << html_escape(form.need) << "</textarea><div class=\"filters\">"
       << "<label for=\"area\">" << t.area_label << "</label><select id=\"area\" name=\"area\">"
       << option("", t.any_area, form.filters.area.empty());
  for (const auto& area : form.areas) html << option(area, area, contains(form.filters.area, area));
  html << "</select><label for=\"maturity\">" << t.maturity_label << "</label><select id=\"maturity\" name=\"maturity\">"
       << option("", t.any_maturity, form.filters.maturity.empty());
  for (const char* maturity : {"market", "pilot", "prototype", "idea"}) {
    html << option(maturity, maturity, contains(form.filters.maturity, maturity));
  }
  html << "</select></div><button type=\"submit\">" << t.submit << "</button></form>";
  return html.str();
}

std::string page_top(const FormState& form, const std::string& path_and_query) {
  const Texts& t = texts_for(form.lang);
  const std::string other = form.lang == "en" ? "da" : "en";
  std::string switch_url = path_and_query + (path_and_query.find('?') == std::string::npos ? "?" : "&") + "lang=" + other;
  return page_head(form.lang, t.title) + "<header><a class=\"brand\" href=\"/?lang=" + form.lang + "\">Markedsradar</a>" +
         "<a class=\"lang-switch\" lang=\"" + other + "\" href=\"" + html_escape(switch_url) + "\">" + t.switch_label +
         "</a></header><main>";
}

const char* decision_text(const Texts& t, const std::string& decision) {
  if (decision == "buy") return t.decision_buy;
  if (decision == "dialogue") return t.decision_dialogue;
  if (decision == "develop") return t.decision_develop;
  return t.decision_clarify;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + html_escape(item);
  return out.empty() ? "–" : out;
}

std::string safe_link(const std::string& url, const std::string& label) {
  const bool web = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  if (!web) return html_escape(label);
  return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + html_escape(label) + "</a>";
}

std::string render_solutions(const Texts& t, const MatchResult& result) {
  std::ostringstream html;
  html << "<section aria-labelledby=\"solutions-h\"><h2 id=\"solutions-h\">" << t.solutions << "</h2>";
  if (result.solutions.empty()) html << "<p>" << t.no_solutions << "</p>";
  html << "<ol class=\"results\">";
  for (const auto& s : result.solutions) {
    html << "<li class=\"solution\"><h3>" << safe_link(s.url, s.name) << "</h3><p class=\"meta\">"
         << html_escape(s.organisation.name) << " · " << html_escape(s.maturity)
         << (s.buy_instead ? " · <strong class=\"badge\">" + std::string(t.buy_badge) + "</strong>" : "") << "</p>"
         << "<p class=\"snippet\">" << s.snippet_html << "</p>"
         << "<p><span class=\"covers\">" << t.covers << ": " << list_text(s.covered) << "</span><br><span class=\"misses\">"
         << t.misses << ": " << list_text(s.missing) << "</span></p></li>";
  }
  html << "</ol></section>";
  return html.str();
}

std::string render_partners(const Texts& t, const MatchResult& result) {
  std::ostringstream html;
  html << "<section aria-labelledby=\"partners-h\"><h2 id=\"partners-h\">" << t.partners << "</h2><ol class=\"results\">";
  for (const auto& p : result.partners) {
    html << "<li>" << safe_link(p.url, p.name) << " <span class=\"meta\">(" << html_escape(p.org_type) << ")</span>";
    if (!p.why.empty()) html << "<br><span class=\"why\">" << html_escape(p.why.front()) << "</span>";
    html << "</li>";
  }
  html << "</ol></section>";
  return html.str();
}

std::string render_result(const FormState& form, const MatchResult& result) {
  const Texts& t = texts_for(form.lang);
  std::ostringstream html;
  html << "<section class=\"verdict verdict-" << html_escape(result.verdict.decision)
       << "\" aria-labelledby=\"verdict-h\"><h2 id=\"verdict-h\">" << decision_text(t, result.verdict.decision) << "</h2><ul>";
  for (const auto& reason : result.verdict.reasons) html << "<li>" << html_escape(reason) << "</li>";
  html << "</ul><p><a href=\"/api/v1/report?need=" << html_escape(url_encode(form.need)) << "&amp;lang=" << form.lang << "\">"
       << t.report << "</a></p></section>";
  if (!result.uncovered.empty()) {
    html << "<section aria-labelledby=\"uncovered-h\"><h2 id=\"uncovered-h\">" << t.uncovered << "</h2><p>"
         << list_text(result.uncovered) << "</p></section>";
  }
  html << render_solutions(t, result) << render_partners(t, result);
  if (!result.similar_needs.empty()) {
    html << "<section aria-labelledby=\"similar-h\"><h2 id=\"similar-h\">" << t.similar << "</h2><ul>";
    for (const auto& n : result.similar_needs) {
      html << "<li><strong>" << html_escape(n.municipality) << "</strong>: " << html_escape(n.title) << "</li>";
    }
    html << "</ul></section>";
  }
  return html.str();
}

}  // namespace

std::string render_form_page(const FormState& form) {
  const Texts& t = texts_for(form.lang);
  return page_top(form, "/") + "<h1>" + t.title + "</h1><p>" + t.intro + "</p>" + render_form(form) + "</main></body></html>";
}

std::string render_results_page(const FormState& form, const std::optional<MatchResult>& result,
                                 const std::string& error) {
  std::string query = "/search?need=" + url_encode(form.need);
  for (const auto& area : form.filters.area) query += "&area=" + url_encode(area);
  std::string html = page_top(form, query) + render_form(form);
  if (!error.empty()) html += "<p class=\"error\" role=\"alert\">" + html_escape(error) + "</p>";
  if (result) html += render_result(form, *result);
  return html + "</main></body></html>";
}

const std::string& stylesheet() {
  static const std::string kCss = R"(body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
header{display:flex;justify-content:space-between;padding:.75rem 1rem;background:#0b3d5c}
header a{color:#fff;font-weight:600}main{max-width:60rem;margin:0 auto;padding:1rem}
label{display:block;font-weight:600;margin-top:.75rem}textarea,select{width:100%;font:inherit;padding:.4rem;border:1px solid #555}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem}
button{margin-top:1rem;padding:.6rem 1.2rem;font:inherit;background:#0b3d5c;color:#fff;border:0;cursor:pointer}
:focus{outline:3px solid #e07b00;outline-offset:2px}.hint,.meta,.why{color:#444}mark{background:#ffe08a}
.verdict{border-left:6px solid #0b3d5c;padding:.5rem 1rem;margin:1rem 0;background:#f2f6f9}
.verdict-buy{border-color:#1b7a3a}.verdict-dialogue{border-color:#a86b00}.verdict-develop{border-color:#7a1b5c}
.badge{color:#1b7a3a}.error{color:#9b0000;font-weight:600}
@media print{header,form{display:none}a{color:#000}})";
  return kCss;
}

}  // namespace radar::server
