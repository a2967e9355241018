#include "crawl/page_record.h"

#include <cstdio>

#include "radar/error.h"
#include "radar/ingest.h"
#include "radar/text.h"

namespace radar::crawl {

std::string page_id(const std::string& url) {
  if (url.size() <= RecordLimits::kMaxIdBytes) return url;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(stable_hash(url)));
  return truncate_utf8(url, RecordLimits::kMaxIdBytes - 17) + "#" + hash;
}

void add_page_text(nlohmann::json& record, const ExtractedPage& page) {
  const auto put = [&](const char* key, const std::string& value, std::size_t max_bytes) {
    if (!value.empty()) record[key] = truncate_utf8(value, max_bytes);
  };
  put("title", collapse_whitespace(page.title), RecordLimits::kMaxNameChars);
  put("description", collapse_whitespace(page.description), RecordLimits::kMaxDescriptionChars);
  put("headings", page.headings, RecordLimits::kMaxDescriptionChars);
  put("text", page.text, RecordLimits::kMaxPageTextBytes);
  put("lang", trim(page.lang), 35);
}

Record validate_page(nlohmann::json record) {
  try {
    return validate_record(record);
  } catch (const InputError&) {
    if (!record.contains("lang")) throw;
    record.erase("lang");
    return validate_record(record);
  }
}

}  // namespace radar::crawl
