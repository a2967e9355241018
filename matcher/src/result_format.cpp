#include <cmath>
#include <cstdio>
#include <sstream>

#include "radar/matcher.h"
#include "radar/text.h"

namespace radar {
namespace {

using nlohmann::json;

json aspects_json(const std::vector<Aspect>& aspects) {
  json out = json::array();
  for (const auto& aspect : aspects) {
    out.push_back({{"label", aspect.label},
                   {"terms", aspect.terms},
                   {"weight", std::round(aspect.weight * 1000) / 1000},
                   {"essential", aspect.essential},
                   {"role", aspect.role}});
  }
  return out;
}

json solutions_json(const std::vector<SolutionMatch>& solutions) {
  json out = json::array();
  for (const auto& s : solutions) {
    out.push_back({{"id", s.id},
                   {"name", s.name},
                   {"organisation", {{"id", s.organisation.id}, {"name", s.organisation.name}}},
                   {"rank", s.rank},
                   {"score", s.score},
                   {"maturity", s.maturity},
                   {"buy_instead", s.buy_instead},
                   {"covered", s.covered},
                   {"missing", s.missing},
                   {"conflicts", s.conflicts},
                   {"snippet", s.snippet},
                   {"snippet_html", s.snippet_html},
                   {"url", s.url}});
  }
  return out;
}

json partners_json(const std::vector<PartnerMatch>& partners) {
  json out = json::array();
  for (const auto& p : partners) {
    out.push_back({{"id", p.id}, {"name", p.name}, {"org_type", p.org_type}, {"rank", p.rank},
                   {"score", p.score}, {"why", p.why}, {"url", p.url}});
  }
  return out;
}

json similar_json(const std::vector<SimilarNeed>& needs) {
  json out = json::array();
  for (const auto& n : needs) {
    out.push_back({{"id", n.id}, {"municipality", n.municipality}, {"title", n.title}, {"score", n.score},
                   {"shared", n.shared}});
  }
  return out;
}

// Pads or cuts `text` to `width` code points for a terminal column.
std::string column(const std::string& text, std::size_t width) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) {
      if (count == width) break;
      ++count;
    }
    out += text[i];
  }
  if (count == width && out.size() < text.size()) {
    out = truncate_utf8(out, out.size() - 1);
    out += "…";
  }
  return out + std::string(width > count ? width - count : 0, ' ');
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "-" : out;
}

const char* decision_title(const std::string& decision) {
  if (decision == "buy") return "BUY (køb)";
  if (decision == "dialogue") return "DIALOGUE (markedsdialog)";
  if (decision == "develop") return "DEVELOP (samskab / OPI)";
  return "CLARIFY (afklar behovet)";
}

}  // namespace

json to_json(const MatchResult& result) {
  return {{"need",
           {{"text", result.text}, {"lang", result.lang}, {"aspects", aspects_json(result.aspects)},
            {"ruled_out", result.ruled_out}}},
          {"verdict", {{"decision", result.verdict.decision}, {"reasons", result.verdict.reasons}}},
          {"solutions", solutions_json(result.solutions)},
          {"partners", partners_json(result.partners)},
          {"similar_needs", similar_json(result.similar_needs)},
          {"uncovered", result.uncovered},
          {"index",
           {{"revision", result.index.revision}, {"documents", result.index.documents}, {"updated", result.index.updated}}}};
}

std::string format_text(const MatchResult& result) {
  std::ostringstream out;
  out << "Decision: " << decision_title(result.verdict.decision) << "\n";
  for (const auto& reason : result.verdict.reasons) out << "  - " << reason << "\n";
  out << "\nAspects: ";
  for (std::size_t i = 0; i < result.aspects.size(); ++i) {
    char weight[16];
    std::snprintf(weight, sizeof weight, "%.2f", result.aspects[i].weight);
    out << (i ? ", " : "") << result.aspects[i].label << (result.aspects[i].essential ? "*" : "") << " " << weight;
  }
  if (!result.ruled_out.empty()) out << "\nRuled out by the need: " << joined(result.ruled_out);
  out << "\n\n" << column("#", 3) << column("Solution", 30) << column("Organisation", 24) << column("Maturity", 10)
      << column("Score", 6) << "Covers\n";
  for (const auto& s : result.solutions) {
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", s.score);
    out << column(std::to_string(s.rank), 3) << column(s.name + (s.buy_instead ? " [buy]" : ""), 30)
        << column(s.organisation.name, 24) << column(s.maturity, 10) << column(score, 6) << joined(s.covered)
        << (s.conflicts.empty() ? "" : "; conflicts with " + joined(s.conflicts)) << "\n";
  }
  if (result.solutions.empty()) out << "   (no solution matches)\n";
  out << "\nPartners:\n";
  for (const auto& p : result.partners) {
    out << "  " << column(std::to_string(p.rank), 3) << column(p.name, 36) << column(p.org_type, 12)
        << (p.why.empty() ? "" : p.why.front()) << "\n";
  }
  if (!result.uncovered.empty()) out << "\nNot covered by any market solution: " << joined(result.uncovered) << "\n";
  if (!result.similar_needs.empty()) {
    out << "\nSimilar needs:\n";
    for (const auto& n : result.similar_needs) out << "  " << n.municipality << ": " << n.title << "\n";
  }
  out << "\nIndex revision " << result.index.revision << ", " << result.index.documents << " documents\n";
  return out.str();
}

}  // namespace radar
