// Black-box tests of radar-serve: a real server on a free loopback port over a
// real index, spoken to over HTTP. Routes, status codes, headers, pages.
#include <signal.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server_fixture.h"

using namespace radar::test;
using nlohmann::json;

namespace {

TestServer& server() {
  static TestServer running;
  return running;
}

json error_of(const httplib::Result& response) {
  REQUIRE(response);
  CHECK(response->get_header_value("Content-Type").find("application/json") == 0);
  json body = json::parse(response->body);
  REQUIRE(body.contains("error"));
  CHECK(body["error"]["code"].is_string());
  CHECK(body["error"]["message"].is_string());
  return body;
}

void check_security_headers(const httplib::Response& response) {
  const std::string csp = response.get_header_value("Content-Security-Policy");
  CHECK_THAT(csp, Catch::Contains("default-src 'none'"));
  CHECK_THAT(csp, Catch::Contains("script-src 'self'"));
  CHECK_THAT(csp, Catch::Contains("style-src 'self'"));
  CHECK_THAT(csp, Catch::Contains("frame-ancestors 'none'"));
  CHECK_THAT(csp, !Catch::Contains("unsafe-inline"));
  CHECK_THAT(csp, !Catch::Contains("unsafe-eval"));
  CHECK(response.get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(response.get_header_value("X-Frame-Options") == "DENY");
  CHECK(response.get_header_value("Referrer-Policy") == "no-referrer");
  CHECK(!response.get_header_value("Cache-Control").empty());
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
  CHECK(body["verdict"]["decision"].is_string());
  CHECK(body["index"]["revision"].get<int>() >= 1);
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

TEST_CASE("stored records are served by id - unknown ids get 404", "[server]") {
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

TEST_CASE("every route answers with its status, content type and security headers", "[server][headers]") {
  struct Case {
    const char* method;
    const char* path;
    const char* body;
    int status;
    const char* content_type;
  };
  const std::vector<Case> cases{
      {"GET", "/", "", 200, "text/html; charset=utf-8"},
      {"GET", "/?lang=en", "", 200, "text/html; charset=utf-8"},
      {"GET", "/search?need=medicindispenser", "", 200, "text/html; charset=utf-8"},
      {"GET", "/search", "", 200, "text/html; charset=utf-8"},
      {"GET", "/static/app.css", "", 200, "text/css; charset=utf-8"},
      {"GET", "/static/app.js", "", 200, "text/javascript; charset=utf-8"},
      {"GET", "/static/icon.svg", "", 200, "image/svg+xml"},
      {"POST", "/api/v1/match", R"({"need": "medicindispenser"})", 200, "application/json; charset=utf-8"},
      {"GET", "/api/v1/report?need=medicindispenser", "", 200, "text/html; charset=utf-8"},
      {"GET", "/api/v1/report?need=medicindispenser&format=csv", "", 200, "text/csv; charset=utf-8; header=present"},
      {"GET", "/api/v1/report?need=medicindispenser&format=json", "", 200, "application/json; charset=utf-8"},
      {"GET", "/api/v1/solutions/sol-t-dispenser", "", 200, "application/json; charset=utf-8"},
      {"GET", "/api/v1/organisations/org-t-dosis", "", 200, "application/json; charset=utf-8"},
      {"GET", "/api/v1/needs/need-t-testby-nat", "", 200, "application/json; charset=utf-8"},
      {"GET", "/api/v1/needs/need-t-testby-nat/feed.atom", "", 200, "application/atom+xml; charset=utf-8"},
      {"GET", "/healthz", "", 200, "application/json; charset=utf-8"},
      {"GET", "/metrics", "", 200, "text/plain; version=0.0.4; charset=utf-8"},
      {"GET", "/no/such/page", "", 404, "application/json; charset=utf-8"},
      {"GET", "/api/v1/needs/nope/feed.atom", "", 404, "application/json; charset=utf-8"},
      {"GET", "/api/v1/report", "", 400, "application/json; charset=utf-8"},
      {"GET", "/api/v1/report?need=x&format=pdf", "", 400, "application/json; charset=utf-8"},
      {"GET", "/api/v1/match", "", 405, "application/json; charset=utf-8"},
      {"POST", "/", "{}", 405, "application/json; charset=utf-8"},
      {"POST", "/healthz", "{}", 405, "application/json; charset=utf-8"},
      {"DELETE", "/api/v1/solutions/sol-t-dispenser", "", 405, "application/json; charset=utf-8"},
      {"PUT", "/api/v1/match", "{}", 405, "application/json; charset=utf-8"},
      {"PATCH", "/metrics", "{}", 405, "application/json; charset=utf-8"},
      {"POST", "/api/v1/match", "not json", 400, "application/json; charset=utf-8"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.method, c.path);
    RawConnection connection(server().port());
    REQUIRE(connection.connected());
    const std::string body = c.body;
    connection.send(std::string(c.method) + " " + c.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                    (std::string(c.method) == "GET" ? "" : "Content-Length: " + std::to_string(body.size()) + "\r\n") +
                    "\r\n" + body);
    const std::string raw = connection.read_all();
    CHECK(RawConnection::status_of(raw) == c.status);
    const auto header_end = raw.find("\r\n\r\n");
    REQUIRE(header_end != std::string::npos);
    std::string headers = raw.substr(0, header_end);
    CHECK_THAT(headers, Catch::Contains("\r\nContent-Type: " + std::string(c.content_type) + "\r\n"));
    for (const char* name : {"Content-Security-Policy: default-src 'none'", "X-Content-Type-Options: nosniff",
                             "X-Frame-Options: DENY", "Referrer-Policy: no-referrer", "Cache-Control: "}) {
      CHECK_THAT(headers, Catch::Contains(std::string("\r\n") + name));
    }
    if (c.status >= 400) {
      const json error = json::parse(raw.substr(header_end + 4));
      CHECK(error["error"]["code"].is_string());
      CHECK(!error["error"]["message"].get<std::string>().empty());
    }
    if (c.status == 405) CHECK_THAT(headers, Catch::Contains("\r\nAllow: "));
  }
}

TEST_CASE("wrong methods get 405 with Allow - OPTIONS and HEAD are answered", "[server]") {
  auto client = server().client();
  auto response = client.Get("/api/v1/match");
  REQUIRE(response);
  CHECK(response->status == 405);
  CHECK(response->get_header_value("Allow") == "POST");
  CHECK(error_of(response)["error"]["code"] == "method_not_allowed");
  response = client.Post("/search?need=x", "", "text/plain");
  REQUIRE(response);
  CHECK(response->status == 200);  // POST /search is the long-need form submission
  response = client.Delete("/healthz");
  REQUIRE(response);
  CHECK(response->status == 405);
  CHECK(response->get_header_value("Allow") == "GET, HEAD");
  response = client.Options("/api/v1/match");
  REQUIRE(response);
  CHECK(response->status == 204);
  CHECK(response->get_header_value("Allow") == "POST, OPTIONS");
  response = client.Head("/");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(response->body.empty());
  response = client.Options("/nowhere");
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
  response =
      client.Post("/api/v1/match", json{{"need", std::string(std::size_t{70} * 1024, 'a')}}.dump(), "application/json");
  REQUIRE(response);
  CHECK(response->status == 413);
  CHECK(error_of(response)["error"]["code"] == "payload_too_large");
  response = client.Post("/api/v1/match", R"({"need": "x", "limit": 1000})", "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  response = client.Post("/api/v1/match", R"({"need": "   "})", "application/json");
  REQUIRE(response);
  CHECK(response->status == 400);
  CHECK_THAT(error_of(response)["error"]["message"].get<std::string>(), Catch::Contains("empty"));
  response = client.Get("/no/such/page");
  REQUIRE(response);
  CHECK(response->status == 404);
  CHECK(error_of(response)["error"]["code"] == "not_found");
  response = client.Get("/api/v1/report?need=x&limit=0");
  REQUIRE(response);
  CHECK(response->status == 400);
  response = client.Get("/api/v1/report?need=x&delimiter=tab");
  REQUIRE(response);
  CHECK(response->status == 400);
}

TEST_CASE("GET / serves the Danish form - ?lang=en the English one", "[server][pages]") {
  auto client = server().client();
  auto response = client.Get("/");
  REQUIRE(response);
  CHECK(response->status == 200);
  const std::string& da = response->body;
  CHECK_THAT(da, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(da, Catch::Contains("<html lang=\"da\""));
  CHECK_THAT(da, Catch::Contains("<label for=\"need\">"));
  CHECK_THAT(da, Catch::Contains("<textarea id=\"need\" name=\"need\""));
  for (const char* filter : {"area", "maturity", "region", "org_type"}) {
    CHECK_THAT(da, Catch::Contains(std::string("<label for=\"") + filter + "\">"));
    CHECK_THAT(da, Catch::Contains(std::string("<select id=\"") + filter + "\" name=\"" + filter + "\">"));
  }
  CHECK_THAT(da, Catch::Contains("<option value=\"nattilsyn\">Nattilsyn</option>"));     // an area in the index
  CHECK_THAT(da, Catch::Contains("<option value=\"midtjylland\">Midtjylland</option>"));  // a region in the index
  CHECK_THAT(da, Catch::Contains("<option value=\"market\">På markedet</option>"));
  CHECK_THAT(da, Catch::Contains("<option value=\"research\">Forskning og uddannelse</option>"));
  CHECK_THAT(da, Catch::Contains("Screen markedet"));
  CHECK_THAT(da, Catch::Contains("class=\"skip-link\" href=\"#main\""));
  CHECK_THAT(da, Catch::Contains("<main id=\"main\""));
  CHECK_THAT(da, Catch::Contains("lang=\"en\" hreflang=\"en\" href=\"/?lang=en\">English</a>"));
  CHECK_THAT(da, !Catch::Contains("style="));
  CHECK_THAT(da, !Catch::Contains("<script>"));
  CHECK_THAT(da, !Catch::Contains("<style"));
  check_security_headers(*response);
  response = client.Get("/?lang=en");
  REQUIRE(response);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"en\""));
  CHECK_THAT(response->body, Catch::Contains("Screen the market"));
  CHECK_THAT(response->body, Catch::Contains("<option value=\"market\">On the market</option>"));
  CHECK_THAT(response->body, Catch::Contains("href=\"/?lang=da\">Dansk</a>"));
  response = client.Get("/?lang=xx");
  REQUIRE(response);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"da\""));
}

TEST_CASE("GET /search leads with the decision, keeps the form and links keep the language", "[server][pages]") {
  auto client = server().client();
  auto response = client.Get("/search?need=Nattilsyn%20af%20borgere%20med%20demens%20uden%20at%20v%C3%A6kke%20dem"
                             "&maturity=market&region=midtjylland&lang=en");
  REQUIRE(response);
  CHECK(response->status == 200);
  const std::string& page = response->body;
  const auto decision = page.find("<section class=\"decision decision-");
  REQUIRE(decision != std::string::npos);
  for (const char* section : {"id=\"solutions-h\"", "id=\"partners-h\"", "id=\"similar-h\"", "id=\"uncovered-h\""}) {
    CAPTURE(section);
    const auto at = page.find(section);
    REQUIRE(at != std::string::npos);
    CHECK(at > decision);
  }
  CHECK_THAT(page, Catch::Contains("<h2 id=\"decision-h\">Buy: a solution is already on the market</h2>"));
  CHECK_THAT(page, Catch::Contains("<ul class=\"reasons\" lang=\"da\">"));  // the matcher's reasons are Danish
  CHECK_THAT(page, Catch::Contains("SengeVagt"));
  CHECK_THAT(page, Catch::Contains("<mark>"));
  CHECK_THAT(page, Catch::Contains("Testby Kommune"));
  CHECK_THAT(page, Catch::Contains("Nattilsyn af borgere med demens uden at vække dem</textarea>"));
  CHECK_THAT(page, Catch::Contains("<option value=\"market\" selected>"));
  CHECK_THAT(page, Catch::Contains("<option value=\"midtjylland\" selected>"));
  CHECK_THAT(page, Catch::Contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"));
  // The language switch and the report links carry the need, the filters and the language.
  CHECK_THAT(page, Catch::Contains("lang=\"da\" hreflang=\"da\" href=\"/search?need=Nattilsyn%20af%20borgere"));
  CHECK_THAT(page, Catch::Contains("&amp;maturity=market&amp;region=midtjylland&amp;lang=da\">Dansk</a>"));
  CHECK_THAT(page, Catch::Contains("href=\"/api/v1/report?need=Nattilsyn"));
  CHECK_THAT(page, Catch::Contains("&amp;format=csv&amp;lang=en\""));
  CHECK_THAT(page, Catch::Contains("<a class=\"brand\" href=\"/?lang=en\">"));
  response = client.Get("/search?need=medicindispenser%20til%20hjemmeplejen");
  REQUIRE(response);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"da\""));
  CHECK_THAT(response->body, Catch::Contains("DosisHjem"));
  CHECK_THAT(response->body, Catch::Contains("medicindispenser til hjemmeplejen</textarea>"));
}

TEST_CASE("the results page explains errors in the interface language", "[server][pages]") {
  auto client = server().client();
  auto response = client.Post("/search", httplib::Params{{"need", std::string(10001, 'b')}, {"lang", "da"}});
  REQUIRE(response);
  CHECK(response->status == 413);  // url-encoded forms are limited to 8 KiB by cpp-httplib
  httplib::MultipartFormDataItems items{{"need", std::string(10001, 'b'), "", ""}, {"lang", "da", "", ""}};
  response = client.Post("/search", items);
  REQUIRE(response);
  CHECK(response->status == 400);
  CHECK_THAT(response->body, Catch::Contains("role=\"alert\""));
  CHECK_THAT(response->body, Catch::Contains("Behovet er for langt: 10.001 tegn"));
  items = {{"need", std::string(5000, 'c') + " demens", "", ""}, {"lang", "en", "", ""}, {"maturity", "market", "", ""}};
  response = client.Post("/search", items);
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("<html lang=\"en\""));
  CHECK_THAT(response->body, Catch::Contains("<option value=\"market\" selected>"));
  response = client.Get("/search?need=%FF%FE&lang=en");
  REQUIRE(response);
  CHECK(response->status == 400);
  CHECK_THAT(response->body, Catch::Contains("invalid characters"));
}

