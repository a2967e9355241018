#include "pages.h"

#include <algorithm>
#include <sstream>

#include "escape.h"
#include "radar/text.h"

namespace radar::server {
namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The language of texts the matcher wrote (reasons, partner evidence): Danish for
// Scandinavian needs, else English (see matcher decide()).
std::string matcher_text_lang(const MatchResult& result) {
  return result.lang == "da" || result.lang == "sv" || result.lang == "nb" ? "da" : "en";
}

// ` lang="xx"` when `lang` differs from the page's language.
std::string lang_attr(const Ui& ui, const std::string& lang) {
  return lang.empty() || lang == ui.lang() ? "" : " lang=\"" + html(lang) + "\"";
}

std::string option(const std::string& value, const std::string& label, bool selected) {
  return "<option value=\"" + html(value) + "\"" + (selected ? " selected" : "") + ">" + html(label) + "</option>";
}

// A filter <select>: "any" first, then `choices`, plus selected values the index lacks.
std::string select_field(const std::string& id, const char* label, const char* any,
                         const std::vector<std::pair<std::string, std::string>>& choices,
                         const std::vector<std::string>& selected) {
  std::ostringstream out;
  out << "<div class=\"field\"><label for=\"" << id << "\">" << html(label) << "</label><select id=\"" << id << "\" name=\""
      << id << "\">" << option("", any, selected.empty());
  for (const auto& [value, text] : choices) out << option(value, text, contains(selected, value));
  for (const auto& value : selected) {
    const bool listed = std::any_of(choices.begin(), choices.end(), [&](const auto& c) { return c.first == value; });
    if (!listed) out << option(value, value, true);
  }
  out << "</select></div>";
  return out.str();
}

std::vector<std::pair<std::string, std::string>> labelled(const std::vector<std::string>& values) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(values.size());
  for (const auto& value : values) out.emplace_back(value, capitalise(value));
  return out;
}

std::string render_form(const Ui& ui, const FormState& form) {
  std::vector<std::pair<std::string, std::string>> maturities, org_types;
  for (const char* m : kMaturities) maturities.emplace_back(m, ui.maturity(m));
  for (const char* o : kOrgTypes) org_types.emplace_back(o, ui.org_type(o));
  std::ostringstream out;
  out << "<form method=\"get\" action=\"/search\" class=\"need-form\" id=\"need-form\">"
      << "<input type=\"hidden\" name=\"lang\" value=\"" << ui.lang() << "\">"
      << "<div class=\"field\"><label for=\"need\">" << html(ui(&Phrases::need_label)) << "</label>"
      << "<p id=\"need-hint\" class=\"hint\">" << html(ui(&Phrases::need_hint)) << "</p>"
      << "<textarea id=\"need\" name=\"need\" rows=\"7\" maxlength=\"10000\" required"
      << " aria-describedby=\"need-hint need-count\" data-counter=\"" << html(ui(&Phrases::need_counter)) << "\">"
      << html(form.need) << "</textarea><p id=\"need-count\" class=\"counter\" hidden></p></div>"
      << "<fieldset class=\"filters\"><legend>" << html(ui(&Phrases::filters_legend)) << "</legend>"
      << select_field("area", ui(&Phrases::area_label), ui(&Phrases::any_area), labelled(form.areas), form.filters.area)
      << select_field("maturity", ui(&Phrases::maturity_label), ui(&Phrases::any_maturity), maturities,
                      form.filters.maturity)
      << select_field("region", ui(&Phrases::region_label), ui(&Phrases::any_region), labelled(form.regions),
                      form.filters.region)
      << select_field("org_type", ui(&Phrases::org_type_label), ui(&Phrases::any_org_type), org_types,
                      form.filters.org_type)
      << "</fieldset><button type=\"submit\">" << html(ui(&Phrases::submit)) << "</button></form>";
  return out.str();
}

