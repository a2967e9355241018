// Charset detection and conversion (crawl/charset.h): BOM > Content-Type header > <meta>
// > UTF-8 > uchardet > windows-1252, WHATWG labels, Danish letters from legacy encodings,
// U+FFFD for invalid input, and output that is always valid UTF-8 without NUL bytes.
#include <catch2/catch.hpp>

#include <random>

#include "crawl/charset.h"
#include "radar/text.h"
#include "test_support.h"

using radar::crawl::charset_from_content_type;
using radar::crawl::charset_from_meta;
using radar::crawl::convert_to_utf8;
using radar::crawl::decode_to_utf8;
using radar::crawl::detect_charset;
using radar::crawl::encoding_for_label;

namespace {

std::string fixture(const std::string& name) {
  return radar::test::read_text(radar::test::source_path("tests/fixtures/html/" + name));
}

const std::string kFffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("WHATWG labels map to their encodings", "[charset]") {
  struct Case {
    const char* label;
    const char* expected;  // "" for unknown / not decodable
  };
  const Case cases[] = {
      {"utf-8", "utf-8"},          {"UTF8", "utf-8"},           {" unicode-1-1-utf-8 ", "utf-8"},
      {"latin1", "windows-1252"},  {"ISO-8859-1", "windows-1252"}, {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},   {"cp1252", "windows-1252"},  {"iso_8859-1:1987", "windows-1252"},
      {"iso-8859-15", "iso-8859-15"}, {"l9", "iso-8859-15"},    {"latin2", "iso-8859-2"},
      {"x-sjis", "shift_jis"},     {"gb2312", "gbk"},           {"ks_c_5601-1987", "euc-kr"},
      {"utf-16", "utf-16le"},      {"unicodefffe", "utf-16be"}, {"koi8-r", "koi8-r"},
      {"iso-2022-kr", ""},         {"hz-gb-2312", ""},          {"utf-7", ""},
      {"", ""},                    {"bogus", ""},
  };
  for (const Case& c : cases) {
    INFO("label: " << c.label);
    CHECK(encoding_for_label(c.label).value_or("") == c.expected);
  }
}

TEST_CASE("the charset parameter of a Content-Type header is found", "[charset]") {
  struct Case {
    const char* header;
    const char* expected;
  };
  const Case cases[] = {
      {"text/html; charset=ISO-8859-1", "windows-1252"},
      {"text/html;charset=\"utf-8\"", "utf-8"},
      {"text/html; Charset = 'latin1' ; foo=bar", "windows-1252"},
      {"text/html; foo=bar; charset=windows-1250", "windows-1250"},
      {"text/html", ""},
      {"text/html; charset=", ""},
      {"text/html; charset=no-such-thing", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO("header: " << c.header);
    CHECK(charset_from_content_type(c.header).value_or("") == c.expected);
  }
}

TEST_CASE("the meta prescan finds declarations the way browsers do", "[charset]") {
  struct Case {
    std::string body;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {R"(<html><head><meta charset="koi8-r"></head>)", "koi8-r"},
      {R"(<meta charset=iso-8859-15>)", "iso-8859-15"},
      {R"(<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1250">)", "windows-1250"},
      {R"(<meta content='text/html; charset="latin2"' http-equiv='content-type'>)", "iso-8859-2"},
      // content without http-equiv=content-type does not count
      {R"(<meta content="text/html; charset=iso-8859-2">)", ""},
      // a declaration in a comment or inside another tag's attribute is not one
      {R"(<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">)", "windows-1251"},
      {R"(<title data-x="<meta charset=koi8-r>">x</title><meta charset="utf-8">)", "utf-8"},
      // UTF-16 in a meta is impossible (the meta would not be readable): means UTF-8
      {R"(<meta charset="utf-16le">)", "utf-8"},
      {R"(<meta charset="x-user-defined">)", "windows-1252"},
      {R"(<meta charset="no-such-charset"><meta charset="koi8-r">)", "koi8-r"},
      {R"(<metadata charset="koi8-r">)", ""},
      // only the first 4 KiB are looked at
      {std::string(5000, ' ') + R"(<meta charset="koi8-r">)", ""},
      {std::string(3000, ' ') + R"(<meta charset="koi8-r">)", "koi8-r"},
  };
  for (const Case& c : cases) {
    INFO("body: " << c.body.substr(0, 120));
    CHECK(charset_from_meta(c.body).value_or("") == c.expected);
  }
}

TEST_CASE("detect_charset applies BOM > header > meta > UTF-8 > detection > windows-1252", "[charset]") {
  struct Case {
    const char* name;
    std::string body;
    std::string header;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"UTF-8 BOM beats the header", "\xEF\xBB\xBF<p>bl\xC3\xA5</p>", "text/html; charset=iso-8859-1", "utf-8"},
      {"UTF-16LE BOM beats meta", std::string("\xFF\xFE<\0m\0", 6), "", "utf-16le"},
      {"UTF-16BE BOM", std::string("\xFE\xFF\0<\0m", 6), "text/html; charset=utf-8", "utf-16be"},
      {"header beats meta", R"(<meta charset="utf-8"><p>bl)" "\xE5</p>", "text/html; charset=latin1",
       "windows-1252"},
      {"unknown header label falls through to meta", R"(<meta charset="koi8-r">)", "text/html; charset=foo",
       "koi8-r"},
      {"meta beats detection", "<meta charset=\"iso-8859-15\"><p>bl\xC3\xA5</p>", "text/html", "iso-8859-15"},
      {"valid UTF-8 without declarations", "<p>bl\xC3\xA5" "b\xC3\xA6r og \xC3\xB8l</p>", "", "utf-8"},
      {"pure ASCII", "<p>hello</p>", "text/plain", "utf-8"},
      {"a few latin1 bytes are too little to detect", "<p>bl\xE5" "b\xE6r</p>", "", "windows-1252"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(detect_charset(c.body, c.header) == c.expected);
  }
}

TEST_CASE("legacy-encoded pages come out with the Danish letters right", "[charset]") {
  struct Case {
    const char* fixture;
    const char* header;
    std::vector<std::string> expected;  // substrings of the UTF-8 result
  };
  const std::vector<Case> cases = {
      {"latin1-meta.html", "text/html",
       {"Velfærdsteknologi på plejehjem", "ældre borgere på Ærø og i Århus", "Å ø æ."}},
      {"latin1-meta.html", "text/html; charset=ISO-8859-1", {"Velfærdsteknologi på plejehjem"}},
      {"windows-1252-http-equiv.html", "",
       {"Pris: 100 € for “Sengesensor” – ÆØÅ", "forlader sengen – også", "pr. måned"}},
      {"undeclared-latin1.html", "", {"Hjælpemidler til ældre", "Sådan får du hjælp til at købe", "støtte"}},
      {"utf16le-bom.html", "text/html; charset=iso-8859-1", {"Skærmbesøg i hjemmeplejen", "Æblegrød og ønsker"}},
      {"utf16be-bom.html", "", {"Skærmbesøg i hjemmeplejen", "skærm – så sparer"}},
  };
  for (const Case& c : cases) {
    INFO("fixture: " << c.fixture << ", header: " << c.header);
    const std::string decoded = decode_to_utf8(fixture(c.fixture), c.header);
    CHECK(radar::is_valid_utf8(decoded));
    CHECK(decoded.find(kFffd) == std::string::npos);
    CHECK(decoded.rfind("\xEF\xBB\xBF", 0) == std::string::npos);  // no BOM left
    for (const std::string& part : c.expected) CHECK_THAT(decoded, Catch::Contains(part));
  }
  const std::string undeclared = detect_charset(fixture("undeclared-latin1.html"), "");
  CHECK((undeclared == "windows-1252" || undeclared == "iso-8859-15"));
}

TEST_CASE("invalid input becomes U+FFFD and NUL bytes are removed", "[charset]") {
  struct Case {
    const char* name;
    std::string body;
    std::string header;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"truncated UTF-8 sequence", "abc\xC3(def", "text/html; charset=utf-8", "abc" + kFffd + "(def"},
      {"stray continuation byte", "a\x80" "b", "text/html; charset=utf-8", "a" + kFffd + "b"},
      {"UTF-8 BOM then invalid", "\xEF\xBB\xBFx\xFFy", "", "x" + kFffd + "y"},
      {"NUL bytes", std::string("a\0b\0c", 5), "text/html; charset=utf-8", "abc"},
      {"NUL in windows-1252", std::string("\xE6\0\xF8", 3), "text/html; charset=latin1", "æø"},
      {"windows-1252 C1 range", "\x80 \x93x\x94 \x96", "text/html; charset=iso-8859-1", "€ “x” –"},
      {"undefined windows-1252 byte", "a\x81" "b", "text/html; charset=windows-1252", "a" + kFffd + "b"},
      {"UTF-16LE lone surrogate", std::string("\xFF\xFE" "a\0\x00\xD8" "b\0", 8), "", "a" + kFffd + "b"},
      {"UTF-16LE odd trailing byte", std::string("\xFF\xFE" "a\0b", 5), "", "a" + kFffd},
      {"UTF-16 NUL code unit", std::string("\xFF\xFE" "a\0\0\0b\0", 8), "", "ab"},
      {"truncated Shift_JIS", "x\x82", "text/html; charset=shift_jis", "x" + kFffd},
      {"Shift_JIS", "\x93\xfa\x96\x7b", "text/html; charset=shift_jis", "日本"},
      {"ISO-2022-JP state", "\x1b$B$3$s\x1b(B!", "text/html; charset=iso-2022-jp", "こん!"},
      {"empty body", "", "text/html; charset=koi8-r", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(decode_to_utf8(c.body, c.header) == c.expected);
  }
}

TEST_CASE("whatever the bytes and label, the output is valid UTF-8 without NUL", "[charset]") {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<int> byte(0, 255);
  const char* headers[] = {"",
                           "text/html; charset=utf-8",
                           "text/html; charset=latin1",
                           "text/html; charset=utf-16",
                           "text/html; charset=utf-16be",
                           "text/html; charset=shift_jis",
                           "text/html; charset=euc-kr",
                           "text/html; charset=gb18030",
                           "text/html; charset=big5",
                           "text/html; charset=iso-2022-jp",
                           "text/html; charset=x-user-defined"};
  for (int round = 0; round < 200; ++round) {
    std::string body(static_cast<std::size_t>(round * 7 % 600), '\0');
    for (char& c : body) c = static_cast<char>(byte(random));
    for (const char* header : headers) {
      const std::string decoded = decode_to_utf8(body, header);
      INFO("round " << round << ", header " << header);
      REQUIRE(radar::is_valid_utf8(decoded));
      REQUIRE(decoded.find('\0') == std::string::npos);
    }
  }
  CHECK(convert_to_utf8("\xE5", "no-such-encoding") == "å");  // unknown: windows-1252
}
