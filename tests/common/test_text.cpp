#include <catch2/catch.hpp>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/language.h"
#include "radar/text.h"

#include <random>
#include <string>
#include <vector>

using namespace radar;

TEST_CASE("UTF-8 validation accepts well-formed text and rejects the rest", "[text]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"plain ascii", true},      {"æøå ÆØÅ", true},         {"\xe2\x82\xac", true},  // euro sign
      {"\xf0\x9f\x98\x80", true},  // emoji
      {"\xc3", false},             // truncated
      {"\xc0\xaf", false},         // overlong
      {"\xed\xa0\x80", false},     // surrogate
      {"\xf4\x90\x80\x80", false}, // past U+10FFFF
      {"K\xf8" "benhavn", false},     // Latin-1
  };
  for (const auto& [text, valid] : cases) {
    INFO(text);
    CHECK(is_valid_utf8(text) == valid);
  }
}

TEST_CASE("sanitise_utf8 replaces bad bytes and drops NUL", "[text]") {
  CHECK(sanitise_utf8("K\xf8" "benhavn") == "K\xef\xbf\xbd" "benhavn");
  CHECK(sanitise_utf8(std::string("a\0b", 3)) == "ab");
  CHECK(sanitise_utf8("æøå") == "æøå");
  CHECK(sanitise_utf8("") == "");
  CHECK(sanitise_utf8(std::string("\0\0", 2)).empty());
  CHECK(sanitise_utf8("\xff") == "\xef\xbf\xbd");
  CHECK(sanitise_utf8("ab\xc3") == "ab\xef\xbf\xbd");                          // cut inside a sequence
  CHECK(sanitise_utf8("\xed\xa0\x80x") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx");  // a surrogate: three bad bytes
  CHECK(sanitise_utf8("før\x80 og efter æ") == "før\xef\xbf\xbd og efter æ");
}

namespace {

// The one-code-point-at-a-time reading sanitise_utf8 must agree with: the shortest
// well-formed sequence at each position is kept (a NUL dropped), a byte that starts
// none becomes U+FFFD.
std::string sanitised_by_code_points(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = 0;
    for (std::size_t n = 1; n <= 4 && pos + n <= text.size() && length == 0; ++n) {
      if (is_valid_utf8(text.substr(pos, n))) length = n;
    }
    if (length == 0) {
      out += "\xef\xbf\xbd";
      ++pos;
      continue;
    }
    if (text[pos] != '\0') out.append(text.substr(pos, length));
    pos += length;
  }
  return out;
}

}  // namespace

TEST_CASE("sanitise_utf8 agrees with a code point by code point reading on mixed bytes", "[text]") {
  const std::vector<std::string> pieces = {"a", " ", "æ", "€", "😀", std::string(1, '\0'), "\x80", "\xc3", "\xe2\x82",
                                           "\xf0\x9f", "\xed\xa0\x80", "\xff", "\xc0\xaf", "\xf4\x90\x80\x80"};
  std::mt19937 random(20261130);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const auto count = random() % 12;
    for (unsigned i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
    INFO(round);
    CHECK(sanitise_utf8(text) == sanitised_by_code_points(text));
    CHECK(is_valid_utf8(sanitise_utf8(text)));
  }
}

TEST_CASE("to_lower folds Nordic letters", "[text]") {
  CHECK(to_lower("ÆØÅ Faldalarm ÄÖÜ É") == "æøå faldalarm äöü é");
}

TEST_CASE("ascii_lower folds A-Z only, and the ASCII classes are HTML's", "[text]") {
  // Protocol names: "Content-Type", a robots.txt "User-Agent"; other bytes pass unchanged.
  CHECK(ascii_lower("Content-Type: TEXT/HTML; Charset=ÆØÅ") == "content-type: text/html; charset=ÆØÅ");
  CHECK(ascii_lower('Q') == 'q');
  CHECK(ascii_lower('@') == '@');
  CHECK(ascii_lower('[') == '[');
  CHECK(is_ascii_alpha('z'));
  CHECK_FALSE(is_ascii_alpha('\xC3'));
  for (const char c : {' ', '\t', '\n', '\r', '\f'}) CHECK(is_ascii_space(c));
  CHECK_FALSE(is_ascii_space('\v'));
}

TEST_CASE("truncate_utf8 never splits a code point", "[text]") {
  CHECK(truncate_utf8("åååå", 3) == "å");
  CHECK(truncate_utf8("abc", 10) == "abc");
}