std::string chips(const std::vector<std::string>& items, const std::string& css_class, const std::string& lang_attribute = "") {
  std::string out = "<ul class=\"chips " + css_class + "\"" + lang_attribute + ">";
  for (const auto& item : items) out += "<li>" + html(item) + "</li>";
  return out + "</ul>";
}

std::string coverage_list(const Ui& ui, const std::vector<std::string>& items, const std::string& css_class) {
  if (items.empty()) return "<p class=\"none\">" + html(ui(&Phrases::nothing)) + "</p>";
  return chips(items, css_class);
}

// The name, linked when the record has a web address.
std::string linked_name(const std::string& url, const std::string& name) {
  const std::string target = safe_link_target(url);
  if (target.empty()) return html(name);
  return "<a href=\"" + html(target) + "\" rel=\"noopener noreferrer\">" + html(name) + "</a>";
}

std::string render_decision(const Ui& ui, const MatchResult& result) {
  const std::string& decision = result.verdict.decision;
  std::ostringstream out;
  out << "<section class=\"decision decision-" << html(decision) << "\" aria-labelledby=\"decision-h\">"
      << "<p class=\"kicker\">" << html(ui(&Phrases::recommendation)) << "</p>"
      << "<h2 id=\"decision-h\">" << html(ui.decision_title(decision)) << "</h2>"
      << "<p class=\"plain\">" << html(ui.decision_words(decision)) << "</p>";
  if (!result.verdict.reasons.empty()) {
    out << "<h3>" << html(ui(&Phrases::reasons_heading)) << "</h3><ul class=\"reasons\""
        << lang_attr(ui, matcher_text_lang(result)) << ">";
    for (const auto& reason : result.verdict.reasons) out << "<li>" << html(reason) << "</li>";
    out << "</ul>";
  }
  out << "<h3>" << html(ui(&Phrases::next_step_heading)) << "</h3><p>" << html(ui.decision_next(decision)) << "</p></section>";
  return out.str();
}

std::string render_aspects(const Ui& ui, const MatchResult& result) {
  if (result.aspects.empty()) return "";
  std::ostringstream out;
  out << "<section aria-labelledby=\"aspects-h\"><h2 id=\"aspects-h\">" << html(ui(&Phrases::aspects_heading)) << "</h2>"
      << "<p class=\"intro\">" << html(ui(&Phrases::aspects_intro)) << "</p><ul class=\"chips aspects\">";
  for (const auto& aspect : result.aspects) {
    out << "<li" << (aspect.essential ? " class=\"essential\"" : "") << ">" << html(aspect.label);
    if (aspect.essential) out << " <span class=\"tag\">(" << html(ui(&Phrases::essential)) << ")</span>";
    out << "</li>";
  }
  out << "</ul>";
  if (!result.ruled_out.empty()) {
    out << "<p class=\"ruled-out\">" << html(ui.fill(&Phrases::ruled_out, "labels", join(result.ruled_out))) << "</p>";
  }
  out << "</section>";
  return out.str();
}

std::string render_solutions(const Ui& ui, const MatchResult& result) {
  std::ostringstream out;
  out << "<section aria-labelledby=\"solutions-h\"><h2 id=\"solutions-h\">" << html(ui(&Phrases::solutions_heading))
      << " <span class=\"count\">(" << result.solutions.size() << ")</span></h2>";
  if (result.solutions.empty()) return out.str() + "<p>" + html(ui(&Phrases::no_solutions)) + "</p></section>";
  out << "<p class=\"intro\">" << html(ui(&Phrases::solutions_intro)) << "</p><ol class=\"cards\">";
  for (const auto& s : result.solutions) {
    out << "<li><article class=\"card" << (s.buy_instead ? " buy" : "") << "\"><h3>" << linked_name(s.url, s.name) << "</h3>"
        << "<p class=\"meta\">";
    if (!s.organisation.name.empty()) out << html(ui.fill(&Phrases::by_organisation, "name", s.organisation.name)) << " · ";
    out << html(ui.maturity(s.maturity)) << " · " << html(ui.fill(&Phrases::match_score, "score", ui.percent(s.score)))
        << "</p>";
    if (s.buy_instead) out << "<p class=\"badge\">" << html(ui(&Phrases::buy_badge)) << "</p>";
    if (!s.conflicts.empty()) {
      out << "<p class=\"conflict\">" << html(ui.fill(&Phrases::conflicts, "labels", join(s.conflicts))) << "</p>";
    }
    // snippet_html is escaped by the matcher, with <mark> around the need's terms.
    if (!s.snippet_html.empty()) out << "<p class=\"snippet\">" << s.snippet_html << "</p>";
    out << "<div class=\"coverage\"><div><h4>" << html(ui(&Phrases::covers)) << "</h4>"
        << coverage_list(ui, s.covered, "covered") << "</div><div><h4>" << html(ui(&Phrases::misses)) << "</h4>"
        << coverage_list(ui, s.missing, "missing") << "</div></div></article></li>";
  }
  out << "</ol></section>";
  return out.str();
}

