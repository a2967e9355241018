// JSON API helpers: request bodies into MatchRequests, errors into the
// contract's shape, and the request limits the API enforces.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "radar/matcher.h"

namespace radar::server {

inline constexpr std::size_t kMaxBodyBytes = std::size_t{64} * 1024;
inline constexpr std::size_t kMaxFilterValues = 20;       // values per filter
inline constexpr std::size_t kMaxFilterValueBytes = 200;  // bytes per filter value

// Parses a POST /api/v1/match body. Throws UsageError naming what is wrong.
MatchRequest parse_match_body(const std::string& body);

// Throws UsageError when a filter has too many values, an over-long or invalid one.
void check_filters(const MatchFilters& filters);

// {"error": {"code": ..., "message": ...}}
std::string error_body(const std::string& code, const std::string& message);

// The short error code for an HTTP status (400 bad_request, 404 not_found, ...).
std::string error_code_for(int status);

}  // namespace radar::server
