// The market-screening report (GET /api/v1/report): one document a
// municipality can file, as printable HTML (A4), CSV (RFC 4180, UTF-8 with BOM)
// or JSON. Holds the need, when it was screened, the index revision and when
// each source was last crawled, the decision and all the evidence.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "index_view.h"
#include "pages.h"
#include "radar/matcher.h"

namespace radar::server {

struct ReportInput {
  FormState form;                    // need, filters and interface language
  MatchResult result;
  std::vector<SourceCrawl> sources;  // when each crawl source was last crawled
  std::vector<std::pair<std::string, unsigned long>> documents_by_type;
  std::string generated;             // ISO 8601 UTC time of the screening
};

std::string report_html(const ReportInput& report);
// `delimiter` is ',' (RFC 4180) or ';' (what Excel expects in a Danish locale).
std::string report_csv(const ReportInput& report, char delimiter = ',');
// The match result of CONTRACT section 3 plus "generated", "filters", "sources" and "documents_by_type".
nlohmann::json report_json(const ReportInput& report);

}  // namespace radar::server