std::string render_partners(const Ui& ui, const MatchResult& result) {
  std::ostringstream out;
  out << "<section aria-labelledby=\"partners-h\"><h2 id=\"partners-h\">" << html(ui(&Phrases::partners_heading))
      << " <span class=\"count\">(" << result.partners.size() << ")</span></h2>";
  if (result.partners.empty()) return out.str() + "<p>" + html(ui(&Phrases::no_partners)) + "</p></section>";
  out << "<p class=\"intro\">" << html(ui(&Phrases::partners_intro)) << "</p><ol class=\"cards\">";
  const std::string why_lang = lang_attr(ui, matcher_text_lang(result));
  for (const auto& p : result.partners) {
    out << "<li><article class=\"card\"><h3>" << linked_name(p.url, p.name) << "</h3><p class=\"meta\">"
        << html(ui.org_type(p.org_type)) << " · " << html(ui.fill(&Phrases::match_score, "score", ui.percent(p.score)))
        << "</p>";
    if (!p.why.empty()) {
      out << "<ul class=\"why\"" << why_lang << ">";
      for (const auto& line : p.why) out << "<li>" << html(line) << "</li>";
      out << "</ul>";
    }
    out << "</article></li>";
  }
  out << "</ol></section>";
  return out.str();
}

std::string render_similar(const Ui& ui, const MatchResult& result) {
  std::ostringstream out;
  out << "<section aria-labelledby=\"similar-h\"><h2 id=\"similar-h\">" << html(ui(&Phrases::similar_heading))
      << " <span class=\"count\">(" << result.similar_needs.size() << ")</span></h2>";
  if (result.similar_needs.empty()) return out.str() + "<p>" + html(ui(&Phrases::no_similar)) + "</p></section>";
  out << "<p class=\"intro\">" << html(ui(&Phrases::similar_intro)) << "</p><ul class=\"cards\">";
  for (const auto& n : result.similar_needs) {
    out << "<li><article class=\"card\"><h3>" << html(n.title) << "</h3><p class=\"meta\">" << html(n.municipality)
        << " · " << html(ui.fill(&Phrases::match_score, "score", ui.percent(n.score))) << "</p>";
    if (!n.shared.empty()) out << "<h4>" << html(ui(&Phrases::shared_aspects)) << "</h4>" << chips(n.shared, "shared");
    out << "</article></li>";
  }
  out << "</ul></section>";
  return out.str();
}

std::string render_uncovered(const Ui& ui, const MatchResult& result) {
  std::ostringstream out;
  out << "<section aria-labelledby=\"uncovered-h\"><h2 id=\"uncovered-h\">" << html(ui(&Phrases::uncovered_heading)) << "</h2>";
  if (result.uncovered.empty()) return out.str() + "<p>" + html(ui(&Phrases::all_covered)) + "</p></section>";
  out << "<p class=\"intro\">" << html(ui(&Phrases::uncovered_intro)) << "</p>" << chips(result.uncovered, "missing")
      << "</section>";
  return out.str();
}

