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

// Waiters are served in the order they came, and a freed slot is handed to the first
// of them directly, waking that thread alone: a shared condition variable woke an
// arbitrary waiter (notify_one), so under load some requests waited behind many that
// came after them, or every waiter (notify_all), whose wake-ups preempted the running
// matches (bench/profiles.md, "Server, a matcher per match slot").
unsigned MatchGate::acquire() {
  std::unique_lock lock(mutex_);
  unsigned slot = 0;
  if (queue_.empty() && !free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    Waiter waiter;
    queue_.push_back(&waiter);
    waiter.handed.wait(lock, [&] { return waiter.slot.has_value(); });
    slot = *waiter.slot;  // handed over by release(), never back among the free ones
  }
  peak_ = std::max(peak_, running_locked());
  return slot;
}

void MatchGate::release(unsigned slot) {
  bool idle = false;
  {
    const std::lock_guard lock(mutex_);
    if (queue_.empty()) {
      free_slots_.push_back(slot);
      idle = running_locked() == 0;
    } else {
      Waiter* next = queue_.front();
      queue_.pop_front();
      next->slot = slot;
      next->handed.notify_one();  // under the lock: `next` lives until its thread sees the slot
    }
  }
  if (idle && on_idle_) on_idle_();
}

std::size_t MatchGate::running() const {
  const std::lock_guard lock(mutex_);
  return running_locked();
}

std::size_t MatchGate::waiting() const {
  const std::lock_guard lock(mutex_);
  return queue_.size();
}

std::size_t MatchGate::peak() const {
  const std::lock_guard lock(mutex_);
  return peak_;
}

}  // namespace radar::server
