// Server-rendered HTML pages, Danish first with an English switch. Every value
// from a record or a request is escaped here, nowhere else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "radar/matcher.h"

namespace radar::server {

struct FormState {
  std::string lang = "da";  // "da" or "en"
  std::string need;
  MatchFilters filters;
  std::vector<std::string> areas;  // choices offered for the area filter
};

// GET / : the need form.
std::string render_form_page(const FormState& form);
// GET /search : the form, kept filled in, and the results (or an error message).
std::string render_results_page(const FormState& form, const std::optional<MatchResult>& result,
                                 const std::string& error);
// The stylesheet served at /static/app.css.
const std::string& stylesheet();

}  // namespace radar::server