std::string render_save_links(const Ui& ui, const FormState& form) {
  const auto report = [&](const char* format) {
    return html(InternalUrl("/api/v1/report")
                    .add("need", form.need)
                    .add_all("area", form.filters.area)
                    .add_all("maturity", form.filters.maturity)
                    .add_all("region", form.filters.region)
                    .add_all("org_type", form.filters.org_type)
                    .add("format", format)
                    .add("lang", ui.lang())
                    .str());
  };
  std::ostringstream out;
  out << "<section class=\"save\" aria-labelledby=\"save-h\"><h2 id=\"save-h\">" << html(ui(&Phrases::save_heading))
      << "</h2><ul><li><a href=\"" << report("html") << "\">" << html(ui(&Phrases::report_html)) << "</a></li>"
      << "<li><a href=\"" << report("csv") << "\">" << html(ui(&Phrases::report_csv)) << "</a></li>"
      << "<li><a href=\"" << report("json") << "\">" << html(ui(&Phrases::report_json)) << "</a></li>"
      << "<li><a href=\"" << html(results_url(form, ui.lang())) << "\">" << html(ui(&Phrases::link_here)) << "</a></li>"
      << "</ul></section>";
  return out.str();
}

std::string filters_summary(const Ui& ui, const MatchFilters& filters) {
  std::vector<std::string> parts;
  const auto add = [&](const char* label, const std::vector<std::string>& values, auto&& name) {
    if (values.empty()) return;
    std::string part = std::string(label) + ": ";
    for (std::size_t i = 0; i < values.size(); ++i) part += (i ? ", " : "") + name(values[i]);
    parts.push_back(part);
  };
  add(ui(&Phrases::area_label), filters.area, capitalise);
  add(ui(&Phrases::maturity_label), filters.maturity, [&](const std::string& v) { return ui.maturity(v); });
  add(ui(&Phrases::region_label), filters.region, capitalise);
  add(ui(&Phrases::org_type_label), filters.org_type, [&](const std::string& v) { return ui.org_type(v); });
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out.empty() ? ui(&Phrases::no_filters) : out;
}

std::string excerpt(const std::string& text, std::size_t max_bytes) {
  std::string clean = collapse_whitespace(sanitise_utf8(text));
  if (clean.size() <= max_bytes) return clean;
  return truncate_utf8(clean, max_bytes) + "…";
}

}  // namespace

std::string results_url(const FormState& form, const std::string& lang, const std::string& path) {
  return InternalUrl(path)
      .add("need", form.need)
      .add_all("area", form.filters.area)
      .add_all("maturity", form.filters.maturity)
      .add_all("region", form.filters.region)
      .add_all("org_type", form.filters.org_type)
      .add("lang", lang)
      .str();
}

std::string page_start(const Ui& ui, const std::string& title, const std::string& switch_url, const std::string& body_class) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << ui.lang() << "\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>" << html(title) << "</title>"
      << "<link rel=\"stylesheet\" href=\"/static/app.css\"><link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">"
      << "<script src=\"/static/app.js\" defer></script></head><body"
      << (body_class.empty() ? "" : " class=\"" + html(body_class) + "\"") << ">"
      << "<a class=\"skip-link\" href=\"#main\">" << html(ui(&Phrases::skip_link)) << "</a>"
      << "<header class=\"site-header\"><div class=\"wrap\"><a class=\"brand\" href=\""
      << html(InternalUrl("/").add("lang", ui.lang()).str()) << "\">Markedsradar<span class=\"tagline\">"
      << html(ui(&Phrases::tagline)) << "</span></a><nav aria-label=\"" << html(ui(&Phrases::language_nav)) << "\">"
      << "<a class=\"lang-switch\" lang=\"" << ui.other_lang() << "\" hreflang=\"" << ui.other_lang() << "\" href=\""
      << html(switch_url) << "\">" << html(ui(&Phrases::switch_language)) << "</a></nav></div></header>"
      << "<main id=\"main\" tabindex=\"-1\">";
  return out.str();
}

