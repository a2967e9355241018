// MatchGate: at most `slots` bodies at once, the others wait their turn, and the idle
// hook runs when the last one ends; each running body holds a slot of its own.
#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "match_gate.h"

using radar::server::MatchGate;

TEST_CASE("the gate runs at most its slots at once and every body in the end", "[gate]") {
  for (const unsigned slots : {1U, 2U, 3U}) {
    CAPTURE(slots);
    std::atomic<int> idle_calls{0};
    MatchGate gate(slots, [&] { ++idle_calls; });
    std::atomic<int> inside{0};
    std::atomic<int> most{0};
    std::atomic<int> done{0};
    constexpr int kThreads = 8;
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 5; ++i) {
          const int result = gate.run([&](unsigned /*slot*/) {
            const int now = ++inside;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            --inside;
            return 1;
          });
          done += result;
        }
      });
    }
    for (auto& thread : threads) thread.join();
    CHECK(done == kThreads * 5);
    CHECK(most <= static_cast<int>(slots));
    CHECK(gate.peak() <= slots);
    CHECK(gate.peak() >= 1);
    CHECK(gate.running() == 0);
    CHECK(gate.waiting() == 0);
    CHECK(idle_calls >= 1);  // at least when the last body ended
  }
}

TEST_CASE("a body that throws gives its slot back", "[gate]") {
  MatchGate gate(1);
  CHECK_THROWS_AS(gate.run([](unsigned) -> int { throw std::runtime_error("no"); }), std::runtime_error);
  CHECK(gate.running() == 0);
  CHECK(gate.run([](unsigned slot) { return slot; }) == 0);  // the slot it gave back
  CHECK_THROWS_AS(MatchGate(0), std::invalid_argument);
}

TEST_CASE("each running body holds a slot no other running body holds, and the slot freed last is taken first", "[gate]") {
  // Six threads on three slots, each body holding its slot a little while.
  constexpr unsigned kSlots = 3;
  MatchGate gate(kSlots);
  std::array<std::atomic<bool>, kSlots> held{};
  std::atomic<int> clashes{0};
  std::atomic<int> out_of_range{0};
  constexpr int kThreads = 6;
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        gate.run([&](unsigned slot) {
          if (slot >= kSlots) {
            ++out_of_range;
            return 0;
          }
          if (held.at(slot).exchange(true)) ++clashes;
          std::this_thread::sleep_for(std::chrono::microseconds(300));
          held.at(slot) = false;
          return 0;
        });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(out_of_range == 0);
  CHECK(clashes == 0);
  CHECK(gate.peak() >= 2);  // the slots were shared out, not taken in turn
  // One at a time: always the same, warm slot.
  const unsigned first = gate.run([](unsigned slot) { return slot; });
  for (int i = 0; i < 5; ++i) CHECK(gate.run([](unsigned slot) { return slot; }) == first);
  const unsigned inner = gate.run([&](unsigned outer) {
    CHECK(outer == first);
    return gate.run([](unsigned slot) { return slot; });
  });
  CHECK(inner != first);
  CHECK(inner < kSlots);
  CHECK(gate.run([](unsigned slot) { return slot; }) == first);  // freed after the inner one
}

TEST_CASE("waiting bodies enter in the order they came", "[gate]") {
  MatchGate gate(1);
  std::mutex order_mutex;
  std::vector<int> order;
  std::atomic<bool> release{false};
  // Waits (at most 5 s) until `condition` holds.
  const auto wait_until = [](const auto& condition) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!condition() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return condition();
  };
  std::thread holder([&] {
    gate.run([&](unsigned) {
      wait_until([&] { return release.load(); });
      return 0;
    });
  });
  REQUIRE(wait_until([&] { return gate.running() == 1; }));
  constexpr int kWaiters = 5;
  std::vector<std::thread> waiters;
  waiters.reserve(kWaiters);
  for (int i = 0; i < kWaiters; ++i) {
    waiters.emplace_back([&, i] {
      gate.run([&](unsigned) {
        const std::lock_guard lock(order_mutex);
        order.push_back(i);
        return 0;
      });
    });
    // The next comes only once this one waits, so the order they came is 0, 1, 2, ...
    REQUIRE(wait_until([&] { return gate.waiting() == static_cast<std::size_t>(i + 1); }));
  }
  release = true;
  holder.join();
  for (auto& waiter : waiters) waiter.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(gate.waiting() == 0);
}
