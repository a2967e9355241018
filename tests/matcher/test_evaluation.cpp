#include <catch2/catch.hpp>
#include <sstream>

#include "radar/error.h"
#include "radar/evaluation.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;

TEST_CASE("nDCG and recall follow their textbook definitions", "[evaluation]") {
  const std::map<std::string, int> relevant{{"a", 3}, {"b", 1}};
  CHECK(ndcg_at({"a", "b"}, relevant, 10) == Approx(1.0));
  CHECK(ndcg_at({"b", "a"}, relevant, 10) < 1.0);
  CHECK(ndcg_at({"x", "y"}, relevant, 10) == Approx(0.0));
  // DCG of [b, a] = 1/log2(2) + 7/log2(3); ideal = 7 + 1/log2(3).
  CHECK(ndcg_at({"b", "a"}, relevant, 10) == Approx((1 + 7 / std::log2(3)) / (7 + 1 / std::log2(3))));
  CHECK(recall_at({"a", "x"}, relevant, 20) == Approx(0.5));
  CHECK(recall_at({"x", "a"}, relevant, 1) == Approx(0.0));
}

TEST_CASE("radar-eval reports metrics, baseline and a confusion matrix", "[evaluation]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE_NOTHROW(build_fixture_index(db));
  const auto report = evaluate({db}, read_judgments({source_path("tests/fixtures/eval/judgments.jsonl")}));
  CHECK(report.needs == 4);
  CHECK(report.solutions.ndcg_at_10 > 0.5);
  CHECK(report.confusion.at("clarify").at("clarify") == 1);
  std::ostringstream printed;
  print_report(report, printed, true);
  CHECK_THAT(printed.str(), Catch::Contains("BM25 baseline"));
  CHECK_THAT(printed.str(), Catch::Contains("decision accuracy"));
}

TEST_CASE("malformed judgments are reported by file and line", "[evaluation]") {
  TempDir dir;
  const std::string path = dir.write("bad.jsonl", "{\"need\": \"x\", \"relevant\": {}, \"decision\": \"maybe\"}\n");
  CHECK_THROWS_WITH(read_judgments({path}), Catch::Contains(path + ":1: decision must be one of"));
}

TEST_CASE("a screening check passes on its decision and, for a buy or a dialogue, its products", "[evaluation]") {
  ScreeningCheck buy{"b", "need", "buy", {"sol-a", "sol-b"}, "f"};
  CHECK(screening_passes(buy, "buy", {"sol-b", "sol-x"}));
  CHECK_FALSE(screening_passes(buy, "buy", {"sol-x", "sol-a"}));  // a buy's first product must be expected
  CHECK_FALSE(screening_passes(buy, "dialogue", {"sol-a"}));
  CHECK_FALSE(screening_passes(buy, "buy", {}));
  ScreeningCheck dialogue{"d", "need", "dialogue", {"sol-a"}, "f"};
  CHECK(screening_passes(dialogue, "dialogue", {"x1", "x2", "x3", "x4", "sol-a"}));
  CHECK_FALSE(screening_passes(dialogue, "dialogue", {"x1", "x2", "x3", "x4", "x5", "sol-a"}));
  ScreeningCheck develop{"v", "need", "develop", {}, "f"};
  CHECK(screening_passes(develop, "develop", {"x1"}));
  CHECK_FALSE(screening_passes(develop, "clarify", {}));
}

TEST_CASE("radar-eval runs screening checks and tallies them by decision and file", "[evaluation]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE_NOTHROW(build_fixture_index(db));
  const std::string path = source_path("tests/fixtures/eval/screenings.jsonl");
  const auto checks = read_screenings({path});
  REQUIRE(checks.size() == 4);
  CHECK(checks[2].expect.empty());
  const auto report = evaluate_screenings({db}, checks);
  CHECK(report.all.total == 4);
  CHECK(report.all.passed == 3);  // t-04 expects another product first
  CHECK(report.by_decision.at("buy").passed == 1);
  CHECK(report.by_decision.at("buy").total == 2);
  CHECK(report.by_source.at(path).total == 4);
  REQUIRE(report.misses.size() == 1);
  CHECK_THAT(report.misses.front(), Catch::StartsWith("t-04: buy -> buy, first sol-t-sengesensor"));
  // The decisions as a table, and where each buy check ranked its first expected product.
  CHECK(report.confusion.at("buy").at("buy") == 2);
  CHECK(report.confusion.at("clarify").at("clarify") == 1);
  CHECK(report.confusion.at("develop").at("develop") == 1);
  CHECK(report.expected_ranks.at("buy").at(ExpectedRank::first) == 1);  // t-01; t-04's product is not first
  int buy_checks_ranked = 0;
  for (const auto& [rank, count] : report.expected_ranks.at("buy")) buy_checks_ranked += count;
  CHECK(buy_checks_ranked == 2);  // every buy check is placed somewhere, not listed included
  CHECK_FALSE(report.expected_ranks.count("develop"));
  std::ostringstream printed;
  print_screening_report(report, printed, true);
  CHECK_THAT(printed.str(), Catch::Contains("Screening checks:   3 of   4"));
  CHECK_THAT(printed.str(), Catch::Contains("Screening decisions (rows expected, columns decided)\n"
                                            "                buy dialogue  develop  clarify\n"
                                            "buy               2        0        0        0\n"));
  CHECK_THAT(printed.str(), Catch::Contains("First expected product ranked    first    2-5   6-20  not listed\n"
                                            "buy                                   1      1      0           0\n"));
  CHECK_THAT(printed.str(), Catch::Contains("Failed checks:"));
}

