#include "term_statistics.h"

namespace radar::match {

Xapian::doccount TermStatistics::frequency(const std::string& term) const {
  const auto found = frequencies_.find(term);
  if (found != frequencies_.end()) return found->second;
  const Xapian::doccount frequency = db_.get_termfreq(term);  // may throw: nothing is remembered then
  if (frequencies_.size() >= capacity_) frequencies_.clear();
  frequencies_.emplace(term, frequency);
  return frequency;
}

Xapian::doccount TermStatistics::frequency_once(const std::string& term) const {
  const auto found = frequencies_.find(term);
  return found != frequencies_.end() ? found->second : db_.get_termfreq(term);
}

}  // namespace radar::match
