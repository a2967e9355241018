// Sitemaps and bounded gunzip (crawl/sitemap.h, crawl/gzip.h): urlset and sitemap
// index, namespaces, a nested index walked to its pages, the 50,000-entry cap,
// malformed and hostile XML, gzip/zlib/deflate round trips and a decompression bomb.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <set>

#include "crawl/sitemap.h"

using radar::crawl::gunzip_limited;
using radar::crawl::looks_gzipped;
using radar::crawl::parse_sitemap;
using radar::crawl::ParseError;
using radar::crawl::Sitemap;

namespace {

constexpr int kGzip = 15 + 16;
constexpr int kZlib = 15;
constexpr int kRawDeflate = -15;

// Compresses `size` bytes produced by `chunk` (called until done) in the given format,
// streaming so that a 100 MB input never sits in memory.
std::string compress_stream(int window_bits, std::size_t size, const std::function<std::string_view()>& chunk) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out;
  std::string buffer(std::size_t{64} * 1024, '\0');
  std::size_t fed = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    std::string_view input;
    if (fed < size) {
      input = chunk().substr(0, size - fed);
      fed += input.size();
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    const int flush = fed == size ? Z_FINISH : Z_NO_FLUSH;
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
      stream.avail_out = static_cast<uInt>(buffer.size());
      status = deflate(&stream, flush);
      REQUIRE(status != Z_STREAM_ERROR);
      out.append(buffer.data(), buffer.size() - stream.avail_out);
    } while (stream.avail_out == 0);
    if (flush != Z_FINISH) {
      continue;
    }
  }
  deflateEnd(&stream);
  return out;
}

std::string compress(const std::string& data, int window_bits) {
  bool given = false;
  return compress_stream(window_bits, data.size(), [&]() -> std::string_view {
    if (given) {
      return {};
    }
    given = true;
    return data;
  });
}

std::string urlset(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>)"
         R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)" +
         body + "</urlset>";
}

std::string index_of(const std::vector<std::string>& locs) {
  std::string xml = R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)";
  for (const auto& loc : locs) {
    xml += "<sitemap><loc>" + loc + "</loc></sitemap>";
  }
  return xml + "</sitemapindex>";
}

}  // namespace

TEST_CASE("parse_sitemap reads urlsets") {
  struct Case {
    std::string xml;
    std::vector<std::pair<std::string, std::string>> entries;  // loc, lastmod
  };
  const Case cases[] = {
      {urlset("<url><loc>https://example.com/</loc><lastmod>2024-05-01</lastmod></url>"
              "<url><loc>https://example.com/a</loc><changefreq>daily</changefreq><priority>0.8</priority></url>"),
       {{"https://example.com/", "2024-05-01"}, {"https://example.com/a", ""}}},
      // Whitespace around values, entities and CDATA.
      {urlset("<url>\n  <loc>\n    https://example.com/?a=1&amp;b=2\n  </loc>\n"
              "  <lastmod> 2024-05-01T10:00:00+02:00 </lastmod>\n</url>"
              "<url><loc><![CDATA[https://example.com/cdata]]></loc></url>"),
       {{"https://example.com/?a=1&b=2", "2024-05-01T10:00:00+02:00"}, {"https://example.com/cdata", ""}}},
      // No namespace at all, and a prefixed namespace.
      {"<urlset><url><loc>https://example.com/plain</loc></url></urlset>", {{"https://example.com/plain", ""}}},
      {R"(<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">)"
       "<sm:url><sm:loc>https://example.com/prefixed</sm:loc><image:image><image:loc>https://example.com/i.png</"
       "image:loc>"
       "</image:image></sm:url></sm:urlset>",
       {{"https://example.com/prefixed", ""}}},
      // Entries without a loc are skipped; unknown elements are ignored.
      {urlset("<url><lastmod>2024-01-01</lastmod></url><url><loc>  </loc></url><note>hi</note>"
              "<url><loc>https://example.com/kept</loc></url>"),
       {{"https://example.com/kept", ""}}},
      {urlset(""), {}},
      // A UTF-8 BOM and a non-UTF-8 declared encoding.
      {"\xEF\xBB\xBF" + urlset("<url><loc>https://example.com/bom</loc></url>"), {{"https://example.com/bom", ""}}},
      {"<?xml version=\"1.0\" "
       "encoding=\"ISO-8859-1\"?><urlset><url><loc>https://example.com/s\xF8g</loc></url></urlset>",
       {{"https://example.com/s\xC3\xB8g", ""}}},
  };
  for (const auto& test : cases) {
    INFO(test.xml);
    const Sitemap sitemap = parse_sitemap(test.xml);
    CHECK_FALSE(sitemap.is_index);
    CHECK_FALSE(sitemap.truncated);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& entry : sitemap.entries) {
      got.emplace_back(entry.loc, entry.lastmod);
    }
    CHECK(got == test.entries);
  }
}

