// Hostile input beyond what the crawler's and the server's own tests try: records
// nested a hundred thousand deep, numbers no double holds, billion-laughs and
// external-entity XML, XML nested a million deep, gzip bombs of every framing, NUL
// bytes and broken UTF-8, a 10 MB robots.txt, and needs of pathological shape.
// Each case is a table row; each must end in the documented result (a value or the
// documented exception) within a time bound, and with bounded memory.
#include <sys/resource.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "../../fuzz/harness.h"
#include "test_support.h"

using namespace radar;
using namespace std::chrono_literals;
using namespace std::string_literals;

namespace {

// Generous bounds: the suite also runs under ASan/UBSan, several times slower.
constexpr auto kTimeBound = 20s;

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Seconds spent in `work`; slow cases are reported (shown with -s or on failure).
double seconds_of(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (seconds > 0.5) WARN("took " << seconds << " s");
  return seconds;
}

// Peak resident memory of this process so far, in MiB.
long peak_rss_mib() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// The peak RSS may not pass `mib` (not checked under ASan, whose shadow memory inflates it).
void check_peak_memory(long mib) {
  if (!kSanitized) CHECK(peak_rss_mib() < mib);
}

// zlib's compress2 with a chosen framing: 31 gzip, 15 zlib, -15 raw deflate.
std::string deflate_with(std::string_view data, int window_bits) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

const std::string kBillionLaughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
)";

const std::string kExternalEntity = R"(<?xml version="1.0"?>
<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
)";

std::string a_record(std::string_view extra) {
  return R"({"type":"organisation","id":"org-h","name":"Hostile","description":"d","org_type":"company")" +
         std::string(extra) + "}";
}

}  // namespace

TEST_CASE("hostile JSON Lines records are rejected or accepted, never a crash", "[reliability][records]") {
  struct Case {
    const char* name;
    std::string line;
    bool accepted;
    const char* message;  // part of the InputError's message when rejected
  };
  const std::string deep_array = repeat("[", 300000) + repeat("]", 300000);
  const std::string deep_object = repeat(R"({"a":)", 150000) + "1" + repeat("}", 150000);
  const std::vector<Case> cases = {
      {"arrays nested 300,000 deep in an unknown field", a_record(R"(,"x":)" + deep_array), false, "nested"},
      {"objects nested 150,000 deep in an unknown field", a_record(R"(,"x":)" + deep_object), false, "nested"},
      {"a whole line of nested arrays", deep_array, false, "nested"},
      {"unknown fields nested 20 deep", a_record(R"(,"x":)" + repeat("[", 20) + repeat("]", 20)), true, ""},
      {"a number no double holds (1e400)", a_record(R"(,"employees":1e400)"), false, "number overflow"},
      {"a number no double holds in an unknown field", a_record(R"(,"x":-2e308)"), false, "number overflow"},
      {"a 30-digit integer", a_record(R"(,"employees":)" + repeat("9", 30)), true, ""},
      {"a 400-digit integer", a_record(R"(,"employees":)" + repeat("9", 400)), false, "number overflow"},
      {"a raw NUL byte", a_record(",\"x\":\"a\0b\""s), false, "invalid JSON"},
      {"an escaped NUL in a value", a_record(R"(,"cvr":"12\u000034")"), true, ""},
      {"broken UTF-8 in the name", a_record(",\"region\":\"\xC3\x28\""), false, "UTF-8"},
      {"an overlong UTF-8 encoding of '/'", a_record(",\"region\":\"\xC0\xAF\""), false, "UTF-8"},
      {"a UTF-8-encoded surrogate", a_record(",\"region\":\"\xED\xA0\x80\""), false, "UTF-8"},
      {"an escaped lone surrogate", a_record(R"(,"region":"\ud800")"), false, "invalid JSON"},
      {"a UTF-8 byte order mark before the object", "\xEF\xBB\xBF" + a_record(""), true, ""},
      {"10,000 areas", a_record(R"(,"areas":[)" + repeat(R"("a",)", 9999) + R"("a"])"), false, "too many items"},
      {"80,000 unknown keys",
       a_record("," +
                [] {
                  std::string keys;
                  for (int i = 0; i < 80000; ++i) {
                    keys.append(i ? "," : "").append("\"k").append(std::to_string(i)).append("\":0");
                  }
                  return keys;
                }()),
       true, ""},
      {"a line just over 1 MiB", a_record(R"(,"x":")" + std::string(1 << 20, 'a') + "\""), false, "too long"},
      {"an array instead of an object", "[1,2,3]", false, "JSON object"},
      {"a bare string", "\"organisation\"", false, "JSON object"},
      {"two objects on one line", a_record("") + a_record(""), false, "invalid JSON"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      if (c.accepted) {
        const Record record = parse_record_line(c.line);
        CHECK(record.id == "org-h");
        CHECK_NOTHROW(schema::make_document(record));
        CHECK_NOTHROW(record.data.dump());
      } else {
        CHECK_THROWS_WITH(parse_record_line(c.line), Catch::Contains(c.message, Catch::CaseSensitive::No));
      }
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
  check_peak_memory(1024);
}

TEST_CASE("ingest reports a hostile line as FILE:LINE and keeps the others", "[reliability][records]") {
  test::TempDir dir;
  const std::string good =
      R"({"type":"organisation","id":"org-good","name":"Good","description":"d","org_type":"company"})";
  const std::string file =
      dir.write("records.jsonl", good + "\n" + a_record(R"(,"employees":1e400)") + "\n" +
                                     a_record(R"(,"x":)" + repeat("[", 100000) + repeat("]", 100000)) + "\n");
  const auto result = test::run_tool("radar-index", {"ingest", "--db", dir.file("db"), file});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("records.jsonl:2:") && Catch::Contains("number overflow"));
  CHECK_THAT(result.err, Catch::Contains("records.jsonl:3:") && Catch::Contains("nested"));
  const auto stats = test::run_tool("radar-index", {"stats", "--db", dir.file("db")});
  REQUIRE(stats.exit_code == 0);
  CHECK(nlohmann::json::parse(stats.out)["documents"]["organisation"] == 1);
}

