#include "api.h"

#include "radar/error.h"
#include "radar/text.h"

namespace radar::server {
namespace {

std::vector<std::string> string_list(const nlohmann::json& filters, const char* key) {
  std::vector<std::string> out;
  if (!filters.contains(key) || filters.at(key).is_null()) return out;
  const auto& value = filters.at(key);
  if (value.is_string()) return {value.get<std::string>()};
  if (!value.is_array()) throw UsageError(std::string("filters.") + key + " must be an array of strings");
  for (const auto& item : value) {
    if (!item.is_string()) throw UsageError(std::string("filters.") + key + " must be an array of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace

MatchRequest parse_match_body(const std::string& body) {
  if (!is_valid_utf8(body)) throw UsageError("the request body is not valid UTF-8");
  nlohmann::json data;
  try {
    data = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception&) {  // parse_error, and out_of_range for numbers like 1e400
    throw UsageError("the request body is not valid JSON; send {\"need\": \"...\"}");
  }
  if (!data.is_object()) throw UsageError("the request body must be a JSON object with a \"need\"");
  if (!data.contains("need") || !data.at("need").is_string()) throw UsageError("\"need\" must be a string");
  MatchRequest request;
  request.need = data.at("need").get<std::string>();
  if (data.contains("limit")) {
    if (!data.at("limit").is_number_integer()) throw UsageError("\"limit\" must be a whole number from 1 to 100");
    const auto limit = data.at("limit").get<long long>();
    if (limit < 1 || limit > 100) throw UsageError("\"limit\" must be a whole number from 1 to 100");
    request.limit = static_cast<unsigned>(limit);
  }
  if (data.contains("filters") && !data.at("filters").is_null()) {
    const auto& filters = data.at("filters");
    if (!filters.is_object()) throw UsageError("\"filters\" must be an object");
    request.filters = {string_list(filters, "area"), string_list(filters, "maturity"), string_list(filters, "region"),
                       string_list(filters, "org_type")};
  }
  if (data.contains("need_id") && data.at("need_id").is_string()) request.exclude_need_id = data.at("need_id");
  check_filters(request.filters);
  return request;
}

void check_filters(const MatchFilters& filters) {
  const auto check = [](const char* name, const std::vector<std::string>& values) {
    if (values.size() > kMaxFilterValues) {
      throw UsageError(std::string("filter ") + name + " has " + std::to_string(values.size()) + " values; at most " +
                       std::to_string(kMaxFilterValues));
    }
    for (const auto& value : values) {
      if (value.size() > kMaxFilterValueBytes) {
        throw UsageError(std::string("a value of filter ") + name + " is longer than " +
                         std::to_string(kMaxFilterValueBytes) + " bytes");
      }
      if (!is_valid_utf8(value)) throw UsageError(std::string("a value of filter ") + name + " is not valid UTF-8");
    }
  };
  check("area", filters.area);
  check("maturity", filters.maturity);
  check("region", filters.region);
  check("org_type", filters.org_type);
}

std::string error_body(const std::string& code, const std::string& message) {
  return nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string error_code_for(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 429: return "too_many_requests";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal_error" : "error";
  }
}

}  // namespace radar::server
