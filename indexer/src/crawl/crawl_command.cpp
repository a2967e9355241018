// `radar-index crawl --db DIR --sources FILE [--user-agent UA] [--max-pages N]
// [--delay-ms N] [--shard I/N]`: the summary per source goes to stderr, and as JSON
// to stdout. Exit 0, or 1 when a source produced nothing but errors.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "radar/cli.h"
#include "radar/crawl.h"
#include "radar/error.h"

namespace radar {
namespace {

constexpr const char* kCrawlUsage =
    R"(usage: radar-index crawl --db DIR --sources FILE [--user-agent UA] [--max-pages N] [--delay-ms N] [--shard I/N]

Crawls the sources of FILE (robots.txt, sitemaps, feeds, catalogues, pages) politely and
indexes what they hold as one new revision of the index at DIR.
  --user-agent UA   overrides the sources file's user_agent
  --max-pages N     at most N pages per source (also capped by the source's max_pages)
  --delay-ms N      the gap between two requests to one host (robots.txt may ask for more)
  --shard I/N       keep only the documents whose id hashes to shard I of N

The summary per source goes to stderr and as JSON to stdout. Exit codes: 0 done, 1 a
source produced nothing but errors (see the log) or the crawl failed, 2 usage error,
75 another process is writing the index.
)";

std::string describe(const SourceSummary& source) {
  std::string line = "crawl: source " + source.id + ": fetched " + std::to_string(source.fetched) +
                     ", not modified " + std::to_string(source.not_modified) + ", indexed " +
                     std::to_string(source.indexed) + ", unchanged " + std::to_string(source.unchanged) +
                     ", records " + std::to_string(source.records) + ", removed " + std::to_string(source.removed) +
                     ", skipped by robots " + std::to_string(source.robots_skipped) + ", duplicates " +
                     std::to_string(source.duplicates) + ", noindex " + std::to_string(source.noindex) + ", errors " +
                     std::to_string(source.error_count());
  if (!source.errors.empty()) {
    std::string kinds;
    for (const auto& [kind, count] : source.errors) kinds += (kinds.empty() ? "" : ", ") + kind + " " + std::to_string(count);
    line += " (" + kinds + ")";
  }
  if (source.max_pages_reached) line += "; stopped at max_pages";
  line += source.complete ? "; complete" : "; incomplete, nothing removed as gone";
  return line;
}

}  // namespace

int run_crawl_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::Args parsed(args, {"db", "sources", "user-agent", "max-pages", "delay-ms", "shard"}, {"help"});
  if (parsed.has("help")) return out << kCrawlUsage, 0;
  if (!parsed.positional().empty()) throw UsageError("crawl takes no positional argument: \"" + parsed.positional()[0] + "\"");
  CrawlOptions options;
  options.db = parsed.required("db");
  options.sources_path = parsed.required("sources");
  options.user_agent = parsed.value("user-agent");
  options.max_pages = parsed.number("max-pages", -1);
  options.delay_ms = parsed.number("delay-ms", -1);
  if (options.delay_ms > 60000) throw UsageError("--delay-ms " + std::to_string(options.delay_ms) + ": at most 60000");
  if (parsed.has("shard")) options.shard = parse_shard(parsed.value("shard"));
  options.progress_tty = &err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  const CrawlSummary summary = crawl_sources(options, err);
  for (const SourceSummary& source : summary.sources) err << describe(source) << "\n";
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.1f s (%.1f pages/s)", summary.seconds, summary.pages_per_second());
  err << "crawl: " << summary.pages_fetched << " pages in " << rate << ", revision " << summary.revision << "\n";
  out << summary.to_json().dump(2) << "\n";
  return summary.ok() ? 0 : 1;
}

}  // namespace radar
