// Sitemaps (sitemaps.org 0.9): a <urlset> of pages or a <sitemapindex> of further
// sitemaps, namespace prefixes tolerated. At most 50,000 entries are kept, as the
// protocol allows. Compressed sitemaps go through gunzip_limited (gzip.h) first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gzip.h"
#include "parse_error.h"

namespace radar::crawl {

struct SitemapEntry {
  std::string loc;      // as written, whitespace trimmed; resolve and check it before use
  std::string lastmod;  // W3C datetime as written, or ""
};

struct Sitemap {
  bool is_index = false;  // entries are sitemaps, not pages
  std::vector<SitemapEntry> entries;
  bool truncated = false;  // more than kMaxSitemapEntries entries; the rest were dropped
};

inline constexpr std::size_t kMaxSitemapEntries = 50000;

// Parses a sitemap or sitemap index; entries without a <loc> are skipped. Throws
// ParseError for XML that is malformed, declares entities, or is not a sitemap.
Sitemap parse_sitemap(std::string_view xml);

}  // namespace radar::crawl
