#include "crawl/crawl_state.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "radar/index.h"
#include "radar/ingest.h"
#include "radar/schema.h"

namespace radar::crawl {

CrawlState CrawlState::load(Xapian::Database& db, const std::string& source_id) {
  return with_reopen(db, [&](Xapian::Database& reader) {
    CrawlState state;
    const std::string term = schema::term(schema::kSourcePrefix, source_id);
    for (auto it = reader.postlist_begin(term); it != reader.postlist_end(term); ++it) {
      const Xapian::Document doc = reader.get_document(*it);
      const nlohmann::json record = document_record(doc);
      const std::string id = record.value("id", "");
      if (id.empty()) continue;
      state.ids_.insert(id);
      const std::string from = record.value(kCrawledFromField, "");
      if (from.empty()) continue;
      state.documents_[from].push_back(id);
      if (record.value("type", "") != "page") continue;
      UrlState page{id, doc.get_value(schema::kEtagSlot), doc.get_value(schema::kLastModSlot),
                    doc.get_value(schema::kHashSlot), doc.get_value(schema::kFetchedSlot)};
      if (!page.hash.empty()) state.hashes_.emplace(page.hash, id);
      state.pages_[from] = std::move(page);
    }
    return state;
  });
}

const UrlState* CrawlState::page(std::string_view url) const {
  const auto it = pages_.find(url);
  return it == pages_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& CrawlState::documents_from(std::string_view url) const {
  static const std::vector<std::string> kNone;
  const auto it = documents_.find(url);
  return it == documents_.end() ? kNone : it->second;
}

std::string CrawlState::page_with_hash(std::string_view hash) const {
  const auto it = hashes_.find(hash);
  return it == hashes_.end() ? "" : it->second;
}

void set_page_values(Xapian::Document& doc, const UrlState& state) {
  const auto set = [&](Xapian::valueno slot, const std::string& value) {
    if (value.empty()) {
      if (!doc.get_value(slot).empty()) doc.remove_value(slot);
    } else {
      doc.add_value(slot, value);
    }
  };
  set(schema::kHashSlot, state.hash);
  set(schema::kEtagSlot, state.etag);
  set(schema::kLastModSlot, state.last_modified);
  set(schema::kFetchedSlot, state.fetched);
}

std::string url_state_key(const std::string& source_id, std::string_view url) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stable_hash(url)));
  return "radar:crawl:" + source_id + ":" + hex;
}

std::optional<UrlState> read_url_state(const Xapian::Database& db, const std::string& source_id,
                                       std::string_view url) {
  const std::string text = db.get_metadata(url_state_key(source_id, url));
  if (text.empty()) return std::nullopt;
  const auto data = nlohmann::json::parse(text, nullptr, false);
  if (!data.is_object() || data.value("url", "") != url) return std::nullopt;
  return UrlState{"", data.value("etag", ""), data.value("last_modified", ""), data.value("hash", ""),
                  data.value("fetched", "")};
}

void write_url_state(Xapian::WritableDatabase& db, const std::string& source_id, std::string_view url,
                     const UrlState& state) {
  const nlohmann::json data = {{"url", std::string(url)},
                               {"etag", state.etag},
                               {"last_modified", state.last_modified},
                               {"hash", state.hash},
                               {"fetched", state.fetched}};
  db.set_metadata(url_state_key(source_id, url), data.dump());
}

}  // namespace radar::crawl
