// The URLs one crawl source still has to fetch, breadth first, each URL once.
// Sitemaps, feeds and catalogues go before pages. Memory stays flat: past
// `memory_limit` queued pages the rest wait in a spill file, read back in order.
#pragma once

#include <cstdint>
#include <deque>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace radar::crawl {

enum class UrlKind : std::uint8_t { page, sitemap, feed, records };

std::string_view to_string(UrlKind kind);

struct FrontierEntry {
  std::string url;      // normalised absolute URL
  UrlKind kind = UrlKind::page;
  int depth = 0;        // link distance from an entry point (seed, sitemap, feed)
  int hops = 0;         // redirects followed to reach this URL
  std::string lastmod;  // a sitemap's <lastmod> for the page, or ""
};

class Frontier {
 public:
  // `spill_path` is created only if more than `memory_limit` pages wait, and removed
  // by the destructor. Throws Error if the spill file cannot be written when needed.
  explicit Frontier(std::string spill_path, std::size_t memory_limit = 100000);
  ~Frontier();
  Frontier(const Frontier&) = delete;
  Frontier& operator=(const Frontier&) = delete;

  // Queues the entry unless its URL was seen before; returns whether it was queued.
  bool add(FrontierEntry entry);
  // Marks a URL seen without queueing it (e.g. a canonical URL already indexed);
  // returns false if it was seen already.
  bool mark_seen(std::string_view url);
  [[nodiscard]] bool seen(std::string_view url) const;
  // The next entry: control entries (non-pages) first, then pages in FIFO order.
  std::optional<FrontierEntry> next();
  // Whether the next entry would be a page (false when empty).
  [[nodiscard]] bool next_is_page() const;
  [[nodiscard]] std::size_t size() const { return control_.size() + pages_.size() + spilled_; }
  [[nodiscard]] bool empty() const { return size() == 0; }
  // Pages written to the spill file over the frontier's life.
  [[nodiscard]] std::size_t spilled_total() const { return spilled_total_; }

 private:
  void spill(const FrontierEntry& entry);
  void refill();

  std::string spill_path_;
  std::size_t memory_limit_;
  std::unordered_set<std::uint64_t> seen_;
  std::deque<FrontierEntry> control_;
  std::deque<FrontierEntry> pages_;
  std::ofstream spill_out_;
  std::ifstream spill_in_;
  std::size_t spilled_ = 0;  // entries in the spill file not read back yet
  std::size_t spilled_total_ = 0;
};

}  // namespace radar::crawl
