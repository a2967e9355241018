// Scale-out on Xapian's remote backend: two shards served by xapian-tcpsrv give
// the same ranking as one index of the same records.
#include <catch2/catch.hpp>

#include <filesystem>
#include <thread>

#include "radar/matcher.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;

namespace {


std::vector<std::string> ranking(const std::vector<std::string>& dbs, const std::string& need) {
  Matcher matcher(dbs);
  MatchRequest request;
  request.need = need;
  request.limit = 20;
  const auto result = matcher.match(request);
  std::vector<std::string> ids;
  for (const auto& s : result.solutions) ids.push_back(s.id + "@" + std::to_string(s.score));
  for (const auto& p : result.partners) ids.push_back(p.id);
  ids.push_back(result.verdict.decision);
  return ids;
}

bool wait_for_port(int port) {
  for (int i = 0; i < 200; ++i) {
    try {
      Matcher probe({"tcp://127.0.0.1:" + std::to_string(port)});
      return true;
    } catch (...) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  }
  return false;
}

}  // namespace

TEST_CASE("two remote shards rank like one index", "[shards]") {
  const std::string tcpsrv = "/usr/bin/xapian-tcpsrv";
  REQUIRE(std::filesystem::exists(tcpsrv));
  TempDir dir;
  build_fixture_index(dir.file("whole"));
  build_fixture_index(dir.file("shard0"), {"--shard", "0/2"});
  build_fixture_index(dir.file("shard1"), {"--shard", "1/2"});
  const int port0 = free_port();
  const int port1 = free_port();
  ChildProcess server0(tcpsrv, {"--interface", "127.0.0.1", "--port", std::to_string(port0), dir.file("shard0")});
  ChildProcess server1(tcpsrv, {"--interface", "127.0.0.1", "--port", std::to_string(port1), dir.file("shard1")});
  REQUIRE(wait_for_port(port0));
  REQUIRE(wait_for_port(port1));
  const std::vector<std::string> remote{"tcp://127.0.0.1:" + std::to_string(port0), "tcp://127.0.0.1:" + std::to_string(port1)};
  for (const char* need : {"Nattilsyn af borgere med demens uden at vække dem", "Loftlift og vendesystem til forflytning",
                           "Medicindispenser til borgere i eget hjem"}) {
    INFO(need);
    const auto whole = ranking({dir.file("whole")}, need);
    CHECK(ranking(remote, need) == whole);
    CHECK(ranking({dir.file("shard0"), dir.file("shard1")}, need) == whole);
  }
}
