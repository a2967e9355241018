#include "index_view.h"

#include <algorithm>
#include <cstdint>

#include "radar/error.h"
#include "radar/index.h"
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

namespace {

constexpr Xapian::termcount kTermsChecked = 64;       // of a document's term list
constexpr std::uint64_t kDocumentsSampled = 16;  // documents read, spread over the ids

void check_document(const Xapian::Database& db, Xapian::docid docid) {
  const nlohmann::json record = document_record(db.get_document(docid));  // IndexError if not a record
  const std::string id = record.is_object() ? record.value("id", "") : "";
  if (id.empty()) throw IndexError("document " + std::to_string(docid) + " has no record id; re-ingest it");
  Xapian::termcount terms = 0;
  for (auto it = db.termlist_begin(docid); it != db.termlist_end(docid) && terms < kTermsChecked; ++it) ++terms;
  const std::string id_term = schema::id_term(id);
  auto posting = db.postlist_begin(id_term);
  if (posting != db.postlist_end(id_term)) posting.skip_to(docid);
  if (terms == 0 || posting == db.postlist_end(id_term) || *posting != docid) {
    throw IndexError("document " + std::to_string(docid) + " (\"" + id + "\") is not in the index's term tables");
  }
}

}  // namespace

void check_index_readable(const Xapian::Database& db) {
  const Xapian::doccount count = db.get_doccount();
  (void)db.get_metadata(schema::kUpdatedKey);
  if (count == 0) return;
  const auto first = db.postlist_begin("");
  if (first == db.postlist_end("")) throw IndexError("the index counts documents but lists none");
  check_document(db, *first);
  // Then documents spread evenly over the ids, so the reads land in different blocks
  // of each table (one document's entries share a block or two).
  const std::uint64_t low = *first;
  const std::uint64_t high = db.get_lastdocid();
  Xapian::docid previous = *first;
  for (std::uint64_t i = 1; i < kDocumentsSampled; ++i) {
    const auto docid = static_cast<Xapian::docid>(low + (high - low) * i / (kDocumentsSampled - 1));
    if (docid == previous) continue;
    previous = docid;
    try {
      check_document(db, docid);
    } catch (const Xapian::DocNotFoundError&) {
      // Removed (a replaced record gets a new id); the others are read.
    }
  }
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
