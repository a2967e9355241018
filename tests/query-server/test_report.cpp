// The market-screening report, GET /api/v1/report, in its three formats: what
// a municipality files (need, time, index revision, sources, decision,
// evidence), printable HTML, RFC 4180 CSV for Excel, and JSON.
#include <regex>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "radar/text.h"
#include "server_fixture.h"

using namespace radar::test;
using nlohmann::json;

namespace {

TestServer& server() {
  static TestServer running(
      "", {}, {{"radar:source:kommune-a:crawled", "2026-11-20T10:00:00Z"},
               {"radar:source:leverandoer-b:crawled", "2026-11-21T08:30:00Z"},
               {"radar:source:leverandoer-b:pages", "12"}});  // not a crawl time: ignored
  return running;
}

const std::string kNeed = "Nattilsyn af borgere med demens uden at vække dem";
const std::string kQuery = "/api/v1/report?need=Nattilsyn%20af%20borgere%20med%20demens%20uden%20at%20v%C3%A6kke%20dem";

// RFC 4180 records: quoted fields may hold the delimiter, "" and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, char delimiter = ',') {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delimiter) {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

int current_revision() {
  auto client = server().client();
  return json::parse(client.Get("/healthz")->body)["revision"].get<int>();
}

}  // namespace

TEST_CASE("the HTML report holds what a municipality files, in Danish by default", "[report]") {
  auto client = server().client();
  const auto response = client.Get(kQuery);
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const std::string& html = response->body;
  CHECK_THAT(html, Catch::Contains("<html lang=\"da\""));
  CHECK_THAT(html, Catch::Contains("<h1>Markedsscreening</h1>"));
  CHECK_THAT(html, Catch::Contains("<td class=\"need-text\">" + kNeed + "</td>"));
  const std::string today = radar::utc_now_iso8601().substr(0, 10);
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">Udarbejdet</th><td>"));
  CHECK_THAT(html, Catch::Contains("(" + today + "T"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">Indeksrevision</th><td>" + std::to_string(current_revision()) + "</td>"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">Indeks opdateret</th>"));
  // When each source was last crawled, from the index metadata.
  CHECK_THAT(html, Catch::Contains("<td>kommune-a</td><td>20.11.2026 kl. "));
  CHECK_THAT(html, Catch::Contains("(2026-11-20T10:00:00Z)</td>"));
  CHECK_THAT(html, Catch::Contains("<td>leverandoer-b</td>"));
  CHECK_THAT(html, !Catch::Contains("<td>leverandoer-b:pages</td>"));
  // The decision with its reasons, then the evidence.
  CHECK_THAT(html, Catch::Contains("<h2>Beslutning</h2>"));
  CHECK_THAT(html, Catch::Contains("Køb: en løsning findes allerede på markedet"));
  CHECK_THAT(html, Catch::Contains("<h3>Begrundelse</h3><ul><li>"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"col\">Aspekt</th>"));
  CHECK_THAT(html, Catch::Contains("<td>1</td><td>SengeVagt<br><span class=\"badge\">"));
  CHECK_THAT(html, Catch::Contains("<td>NatteRo ApS</td><td>På markedet</td>"));
  CHECK_THAT(html, Catch::Contains("<td class=\"url\"><a href=\"https://nattero.example/\" rel=\"noopener noreferrer\">"));
  CHECK_THAT(html, Catch::Contains("<h2>Mulige partnere</h2>"));
  CHECK_THAT(html, Catch::Contains("<td>Testby Kommune</td><td>Nattilsyn uden at vække borgeren</td>"));
  CHECK_THAT(html, Catch::Contains("<h2>Det dækker ingen løsning på markedet</h2>"));
  // Printable: the stylesheet has A4 print rules; buttons only with JavaScript.
  CHECK_THAT(html, Catch::Contains("<link rel=\"stylesheet\" href=\"/static/app.css\">"));
  CHECK_THAT(html, Catch::Contains("data-print hidden>Udskriv</button>"));
  CHECK_THAT(html, Catch::Contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""));
}

TEST_CASE("the HTML report switches to English and keeps the filters", "[report]") {
  auto client = server().client();
  const auto response = client.Get(kQuery + "&maturity=market&lang=en");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const std::string& html = response->body;
  CHECK_THAT(html, Catch::Contains("<html lang=\"en\""));
  CHECK_THAT(html, Catch::Contains("<h1>Market screening</h1>"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">Narrowed to</th><td>Maturity: On the market</td>"));
  CHECK_THAT(html, Catch::Contains("<td>kommune-a</td><td>20 Nov 2026, "));
  CHECK_THAT(html, Catch::Contains("<h2>Decision</h2>"));
  CHECK_THAT(html, Catch::Contains("&amp;maturity=market&amp;format=html&amp;lang=da\">Dansk</a>"));
  CHECK_THAT(html, Catch::Contains("href=\"/search?need=Nattilsyn"));  // back to the results, same language
}

