// scripts/eval: the shipped corpora indexed, the judgments evaluated beside BM25 and the
// screening checks run, in one command.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

using namespace radar::test;

TEST_CASE("scripts/eval reports the judgments beside BM25 and then every round of screening checks", "[eval]") {
  const auto result = run_program(source_path("scripts/eval"), {"--bin-dir", RADAR_BIN_DIR}, {}, "", 600);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string& out = result.out;
  const auto judgments = out.find("solutions nDCG@10");
  const auto screenings = out.find("Screening checks:");
  REQUIRE(judgments != std::string::npos);
  REQUIRE(screenings != std::string::npos);
  CHECK(judgments < screenings);
  CHECK_THAT(out, Catch::Contains("BM25 baseline"));
  for (const auto& entry : std::filesystem::directory_iterator(source_path("corpora/eval/screenings"))) {
    if (entry.path().extension() != ".jsonl") continue;
    INFO(entry.path());
    CHECK_THAT(out, Catch::Contains(entry.path().filename().string()));
  }
}
