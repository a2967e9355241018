#include <catch2/catch.hpp>

#include "radar/error.h"
#include "radar/records.h"

using namespace radar;

TEST_CASE("valid records of every type parse, keep unknown fields and get defaults", "[records]") {
  const Record org = parse_record_line(
      R"({"type":"organisation","id":"org-a","name":"A","description":"Virksomhed med sensorer til plejecentre.","org_type":"company","custom":42})");
  CHECK(org.type == RecordType::organisation);
  CHECK(org.id == "org-a");
  CHECK(org.data["custom"] == 42);
  CHECK(org.data["country"] == "DK");
  CHECK(org.data["lang"] == "da");
  const Record solution = parse_record_line(
      R"({"type":"solution","id":"s","organisation":"org-a","name":"S","description":"A sensor for the nursing home.","maturity":"pilot","lang":"en-GB"})");
  CHECK(solution.data["lang"] == "en");
  const Record need = parse_record_line(
      R"({"type":"need","id":"n","municipality":"Aarhus Kommune","title":"T","description":"D","watch":true})");
  CHECK(need.type == RecordType::need);
}

TEST_CASE("bad records are rejected with a message that names the problem", "[records]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"type":"organisation","id":"x","name":"A","description":"B"})", "missing required field \"org_type\""},
      {R"({"type":"organisation","id":"x","name":"A","description":"B","org_type":"firm"})", "org_type must be one of"},
      {R"({"type":"solution","id":"x","organisation":"o","name":"A","description":"B","maturity":"done"})",
       "maturity must be one of"},
      {R"({"type":"need","id":"x","municipality":"M","title":"T","description":"D","status":"x"})", "status must be one of"},
      {R"({"type":"need","id":"x","municipality":"M","title":"T","description":"D","watch":"yes"})", "must be true or false"},
      {R"({"type":"widget","id":"x"})", "type must be one of"},
      {R"({"id":"x"})", "missing required field \"type\""},
      {R"({"type":"organisation","name":"A","description":"B","org_type":"company"})", "missing required field \"id\""},
      {R"({"type":"organisation","id":"","name":"A","description":"B","org_type":"company"})", "\"id\" is empty"},
      {R"({"type":"organisation","id":"x","name":"  ","description":"B","org_type":"company"})", "\"name\" is empty"},
      {R"({"type":"organisation","id":"x","name":5,"description":"B","org_type":"company"})", "must be a string"},
      {R"({"type":"solution","id":"x","organisation":"o","name":"A","description":"B","maturity":"market","areas":"fald"})",
       "must be an array of strings"},
      {R"({"type":"organisation","id":"x","name":"A","description":"B","org_type":"company","lang":"dansk!"})",
       "not a BCP 47 language code"},
      {R"([1,2])", "must be a JSON object"},
      {R"({"type":"organisation",)", "invalid JSON"},
      {"{\"type\":\"organisation\",\"id\":\"x\",\"name\":\"K\xf8\",\"description\":\"B\",\"org_type\":\"company\"}",
       "not valid UTF-8"},
  };
  for (const auto& [line, message] : cases) {
    INFO(line);
    CHECK_THROWS_WITH(parse_record_line(line), Catch::Contains(message));
  }
}

TEST_CASE("over-long fields and ids are rejected", "[records]") {
  const std::string long_name(RecordLimits::kMaxNameChars + 1, 'x');
  CHECK_THROWS_WITH(parse_record_line(R"({"type":"organisation","id":"x","name":")" + long_name +
                                      R"(","description":"B","org_type":"company"})"),
                    Catch::Contains("\"name\" is too long"));
  const std::string long_id(RecordLimits::kMaxIdBytes + 1, 'i');
  CHECK_THROWS_WITH(parse_record_line(R"({"type":"organisation","id":")" + long_id +
                                      R"(","name":"A","description":"B","org_type":"company"})"),
                    Catch::Contains("\"id\" is too long"));
  // Danish letters count as one character each, not two bytes.
  const std::string danish_name(RecordLimits::kMaxNameChars / 1, 'a');
  CHECK_NOTHROW(parse_record_line(R"({"type":"organisation","id":"x","name":")" + danish_name +
                                  R"(","description":"B","org_type":"company"})"));
}
