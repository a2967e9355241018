// scripts/reindex: the lock, exit codes, configuration, crash safety under
// SIGKILL and an installed tree that runs.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "test_support.h"

using namespace radar::test;
using nlohmann::json;

namespace {

const std::string kReindex = source_path("scripts/reindex");

std::string bin_env() { return "RADAR_BIN=" + std::string(RADAR_BIN_DIR); }

// A corpora directory with `organisations` generated records (big enough that
// an ingest takes a noticeable time) and one need.
std::string make_corpora(const TempDir& dir, int organisations) {
  std::ofstream records(dir.file("corpora/records/generated.jsonl").c_str());
  std::filesystem::create_directories(dir.file("corpora/records"));
  std::filesystem::create_directories(dir.file("corpora/needs"));
  std::ofstream out(dir.file("corpora/records/generated.jsonl"));
  for (int i = 0; i < organisations; ++i) {
    out << json{{"type", "organisation"}, {"id", "org-gen-" + std::to_string(i)}, {"name", "Virksomhed " + std::to_string(i)},
                {"description", "Virksomheden laver sensorer, lifte og medicindispensere til plejecentre og hjemmeplejen, model " +
                                    std::to_string(i * 7919 % 10007)},
                {"org_type", "company"}}
               .dump()
        << "\n";
  }
  std::ofstream(dir.file("corpora/needs/needs.jsonl"))
      << R"({"type":"need","id":"need-gen","municipality":"Testby Kommune","title":"Lift","description":"Vi mangler lifte."})"
      << "\n";
  return dir.file("corpora");
}

json stats(const std::string& db) {
  const auto result = run_tool("radar-index", {"stats", "--db", db});
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("reindex ingests the corpora with timestamped log lines and exit 0", "[reindex]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 20);
  const auto result = run_program(kReindex, {}, {bin_env(), "RADAR_DB=" + dir.file("db"), "RADAR_CORPORA=" + corpora});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Matches(R"((.|\n)*20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ reindex\[\d+\]: done ingest(.|\n)*)"));
  CHECK(stats(dir.file("db"))["documents"]["organisation"] == 20);
}

TEST_CASE("reindex reads a config file - the environment overrides it - bad settings exit 2", "[reindex]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 3);
  const std::string config = dir.write("radar.conf", "# test\nRADAR_DB=" + dir.file("from-config") +
                                                         "\nRADAR_CORPORA=" + corpora + "\nRADAR_LOG=" + dir.file("log/reindex.log") + "\n");
  auto result = run_program(kReindex, {"--config", config}, {bin_env()});
  CHECK(result.exit_code == 0);
  CHECK(std::filesystem::exists(dir.file("from-config")));
  CHECK_THAT(read_text(dir.file("log/reindex.log")), Catch::Contains("finished with exit 0"));
  result = run_program(kReindex, {"--config", config}, {bin_env(), "RADAR_DB=" + dir.file("from-env")});
  CHECK(result.exit_code == 0);
  CHECK(std::filesystem::exists(dir.file("from-env")));
  const std::string bad = dir.write("bad.conf", "RADAR_DATABASE=/x\n");
  result = run_program(kReindex, {"--config", bad}, {bin_env()});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("unknown setting RADAR_DATABASE"));
  CHECK(run_program(kReindex, {"--frobnicate"}, {bin_env()}).exit_code == 2);
  CHECK(run_program(kReindex, {}, {bin_env(), "RADAR_DB="}).exit_code == 2);
}

TEST_CASE("reindex --compact ends the run with a compaction, RADAR_COMPACT=1 too", "[reindex][compact]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 40);
  const std::vector<std::string> env{bin_env(), "RADAR_DB=" + dir.file("db"), "RADAR_CORPORA=" + corpora};
  REQUIRE(run_program(kReindex, {}, env).exit_code == 0);
  const auto nightly = run_program(kReindex, {}, env);
  CHECK(nightly.exit_code == 0);
  CHECK_THAT(nightly.err, !Catch::Contains("compact"));
  const json before = stats(dir.file("db"));

  const auto weekly = run_program(kReindex, {"--compact"}, env);
  INFO(weekly.err);
  CHECK(weekly.exit_code == 0);
  CHECK_THAT(weekly.err, Catch::Contains("done compact"));
  CHECK_THAT(weekly.err, Catch::Contains("compact: compacted 41 documents"));
  const json after = stats(dir.file("db"));
  CHECK(after["documents"] == before["documents"]);
  CHECK(after["revision"].get<int>() > before["revision"].get<int>());

  std::vector<std::string> with_setting = env;
  with_setting.push_back("RADAR_COMPACT=1");
  CHECK_THAT(run_program(kReindex, {}, with_setting).err, Catch::Contains("done compact"));
  // After a failed step the index is left for a look, not compacted.
  std::vector<std::string> failing = with_setting;
  failing.push_back("RADAR_SOURCES=" + dir.file("no-such-sources.json"));
  const json before_failed = stats(dir.file("db"));
  const auto failed = run_program(kReindex, {}, failing);
  CHECK(failed.exit_code == 1);
  CHECK_THAT(failed.err, Catch::Contains("compaction skipped: a step failed"));
  CHECK_THAT(failed.err, !Catch::Contains("done compact"));
  CHECK(stats(dir.file("db"))["documents"] == before_failed["documents"]);
  with_setting.back() = "RADAR_COMPACT=weekly";
  const auto bad = run_program(kReindex, {}, with_setting);
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("RADAR_COMPACT must be 0 or 1"));
}