TEST_CASE("a check's first expected product is placed first, among the first five, lower or not at all",
          "[evaluation]") {
  const std::vector<std::string> expect{"sol-a", "sol-b"};
  CHECK(expected_rank(expect, {"sol-b", "sol-a"}) == ExpectedRank::first);
  CHECK(expected_rank(expect, {"x1", "x2", "x3", "x4", "sol-a"}) == ExpectedRank::second_to_fifth);
  CHECK(expected_rank(expect, {"x1", "x2", "x3", "x4", "x5", "sol-b"}) == ExpectedRank::sixth_or_lower);
  CHECK(expected_rank(expect, {"x1"}) == ExpectedRank::not_listed);
  CHECK(expected_rank(expect, {}) == ExpectedRank::not_listed);
}

TEST_CASE("many screening checks, matched on a thread per core, tally and list misses in the checks' order",
          "[evaluation]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE_NOTHROW(build_fixture_index(db));
  const auto fixture = read_screenings({source_path("tests/fixtures/eval/screenings.jsonl")});
  REQUIRE(fixture.size() == 4);
  constexpr std::size_t kCopies = 40;  // 160 checks: more than one thread's share
  std::vector<ScreeningCheck> checks;
  for (std::size_t copy = 0; copy < kCopies; ++copy) {
    for (ScreeningCheck check : fixture) {
      check.id = std::to_string(copy) + "/" + check.id;
      checks.push_back(std::move(check));
    }
  }
  const auto report = evaluate_screenings({db}, checks);
  CHECK(report.all.total == 4 * kCopies);
  CHECK(report.all.passed == 3 * kCopies);
  REQUIRE(report.misses.size() == kCopies);
  for (std::size_t copy = 0; copy < kCopies; ++copy) {
    CHECK_THAT(report.misses[copy],
               Catch::StartsWith(std::to_string(copy) + "/t-04: buy -> buy, first sol-t-sengesensor"));
  }
}

TEST_CASE("malformed screening checks are reported by file and line", "[evaluation]") {
  TempDir dir;
  const auto fails_with = [&](const std::string& content, const std::string& message) {
    const std::string path = dir.write("bad.jsonl", content);
    CHECK_THROWS_WITH(read_screenings({path}), Catch::Contains(message));
  };
  fails_with("{\"id\": \"a\", \"need\": \"x\", \"decision\": \"buy\"}\n", ":1: a buy check must name the solutions");
  fails_with("{\"id\": \"a\", \"need\": \"x\", \"decision\": \"maybe\"}\n", ":1: decision must be one of");
  fails_with("\n{\"need\": \"x\", \"decision\": \"clarify\"}\n", ":2: field id is missing");
  fails_with("{\"id\": \"a\", \"need\": \"x\", \"decision\": \"buy\", \"expect\": \"sol-a\"}\n",
             "field expect must be an array of solution ids");
  fails_with(
      "{\"id\": \"a\", \"need\": \"x\", \"decision\": \"clarify\"}\n{\"id\": \"a\", \"need\": \"y\", "
      "\"decision\": \"clarify\"}\n",
      "screening check a appears twice");
  // An expected product the index does not hold is named before any check runs.
  TempDir index_dir;
  const std::string db = index_dir.file("db");
  REQUIRE_NOTHROW(build_fixture_index(db));
  const std::string path = dir.write(
      "unknown.jsonl", "{\"id\": \"u\", \"need\": \"x\", \"decision\": \"buy\", \"expect\": [\"sol-t-nowhere\"]}\n");
  CHECK_THROWS_WITH(evaluate_screenings({db}, read_screenings({path})),
                    Catch::Contains("expects sol-t-nowhere, which the index does not hold"));
}
