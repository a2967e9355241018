#include "radar/records.h"

#include <array>
#include <algorithm>

#include "radar/error.h"
#include "radar/language.h"
#include "radar/text.h"

namespace radar {
namespace {

using nlohmann::json;

struct FieldRule {
  const char* name;
  bool required;
  enum Kind { kString, kStringList, kBool, kNumber } kind;
  std::size_t max_chars;
};

constexpr std::size_t kName = RecordLimits::kMaxNameChars;
constexpr std::size_t kDesc = RecordLimits::kMaxDescriptionChars;
constexpr std::size_t kField = RecordLimits::kMaxFieldChars;

const std::vector<FieldRule>& rules_for(RecordType type) {
  static const std::vector<FieldRule> kOrganisation = {
      {"name", true, FieldRule::kString, kName},         {"description", true, FieldRule::kString, kDesc},
      {"org_type", true, FieldRule::kString, kField},    {"website", false, FieldRule::kString, kField},
      {"cvr", false, FieldRule::kString, kField},        {"country", false, FieldRule::kString, kField},
      {"region", false, FieldRule::kString, kField},     {"employees", false, FieldRule::kNumber, 0},
      {"areas", false, FieldRule::kStringList, kField},  {"lang", false, FieldRule::kString, kField},
      {"updated", false, FieldRule::kString, kField},    {"source", false, FieldRule::kString, kField}};
  static const std::vector<FieldRule> kSolution = {
      {"organisation", true, FieldRule::kString, RecordLimits::kMaxIdBytes},
      {"name", true, FieldRule::kString, kName},
      {"description", true, FieldRule::kString, kDesc},
      {"maturity", true, FieldRule::kString, kField},
      {"areas", false, FieldRule::kStringList, kField},
      {"references", false, FieldRule::kStringList, kField},
      {"certifications", false, FieldRule::kStringList, kField},
      {"integrations", false, FieldRule::kStringList, kField},
      {"procurement", false, FieldRule::kString, kField},
      {"price_model", false, FieldRule::kString, kField},
      {"iso9999", false, FieldRule::kStringList, kField},
      {"hmi", false, FieldRule::kString, kField},
      {"url", false, FieldRule::kString, kField},
      {"lang", false, FieldRule::kString, kField},
      {"updated", false, FieldRule::kString, kField},
      {"source", false, FieldRule::kString, kField}};
  static const std::vector<FieldRule> kNeed = {
      {"municipality", true, FieldRule::kString, kName}, {"title", true, FieldRule::kString, kName},
      {"description", true, FieldRule::kString, kDesc},  {"area", false, FieldRule::kString, kField},
      {"status", false, FieldRule::kString, kField},     {"watch", false, FieldRule::kBool, 0},
      {"lang", false, FieldRule::kString, kField},       {"created", false, FieldRule::kString, kField},
      {"source", false, FieldRule::kString, kField}};
  static const std::vector<FieldRule> kPage = {
      {"url", true, FieldRule::kString, kField},       {"title", false, FieldRule::kString, kName},
      {"description", false, FieldRule::kString, kDesc},
      {"text", false, FieldRule::kString, RecordLimits::kMaxPageTextBytes},
      {"headings", false, FieldRule::kString, kDesc}, {"organisation", false, FieldRule::kString, kField},
      {"lang", false, FieldRule::kString, kField},     {"updated", false, FieldRule::kString, kField},
      {"source", false, FieldRule::kString, kField}};
  switch (type) {
    case RecordType::organisation: return kOrganisation;
    case RecordType::solution: return kSolution;
    case RecordType::need: return kNeed;
    case RecordType::page: return kPage;
  }
  return kOrganisation;
}

void require_enum(const json& data, const char* field, std::initializer_list<const char*> allowed) {
  if (!data.contains(field)) return;
  const auto value = data.at(field).get<std::string>();
  if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; })) {
    std::string list;
    for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
    throw InputError(std::string(field) + " must be one of " + list + ", not \"" + value + "\"");
  }
}

void check_string(const std::string& field, const std::string& value, std::size_t max_chars) {
  if (!is_valid_utf8(value)) throw InputError("field \"" + field + "\" is not valid UTF-8");
  if (max_chars > 0 && utf8_length(value) > max_chars) {
    throw InputError("field \"" + field + "\" is too long (" + std::to_string(utf8_length(value)) +
                     " characters; at most " + std::to_string(max_chars) + ")");
  }
}