TEST_CASE("hostile sitemaps and feeds are refused or read, bounded", "[reliability][xml]") {
  struct Case {
    const char* name;
    std::string xml;
    const char* error;  // part of the ParseError's message, or "" when it parses
  };
  const std::string deep = repeat("<a>", 1000000) + "x" + repeat("</a>", 1000000);
  const std::string deep_unclosed = "<urlset><url><loc>" + repeat("<a>", 1000000);
  const std::vector<Case> sitemap_cases = {
      {"billion laughs", kBillionLaughs + "<urlset><url><loc>&lol9;</loc></url></urlset>", "entities"},
      {"an external entity (XXE)", kExternalEntity + "<urlset><url><loc>&xxe;</loc></url></urlset>", "entities"},
      {"an undeclared entity reference", "<urlset><url><loc>&lol9;</loc></url></urlset>", ""},
      {"elements nested a million deep in <loc>", "<urlset><url><loc>" + deep + "</loc></url></urlset>", ""},
      {"elements nested a million deep, never closed", deep_unclosed, "well-formed"},
      {"a million-deep document", deep, "not a sitemap"},
      {"a NUL byte inside <loc> (pugixml stops there)", "<urlset><url><loc>https://e.org/\0x</loc></url></urlset>"s,
       "well-formed"},
      {"broken UTF-8 in <loc>", "<urlset><url><loc>https://e.org/\xC3\x28</loc></url></urlset>", ""},
      {"UTF-16 bytes without a BOM", "<\0u\0r\0l\0s\0e\0t\0>\0"s, "well-formed"},
      {"200,000 entries", "<urlset>" + repeat("<url><loc>https://e.org/p</loc></url>", 200000) + "</urlset>", ""},
      {"a 5 MB <loc>", "<urlset><url><loc>" + std::string(5 << 20, 'a') + "</loc></url></urlset>", ""},
      {"100,000 attributes",
       "<urlset " +
           [] {
             std::string attributes;
             for (int i = 0; i < 100000; ++i) attributes.append("a").append(std::to_string(i)).append("=\"\" ");
             return attributes;
           }() +
           "/>",
       ""},
  };
  for (const auto& c : sitemap_cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      if (*c.error == '\0') {
        const auto sitemap = crawl::parse_sitemap(c.xml);
        CHECK(sitemap.entries.size() <= crawl::kMaxSitemapEntries);
      } else {
        CHECK_THROWS_AS(crawl::parse_sitemap(c.xml), crawl::ParseError);
        CHECK_THROWS_WITH(crawl::parse_sitemap(c.xml), Catch::Contains(c.error));
      }
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }

  const std::vector<Case> feed_cases = {
      {"billion laughs", kBillionLaughs + "<rss><channel><item><link>&lol9;</link></item></channel></rss>", "entities"},
      {"an external entity (XXE)", kExternalEntity + "<feed><entry><title>&xxe;</title></entry></feed>", "entities"},
      {"a title nested a million deep",
       "<rss><channel><item><link>https://e.org/</link><title>" + deep + "</title></item></channel></rss>", ""},
      {"an Atom link nested a million deep", "<feed><entry><link>" + deep + "</link></entry></feed>", ""},
      {"a NUL byte in a title", "<feed><entry><link href=\"https://e.org/\"/><title>a\0b</title></entry></feed>"s,
       "well-formed"},
      {"a pubDate of garbage",
       "<rss><channel><item><link>https://e.org/</link><pubDate>Tue, 99 Foo 99999 "
       "99:99:99 +9999</pubDate></item></channel></rss>",
       ""},
      {"a pubDate with a huge year",
       "<rss><channel><item><link>https://e.org/</link><pubDate>1 Jan 2147483647 "
       "00:00:00 GMT</pubDate></item></channel></rss>",
       ""},
      {"200,000 items",
       "<rss><channel>" + repeat("<item><link>https://e.org/</link></item>", 200000) + "</channel></rss>", ""},
  };
  for (const auto& c : feed_cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      if (*c.error == '\0') {
        CHECK_NOTHROW(crawl::parse_feed(c.xml));
      } else {
        CHECK_THROWS_WITH(crawl::parse_feed(c.xml), Catch::Contains(c.error));
      }
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
  check_peak_memory(1536);
}

TEST_CASE("gzip bombs and broken streams stop at the limit", "[reliability][gzip]") {
  constexpr std::size_t kLimit = 10 << 20;
  const std::string zeros(64 << 20, '\0');  // 64 MiB of zeros compress to ~64 KiB
  const std::string gzip_bomb = deflate_with(zeros, 31);
  const std::string small_member = deflate_with(std::string(1 << 20, 'a'), 31);
  struct Case {
    const char* name;
    std::string data;
    const char* error;  // part of the ParseError's message, or "" when it decompresses
  };
  const std::vector<Case> cases = {
      {"a gzip bomb", gzip_bomb, "exceeds"},
      {"a zlib bomb", deflate_with(zeros, 15), "exceeds"},
      {"a raw deflate bomb", deflate_with(zeros, -15), "exceeds"},
      {"20 concatenated 1 MiB gzip members", repeat(small_member, 20), "exceeds"},
      {"a gzip bomb inside gzip (one layer is decoded)", deflate_with(gzip_bomb, 31), ""},
      {"a truncated gzip bomb", gzip_bomb.substr(0, gzip_bomb.size() / 2), "exceeds"},
      {"a truncated small stream", small_member.substr(0, small_member.size() / 2), "truncated"},
      {"the gzip magic and nothing else", "\x1F\x8B", "corrupt"},
      {"gzip magic then garbage", "\x1F\x8B" + repeat("garbage", 1000), "corrupt"},
      {"NUL bytes", std::string(4096, '\0'), "corrupt"},
      {"a valid member then garbage", deflate_with("<urlset/>", 31) + "trailing garbage", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      if (*c.error == '\0') {
        std::string out;
        CHECK_NOTHROW(out = crawl::gunzip_limited(c.data, kLimit));
        CHECK(out.size() <= kLimit);
      } else {
        CHECK_THROWS_WITH(crawl::gunzip_limited(c.data, kLimit), Catch::Contains(c.error));
      }
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
  check_peak_memory(1024);
}

TEST_CASE("hostile robots.txt files are read in bounded time", "[reliability][robots]") {
  struct Case {
    const char* name;
    std::string robots;
    std::string path;
    bool allowed;
  };
  const std::string ten_mb_rules = "User-agent: *\n" + repeat("Disallow: /a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p/\n", 250000);
  const std::string one_rule_500k = "User-agent: *\nDisallow: /" + repeat("*a", 250000) + "b\n";
  const std::vector<Case> cases = {
      {"10 MB of wildcard rules", ten_mb_rules, "/" + repeat("a", 8000), true},
      {"10 MB on one line (nothing within 500 KiB is a whole line)",
       "User-agent: *\nDisallow: /" + std::string(10 << 20, 'x'), "/private", true},
      {"10 MB of User-agent lines, then a rule past 500 KiB",
       repeat("User-agent: x\n", 750000) + "User-agent: *\nDisallow: /\n", "/", true},
      {"a 500 KiB pattern of alternating wildcards against an 8 KiB path", one_rule_500k, "/" + repeat("a", 8000),
       true},
      {"a rule matching at the end of an 8 KiB path", "User-agent: *\nDisallow: /*" + repeat("*a", 1000) + "$\n",
       "/" + repeat("a", 8000), false},
      {"NUL bytes in lines", "User-agent: *\nDisallow: /a\0b\nDisallow: /c\n"s, "/c", false},
      {"broken UTF-8 in a rule", "User-agent: *\nDisallow: /\xC3\x28\n", "/%C3(", false},
      {"CR-only line ends", "User-agent: *\rDisallow: /x\r", "/x", false},
      {"binary garbage", repeat("\x00\xFF\xFE\x1F\x8B:\n"s, 100000), "/", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      const auto rules = crawl::RobotsRules::parse(c.robots, "Markedsradar/1.0");
      CHECK(rules.allowed(c.path) == c.allowed);
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
}

TEST_CASE("hostile pages decode and extract in bounded time", "[reliability][html]") {
  struct Case {
    const char* name;
    std::string body;
    std::string content_type;
  };
  const std::vector<Case> cases = {
      {"NUL bytes everywhere", repeat("<p>a\0b</p>\0"s, 100000), "text/html"},
      {"broken UTF-8 declared as UTF-8", repeat("<p>\xC3\x28\xFF\xFE\xE2\x82</p>", 100000), "text/html; charset=utf-8"},
      // "<p>" in UTF-16LE after its byte-order mark, then one stray byte: the NULs belong to it.
      {"UTF-16 declared, odd length", "\xFF\xFE<\0p\0>\0x"s, "text/html; charset=utf-16le"},
      {"500,000 nested divs", repeat("<div>", 500000) + "deep" + repeat("</div>", 500000), ""},
      {"500,000 nested unknown elements", repeat("<x-a>", 500000), ""},
      {"a table nested 100,000 deep", repeat("<table><tr><td>", 100000), ""},
      {"an unclosed comment of 8 MB", "<p>a</p><!--" + std::string(8 << 20, '-'), ""},
      {"an unclosed attribute of 8 MB", "<a href=\"" + std::string(8 << 20, 'x'), ""},
      {"200,000 links", repeat("<a href=\"/p\">x</a><a href=\"/q?", 100000) + "\">y</a>", ""},
      {"JSON-LD nested 100,000 deep", "<script type=\"application/ld+json\">" + repeat("[", 100000) + "</script>", ""},
      {"JSON-LD with 1e400",
       R"(<script type="application/ld+json">{"@type":"Organization","name":"X","x":1e400}</script>)", ""},
      {"a meta charset naming an unknown encoding", "<meta charset=\"x-evil\"><p>\xE6\xF8\xE5</p>", ""},
      {"a meta charset naming UTF-7", "<meta charset=\"utf-7\"><p>+AGEAYgBj-</p>", ""},
      {"12 MB of text", "<p>" + repeat("ord ", 3 << 20) + "</p>", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      const std::string utf8 = crawl::decode_to_utf8(c.body, c.content_type);
      CHECK(is_valid_utf8(utf8));
      CHECK(utf8.find('\0') == std::string::npos);
      const auto page = crawl::extract_html(utf8, "https://example.org/");
      CHECK(page.text.size() <= RecordLimits::kMaxPageTextBytes);
      CHECK(page.links.size() <= 10000);
      CHECK(is_valid_utf8(page.text));
      CHECK_NOTHROW(crawl::records_from_json_ld(page, "https://example.org/", "org-x"));
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
  check_peak_memory(1536);
}

TEST_CASE("needs of pathological shape are answered or refused in bounded time", "[reliability][matcher]") {
  static fuzz::MatchFixture fixture(test::source_path(""));
  struct Case {
    const char* name;
    std::string need;
    bool usage_error;
  };
  std::string distinct_words;
  for (int i = 0; distinct_words.size() < 9000; ++i) distinct_words += "ord" + std::to_string(i) + " ";
  const std::vector<Case> cases = {
      {"10,000 characters of one-letter words", repeat("a ", 5000), false},
      {"5,000 one-letter words of every letter",
       [] {
         std::string text;
         for (int i = 0; i < 5000; ++i) text += std::string(1, static_cast<char>('a' + i % 26)) + " ";
         return text;
       }(),
       false},
      {"one 10,000-character word", std::string(10000, 'x'), false},
      {"one 10,000-character word of Danish letters", repeat("æ", 10000), false},
      {"10,001 characters", std::string(10001, 'x'), true},
      {"only punctuation", repeat("!?.,;:-()[]{}\"'", 600), false},
      {"only whitespace", repeat(" \t\n", 3000), true},
      {"a thousand distinct words", distinct_words, false},
      {"a thesaurus concept 1,000 times", repeat("nattilsyn demens ", 580), false},
      {"near-misses of index words (spelling correction)", repeat("natilsyn demes sengesensr ", 380), false},
      {"digits only", repeat("1234567890 ", 900), false},
      {"emoji and combining marks", repeat("👵🏽 e\xCC\x81 ", 800), false},
      {"a NUL byte", "nattilsyn\0demens"s, false},
      {"broken UTF-8", "nattilsyn \xC3\x28 demens", true},
      {"empty", "", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const double took = seconds_of([&] {
      MatchRequest request;
      request.need = c.need;
      if (c.usage_error) {
        CHECK_THROWS_AS(fixture.matcher().match(request), UsageError);
        return;
      }
      const MatchResult result = fixture.matcher().match(request);
      CHECK(!result.verdict.decision.empty());
      CHECK(result.aspects.size() <= 10);
      CHECK_NOTHROW(to_json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict));
    });
    CHECK(took < std::chrono::duration<double>(kTimeBound).count());
  }
}
