// RSS and Atom feeds (crawl/feed.h): the fixtures in tests/fixtures/feeds/, RSS date
// conversion, link selection, and XML that is not a feed.
#include <catch2/catch.hpp>

#include "crawl/feed.h"
#include "test_support.h"

using radar::crawl::FeedItem;
using radar::crawl::parse_feed;
using radar::crawl::ParseError;

namespace {

std::vector<FeedItem> parse_fixture(const std::string& name) {
  return parse_feed(radar::test::read_text(radar::test::source_path("tests/fixtures/feeds/" + name)));
}

std::string describe(const FeedItem& item) {
  return "url=" + item.url + " | title=" + item.title + " | summary=" + item.summary + " | updated=" + item.updated;
}

std::vector<std::string> describe_all(const std::vector<FeedItem>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items) {
    out.push_back(describe(item));
  }
  return out;
}

std::string rss_with(const std::string& item_body) {
  return R"(<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>)" + item_body +
         "</item></channel></rss>";
}

}  // namespace

TEST_CASE("parse_feed reads the feed fixtures") {
  struct Case {
    const char* fixture;
    std::vector<FeedItem> items;
  };
  const Case cases[] = {
      {"rss2.xml",
       {{"https://kommune.example/nyheder/spiserobot", "Ny spiserobot testes på plejecenter",
         "<p>Kommunen tester en <b>spiserobot</b> i tre måneder.</p>", "2003-06-10T04:00:00Z"},
        {"https://kommune.example/nyheder/skaermbesoeg", "Skærmbesøg & telemedicin", "Borgere kan nu få skærmbesøg.",
         "2002-09-07T07:42:31Z"},
        {"/nyheder/sensorgulve", "Sensorgulve i plejeboliger", "", ""},
        {"https://kommune.example/nyheder/atom-link", "Atom-link i RSS", "", "2024-02-01T21:05:00Z"}}},
      {"atom.xml",
       {{"https://region.example/udbud/digitale-hjaelpemidler", "Udbud: digitale hjælpemidler",
         "Regionen søger leverandører af digitale hjælpemidler.", "2024-05-01T10:30:00+02:00"},
        {"https://region.example/nyt/robotstoevsugere", "Robotstøvsugere &amp; rengøring",
         "Erfaringer med robotstøvsugere. Anden del.", "2024-04-01T12:00:00Z"},
        {"nyt/relativ", "Relativt link", "Indhold som resumé", "2024-02-01T00:00:00Z"}}},
      {"rss1-rdf.xml",
       {{"https://forsker.example/projekt/faldsensor", "Faldsensor-projekt", "Et projekt om faldsensorer.",
         "2024-01-15T09:00:00Z"}}},
      {"prefixed-atom.xml", {{"https://firma.example/produkt", "Med præfiks", "Produktnyt", "2024-06-01T00:00:00Z"}}},
  };
  for (const auto& test : cases) {
    INFO(test.fixture);
    CHECK(describe_all(parse_fixture(test.fixture)) == describe_all(test.items));
  }
}

TEST_CASE("RSS pubDate becomes UTC ISO 8601") {
  const std::pair<const char*, const char*> cases[] = {
      {"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"},
      {"Tue, 10 Jun 2003 04:00:00 +0000", "2003-06-10T04:00:00Z"},
      {"Wed, 01 Jan 2025 00:30:00 +0100", "2024-12-31T23:30:00Z"},
      {"Mon, 31 Dec 2024 22:00:00 -0330", "2025-01-01T01:30:00Z"},
      {"Fri, 1 Mar 2024 08:15 CET", "2024-03-01T08:15:00Z"},
      {"1 Feb 24 13:05 PST", "2024-02-01T21:05:00Z"},
      {"Sun, 02 Jul 1995 12:00:00 EDT", "1995-07-02T16:00:00Z"},
      {"  Thu, 29 Feb 2024 23:59:59 UT  ", "2024-02-29T23:59:59Z"},
      {"thu, 29 FEB 2024 10:00:00 gmt", "2024-02-29T10:00:00Z"},
      {"Thu, 29 Feb 2024 10:00:00", "2024-02-29T10:00:00Z"},
      {"2024-05-01T10:30:00+02:00", "2024-05-01T10:30:00+02:00"},
      {"Thu, 30 Feb 2024 10:00:00 GMT", ""},
      {"Thu, 29 Foo 2024 10:00:00 GMT", ""},
      {"Thu, 29 Feb 2024 25:00:00 GMT", ""},
      {"yesterday", ""},
      {"", ""},
  };
  for (const auto& [date, expected] : cases) {
    INFO(date);
    const auto items =
        parse_feed(rss_with("<link>https://example.com/a</link><pubDate>" + std::string(date) + "</pubDate>"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].updated == expected);
  }
}

