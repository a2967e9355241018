// `radar-index crawl`: crawls the sources of a sources file (CONTRACT section 4)
// politely and indexes what they hold, as one Xapian transaction: a reader sees the
// previous revision or the whole new one, and a killed crawl leaves the previous one.
// Details of politeness, robots.txt, re-crawl rules and the SSRF guard: docs/crawler.md.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "radar/ingest.h"

namespace radar {

struct CrawlOptions {
  std::string db;            // index directory (created if missing)
  std::string sources_path;  // the sources JSON file
  std::string user_agent;    // overrides the file's user_agent when not empty
  long max_pages = -1;       // caps every source's max_pages when >= 0
  long delay_ms = -1;        // overrides the delays of the file when >= 0
  std::optional<Shard> shard;
  bool progress_tty = false;  // an updating progress line instead of periodic log lines
};

// What happened to one source in one crawl.
struct SourceSummary {
  std::string id;
  std::size_t fetched = 0;         // HTTP answers received, robots.txt included
  std::size_t not_modified = 0;    // 304 answers, and pages a sitemap's lastmod showed unchanged
  std::size_t indexed = 0;         // page documents added or changed
  std::size_t unchanged = 0;       // pages fetched again with the same content hash
  std::size_t records = 0;         // organisations and solutions indexed (catalogues, JSON-LD)
  std::size_t removed = 0;         // documents removed (404/410, noindex, gone from the site)
  std::size_t robots_skipped = 0;  // URLs robots.txt disallows
  std::size_t duplicates = 0;      // pages whose text another URL already gave
  std::size_t noindex = 0;         // pages that ask not to be indexed
  std::size_t truncated = 0;       // bodies cut at the size limit
  std::size_t other_shard = 0;     // documents left to other shards
  std::map<std::string, std::size_t> errors;  // by kind: timeout, connect, http_503, ...
  bool max_pages_reached = false;
  bool complete = false;  // everything reachable was crawled, so stale documents were removed

  [[nodiscard]] std::size_t error_count() const;
  [[nodiscard]] nlohmann::json to_json() const;
};

struct CrawlSummary {
  std::vector<SourceSummary> sources;
  double seconds = 0;
  std::size_t pages_fetched = 0;  // page answers (not robots, sitemaps, feeds, catalogues)
  unsigned long revision = 0;     // the index revision committed

  [[nodiscard]] double pages_per_second() const { return seconds > 0 ? static_cast<double>(pages_fetched) / seconds : 0; }
  // False when a source produced nothing but errors (e.g. unreachable).
  [[nodiscard]] bool ok() const;
  [[nodiscard]] nlohmann::json to_json() const;
};

// Crawls and commits once; progress and per-URL problems go to `log`. Throws InputError
// for a bad sources file, LockHeldError when another process writes the index,
// IndexError when the index cannot be opened or committed (it keeps its last revision).
CrawlSummary crawl_sources(const CrawlOptions& options, std::ostream& log);

}  // namespace radar