TEST_CASE("static files are compiled in and cacheable", "[server]") {
  auto client = server().client();
  auto response = client.Get("/static/app.css");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("@media print"));
  CHECK_THAT(response->body, Catch::Contains("@page{size:A4"));
  CHECK_THAT(response->body, Catch::Contains(":focus-visible"));
  CHECK(response->get_header_value("Cache-Control") == "public, max-age=300");
  response = client.Get("/static/app.js");
  REQUIRE(response);
  CHECK_THAT(response->body, Catch::Contains("need-count"));
  response = client.Get("/static/../static/app.css");
  REQUIRE(response);
  CHECK((response->status == 200 || response->status == 404));
  response = client.Get("/static/other.css");
  REQUIRE(response);
  CHECK(response->status == 404);
}

TEST_CASE("the Atom feed of a need links to the configured address, not the Host header", "[server]") {
  auto client = server().client();
  const auto response = client.Get("/api/v1/needs/need-t-testby-nat/feed.atom", {{"Host", "evil.example"}});
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  CHECK_THAT(response->body, Catch::Contains("http://127.0.0.1:" + std::to_string(server().port()) + "/api/v1/needs/need-t-testby-nat/feed.atom"));
  CHECK_THAT(response->body, !Catch::Contains("evil.example"));
}

