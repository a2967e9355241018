#include "report.h"

#include <sstream>

#include "escape.h"
#include "radar/text.h"

namespace radar::server {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ") {
  return join(items, separator);
}

std::string score_text(double score) {
  std::ostringstream out;
  out.precision(3);
  out << score;
  return out.str();
}

// A table that scrolls sideways on a narrow screen and can be scrolled with the keyboard.
std::string table_start(const std::string& label, const std::vector<std::string>& headers) {
  std::string out = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + html(label) +
                    "\"><table><thead><tr>";
  for (const auto& header : headers) out += "<th scope=\"col\">" + html(header) + "</th>";
  return out + "</tr></thead><tbody>";
}

constexpr const char* kTableEnd = "</tbody></table></div>";

std::string link_cell(const std::string& url) {
  const std::string target = safe_link_target(url);
  if (target.empty()) return "<td></td>";
  return "<td class=\"url\"><a href=\"" + html(target) + "\" rel=\"noopener noreferrer\">" + html(target) + "</a></td>";
}

std::string facts_table(const Ui& ui, const ReportInput& report) {
  std::string documents = ui.count(report.result.index.documents);
  if (!report.documents_by_type.empty()) {
    std::vector<std::string> parts;
    for (const auto& [type, count] : report.documents_by_type) parts.push_back(ui.count(count) + " " + ui.record_types(type));
    documents += " (" + joined(parts) + ")";
  }
  std::ostringstream out;
  const auto row = [&out](const char* label, const std::string& value, const std::string& css = "") {
    out << "<tr><th scope=\"row\">" << html(label) << "</th><td" << (css.empty() ? "" : " class=\"" + css + "\"") << ">"
        << html(value) << "</td></tr>";
  };
  out << "<table class=\"facts\"><tbody>";
  row(ui(&Phrases::your_need), report.form.need, "need-text");
  std::vector<std::string> filters;
  const MatchFilters& f = report.form.filters;
  const auto labels = [](const std::vector<std::string>& values, auto&& label) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& value : values) out.push_back(label(value));
    return joined(out);
  };
  if (!f.area.empty()) filters.push_back(std::string(ui(&Phrases::area_label)) + ": " + labels(f.area, capitalise));
  if (!f.maturity.empty()) {
    filters.push_back(std::string(ui(&Phrases::maturity_label)) + ": " +
                      labels(f.maturity, [&](const std::string& v) { return ui.maturity(v); }));
  }
  if (!f.region.empty()) filters.push_back(std::string(ui(&Phrases::region_label)) + ": " + labels(f.region, capitalise));
  if (!f.org_type.empty()) {
    filters.push_back(std::string(ui(&Phrases::org_type_label)) + ": " +
                      labels(f.org_type, [&](const std::string& v) { return ui.org_type(v); }));
  }
  row(ui(&Phrases::filters_used), filters.empty() ? ui(&Phrases::no_filters) : joined(filters, "; "));
  row(ui(&Phrases::prepared), ui.time(report.generated) + " (" + report.generated + ")");
  row(ui(&Phrases::index_revision), std::to_string(report.result.index.revision));
  row(ui(&Phrases::index_updated), ui.time(report.result.index.updated) + " (" + report.result.index.updated + ")");
  row(ui(&Phrases::index_documents), documents);
  out << "</tbody></table>";
  return out.str();
}

std::string sources_section(const Ui& ui, const ReportInput& report) {
  std::string out = "<h2>" + html(ui(&Phrases::sources_heading)) + "</h2>";
  if (report.sources.empty()) return out + "<p>" + html(ui(&Phrases::no_sources)) + "</p>";
  out += table_start(ui(&Phrases::sources_heading), {ui(&Phrases::source), ui(&Phrases::last_crawled)});
  for (const auto& source : report.sources) {
    out += "<tr><td>" + html(source.id) + "</td><td>" + html(ui.time(source.crawled)) + " (" + html(source.crawled) +
           ")</td></tr>";
  }
  return out + kTableEnd;
}

std::string decision_section(const Ui& ui, const MatchResult& result) {
  const std::string& decision = result.verdict.decision;
  std::string out = "<h2>" + html(ui(&Phrases::decision_heading)) + "</h2><div class=\"decision decision-" + html(decision) +
                    "\"><p class=\"decision-title\"><strong>" + html(ui.decision_title(decision)) + "</strong></p><p>" +
                    html(ui.decision_words(decision)) + "</p>";
  if (!result.verdict.reasons.empty()) {
    out += "<h3>" + html(ui(&Phrases::reasons_heading)) + "</h3><ul>";
    for (const auto& reason : result.verdict.reasons) out += "<li>" + html(reason) + "</li>";
    out += "</ul>";
  }
  return out + "<h3>" + html(ui(&Phrases::next_step_heading)) + "</h3><p>" + html(ui.decision_next(decision)) + "</p></div>";
}

