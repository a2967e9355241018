// Files people write by hand (crawl sources, evaluation judgments, record files) with
// values the format cannot hold: each error names the file, the line and the field,
// in words (not nlohmann::json's raw exception text), and nothing crashes.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "crawl/sources.h"
#include "radar/error.h"
#include "radar/evaluation.h"
#include "radar/json_input.h"
#include "radar/records.h"
#include "test_support.h"

using namespace radar;
using namespace radar::test;

namespace {

const std::string kSourceStart = R"({"user_agent": "Markedsradar-test/1.0",
  "sources": [{"id": "a",
               "seeds": ["https://a.example/"],
)";

std::string error_of(const std::function<void()>& work) {
  try {
    work();
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("JSON a person wrote: errors say line, column and field in words", "[reliability][json]") {
  struct Case {
    std::string text;
    std::size_t line, column;
    std::string field, problem;
    bool overflow;
  };
  const Case cases[] = {
      {"{\"sources\": [{\"id\": \"a\",\n \"max_pages\": 1e400}]}", 2, 15, "sources[0].max_pages",
       "number overflow: 1e400 does not fit in a double", true},
      {R"({"a": [1, 2, -2e308]})", 1, 14, "a[2]", "number overflow: -2e308 does not fit in a double", true},
      {"{\"a\": " + std::string(400, '9') + "}", 1, 7, "a", "number overflow: " + std::string(40, '9') + "...", true},
      {"[1,2,\n3,,4]", 2, 3, "[3]", "syntax error while parsing value - unexpected ','", false},
      {R"({"a": tru})", 1, 10, "a", "syntax error while parsing value - invalid literal", false},
      {R"({"a": 1} x)", 1, 10, "", "syntax error", false},
      {"", 1, 1, "", "syntax error while parsing value - unexpected end of input", false},
  };
  for (const Case& test : cases) {
    CAPTURE(test.text.substr(0, 80));
    try {
      parse_json_input(test.text);
      FAIL("no error");
    } catch (const JsonInputError& error) {
      CHECK(error.line() == test.line);
      CHECK(error.column() == test.column);
      CHECK(error.field() == test.field);
      CHECK_THAT(error.problem(), Catch::StartsWith(test.problem));
      CHECK(error.number_overflow() == test.overflow);
      CHECK_THAT(error.what(), !Catch::Contains("json.exception"));
    }
  }
  // A huge string in the error is not repeated whole.
  try {
    parse_json_input("{\"a\": \"" + std::string(1 << 20, 'x') + "\x01\"}");
    FAIL("no error");
  } catch (const JsonInputError& error) {
    CHECK(std::string(error.what()).size() < 1000);
  }
  CHECK(parse_json_input(R"({"a": [1, 2.5, "x"]})")["a"][1] == 2.5);
}

TEST_CASE("a number no double holds in a sources file names the file, line and field", "[reliability][json]") {
  TempDir dir;
  const std::string path = dir.write("sources.json", kSourceStart + R"(               "max_pages": 1e400}]}
)");
  const std::string message = error_of([&] { crawl::load_sources(path); });
  CHECK(message == path + ":4: sources[0].max_pages: number overflow: 1e400 does not fit in a double");

  // Through the command: exit 1 and the same message, nothing crawled.
  const auto run = run_tool("radar-index", {"crawl", "--db", dir.file("db"), "--sources", path});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains(path + ":4: sources[0].max_pages: number overflow"));
  CHECK_THAT(run.err, !Catch::Contains("json.exception"));

  const std::string top = dir.write("top.json", "{\"delay_ms\": -2e308,\n \"sources\": []}\n");
  CHECK(error_of([&] { crawl::load_sources(top); }) ==
        top + ":1: delay_ms: number overflow: -2e308 does not fit in a double");
  const std::string broken = dir.write("broken.json", kSourceStart + R"(               "max_pages": 5,}]}
)");
  CHECK_THAT(error_of([&] { crawl::load_sources(broken); }),
             Catch::StartsWith(broken + ":4: sources[0]: not valid JSON (column 31): syntax error"));
}

TEST_CASE("a number no double holds in a judgments file names the file, line and field", "[reliability][json]") {
  TempDir dir;
  const std::string good = R"({"need": "nattilsyn", "relevant": {"sol-a": 3}, "decision": "buy"})";
  const std::string path = dir.write(
      "judgments.jsonl", good + "\n\n" + R"({"need": "nattilsyn", "relevant": {"sol-a": 3, "sol-b": 1e400}, "decision": "buy"})" + "\n");
  CHECK(error_of([&] { read_judgments({path}); }) ==
        path + ":3: field relevant.sol-b: number overflow: 1e400 does not fit in a double");

  struct Case {
    std::string line, message;
  };
  const Case cases[] = {
      {R"({"need": "x", "relevant": {"sol-a": 4294967297}, "decision": "buy"})",
       "field relevant.sol-a: grade must be 1, 2 or 3"},  // would wrap to 1 as an int
      {R"({"need": "x", "relevant": {"sol-a": 2.5}, "decision": "buy"})", "field relevant.sol-a: grade must be 1, 2 or 3"},
      {R"({"need": 5, "relevant": {}, "decision": "buy"})", "field need must be a string"},
      {R"({"need": "x", "relevant": {}, "decision": ["buy"]})", "field decision must be a string"},
      {R"([1, 2])", "a judgment must be a JSON object"},
      {R"({"need": "x", "relevant": {"a": 1}, "decision": "buy")", "not valid JSON (column 53): syntax error"},
  };
  for (const Case& test : cases) {
    CAPTURE(test.line);
    const std::string file = dir.write("one.jsonl", good + "\n" + test.line + "\n");
    const std::string message = error_of([&] { read_judgments({file}); });
    CHECK_THAT(message, Catch::StartsWith(file + ":2: " + test.message));
    CHECK_THAT(message, !Catch::Contains("json.exception"));
  }

  // Through radar-eval: exit 1 with the message.
  const auto run = run_tool("radar-eval", {"--db", dir.file("db"), path});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains(path + ":3: field relevant.sol-b: number overflow"));
}

TEST_CASE("record links must be http or https URLs, and ingest reports others as FILE:LINE", "[reliability][records]") {
  const std::string org = R"({"type":"organisation","id":"org-l","name":"L","description":"D","org_type":"company")";
  const std::string sol =
      R"({"type":"solution","id":"sol-l","organisation":"org-l","name":"S","description":"D","maturity":"market")";
  struct Case {
    std::string line;
    bool accepted;
  };
  const Case cases[] = {
      {org + R"J(,"website":"https://l.example/"})J", true},
      {org + R"J(,"website":"HTTP://L.EXAMPLE"})J", true},
      {sol + R"J(,"url":"http://l.example:8080/p?q=1#x"})J", true},
      {sol + R"J(,"url":"https://user@l.example/"})J", true},
      {org + R"J(,"website":null})J", true},
      {sol + R"J(,"url":"javascript:alert(1)"})J", false},
      {sol + R"J(,"url":"JaVaScRiPt:alert(1)"})J", false},
      {sol + R"J(,"url":"data:text/html,<script>alert(1)</script>"})J", false},
      {sol + R"J(,"url":"vbscript:msgbox(1)"})J", false},
      {sol + R"J(,"url":"file:///etc/passwd"})J", false},
      {sol + R"J(,"url":"ftp://l.example/"})J", false},
      {sol + R"J(,"url":"mailto:a@l.example"})J", false},
      {sol + R"J(,"url":"//l.example/x"})J", false},
      {sol + R"J(,"url":"/relative"})J", false},
      {sol + R"J(,"url":" https://l.example/"})J", false},
      {sol + R"J(,"url":"https://l.example/a b"})J", false},
      {sol + R"J(,"url":"https://l.example/\njavascript:x"})J", false},
      {sol + R"J(,"url":"https://"})J", false},
      {sol + R"J(,"url":"https:///path"})J", false},
      {sol + R"J(,"url":"https://:80/"})J", false},
      {sol + R"J(,"url":"https:\\\\l.example"})J", false},
      {org + R"J(,"website":"www.l.example"})J", false},
      {org + R"J(,"website":"javascript:alert('site')"})J", false},
      // A link field of another record type is checked too: readers take "url" from any record.
      {org + R"J(,"url":"javascript:alert(1)"})J", false},
      {R"J({"type":"need","id":"n","municipality":"M","title":"T","description":"D","url":"data:x"})J", false},
  };
  for (const Case& test : cases) {
    CAPTURE(test.line);
    if (test.accepted) {
      CHECK_NOTHROW(parse_record_line(test.line));
    } else {
      const std::string message = error_of([&] { parse_record_line(test.line); });
      CHECK_THAT(message, Catch::Contains("must be an absolute http:// or https:// URL, not \""));
      CHECK(message.find('\n') == std::string::npos);  // the value is quoted as JSON
    }
  }

  TempDir dir;
  const std::string file = dir.write("links.jsonl", org + R"(,"website":"https://l.example/"})" "\n" + sol +
                                                        R"J(,"url":"javascript:alert(1)"})J" "\n" +
                                                        R"({"type":"solution","id":"sol-ok","organisation":"org-l","name":"S2","description":"D","maturity":"pilot","url":"https://l.example/s2"})" "\n");
  const auto run = run_tool("radar-index", {"ingest", "--db", dir.file("db"), file});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains(file + ":2: field \"url\" must be an absolute http:// or https:// URL, not "
                                             "\"javascript:alert(1)\""));
  const auto listed = run_tool("radar-index", {"list", "--db", dir.file("db")});
  CHECK_THAT(listed.out, Catch::Contains("\"sol-ok\""));
  CHECK_THAT(listed.out, Catch::Contains("\"org-l\""));
  CHECK_THAT(listed.out, !Catch::Contains("\"sol-l\""));
}
