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
