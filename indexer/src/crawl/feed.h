// News feeds as lists of links to crawl: RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0.
// Items without a link are left out. URLs come as written: relative ones must be
// resolved against the feed's URL (resolve_url) by the caller.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse_error.h"

namespace radar::crawl {

struct FeedItem {
  std::string url;      // RSS <link> (or a permalink <guid>); Atom <link rel="alternate"> href
  std::string title;    // text, whitespace collapsed; escaped HTML stays escaped ("&amp;")
  std::string summary;  // RSS <description>, Atom <summary> or else <content>; whitespace
                        // collapsed; may hold HTML markup (type="html", CDATA), to be stripped
  std::string updated;  // ISO 8601: Atom <updated>/<published> as written, RSS <pubDate>
                        // converted to UTC; "" if absent or unreadable
};

// Items in document order. Throws ParseError for malformed XML, XML that declares
// entities, or XML that is neither RSS nor Atom.
std::vector<FeedItem> parse_feed(std::string_view xml);

}  // namespace radar::crawl
