// The crawl itself: robots.txt per origin first, then sitemaps, feeds, catalogues
// and pages of every source through one polite Fetcher, everything written to the
// index inside one Xapian transaction that is committed only at the end.
#pragma once

#include <iosfwd>

#include "sources.h"
#include "radar/crawl.h"
#include "radar/index.h"

namespace radar::crawl {

// Crawls `file`'s sources into `writer` and commits one revision (the commit hook is
// not run). `options` supplies the overrides (user agent, delay, max pages, shard,
// progress style); its db and sources_path are not read. Per-URL problems are counted
// and logged, never thrown. Throws IndexError when the index cannot be written; the
// transaction is then cancelled and the index keeps its previous revision.
CrawlSummary run_crawl(IndexWriter& writer, const SourcesFile& file, const CrawlOptions& options,
                       std::ostream& log);

// The W3C datetime of sitemaps ("2024-05-01", "2024-05-01T10:00:00+02:00", ...) or an
// ISO 8601 UTC time as seconds since the epoch; nullopt if unreadable.
std::optional<long long> parse_w3c_datetime(std::string_view text);

}  // namespace radar::crawl