TEST_CASE("parse_sitemap reads sitemap indexes") {
  const Sitemap index = parse_sitemap(
      R"(<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-pages.xml</loc><lastmod>2024-04-30</lastmod></sitemap>
  <sitemap><loc>https://example.com/sitemap-news.xml.gz</loc></sitemap>
  <url><loc>https://example.com/not-an-index-entry</loc></url>
</sitemapindex>)");
  CHECK(index.is_index);
  REQUIRE(index.entries.size() == 2);
  CHECK(index.entries[0].loc == "https://example.com/sitemap-pages.xml");
  CHECK(index.entries[0].lastmod == "2024-04-30");
  CHECK(index.entries[1].loc == "https://example.com/sitemap-news.xml.gz");
}

TEST_CASE("a nested sitemap index is walked to its pages, gzip and loops included") {
  // What a crawler would fetch: an index of an index, a gzipped urlset, and a loop back.
  const std::map<std::string, std::string> site = {
      {"https://example.com/sitemap.xml",
       index_of({"https://example.com/sitemaps/products.xml", "https://example.com/sitemaps/more.xml"})},
      {"https://example.com/sitemaps/more.xml",
       index_of({"https://example.com/sitemaps/news.xml.gz", "https://example.com/sitemap.xml"})},
      {"https://example.com/sitemaps/products.xml",
       urlset("<url><loc>https://example.com/p/1</loc></url><url><loc>https://example.com/p/2</loc></url>")},
      {"https://example.com/sitemaps/news.xml.gz",
       compress(urlset("<url><loc>https://example.com/news/1</loc></url>"), kGzip)},
  };
  std::set<std::string> pages;
  std::set<std::string> seen;
  std::function<void(const std::string&, int)> walk = [&](const std::string& url, int depth) {
    if (depth > 3 || !seen.insert(url).second) {
      return;
    }
    std::string body = site.at(url);
    if (looks_gzipped(body)) {
      body = gunzip_limited(body, std::size_t{50} * 1024 * 1024);
    }
    const Sitemap sitemap = parse_sitemap(body);
    for (const auto& entry : sitemap.entries) {
      if (sitemap.is_index) {
        walk(entry.loc, depth + 1);
      } else {
        pages.insert(entry.loc);
      }
    }
  };
  walk("https://example.com/sitemap.xml", 0);
  CHECK(pages ==
        std::set<std::string>{"https://example.com/p/1", "https://example.com/p/2", "https://example.com/news/1"});
  CHECK(seen.size() == 4);
}

TEST_CASE("parse_sitemap keeps at most 50,000 entries") {
  std::string body;
  body.reserve(std::size_t{50001} * 48);
  for (int i = 0; i < 50001; ++i) {
    body += "<url><loc>https://example.com/" + std::to_string(i) + "</loc></url>";
  }
  const Sitemap sitemap = parse_sitemap(urlset(body));
  CHECK(sitemap.entries.size() == radar::crawl::kMaxSitemapEntries);
  CHECK(sitemap.entries.back().loc == "https://example.com/49999");
  CHECK(sitemap.truncated);
}