void check_field(const json& data, const FieldRule& rule) {
  const std::string name = rule.name;
  if (!data.contains(name) || data.at(name).is_null()) {
    if (rule.required) throw InputError("missing required field \"" + name + "\"");
    return;
  }
  const json& value = data.at(name);
  switch (rule.kind) {
    case FieldRule::kString:
      if (!value.is_string()) throw InputError("field \"" + name + "\" must be a string");
      if (rule.required && trim(value.get<std::string>()).empty()) {
        throw InputError("required field \"" + name + "\" is empty");
      }
      check_string(name, value.get<std::string>(), rule.max_chars);
      break;
    case FieldRule::kStringList:
      if (!value.is_array()) throw InputError("field \"" + name + "\" must be an array of strings");
      if (value.size() > RecordLimits::kMaxListItems) {
        throw InputError("field \"" + name + "\" has too many items (at most " +
                         std::to_string(RecordLimits::kMaxListItems) + ")");
      }
      for (const json& item : value) {
        if (!item.is_string()) throw InputError("field \"" + name + "\" must be an array of strings");
        check_string(name, item.get<std::string>(), rule.max_chars);
      }
      break;
    case FieldRule::kBool:
      if (!value.is_boolean()) throw InputError("field \"" + name + "\" must be true or false");
      break;
    case FieldRule::kNumber:
      if (!value.is_number()) throw InputError("field \"" + name + "\" must be a number");
      break;
  }
}

void check_id(const json& data) {
  if (!data.contains("id")) throw InputError("missing required field \"id\"");
  if (!data.at("id").is_string()) throw InputError("field \"id\" must be a string");
  const auto id = data.at("id").get<std::string>();
  if (trim(id).empty()) throw InputError("required field \"id\" is empty");
  if (id.size() > RecordLimits::kMaxIdBytes) {
    throw InputError("field \"id\" is too long (" + std::to_string(id.size()) + " bytes; at most " +
                     std::to_string(RecordLimits::kMaxIdBytes) + ")");
  }
  if (!is_valid_utf8(id)) throw InputError("field \"id\" is not valid UTF-8");
  if (id.find_first_of("\n\r\t") != std::string::npos) throw InputError("field \"id\" contains a control character");
}

// A field that another record type defines (a "watch" on an organisation, a "url" on a
// need) is kept, but must have that type: readers of the index take "name", "title",
// "url" or "watch" from records of any type.
void check_other_types_fields(const json& data, RecordType type) {
  const auto& own = rules_for(type);
  for (RecordType other : {RecordType::organisation, RecordType::solution, RecordType::need, RecordType::page}) {
    for (const FieldRule& rule : rules_for(other)) {
      const bool defined_here = std::any_of(own.begin(), own.end(), [&](const FieldRule& r) {
        return std::string_view(r.name) == rule.name;
      });
      if (!defined_here) check_field(data, FieldRule{rule.name, false, rule.kind, 0});
    }
  }
}

// Whether `value` is an absolute http or https URL with a host, without spaces or
// control characters ("https://example.dk/x"; not "javascript:...", "data:...",
// "//host/x", " http://x" or "www.example.dk").
bool is_http_url(std::string_view value) {
  std::string_view rest;
  for (const std::string_view scheme : {"http://", "https://"}) {
    if (value.size() >= scheme.size() && to_lower(value.substr(0, scheme.size())) == scheme) {
      rest = value.substr(scheme.size());
      break;
    }
  }
  if (rest.empty()) return false;
  if (std::any_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7F || c == '\\';
      })) {
    return false;
  }
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  const auto at = authority.rfind('@');
  const std::string_view host = at == std::string_view::npos ? authority : authority.substr(at + 1);
  return !host.empty() && host.front() != ':';
}

// "url" and "website" are links that the results page, the report and the API hand to
// people. CONTRACT.md names no other scheme, so only http and https are taken; the
// fields are checked on every record type (readers take "url" from any record).
void check_links(const json& data) {
  for (const char* field : {"url", "website"}) {
    const auto it = data.find(field);
    if (it == data.end() || !it->is_string()) continue;
    const std::string& value = it->get_ref<const std::string&>();
    if (!is_http_url(value)) {
      // As a JSON string: control characters in the value cannot break the log line.
      const json shown = value.size() > 100 ? truncate_utf8(value, 100) + "..." : value;
      throw InputError("field \"" + std::string(field) + "\" must be an absolute http:// or https:// URL, not " +
                       shown.dump());
    }
  }
}

// A defined field given as null means absent (check_field treats it so); it is dropped,
// since readers take value(key, default), which throws on null.
void drop_null_fields(json& data) {
  for (RecordType type : {RecordType::organisation, RecordType::solution, RecordType::need, RecordType::page}) {
    for (const FieldRule& rule : rules_for(type)) {
      if (const auto it = data.find(rule.name); it != data.end() && it->is_null()) data.erase(it);
    }
  }
}

