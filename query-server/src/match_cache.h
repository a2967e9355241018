// A bounded, least-recently-used cache of match results. Consultants run the same
// need again and again (the web form, the JSON API, the printable report, a
// colleague opening a shared link), and a match costs 15-30 ms of CPU at 100,000
// documents, while answering from memory costs microseconds.
//
// A key is the request as the matcher sees it (the trimmed need, the filters in
// their order, the limit, the excluded need id) together with the index as the
// answering handle saw it (revision, document count, update time). A new revision
// therefore never meets an old answer: its requests have other keys, and the
// entries of older revisions are dropped as soon as an answer of a newer one is
// stored. Thread-safe; cached matches are immutable and shared.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "radar/matcher.h"

namespace radar::server {

// One answered match: the result (for the pages and the report) and its CONTRACT
// section 3 JSON text (the POST /api/v1/match body), made once.
struct CachedMatch {
  MatchResult result;
  std::string json;
};

// Wraps `result` with its JSON text.
std::shared_ptr<const CachedMatch> make_cached_match(MatchResult result);

struct MatchCacheLimits {
  std::size_t entries = 256;             // 0 disables the cache
  std::size_t bytes = std::size_t{32} * 1024 * 1024;  // estimated memory of all entries
};

class MatchCache {
 public:
  explicit MatchCache(MatchCacheLimits limits);
  MatchCache(const MatchCache&) = delete;
  MatchCache& operator=(const MatchCache&) = delete;

  [[nodiscard]] bool enabled() const { return limits_.entries > 0; }

  // The key of `request` answered from an index in the state `index` describes.
  static std::string key(const MatchRequest& request, const IndexInfo& index);

  // The match stored under `key` (now the most recently used), or null. Counts a hit or a miss.
  std::shared_ptr<const CachedMatch> find(const std::string& key);
  // Stores `match` under `key` (made for `match->result.index`), evicting the least
  // recently used entries beyond the limits. A match larger than the byte limit is not kept.
  void insert(const std::string& key, std::shared_ptr<const CachedMatch> match);

  [[nodiscard]] unsigned long long hits() const;
  [[nodiscard]] unsigned long long misses() const;
  [[nodiscard]] std::size_t entries() const;
  [[nodiscard]] std::size_t bytes() const;

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const CachedMatch> match;
    unsigned long revision;
    std::size_t bytes;
  };
  using Recency = std::list<Entry>;  // most recently used first

  void erase(Recency::iterator entry);
  void drop_revisions_before(unsigned long revision);
  void evict_beyond_limits();

  const MatchCacheLimits limits_;
  mutable std::mutex mutex_;
  Recency recency_;
  std::unordered_map<std::string_view, Recency::iterator> by_key_;  // views of Entry::key
  std::size_t bytes_ = 0;
  unsigned long newest_revision_ = 0;
  unsigned long long hits_ = 0;
  unsigned long long misses_ = 0;
};

}  // namespace radar::server