std::string aspects_section(const Ui& ui, const MatchResult& result) {
  std::string out = "<h2>" + html(ui(&Phrases::aspects_heading)) + "</h2>";
  out += table_start(ui(&Phrases::aspects_heading), {ui(&Phrases::aspect), ui(&Phrases::weight), ui(&Phrases::essential_column)});
  for (const auto& aspect : result.aspects) {
    out += "<tr><td>" + html(aspect.label) + "</td><td>" + html(ui.percent(aspect.weight)) + "</td><td>" +
           (aspect.essential ? html(ui(&Phrases::yes)) : "") + "</td></tr>";
  }
  out += kTableEnd;
  if (!result.ruled_out.empty()) out += "<p>" + html(ui.fill(&Phrases::ruled_out, "labels", joined(result.ruled_out))) + "</p>";
  return out;
}

std::string solutions_section(const Ui& ui, const MatchResult& result) {
  std::string out = "<h2>" + html(ui(&Phrases::solutions_heading)) + "</h2>";
  if (result.solutions.empty()) return out + "<p>" + html(ui(&Phrases::no_solutions)) + "</p>";
  out += table_start(ui(&Phrases::solutions_heading),
                     {ui(&Phrases::rank), ui(&Phrases::name), ui(&Phrases::organisation), ui(&Phrases::maturity_label), "Match",
                      ui(&Phrases::covers), ui(&Phrases::misses), ui(&Phrases::link)});
  for (const auto& s : result.solutions) {
    out += "<tr><td>" + std::to_string(s.rank) + "</td><td>" + html(s.name) +
           (s.buy_instead ? "<br><span class=\"badge\">" + html(ui(&Phrases::buy_badge)) + "</span>" : "") +
           (s.conflicts.empty() ? "" : "<br>" + html(ui.fill(&Phrases::conflicts, "labels", joined(s.conflicts)))) + "</td><td>" +
           html(s.organisation.name) + "</td><td>" + html(ui.maturity(s.maturity)) + "</td><td>" + html(ui.percent(s.score)) +
           "</td><td>" + html(joined(s.covered)) + "</td><td>" + html(s.missing.empty() ? ui(&Phrases::nothing) : joined(s.missing)) +
           "</td>" + link_cell(s.url) + "</tr>";
  }
  return out + kTableEnd;
}

std::string partners_section(const Ui& ui, const MatchResult& result) {
  std::string out = "<h2>" + html(ui(&Phrases::partners_heading)) + "</h2>";
  if (result.partners.empty()) return out + "<p>" + html(ui(&Phrases::no_partners)) + "</p>";
  out += table_start(ui(&Phrases::partners_heading), {ui(&Phrases::rank), ui(&Phrases::name), ui(&Phrases::type), "Match",
                                                      ui(&Phrases::why), ui(&Phrases::link)});
  for (const auto& p : result.partners) {
    out += "<tr><td>" + std::to_string(p.rank) + "</td><td>" + html(p.name) + "</td><td>" + html(ui.org_type(p.org_type)) +
           "</td><td>" + html(ui.percent(p.score)) + "</td><td>" + html(joined(p.why, "; ")) + "</td>" + link_cell(p.url) +
           "</tr>";
  }
  return out + kTableEnd;
}

std::string similar_section(const Ui& ui, const MatchResult& result) {
  std::string out = "<h2>" + html(ui(&Phrases::similar_heading)) + "</h2>";
  if (result.similar_needs.empty()) return out + "<p>" + html(ui(&Phrases::no_similar)) + "</p>";
  out += table_start(ui(&Phrases::similar_heading),
                     {ui(&Phrases::municipality), ui(&Phrases::title), ui(&Phrases::shared_aspects), "Match"});
  for (const auto& n : result.similar_needs) {
    out += "<tr><td>" + html(n.municipality) + "</td><td>" + html(n.title) + "</td><td>" + html(joined(n.shared)) + "</td><td>" +
           html(ui.percent(n.score)) + "</td></tr>";
  }
  return out + kTableEnd;
}

std::string uncovered_section(const Ui& ui, const MatchResult& result) {
  std::string out = "<h2>" + html(ui(&Phrases::uncovered_heading)) + "</h2>";
  if (result.uncovered.empty()) return out + "<p>" + html(ui(&Phrases::all_covered)) + "</p>";
  out += "<ul>";
  for (const auto& label : result.uncovered) out += "<li>" + html(label) + "</li>";
  return out + "</ul>";
}

