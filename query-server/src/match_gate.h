// How many matches run at once, whatever the number of worker threads. A match keeps
// one core busy for its whole time and holds its working set (posting lists, the
// candidates' term lists and records: about 20 MB at 1,000,000 documents) until it
// ends, so more matches at once than cores add memory and latency, not throughput.
// The cheap routes (/healthz, /metrics, records, static files) do not pass the gate,
// so they are answered while every slot is busy. Each pass holds one numbered slot
// (0 to slots() - 1) that no other running pass holds, so a slot can own what only one
// match may use at a time (the server's matcher per slot); the slot freed last is taken
// first, so with few matches at once the same slots stay warm. Waiting matches enter in
// the order they came. Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace radar::server {

class MatchGate {
 public:
  // `slots` >= 1 matches at once; `on_idle`, if set, runs (outside the lock) each time
  // the last running match ends with none waiting.
  explicit MatchGate(unsigned slots, std::function<void()> on_idle = {});
  MatchGate(const MatchGate&) = delete;
  MatchGate& operator=(const MatchGate&) = delete;

  // A slot held for the lifetime of the pass.
  class Pass {
   public:
    explicit Pass(MatchGate& gate);
    ~Pass();
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;

    [[nodiscard]] unsigned slot() const { return slot_; }

   private:
    MatchGate& gate_;
    unsigned slot_;
  };

  // Runs `body(slot)` holding a slot (waits for a free one first).
  template <typename Body>
  auto run(Body&& body) {
    const Pass pass(*this);
    return body(pass.slot());
  }

  [[nodiscard]] unsigned slots() const { return slots_; }
  [[nodiscard]] std::size_t running() const;
  [[nodiscard]] std::size_t waiting() const;
  // The most matches that ever ran at once (never above slots()).
  [[nodiscard]] std::size_t peak() const;

 private:
  unsigned acquire();
  void release(unsigned slot);
  // The slots held: a slot handed from one pass to the next never comes free between.
  [[nodiscard]] std::size_t running_locked() const { return slots_ - free_slots_.size(); }

  // A match waiting for a slot; release() hands it one.
  struct Waiter {
    std::condition_variable handed;
    std::optional<unsigned> slot;
  };

  const unsigned slots_;
  const std::function<void()> on_idle_;
  mutable std::mutex mutex_;
  std::vector<unsigned> free_slots_;  // the next taken at the back
  std::deque<Waiter*> queue_;         // in the order they came
  std::size_t peak_ = 0;
};

}  // namespace radar::server
