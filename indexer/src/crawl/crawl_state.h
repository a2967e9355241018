// What the index remembers between crawls of one source: per page the URL it was
// fetched from, its ETag, Last-Modified and content hash (value slots of schema.h),
// which documents each fetched URL produced, and conditional-request state of
// catalogues (metadata). Loading reads only this source's documents (term XS<id>).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace radar::crawl {

// Stored record fields the crawler adds (unknown to the contract, ignored for ranking).
inline constexpr const char* kCrawledFromField = "crawled_from";  // URL the document came from
inline constexpr const char* kSourceIdField = "source_id";        // crawl source id (term XS)
inline constexpr const char* kLinksField = "links";               // followable links of a page

// Conditional-request and change-detection state of one fetched URL.
struct UrlState {
  std::string id;  // the page document's id (its canonical URL); "" for catalogues
  std::string etag;
  std::string last_modified;
  std::string hash;
  std::string fetched;  // ISO time of the fetch that produced the stored copy
};

class CrawlState {
 public:
  // Reads the state of source `source_id` from `db`. Throws IndexError on corrupt data.
  static CrawlState load(Xapian::Database& db, const std::string& source_id);

  // The stored page fetched from `url`, or nullptr.
  [[nodiscard]] const UrlState* page(std::string_view url) const;
  // Ids of every document crawled from `url` (the page and its JSON-LD records, or a
  // catalogue's records); empty if none.
  [[nodiscard]] const std::vector<std::string>& documents_from(std::string_view url) const;
  // The id of a stored page with this content hash, or "".
  [[nodiscard]] std::string page_with_hash(std::string_view hash) const;
  // Every document id of the source.
  [[nodiscard]] const std::set<std::string>& ids() const { return ids_; }

 private:
  std::map<std::string, UrlState, std::less<>> pages_;
  std::map<std::string, std::vector<std::string>, std::less<>> documents_;
  std::map<std::string, std::string, std::less<>> hashes_;
  std::set<std::string> ids_;
};

// Writes the crawl values of a page document (kHashSlot, kEtagSlot, kLastModSlot, kFetchedSlot).
void set_page_values(Xapian::Document& doc, const UrlState& state);

// Metadata key and JSON for the conditional-request state of a non-page URL (a catalogue).
std::string url_state_key(const std::string& source_id, std::string_view url);
std::optional<UrlState> read_url_state(const Xapian::Database& db, const std::string& source_id,
                                       std::string_view url);
void write_url_state(Xapian::WritableDatabase& db, const std::string& source_id, std::string_view url,
                     const UrlState& state);

}  // namespace radar::crawl