TEST_CASE("GET /healthz reports the index revision", "[server]") {
  auto client = server().client();
  const auto response = client.Get("/healthz");
  REQUIRE(response);
  CHECK(response->status == 200);
  const json body = json::parse(response->body);
  CHECK(body["status"] == "ok");
  CHECK(body["revision"].get<int>() >= 1);
  CHECK(body["documents"].get<int>() >= 14);
}

TEST_CASE("the access log has one line per request, without query strings", "[server]") {
  auto client = server().client();
  REQUIRE(client.Get("/search?need=personfoelsomt%20cpr%201234")->status == 200);
  REQUIRE(client.Get("/healthz")->status == 200);
  const std::string log = server().process().err();
  CHECK_THAT(log, Catch::Contains(" GET /search 200 "));
  CHECK_THAT(log, Catch::Contains(" GET /healthz 200 "));
  CHECK_THAT(log, Catch::Contains("ms\n"));
  CHECK_THAT(log, !Catch::Contains("personfoelsomt"));
}

TEST_CASE("a new index revision is picked up without a restart", "[server]") {
  auto& running = server();
  auto client = running.client();
  const auto before = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  ingest_text(running.db(),
              R"({"type":"solution","id":"sol-t-new","organisation":"org-t-dosis","name":"Ny Dispenser","description":"Helt ny medicindispenser.","maturity":"market"})"
              "\n");
  const auto after = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  CHECK(after > before);
  CHECK(client.Get("/api/v1/solutions/sol-t-new")->status == 200);
}

