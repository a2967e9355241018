// `radar-index ingest-html --db DIR --base-url URL [--organisation ID] [--shard I/N] PATH...`:
// indexes HTML files from disk as page documents, the way the crawler indexes a fetched
// page (same extraction, same page record, same schema), without fetching anything: for
// sites mirrored with wget, exports of a CMS, or benchmarks beside Omega's omindex.
// A PATH that is a directory is walked for *.html and *.htm files (in name order); each
// file's URL is URL followed by its path relative to that directory (a file given by
// name: its path as written). Extraction runs on worker threads while the main thread
// writes, in file order, and the whole run commits as one revision.
#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "crawl/charset.h"
#include "crawl/html_extract.h"
#include "crawl/page_record.h"
#include "crawl/url.h"
#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/ingest.h"
#include "radar/records.h"
#include "radar/schema.h"
#include "radar/text.h"

namespace radar {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHtmlUsage =
    R"(usage: radar-index ingest-html --db DIR --base-url URL [--organisation ID] [--shard I/N] PATH...

Indexes HTML files as page documents, extracted the way the crawler extracts a fetched page.
A PATH that is a directory is walked for *.html and *.htm files; each file's URL is URL
followed by its path relative to that directory (a file named directly: its path as given).
  --base-url URL      the http(s) URL the files are published under, e.g. https://example.org/
  --organisation ID   tie the pages to this organisation (it must be in the index)
  --shard I/N         keep only the pages whose id hashes to shard I of N

Pages that ask not to be indexed (meta robots noindex) are skipped. The run commits as one
revision. Exit codes: 0 done, 1 some file was rejected (see stderr), 2 usage error,
75 another process is writing the index.
)";

constexpr std::uintmax_t kMaxFileBytes = 16 << 20;  // html_extract parses at most 8 MiB anyway
constexpr std::size_t kWindow = 64;                 // pages extracted ahead of the writer

struct HtmlFile {
  std::string path;
  std::string url;
};

// The files of the PATH arguments with their URLs, in argument order and, within a
// directory, in path order. Throws InputError for a path that does not exist.
std::vector<HtmlFile> collect_files(const std::vector<std::string>& paths, const std::string& base_url) {
  std::vector<HtmlFile> files;
  const auto url_of = [&](const std::string& relative) {
    std::string clean = relative;
    while (clean.rfind("./", 0) == 0) clean.erase(0, 2);
    const auto url = crawl::resolve_url(base_url, clean);
    return url ? *url : std::string();
  };
  for (const auto& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<HtmlFile> found;
      for (auto it = fs::recursive_directory_iterator(path, error); !error && it != fs::recursive_directory_iterator();
           it.increment(error)) {
        const auto extension = to_lower(it->path().extension().string());
        if (!it->is_regular_file(error) || (extension != ".html" && extension != ".htm")) continue;
        found.push_back({it->path().string(), url_of(it->path().lexically_relative(path).generic_string())});
      }
      if (error) throw InputError("cannot read the directory " + path + ": " + error.message());
      std::sort(found.begin(), found.end(), [](const HtmlFile& a, const HtmlFile& b) { return a.path < b.path; });
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.push_back({path, url_of(fs::path(path).generic_string())});
    } else {
      throw InputError("cannot read " + path + ": no such file or directory");
    }
  }
  return files;
}

std::string read_page_file(const std::string& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) throw InputError("cannot read: " + error.message());
  if (size > kMaxFileBytes) throw InputError("larger than " + std::to_string(kMaxFileBytes >> 20) + " MiB");
  std::ifstream input(path, std::ios::binary);
  if (!input) throw InputError("cannot read: no such file or not readable");
  std::ostringstream body;
  body << input.rdbuf();
  return body.str();
}

// The file's modification date as ISO 8601 (UTC), or "" when unknown.
std::string modified_date(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "";
  std::tm time{};
  gmtime_r(&info.st_mtime, &time);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &time);
  return text;
}

// What one file became: a page (record and document), a page that asks not to be
// indexed, or the reason it was rejected.
struct PageOutcome {
  std::optional<Record> record;
  std::optional<Xapian::Document> document;
  bool noindex = false;
  bool other_shard = false;
  std::string error;
};

// Read-only inputs shared by the extraction threads.
struct PageContext {
  std::string organisation;
  std::optional<schema::OwnerInfo> owner;
  std::optional<Shard> shard;
};

PageOutcome extract_page(const HtmlFile& file, const PageContext& context) {
  PageOutcome outcome;
  try {
    if (file.url.empty()) throw InputError("no http(s) URL can be made of the base URL and this path");
    const std::string id = crawl::page_id(file.url);
    if (!in_shard(id, context.shard)) {
      outcome.other_shard = true;
      return outcome;
    }
    const std::string body = read_page_file(file.path);
    const crawl::ExtractedPage page = crawl::extract_html(crawl::decode_to_utf8(body, "text/html"), file.url);
    if (page.noindex) {
      outcome.noindex = true;
      return outcome;
    }
    nlohmann::json data = {{"type", "page"}, {"id", id}, {"url", file.url}, {"source", file.url}};
    crawl::add_page_text(data, page);
    if (const std::string updated = modified_date(file.path); !updated.empty()) data["updated"] = updated;
    if (!context.organisation.empty()) data["organisation"] = context.organisation;
    Record record = crawl::validate_page(std::move(data));
    Xapian::Document document = schema::make_document(record, context.owner ? &*context.owner : nullptr);
    document.add_boolean_term(schema::term(schema::kHostPrefix, crawl::url_host(file.url)));
    outcome.record = std::move(record);
    outcome.document = std::move(document);
  } catch (const InputError& error) {
    outcome.error = error.what();
  } catch (const std::exception& error) {
    outcome.error = error.what();
  }
  return outcome;
}

