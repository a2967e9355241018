// Hostile input against radar-serve: records and requests carrying markup,
// attribute breakers, script URLs, spreadsheet formulas, invalid and overlong
// UTF-8, huge or malformed bodies and headers. Every one must come back escaped
// or be refused with a JSON error, and the server must stay up.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server_fixture.h"

using namespace radar::test;
using nlohmann::json;

namespace {

const char* const kHostileRecords = R"JSONL({"type":"organisation","id":"org-x-evil","name":"<script>alert('org')</script>Evil \"Corp\" 'x' onmouseover=alert(1)","description":"Sensor nattilsyn demens <img src=x onerror=alert(1)>","org_type":"company","website":"javascript:alert('site')","areas":["nattilsyn","<b>area</b>"],"region":"\"><script>alert(2)</script>"}
{"type":"solution","id":"sol-x-evil","organisation":"org-x-evil","name":"=HYPERLINK(\"http://evil.example\",\"klik\") <svg onload=alert(3)>","description":"Nattilsyn demens sensor </p><script>alert(4)</script> <a href=\"javascript:alert(5)\">klik</a>","maturity":"market","url":"javascript:alert('sol')","areas":["nattilsyn"]}
{"type":"solution","id":"sol-x-data","organisation":"org-x-evil","name":"DataLink nattilsyn","description":"nattilsyn demens sensor","maturity":"market","url":"data:text/html,<script>alert(6)</script>"}
{"type":"solution","id":"sol-x-proto","organisation":"org-x-evil","name":"ProtoRel nattilsyn","description":"nattilsyn demens sensor","maturity":"pilot","url":"//evil.example/x"}
{"type":"solution","id":"sol-x-upper","organisation":"org-x-evil","name":"Upper nattilsyn","description":"nattilsyn demens sensor","maturity":"pilot","url":"JaVaScRiPt:alert(8)"}
{"type":"solution","id":"sol-x-space","organisation":"org-x-evil","name":"Space nattilsyn","description":"nattilsyn demens sensor","maturity":"pilot","url":" javascript:alert(9)"}
{"type":"need","id":"need-x-evil","municipality":"<i>Ond</i> Kommune","title":"</textarea><script>alert(7)</script>","description":"Nattilsyn af borgere med demens uden at vække dem om natten med sensor"}
)JSONL";

// Stores the records as an older index (or another writer) may hold them: ingest now
// refuses links that are not http(s) (docs/bad-input.md), but what reaches the pages,
// the report and the API must still be neutralised.
void store_unchecked(const std::string& db, const std::string& lines) {
  radar::IndexWriter writer(db);
  std::istringstream input(lines);
  std::string line;
  while (std::getline(input, line)) {
    if (line.empty()) continue;
    const json data = json::parse(line);
    json checkable = data;
    for (const char* key : {"url", "website"}) {
      if (checkable.contains(key)) checkable[key] = "https://placeholder.example/";
    }
    radar::Record record = radar::validate_record(checkable);
    for (const char* key : {"url", "website"}) {
      if (data.contains(key)) record.data[key] = data[key];
    }
    writer.put(record);
  }
  writer.commit();
}

TestServer& server() {
  static TestServer running("", {"--timeout", "3"});
  static const bool stored = (store_unchecked(running.db(), kHostileRecords), true);
  (void)stored;
  return running;
}

// Only these elements may appear in our pages; records and requests must not add any.
void check_markup_is_ours(const std::string& page) {
  static const std::set<std::string> kAllowed{
      "html", "head", "meta", "title", "link", "script", "body", "a", "header", "div", "span", "nav", "main", "h1", "h2",
      "h3", "h4", "p", "dl", "dt", "dd", "details", "summary", "form", "input", "label", "textarea", "fieldset", "legend",
      "select", "option", "button", "section", "ul", "ol", "li", "article", "mark", "footer", "strong", "br", "table",
      "thead", "tbody", "tr", "th", "td"};
  static const std::regex kTag("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  static const std::regex kHandler("\\son[a-z]+\\s*=", std::regex::icase);
  for (auto it = std::sregex_iterator(page.begin(), page.end(), kTag); it != std::sregex_iterator(); ++it) {
    CAPTURE((*it)[0].str());
    CHECK(kAllowed.count((*it)[1].str()) == 1);
    // Attribute names only: our values are always double-quoted, with " escaped inside.
    static const std::regex kQuoted("\"[^\"]*\"");
    const std::string attributes = std::regex_replace((*it)[2].str(), kQuoted, "\"\"");
    CHECK(!std::regex_search(attributes, kHandler));
    CHECK(attributes.find("style=") == std::string::npos);
  }
  static const std::regex kScript("<script[^>]*>");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), kScript); it != std::sregex_iterator(); ++it) {
    CHECK((*it)[0].str() == "<script src=\"/static/app.js\" defer>");
  }
  static const std::regex kHref("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), kHref); it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1].str();
    CAPTURE(target);
    CHECK((target.rfind('/', 0) == 0 || target.rfind('#', 0) == 0 || target.rfind("http://", 0) == 0 ||
           target.rfind("https://", 0) == 0));
    CHECK(target.rfind("//", 0) != 0);
  }
}

