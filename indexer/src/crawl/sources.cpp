#include "crawl/sources.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "crawl/url.h"
#include "radar/error.h"
#include "radar/files.h"
#include "radar/json_input.h"

namespace radar::crawl {
namespace {

using nlohmann::json;

// Validation context: the file name and the JSON path of the value being read.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw InputError(file_ + ": " + (where.empty() ? "" : where + ": ") + what);
  }

  // The same, where the line is known (errors found while parsing).
  [[noreturn]] void fail_at(std::size_t line, const std::string& where, const std::string& what) const {
    throw InputError(file_ + ":" + std::to_string(line) + ": " + (where.empty() ? "" : where + ": ") + what);
  }

  std::string string(const json& object, const std::string& key, const std::string& where,
                     const std::string& fallback) const {
    if (!object.contains(key) || object.at(key).is_null()) return fallback;
    if (!object.at(key).is_string()) fail(path(where, key), "must be a string");
    return object.at(key).get<std::string>();
  }

  long number(const json& object, const std::string& key, const std::string& where, long fallback, long min,
              long max) const {
    if (!object.contains(key) || object.at(key).is_null()) return fallback;
    const json& value = object.at(key);
    if (!value.is_number_integer()) fail(path(where, key), "must be a whole number");
    const auto number = value.get<long long>();
    if (number < min || number > max) {
      fail(path(where, key), "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                                 std::to_string(number));
    }
    return static_cast<long>(number);
  }

  bool boolean(const json& object, const std::string& key, const std::string& where, bool fallback) const {
    if (!object.contains(key) || object.at(key).is_null()) return fallback;
    if (!object.at(key).is_boolean()) fail(path(where, key), "must be true or false");
    return object.at(key).get<bool>();
  }

  std::vector<std::string> urls(const json& object, const std::string& key, const std::string& where) const {
    std::vector<std::string> out;
    if (!object.contains(key) || object.at(key).is_null()) return out;
    const json& list = object.at(key);
    const std::string field = path(where, key);
    if (!list.is_array()) fail(field, "must be an array of URLs");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string item_path = field + "[" + std::to_string(i) + "]";
      if (!list[i].is_string()) fail(item_path, "must be a string");
      const std::string url = normalise_url(list[i].get<std::string>());
      if (url.empty()) fail(item_path, "\"" + list[i].get<std::string>() + "\" is not an absolute http(s) URL");
      out.push_back(url);
    }
    return out;
  }

  static std::string path(const std::string& where, const std::string& key) {
    return where.empty() ? key : where + "." + key;
  }

 private:
  std::string file_;
};

const std::set<std::string> kTopKeys = {"user_agent", "delay_ms", "allow_private_addresses", "sources",
                                        "timeout_ms", "connect_timeout_ms", "max_body_bytes"};
const std::set<std::string> kSourceKeys = {"id",    "organisation", "seeds",     "sitemaps", "feeds",
                                           "records", "allow",      "max_depth", "max_pages", "delay_ms"};

void note_unknown(const json& object, const std::set<std::string>& known, const std::string& where,
                  SourcesFile& file) {
  for (const auto& item : object.items()) {
    if (known.count(item.key()) == 0) {
      file.warnings.push_back("unknown field " + Reader::path(where, item.key()) + " ignored");
    }
  }
}

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 100) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// The default allow list: the origin of every seed, sitemap and feed, with a "/".
std::vector<std::string> default_allow(const Source& source) {
  std::vector<std::string> allow;
  for (const auto* list : {&source.seeds, &source.sitemaps, &source.feeds}) {
    for (const auto& url : *list) {
      const std::string prefix = url_origin(url) + "/";
      if (std::find(allow.begin(), allow.end(), prefix) == allow.end()) allow.push_back(prefix);
    }
  }
  return allow;
}

Source read_source(const Reader& reader, const json& value, std::size_t index, SourcesFile& file) {
  const std::string where = "sources[" + std::to_string(index) + "]";
  if (!value.is_object()) reader.fail(where, "must be an object");
  note_unknown(value, kSourceKeys, where, file);
  Source source;
  if (!value.contains("id")) reader.fail(where, "missing required field \"id\"");
  source.id = reader.string(value, "id", where, "");
  if (!valid_id(source.id)) {
    reader.fail(where + ".id", "\"" + source.id + "\" must be 1-100 letters, digits, '-', '_' or '.'");
  }
  source.organisation = reader.string(value, "organisation", where, "");
  source.seeds = reader.urls(value, "seeds", where);
  source.sitemaps = reader.urls(value, "sitemaps", where);
  source.feeds = reader.urls(value, "feeds", where);
  source.records = reader.urls(value, "records", where);
  source.allow = reader.urls(value, "allow", where);
  source.max_depth = static_cast<int>(reader.number(value, "max_depth", where, 2, 0, kMaxDepthLimit));
  source.max_pages = reader.number(value, "max_pages", where, 500, 1, 10'000'000);
  source.delay_ms = reader.number(value, "delay_ms", where, -1, 0, kMaxDelayMs);
  if (source.seeds.empty() && source.sitemaps.empty() && source.feeds.empty() && source.records.empty()) {
    reader.fail(where, "source \"" + source.id + "\" has no seeds, sitemaps, feeds or records to crawl");
  }
  if (source.allow.empty()) source.allow = default_allow(source);
  return source;
}

}  // namespace

SourcesFile parse_sources(std::string_view json_text, const std::string& name) {
  const Reader reader(name);
  json root;
  try {
    root = parse_json_input(json_text);
  } catch (const JsonInputError& error) {  // a syntax error, or a number like 1e400
    reader.fail_at(error.line(), error.field(),
                   error.number_overflow()
                       ? error.problem()
                       : "not valid JSON (column " + std::to_string(error.column()) + "): " + error.problem());
  }
  if (!root.is_object()) reader.fail("", "the top level must be a JSON object with a \"sources\" array");
  SourcesFile file;
  note_unknown(root, kTopKeys, "", file);
  file.user_agent = reader.string(root, "user_agent", "", file.user_agent);
  if (file.user_agent.empty() || file.user_agent.find_first_of("\r\n") != std::string::npos) {
    reader.fail("user_agent", "must be a non-empty single line");
  }
  file.delay_ms = reader.number(root, "delay_ms", "", file.delay_ms, 0, kMaxDelayMs);
  file.allow_private_addresses = reader.boolean(root, "allow_private_addresses", "", false);
  file.timeout_ms = reader.number(root, "timeout_ms", "", file.timeout_ms, 100, 600000);
  file.connect_timeout_ms = reader.number(root, "connect_timeout_ms", "", file.connect_timeout_ms, 100, 600000);
  file.max_body_bytes = reader.number(root, "max_body_bytes", "", file.max_body_bytes, 1024, 1L << 30);
  if (!root.contains("sources")) reader.fail("", "missing required field \"sources\"");
  const json& sources = root.at("sources");
  if (!sources.is_array() || sources.empty()) reader.fail("sources", "must be a non-empty array of sources");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    Source source = read_source(reader, sources[i], i, file);
    if (!ids.insert(source.id).second) {
      reader.fail("sources[" + std::to_string(i) + "].id", "duplicate source id \"" + source.id + "\"");
    }
    file.sources.push_back(std::move(source));
  }
  return file;
}

SourcesFile load_sources(const std::string& path) { return parse_sources(read_whole_file(path, "sources file"), path); }

}  // namespace radar::crawl
