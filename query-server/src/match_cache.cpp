#include "match_cache.h"

#include <utility>

#include "escape.h"
#include "radar/text.h"

namespace radar::server {
namespace {

// Bookkeeping of one entry beyond its strings: the list and hash nodes, the shared
// control block, the vectors of the result.
constexpr std::size_t kEntryOverheadBytes = 512;

// Appends `value` length-prefixed, so no two different field lists give the same key.
void append_field(std::string& key, std::string_view value) {
  key += std::to_string(value.size());
  key += ':';
  key += value;
}

void append_list(std::string& key, const std::vector<std::string>& values) {
  append_field(key, std::to_string(values.size()));
  for (const auto& value : values) append_field(key, value);
}

// What an entry holds: the key, the JSON text, and the result. The result's many
// short strings (labels, terms, ids) each carry a string header and a heap chunk, so
// it takes about four times its JSON text: measured on the benchmark's 100,000
// documents, 200 entries of 29 KB of JSON each added 24.7 MB to the resident set.
std::size_t estimated_bytes(const std::string& key, const CachedMatch& match) {
  return key.size() + 4 * match.json.size() + kEntryOverheadBytes;
}

}  // namespace

std::shared_ptr<const CachedMatch> make_cached_match(MatchResult result) {
  auto match = std::make_shared<CachedMatch>();
  match->json = json_text(to_json(result));
  match->result = std::move(result);
  return match;
}

MatchCache::MatchCache(MatchCacheLimits limits) : limits_(limits) {}

std::string MatchCache::key(const MatchRequest& request, const IndexInfo& index) {
  std::string key;
  append_field(key, std::to_string(index.revision));
  append_field(key, std::to_string(index.documents));
  append_field(key, index.updated);
  // The matcher trims the need before anything else; the rest it reads as given.
  append_field(key, trim(request.need));
  append_field(key, std::to_string(request.limit));
  append_field(key, request.exclude_need_id);
  append_list(key, request.filters.area);
  append_list(key, request.filters.maturity);
  append_list(key, request.filters.region);
  append_list(key, request.filters.org_type);
  return key;
}

std::shared_ptr<const CachedMatch> MatchCache::find(const std::string& key) {
  const std::lock_guard lock(mutex_);
  const auto found = by_key_.find(key);
  if (found == by_key_.end()) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  recency_.splice(recency_.begin(), recency_, found->second);
  return found->second->match;
}

void MatchCache::insert(const std::string& key, std::shared_ptr<const CachedMatch> match) {
  if (!enabled() || !match) return;
  const std::size_t bytes = estimated_bytes(key, *match);
  if (bytes > limits_.bytes) return;
  const unsigned long revision = match->result.index.revision;
  const std::lock_guard lock(mutex_);
  if (revision > newest_revision_) {
    drop_revisions_before(revision);
    newest_revision_ = revision;
  }
  // Another worker may have stored the same answer meanwhile: keep one.
  if (const auto found = by_key_.find(key); found != by_key_.end()) erase(found->second);
  recency_.push_front({key, std::move(match), revision, bytes});
  by_key_.emplace(recency_.front().key, recency_.begin());
  bytes_ += bytes;
  evict_beyond_limits();
}

void MatchCache::erase(Recency::iterator entry) {
  by_key_.erase(entry->key);
  bytes_ -= entry->bytes;
  recency_.erase(entry);
}

// Entries of older revisions can never be hit again once the handles have moved on
// (a handle only moves forward), so they go at once instead of waiting for eviction.
// An index rebuilt from nothing starts at a lower revision; its entries have other
// keys and the old ones age out.
void MatchCache::drop_revisions_before(unsigned long revision) {
  for (auto entry = recency_.begin(); entry != recency_.end();) {
    const auto next = std::next(entry);
    if (entry->revision < revision) erase(entry);
    entry = next;
  }
}

void MatchCache::evict_beyond_limits() {
  while (!recency_.empty() && (recency_.size() > limits_.entries || bytes_ > limits_.bytes)) {
    erase(std::prev(recency_.end()));
  }
}

unsigned long long MatchCache::hits() const {
  const std::lock_guard lock(mutex_);
  return hits_;
}

unsigned long long MatchCache::misses() const {
  const std::lock_guard lock(mutex_);
  return misses_;
}

std::size_t MatchCache::entries() const {
  const std::lock_guard lock(mutex_);
  return recency_.size();
}

std::size_t MatchCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace radar::server