TEST_CASE("a second reindex while one holds the lock exits 75 and changes nothing", "[reindex]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 5);
  const std::vector<std::string> env{bin_env(), "RADAR_DB=" + dir.file("db"), "RADAR_CORPORA=" + corpora};
  REQUIRE(run_program(kReindex, {}, env).exit_code == 0);
  const json before = stats(dir.file("db"));
  const int fd = ::open(dir.file("db.lock").c_str(), O_RDWR | O_CREAT, 0600);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  const auto blocked = run_program(kReindex, {}, env);
  ::close(fd);
  CHECK(blocked.exit_code == 75);
  CHECK_THAT(blocked.err, Catch::Contains("another reindex"));
  CHECK(std::count(blocked.err.begin(), blocked.err.end(), '\n') == 1);
  CHECK(stats(dir.file("db")) == before);
}

TEST_CASE("two real concurrent reindex runs: one waits out with 75", "[reindex]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 30000);
  const std::vector<std::string> env{bin_env(), "RADAR_DB=" + dir.file("db"), "RADAR_CORPORA=" + corpora};
  ChildProcess first(kReindex, {}, env);
  // Wait (bounded) until the first run has taken the lock.
  for (int i = 0; i < 200 && !std::filesystem::exists(dir.file("db.lock")); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto second = run_program(kReindex, {}, env);
  CHECK(second.exit_code == 75);
  CHECK(first.stop(0, 120) >= 0);  // signal 0: just wait for it to finish
}

TEST_CASE("SIGKILL during ingest leaves the last revision and the next run completes", "[reindex]") {
  TempDir dir;
  const std::string corpora = make_corpora(dir, 30000);
  const std::string small = dir.write("small.jsonl",
      R"({"type":"organisation","id":"org-first","name":"Først","description":"Den første revision.","org_type":"company"})" "\n");
  const std::string db = dir.file("db");
  ingest_text(db, read_text(small));
  const json before = stats(db);
  const std::vector<std::string> env{bin_env(), "RADAR_DB=" + db, "RADAR_CORPORA=" + corpora};
  for (const int delay_ms : {50, 300, 800}) {
    ChildProcess run(kReindex, {}, env);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    run.stop(SIGKILL, 10);
    const json after = stats(db);  // opens and reads: the index is not corrupt
    INFO("killed after " << delay_ms << " ms");
    CHECK(after["documents"]["organisation"].get<int>() == before["documents"]["organisation"].get<int>());
  }
  const auto complete = run_program(kReindex, {}, env, "", 300);
  INFO(complete.err);
  CHECK(complete.exit_code == 0);
  CHECK(stats(db)["documents"]["organisation"] == 30001);
}

TEST_CASE("cmake --install into a prefix installs a tree that runs", "[reindex][install]") {
  TempDir dir;
  const std::string build_dir = std::filesystem::path(RADAR_BIN_DIR).parent_path().string();
  const auto install = run_program("/usr/bin/env", {"cmake", "--install", build_dir, "--prefix", dir.file("prefix")});
  INFO(install.err);
  REQUIRE(install.exit_code == 0);
  for (const char* path : {"bin/radar-index", "bin/radar-match", "bin/radar-serve", "bin/radar-reindex",
                           "etc/markedsradar/markedsradar.conf", "lib/systemd/system/markedsradar-reindex.timer",
                           "lib/systemd/system/markedsradar-reindex.service",
                           "lib/systemd/system/markedsradar-compact.service", "lib/systemd/system/markedsradar-compact.timer",
                           "share/doc/markedsradar/crontab.example"}) {
    CHECK(std::filesystem::exists(dir.file(std::string("prefix/") + path)));
  }
  const std::string config = read_text(dir.file("prefix/etc/markedsradar/markedsradar.conf"));
  CHECK_THAT(config, Catch::Contains(dir.file("prefix/share/markedsradar/corpora")));
  CHECK_THAT(read_text(dir.file("prefix/lib/systemd/system/markedsradar-reindex.service")),
             Catch::Contains(dir.file("prefix/bin/radar-reindex")));
  const std::string compact_unit = read_text(dir.file("prefix/lib/systemd/system/markedsradar-compact.service"));
  CHECK_THAT(compact_unit, Catch::Contains(dir.file("prefix/bin/radar-index") + " compact --db ${RADAR_DB}"));
  CHECK_THAT(compact_unit, Catch::Contains(dir.file("prefix/etc/markedsradar/markedsradar.conf")));
  const auto help = run_program(dir.file("prefix/bin/radar-index"), {"--help"});
  CHECK(help.exit_code == 0);
  // The installed reindex finds the installed radar-index beside itself.
  const std::string corpora = make_corpora(dir, 3);
  const auto reindex = run_program(dir.file("prefix/bin/radar-reindex"), {},
                                   {"RADAR_DB=" + dir.file("installed-db"), "RADAR_CORPORA=" + corpora});
  INFO(reindex.err);
  CHECK(reindex.exit_code == 0);
}