nlohmann::json filters_json(const MatchFilters& filters) {
  return {{"area", filters.area}, {"maturity", filters.maturity}, {"region", filters.region}, {"org_type", filters.org_type}};
}

}  // namespace

std::string report_html(const ReportInput& report) {
  const Ui ui(report.form.lang);
  const MatchResult& result = report.result;
  std::string switch_url = InternalUrl("/api/v1/report")
                               .add("need", report.form.need)
                               .add_all("area", report.form.filters.area)
                               .add_all("maturity", report.form.filters.maturity)
                               .add_all("region", report.form.filters.region)
                               .add_all("org_type", report.form.filters.org_type)
                               .add("format", "html")
                               .add("lang", ui.other_lang())
                               .str();
  std::ostringstream out;
  out << page_start(ui, std::string(ui(&Phrases::report_title)) + " – Markedsradar", switch_url, "report")
      << "<div class=\"wrap\"><h1>" << html(ui(&Phrases::report_title)) << "</h1><p class=\"lead\">"
      << html(ui(&Phrases::report_subtitle)) << "</p><div class=\"actions no-print\"><p>" << html(ui(&Phrases::print_hint))
      << "</p><p><button type=\"button\" class=\"print\" data-print hidden>" << html(ui(&Phrases::print_button))
      << "</button> <a href=\"" << html(results_url(report.form, ui.lang())) << "\">" << html(ui(&Phrases::back_to_results))
      << "</a></p></div>" << facts_table(ui, report) << sources_section(ui, report) << decision_section(ui, result)
      << aspects_section(ui, result) << solutions_section(ui, result) << partners_section(ui, result)
      << similar_section(ui, result) << uncovered_section(ui, result) << "<p class=\"report-footer\">"
      << html(ui(&Phrases::report_footer)) << "</p></div>" << page_end(ui, result.index);
  return out.str();
}

std::string report_csv(const ReportInput& report, char delimiter) {
  const Ui ui(report.form.lang);
  const MatchResult& result = report.result;
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel reads the file as UTF-8
  const auto row = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? std::string(1, delimiter) : "") + csv_field(fields[i], delimiter);
    out += "\r\n";
  };
  row({"type", "rank", "id", "name", "organisation", "org_type", "maturity", "score", "buy_instead", "covered", "missing",
       "why", "url", "time"});
  row({"need", "", "", report.form.need, "", "", "", "", "", "", "", "", "", report.generated});
  row({"index", "", std::to_string(result.index.revision), "", "", "", "", "", "", "", "", "", "", result.index.updated});
  for (const auto& source : report.sources) row({"source", "", source.id, "", "", "", "", "", "", "", "", "", "", source.crawled});
  row({"decision", "", result.verdict.decision, ui.decision_title(result.verdict.decision), "", "", "", "", "", "", "",
       joined(result.verdict.reasons, " | "), "", ""});
  for (const auto& s : result.solutions) {
    const std::string conflicts = s.conflicts.empty() ? "" : ui.fill(&Phrases::conflicts, "labels", joined(s.conflicts));
    row({"solution", std::to_string(s.rank), s.id, s.name, s.organisation.name, "", s.maturity, score_text(s.score),
         s.buy_instead ? "true" : "false", joined(s.covered, "; "), joined(s.missing, "; "), conflicts, safe_link_target(s.url),
         ""});
  }
  for (const auto& p : result.partners) {
    row({"partner", std::to_string(p.rank), p.id, p.name, "", p.org_type, "", score_text(p.score), "", "", "",
         joined(p.why, " | "), safe_link_target(p.url), ""});
  }
  for (const auto& n : result.similar_needs) {
    row({"similar_need", "", n.id, n.title, n.municipality, "", "", score_text(n.score), "", joined(n.shared, "; "), "", "", "",
         ""});
  }
  if (!result.uncovered.empty()) row({"uncovered", "", "", "", "", "", "", "", "", "", joined(result.uncovered, "; "), "", "", ""});
  if (!result.ruled_out.empty()) row({"ruled_out", "", "", "", "", "", "", "", "", "", joined(result.ruled_out, "; "), "", "", ""});
  return out;
}

nlohmann::json report_json(const ReportInput& report) {
  nlohmann::json out = to_json(report.result);
  out["generated"] = report.generated;
  out["lang"] = report.form.lang;
  out["filters"] = filters_json(report.form.filters);
  out["sources"] = nlohmann::json::array();
  for (const auto& source : report.sources) out["sources"].push_back({{"id", source.id}, {"crawled", source.crawled}});
  out["documents_by_type"] = nlohmann::json::object();
  for (const auto& [type, count] : report.documents_by_type) out["documents_by_type"][type] = count;
  return out;
}

}  // namespace radar::server