std::string post_raw(const std::string& path, const std::string& body, const std::string& extra_headers = "") {
  RawConnection connection(server().port());
  REQUIRE(connection.connected());
  connection.send("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                  std::to_string(body.size()) + "\r\n" + extra_headers + "\r\n" + body);
  return connection.read_response();
}

json error_json(const std::string& raw) {
  const auto end = raw.find("\r\n\r\n");
  REQUIRE(end != std::string::npos);
  CHECK_THAT(raw.substr(0, end), Catch::Contains("Content-Type: application/json"));
  json body = json::parse(raw.substr(end + 4));
  REQUIRE(body.contains("error"));
  return body;
}

bool still_healthy() {
  auto client = server().client();
  const auto response = client.Get("/healthz");
  return response && response->status == 200;
}

}  // namespace

TEST_CASE("hostile records are escaped on the results page", "[hostile]") {
  auto client = server().client();
  const auto response = client.Get("/search?need=nattilsyn%20demens%20sensor%20uden%20at%20v%C3%A6kke&lang=da");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const std::string& page = response->body;
  CHECK_THAT(page, Catch::Contains("ProtoRel nattilsyn"));  // the hostile records are among the results
  CHECK_THAT(page, Catch::Contains("&lt;svg onload=alert(3)&gt;"));
  CHECK_THAT(page, Catch::Contains("&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;Evil &quot;Corp&quot;"));
  CHECK_THAT(page, Catch::Contains("&lt;/textarea&gt;&lt;script&gt;alert(7)&lt;/script&gt;"));
  CHECK_THAT(page, Catch::Contains("&lt;i&gt;Ond&lt;/i&gt; Kommune"));
  CHECK_THAT(page, Catch::Contains("&lt;a href=&quot;javascript:alert(5)&quot;&gt;"));  // text, not a link
  CHECK_THAT(page, !Catch::Contains("href=\"javascript:"));
  CHECK_THAT(page, !Catch::Contains("JaVaScRiPt:"));
  CHECK_THAT(page, !Catch::Contains("data:text"));
  CHECK_THAT(page, !Catch::Contains("evil.example/x"));
  check_markup_is_ours(page);
  // The region and area choices come from the index, escaped.
  const auto form = client.Get("/");
  REQUIRE(form);
  CHECK_THAT(form->body, Catch::Contains("<option value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\">"));
  check_markup_is_ours(form->body);
}

TEST_CASE("hostile requests are escaped in the page they come back in", "[hostile]") {
  auto client = server().client();
  const std::vector<std::string> queries{
      "need=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%3E",
      "need=%3C%2Ftextarea%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "need=demens&area=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "need=demens&region=%27%20onfocus%3Dalert(1)%20autofocus%20x%3D%27",
      "need=demens&maturity=%22%20onmouseover%3D%22alert(1)",
      "need=demens&org_type=%3Csvg%2Fonload%3Dalert(1)%3E",
      "need=demens&lang=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "need=javascript%3Aalert(1)",
      "need=%00%01%02nattilsyn%7F",
      "need=demens%0D%0ASet-Cookie%3A%20x%3D1",
  };
  for (const auto& query : queries) {
    CAPTURE(query);
    for (const std::string path : {"/search?", "/?", "/api/v1/report?format=html&"}) {
      const auto response = client.Get(path + query);
      REQUIRE(response);
      CHECK((response->status == 200 || response->status == 400));
      CHECK_THAT(response->body, !Catch::Contains("<script>alert"));
      CHECK_THAT(response->body, !Catch::Contains("<img src=x"));
      CHECK_THAT(response->body, !Catch::Contains("<svg"));
      CHECK(response->get_header_value("Set-Cookie").empty());
      if (response->get_header_value("Content-Type").find("text/html") == 0) check_markup_is_ours(response->body);
    }
  }
}