TEST_CASE("a match after a re-index reads the new revision on the match slot's matcher", "[server]") {
  // One slot and two workers: the slot's matcher ran the first match at the old
  // revision, whichever worker takes the second request.
  TestServer single_slot("", {"--threads", "2", "--matches", "1"});
  auto client = single_slot.client();
  std::string body;
  const auto ids = [&](const std::string& need) {
    const auto response = client.Post("/api/v1/match", json{{"need", need}}.dump(), "application/json");
    REQUIRE(response);
    REQUIRE(response->status == 200);
    body = response->body;
    const json result = json::parse(body);
    std::set<std::string> found;
    for (const auto& solution : result["solutions"]) found.insert(solution["id"].get<std::string>());
    return found;
  };
  const std::string need = "Vi søger en vandingsrobot til plantekasserne på plejecentret";
  CHECK(ids(need).count("sol-t-vanding") == 0);
  ingest_text(single_slot.db(),
              R"({"type":"solution","id":"sol-t-vanding","organisation":"org-t-dosis","name":"Vandingsrobot","description":"Vandingsrobot til plantekasser på plejecentre.","maturity":"market"})"
              "\n");
  for (int i = 0; i < 3; ++i) {
    const auto found = ids(need);
    INFO(body);
    CHECK(found.count("sol-t-vanding") == 1);
  }
}

