// JSON API helpers: request bodies into MatchRequests, errors into the contract's shape.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "radar/matcher.h"

namespace radar::server {

inline constexpr std::size_t kMaxBodyBytes = 64 * 1024;

// Parses a POST /api/v1/match body. Throws UsageError naming what is wrong.
MatchRequest parse_match_body(const std::string& body);

// {"error": {"code": ..., "message": ...}}
std::string error_body(const std::string& code, const std::string& message);

// The short error code for an HTTP status (400 bad_request, 404 not_found, ...).
std::string error_code_for(int status);

}  // namespace radar::server