TEST_CASE("hostile records are escaped or neutralised in the report's three formats", "[hostile][report]") {
  auto client = server().client();
  const std::string query = "/api/v1/report?need=nattilsyn%20demens%20sensor&lang=en";
  auto response = client.Get(query + "&format=html");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  CHECK_THAT(response->body, !Catch::Contains("href=\"javascript:"));
  CHECK_THAT(response->body, !Catch::Contains("javascript:alert(&#39;sol&#39;)"));
  CHECK_THAT(response->body, Catch::Contains("&lt;svg onload=alert(3)&gt;"));
  check_markup_is_ours(response->body);

  response = client.Get(query + "&format=csv");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const std::string& csv = response->body;
  // A formula is defused with a leading apostrophe; its quotes are doubled inside a quoted field.
  CHECK_THAT(csv, Catch::Contains(R"("'=HYPERLINK(""http://evil.example"",""klik"") <svg onload=alert(3)>")"));
  CHECK_THAT(csv, !Catch::Contains(",=HYPERLINK"));
  CHECK_THAT(csv, !Catch::Contains("javascript:"));
  CHECK_THAT(csv, !Catch::Contains("data:text"));

  response = client.Get(query + "&format=json");
  REQUIRE(response);
  REQUIRE(response->status == 200);
  const json report = json::parse(response->body);  // valid JSON, values as data
  bool found = false;
  for (const auto& s : report["solutions"]) {
    if (s["id"] == "sol-x-evil") {
      found = true;
      CHECK(s["name"].get<std::string>().find("<svg onload=alert(3)>") != std::string::npos);
    }
  }
  CHECK(found);
  CHECK(response->get_header_value("X-Content-Type-Options") == "nosniff");
}

TEST_CASE("stored records come back as JSON data, never as markup", "[hostile]") {
  auto client = server().client();
  const auto response = client.Get("/api/v1/organisations/org-x-evil");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(response->get_header_value("Content-Type") == "application/json; charset=utf-8");
  CHECK(json::parse(response->body)["website"] == "javascript:alert('site')");
}

TEST_CASE("invalid and overlong UTF-8 is refused with a JSON error", "[hostile][utf8]") {
  const std::vector<std::string> bodies{
      std::string("{\"need\": \"nattilsyn \xFF\xFE\"}"),
      std::string("{\"need\": \"\xC0\xAF overlong slash\"}"),
      std::string("{\"need\": \"\xED\xA0\x80 surrogate\"}"),
      std::string("{\"need\": \"\xF4\x90\x80\x80 past U+10FFFF\"}"),
      std::string("{\"need\": \"truncated \xE2\x82\"}"),
      R"({"need": "lone \ud800 escape"})",
  };
  for (const auto& body : bodies) {
    CAPTURE(body);
    const std::string raw = post_raw("/api/v1/match", body);
    CHECK(RawConnection::status_of(raw) == 400);
    CHECK(error_json(raw)["error"]["code"] == "bad_request");
  }
  auto client = server().client();
  for (const std::string path : {"/search?need=%C0%AF", "/search?need=%ED%A0%80", "/api/v1/report?need=%FF"}) {
    CAPTURE(path);
    const auto response = client.Get(path);
    REQUIRE(response);
    CHECK(response->status == 400);
  }
  const auto response = client.Get("/api/v1/solutions/%FF%FE%3Cscript%3E");
  REQUIRE(response);
  CHECK(response->status == 404);
  CHECK_NOTHROW(json::parse(response->body));  // the id is echoed as valid, escaped JSON
  CHECK(still_healthy());
}

TEST_CASE("bad JSON types get 400 with a message naming the field", "[hostile][json]") {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"[]", "JSON object"},
      {"\"need\"", "JSON object"},
      {"null", "JSON object"},
      {"{}", "need"},
      {R"({"need": null})", "need"},
      {R"({"need": ["a"]})", "need"},
      {R"({"need": {"text": "a"}})", "need"},
      {R"({"need": true})", "need"},
      {R"({"need": "demens", "limit": "5"})", "limit"},
      {R"({"need": "demens", "limit": 5.5})", "limit"},
      {R"({"need": "demens", "limit": -1})", "limit"},
      {R"({"need": "demens", "limit": 1e300})", "limit"},
      {R"({"need": "demens", "filters": []})", "filters"},
      {R"({"need": "demens", "filters": {"area": [1]}})", "filters.area"},
      {R"({"need": "demens", "filters": {"maturity": {"a": 1}}})", "filters.maturity"},
      {R"({"need": "demens", "filters": {"region": [null]}})", "filters.region"},
      {"{\"need\": \"demens\"", "not valid JSON"},
      {"{\"need\": \"demens\"} trailing", "not valid JSON"},
      {std::string(30000, '[') + std::string(30000, ']'), "JSON object"},
  };
  for (const auto& [body, mention] : cases) {
    CAPTURE(body.substr(0, 80));
    const std::string raw = post_raw("/api/v1/match", body);
    CHECK(RawConnection::status_of(raw) == 400);
    CHECK_THAT(error_json(raw)["error"]["message"].get<std::string>(), Catch::Contains(mention));
  }
  json many = {{"need", "demens"}, {"filters", {{"area", std::vector<std::string>(25, "a")}}}};
  CHECK(RawConnection::status_of(post_raw("/api/v1/match", many.dump())) == 400);
  many = {{"need", "demens"}, {"filters", {{"area", {std::string(300, 'a')}}}}};
  CHECK(RawConnection::status_of(post_raw("/api/v1/match", many.dump())) == 400);
  CHECK(still_healthy());
}

