// What each fuzz target does with one input, shared by the libFuzzer targets
// (fuzz/<target>.cpp) and the regression test that replays every committed input
// (tests/reliability/test_fuzz_regressions.cpp). The rule: a parser may throw only
// the exception its header documents; anything else escapes, and libFuzzer (or the
// test) reports it. Checks of the parsers' promises throw std::logic_error.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "../indexer/src/crawl/charset.h"
#include "../indexer/src/crawl/feed.h"
#include "../indexer/src/crawl/gzip.h"
#include "../indexer/src/crawl/html_extract.h"
#include "../indexer/src/crawl/robots.h"
#include "../indexer/src/crawl/sitemap.h"
#include "../matcher/src/analysis.h"
#include "../query-server/src/api.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/ingest.h"
#include "radar/language_resources.h"
#include "radar/matcher.h"
#include "radar/records.h"
#include "radar/schema.h"
#include "radar/text.h"

namespace radar::fuzz {

// robots.txt: parse() never throws; allowed() answers for any path, the input's own tail too.
inline void robots(std::string_view input) {
  const auto rules = crawl::RobotsRules::parse(input, "Markedsradar/1.0 (+https://example.org/bot)");
  const std::string_view tail = input.substr(input.size() > 200 ? input.size() - 200 : 0);
  for (const std::string_view path : {std::string_view("/"), std::string_view("/a/b.html?x=1"), tail}) {
    (void)rules.allowed(path);
  }
}

// A fetched page: the first byte picks the Content-Type it came with; the rest is decoded
// to UTF-8, extracted and turned into JSON-LD records. None of these may throw.
inline void html(std::string_view input) {
  static constexpr std::string_view kContentTypes[] = {"",
                                                       "text/html",
                                                       "text/html; charset=utf-8",
                                                       "text/html; charset=ISO-8859-1",
                                                       "text/html; charset=utf-16le",
                                                       "text/html; charset=utf-16be",
                                                       "text/html; charset=shift_jis",
                                                       "text/html;charset=\"windows-1251\"",
                                                       "text/html; charset=iso-2022-jp",
                                                       "text/html; charset=gb18030",
                                                       "text/html; charset=bogus",
                                                       "application/xhtml+xml; charset=euc-kr"};
  const std::size_t choice = input.empty() ? 0 : static_cast<unsigned char>(input.front());
  const std::string_view body = input.substr(input.empty() ? 0 : 1);
  const std::string utf8 = crawl::decode_to_utf8(body, kContentTypes[choice % std::size(kContentTypes)]);
  if (!is_valid_utf8(utf8) || utf8.find('\0') != std::string::npos) {
    throw std::logic_error("decode_to_utf8 returned ill-formed UTF-8 or a NUL byte");
  }
  const auto page = crawl::extract_html(utf8, "https://example.org/dir/page.html?q=1");
  for (const auto& link : page.links) {
    if (link.url.rfind("http://", 0) != 0 && link.url.rfind("https://", 0) != 0) {
      throw std::logic_error("extract_html returned a link that is not absolute http(s): " + link.url);
    }
  }
  for (const auto& record : crawl::records_from_json_ld(page, "https://example.org/dir/page.html", "org-fuzz")) {
    (void)record.dump();
  }
}

// A sitemap as it arrives: any bytes through gunzip_limited (gzip, zlib or raw deflate,
// 1 MiB limit), then parsed; and the bytes parsed as they are. Only ParseError may come out.
inline void sitemap(std::string_view input) {
  constexpr std::size_t kMaxDecompressed = 1 << 20;
  const auto parse = [](std::string_view xml) {
    try {
      (void)crawl::parse_sitemap(xml);
    } catch (const crawl::ParseError&) {
    }
  };
  try {
    const std::string inflated = crawl::gunzip_limited(input, kMaxDecompressed);
    if (inflated.size() > kMaxDecompressed) throw std::logic_error("gunzip_limited passed its limit");
    parse(inflated);
  } catch (const crawl::ParseError&) {
  }
  parse(input);
}

// An RSS or Atom feed; only ParseError may come out, and every item has a link.
inline void feed(std::string_view input) {
  try {
    for (const auto& item : crawl::parse_feed(input)) {
      if (item.url.empty()) throw std::logic_error("parse_feed returned an item without a link");
    }
  } catch (const crawl::ParseError&) {
  }
}

// One JSON Lines record: InputError, or a record that indexes and stores without throwing.
inline void record(std::string_view input) {
  Record parsed;
  try {
    parsed = parse_record_line(input);
  } catch (const InputError&) {
    return;
  }
  const Xapian::Document document = schema::make_document(parsed);
  (void)document.get_data();
  (void)parsed.data.dump();
}

// A POST /api/v1/match body: UsageError, or a request within the contract's limits.
inline void api(std::string_view input) {
  try {
    const MatchRequest request = server::parse_match_body(std::string(input));
    if (request.limit < 1 || request.limit > 100) throw std::logic_error("limit out of range");
  } catch (const UsageError&) {
  }
  (void)server::error_body("bad_request", std::string(input));
}

// A small on-disk index of the test market (tests/fixtures: records, thesaurus and
// stopwords), built once in a temporary directory that is removed on destruction.
class MatchFixture {
 public:
  explicit MatchFixture(const std::string& source_dir) {
    std::string pattern = (std::filesystem::temp_directory_path() / "radar-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    {
      IndexWriter writer(dir_ + "/db");
      store_language_resources(writer, load_language_resources({source_dir + "/tests/fixtures/language/thesaurus.txt"},
                                                               source_dir + "/tests/fixtures/language/stopwords"));
      const auto report = ingest_files(writer, {source_dir + "/tests/fixtures/records/mini-market.jsonl"});
      if (!report.ok()) throw std::runtime_error("fixture records did not ingest: " + report.errors.front());
    }
    matcher_ = std::make_unique<Matcher>(std::vector<std::string>{dir_ + "/db"});
  }
  ~MatchFixture() {
    matcher_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  MatchFixture(const MatchFixture&) = delete;
  MatchFixture& operator=(const MatchFixture&) = delete;

  [[nodiscard]] Matcher& matcher() { return *matcher_; }

  // Any text as a need: tokenised, then matched; only UsageError may come out, and the
  // result must serialise as strict UTF-8 JSON and as text.
  void match(std::string_view input) {
    (void)match::tokenize(input);
    MatchRequest request;
    request.need = std::string(input);
    request.limit = 5;
    try {
      const MatchResult result = matcher_->match(request);
      (void)to_json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
      (void)format_text(result);
    } catch (const UsageError&) {
    }
  }

 private:
  std::string dir_;
  std::unique_ptr<Matcher> matcher_;
};

}  // namespace radar::fuzz
