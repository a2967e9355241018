#include "radar/crawl.h"

#include <ostream>

#include "crawl/crawler.h"
#include "crawl/sources.h"
#include "radar/index.h"

namespace radar {

std::size_t SourceSummary::error_count() const {
  std::size_t total = 0;
  for (const auto& [kind, count] : errors) total += count;
  return total;
}

nlohmann::json SourceSummary::to_json() const {
  return {{"id", id},
          {"fetched", fetched},
          {"not_modified", not_modified},
          {"indexed", indexed},
          {"unchanged", unchanged},
          {"records", records},
          {"removed", removed},
          {"robots_skipped", robots_skipped},
          {"duplicates", duplicates},
          {"noindex", noindex},
          {"truncated", truncated},
          {"other_shard", other_shard},
          {"errors", errors},
          {"max_pages_reached", max_pages_reached},
          {"complete", complete}};
}

bool CrawlSummary::ok() const {
  for (const SourceSummary& source : sources) {
    const std::size_t produced =
        source.fetched + source.not_modified + source.robots_skipped + source.indexed + source.records;
    if (produced == 0 && source.error_count() > 0) return false;
  }
  return true;
}

nlohmann::json CrawlSummary::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (const SourceSummary& source : sources) list.push_back(source.to_json());
  return {{"sources", list},
          {"pages_fetched", pages_fetched},
          {"seconds", seconds},
          {"pages_per_second", pages_per_second()},
          {"revision", revision}};
}

CrawlSummary crawl_sources(const CrawlOptions& options, std::ostream& log) {
  const crawl::SourcesFile file = crawl::load_sources(options.sources_path);
  for (const auto& warning : file.warnings) log << "crawl: " << options.sources_path << ": " << warning << "\n";
  IndexWriter writer(options.db);
  CrawlSummary summary = crawl::run_crawl(writer, file, options, log);
  run_commit_hook(writer, log);
  return summary;
}

}  // namespace radar