// Every string anywhere in the object (unknown fields included) must be valid UTF-8.
void check_all_utf8(const json& value) {
  if (value.is_string()) {
    if (!is_valid_utf8(value.get_ref<const std::string&>())) throw InputError("a field is not valid UTF-8");
  } else if (value.is_structured()) {
    for (const auto& item : value.items()) {
      if (!is_valid_utf8(item.key())) throw InputError("a field name is not valid UTF-8");
      check_all_utf8(item.value());
    }
  }
}

// A BCP 47 tag: a 2-3 letter primary subtag, then optional subtags of 1-8 alphanumerics.
bool is_language_tag(const std::string& tag) {
  const auto parts = split(tag, '-');
  if (parts.empty() || parts[0].size() < 2 || parts[0].size() > 3) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].empty() || parts[i].size() > 8) return false;
    for (const char c : parts[i]) {
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alpha && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
  }
  return true;
}

std::string record_text_for_language(const json& data) {
  std::string text;
  for (const char* key : {"name", "title", "description", "text"}) {
    if (data.contains(key) && data.at(key).is_string()) text += data.at(key).get<std::string>() + " ";
  }
  return text;
}

}  // namespace

std::string_view to_string(RecordType type) {
  switch (type) {
    case RecordType::organisation: return "organisation";
    case RecordType::solution: return "solution";
    case RecordType::need: return "need";
    case RecordType::page: return "page";
  }
  return "organisation";
}

RecordType parse_record_type(std::string_view name) {
  for (RecordType type : {RecordType::organisation, RecordType::solution, RecordType::need, RecordType::page}) {
    if (name == to_string(type)) return type;
  }
  throw InputError("type must be one of organisation, solution, need, not \"" + std::string(name) + "\"");
}

std::string Record::text(std::string_view key) const {
  const auto it = data.find(key);
  return (it != data.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

std::vector<std::string> Record::list(std::string_view key) const {
  std::vector<std::string> items;
  const auto it = data.find(key);
  if (it == data.end() || !it->is_array()) return items;
  for (const auto& item : *it) {
    if (item.is_string()) items.push_back(item.get<std::string>());
  }
  return items;
}

Record validate_record(json data) {
  if (!data.is_object()) throw InputError("a record must be a JSON object");
  if (!data.contains("type")) throw InputError("missing required field \"type\"");
  if (!data.at("type").is_string()) throw InputError("field \"type\" must be a string");
  Record record;
  record.type = parse_record_type(data.at("type").get<std::string>());
  check_id(data);
  for (const FieldRule& rule : rules_for(record.type)) check_field(data, rule);
  check_other_types_fields(data, record.type);
  check_links(data);
  drop_null_fields(data);
  check_all_utf8(data);
  require_enum(data, "org_type", {"company", "research", "municipality", "cluster", "public", "other"});
  require_enum(data, "maturity", {"idea", "prototype", "pilot", "market"});
  require_enum(data, "status", {"behov", "matche", "udvikle", "udbrede"});
  if (data.contains("lang") && !is_language_tag(data.at("lang").get<std::string>())) {
    throw InputError("lang \"" + data.at("lang").get<std::string>() +
                     "\" is not a BCP 47 language code (e.g. da, en, sv, nb, de)");
  }
  if (data.contains("lang")) {
    data["lang"] = normalise_language(data.at("lang").get<std::string>());
  } else {
    data["lang"] = detect_language(record_text_for_language(data));
  }
  if (record.type == RecordType::organisation && !data.contains("country")) data["country"] = "DK";
  record.id = data.at("id").get<std::string>();
  record.data = std::move(data);
  return record;
}

int json_nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

Record parse_record_line(std::string_view line) {
  if (line.size() > RecordLimits::kMaxLineBytes) {
    throw InputError("line is too long (" + std::to_string(line.size()) + " bytes; at most " +
                     std::to_string(RecordLimits::kMaxLineBytes) + ")");
  }
  if (!is_valid_utf8(line)) throw InputError("line is not valid UTF-8");
  // Refused before parsing: our checks and nlohmann::json's dump() recurse.
  if (json_nesting_depth(line) > RecordLimits::kMaxNestingDepth) {
    throw InputError("JSON nested deeper than " + std::to_string(RecordLimits::kMaxNestingDepth) + " levels");
  }
  json data;
  try {
    data = json::parse(line);
  } catch (const json::exception& error) {  // parse_error, and out_of_range for numbers like 1e400
    std::string detail = error.what();
    const auto colon = detail.rfind(": ") != std::string::npos ? detail.rfind(": ") : detail.find("] ");
    if (colon != std::string::npos) detail = detail.substr(colon + 2);
    throw InputError("invalid JSON (" + detail + ")");
  }
  return validate_record(std::move(data));
}

}  // namespace radar
