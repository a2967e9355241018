// Read-only facts about the index that the server shows beside match results:
// when each crawl source was last crawled, document counts by type, and the
// filter choices (areas, regions) the index holds. Reads only the given handle.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace radar::server {

struct SourceCrawl {
  std::string id;       // the source id from the crawl sources file
  std::string crawled;  // ISO 8601 time of its last crawl
};

// Every `radar:source:<id>:crawled` metadata entry, ordered by id. Throws Xapian errors.
std::vector<SourceCrawl> crawled_sources(const Xapian::Database& db);

// Documents per record type (organisation, solution, need, page), in that order.
std::vector<std::pair<std::string, unsigned long>> documents_by_type(const Xapian::Database& db);

// The values of the boolean terms under `prefix` (e.g. XA areas), alphabetically;
// at most `max_values`, keeping the most frequent when there are more.
std::vector<std::string> term_values(const Xapian::Database& db, const std::string& prefix, std::size_t max_values);

// Whether the index can actually be read, cheaply (a few block reads, for /healthz):
// the document count and the update time, then the first and the last document:
// its stored record, the start of its term list and its id term's posting list.
// Throws Xapian errors (DatabaseCorruptError, ...) or IndexError naming what failed.
void check_index_readable(const Xapian::Database& db);

}  // namespace radar::server