TEST_CASE("huge, unsized, chunked and compressed bodies are refused without reading them", "[hostile][limits]") {
  SECTION("a declared body over 64 KiB gets 413 at once and the connection is closed") {
    RawConnection connection(server().port());
    connection.send("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n{\"need\": \"");
    const std::string raw = connection.read_response(5);
    CHECK(RawConnection::status_of(raw) == 413);
    CHECK_THAT(raw, Catch::Contains("Connection: close"));
    CHECK(error_json(raw)["error"]["code"] == "payload_too_large");
    CHECK(connection.closed_by_peer(5));
  }
  SECTION("Expect: 100-continue with a huge body is answered 413 instead of 100") {
    RawConnection connection(server().port());
    connection.send("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n");
    const std::string raw = connection.read_response(5);
    CHECK(RawConnection::status_of(raw) == 413);
  }
  SECTION("a body of exactly the limit is read; one byte more is refused") {
    constexpr std::size_t kLimit = std::size_t{64} * 1024;  // the documented body limit
    const std::string padding(kLimit - 30, ' ');
    std::string body = "{\"need\": \"demens\"" + padding;
    body += std::string(kLimit - body.size() - 1, ' ') + "}";
    REQUIRE(body.size() == kLimit);
    CHECK(RawConnection::status_of(post_raw("/api/v1/match", body)) == 200);
    CHECK(RawConnection::status_of(post_raw("/api/v1/match", body + " ")) == 413);
  }
  SECTION("chunked, compressed, unsized and doubly sized bodies get 400") {
    const std::vector<std::string> requests{
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nxxxx",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\nxxxx",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\n\r\n{\"need\": \"demens\"}",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 20\r\n\r\n{}",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
    };
    for (const auto& request : requests) {
      CAPTURE(request);
      RawConnection connection(server().port());
      connection.send(request);
      const std::string raw = connection.read_response(5);
      CHECK(RawConnection::status_of(raw) == 400);
      error_json(raw);
    }
  }
  SECTION("requests cpp-httplib cannot parse get 400 and the connection is closed") {
    for (const std::string request : {"garbage\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n",
                                      "BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                                      "GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n"}) {
      CAPTURE(request);
      RawConnection connection(server().port());
      connection.send(request);
      const std::string raw = connection.read_all(5);
      CHECK(RawConnection::status_of(raw) == 400);
      CHECK_THAT(raw, Catch::Contains("\r\nConnection: close\r\n"));
      CHECK(raw.find("HTTP/1.1", 5) == std::string::npos);  // one answer, not one per leftover line
    }
  }
  SECTION("url-encoded forms over 8 KiB get 413") {
    auto client = server().client();
    const auto response = client.Post("/search", httplib::Params{{"need", std::string(9000, 'x')}});
    REQUIRE(response);
    CHECK(response->status == 413);
  }
  CHECK(still_healthy());
}

TEST_CASE("oversized request lines and headers are refused and bounded", "[hostile][limits]") {
  auto client = server().client();
  SECTION("a URL over 8 KiB gets a JSON 400 that says how to send long needs") {
    const auto response = client.Get("/search?need=" + std::string(9000, 'a'));
    REQUIRE(response);
    CHECK(response->status == 400);
    CHECK_THAT(response->body, Catch::Contains("POST /api/v1/match"));
  }
  SECTION("a header line over 8 KiB gets 400") {
    const auto response = client.Get("/healthz", {{"X-Big", std::string(9000, 'h')}});
    REQUIRE(response);
    CHECK(response->status == 400);
  }
  SECTION("headers beyond the per-request byte budget end the connection") {
    RawConnection connection(server().port());
    std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 200; ++i) request += "X-Filler-" + std::to_string(i) + ": " + std::string(1000, 'f') + "\r\n";
    connection.send(request + "\r\n");
    const std::string raw = connection.read_all(5);
    CHECK(RawConnection::status_of(raw) != 200);
    CHECK(connection.closed_by_peer(5));
  }
  SECTION("a request line without end is cut off at the budget, not buffered") {
    RawConnection connection(server().port());
    connection.send("GET /" + std::string(std::size_t{200} * 1024, 'a'));
    CHECK(connection.closed_by_peer(5));
  }
  CHECK(still_healthy());
}

TEST_CASE("a slow client is cut off at the request deadline", "[hostile][limits]") {
  RawConnection connection(server().port());
  const auto started = std::chrono::steady_clock::now();
  connection.send("GET /healthz HTTP/1.1\r\nX-Slow: ");
  // One header byte every 300 ms: never idle long enough for a read timeout, but
  // the whole request must arrive within --timeout 3.
  while (std::chrono::steady_clock::now() - started < std::chrono::seconds(10) && !connection.peer_spoke_or_closed()) {
    connection.send("x");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  CHECK(seconds < 6);
  CHECK(RawConnection::status_of(connection.read_all(5)) != 200);
  CHECK(connection.closed_by_peer(5));
  CHECK(still_healthy());
}

TEST_CASE("nothing a user sends makes the server fetch a URL or read a file", "[hostile]") {
  // A trap: a listening socket nobody should connect to.
  const int trap = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(trap, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  socklen_t length = sizeof address;
  ::getsockname(trap, reinterpret_cast<sockaddr*>(&address), &length);
  REQUIRE(::listen(trap, 4) == 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/trap";
  auto client = server().client();
  client.Post("/api/v1/match", json{{"need", "se " + url + " nattilsyn"}, {"filters", {{"area", {url}}}}}.dump(),
              "application/json");
  client.Get("/search?need=" + url + "&region=" + url);
  client.Get("/api/v1/report?need=" + url + "&format=json");
  client.Get("/api/v1/solutions/" + url);
  client.Get("/api/v1/needs/x/feed.atom", {{"Host", url}});
  pollfd entry{trap, POLLIN, 0};
  CHECK(::poll(&entry, 1, 300) == 0);  // no connection attempt
  ::close(trap);
  for (const std::string path : {"/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                                 "/api/v1/solutions/..%2F..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "/../../etc/passwd",
                                 "/static/app.css/../../etc/passwd"}) {
    CAPTURE(path);
    const auto response = client.Get(path);
    REQUIRE(response);
    CHECK(response->status == 404);
    CHECK_THAT(response->body, !Catch::Contains("root:"));
  }
}

TEST_CASE("control characters in paths cannot forge access log lines", "[hostile]") {
  auto client = server().client();
  client.Get("/x%0D%0A2030-01-01T00:00:00Z%20GET%20/forged%20200%201.0ms");
  const std::string log = server().process().err();
  CHECK_THAT(log, !Catch::Contains("\n2030-01-01T00:00:00Z GET /forged"));
  CHECK_THAT(log, Catch::Contains("/x\\x0D\\x0A2030"));
}
