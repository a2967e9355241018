#include "crawl/frontier.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "radar/error.h"
#include "radar/ingest.h"

namespace radar::crawl {

std::string_view to_string(UrlKind kind) {
  switch (kind) {
    case UrlKind::page: return "page";
    case UrlKind::sitemap: return "sitemap";
    case UrlKind::feed: return "feed";
    case UrlKind::records: return "records";
  }
  return "page";
}

Frontier::Frontier(std::string spill_path, std::size_t memory_limit)
    : spill_path_(std::move(spill_path)), memory_limit_(std::max<std::size_t>(memory_limit, 2)) {}

Frontier::~Frontier() {
  spill_out_.close();
  spill_in_.close();
  if (spilled_total_ > 0) std::remove(spill_path_.c_str());
}

bool Frontier::mark_seen(std::string_view url) { return seen_.insert(stable_hash(url)).second; }

bool Frontier::seen(std::string_view url) const { return seen_.count(stable_hash(url)) > 0; }

bool Frontier::add(FrontierEntry entry) {
  if (!mark_seen(entry.url)) return false;
  if (entry.kind != UrlKind::page) {
    control_.push_back(std::move(entry));
  } else if (spilled_ > 0 || pages_.size() >= memory_limit_) {
    spill(entry);
  } else {
    pages_.push_back(std::move(entry));
  }
  return true;
}

// Spill file lines: depth TAB hops TAB lastmod TAB url (normalised URLs hold no tabs).
void Frontier::spill(const FrontierEntry& entry) {
  if (!spill_out_.is_open()) {
    spill_out_.open(spill_path_, std::ios::binary | std::ios::trunc);
    spill_in_.open(spill_path_, std::ios::binary);
    if (!spill_out_ || !spill_in_) throw Error("cannot write the crawl frontier file " + spill_path_);
  }
  spill_out_ << entry.depth << '\t' << entry.hops << '\t' << entry.lastmod << '\t' << entry.url << '\n';
  if (!spill_out_) throw Error("cannot write the crawl frontier file " + spill_path_ + " (disk full?)");
  ++spilled_;
  ++spilled_total_;
}

// Moves up to half the memory limit of spilled entries back into memory.
void Frontier::refill() {
  spill_out_.flush();
  spill_in_.clear();
  std::string line;
  const std::size_t batch = memory_limit_ / 2;
  while (spilled_ > 0 && pages_.size() < batch && std::getline(spill_in_, line)) {
    std::istringstream fields(line);
    FrontierEntry entry;
    std::string depth;
    std::string hops;
    std::getline(fields, depth, '\t');
    std::getline(fields, hops, '\t');
    std::getline(fields, entry.lastmod, '\t');
    std::getline(fields, entry.url);
    entry.depth = std::atoi(depth.c_str());
    entry.hops = std::atoi(hops.c_str());
    pages_.push_back(std::move(entry));
    --spilled_;
  }
  if (spilled_ > 0 && pages_.empty()) throw Error("the crawl frontier file " + spill_path_ + " was cut short");
  if (spilled_ == 0) {  // drained: start the next spill from an empty file
    spill_out_.close();
    spill_in_.close();
  }
}

bool Frontier::next_is_page() const { return control_.empty() && (!pages_.empty() || spilled_ > 0); }

std::optional<FrontierEntry> Frontier::next() {
  if (!control_.empty()) {
    FrontierEntry entry = std::move(control_.front());
    control_.pop_front();
    return entry;
  }
  if (pages_.empty() && spilled_ > 0) refill();
  if (pages_.empty()) return std::nullopt;
  FrontierEntry entry = std::move(pages_.front());
  pages_.pop_front();
  return entry;
}

}  // namespace radar::crawl
