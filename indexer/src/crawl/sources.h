// The crawl sources file (CONTRACT section 4): what to crawl, how politely and
// how far. parse_sources() validates everything up front, so a crawl never starts
// with a half-understood configuration; errors name the file and the field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace radar::crawl {

// One crawl source. URLs are normalised absolute http(s) URLs.
struct Source {
  std::string id;
  std::string organisation;            // organisation id the pages belong to; "" if none
  std::vector<std::string> seeds;      // pages whose links are followed to max_depth
  std::vector<std::string> sitemaps;   // XML sitemaps or sitemap indexes (gzip too)
  std::vector<std::string> feeds;      // RSS 2.0 / Atom feeds: item links are crawled
  std::vector<std::string> records;    // JSON Lines catalogues in the record format
  std::vector<std::string> allow;      // URL prefixes pages must start with
  int max_depth = 2;
  long max_pages = 500;
  long delay_ms = -1;                  // per-source override of the file's delay_ms; -1: none
};

struct SourcesFile {
  std::string user_agent = "Markedsradar/1.0";
  long delay_ms = 1000;
  bool allow_private_addresses = false;
  // Extensions (optional, not in the contract's example): transfer limits.
  long timeout_ms = 20000;          // whole transfer
  long connect_timeout_ms = 5000;
  long max_body_bytes = 5L << 20;   // page bodies are cut here; sitemaps, feeds, catalogues refused past 50 MiB or this
  std::vector<Source> sources;
  std::vector<std::string> warnings;  // unknown fields, ignored
};

inline constexpr long kMaxDelayMs = 60000;
inline constexpr int kMaxDepthLimit = 50;

// Parses and validates the sources JSON; `name` (the file path) prefixes messages.
// Defaults: allow = the origins ("https://host/") of seeds, sitemaps and feeds;
// max_depth 2; max_pages 500. Throws InputError such as
// "sources.json: sources[1].seeds[0]: \"ftp://x\" is not an absolute http(s) URL".
SourcesFile parse_sources(std::string_view json_text, const std::string& name);

// Reads and parses the file at `path`; throws InputError if it cannot be read.
SourcesFile load_sources(const std::string& path);

}  // namespace radar::crawl
