// Term frequencies of the index, remembered for the revision being read.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include <xapian.h>

namespace radar::match {

// A need's analysis asks the index about the same terms match after match (its words'
// forms, the thesaurus's phrasings, compound parts, the product vocabulary), and each
// answer is a B-tree lookup in every shard. Xapian's own term_exists is "in some
// shard", i.e. a summed term frequency above 0 (glass keeps no entry for a term
// without documents; a remote shard answers from its own glass database), so one
// remembered frequency answers both questions.
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

  void clear() { frequencies_.clear(); }
  [[nodiscard]] std::size_t size() const { return frequencies_.size(); }

 private:
  const Xapian::Database& db_;
  std::size_t capacity_;
  mutable std::unordered_map<std::string, Xapian::doccount> frequencies_;
};

}  // namespace radar::match