TEST_CASE("parse_sitemap refuses what is not a sitemap") {
  const std::pair<std::string, const char*> cases[] = {
      {"", "not well-formed"},
      {"just some text", "not well-formed"},
      {"<urlset><url><loc>https://example.com/</loc></url>", "not well-formed"},
      {"<urlset><url><loc>https://example.com/</url></urlset>", "not well-formed"},
      {"<urlset></urlset><urlset></urlset>", "not well-formed"},
      {"<html><body>Not found</body></html>", "root element is <html>"},
      {R"(<rss version="2.0"><channel/></rss>)", "root element is <rss>"},
      {R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<urlset><url><loc>&lol2;</loc></url></urlset>)",
       "entities"},
      {R"(<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"
       "<urlset><url><loc>&xxe;</loc></url></urlset>",
       "entities"},
  };
  for (const auto& [xml, message] : cases) {
    INFO(xml);
    CHECK_THROWS_WITH(parse_sitemap(xml), Catch::Contains(message));
    CHECK_THROWS_AS(parse_sitemap(xml), ParseError);
  }
  // A DOCTYPE without declarations is harmless and allowed.
  CHECK(parse_sitemap("<!DOCTYPE urlset><urlset><url><loc>https://example.com/</loc></url></urlset>").entries.size() ==
        1);
}

TEST_CASE("gunzip_limited round-trips gzip, zlib and raw deflate") {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "line " + std::to_string(i) + " of a sitemap\n";
  }
  const std::string inputs[] = {"", "x", "hello, sitemap", text, std::string(1 << 20, '\0')};
  for (const auto& input : inputs) {
    for (const int format : {kGzip, kZlib, kRawDeflate}) {
      INFO("size " << input.size() << " window bits " << format);
      const std::string packed = compress(input, format);
      CHECK(looks_gzipped(packed) == (format == kGzip));
      CHECK(gunzip_limited(packed, input.size()) == input);
    }
  }
}

TEST_CASE("gunzip_limited reads concatenated gzip members") {
  const std::string packed = compress("first part, ", kGzip) + compress("second part", kGzip);
  CHECK(gunzip_limited(packed, 1000) == "first part, second part");
}

TEST_CASE("gunzip_limited stops a decompression bomb at the limit") {
  constexpr std::size_t kBombBytes = std::size_t{100} * 1024 * 1024;
  constexpr std::size_t kLimit = std::size_t{10} * 1024 * 1024;
  const std::string zeros(std::size_t{1024} * 1024, '\0');
  const std::string bomb = compress_stream(kGzip, kBombBytes, [&]() -> std::string_view { return zeros; });
  REQUIRE(bomb.size() < kBombBytes / 500);
  CHECK_THROWS_AS(gunzip_limited(bomb, kLimit), ParseError);
  CHECK_THROWS_WITH(gunzip_limited(bomb, kLimit), "decompressed size exceeds 10485760 bytes");
  // The limit is exact: N bytes pass a limit of N and fail a limit of N - 1.
  const std::string packed = compress(std::string(1000, 'a'), kGzip);
  CHECK(gunzip_limited(packed, 1000).size() == 1000);
  CHECK_THROWS_WITH(gunzip_limited(packed, 999), "decompressed size exceeds 999 bytes");
}

TEST_CASE("gunzip_limited refuses corrupt data") {
  const std::string packed = compress("a sitemap that will be damaged, long enough to matter", kGzip);
  std::string flipped = packed;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
  std::string bad_crc = packed;
  bad_crc[bad_crc.size() - 6] = static_cast<char>(bad_crc[bad_crc.size() - 6] ^ 0x01);
  const std::string cases[] = {
      "",
      "this is not compressed at all",
      "\x1f\x8b",
      "\x1f\x8bgarbage after the magic bytes",
      packed.substr(0, packed.size() / 2),
      flipped,
      bad_crc,
  };
  for (const auto& data : cases) {
    INFO("data of " << data.size() << " bytes");
    CHECK_THROWS_AS(gunzip_limited(data, 1 << 20), ParseError);
    CHECK_THROWS_WITH(gunzip_limited(data, 1 << 20), Catch::StartsWith("corrupt gzip data"));
  }
}

TEST_CASE("looks_gzipped checks the magic bytes") {
  CHECK(looks_gzipped("\x1f\x8b\x08"));
  CHECK(looks_gzipped(compress("x", kGzip)));
  CHECK_FALSE(looks_gzipped(""));
  CHECK_FALSE(looks_gzipped("\x1f"));
  CHECK_FALSE(looks_gzipped("<?xml"));
  CHECK_FALSE(looks_gzipped(compress("x", kZlib)));
}