// Extracts the files on `threads` worker threads, at most kWindow ahead of the consumer,
// and hands the outcomes out in file order.
class PagePipeline {
 public:
  PagePipeline(const std::vector<HtmlFile>& files, const PageContext& context, unsigned threads)
      : files_(files), context_(context) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~PagePipeline() {
    {
      const std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    changed_.notify_all();
    for (auto& worker : workers_) worker.join();
  }
  PagePipeline(const PagePipeline&) = delete;
  PagePipeline& operator=(const PagePipeline&) = delete;

  // The outcome of file `index`; call with 0, 1, 2, ... in turn.
  PageOutcome take(std::size_t index) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ready_.count(index) != 0; });
    PageOutcome outcome = std::move(ready_.at(index));
    ready_.erase(index);
    consumed_ = index + 1;
    changed_.notify_all();
    return outcome;
  }

 private:
  void work() {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || next_ >= files_.size() || next_ < consumed_ + kWindow; });
        if (stopped_ || next_ >= files_.size()) return;
        index = next_++;
      }
      PageOutcome outcome = extract_page(files_[index], context_);
      {
        const std::lock_guard lock(mutex_);
        ready_.emplace(index, std::move(outcome));
      }
      changed_.notify_all();
    }
  }

  const std::vector<HtmlFile>& files_;
  const PageContext& context_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::size_t, PageOutcome> ready_;
  std::size_t next_ = 0;      // the next file to hand to a worker
  std::size_t consumed_ = 0;  // files taken by the writer
  bool stopped_ = false;
  std::vector<std::thread> workers_;
};

struct HtmlIngestReport {
  std::size_t added = 0, replaced = 0, noindex = 0, other_shard = 0;
  std::vector<std::string> errors;
};

HtmlIngestReport ingest_html(IndexWriter& writer, const std::vector<HtmlFile>& files, const PageContext& context) {
  HtmlIngestReport report;
  // One thread fewer than the cores extract (the writer needs one), at least one.
  const unsigned cores = std::max(2U, std::thread::hardware_concurrency());
  writer.database().begin_transaction(true);
  try {
    PagePipeline pipeline(files, context, std::min(cores - 1, 4U));
    for (std::size_t i = 0; i < files.size(); ++i) {
      PageOutcome outcome = pipeline.take(i);
      if (outcome.other_shard) ++report.other_shard;
      if (outcome.noindex) ++report.noindex;
      if (!outcome.error.empty()) report.errors.push_back(files[i].path + ": " + outcome.error);
      if (!outcome.document) continue;
      const std::string term = schema::id_term(outcome.record->id);
      if (writer.database().term_exists(term)) {
        writer.replace(term, std::move(*outcome.document));
        ++report.replaced;
      } else {
        writer.add_new(std::move(*outcome.document));
        ++report.added;
      }
    }
    writer.commit_transaction();
  } catch (const Xapian::Error& error) {
    try {
      writer.database().cancel_transaction();
    } catch (const Xapian::Error&) {
    }
    throw IndexError("cannot write the index " + writer.path() + ": " + error.get_description() +
                     "; the previous revision is unchanged");
  } catch (...) {
    writer.database().cancel_transaction();
    throw;
  }
  return report;
}

}  // namespace

// `radar-index ingest-html ARGS...`; see kHtmlUsage. Throws UsageError for bad arguments,
// InputError for a missing path, IndexError / LockHeldError from the index.
int run_html_ingest_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const cli::Args parsed(args, {"db", "base-url", "organisation", "shard"}, {"help"});
  if (parsed.has("help")) return out << kHtmlUsage, 0;
  if (parsed.positional().empty()) throw UsageError("ingest-html needs at least one FILE or DIRECTORY");
  const std::string base_url = crawl::normalise_url(parsed.required("base-url"));
  if (base_url.empty()) throw UsageError("--base-url " + parsed.value("base-url") + ": expected an http(s) URL");
  PageContext context;
  if (parsed.has("shard")) context.shard = parse_shard(parsed.value("shard"));
  const auto files = collect_files(parsed.positional(), base_url.back() == '/' ? base_url : base_url + "/");
  IndexWriter writer(parsed.required("db"));
  context.organisation = parsed.value("organisation");
  if (!context.organisation.empty()) {
    const auto owner = writer.get(context.organisation);
    if (!owner || owner->value("type", "") != "organisation") {
      throw UsageError("--organisation " + context.organisation + ": no such organisation in the index");
    }
    context.owner = schema::owner_info_from(*owner);
  }
  const HtmlIngestReport report = ingest_html(writer, files, context);
  run_commit_hook(writer, err);
  for (const auto& error : report.errors) err << error << "\n";
  err << "ingested " << report.added + report.replaced << " pages (" << report.added << " new, " << report.replaced
      << " replaced), skipped " << report.noindex << " noindex, rejected " << report.errors.size();
  if (report.other_shard > 0) err << ", " << report.other_shard << " in other shards";
  err << "\n";
  return report.errors.empty() ? 0 : 1;
}

}  // namespace radar
