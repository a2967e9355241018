// Watched needs (`"watch": true`): after each committed revision, the solutions
// and organisations that newly match a watched need are recorded in the index
// (metadata), and served as an Atom 1.0 feed per need. History is bounded.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace radar {

class IndexWriter;

inline constexpr std::size_t kMaxWatchEntries = 200;  // retention per need

// One recorded new match.
struct WatchEntry {
  std::string id, type, name, url, time;
  unsigned long revision = 0;
  double score = 0;
};

// Matches every watched need against the committed revision of `writer`'s index,
// appends the new matches to each need's log and commits the metadata (one more
// revision) if anything changed. Returns the number of new entries.
std::size_t update_watches(IndexWriter& writer);

// The recorded entries of a need, newest first.
std::vector<WatchEntry> watch_entries(const Xapian::Database& db, const std::string& need_id);

// The Atom 1.0 feed of a need's entries. `base_url` ("http://host:port") makes the
// links absolute. Throws NotFoundError if there is no such need.
std::string watch_feed_atom(Xapian::Database& db, const std::string& need_id, const std::string& base_url);

}  // namespace radar