TEST_CASE("a compaction is picked up without a restart, and requests during it are answered", "[server]") {
  TestServer serving("", {"--threads", "2", "--match-cache", "0"});
  ingest_text(serving.db(), R"({"type":"solution","id":"sol-t-dosis-2","organisation":"org-t-dosis","name":"Dosis To",)"
                            R"("description":"Medicindispenser nummer to.","maturity":"market"})"
                            "\n");
  auto client = serving.client();
  const auto before = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  const std::string need = json{{"need", "Medicindispenser til borgere i eget hjem, der glemmer deres medicin"}}.dump();
  const auto first = client.Post("/api/v1/match", need, "application/json");
  REQUIRE(first);
  REQUIRE(first->status == 200);

  // A second client matches while the index is compacted and swapped: at least three
  // requests, then until the swap is done (bounded: 200 requests or 20 seconds).
  std::atomic<bool> compacted{false};
  std::atomic<int> answered{0}, failed{0};
  std::thread during([&] {
    auto other = serving.client();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (int i = 0; i < 200 && (i < 3 || !compacted) && std::chrono::steady_clock::now() < deadline; ++i) {
      const auto response = other.Post("/api/v1/match", need, "application/json");
      (response && response->status == 200 ? answered : failed)++;
    }
  });
  const auto result = run_tool("radar-index", {"compact", "--db", serving.db()});
  compacted = true;
  during.join();
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(failed == 0);
  CHECK(answered >= 3);

  const auto after = json::parse(client.Get("/healthz")->body)["revision"].get<int>();
  CHECK(after == before + 1);
  const auto second = client.Post("/api/v1/match", need, "application/json");
  REQUIRE(second);
  REQUIRE(second->status == 200);
  json first_result = json::parse(first->body), second_result = json::parse(second->body);
  CHECK(second_result["index"]["revision"].get<int>() == after);
  first_result.erase("index");
  second_result.erase("index");
  CHECK(first_result == second_result);
  CHECK(client.Get("/api/v1/solutions/sol-t-dosis-2")->status == 200);
}

