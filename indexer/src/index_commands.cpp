#include "radar/index_commands.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/ingest.h"
#include "radar/language_resources.h"

namespace radar {
namespace {

constexpr const char* kUsage = R"(usage: radar-index COMMAND [OPTIONS]

Commands:
  ingest --db DIR [--shard I/N] FILE...     ingest JSON Lines records ("-" reads stdin)
  ingest-html --db DIR --base-url URL [--organisation ID] [--shard I/N] PATH...
                                            index HTML files (a site mirrored to disk) as pages
  crawl --db DIR --sources FILE [--user-agent UA] [--max-pages N] [--delay-ms N] [--shard I/N]
                                            crawl the sources politely and index what they hold
  stats --db DIR                            document counts, revision and last update as JSON
  list --db DIR [--type TYPE]               one JSON object per document
  search --db DIR [--type TYPE] [--limit N] QUERY
                                            plain full-text search, best first
  language --db DIR [--thesaurus FILE]... [--stopwords DIR]
                                            store the thesaurus and stopword lists in the index,
                                            and rewrite every document's concept terms for them
  compact --db DIR                          rewrite the index compacted (a third to a half smaller) and
                                            swap it in atomically; readers follow without a restart
  robots-check --robots FILE --agent UA URL...
                                            allowed/disallowed per URL by RFC 9309

Exit codes: 0 ok, 1 failure, 2 usage error, 75 another process holds the index.
)";

void print_json_lines(const std::vector<nlohmann::json>& rows, std::ostream& out) {
  for (const auto& row : rows) out << row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int ingest_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::Args parsed(args, {"db", "shard"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  if (parsed.positional().empty()) throw UsageError("ingest needs at least one FILE (or - for stdin)");
  std::optional<Shard> shard;
  if (parsed.has("shard")) shard = parse_shard(parsed.value("shard"));
  IndexWriter writer(parsed.required("db"));
  const IngestReport report = ingest_files(writer, parsed.positional(), shard);
  run_commit_hook(writer, err);
  for (const auto& error : report.errors) err << error << "\n";
  err << "ingested " << report.added + report.replaced << " records (" << report.added << " new, "
      << report.replaced << " replaced), rejected " << report.errors.size();
  if (report.skipped > 0) err << ", " << report.skipped << " in other shards";
  err << "\n";
  return report.ok() ? 0 : 1;
}

int stats_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  parsed.required("db");
  out << index_stats(parsed.values("db")).dump(2) << "\n";
  return 0;
}

int list_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db", "type"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  parsed.required("db");
  Xapian::Database db = open_index(parsed.values("db"));
  print_json_lines(list_documents(db, parsed.value("type")), out);
  return 0;
}

int search_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db", "type", "limit"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  parsed.required("db");
  if (parsed.positional().empty()) throw UsageError("search needs a QUERY");
  std::string query;
  for (const auto& word : parsed.positional()) query += word + " ";
  Xapian::Database db = open_index(parsed.values("db"));
  const auto limit = static_cast<unsigned>(parsed.number("limit", 10));
  print_json_lines(search_documents(db, query, parsed.value("type"), limit), out);
  return 0;
}

int language_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::Args parsed(args, {"db", "thesaurus", "stopwords"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  if (!parsed.has("thesaurus") && !parsed.has("stopwords")) {
    throw UsageError("language needs --thesaurus FILE and/or --stopwords DIR");
  }
  IndexWriter writer(parsed.required("db"));
  const LanguageResources resources =
      load_language_resources(parsed.values("thesaurus"), parsed.value("stopwords"));
  store_language_resources(writer, resources);
  const std::size_t retagged = writer.retag_concepts();
  writer.commit();
  err << "stored " << resources.concepts.size() << " concept groups, " << resources.compounds.size()
      << " compounds and stopwords for " << resources.stopwords.size() << " languages; concept terms of "
      << retagged << " documents rewritten\n";
  return 0;
}

int compact_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::Args parsed(args, {"db"}, {"help"});
  if (parsed.has("help")) return out << kUsage, 0;
  const CompactReport report = compact_index(parsed.required("db"));
  const auto megabytes = [](std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return std::string(text);
  };
  err << "compacted " << report.documents << " documents: " << megabytes(report.bytes_before) << " MB -> "
      << megabytes(report.bytes_after) << " MB, revision " << report.revision << "\n";
  return 0;
}

// Xapian buffers a writer's posting-list changes in memory and merges them into the
// tables every XAPIAN_FLUSH_THRESHOLD documents (default 10,000). With records of a few
// hundred terms, the buffer's maps outgrow the CPU caches long before that: profiled on
// 100,000 generated records, a threshold of 2,000 took 40 % less CPU than 10,000 and a
// third of the peak memory (bench/RESULTS.md, "Profiles"). A crawl, whose pages have
// more terms, does better still at 300 (18 % less CPU, a third of the peak memory on the
// bench site). A value set in the environment wins.
void prefer_small_write_batches(const std::string& command) {
  ::setenv("XAPIAN_FLUSH_THRESHOLD", command == "crawl" ? "300" : "2000", 0);
}

}  // namespace

int run_crawl_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_html_ingest_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_robots_check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int run_index_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) throw UsageError("missing COMMAND\n" + std::string(kUsage));
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  prefer_small_write_batches(command);  // before any command opens the index for writing
  if (command == "--help" || command == "help") return out << kUsage, 0;
  if (command == "ingest") return ingest_command(rest, out, err);
  if (command == "ingest-html") return run_html_ingest_command(rest, out, err);
  if (command == "stats") return stats_command(rest, out);
  if (command == "list") return list_command(rest, out);
  if (command == "search") return search_command(rest, out);
  if (command == "language") return language_command(rest, out, err);
  if (command == "crawl") return run_crawl_command(rest, out, err);
  if (command == "compact") return compact_command(rest, out, err);
  if (command == "robots-check") return run_robots_check_command(rest, out, err);
  throw UsageError("unknown command \"" + command + "\" (see radar-index --help)");
}

}  // namespace radar
