#include "term_statistics.h"

#include <bit>
#include <functional>
#include <map>
#include <mutex>
#include <set>

namespace radar::match {

namespace {

constexpr std::uint64_t kIndexBits = 0xffffffffU;

std::uint64_t hash_of(std::string_view term) { return std::hash<std::string_view>{}(term) & ~kIndexBits; }

// The hash table's slots for `terms` terms: a power of two, at most two thirds full.
std::size_t slot_count_for(std::size_t terms) { return std::bit_ceil((3 * terms + 1) / 2); }

}  // namespace

std::shared_ptr<const Vocabulary> Vocabulary::read(const Xapian::Database& db, std::size_t max_bytes) {
  auto vocabulary = std::make_shared<Vocabulary>();
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    std::string held = *it;
    if (!holds(held)) {
      it.skip_to("R");  // past the record ids
      if (it == db.allterms_end()) break;
      held = *it;
    }
    // Binary search needs the walk's byte order; a walk that met blocks a writer reused
    // is no revision at all (Xapian normally says so itself).
    if (!vocabulary->starts_.empty() && held <= vocabulary->at_end()) {
      throw Xapian::DatabaseModifiedError("the index changed while its vocabulary was read");
    }
    vocabulary->starts_.push_back(static_cast<std::uint32_t>(vocabulary->text_.size()));
    vocabulary->text_ += held;
    vocabulary->frequencies_.push_back(it.get_termfreq());
    // With the hash table it will need: a read that cannot fit gives up as early as it can.
    if (vocabulary->bytes() + slot_count_for(vocabulary->size()) * sizeof(std::uint64_t) > max_bytes) return nullptr;
  }
  vocabulary->starts_.push_back(static_cast<std::uint32_t>(vocabulary->text_.size()));
  vocabulary->text_.shrink_to_fit();
  vocabulary->starts_.shrink_to_fit();
  vocabulary->frequencies_.shrink_to_fit();
  vocabulary->index_terms();
  return vocabulary->bytes() > max_bytes ? nullptr : vocabulary;
}

void Vocabulary::index_terms() {
  slots_.assign(slot_count_for(size()), 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = 0; i < size(); ++i) {
    const std::uint64_t hash = hash_of(at(i));
    std::size_t slot = (hash >> 32U) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = hash | (i + 1);
  }
}

std::size_t Vocabulary::bytes() const {
  return text_.capacity() + starts_.capacity() * sizeof(std::uint32_t) +
         frequencies_.capacity() * sizeof(Xapian::doccount) + slots_.capacity() * sizeof(std::uint64_t);
}

std::size_t Vocabulary::lower_bound(std::string_view term) const {
  std::size_t low = 0, high = size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (at(middle) < term) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

Xapian::doccount Vocabulary::frequency(std::string_view term) const {
  if (slots_.empty()) return 0;
  const std::uint64_t hash = hash_of(term);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = (hash >> 32U) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint64_t entry = slots_[slot];
    if ((entry & ~kIndexBits) != hash) continue;
    const std::size_t i = (entry & kIndexBits) - 1;
    if (at(i) == term) return frequencies_[i];
  }
  return 0;
}

std::shared_ptr<const Vocabulary> shared_vocabulary(const std::string& databases, const std::string& revision,
                                                    const Xapian::Database& db) {
  // A vocabulary pays where the analysis's look-ups are a large share of a match: at
  // 100,000 records (5.9 MB) the slowest matches took a fifth less time, at 1,000,000
  // (41 MB, read in 0.7 s) the match's own posting lists dwarf them and it measured no
  // faster (bench/profiles.md, seventeenth round); so a larger one is left to the index.
  constexpr std::size_t kMaxVocabularyBytes = 32U << 20U;
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const Vocabulary>> read;
  static std::set<std::string> too_large;  // databases whose vocabulary was
  const std::lock_guard<std::mutex> lock(mutex);
  if (too_large.count(databases) != 0) return nullptr;
  const std::string key = databases + '\n' + revision;
  if (auto existing = read[key].lock()) return existing;
  // Read under the lock: matchers that ask together wait for one read, not make several.
  auto vocabulary = Vocabulary::read(db, kMaxVocabularyBytes);
  if (!vocabulary) too_large.insert(databases);
  read[key] = vocabulary;
  for (auto it = read.begin(); it != read.end();) {
    it = it->second.expired() ? read.erase(it) : std::next(it);
  }
  return vocabulary;
}

Xapian::doccount TermStatistics::frequency(const std::string& term) const {
  if (vocabulary_ && Vocabulary::holds(term)) return vocabulary_->frequency(term);
  const auto found = frequencies_.find(term);
  if (found != frequencies_.end()) return found->second;
  const Xapian::doccount frequency = db_.get_termfreq(term);  // may throw: nothing is remembered then
  if (frequencies_.size() >= capacity_) frequencies_.clear();
  frequencies_.emplace(term, frequency);
  return frequency;
}

Xapian::doccount TermStatistics::frequency_once(const std::string& term) const {
  if (vocabulary_ && Vocabulary::holds(term)) return vocabulary_->frequency(term);
  const auto found = frequencies_.find(term);
  return found != frequencies_.end() ? found->second : db_.get_termfreq(term);
}

}  // namespace radar::match
