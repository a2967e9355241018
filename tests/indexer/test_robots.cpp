// robots.txt matching by RFC 9309: a table of cases from the RFC's rules and examples
// and Google's documented examples, the parser's edges, and `radar-index robots-check`
// run on the cases in tests/fixtures/robots/cases.tsv.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "crawl/robots.h"
#include "test_support.h"

using radar::crawl::RobotsRules;
using namespace std::chrono_literals;

namespace {

struct Case {
  const char* robots;
  const char* agent;
  const char* path;
  bool allowed;
};

// RFC 9309 section 5.1.
constexpr const char* kRfcSimple =
    "User-Agent: *\n"
    "Disallow: *.gif$\n"
    "Disallow: /example/\n"
    "Allow: /publications/\n"
    "\n"
    "User-Agent: foobot\n"
    "Disallow:/\n"
    "Allow:/example/page.html\n"
    "Allow:/example/allowed.gif\n"
    "\n"
    "User-Agent: barbot\n"
    "User-Agent: bazbot\n"
    "Disallow: /example/page.html\n"
    "\n"
    "User-Agent: quxbot\n";

// RFC 9309 section 5.2.
constexpr const char* kRfcLongest =
    "User-Agent: foobot\n"
    "Allow: /example/page/\n"
    "Disallow: /example/page/disallowed.gif\n";

// RFC 9309 section 2.2.1: two groups for one product token are merged.
constexpr const char* kRfcMerge =
    "user-agent: ExampleBot\n"
    "disallow: /foo\n"
    "disallow: /bar\n"
    "\n"
    "user-agent: ExampleBot\n"
    "disallow: /baz\n";

// RFC 9309 section 2.2.1: no matching group but "*".
constexpr const char* kRfcStar =
    "user-agent: *\n"
    "disallow: /foo\n"
    "disallow: /bar\n"
    "\n"
    "user-agent: BazBot\n"
    "disallow: /baz\n";

// Groups end only at a user-agent line after rules; blank lines and rules outside
// any group change nothing.
constexpr const char* kGroups =
    "allow: /foo/bar/\n"
    "\n"
    "user-agent: FooBot\n"
    "disallow: /\n"
    "allow: /x/\n"
    "user-agent: BarBot\n"
    "disallow: /\n"
    "allow: /y/\n"
    "\n"
    "\n"
    "allow: /w/\n"
    "user-agent: BazBot\n"
    "\n"
    "user-agent: FooBot\n"
    "allow: /z/\n"
    "disallow: /\n";

const Case kCases[] = {
    // RFC 9309 5.1: foobot's own group.
    {kRfcSimple, "foobot", "/example/page.html", true},
    {kRfcSimple, "foobot", "/example/allowed.gif", true},
    {kRfcSimple, "foobot", "/example/other.html", false},
    {kRfcSimple, "foobot", "/", false},
    {kRfcSimple, "foobot", "/publications/2024", false},
    {kRfcSimple, "FooBot/2.1 (+https://example.org/bot)", "/example/page.html", true},
    {kRfcSimple, "FOOBOT", "/anything", false},
    // 5.1: barbot and bazbot share a group; "*" does not apply to them.
    {kRfcSimple, "barbot", "/example/page.html", false},
    {kRfcSimple, "bazbot", "/example/page.html", false},
    {kRfcSimple, "barbot", "/example/other.html", true},
    {kRfcSimple, "bazbot", "/image.gif", true},
    // 5.1: quxbot's empty group at the end allows everything.
    {kRfcSimple, "quxbot", "/example/page.html", true},
    {kRfcSimple, "quxbot", "/image.gif", true},
    // 5.1: everyone else gets "*".
    {kRfcSimple, "otherbot", "/image.gif", false},
    {kRfcSimple, "otherbot", "/dir/image.gif", false},
    {kRfcSimple, "otherbot", "/image.gif?size=2", true},
    {kRfcSimple, "otherbot", "/example/", false},
    {kRfcSimple, "otherbot", "/example/page.html", false},
    {kRfcSimple, "otherbot", "/publications/", true},
    {kRfcSimple, "otherbot", "/", true},
    {kRfcSimple, "", "/image.gif", false},
    // RFC 9309 5.2: the longest match wins.
    {kRfcLongest, "foobot", "/example/page/disallowed.gif", false},
    {kRfcLongest, "foobot", "/example/page/", true},
    {kRfcLongest, "foobot", "/example/page/allowed.gif", true},
    // RFC 9309 2.2.1: merged groups and the "*" fallback.
    {kRfcMerge, "ExampleBot", "/foo", false},
    {kRfcMerge, "ExampleBot", "/bar", false},
    {kRfcMerge, "examplebot", "/baz", false},
    {kRfcMerge, "ExampleBot", "/qux", true},
    {kRfcMerge, "OtherBot", "/foo", true},
    {kRfcStar, "ExampleBot", "/foo", false},
    {kRfcStar, "ExampleBot", "/baz", true},
    {kRfcStar, "BazBot", "/baz", false},
    {kRfcStar, "BazBot", "/foo", true},
    // Group boundaries.
    {kGroups, "FooBot", "/x/b", true},
    {kGroups, "FooBot", "/z/d", true},
    {kGroups, "FooBot", "/y/c", false},
    {kGroups, "BarBot", "/y/c", true},
    {kGroups, "BarBot", "/w/a", true},
    {kGroups, "BarBot", "/z/d", false},
    {kGroups, "BazBot", "/z/d", true},
    {kGroups, "BazBot", "/foo/bar/", false},
    {kGroups, "FooBot", "/foo/bar/", false},
    {"user-agent: a\ndisallow: /p\nsitemap: https://example.com/s.xml\ndisallow: /q\n", "a", "/q", false},
    {"user-agent: a\nsitemap: https://example.com/s.xml\nuser-agent: b\ndisallow: /\n", "a", "/x", false},
    {"user-agent: a\ndisallow: /\nuser-agent: b\ndisallow: /b\n", "b", "/x", true},
    // Product tokens and keys are case-insensitive; paths are not.
    {"USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "FooBot", "/x/y", true},
    {"uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n", "foobot", "/a/b", false},
    {"User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "foo", "/x/y", true},
    {"User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n", "Foo", "/a/b", false},
    {"User-agent: FooBot/2.1\nDisallow: /\n", "foobot", "/a", false},
    {"User-agent: FooBot-News\nDisallow: /\n", "FooBot", "/a", true},
    {"user-agent: FooBot\ndisallow: /x/\n", "FooBot", "/x/y", false},
    {"user-agent: FooBot\ndisallow: /X/\n", "FooBot", "/x/y", true},
    {"user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n", "FooBot", "/x/y", false},
    {"user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n", "BarBot", "/x/y", true},
    {"user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\n", "QuxBot", "/x/y", true},
    {"User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "/x/page", true},
    {"User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "/y/page", false},
    {"User-agent: *\nUser-agent: FooBot\nDisallow: /shared\n", "FooBot", "/shared/a", false},
    // Longest match, and Allow wins a tie (Google's order-of-precedence examples).
    {"user-agent: FooBot\nallow: /p\ndisallow: /\n", "FooBot", "/page", true},
    {"user-agent: FooBot\nallow: /folder\ndisallow: /folder\n", "FooBot", "/folder/page", true},
    {"user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n", "FooBot", "/page.htm", false},
    {"user-agent: FooBot\nallow: /page\ndisallow: /*.ph\n", "FooBot", "/page.php", true},
    {"user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot", "/", true},
    {"user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot", "/page.htm", false},
    {"user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n", "FooBot", "/x/page.html", false},
    {"user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", "/x/page.html", true},
    {"user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", "/x/", false},
    {"user-agent: FooBot\ndisallow: /\nallow: /\n", "FooBot", "/x", true},
    {"user-agent: FooBot\ndisallow: \nallow: \n", "FooBot", "/x", true},
    {"user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "/x", false},
    {"user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "/x/", true},
    {"user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot", "/page.html", false},
    {"user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", "FooBot", "/x/page.html", true},
    // Google's "URL matching based on path values".
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/fish", true},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/fish.html", true},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/fish/salmon.html", true},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/fishheads/yummy.html", true},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/fish.html?id=anything", true},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/Fish.asp", false},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/catfish", false},
    {"user-agent: *\ndisallow: /\nallow: /fish\n", "FooBot", "/?id=fish", false},
    {"user-agent: *\ndisallow: /\nallow: /fish*\n", "FooBot", "/fishheads", true},
    {"user-agent: *\ndisallow: /\nallow: /fish*\n", "FooBot", "/catfish", false},
    {"user-agent: *\ndisallow: /\nallow: /fish/\n", "FooBot", "/fish/?id=anything", true},
    {"user-agent: *\ndisallow: /\nallow: /fish/\n", "FooBot", "/fish", false},
    {"user-agent: *\ndisallow: /\nallow: /fish/\n", "FooBot", "/Fish/Salmon.html", false},
    {"user-agent: *\ndisallow: /\nallow: /*.php\n", "FooBot", "/folder/filename.php?parameters", true},
    {"user-agent: *\ndisallow: /\nallow: /*.php\n", "FooBot", "//folder/any.php.file.html", true},
    {"user-agent: *\ndisallow: /\nallow: /*.php\n", "FooBot", "/index?f=filename.php/", true},
    {"user-agent: *\ndisallow: /\nallow: /*.php\n", "FooBot", "/php/", false},
    {"user-agent: *\ndisallow: /\nallow: /*.php\n", "FooBot", "/windows.PHP", false},
    {"user-agent: *\ndisallow: /\nallow: /*.php$\n", "FooBot", "/folder/filename.php", true},
    {"user-agent: *\ndisallow: /\nallow: /*.php$\n", "FooBot", "/filename.php?parameters", false},
    {"user-agent: *\ndisallow: /\nallow: /*.php$\n", "FooBot", "/filename.php/", false},
    {"user-agent: *\ndisallow: /\nallow: /*.php$\n", "FooBot", "/filename.php5", false},
    {"user-agent: *\ndisallow: /\nallow: /fish*.php\n", "FooBot", "/fishheads/catfish.php?parameters", true},
    {"user-agent: *\ndisallow: /\nallow: /fish*.php\n", "FooBot", "/Fish.PHP", false},
    // RFC 9309 2.2.3: special characters.
    {"User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", "FooBot", "/foo/bar/quz", false},
    {"User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", "FooBot", "/foo/quz", true},
    {"User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "FooBot", "/foo/bar", false},
    {"User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "FooBot", "/foo/bar/", true},
    {"User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "FooBot", "/foo/barn", true},
    {"User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n", "FooBot", "/foo/bar", true},
    {"User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n", "FooBot", "/foo/quz", false},
    {"User-agent: *\nDisallow: /path/file-with-a-%2A.html\n", "FooBot", "/path/file-with-a-*.html", false},
    {"User-agent: *\nDisallow: /path/file-with-a-%2A.html\n", "FooBot", "/path/file-with-a-x.html", true},
    {"User-agent: *\nDisallow: /path/foo-%24\n", "FooBot", "/path/foo-$", false},
    {"User-agent: *\nDisallow: /a$b\n", "FooBot", "/a$b", false},
    {"User-agent: *\nDisallow: /*/*/*/*/*/*/*/z\n", "FooBot", "/a/b/c/d/e/f/g/h/i/j/k/l/m/y", true},
    // RFC 9309 2.2.2: percent-encoding.
    {"User-agent: *\nDisallow: /foo/bar?baz=quz\n", "FooBot", "/foo/bar?baz=quz", false},
    {"User-agent: *\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n", "FooBot",
     "/foo/bar?qux=taz&baz=http://foo.bar?tar&par", true},
    {"User-agent: *\nDisallow: /foo/bar/\xE3\x83\x84\n", "FooBot", "/foo/bar/%E3%83%84", false},
    {"User-agent: *\nDisallow: /foo/bar/\xE3\x83\x84\n", "FooBot", "/foo/bar/%e3%83%84", false},
    {"User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "FooBot", "/foo/bar/\xE3\x83\x84", false},
    {"User-agent: *\nDisallow: /foo/bar/%62%61%7A\n", "FooBot", "/foo/bar/baz", false},
    {"User-agent: *\nDisallow: /foo/bar/baz\n", "FooBot", "/foo/bar/%62%61%7a", false},
    {"User-agent: *\nDisallow: /a%2Fb\n", "FooBot", "/a/b", true},
    {"User-agent: *\nDisallow: /a%2fb\n", "FooBot", "/a%2Fb", false},
    {"User-agent: *\nDisallow: /s\xC3\xB8g\n", "FooBot", "/s%C3%B8gning", false},
    // Lines the parser skips or tolerates.
    {"", "FooBot", "/x", true},
    {"User-agent: *\nDisallow:\n", "FooBot", "/anything", true},
    {"Disallow: /\nUser-agent: *\nDisallow: /private\n", "FooBot", "/public", true},
    {"User-agent: *\nDisallow /\n", "FooBot", "/x", true},
    {"User-agent: *\nNoindex: /\nDisallow: /a\n", "FooBot", "/b", true},
    {"User-agent: *\r\nDisallow: /a\r\n", "FooBot", "/a", false},
    {"User-agent: *\r\nDisallow: /a\r\n", "FooBot", "/b", true},
    {"User-agent: *\rDisallow: /a\r", "FooBot", "/a", false},
    {"User-agent: *\n\rDisallow: /a", "FooBot", "/a", false},
    {"\xEF\xBB\xBFUser-agent: *\nDisallow: /a\n", "FooBot", "/a", false},
    {"  User-agent :  *  \n\t Disallow\t:\t/a  # no crawlers here\n", "FooBot", "/a", false},
    {"User-agent: *\nDisallow: private\n", "FooBot", "/private/x", false},
    {"User-agent: *\nDisallow: /\n", "FooBot", "/robots.txt", true},
    {"User-agent: *\nDisallow: /\n", "FooBot", "/robots.txt?x=1", true},
    {"User-agent: *\nDisallow: /\n", "FooBot", "/robots.txt.bak", false},
    {"User-agent: *\nDisallow: /a\n", "FooBot", "/a#fragment", false},
    {"User-agent: *\nDisallow: /a\n", "FooBot", "/b#/a", true},
};

RobotsRules robots_of(const std::string& text, const std::string& agent = "FooBot") {
  return RobotsRules::parse(text, agent);
}

// Decodes the escapes of cases.tsv: \n, \r, \t and \\.
std::string unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out += field[i];
      continue;
    }
    const char next = field[++i];
    out += next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next;
  }
  return out;
}

struct FileCase {
  int line = 0;
  std::string robots;
  std::string agent;
  std::string url;
  std::string expected;
};

std::vector<FileCase> read_file_cases() {
  std::ifstream file(radar::test::source_path("tests/fixtures/robots/cases.tsv"));
  REQUIRE(file);
  std::vector<FileCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(file, line)) {
    ++number;
    if (line.empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string field; std::getline(row, field, '\t');) {
      fields.push_back(field);
    }
    INFO("cases.tsv line " << number);
    REQUIRE(fields.size() == 4);
    REQUIRE((fields[3] == "allowed" || fields[3] == "disallowed"));
    cases.push_back({number, unescape(fields[0]), fields[1], fields[2], fields[3]});
  }
  return cases;
}

}  // namespace

TEST_CASE("robots.txt rules match paths by RFC 9309") {
  REQUIRE(std::size(kCases) >= 60);
  for (const Case& test : kCases) {
    INFO("robots.txt:\n" << test.robots << "\nagent: " << test.agent << "\npath: " << test.path);
    CHECK(RobotsRules::parse(test.robots, test.agent).allowed(test.path) == test.allowed);
  }
}

TEST_CASE("a user agent's product token is its name before '/' or a blank, lowercase") {
  using radar::crawl::product_token;
  CHECK(product_token("Markedsradar/1.0 (+https://example.org/bot)") == "markedsradar");
  CHECK(product_token(" \tFooBot extra") == "foobot");
  CHECK(product_token("/1.0").empty());
}

TEST_CASE("robots.txt Crawl-delay of the chosen group") {
  struct DelayCase {
    const char* robots;
    std::optional<std::chrono::milliseconds> delay;
  };
  const DelayCase cases[] = {
      {"User-agent: *\nCrawl-delay: 10\n", 10s},
      {"User-agent: *\nCrawl-delay: 2.5\n", 2500ms},
      {"User-agent: *\ncrawl-DELAY: 0.25 # a quarter\n", 250ms},
      {"User-agent: *\nCrawl-delay: 0\n", 0ms},
      {"User-agent: *\nDisallow: /\n", std::nullopt},
      {"User-agent: *\nCrawl-delay: soon\n", std::nullopt},
      {"User-agent: *\nCrawl-delay: -3\n", std::nullopt},
      {"User-agent: *\nCrawl-delay: 1e9\n", std::chrono::milliseconds(24 * 60 * 60 * 1000)},
      {"Crawl-delay: 5\nUser-agent: *\n", std::nullopt},
      {"User-agent: *\nCrawl-delay: 30\nUser-agent: FooBot\nCrawl-delay: 2\n", 2s},
      {"User-agent: *\nCrawl-delay: 30\nUser-agent: BarBot\nCrawl-delay: 2\n", 30s},
      {"User-agent: FooBot\nCrawl-delay: 2\n\nUser-agent: FooBot\nCrawl-delay: 7\n", 7s},
      {"User-agent: FooBot\nDisallow: /x\nUser-agent: *\nCrawl-delay: 9\n", std::nullopt},
  };
  for (const auto& test : cases) {
    INFO(test.robots);
    CHECK(robots_of(test.robots).crawl_delay() == test.delay);
  }
}

TEST_CASE("robots.txt Sitemap lines are global and may stand anywhere") {
  const std::string robots =
      "Sitemap: https://example.com/sitemap-a.xml\n"
      "User-agent: BarBot\n"
      "Disallow: /\n"
      "SITEMAP:https://example.com/sitemap-b.xml.gz # compressed\n"
      "Disallow: /still-barbot\n"
      "User-agent: *\n"
      "sitemap: https://example.com/sitemap-a.xml\n"
      "Sitemap:\n"
      "Sitemap: https://example.com/sitemap-c.xml";
  const std::vector<std::string> expected = {
      "https://example.com/sitemap-a.xml", "https://example.com/sitemap-b.xml.gz", "https://example.com/sitemap-c.xml"};
  CHECK(robots_of(robots, "FooBot").sitemaps() == expected);
  CHECK(robots_of(robots, "BarBot").sitemaps() == expected);
  // The Sitemap line did not end BarBot's group.
  CHECK_FALSE(robots_of(robots, "BarBot").allowed("/still-barbot"));
  CHECK(robots_of("User-agent: *\nDisallow: /\n").sitemaps().empty());
}

TEST_CASE("robots.txt for unavailable and unreachable files") {
  const RobotsRules all = RobotsRules::allow_all();
  CHECK(all.allowed("/"));
  CHECK(all.allowed("/private/x?y=1"));
  CHECK_FALSE(all.crawl_delay());
  CHECK(all.sitemaps().empty());
  const RobotsRules none = RobotsRules::disallow_all();
  CHECK_FALSE(none.allowed("/"));
  CHECK_FALSE(none.allowed("/page.html"));
  CHECK_FALSE(none.allowed(""));
  CHECK(none.allowed("/robots.txt"));
}

TEST_CASE("robots.txt is read up to 500 KiB, whole lines only") {
  constexpr std::size_t kLimit = std::size_t{500} * 1024;
  std::string robots = "User-agent: *\nDisallow: /early\n";
  const std::string filler = "# padding padding padding padding padding padding padding\n";
  while (robots.size() + filler.size() < kLimit - 100) {
    robots += filler;
  }
  const std::size_t comment_bytes = kLimit - 13 - robots.size() - 2;  // "#" and "\n" besides
  robots.append("#").append(comment_bytes, 'x').append("\n");
  REQUIRE(robots.size() == kLimit - 13);
  // This line straddles the limit after "Disallow: /cu": cut there, it would disallow "/cu".
  robots += "Disallow: /cut-here\n";
  REQUIRE(robots.size() > kLimit);
  robots += "Disallow: /late\n";
  const RobotsRules rules = robots_of(robots);
  CHECK_FALSE(rules.allowed("/early"));
  CHECK(rules.allowed("/late"));
  CHECK(rules.allowed("/cut-here"));
  CHECK(rules.allowed("/cu"));
}

TEST_CASE("robots.txt matching stays fast on hostile patterns") {
  std::string robots = "User-agent: *\n";
  for (int i = 0; i < 200; ++i) {
    robots += "Disallow: /*a*a*a*a*a*a*a*a*a*a*b" + std::to_string(i) + "\n";
  }
  const RobotsRules rules = robots_of(robots);
  const std::string path = "/" + std::string(4000, 'a');
  const auto start = std::chrono::steady_clock::now();
  CHECK(rules.allowed(path));
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}

TEST_CASE("robots_check_command prints a verdict per URL") {
  radar::test::TempDir dir;
  const std::string robots = dir.write("robots.txt", "User-agent: *\nDisallow: /private\n");
  std::ostringstream out;
  std::ostringstream err;
  const int code =
      radar::crawl::robots_check_command({"--robots", robots, "--agent", "Markedsradar/1.0",
                                          "https://example.com/private/a", "https://example.com/public", "/private"},
                                         out, err);
  CHECK(code == 0);
  CHECK(out.str() ==
        "disallowed https://example.com/private/a\nallowed https://example.com/public\ndisallowed /private\n");
  CHECK(err.str().empty());
}

TEST_CASE("robots_check_command usage errors and unreadable files") {
  radar::test::TempDir dir;
  const std::string robots = dir.write("robots.txt", "User-agent: *\nDisallow: /\n");
  struct ErrorCase {
    std::vector<std::string> args;
    int code;
    const char* message;
  };
  const ErrorCase cases[] = {
      {{"--agent", "Bot", "https://example.com/"}, 2, "--robots"},
      {{"--robots", robots, "https://example.com/"}, 2, "--agent"},
      {{"--robots", robots, "--agent", "Bot"}, 2, "URL"},
      {{"--robots", robots, "--agent", "Bot", "mailto:someone@example.com"}, 2, "mailto:someone@example.com"},
      {{"--robots", robots, "--agent", "Bot", "--color", "https://example.com/"}, 2, "--color"},
      {{"--robots", dir.file("missing.txt"), "--agent", "Bot", "https://example.com/"}, 1, "missing.txt"},
  };
  for (const auto& test : cases) {
    std::ostringstream out;
    std::ostringstream err;
    INFO(test.message);
    CHECK(radar::crawl::robots_check_command(test.args, out, err) == test.code);
    CHECK(out.str().empty());
    CHECK_THAT(err.str(), Catch::Contains(test.message));
  }
  std::ostringstream out;
  std::ostringstream err;
  CHECK(radar::crawl::robots_check_command({"--help"}, out, err) == 0);
  CHECK_THAT(out.str(), Catch::Contains("robots-check --robots FILE --agent UA URL"));
}

TEST_CASE("robots-check cases from tests/fixtures/robots/cases.tsv, in process") {
  const auto cases = read_file_cases();
  REQUIRE(cases.size() >= 50);
  radar::test::TempDir dir;
  for (const auto& test : cases) {
    INFO("cases.tsv line " << test.line << ": " << test.url);
    const std::string robots = dir.write("robots.txt", test.robots);
    std::ostringstream out;
    std::ostringstream err;
    CHECK(radar::crawl::robots_check_command({"--robots", robots, "--agent", test.agent, test.url}, out, err) == 0);
    CHECK(out.str() == test.expected + " " + test.url + "\n");
  }
}

TEST_CASE("radar-index robots-check on the cases in tests/fixtures/robots/cases.tsv") {
  const auto cases = read_file_cases();
  REQUIRE(cases.size() >= 50);
  radar::test::TempDir dir;
  for (const auto& test : cases) {
    INFO("cases.tsv line " << test.line << ": " << test.url);
    const std::string robots = dir.write("robots-" + std::to_string(test.line) + ".txt", test.robots);
    const auto result =
        radar::test::run_tool("radar-index", {"robots-check", "--robots", robots, "--agent", test.agent, test.url});
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == test.expected + " " + test.url + "\n");
  }
}

TEST_CASE("radar-index robots-check exit codes") {
  radar::test::TempDir dir;
  const std::string robots = dir.write("robots.txt", "User-agent: *\nDisallow: /x\n");
  const auto ok = radar::test::run_tool("radar-index", {"robots-check", "--robots", robots, "--agent", "Bot",
                                                        "http://example.com/x", "http://example.com/y"});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out == "disallowed http://example.com/x\nallowed http://example.com/y\n");
  const auto usage = radar::test::run_tool("radar-index", {"robots-check", "--agent", "Bot", "http://example.com/"});
  CHECK(usage.exit_code == 2);
  CHECK_THAT(usage.err, Catch::Contains("--robots"));
  const auto missing = radar::test::run_tool(
      "radar-index", {"robots-check", "--robots", dir.file("nope.txt"), "--agent", "Bot", "http://example.com/"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("nope.txt"));
}
