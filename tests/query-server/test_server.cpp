// Black-box tests of radar-serve: a real server on a free loopback port over a
// real index, spoken to over HTTP.
#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <signal.h>

#include "test_support.h"

using namespace radar::test;
using nlohmann::json;

namespace {

struct RunningServer {
  TempDir dir;
  int port = free_port();
  std::unique_ptr<ChildProcess> process;

  RunningServer() {
    const std::string db = dir.file("db");
    const auto language = run_tool("radar-index", {"language", "--db", db, "--thesaurus",
                                                   source_path("tests/fixtures/language/thesaurus.txt"), "--stopwords",
                                                   source_path("tests/fixtures/language/stopwords")});
    REQUIRE(language.exit_code == 0);
    REQUIRE(run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")}).exit_code == 0);
    process = std::make_unique<ChildProcess>(
        "radar-serve", std::vector<std::string>{"--db", db, "--listen", "127.0.0.1:" + std::to_string(port), "--threads", "2"});
    REQUIRE(wait_for_http(port));
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(20, 0);
    return c;
  }
};

RunningServer& server() {
  static RunningServer running;
  return running;
}

json error_of(const httplib::Result& response) {
  REQUIRE(response);
  CHECK(response->get_header_value("Content-Type").find("application/json") == 0);
  const json body = json::parse(response->body);
  REQUIRE(body.contains("error"));
  CHECK(body["error"]["code"].is_string());
  CHECK(body["error"]["message"].is_string());
  return body;
}

}  // namespace

TEST_CASE("POST /api/v1/match returns the contract's result shape", "[server]") {
  auto client = server().client();
  const auto response = client.Post("/api/v1/match", R"({"need": "Nattilsyn af borgere med demens uden at vække dem"})",
                                    "application/json");
  REQUIRE(response);
  CHECK(response->status == 200);
  const json body = json::parse(response->body);
  for (const char* key : {"need", "verdict", "solutions", "partners", "similar_needs", "index"}) CHECK(body.contains(key));
  REQUIRE(!body["solutions"].empty());
  CHECK(body["solutions"][0]["id"] == "sol-t-sengesensor");
}

TEST_CASE("filters and limit are honoured", "[server]") {
  auto client = server().client();
  const auto response = client.Post(
      "/api/v1/match", R"({"need": "nattilsyn demens sensor", "filters": {"maturity": ["pilot"]}, "limit": 1})",
      "application/json");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const json body = json::parse(response->body);
  CHECK(body["solutions"].size() <= 1);
  for (const auto& s : body["solutions"]) CHECK(s["maturity"] == "pilot");
}

TEST_CASE("stored records are served by id; unknown ids get 404", "[server]") {
  auto client = server().client();
  auto response = client.Get("/api/v1/solutions/sol-t-dispenser");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(json::parse(response->body)["name"] == "DosisHjem");
  response = client.Get("/api/v1/organisations/org-t-lift");
  REQUIRE(response);
  CHECK(json::parse(response->body)["country"] == "SE");
  response = client.Get("/api/v1/needs/need-t-testby-nat");
  REQUIRE(response);
  CHECK(response->status == 200);
  response = client.Get("/api/v1/solutions/org-t-lift");  // exists, but not a solution
  REQUIRE(response);
  CHECK(response->status == 404);
  error_of(response);
  response = client.Get("/api/v1/needs/nope");
  REQUIRE(response);
  CHECK(response->status == 404);
}

TEST_CASE("bad requests get JSON errors with the right status", "[server]") {
  auto client = server().client();
  auto response = client.Post("/api/v1/match", "not json", "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  error_of(response);
  response = client.Post("/api/v1/match", R"({"need": 42})", "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  response = client.Post("/api/v1/match", json{{"need", std::string(10001, 'a')}}.dump(), "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  CHECK_THAT(error_of(response)["error"]["message"].get<std::string>(), Catch::Contains("too long"));
  response = client.Post("/api/v1/match", json{{"need", std::string(70 * 1024, 'a')}}.dump(), "application/json");
  REQUIRE(response);
  CHECK(response->status == 413);
  response = client.Post("/api/v1/match", R"({"need": "x", "limit": 1000})", "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  response = client.Get("/no/such/page");
  REQUIRE(response);
  CHECK(response->status == 404);
  error_of(response);
}

TEST_CASE("GET / serves the Danish form; ?lang=en the English one", "[server]") {
  auto client = server().client();
  auto response = client.Get("/");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"da\""));
  CHECK_THAT(response->body, Catch::Contains("<textarea"));
  CHECK_THAT(response->body, Catch::Contains("name=\"area\""));
  CHECK_THAT(response->body, Catch::Contains("Screen markedet"));
  CHECK(!response->get_header_value("Content-Security-Policy").empty());
  CHECK(response->get_header_value("X-Content-Type-Options") == "nosniff");
  response = client.Get("/?lang=en");
  REQUIRE(response);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"en\""));
  CHECK_THAT(response->body, Catch::Contains("Screen the market"));
}

TEST_CASE("GET /search renders results, keeps the need and escapes every value", "[server]") {
  auto client = server().client();
  auto response = client.Get("/search?need=medicindispenser%20til%20hjemmeplejen");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("DosisHjem"));
  CHECK_THAT(response->body, Catch::Contains("medicindispenser til hjemmeplejen</textarea>"));
  response = client.Get("/search?need=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%3E");
  REQUIRE(response);
  CHECK_THAT(response->body, !Catch::Contains("<script>alert(1)"));
  CHECK_THAT(response->body, !Catch::Contains("<img src=x>"));
  CHECK_THAT(response->body, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_CASE("GET /healthz reports the index revision", "[server]") {
  auto client = server().client();
  const auto response = client.Get("/healthz");
  REQUIRE(response);
  CHECK(response->status == 200);
  const json body = json::parse(response->body);
  CHECK(body["status"] == "ok");
  CHECK(body["revision"].get<int>() >= 1);
}

TEST_CASE("a new index revision is picked up without a restart", "[server]") {
  auto& running = server();
  auto client = running.client();
  const auto before = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  ingest_text(running.dir.file("db"),
              R"({"type":"solution","id":"sol-t-new","organisation":"org-t-dosis","name":"Ny Dispenser","description":"Helt ny medicindispenser.","maturity":"market"})"
              "\n");
  const auto after = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  CHECK(after == before + 1);
  CHECK(client.Get("/api/v1/solutions/sol-t-new")->status == 200);
}

TEST_CASE("radar-serve refuses a missing index and stops on SIGTERM", "[server]") {
  TempDir dir;
  const auto missing = run_tool("radar-serve", {"--db", dir.file("none"), "--listen", "127.0.0.1:0"}, "", 20);
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("no index at"));
  const auto bad = run_tool("radar-serve", {"--db", dir.file("none"), "--listen", "nowhere"}, "", 20);
  CHECK(bad.exit_code == 2);
  ingest_text(dir.file("db"), R"({"type":"organisation","id":"o","name":"O","description":"D","org_type":"company"})" "\n");
  const int port = free_port();
  ChildProcess serve("radar-serve", {"--db", dir.file("db"), "--listen", "127.0.0.1:" + std::to_string(port)});
  REQUIRE(wait_for_http(port));
  CHECK(serve.stop(SIGTERM, 10) == 0);
}
