// A fetched or mirrored HTML page as a `page` record: the parts the crawler and
// `radar-index ingest-html` share, so both store a page the same way.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "crawl/html_extract.h"
#include "radar/records.h"

namespace radar::crawl {

// The id of a page at `url`: the URL, or, when longer than the record limit, its
// start and a hash.
std::string page_id(const std::string& url);

// Adds the page's title, description, headings, text and language to `record`,
// each cut to its record limit; empty ones are left out.
void add_page_text(nlohmann::json& record, const ExtractedPage& page);

// The validated record; a page whose lang attribute is unusable is validated again
// without it, so its language is detected instead.
Record validate_page(nlohmann::json record);

}  // namespace radar::crawl