TEST_CASE("slugify transliterates Danish letters", "[text]") {
  CHECK(slugify("Sønderborg Ældrecenter & Co.") == "soenderborg-aeldrecenter-co");
  CHECK(slugify("Ålborg") == "aalborg");
}

TEST_CASE("html_escape escapes every special character", "[text]") {
  CHECK(html_escape("<script>alert('x')</script>&\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
}

TEST_CASE("a template's placeholders are filled in one pass", "[text]") {
  CHECK(fill_placeholders("«{name}» fra {org}: {aspects}.",
                          {{"name", "Care {org} {n}"}, {"org", "Sensa"}, {"aspects", "a, b"}}) ==
        "«Care {org} {n}» fra Sensa: a, b.");
  CHECK(fill_placeholders("{n} af {n}", {{"n", "3"}}) == "3 af 3");
  CHECK(fill_placeholders("{unknown} og {n}", {{"n", "3"}}) == "{unknown} og 3");
  CHECK(fill_placeholders("ingen {", {}) == "ingen {");
}

TEST_CASE("language detection tells the Nordic languages and English apart", "[language]") {
  CHECK(detect_language("Vi ønsker at borgere med demens kan sove trygt om natten, og at personalet får besked") == "da");
  CHECK(detect_language("Vi vill att äldre med demens kan sova tryggt och att personalen får larm") == "sv");
  CHECK(detect_language("Vi ønsker at eldre med demens kan sove trygt om natten, og at de ansatte får hjelp") == "nb");
  CHECK(detect_language("We need night-time monitoring of people with dementia without waking them") == "en");
  CHECK(detect_language("") == "da");
  // Words the two languages share ("kommunen") are no evidence; their own are
  // (Danish "dække", "hvad", "uden"; Norwegian "vår", "å", "blir", "trenger").
  CHECK(detect_language("Nattevagten dækker et stort geografisk område. Om natten har vi få medarbejdere til at dække "
                        "hele kommunen, og et uventet kald kan betyde en halv times kørsel.") == "da");
  CHECK(detect_language("Hjemmetjenesten vår har flere brukere med demens som bor alene og fortsatt vil lage sin egen "
                        "mat. Vi ønsker å kjøpe inn komfyrvakt.") == "nb");
  CHECK(detect_language("Kommunen åpner et nytt sykehjem med 64 plasser. Vi trenger et pasientsignalanlegg med "
                        "anropsknapper ved seng og på bad.") == "nb");
  CHECK(normalise_language("da-DK") == "da");
  CHECK(normalise_language("no") == "nb");
}

TEST_CASE("command-line arguments: values, flags, positionals and errors", "[cli]") {
  const cli::Args args({"--db", "a", "--db=b", "--json", "need", "--", "--literal"}, {"db"}, {"json"});
  CHECK(args.values("db") == std::vector<std::string>{"a", "b"});
  CHECK(args.has("json"));
  CHECK(args.positional() == std::vector<std::string>{"need", "--literal"});
  CHECK_THROWS_AS(cli::Args({"--nope"}, {"db"}, {}), UsageError);
  CHECK_THROWS_AS(cli::Args({"--db"}, {"db"}, {}), UsageError);
  const cli::Args number({"--limit", "x"}, {"limit"}, {});
  CHECK_THROWS_WITH(number.number("limit", 1), Catch::Contains("--limit x"));
}

TEST_CASE("run_main maps errors to exit codes", "[cli]") {
  CHECK(cli::run_main("t", [] { return 0; }) == 0);
  CHECK(cli::run_main("t", []() -> int { throw UsageError("bad"); }) == 2);
  CHECK(cli::run_main("t", []() -> int { throw LockHeldError("held"); }) == 75);
  CHECK(cli::run_main("t", []() -> int { throw IndexError("broken"); }) == 1);
}

TEST_CASE("word_spans finds tokenize's words in the lowercased text", "[text]") {
  const std::string lower = to_lower("Sengen, ÆBLER og 3D-print!");
  const auto spans = word_spans(lower);
  const auto words = tokenize(lower);
  REQUIRE(spans.size() == words.size());
  for (std::size_t i = 0; i < spans.size(); ++i) CHECK(lower.substr(spans[i].begin, spans[i].end - spans[i].begin) == words[i]);
  CHECK(word_spans("").empty());
  CHECK(word_spans(" ,. ").empty());
  CHECK(phrase_at(words, 1, {"æbler", "og"}));
  CHECK_FALSE(phrase_at(words, 4, {"print", "x"}));  // runs past the end
}