TEST_CASE("the CSV report is RFC 4180, UTF-8 with a BOM, one row per solution and partner", "[report]") {
  auto client = server().client();
  const auto response = client.Get(kQuery + "&format=csv");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  CHECK(response->get_header_value("Content-Type") == "text/csv; charset=utf-8; header=present");
  CHECK_THAT(response->get_header_value("Content-Disposition"),
             Catch::Matches("attachment; filename=\"markedsscreening-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
  const std::string& csv = response->body;
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find('\n') == csv.find("\r\n") + 1);  // CRLF line ends
  const auto rows = parse_csv(csv.substr(3));
  REQUIRE(rows.size() > 5);
  const std::vector<std::string> header{"type", "rank", "id", "name", "organisation", "org_type", "maturity", "score",
                                        "buy_instead", "covered", "missing", "why", "url", "time"};
  CHECK(rows[0] == header);
  std::map<std::string, int> types;
  for (const auto& row : rows) {
    CHECK(row.size() == header.size());
    ++types[row[0]];
  }
  CHECK(types["need"] == 1);
  CHECK(types["index"] == 1);
  CHECK(types["source"] == 2);
  CHECK(types["decision"] == 1);
  CHECK(types["solution"] >= 1);
  CHECK(types["partner"] >= 1);
  CHECK(types["similar_need"] >= 1);
  for (const auto& row : rows) {
    if (row[0] == "need") CHECK(row[3] == kNeed);
    if (row[0] == "index") CHECK(row[2] == std::to_string(current_revision()));
    if (row[0] == "source" && row[2] == "kommune-a") CHECK(row[13] == "2026-11-20T10:00:00Z");
    if (row[0] == "decision") CHECK(row[2] == "buy");
    if (row[0] == "solution" && row[1] == "1") {
      CHECK(row[3] == "SengeVagt");
      CHECK(row[4] == "NatteRo ApS");
      CHECK(row[6] == "market");
      CHECK(row[8] == "true");
      CHECK(row[12] == "https://nattero.example/");
    }
  }
  // A field holding commas is quoted, not split into columns.
  CHECK(std::regex_search(csv, std::regex(",\"[^\"\r\n]*, [^\"]*\"(,|\r\n)")));
}

TEST_CASE("the CSV report can use semicolons for a Danish Excel", "[report]") {
  auto client = server().client();
  const auto response = client.Get(kQuery + "&format=csv&delimiter=semicolon");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const auto rows = parse_csv(response->body.substr(3), ';');
  REQUIRE(!rows.empty());
  CHECK(rows[0].size() == 14);
  CHECK(rows[0][0] == "type");
}

TEST_CASE("the JSON report is the match result plus time, filters and sources", "[report]") {
  auto client = server().client();
  const auto response = client.Get(kQuery + "&format=json&maturity=market&limit=3");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const json report = json::parse(response->body);
  for (const char* key : {"need", "verdict", "solutions", "partners", "similar_needs", "index", "generated", "filters",
                          "sources", "documents_by_type", "lang"}) {
    CAPTURE(key);
    CHECK(report.contains(key));
  }
  CHECK(report["need"]["text"] == kNeed);
  CHECK(std::regex_match(report["generated"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
  CHECK(report["filters"]["maturity"] == json::array({"market"}));
  CHECK(report["sources"] == json::parse(R"([{"id":"kommune-a","crawled":"2026-11-20T10:00:00Z"},
                                             {"id":"leverandoer-b","crawled":"2026-11-21T08:30:00Z"}])"));
  CHECK(report["documents_by_type"]["solution"].get<int>() >= 6);
  CHECK(report["index"]["revision"].get<int>() == current_revision());
  CHECK(report["solutions"].size() <= 3);
  for (const auto& s : report["solutions"]) CHECK(s["maturity"] == "market");
}

TEST_CASE("the report refuses what it cannot screen, with JSON errors", "[report]") {
  auto client = server().client();
  for (const std::string query : {"/api/v1/report", "/api/v1/report?need=", "/api/v1/report?need=%20%20",
                                  "/api/v1/report?need=x&format=xml", "/api/v1/report?need=x&limit=101",
                                  "/api/v1/report?need=x&limit=abc", "/api/v1/report?need=%FF"}) {
    CAPTURE(query);
    const auto response = client.Get(query);
    REQUIRE(response);
    CHECK(response->status == 400);
    CHECK(json::parse(response->body)["error"]["code"] == "bad_request");
  }
  const auto response = client.Post("/api/v1/report?need=x", "", "text/plain");
  REQUIRE(response);
  CHECK(response->status == 405);
}
