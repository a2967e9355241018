// MatchGate: at most `slots` bodies at once, the others wait their turn, and the idle
// hook runs when the last one ends.
#include <atomic>
#include <chrono>
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
          const int result = gate.run([&] {
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
  CHECK_THROWS_AS(gate.run([]() -> int { throw std::runtime_error("no"); }), std::runtime_error);
  CHECK(gate.running() == 0);
  CHECK(gate.run([] { return 7; }) == 7);
  CHECK_THROWS_AS(MatchGate(0), std::invalid_argument);
}
