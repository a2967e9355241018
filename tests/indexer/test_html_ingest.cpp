// Black-box tests of `radar-index ingest-html`: HTML files on disk indexed as page
// documents, the way the crawler indexes a fetched page.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "radar/concepts.h"
#include "test_support.h"

using namespace radar::test;
using nlohmann::json;

namespace {

std::string page(const std::string& title, const std::string& body, const std::string& head_extra = "") {
  return "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head_extra +
         "</head><body><nav><a href=\"/\">Forside</a></nav><main><h1>" + title + "</h1><p>" + body +
         "</p></main><footer>Cookiepolitik</footer></body></html>\n";
}

// A small mirrored site: three pages (one .htm, one nested), a noindex page and a file
// that is not HTML.
std::string make_site(const TempDir& dir) {
  std::string root = dir.file("site");
  std::filesystem::create_directories(root + "/produkter/lift");
  dir.write("site/index.html", page("Velkommen", "Vi laver loftlifte og forflytningshjælpemidler til plejeboliger."));
  dir.write("site/produkter/lift/model-a.html",
            page("Loftlift model A", "En loftlift med skinnesystem, der flytter borgeren sikkert mellem seng og bad."));
  dir.write("site/kontakt.htm", page("Kontakt", "Ring til os om vaskebrikker og nattilsyn med sensorer."));
  dir.write("site/privat.html", page("Intern side", "Denne side er hemmelig skumfidus.",
                                     "<meta name=\"robots\" content=\"noindex\">"));
  dir.write("site/logo.txt", "not html");
  return root;
}

std::vector<json> pages_of(const std::string& db) {
  const auto result = run_tool("radar-index", {"list", "--db", db, "--type", "page"});
  REQUIRE(result.exit_code == 0);
  return json_lines(result.out);
}

}  // namespace

TEST_CASE("ingest-html indexes a directory of HTML files as pages under the base URL", "[ingest-html]") {
  TempDir dir;
  const std::string site = make_site(dir);
  const auto result =
      run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url", "https://lift.example/", site});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("ingested 3 pages (3 new, 0 replaced), skipped 1 noindex, rejected 0"));

  std::set<std::string> urls;
  for (const auto& row : pages_of(dir.file("db"))) urls.insert(row["url"].get<std::string>());
  CHECK(urls == std::set<std::string>{"https://lift.example/index.html", "https://lift.example/kontakt.htm",
                                      "https://lift.example/produkter/lift/model-a.html"});

  const auto found = run_tool("radar-index", {"search", "--db", dir.file("db"), "skinnesystem"});
  REQUIRE(found.exit_code == 0);
  const auto hits = json_lines(found.out);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["id"] == "https://lift.example/produkter/lift/model-a.html");
  CHECK(hits[0]["type"] == "page");
  CHECK(hits[0]["title"] == "Loftlift model A");
  // Stemmed like crawled pages: the Danish plural finds the singular page.
  CHECK(json_lines(run_tool("radar-index", {"search", "--db", dir.file("db"), "loftliftene"}).out).size() >= 1);
  // The noindex page is not there.
  CHECK(json_lines(run_tool("radar-index", {"search", "--db", dir.file("db"), "skumfidus"}).out).empty());
}

TEST_CASE("ingest-html is idempotent by URL and commits one revision per run", "[ingest-html]") {
  TempDir dir;
  const std::string site = make_site(dir);
  const std::vector<std::string> args{"ingest-html", "--db", dir.file("db"), "--base-url", "https://lift.example", site};
  REQUIRE(run_tool("radar-index", args).exit_code == 0);
  const auto again = run_tool("radar-index", args);
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("0 new, 3 replaced"));
  const json stats = json::parse(run_tool("radar-index", {"stats", "--db", dir.file("db")}).out);
  CHECK(stats["documents"]["page"] == 3);
  CHECK(stats["revision"] == 2);
}

TEST_CASE("ingest-html ties pages to an organisation of the index", "[ingest-html]") {
  TempDir dir;
  const std::string site = make_site(dir);
  build_fixture_index(dir.file("db"));
  const auto orgs = json_lines(run_tool("radar-index", {"list", "--db", dir.file("db"), "--type", "organisation"}).out);
  REQUIRE(!orgs.empty());
  const std::string org = orgs.front()["id"];
  const auto result = run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url",
                                               "https://lift.example/", "--organisation", org, site});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(pages_of(dir.file("db")).size() == 3);

  const auto unknown = run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url",
                                                "https://lift.example/", "--organisation", "no-such-org", site});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("no-such-org"));
}

TEST_CASE("ingest-html --shard splits pages by a stable hash of the URL", "[ingest-html]") {
  TempDir dir;
  const std::string site = make_site(dir);
  std::set<std::string> all;
  std::size_t total = 0;
  for (const char* shard : {"0/2", "1/2"}) {
    const std::string db = dir.file(std::string("s") + shard[0]);
    const auto result =
        run_tool("radar-index", {"ingest-html", "--db", db, "--base-url", "https://lift.example/", "--shard", shard, site});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    for (const auto& row : pages_of(db)) all.insert(row["id"].get<std::string>());
    total += pages_of(db).size();
  }
  CHECK(total == 3);
  CHECK(all.size() == 3);
}

TEST_CASE("ingest-html tags a compound whose rest only a later page holds", "[ingest-html]") {
  // "sengekanten" is "seng" + "kanten" once some page holds "kanten": here only the page
  // ingested after it (files are taken in path order).
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE(run_tool("radar-index", {"language", "--db", db, "--thesaurus", dir.write("thesaurus.txt", "bed | seng | bed\n")})
              .exit_code == 0);
  std::filesystem::create_directories(dir.file("site"));
  dir.write("site/a.html", page("Alarm", "Alarmen lyder ved sengekanten."));
  dir.write("site/b.html", page("Kant", "Kanten er lav og blød."));
  const auto result = run_tool("radar-index", {"ingest-html", "--db", db, "--base-url", "https://seng.example/",
                                               dir.file("site")});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(ids_with_term(db, radar::concept_term(0)) == std::vector<std::string>{"https://seng.example/a.html"});
}

TEST_CASE("ingest-html usage errors exit 2, a missing path exits 1", "[ingest-html]") {
  TempDir dir;
  const std::string site = make_site(dir);
  const auto no_url = run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), site});
  CHECK(no_url.exit_code == 2);
  CHECK_THAT(no_url.err, Catch::Contains("base-url"));
  const auto bad_url = run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url", "ftp://x/", site});
  CHECK(bad_url.exit_code == 2);
  CHECK(run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url", "https://x/"}).exit_code == 2);
  const auto missing =
      run_tool("radar-index", {"ingest-html", "--db", dir.file("db"), "--base-url", "https://x/", dir.file("nothing")});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("nothing"));
  const auto help = run_tool("radar-index", {"ingest-html", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--base-url"));
}
