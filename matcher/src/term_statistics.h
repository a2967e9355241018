// Term frequencies of the index, remembered for the revision being read.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace radar::match {

// Every term of one revision of the index but the record ids, sorted, with its frequency
// (summed over the shards, as Database::get_termfreq and the all-terms walk give it).
// A need's analysis asks the index about a thousand terms on a market of 100,000
// records (compound parts, the thesaurus's phrasings, corrections); each is a walk down
// Xapian's B-tree and, on this machine, a pread of a few microseconds; in memory it is a
// hash look-up (bench/profiles.md, "Match, seventeenth round" and "eighteenth round"), and
// a prefix scan a binary search. Immutable: the matchers of a process share one
// (shared_vocabulary).
class Vocabulary {
 public:
  // The terms of `db`; null when they would take more than `max_bytes`.
  static std::shared_ptr<const Vocabulary> read(const Xapian::Database& db, std::size_t max_bytes);

  // Whether the vocabulary answers for `term`: not for a record id (schema::kIdPrefix),
  // as many as the records and asked about one at a time.
  static bool holds(std::string_view term) { return !term.empty() && term.front() != 'Q'; }

  // The documents that hold `term` (held), 0 when none does.
  [[nodiscard]] Xapian::doccount frequency(std::string_view term) const;

  // Calls visit(term, frequency) for each term that begins with `prefix`, in byte order
  // as Database::allterms_begin(prefix) gives them, until visit returns false.
  template <typename Visit>
  void for_each_with_prefix(std::string_view prefix, Visit visit) const {
    for (std::size_t i = lower_bound(prefix); i < size(); ++i) {
      const std::string_view term = at(i);
      if (term.substr(0, prefix.size()) != prefix || !visit(term, frequencies_[i])) return;
    }
  }

  [[nodiscard]] std::size_t size() const { return frequencies_.size(); }
  [[nodiscard]] std::size_t bytes() const;

 private:
  [[nodiscard]] std::string_view at(std::size_t i) const {
    return std::string_view(text_).substr(starts_[i], starts_[i + 1] - starts_[i]);
  }
  [[nodiscard]] std::size_t lower_bound(std::string_view term) const;
  // Builds slots_ once every term was read.
  void index_terms();
  // The last term added while reading.
  [[nodiscard]] std::string_view at_end() const { return std::string_view(text_).substr(starts_.back()); }

  std::string text_;                   // the terms, one after the other
  std::vector<std::uint32_t> starts_;  // term i is text_[starts_[i], starts_[i + 1])
  std::vector<Xapian::doccount> frequencies_;
  // Open addressing with linear probing, at most two thirds full: each slot is empty (0) or
  // holds a term's hash in its upper half and its index + 1 in its lower one, so a
  // probe compares a term's text only when the hashes' upper halves agree.
  std::vector<std::uint64_t> slots_;
};

// The vocabulary of `revision` (of each shard) of `databases` (their specs), read from `db`
// by the first matcher that asks and shared with the others while any of them holds it;
// null when it is too large to hold (then the index answers). Databases found too large
// once are not read again: an index grows, and each read that gives up costs a walk.
std::shared_ptr<const Vocabulary> shared_vocabulary(const std::string& databases, const std::string& revision,
                                                    const Xapian::Database& db);

// A need's analysis asks the index about the same terms match after match (its words'
// forms, the thesaurus's phrasings, compound parts, the product vocabulary), and each
// answer is a B-tree lookup in every shard. Xapian's own term_exists is "in some
// shard", i.e. a summed term frequency above 0 (glass keeps no entry for a term
// without documents; a remote shard answers from its own glass database), so one
// remembered frequency answers both questions. With a Vocabulary of the revision
// (use_vocabulary), it answers instead, for every term it holds.
// A long-running server meets arbitrary words: past `capacity` terms it forgets them
// all and starts over. Not thread-safe; clear() after the database was reopened.
class TermStatistics {
 public:
  static constexpr std::size_t kDefaultCapacity = 50000;  // about 5 MB

  explicit TermStatistics(const Xapian::Database& db, std::size_t capacity = kDefaultCapacity)
      : db_(db), capacity_(capacity) {}

  // Documents that hold `term`, summed over the shards (Database::get_termfreq).
  Xapian::doccount frequency(const std::string& term) const;
  // Whether some document holds `term` (Database::term_exists).
  bool exists(const std::string& term) const { return frequency(term) > 0; }
  // The same, read from the index when not remembered, without remembering it: for
  // look-ups whose answers are kept elsewhere (a compound's parts, per word).
  Xapian::doccount frequency_once(const std::string& term) const;
  bool exists_once(const std::string& term) const { return frequency_once(term) > 0; }

  // Calls visit(term, frequency) for the index's terms that begin with `prefix`, in byte
  // order, until visit returns false or `limit` terms were visited; `term` (a string_view)
  // lasts only for the call.
  template <typename Visit>
  void for_each_with_prefix(const std::string& prefix, std::size_t limit, Visit visit) const {
    std::size_t visited = 0;
    if (vocabulary_ && Vocabulary::holds(prefix)) {
      vocabulary_->for_each_with_prefix(prefix, [&](std::string_view term, Xapian::doccount frequency) {
        return visited++ < limit && visit(term, frequency);
      });
      return;
    }
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix) && visited++ < limit; ++it) {
      if (!visit(std::string_view(*it), it.get_termfreq())) return;
    }
  }

  // Answers from `vocabulary` (of the revision being read) from now on; null: from the index.
  void use_vocabulary(std::shared_ptr<const Vocabulary> vocabulary) { vocabulary_ = std::move(vocabulary); }
  [[nodiscard]] bool has_vocabulary() const { return vocabulary_ != nullptr; }

  // Forgets the remembered frequencies and the vocabulary.
  void clear() {
    frequencies_.clear();
    vocabulary_.reset();
  }
  [[nodiscard]] std::size_t size() const { return frequencies_.size(); }

 private:
  const Xapian::Database& db_;
  std::size_t capacity_;
  std::shared_ptr<const Vocabulary> vocabulary_;
  mutable std::unordered_map<std::string, Xapian::doccount> frequencies_;
};

}  // namespace radar::match
