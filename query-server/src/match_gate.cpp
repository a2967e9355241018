#include "match_gate.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace radar::server {

MatchGate::MatchGate(unsigned slots, std::function<void()> on_idle) : slots_(slots), on_idle_(std::move(on_idle)) {
  if (slots_ == 0) throw std::invalid_argument("MatchGate needs at least one slot");
}

MatchGate::Pass::Pass(MatchGate& gate) : gate_(gate) { gate_.acquire(); }

MatchGate::Pass::~Pass() { gate_.release(); }

void MatchGate::acquire() {
  std::unique_lock lock(mutex_);
  ++waiting_;
  freed_.wait(lock, [&] { return running_ < slots_; });
  --waiting_;
  ++running_;
  peak_ = std::max(peak_, running_);
}

void MatchGate::release() {
  bool idle = false;
  {
    const std::lock_guard lock(mutex_);
    --running_;
    idle = running_ == 0 && waiting_ == 0;
  }
  freed_.notify_one();
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