TEST_CASE("feed item links") {
  const std::pair<std::string, const char*> rss_cases[] = {
      {"<link>https://example.com/a</link><guid>https://example.com/guid</guid>", "https://example.com/a"},
      {"<guid>https://example.com/guid</guid>", "https://example.com/guid"},
      {R"(<guid isPermaLink="true">https://example.com/guid</guid>)", "https://example.com/guid"},
      {R"(<guid isPermaLink="false">https://example.com/guid</guid>)", ""},
      {"<link></link><guid>https://example.com/guid</guid>", "https://example.com/guid"},
      {R"(<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://example.com/self"/>)", ""},
      {"<title>no link at all</title>", ""},
  };
  for (const auto& [body, expected] : rss_cases) {
    INFO(body);
    const auto items = parse_feed(rss_with(body));
    if (std::string(expected).empty()) {
      CHECK(items.empty());
    } else {
      REQUIRE(items.size() == 1);
      CHECK(items[0].url == expected);
    }
  }
  const std::pair<std::string, const char*> atom_cases[] = {
      {R"(<link href="https://example.com/plain"/>)", "https://example.com/plain"},
      {R"(<link rel="self" href="https://example.com/self"/><link rel="alternate" href="https://example.com/alt"/>)",
       "https://example.com/alt"},
      {R"(<link rel="alternate" href="https://example.com/first"/><link href="https://example.com/second"/>)",
       "https://example.com/first"},
      {R"(<link rel="related" href="https://example.com/related"/>)", ""},
      {R"(<link rel="alternate" href="  https://example.com/trimmed  "/>)", "https://example.com/trimmed"},
  };
  for (const auto& [body, expected] : atom_cases) {
    INFO(body);
    const auto items =
        parse_feed(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>)" + body + "</entry></feed>");
    if (std::string(expected).empty()) {
      CHECK(items.empty());
    } else {
      REQUIRE(items.size() == 1);
      CHECK(items[0].url == expected);
    }
  }
}

TEST_CASE("parse_feed keeps document order and reads empty feeds") {
  const auto items =
      parse_feed(rss_with("<link>https://example.com/1</link></item><item><link>https://example.com/2</link>"));
  REQUIRE(items.size() == 2);
  CHECK(items[0].url == "https://example.com/1");
  CHECK(items[1].url == "https://example.com/2");
  CHECK(parse_feed(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>empty</title></feed>)").empty());
  CHECK(parse_feed(R"(<rss version="2.0"><channel><title>empty</title></channel></rss>)").empty());
}

TEST_CASE("parse_feed refuses what is not a feed") {
  const std::pair<std::string, const char*> cases[] = {
      {"", "not well-formed"},
      {"{\"items\": []}", "not well-formed"},
      {"<rss version=\"2.0\"><channel><item><link>https://example.com/</link></channel></rss>", "not well-formed"},
      {"<feed><entry></feed>", "not well-formed"},
      {"<html><head><title>Feed</title></head><body/></html>", "not an RSS or Atom feed"},
      {R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>)", "not an RSS or Atom feed"},
      {R"(<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>)"
       "<rss><channel><item><link>&b;</link></item></channel></rss>",
       "entities"},
  };
  for (const auto& [xml, message] : cases) {
    INFO(xml);
    CHECK_THROWS_AS(parse_feed(xml), ParseError);
    CHECK_THROWS_WITH(parse_feed(xml), Catch::Contains(message));
  }
  // RSS 0.91's external DOCTYPE declares nothing and is read.
  const std::string rss091 =
      R"(<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" )"
      R"("http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title>)"
      "<item><title>old</title><link>https://example.com/old</link></item></channel></rss>";
  REQUIRE(parse_feed(rss091).size() == 1);
}
