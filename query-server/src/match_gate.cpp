#include "match_gate.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace radar::server {

MatchGate::MatchGate(unsigned slots, std::function<void()> on_idle) : slots_(slots), on_idle_(std::move(on_idle)) {
  if (slots_ == 0) throw std::invalid_argument("MatchGate needs at least one slot");
  for (unsigned slot = slots_; slot > 0; --slot) free_slots_.push_back(slot - 1);  // slot 0 first
}

MatchGate::Pass::Pass(MatchGate& gate) : gate_(gate), slot_(gate_.acquire()) {}

MatchGate::Pass::~Pass() { gate_.release(slot_); }

// Waiters are served in the order they came (a ticket each): a condition variable
// alone wakes an arbitrary waiter, and under load some requests waited for many
// matches that came after them.
unsigned MatchGate::acquire() {
  std::unique_lock lock(mutex_);
  const unsigned long long ticket = next_ticket_++;
  ++waiting_;
  freed_.wait(lock, [&] { return ticket == now_serving_ && !free_slots_.empty(); });
  ++now_serving_;
  --waiting_;
  ++running_;
  peak_ = std::max(peak_, running_);
  const unsigned slot = free_slots_.back();
  free_slots_.pop_back();
  const bool next_may_enter = waiting_ > 0 && !free_slots_.empty();
  lock.unlock();
  if (next_may_enter) freed_.notify_all();
  return slot;
}

void MatchGate::release(unsigned slot) {
  bool idle = false;
  {
    const std::lock_guard lock(mutex_);
    free_slots_.push_back(slot);
    --running_;
    idle = running_ == 0 && waiting_ == 0;
  }
  freed_.notify_all();  // the next ticket's waiter, whichever thread it is
  if (idle && on_idle_) on_idle_();
}

std::size_t MatchGate::running() const {
  const std::lock_guard lock(mutex_);
  return running_;
}

std::size_t MatchGate::waiting() const {
  const std::lock_guard lock(mutex_);
  return waiting_;
}

std::size_t MatchGate::peak() const {
  const std::lock_guard lock(mutex_);
  return peak_;
}

}  // namespace radar::server
