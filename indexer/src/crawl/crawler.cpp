#include "crawl/crawler.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "crawl/charset.h"
#include "crawl/crawl_state.h"
#include "crawl/feed.h"
#include "crawl/fetcher.h"
#include "crawl/frontier.h"
#include "crawl/gzip.h"
#include "crawl/html_extract.h"
#include "crawl/page_record.h"
#include "crawl/robots.h"
#include "crawl/sitemap.h"
#include "crawl/url.h"
#include "crawl/write_queue.h"
#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/text.h"

// Documents are built on the fetch thread and handed to the writer thread; without
// move semantics the hand-off would copy Xapian's non-atomic reference counts.
#ifndef XAPIAN_MOVE_SEMANTICS
#error "Xapian's move semantics are needed to hand documents to the writer thread"
#endif

namespace radar::crawl {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using nlohmann::json;

constexpr std::size_t kSourceBudget = 64;  // requests of one source queued or running at once
constexpr int kMaxRedirects = 5;
constexpr int kMaxSitemapNesting = 3;
constexpr std::size_t kMaxStoredLinks = 1000;
constexpr std::size_t kMaxDecompressedBytes = 50u << 20;  // sitemaps, feeds, catalogues (the sitemap limit)
constexpr milliseconds kMaxCrawlDelay{30000};             // a longer Crawl-delay skips the host
constexpr milliseconds kProgressTty{250};
constexpr milliseconds kProgressLog{5000};
// Index writes waiting for the writer thread: enough that the fetch loop goes on while
// the writer flushes Xapian's buffered changes (every 300 documents, index_commands.cpp),
// few enough (a queued document is about 40 KB) that memory does not grow with the site.
// 64 made the loop wait out most of each flush (bench/profiles.md, "Crawl, the write queue").
constexpr std::size_t kWriteQueueCapacity = 256;

const std::vector<std::string> kHtmlTypes = {"text/html", "application/xhtml+xml"};

std::string hex64(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

// The robots.txt product token of our User-Agent; "markedsradar" when it has none.
std::string own_product_token(const std::string& user_agent) {
  const std::string token = product_token(user_agent);
  return token.empty() ? "markedsradar" : token;
}

FrontierEntry make_entry(std::string url, UrlKind kind, int depth = 0, int hops = 0, std::string lastmod = "") {
  FrontierEntry entry;
  entry.url = std::move(url);
  entry.kind = kind;
  entry.depth = depth;
  entry.hops = hops;
  entry.lastmod = std::move(lastmod);
  return entry;
}

bool is_redirect(long status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

// Errors after which the crawl cannot know what the source holds, so nothing is swept.
bool is_transient(FetchError error) {
  return error == FetchError::timeout || error == FetchError::connect || error == FetchError::dns ||
         error == FetchError::network || error == FetchError::blocked_address;
}

struct OriginState {
  enum class Status { unknown, fetching, ready };
  Status status = Status::unknown;
  std::optional<RobotsRules> rules;
  std::string failure;  // error kind for every URL of the origin, or ""
  std::string failure_message;
  std::vector<std::pair<std::size_t, FrontierEntry>> waiting;  // (source, entry) until robots.txt is known
  std::set<std::size_t> sources;
  milliseconds delay{0};
};

// One source's crawl in progress.
struct SourceRun {
  const Source* source = nullptr;
  SourceSummary summary;
  std::unique_ptr<Frontier> frontier;
  CrawlState state;
  std::set<std::string> kept;     // documents confirmed by this crawl
  std::set<std::string> removed;  // documents removed by this crawl
  std::unordered_map<std::string, std::string> hashes;  // content hash -> page id, this crawl
  std::optional<schema::OwnerInfo> owner;
  long max_pages = 0;
  long pages_started = 0;
  long pages_waiting = 0;     // page entries waiting for robots.txt
  std::size_t outstanding = 0;  // entries in the fetcher or waiting for robots.txt
  bool incomplete = false;
  milliseconds delay{0};
};

struct Pending {
  std::size_t source = 0;
  FrontierEntry entry;
  bool robots = false;
  std::string origin;  // for robots.txt requests
  int hops = 0;        // redirects of a robots.txt request
};

class Crawler {
 public:
  Crawler(IndexWriter& writer, const SourcesFile& file, const CrawlOptions& options, std::ostream& log)
      : writer_(writer),
        file_(file),
        options_(options),
        log_(log),
        user_agent_(options.user_agent.empty() ? file.user_agent : options.user_agent),
        robots_token_(own_product_token(user_agent_)),
        fetcher_(fetcher_options()) {}

  CrawlSummary run() {
    start_ = Clock::now();
    last_progress_ = start_;
    Xapian::WritableDatabase& db = writer_.database();
    db.begin_transaction(true);
    try {
      open_sources();
      concept_tagger_ = writer_.tagger_for_another_thread();  // before the writer thread uses the index
      writes_ = std::make_unique<WriteQueue>(writer_, kWriteQueueCapacity);
      loop();
      finish_sources();
      stop_writes();
      writer_.commit_transaction();  // the writer thread has finished
    } catch (const Xapian::Error& error) {
      cancel();
      throw IndexError("crawl not committed, the index keeps its previous revision: " + error.get_description());
    } catch (...) {
      cancel();
      throw;
    }
    if (options_.progress_tty) log_ << "\r\033[K" << std::flush;
    return summary();
  }

 private:
  FetcherOptions fetcher_options() const {
    FetcherOptions fetcher;
    fetcher.user_agent = user_agent_;
    fetcher.allow_private_addresses = file_.allow_private_addresses;
    fetcher.connect_timeout_ms = file_.connect_timeout_ms;
    fetcher.timeout_ms = file_.timeout_ms;
    fetcher.max_body_bytes = static_cast<std::size_t>(file_.max_body_bytes);
    return fetcher;
  }

  // Waits for the queued writes (rethrowing a failed one's error) and ends the writer thread.
  void stop_writes() {
    writes_->drain();
    writes_.reset();
  }

  // The index, for reading or writing on this thread: every queued write has run first.
  IndexWriter& drained() {
    writes_->drain();
    return writer_;
  }

  // Queues a write for the writer thread, in order after the earlier ones.
  void write(WriteQueue::Job job) { writes_->push(std::move(job)); }

  // The writer thread stops (dropping queued writes) before the transaction is cancelled.
  void cancel() {
    writes_.reset();
    try {
      writer_.database().cancel_transaction();
    } catch (const Xapian::Error&) {
      // Nothing committed either way; the error being thrown says what failed.
    }
  }

  // ---- setup and teardown ----

  void remove_stale_spill_files() {
    std::error_code ignored;
    for (const auto& item : std::filesystem::directory_iterator(writer_.path(), ignored)) {
      const std::string name = item.path().filename().string();
      if (name.rfind("crawl-frontier-", 0) == 0) std::filesystem::remove(item.path(), ignored);
    }
  }

  void open_sources() {
    remove_stale_spill_files();
    runs_.reserve(file_.sources.size());
    for (const Source& source : file_.sources) {
      SourceRun run;
      run.source = &source;
      run.summary.id = source.id;
      run.frontier = std::make_unique<Frontier>(writer_.path() + "/crawl-frontier-" + source.id + "-" +
                                                std::to_string(::getpid()) + ".tmp");
      Xapian::Database reader = writer_.database();
      run.state = CrawlState::load(reader, source.id);
      run.max_pages = options_.max_pages >= 0 ? std::min(options_.max_pages, source.max_pages) : source.max_pages;
      const long delay = options_.delay_ms >= 0 ? options_.delay_ms
                                                : (source.delay_ms >= 0 ? source.delay_ms : file_.delay_ms);
      run.delay = milliseconds(delay);
      if (!source.organisation.empty()) {
        if (const auto organisation = writer_.get(source.organisation)) {
          run.owner = schema::owner_info_from(*organisation);
        } else {
          log_line("crawl: " + source.id + ": organisation \"" + source.organisation +
                   "\" is not in the index; its pages are tied to it anyway");
        }
      }
      for (const auto& url : source.records) run.frontier->add(make_entry(url, UrlKind::records));
      for (const auto& url : source.sitemaps) run.frontier->add(make_entry(url, UrlKind::sitemap));
      for (const auto& url : source.feeds) run.frontier->add(make_entry(url, UrlKind::feed));
      for (const auto& url : source.seeds) run.frontier->add(make_entry(url, UrlKind::page));
      runs_.push_back(std::move(run));
    }
  }

  void finish_sources() {
    IndexWriter& writer = drained();
    const std::string now = utc_now_iso8601();
    for (SourceRun& run : runs_) {
      run.summary.complete = !run.incomplete && !run.summary.max_pages_reached;
      if (run.summary.complete) {
        for (const auto& id : run.state.ids()) {
          if (run.kept.count(id) == 0 && run.removed.count(id) == 0 && writer.remove(id)) ++run.summary.removed;
        }
      }
      writer.set_metadata("radar:source:" + run.source->id + ":crawled", now);
    }
  }

  CrawlSummary summary() {
    CrawlSummary result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    result.pages_fetched = pages_fetched_;
    result.revision = writer_.revision();
    for (SourceRun& run : runs_) result.sources.push_back(run.summary);
    return result;
  }

  // ---- the event loop ----

  void loop() {
    for (;;) {
      release();
      if (fetcher_.pending() == 0 && !has_work()) break;
      for (const FetchResponse& response : fetcher_.poll(milliseconds(200))) handle(response);
      progress();
    }
  }

  [[nodiscard]] bool can_release(const SourceRun& run) const {
    if (run.frontier->empty()) return false;
    return !run.frontier->next_is_page() || run.pages_started + run.pages_waiting < run.max_pages;
  }

  [[nodiscard]] bool has_work() const {
    return std::any_of(runs_.begin(), runs_.end(), [&](const SourceRun& run) { return can_release(run); });
  }

  // Hands entries of every source to the fetcher, up to each source's budget.
  void release() {
    for (std::size_t i = 0; i < runs_.size(); ++i) {
      SourceRun& run = runs_[i];
      while (run.outstanding < kSourceBudget && can_release(run)) dispatch(i, *run.frontier->next());
      if (!run.frontier->empty() && run.frontier->next_is_page() && run.pages_started >= run.max_pages) {
        run.summary.max_pages_reached = true;
      }
    }
  }

  void dispatch(std::size_t index, FrontierEntry entry) {
    SourceRun& run = runs_[index];
    const std::string origin = url_origin(entry.url);
    OriginState& state = origins_[origin];
    const bool new_source = state.sources.insert(index).second;
    if (new_source && state.status == OriginState::Status::ready) add_robots_sitemaps(state, index);
    if (run.delay > state.delay) {
      state.delay = run.delay;
      fetcher_.set_delay(origin + "/", state.delay);
    }
    if (state.status == OriginState::Status::unknown) request_robots(origin, origin + "/robots.txt", 0);
    if (state.status != OriginState::Status::ready) {
      if (entry.kind == UrlKind::page) ++run.pages_waiting;
      ++run.outstanding;
      state.waiting.emplace_back(index, std::move(entry));
      return;
    }
    submit(index, std::move(entry));
  }

  void request_robots(const std::string& origin, const std::string& url, int hops) {
    origins_[origin].status = OriginState::Status::fetching;
    FetchRequest request;
    request.tag = next_tag_++;
    request.url = url;
    request.urgent = true;
    request.truncate_body = true;
    pending_[request.tag] = Pending{0, {}, true, origin, hops};
    fetcher_.submit(std::move(request));
  }

  // Submits an entry whose origin's robots.txt is known.
  void submit(std::size_t index, FrontierEntry entry) {
    SourceRun& run = runs_[index];
    const OriginState& origin = origins_[url_origin(entry.url)];
    if (!origin.failure.empty()) {
      fail(run, origin.failure, entry.url, origin.failure_message, true);
      keep_from(run, entry.url);
      return;
    }
    if (!origin.rules->allowed(url_path_and_query(entry.url))) {
      ++run.summary.robots_skipped;
      return;
    }
    FetchRequest request;
    request.tag = next_tag_++;
    request.url = entry.url;
    if (entry.kind == UrlKind::page) {
      if (skip_by_lastmod(run, entry)) return;
      if (run.pages_started >= run.max_pages) {
        run.summary.max_pages_reached = true;
        return;
      }
      ++run.pages_started;
      request.accept_types = kHtmlTypes;
      request.truncate_body = true;
    } else {
      request.max_body_bytes = std::max<std::size_t>(kMaxDecompressedBytes, file_.max_body_bytes);
    }
    add_conditions(run, entry, request);
    pending_[request.tag] = Pending{index, std::move(entry), false, "", 0};
    ++run.outstanding;
    fetcher_.submit(std::move(request));
  }

  // If-None-Match and If-Modified-Since from the copy we hold of a page or catalogue.
  void add_conditions(const SourceRun& run, const FrontierEntry& entry, FetchRequest& request) {
    std::optional<UrlState> stored;
    if (entry.kind == UrlKind::page) {
      if (const UrlState* page = run.state.page(entry.url)) stored = *page;
    } else if (entry.kind == UrlKind::records) {
      stored = read_url_state(drained().database(), run.source->id, entry.url);
    }
    if (!stored) return;
    request.if_none_match = stored->etag;
    request.if_modified_since = stored->last_modified;
  }

  // A page the sitemap says has not changed since we fetched it is not fetched again.
  bool skip_by_lastmod(SourceRun& run, const FrontierEntry& entry) {
    if (entry.lastmod.empty()) return false;
    const UrlState* stored = run.state.page(entry.url);
    if (stored == nullptr || stored->fetched.empty()) return false;
    const auto modified = parse_w3c_datetime(entry.lastmod);
    const auto fetched = parse_w3c_datetime(stored->fetched);
    if (!modified || !fetched || *modified > *fetched) return false;
    ++run.summary.not_modified;
    confirm_stored_page(run, entry, *stored);
    return true;
  }

  void handle(const FetchResponse& response) {
    const auto it = pending_.find(response.request.tag);
    if (it == pending_.end()) return;
    Pending pending = std::move(it->second);
    pending_.erase(it);
    if (pending.robots) {
      handle_robots(pending, response);
    } else {
      handle_entry(pending, response);
    }
  }

  // ---- robots.txt ----

  void handle_robots(const Pending& pending, const FetchResponse& response) {
    ++robots_fetched_;
    OriginState& state = origins_[pending.origin];
    const long status = response.status;
    if (response.error == FetchError::blocked_address) {
      state.failure = "blocked_address";
      state.failure_message = response.message;
    } else if (response.error != FetchError::none) {
      state.failure = "robots_unavailable";
      state.failure_message = "robots.txt unreachable (" + response.message + "); nothing is fetched from " +
                              pending.origin + " in this crawl";
    } else if (is_redirect(status) && pending.hops < kMaxRedirects) {
      if (const auto target = resolve_url(response.request.url, response.location)) {
        request_robots(pending.origin, *target, pending.hops + 1);
        return;
      }
      state.rules = RobotsRules::allow_all();
    } else if (status >= 200 && status < 300) {
      state.rules = RobotsRules::parse(response.body, user_agent_);
    } else if (status == 429 || status >= 500) {
      state.failure = "robots_unavailable";
      state.failure_message = "robots.txt answered " + std::to_string(status) + "; nothing is fetched from " +
                              pending.origin + " in this crawl";
    } else {
      state.rules = RobotsRules::allow_all();  // 4xx, or too many redirects: no rules
    }
    if (!state.rules) state.rules = RobotsRules::disallow_all();
    apply_crawl_delay(pending.origin, state);
    state.status = OriginState::Status::ready;
    for (const std::size_t index : state.sources) add_robots_sitemaps(state, index);
    auto waiting = std::move(state.waiting);
    state.waiting.clear();
    for (auto& [index, entry] : waiting) {
      --runs_[index].outstanding;
      if (entry.kind == UrlKind::page) --runs_[index].pages_waiting;
      submit(index, std::move(entry));
    }
  }

  void apply_crawl_delay(const std::string& origin, OriginState& state) {
    const auto asked = state.rules->crawl_delay();
    if (!asked || !state.failure.empty()) return;
    if (*asked > kMaxCrawlDelay) {
      state.failure = "crawl_delay_too_long";
      state.failure_message = "robots.txt asks for a Crawl-delay of " + std::to_string(asked->count() / 1000) +
                              " s, more than the " + std::to_string(kMaxCrawlDelay.count() / 1000) +
                              " s we wait; the host is skipped";
      return;
    }
    if (*asked > state.delay) {
      state.delay = *asked;
      fetcher_.set_delay(origin + "/", state.delay);
    }
  }

  // The Sitemap: lines of an origin's robots.txt, for a source whose allow prefixes cover them.
  void add_robots_sitemaps(const OriginState& state, std::size_t index) {
    if (!state.failure.empty()) return;
    for (const std::string& sitemap : state.rules->sitemaps()) {
      const std::string url = normalise_url(sitemap);
      if (!url.empty() && within_allow(runs_[index], url)) runs_[index].frontier->add(make_entry(url, UrlKind::sitemap));
    }
  }

  // ---- answers ----

  void handle_entry(const Pending& pending, const FetchResponse& response) {
    SourceRun& run = runs_[pending.source];
    --run.outstanding;
    const FrontierEntry& entry = pending.entry;
    if (response.error != FetchError::none) {
      fail(run, std::string(to_string(response.error)), entry.url, response.message, is_transient(response.error));
      keep_from(run, entry.url);
      return;
    }
    ++run.summary.fetched;
    if (entry.kind == UrlKind::page) ++pages_fetched_;
    const long status = response.status;
    if (is_redirect(status)) return follow_redirect(run, entry, response);
    if (status == 304) return not_modified(run, entry);
    if ((status == 404 || status == 410) && entry.kind == UrlKind::page) {
      remove_from(run, entry.url);
      return;
    }
    if (status < 200 || status >= 300) {
      const bool transient = status == 429 || status >= 500 || entry.kind != UrlKind::page;
      fail(run, "http_" + std::to_string(status), entry.url,
           "HTTP " + std::to_string(status) + (response.attempts > 1 ? " after " + std::to_string(response.attempts) +
                                                                          " attempts; left as it was"
                                                                    : ""),
           transient);
      keep_from(run, entry.url);
      return;
    }
    if (response.truncated) {
      ++run.summary.truncated;
      log_line("crawl: " + run.source->id + ": " + entry.url + ": body cut at " +
               std::to_string(file_.max_body_bytes) + " bytes");
    }
    switch (entry.kind) {
      case UrlKind::page: return process_page(run, entry, response);
      case UrlKind::sitemap: return process_sitemap(run, entry, response);
      case UrlKind::feed: return process_feed(run, entry, response);
      case UrlKind::records: return process_records(run, entry, response);
    }
  }

  void follow_redirect(SourceRun& run, const FrontierEntry& entry, const FetchResponse& response) {
    const auto target = response.location.empty() ? std::nullopt : resolve_url(entry.url, response.location);
    if (!target) {
      fail(run, "bad_redirect", entry.url, "redirect without a usable Location", false);
      return;
    }
    if (entry.hops >= kMaxRedirects) {
      fail(run, "too_many_redirects", entry.url, "more than " + std::to_string(kMaxRedirects) + " redirects", false);
      return;
    }
    const bool same_origin = url_origin(*target) == url_origin(entry.url);
    if (!within_allow(run, *target) && !(entry.kind != UrlKind::page && same_origin)) {
      fail(run, "redirect_outside_allow", entry.url, "redirect to " + *target + " is outside the source's allow prefixes",
           false);
      return;
    }
    FrontierEntry next = entry;
    next.url = *target;
    next.hops = entry.hops + 1;
    run.frontier->add(std::move(next));  // a URL seen before (a loop) is not fetched again
  }

  void not_modified(SourceRun& run, const FrontierEntry& entry) {
    if (entry.kind == UrlKind::page) {
      const UrlState* stored = run.state.page(entry.url);
      if (stored == nullptr) {
        fail(run, "unexpected_304", entry.url, "304 Not Modified for a page we do not have", false);
        return;
      }
      ++run.summary.not_modified;
      confirm_stored_page(run, entry, *stored);
      return;
    }
    ++run.summary.not_modified;
    keep_from(run, entry.url);
  }

  // An unchanged stored page: keep it and what it produced, and follow its stored links.
  void confirm_stored_page(SourceRun& run, const FrontierEntry& entry, const UrlState& stored) {
    keep_from(run, entry.url);
    run.hashes.emplace(stored.hash, stored.id);
    if (entry.depth >= run.source->max_depth) return;
    const auto record = drained().get(stored.id);
    if (!record || !record->contains(kLinksField) || !record->at(kLinksField).is_array()) return;
    for (const auto& link : record->at(kLinksField)) {
      if (link.is_string() && within_allow(run, link.get<std::string>())) {
        run.frontier->add(make_entry(link.get<std::string>(), UrlKind::page, entry.depth + 1));
      }
    }
  }

  // ---- pages ----

  std::vector<std::string> followable_links(const SourceRun& run, const ExtractedPage& page) const {
    std::vector<std::string> links;
    std::set<std::string> unique;
    for (const PageLink& link : page.links) {
      if (link.nofollow || !within_allow(run, link.url) || !unique.insert(link.url).second) continue;
      links.push_back(link.url);
      if (links.size() >= kMaxStoredLinks) break;
    }
    return links;
  }

  // The hash that tells an unchanged page and a duplicate: everything indexed or followed.
  static std::string content_hash(const ExtractedPage& page, const std::vector<std::string>& links) {
    std::string material = page.title + '\x1f' + page.description + '\x1f' + page.headings + '\x1f' +
                           page.text + '\x1f' + page.lang + '\x1f';
    for (const auto& link : links) material += link + '\n';
    for (const auto& block : page.json_ld) {
      material += block.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    // Two differently seeded FNV-1a hashes: 128 bits, so distinct pages never collide in practice.
    return hex64(stable_hash(material)) + hex64(stable_hash("radar" + material));
  }

  void process_page(SourceRun& run, const FrontierEntry& entry, const FetchResponse& response) {
    if (response.content_type.empty() && response.body.find('<') == std::string::npos) {
      fail(run, "unsupported_type", entry.url, "no content type and no markup", false);
      keep_from(run, entry.url);
      return;
    }
    const std::string utf8 = decode_to_utf8(response.body, response.content_type);
    const ExtractedPage page = extract_html(utf8, entry.url, robots_token_);
    const RobotsDirectives header = parse_robots_directives(response.x_robots_tag, robots_token_);
    const bool noindex = page.noindex || header.noindex;
    const bool nofollow = page.nofollow || header.nofollow;
    const std::vector<std::string> links = nofollow ? std::vector<std::string>{} : followable_links(run, page);
    if (entry.depth < run.source->max_depth) {
      for (const auto& link : links) run.frontier->add(make_entry(link, UrlKind::page, entry.depth + 1));
    }
    if (noindex) {
      ++run.summary.noindex;
      remove_from(run, entry.url);
      return;
    }
    const std::string canonical = normalise_url(page.canonical);
    const std::string id = page_id(!canonical.empty() && within_allow(run, canonical) ? canonical : entry.url);
    if (!canonical.empty()) run.frontier->mark_seen(canonical);
    if (!in_shard(id, options_.shard)) {
      ++run.summary.other_shard;
      return;
    }
    const std::string hash = content_hash(page, links);
    const auto duplicate = run.hashes.find(hash);
    if (duplicate != run.hashes.end() && duplicate->second != id) {
      ++run.summary.duplicates;
      return;
    }
    run.hashes.emplace(hash, id);
    const UrlState fresh{id, response.etag, response.last_modified, hash, utc_now_iso8601()};
    const UrlState* stored = run.state.page(entry.url);
    if (stored != nullptr && stored->id == id && stored->hash == hash && drained().contains(id)) {
      ++run.summary.unchanged;
      keep_from(run, entry.url);
      if (stored->etag != fresh.etag || stored->last_modified != fresh.last_modified) update_values(id, fresh);
      return;
    }
    if (!index_page(run, entry, page, links, fresh)) return;
    index_json_ld(run, entry, page);
  }

  // New ETag and Last-Modified values of an unchanged page, written on the writer thread.
  void update_values(const std::string& id, const UrlState& state) {
    write([term = schema::id_term(id), state](IndexWriter& writer) {
      Xapian::WritableDatabase& db = writer.database();
      const auto it = db.postlist_begin(term);
      if (it == db.postlist_end(term)) return;
      Xapian::Document doc = db.get_document(*it);
      set_page_values(doc, state);
      writer.rewrite(*it, doc);
    });
  }

  json page_record(const SourceRun& run, const FrontierEntry& entry, const ExtractedPage& page,
                   const std::vector<std::string>& links, const std::string& id) const {
    json record = {{"type", "page"},
                   {"id", id},
                   {"url", id.find('#') == std::string::npos ? id : entry.url},
                   {"source", entry.url},
                   {kSourceIdField, run.source->id},
                   {kCrawledFromField, entry.url},
                   {"updated", utc_now_iso8601()},
                   {kLinksField, links}};
    add_page_text(record, page);
    if (!run.source->organisation.empty()) record["organisation"] = run.source->organisation;
    return record;
  }

  bool index_page(SourceRun& run, const FrontierEntry& entry, const ExtractedPage& page,
                  const std::vector<std::string>& links, const UrlState& fresh) {
    Record record;
    try {
      record = validate_page(page_record(run, entry, page, links, fresh.id));
    } catch (const InputError& error) {
      fail(run, "invalid_page", entry.url, error.what(), false);
      keep_from(run, entry.url);
      return false;
    }
    Xapian::Document doc = schema::make_document(record, run.owner ? &*run.owner : nullptr);
    set_page_values(doc, fresh);
    doc.add_boolean_term(schema::term(schema::kHostPrefix, url_host(entry.url)));
    // The document and what it alone decides of its concept terms are made here, beside
    // the fetching; the writer thread only finishes the concepts against the index (a
    // compound's rest is looked up there) and runs Xapian's writer.
    PendingConcepts concepts = concept_tagger_ ? concept_tagger_->prepare(doc) : PendingConcepts{};
    write([term = schema::id_term(record.id), doc = std::move(doc), concepts = std::move(concepts)](IndexWriter& writer) {
      writer.replace(term, doc, concepts);
    });
    ++run.summary.indexed;
    run.kept.insert(record.id);
    run.removed.erase(record.id);
    return true;
  }

  // Organisations and solutions from the page's JSON-LD; curated records of the same id win.
  void index_json_ld(SourceRun& run, const FrontierEntry& entry, const ExtractedPage& page) {
    if (page.json_ld.empty()) return;
    IndexWriter& writer = drained();  // the checks below read what earlier pages wrote
    std::vector<json> records = records_from_json_ld(page, entry.url, run.source->organisation);
    std::stable_partition(records.begin(), records.end(),
                          [](const json& record) { return record.value("type", "") == "organisation"; });
    for (json& data : records) {
      data[kSourceIdField] = run.source->id;
      data[kCrawledFromField] = entry.url;
      try {
        const Record record = validate_record(std::move(data));
        if (!in_shard(record.id, options_.shard)) {
          ++run.summary.other_shard;
          continue;
        }
        if (const auto existing = writer.get(record.id);
            existing && existing->value(kSourceIdField, "") != run.source->id) {
          continue;  // curated (or another source's) record of the same id
        }
        const std::string owner = record.text("organisation");
        if (record.type == RecordType::solution && !writer.contains(owner)) {
          fail(run, "json_ld_unknown_organisation", entry.url,
               "JSON-LD product \"" + record.id + "\" names unknown organisation \"" + owner + "\"", false);
          continue;
        }
        writer.put(record);
        ++run.summary.records;
        run.kept.insert(record.id);
        run.removed.erase(record.id);
      } catch (const InputError& error) {
        fail(run, "invalid_json_ld", entry.url, std::string("JSON-LD record: ") + error.what(), false);
      }
    }
  }

  // ---- sitemaps, feeds, catalogues ----

  std::optional<std::string> decompressed(SourceRun& run, const FrontierEntry& entry, const std::string& body) {
    if (!looks_gzipped(body)) return body;
    try {
      return gunzip_limited(body, kMaxDecompressedBytes);
    } catch (const ParseError& error) {
      fail(run, "bad_" + std::string(to_string(entry.kind)), entry.url, error.what(), true);
      return std::nullopt;
    }
  }

  void process_sitemap(SourceRun& run, const FrontierEntry& entry, const FetchResponse& response) {
    const auto body = decompressed(run, entry, response.body);
    if (!body) return;
    Sitemap sitemap;
    try {
      sitemap = parse_sitemap(*body);
    } catch (const ParseError& error) {
      fail(run, "bad_sitemap", entry.url, error.what(), true);
      return;
    }
    const UrlResolver resolver(entry.url);  // a sitemap lists up to 50,000 URLs
    for (const SitemapEntry& item : sitemap.entries) {
      const auto url = resolver.resolve(item.loc);
      if (!url) continue;
      if (sitemap.is_index) {
        const bool nearby = within_allow(run, *url) || url_origin(*url) == url_origin(entry.url);
        if (nearby && entry.depth < kMaxSitemapNesting) run.frontier->add(make_entry(*url, UrlKind::sitemap, entry.depth + 1));
      } else if (within_allow(run, *url)) {
        run.frontier->add(make_entry(*url, UrlKind::page, 0, 0, item.lastmod));
      }
    }
  }

  void process_feed(SourceRun& run, const FrontierEntry& entry, const FetchResponse& response) {
    const auto body = decompressed(run, entry, response.body);
    if (!body) return;
    std::vector<FeedItem> items;
    try {
      items = parse_feed(*body);
    } catch (const ParseError& error) {
      fail(run, "bad_feed", entry.url, error.what(), true);
      return;
    }
    const UrlResolver resolver(entry.url);
    for (const FeedItem& item : items) {
      const auto url = resolver.resolve(item.url);
      if (url && within_allow(run, *url)) run.frontier->add(make_entry(*url, UrlKind::page, 0));
    }
  }

  // Each JSON object line gets the crawl's bookkeeping fields; other lines pass unchanged
  // so that ingest reports them as they are.
  std::string annotate_records(const SourceRun& run, const std::string& url, const std::string& body) const {
    std::istringstream lines(body);
    std::ostringstream out;
    std::string line;
    while (std::getline(lines, line)) {
      // Lines ingest will refuse pass unchanged; too deep a line would overflow dump().
      if (line.size() <= RecordLimits::kMaxLineBytes && is_valid_utf8(line) &&
          json_nesting_depth(line) <= RecordLimits::kMaxNestingDepth) {
        json data = json::parse(line, nullptr, false);
        if (!data.is_discarded() && data.is_object()) {
          data[kSourceIdField] = run.source->id;
          data[kCrawledFromField] = url;
          line = data.dump();
        }
      }
      out << line << '\n';
    }
    return out.str();
  }

  void process_records(SourceRun& run, const FrontierEntry& entry, const FetchResponse& response) {
    const auto body = decompressed(run, entry, response.body);
    if (!body) return;
    const UrlState fresh{"", response.etag, response.last_modified, hex64(stable_hash(*body)), utc_now_iso8601()};
    IndexWriter& writer = drained();  // catalogues are ingested on this thread, after the queued writes
    const auto stored = read_url_state(writer.database(), run.source->id, entry.url);
    if (stored && stored->hash == fresh.hash) {
      ++run.summary.unchanged;
      keep_from(run, entry.url);
    } else {
      std::istringstream input(annotate_records(run, entry.url, *body));
      IngestReport report;
      ingest_stream(writer, input, entry.url, options_.shard, report);
      run.summary.records += report.added + report.replaced;
      run.summary.other_shard += report.skipped;
      for (const auto& error : report.errors) {
        ++run.summary.errors["bad_record"];
        log_line("crawl: " + run.source->id + ": " + error);
      }
      for (const auto& id : report.changed_ids) {
        run.kept.insert(id);
        run.removed.erase(id);
      }
    }
    write_url_state(writer.database(), run.source->id, entry.url, fresh);
  }

  // ---- bookkeeping ----

  [[nodiscard]] static bool within_allow(const SourceRun& run, const std::string& url) {
    return std::any_of(run.source->allow.begin(), run.source->allow.end(),
                       [&](const std::string& prefix) { return url.compare(0, prefix.size(), prefix) == 0; });
  }

  void keep_from(SourceRun& run, const std::string& url) {
    for (const auto& id : run.state.documents_from(url)) {
      if (run.removed.count(id) == 0) run.kept.insert(id);
    }
  }

  // Removes what `url` produced (a page gone, or now noindex), unless this crawl confirmed it elsewhere.
  void remove_from(SourceRun& run, const std::string& url) {
    for (const auto& id : run.state.documents_from(url)) {
      if (run.kept.count(id) > 0 || run.removed.count(id) > 0) continue;
      if (drained().remove(id)) ++run.summary.removed;
      run.removed.insert(id);
    }
  }

  void fail(SourceRun& run, const std::string& kind, const std::string& url, const std::string& message,
            bool transient) {
    ++run.summary.errors[kind];
    if (transient) run.incomplete = true;
    log_line("crawl: " + run.source->id + ": " + url + ": " + kind + ": " + message);
  }

  void log_line(const std::string& line) {
    if (options_.progress_tty) log_ << "\r\033[K";
    log_ << line << "\n";
    if (options_.progress_tty) last_progress_ = Clock::time_point{};  // redraw the progress line
  }

  void progress() {
    const auto now = Clock::now();
    if (now - last_progress_ < (options_.progress_tty ? kProgressTty : kProgressLog)) return;
    last_progress_ = now;
    std::size_t queued = fetcher_.pending();
    std::size_t errors = 0;
    std::size_t fetched = robots_fetched_;
    for (const SourceRun& run : runs_) {
      queued += run.frontier->size();
      errors += run.summary.error_count();
      fetched += run.summary.fetched;
    }
    const double seconds = std::chrono::duration<double>(now - start_).count();
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.1f", seconds > 0 ? static_cast<double>(pages_fetched_) / seconds : 0.0);
    const std::string line = "crawl: fetched " + std::to_string(fetched) + " (" + std::to_string(pages_fetched_) +
                             " pages), queued " + std::to_string(queued) + ", errors " + std::to_string(errors) +
                             ", " + rate + " pages/s";
    if (options_.progress_tty) {
      log_ << "\r\033[K" << line << std::flush;
    } else {
      log_ << line << "\n";
    }
  }

  IndexWriter& writer_;
  const SourcesFile& file_;
  const CrawlOptions& options_;
  std::ostream& log_;
  std::string user_agent_;
  std::string robots_token_;
  Fetcher fetcher_;
  std::shared_ptr<const ConceptTagger> concept_tagger_;  // this thread's; null without a thesaurus
  std::unique_ptr<WriteQueue> writes_;  // while the crawl runs, the only user of writer_ (see drained())
  std::vector<SourceRun> runs_;
  std::map<std::string, OriginState> origins_;
  std::unordered_map<std::uint64_t, Pending> pending_;
  std::uint64_t next_tag_ = 1;
  std::size_t pages_fetched_ = 0;
  std::size_t robots_fetched_ = 0;
  Clock::time_point start_;
  Clock::time_point last_progress_;
};

int digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long long>(era) * 146097 + doe - 719468;
}

}  // namespace

std::optional<long long> parse_w3c_datetime(std::string_view text) {
  const std::string value = trim(text);
  const std::string_view t = value;
  const int year = digits(t, 0, 4);
  if (year < 0) return std::nullopt;
  int month = 1;
  int day = 1;
  if (t.size() >= 7) {
    if (t[4] != '-' || (month = digits(t, 5, 2)) < 1 || month > 12) return std::nullopt;
  }
  if (t.size() >= 10) {
    if (t[7] != '-' || (day = digits(t, 8, 2)) < 1 || day > 31) return std::nullopt;
  }
  long long seconds = days_from_civil(year, month, day) * 86400;
  if (t.size() <= 10) return (t.size() == 4 || t.size() == 7 || t.size() == 10) ? std::optional(seconds) : std::nullopt;
  if (t[10] != 'T' && t[10] != ' ') return std::nullopt;
  const int hour = digits(t, 11, 2);
  const int minute = digits(t, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || t.size() < 16 || t[13] != ':') return std::nullopt;
  seconds += hour * 3600 + minute * 60;
  std::size_t pos = 16;
  if (pos < t.size() && t[pos] == ':') {
    const int second = digits(t, pos + 1, 2);
    if (second < 0 || second > 60) return std::nullopt;
    seconds += second;
    pos += 3;
    if (pos < t.size() && t[pos] == '.') {
      ++pos;
      while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
    }
  }
  if (pos == t.size()) return seconds;  // no zone: taken as UTC
  if (t[pos] == 'Z' && pos + 1 == t.size()) return seconds;
  if ((t[pos] == '+' || t[pos] == '-') && pos + 6 == t.size() && t[pos + 3] == ':') {
    const int zone_hours = digits(t, pos + 1, 2);
    const int zone_minutes = digits(t, pos + 4, 2);
    if (zone_hours < 0 || zone_minutes < 0) return std::nullopt;
    const long long offset = zone_hours * 3600 + zone_minutes * 60;
    return t[pos] == '+' ? seconds - offset : seconds + offset;
  }
  return std::nullopt;
}

CrawlSummary run_crawl(IndexWriter& writer, const SourcesFile& file, const CrawlOptions& options,
                       std::ostream& log) {
  Crawler crawler(writer, file, options, log);
  return crawler.run();
}

}  // namespace radar::crawl