TEST_CASE("radar-serve checks its options, refuses a missing index and stops on SIGTERM", "[server]") {
  TempDir dir;
  const auto help = run_tool("radar-serve", {"--help"}, "", 20);
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--threads N"));
  CHECK_THAT(help.out, Catch::Contains("--matches N"));
  const auto missing = run_tool("radar-serve", {"--db", dir.file("none"), "--listen", "127.0.0.1:0"}, "", 20);
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("no index at"));
  const auto bad = run_tool("radar-serve", {"--db", dir.file("none"), "--listen", "nowhere"}, "", 20);
  CHECK(bad.exit_code == 2);
  ingest_text(dir.file("db"), R"({"type":"organisation","id":"o","name":"O","description":"D","org_type":"company"})" "\n");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--threads", "0"}, {"--timeout", "0"}, {"--public-url", "javascript:alert(1)"},
        {"--listen", "127.0.0.1:80x"}, {"--threads", "many"},
        {"--matches", "0"}, {"--matches", "5000"}}) {
    std::vector<std::string> full{"--db", dir.file("db"), "--listen", "127.0.0.1:0"};
    full.insert(full.end(), args.begin(), args.end());
    CAPTURE(args);
    CHECK(run_tool("radar-serve", full, "", 20).exit_code == 2);
  }
  const int port = free_port();
  ChildProcess serve("radar-serve", {"--db", dir.file("db"), "--listen", "127.0.0.1:" + std::to_string(port)});
  REQUIRE(wait_for_http(port));
  const int taken = run_tool("radar-serve", {"--db", dir.file("db"), "--listen", "127.0.0.1:" + std::to_string(port)}, "", 20).exit_code;
  CHECK(taken == 1);
  CHECK(serve.stop(SIGTERM, 10) == 0);
}

TEST_CASE("the results page and the report name what the need rules out and the products that use it", "[server][pages]") {
  TestServer camera_server(
      R"({"type":"solution","id":"sol-kameravagt","organisation":"org-t-nattero","name":"KameraVagt","description":"Nattilsyn af borgere med demens med et kamera i loftet.","maturity":"market","areas":["nattilsyn"],"lang":"da"})"
      "\n");
  auto client = camera_server.client();
  const std::string need = "/search?need=Nattilsyn%20af%20borgere%20med%20demens%20uden%20kamera";
  auto response = client.Get(need.c_str());
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("<p class=\"ruled-out\">Behovet udelukker: kamera."));
  CHECK_THAT(response->body, Catch::Contains("<p class=\"conflict\">Strider mod behovet: bruger kamera</p>"));
  response = client.Get((need + "&lang=en").c_str());
  REQUIRE(response);
  // Labels are the thesaurus's own words, as in the aspects.
  CHECK_THAT(response->body, Catch::Contains("<p class=\"conflict\">Conflicts with the need: uses kamera</p>"));
  response = client.Get("/api/v1/report?need=Nattilsyn%20af%20borgere%20med%20demens%20uden%20kamera");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains("Strider mod behovet: bruger kamera"));
  response = client.Get("/api/v1/report?need=Nattilsyn%20af%20borgere%20med%20demens%20uden%20kamera&format=csv");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK_THAT(response->body, Catch::Contains(",Strider mod behovet: bruger kamera,"));  // the solution's why column
  CHECK_THAT(response->body, Catch::Contains("\r\nruled_out,,,,,,,,,,kamera,,,\r\n"));
  response = client.Post("/api/v1/match", R"({"need":"Nattilsyn af borgere med demens uden kamera"})", "application/json");
  REQUIRE(response);
  const auto json = nlohmann::json::parse(response->body);
  CHECK(json["need"]["ruled_out"] == nlohmann::json::array({"kamera"}));
  bool conflicted = false;
  for (const auto& solution : json["solutions"]) {
    if (solution["id"] == "sol-kameravagt") conflicted = solution["conflicts"] == nlohmann::json::array({"kamera"});
  }
  CHECK(conflicted);
}
