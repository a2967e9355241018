// radar-serve under load and at its edges: the fixed pool and one index handle
// per worker and match slot, re-indexing while requests run (no request may fail), 429 when
// every worker is busy and the queue full, fairness between keep-alive
// connections, and a graceful SIGTERM that answers the requests in flight.
#include <signal.h>

#include <atomic>
#include <map>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server_fixture.h"

using namespace radar::test;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double metric(int port, const std::string& name) {
  httplib::Client client("127.0.0.1", port);
  const auto response = client.Get("/metrics");
  REQUIRE(response);
  std::istringstream lines(response->body);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(name + " ", 0) == 0) return std::stod(line.substr(name.size() + 1));
  }
  FAIL("no metric " << name);
  return 0;
}

std::string solution_line(int i) {
  return R"({"type":"solution","id":"sol-load-)" + std::to_string(i) +
         R"(","organisation":"org-t-dosis","name":"Reload )" + std::to_string(i) +
         R"(","description":"Medicindispenser nummer )" + std::to_string(i) + R"( til nattilsyn.","maturity":"market"})" + "\n";
}

}  // namespace

TEST_CASE("the pool has --threads workers and opens one index handle per worker and one per match slot", "[load]") {
  TestServer server("", {"--threads", "3", "--matches", "2"});
  constexpr int kClients = 8;
  std::vector<std::thread> clients;
  clients.reserve(kClients);
  std::atomic<int> failures{0};
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&] {
      auto client = server.client();
      for (int i = 0; i < 20; ++i) {
        const auto response = client.Post("/api/v1/match", R"({"need": "nattilsyn demens sensor"})", "application/json");
        if (!response || response->status != 200) ++failures;
      }
    });
  }
  for (auto& t : clients) t.join();
  CHECK(failures == 0);
  CHECK(metric(server.port(), "radar_http_worker_threads") == 3);
  const double handles = metric(server.port(), "radar_index_handles");
  CHECK(handles >= 2);  // a worker's, and the slot's that ran the first match
  CHECK(handles <= 3 + 2);
}

TEST_CASE("the match limit bounds the matches run at once - the others wait, none fails, /healthz is not held up", "[load]") {
  TestServer server("", {"--threads", "4", "--matches", "1"});
  CHECK(metric(server.port(), "radar_match_slots") == 1);
  constexpr int kClients = 3;
  std::vector<std::thread> clients;
  clients.reserve(kClients);
  std::atomic<int> failures{0};
  std::atomic<int> healthy{0};
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      auto client = server.client();
      for (int i = 0; i < 15; ++i) {
        const auto response = c == 2 && i % 2 == 1 ? client.Get("/search?need=medicindispenser%20til%20hjemmeplejen")
                                                   : client.Post("/api/v1/match", R"({"need": "nattilsyn demens sensor"})",
                                                                 "application/json");
        if (!response || response->status != 200) ++failures;
      }
    });
  }
  clients.emplace_back([&] {
    auto client = server.client();
    for (int i = 0; i < 10; ++i) {
      const auto response = client.Get("/healthz");
      if (response && response->status == 200) ++healthy;
    }
  });
  for (auto& t : clients) t.join();
  CHECK(failures == 0);
  CHECK(healthy == 10);
  CHECK(metric(server.port(), "radar_matches_running") == 0);
  CHECK(metric(server.port(), "radar_matches_waiting") == 0);
}

TEST_CASE("re-indexing under load fails no request and is picked up without a restart", "[load][reload]") {
  TestServer server("", {"--threads", "4"});
  const int before = json::parse(server.client().Get("/healthz")->body)["revision"].get<int>();
  std::atomic<bool> done{false};
  std::atomic<int> requests{0};
  std::mutex failures_mutex;
  std::vector<std::string> failures;
  constexpr int kClients = 4;
  std::vector<std::thread> clients;
  clients.reserve(kClients);
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      auto client = server.client();
      const auto deadline = Clock::now() + std::chrono::seconds(60);  // bound, in case the writer hangs
      for (int i = 0; !done && Clock::now() < deadline; ++i) {
        httplib::Result response = (i + c) % 3 == 0
                                       ? client.Get("/search?need=medicindispenser%20nattilsyn")
                                       : ((i + c) % 3 == 1 ? client.Post("/api/v1/match", R"({"need": "medicindispenser til nattilsyn"})",
                                                                        "application/json")
                                                           : client.Get("/api/v1/report?need=medicindispenser&format=json"));
        ++requests;
        if (!response || response->status != 200) {
          const std::lock_guard lock(failures_mutex);
          failures.push_back(response ? std::to_string(response->status) + " " + response->body.substr(0, 200)
                                      : "transport error " + httplib::to_string(response.error()));
        }
      }
    });
  }
  constexpr int kRevisions = 8;
  for (int i = 0; i < kRevisions; ++i) {
    ingest_text(server.db(), solution_line(i) + solution_line(100 + i));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  done = true;
  for (auto& t : clients) t.join();
  CAPTURE(failures);
  CHECK(failures.empty());
  CHECK(requests > 50);
  auto client = server.client();
  const int after = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  CHECK(after >= before + kRevisions);
  CHECK(client.Get("/api/v1/solutions/sol-load-7")->status == 200);
  CHECK(metric(server.port(), "radar_index_reopens_total") >= 1);
}

