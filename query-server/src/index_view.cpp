#include "index_view.h"

#include <algorithm>

#include "radar/records.h"
#include "radar/schema.h"

namespace radar::server {

std::vector<SourceCrawl> crawled_sources(const Xapian::Database& db) {
  const std::string prefix = schema::kSourceKeyPrefix;
  const std::string suffix = ":crawled";
  std::vector<SourceCrawl> out;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    if (key.size() <= prefix.size() + suffix.size() || key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    out.push_back({key.substr(prefix.size(), key.size() - prefix.size() - suffix.size()), db.get_metadata(key)});
  }
  return out;
}

std::vector<std::pair<std::string, unsigned long>> documents_by_type(const Xapian::Database& db) {
  std::vector<std::pair<std::string, unsigned long>> out;
  for (const RecordType type : {RecordType::organisation, RecordType::solution, RecordType::need, RecordType::page}) {
    out.emplace_back(std::string(to_string(type)), db.get_termfreq(schema::type_term(type)));
  }
  return out;
}

std::vector<std::string> term_values(const Xapian::Database& db, const std::string& prefix, std::size_t max_values) {
  std::vector<std::pair<std::string, Xapian::doccount>> found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string value = (*it).substr(prefix.size());
    if (!value.empty()) found.emplace_back(std::move(value), it.get_termfreq());
  }
  if (found.size() > max_values) {
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    found.resize(max_values);
    std::sort(found.begin(), found.end());
  }
  std::vector<std::string> out;
  out.reserve(found.size());
  for (auto& entry : found) out.push_back(std::move(entry.first));
  return out;
}

}  // namespace radar::server