std::string page_end(const Ui& ui, const IndexInfo& index) {
  std::string facts = ui(&Phrases::footer_index);
  const auto put = [&facts](const std::string& key, const std::string& value) {
    const auto at = facts.find("{" + key + "}");
    if (at != std::string::npos) facts.replace(at, key.size() + 2, value);
  };
  put("revision", std::to_string(index.revision));
  put("updated", ui.time(index.updated));
  put("documents", ui.count(index.documents));
  return "</main><footer class=\"site-footer\"><div class=\"wrap\"><p>" + html(ui(&Phrases::footer_about)) + "</p><p>" +
         html(facts) + "</p></div></footer></body></html>";
}

std::string render_form_page(const FormState& form, const IndexInfo& index) {
  const Ui ui(form.lang);
  std::ostringstream out;
  out << page_start(ui, std::string(ui(&Phrases::form_title)) + " – Markedsradar",
                    InternalUrl("/").add("lang", ui.other_lang()).str())
      << "<div class=\"wrap\"><h1>" << html(ui(&Phrases::form_title)) << "</h1><p class=\"lead\">"
      << html(ui(&Phrases::intro)) << "</p>" << render_form(ui, form)
      << "<section class=\"help\" aria-labelledby=\"example-h\"><h2 id=\"example-h\">" << html(ui(&Phrases::example_heading))
      << "</h2><p><a href=\""
      << html(InternalUrl("/search").add("need", ui(&Phrases::example_need)).add("lang", ui.lang()).str()) << "\">"
      << html(ui(&Phrases::example_need)) << "</a></p></section>"
      << "<section class=\"help\" aria-labelledby=\"decisions-h\"><h2 id=\"decisions-h\">"
      << html(ui(&Phrases::decisions_heading)) << "</h2><dl class=\"decisions\">";
  for (const char* decision : {"buy", "dialogue", "develop", "clarify"}) {
    out << "<dt class=\"decision-" << decision << "\">" << html(ui.decision_title(decision)) << "</dt><dd>"
        << html(ui.decision_next(decision)) << "</dd>";
  }
  out << "</dl></section></div>" << page_end(ui, index);
  return out.str();
}

std::string render_results_page(const FormState& form, const std::optional<MatchResult>& result,
                                 const std::string& error, const IndexInfo& index) {
  const Ui ui(form.lang);
  std::ostringstream out;
  const std::string title = std::string(ui(&Phrases::results_title)) + ": " + excerpt(form.need, 60) + " – Markedsradar";
  out << page_start(ui, title, results_url(form, ui.other_lang()), "results") << "<div class=\"wrap\"><h1>"
      << html(ui(&Phrases::results_title)) << "</h1>";
  if (!error.empty() || !result) {
    if (!error.empty()) {
      out << "<div class=\"error\" role=\"alert\"><h2>" << html(ui(&Phrases::error_heading)) << "</h2><p>" << html(error)
          << "</p></div>";
    }
    out << render_form(ui, form) << "</div>" << page_end(ui, index);
    return out.str();
  }
  out << "<dl class=\"need-summary\"><dt>" << html(ui(&Phrases::your_need)) << "</dt><dd class=\"need-text\">" << html(form.need)
      << "</dd><dt>" << html(ui(&Phrases::filters_used)) << "</dt><dd>" << html(filters_summary(ui, form.filters))
      << "</dd></dl><details class=\"edit\"><summary>" << html(ui(&Phrases::edit_search)) << "</summary>"
      << render_form(ui, form) << "</details>" << render_decision(ui, *result) << render_aspects(ui, *result)
      << render_solutions(ui, *result) << render_partners(ui, *result) << render_similar(ui, *result)
      << render_uncovered(ui, *result) << render_save_links(ui, form) << "</div>" << page_end(ui, index);
  return out.str();
}

}  // namespace radar::server
