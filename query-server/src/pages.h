// Server-rendered HTML pages, Danish first with an English switch: the need
// form, the results page and the shared page frame. Every value from a record
// or a request is escaped here (see escape.h); the pages need no JavaScript and
// contain no inline script or style, so a strict CSP holds.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n.h"
#include "radar/matcher.h"

namespace radar::server {

struct FormState {
  std::string lang = "da";  // "da" or "en"
  std::string need;         // as typed (may be invalid; it is shown sanitised)
  MatchFilters filters;
  std::vector<std::string> areas;    // choices for the area filter (from the index)
  std::vector<std::string> regions;  // choices for the region filter (from the index)
};

// The <head>, skip link, header with the language switch and the opening <main>.
// `switch_url` is the current page in the other language (already site-internal).
std::string page_start(const Ui& ui, const std::string& title, const std::string& switch_url,
                       const std::string& body_class = "");
// The closing </main>, the footer with the index facts, and </html>.
std::string page_end(const Ui& ui, const IndexInfo& index);

// GET / : the need form.
std::string render_form_page(const FormState& form, const IndexInfo& index);

// GET /search : the results (decision first) with the form kept filled in, or
// the form with `error` (already in the interface language) when there is no result.
std::string render_results_page(const FormState& form, const std::optional<MatchResult>& result,
                                 const std::string& error, const IndexInfo& index);

// The site-internal URL of the results (or, with `path`, the report) for `form`.
std::string results_url(const FormState& form, const std::string& lang, const std::string& path = "/search");

// The files served under /static/ (no inline styles or scripts anywhere).
const std::string& stylesheet();
const std::string& script();
const std::string& icon_svg();

}  // namespace radar::server