TEST_CASE("when every worker is busy and the queue is full, new connections get 429", "[load][overload]") {
  TestServer server("", {"--threads", "1", "--queue", "1"});
  // A holds the only worker: its request line arrives, its headers do not.
  RawConnection holder(server.port());
  holder.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // B waits in the queue (one place).
  RawConnection waiting(server.port());
  waiting.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // C finds the queue full: 429 at once, from the rejecting thread.
  RawConnection rejected(server.port());
  const auto started = Clock::now();
  rejected.send("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n{\"need\": \"demens\"}");
  const std::string answer = rejected.read_response(5);
  CHECK(Clock::now() - started < std::chrono::seconds(2));
  CHECK(RawConnection::status_of(answer) == 429);
  CHECK_THAT(answer, Catch::Contains("\r\nRetry-After: 1\r\n"));
  CHECK_THAT(answer, Catch::Contains("\r\nConnection: close\r\n"));
  CHECK_THAT(answer, Catch::Contains("\"code\":\"too_many_requests\""));
  CHECK(rejected.closed_by_peer(5));
  // A finishes; then B is served; nothing was lost.
  holder.send("Connection: close\r\n\r\n");
  CHECK(RawConnection::status_of(holder.read_response(5)) == 200);
  CHECK(RawConnection::status_of(waiting.read_response(5)) == 200);
  CHECK(metric(server.port(), "radar_http_rejected_total") >= 1);
  CHECK_THAT(server.process().err(), Catch::Contains(" POST /api/v1/match 429 "));
}

TEST_CASE("an idle keep-alive connection does not keep others waiting", "[load]") {
  TestServer server("", {"--threads", "1"});
  httplib::Client idle("127.0.0.1", server.port());
  idle.set_keep_alive(true);
  REQUIRE(idle.Get("/healthz")->status == 200);  // the connection stays open on the only worker
  const auto started = Clock::now();
  auto other = server.client();
  const auto response = other.Get("/healthz");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(Clock::now() - started < std::chrono::milliseconds(1500));  // not the 5 s keep-alive wait
  REQUIRE(idle.Get("/healthz")->status == 200);  // the idle client reconnects transparently
}

TEST_CASE("SIGTERM stops accepting, answers the request in flight, then exits 0", "[load][shutdown]") {
  TestServer server("", {"--threads", "2"});
  RawConnection in_flight(server.port());
  const std::string body = R"({"need": "Nattilsyn af borgere med demens uden at vække dem"})";
  in_flight.send("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                 std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 10));
  httplib::Client idle("127.0.0.1", server.port());
  idle.set_keep_alive(true);
  REQUIRE(idle.Get("/healthz")->status == 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  REQUIRE(::kill(server.process().pid(), SIGTERM) == 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(!RawConnection(server.port()).connected());  // no longer accepting
  in_flight.send(body.substr(10));
  const std::string answer = in_flight.read_response(10);
  REQUIRE(RawConnection::status_of(answer) == 200);
  const json result = json::parse(answer.substr(answer.find("\r\n\r\n") + 4));
  CHECK(result["solutions"][0]["id"] == "sol-t-sengesensor");
  CHECK_THAT(answer, Catch::Contains("\r\nConnection: close\r\n"));
  CHECK(server.process().stop(SIGTERM, 10) == 0);
  CHECK_THAT(server.process().err(), Catch::Contains("radar-serve: stopped"));
}
