// HTML extraction (crawl/html_extract.h): metadata, main text without boilerplate,
// headings, links, robots directives, JSON-LD and the records made from it, and
// bounded behaviour on hostile pages (deep nesting, huge text, bad JSON-LD).
#include <catch2/catch.hpp>

#include <chrono>

#include "crawl/html_extract.h"
#include "radar/records.h"
#include "radar/text.h"
#include "test_support.h"

using nlohmann::json;
using radar::crawl::extract_html;
using radar::crawl::ExtractedPage;
using radar::crawl::parse_robots_directives;
using radar::crawl::records_from_json_ld;

namespace {

std::string fixture(const std::string& name) {
  return radar::test::read_text(radar::test::source_path("tests/fixtures/html/" + name));
}

std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::vector<std::string> link_lines(const ExtractedPage& extracted) {
  std::vector<std::string> lines;
  for (const auto& link : extracted.links) lines.push_back(link.url + (link.nofollow ? " nofollow" : ""));
  return lines;
}

std::string json_ld_page(const std::string& json_ld) {
  return page(R"(<script type="application/ld+json">)" + json_ld + "</script>", "<p>x</p>");
}

const std::string kPageUrl = "https://omsorgsteknik.dk/index.php?id=7";

}  // namespace

TEST_CASE("a product page: metadata, main text, headings and links", "[html]") {
  const ExtractedPage extracted = extract_html(fixture("product-page.html"), kPageUrl);
  CHECK(extracted.title == "SengeVagt – sengesensor til plejecentre | Omsorgsteknik ApS");
  CHECK(extracted.description == "Sengesensor der varsler personalet, når en beboer forlader sengen om natten.");
  CHECK(extracted.lang == "da-DK");
  // <base href> comes after the canonical link but is still the document's base URL
  CHECK(extracted.canonical == "https://www.omsorgsteknik.dk/produkter/sengevagt");
  CHECK(extracted.headings == "SengeVagt Sådan virker den Pris & levering");
  CHECK(extracted.text ==
        "SengeVagt\nPubliceret 1. marts\nSengeVagt er en trådløs sengesensor til plejecentre.\n"
        "Sådan virker den\nSensoren ligger under madrassen og sender en besked til personalets telefon.\n"
        "Ingen kamera\nBatteri i 5 år\nPris & levering\nLæs anmeldelsen eller se videoen og om os.\n"
        "Ikke med i overskrifter");
  for (const char* absent : {"SCRIPT-TEXT", "STYLE-TEXT", "COOKIE-TEXT", "HEADER-TEXT", "NAV-TEXT", "ROLE-NAV-TEXT",
                             "HIDDEN-TEXT", "INLINE-HIDDEN-TEXT", "ASIDE-TEXT", "FORM-TEXT", "NOSCRIPT-TEXT",
                             "TEMPLATE-TEXT", "FOOTER-TEXT"}) {
    INFO(absent);
    CHECK(extracted.text.find(absent) == std::string::npos);
  }
  CHECK(link_lines(extracted) == std::vector<std::string>{
                                     "https://www.omsorgsteknik.dk/",
                                     "https://www.omsorgsteknik.dk/om-os",
                                     "https://www.omsorgsteknik.dk/produkter/kontakt",
                                     "https://www.omsorgsteknik.dk/sitemap",
                                     "https://partner.example.com/anmeldelse nofollow",
                                     "https://www.omsorgsteknik.dk/produkter/sengevagt",
                                     "https://www.omsorgsteknik.dk/privatliv nofollow",
                                 });
  CHECK_FALSE(extracted.noindex);
  CHECK_FALSE(extracted.nofollow);
  // The @graph is flattened; the block with a trailing comma is ignored.
  REQUIRE(extracted.json_ld.size() == 3);
  CHECK(extracted.json_ld[0]["@type"] == "Organization");
  CHECK(extracted.json_ld[1]["@type"] == "WebPage");
  CHECK(extracted.json_ld[2]["name"] == "SengeVagt");
}

TEST_CASE("a page without main or article: body text, fallbacks, robots meta", "[html]") {
  const ExtractedPage extracted = extract_html(fixture("no-main.html"), "https://telecare.example.org/");
  CHECK(extracted.title == "Telecare for the elderly");
  CHECK(extracted.description == "A telecare platform for home care.");
  CHECK(extracted.lang == "en");
  CHECK(extracted.canonical.empty());
  CHECK(extracted.headings == "Telecare");
  CHECK(extracted.text == "Telecare\nVideo calls between citizens and home care staff.\nPrice Contact us\nLine one\nLine two");
  CHECK(extracted.noindex);
  CHECK_FALSE(extracted.nofollow);
  CHECK(extracted.links.empty());
}

TEST_CASE("titles, descriptions, languages and canonical URLs", "[html]") {
  struct Case {
    const char* name;
    std::string html;
    std::string title, description, lang, canonical;
  };
  const std::vector<Case> cases = {
      {"entities and whitespace", page("<title>\n  Hj&aelig;lp &amp; st&oslash;tte&nbsp;  </title>", ""),
       "Hjælp & støtte", "", "", ""},
      {"the first title wins; svg titles don't count",
       page("", "<svg><title>Icon</title></svg>") + "<title>Late</title>", "Late", "", "", ""},
      {"og:title, then the first h1",
       page("", "<nav><h1>Menu</h1></nav><h1>Rollator <em>Plus</em></h1><h1>Second</h1>"), "Rollator Plus", "", "", ""},
      {"description beats og:description",
       page(R"(<meta property="og:description" content="og"><meta name="Description" content=" a   b ">)", ""), "",
       "a b", "", ""},
      {"lang from html beats content-language",
       R"(<html lang=" sv "><head><meta http-equiv="Content-Language" content="da, en"></head></html>)", "", "", "sv", ""},
      {"content-language", R"(<html><head><meta http-equiv="Content-Language" content="da, en"></head></html>)", "", "",
       "da", ""},
      {"canonical relative to the page", page(R"(<link rel="canonical" href="../b?x=1#top">)", ""), "", "", "",
       "https://example.com/b?x=1"},
      {"canonical among other rel tokens",
       page(R"(<link rel="alternate canonical" href="https://Example.com:443/c">)", ""), "", "", "", "https://example.com/c"},
      {"canonical that is not http(s) is dropped", page(R"(<link rel="canonical" href="ftp://example.com/x">)", ""), "",
       "", "", ""},
      {"the first base href counts",
       page(R"(<base target="_blank"><base href="https://cdn.example.net/x/"><base href="https://other.example/"><link rel="canonical" href="y">)",
            ""),
       "", "", "", "https://cdn.example.net/x/y"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const ExtractedPage extracted = extract_html(c.html, "https://example.com/a/page.html");
    CHECK(extracted.title == c.title);
    CHECK(extracted.description == c.description);
    CHECK(extracted.lang == c.lang);
    CHECK(extracted.canonical == c.canonical);
  }
}

TEST_CASE("the main text prefers main, then articles, and leaves boilerplate out", "[html]") {
  struct Case {
    const char* name;
    std::string body;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"main wins over the rest of the body", "<div>Outside</div><main><p>Inside</p></main><p>After</p>", "Inside"},
      {"role=main counts as main", "<div>Outside</div><div role=\"main\">Inside</div>", "Inside"},
      {"all articles when there is no main",
       "<div>Teaser</div><article>One</article><div>Between</div><article>Two <article>Nested</article></article>",
       "One\nTwo\nNested"},
      {"an empty main falls back to the body", "<main> </main><p>Body text</p>", "Body text"},
      {"a hidden main does not count", "<main hidden>Secret</main><p>Visible</p>", "Visible"},
      {"header and footer inside a section stay", "<section><header>Intro</header><p>Text</p><footer>Byline</footer></section>",
       "Intro\nText\nByline"},
      {"top-level header and footer go", "<header>Site</header><p>Text</p><footer>Contact</footer>", "Text"},
      {"landmark roles go",
       "<div role=\"banner\">B</div><div role=\"complementary\">C</div><div role=\"search\">S</div>"
       "<div role=\"contentinfo\">I</div><ul role=\"menubar\"><li>M</li></ul><p>Text</p>",
       "Text"},
      {"hidden content goes",
       "<p aria-hidden=\"true\">A</p><p style=\"color:red; DISPLAY : none\">B</p><p style=\"visibility:hidden\">C</p>"
       "<p aria-hidden=\"false\">Shown</p>",
       "Shown"},
      {"controls and embedded content go",
       "<button>Click</button><select><option>Opt</option></select><textarea>T</textarea><iframe>F</iframe>"
       "<svg><text>Svg</text></svg><video>No video support</video><dialog>Cookie</dialog><p>Text</p>",
       "Text"},
      {"inline elements don't break words", "<p>Vel<b>færds</b><i>teknologi</i> og <a href=\"/\">hjælpe</a>midler</p>",
       "Velfærdsteknologi og hjælpemidler"},
      {"blocks are separated, whitespace collapsed",
       "<div>a\t\n b</div><div><div>c</div></div><ul><li>d</li><li>e</li></ul>f<br>g&nbsp;&nbsp;h", "a b\nc\nd\ne\nf\ng h"},
      {"table cells are separated by spaces", "<table><tr><th>Pris</th><td>100</td></tr><tr><td>Levering</td></tr></table>",
       "Pris 100\nLevering"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(extract_html(page("", c.body), "https://example.com/").text == c.text);
  }
}

TEST_CASE("headings are h1-h3 of the main content", "[html]") {
  struct Case {
    const char* name;
    std::string body;
    std::string headings;
  };
  const std::vector<Case> cases = {
      {"h1 to h3, not h4", "<h1>A</h1><h2>B <small>b</small></h2><h3>C</h3><h4>D</h4><p>text</p>", "A B b C"},
      {"boilerplate headings are left out", "<nav><h2>Menu</h2></nav><h1>Title</h1><footer><h3>Contact</h3></footer>",
       "Title"},
      {"from main only", "<h1>Site</h1><main><h2>Page</h2><p>x</p></main>", "Page"},
      {"the body's when main has none", "<h1>Product</h1><main><p>x</p></main>", "Product"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(extract_html(page("", c.body), "https://example.com/").headings == c.headings);
  }
}

TEST_CASE("links are absolute http(s), without fragments, once each", "[html]") {
  const std::string html = page(R"(<base href="/docs/">)",
                                R"html(<a href="intro">1</a>
                                   <a href=" guide.html#part-2 ">2</a>
                                   <a href="#top">fragment only</a>
                                   <a href="HTTPS://EXAMPLE.COM:443/docs/intro">same as 1</a>
                                   <a href="//cdn.example.org/file.pdf">3</a>
                                   <a href="mailto:a@b.dk">mail</a><a href="tel:+4512345678">tel</a>
                                   <a href="javascript:alert(1)">js</a><a href="data:text/html,x">data</a>
                                   <a href="ftp://example.com/x">ftp</a><a>no href</a><a href="">empty</a>
                                   <a href="https://ads.example.net/" rel="sponsored nofollow">4</a>
                                   <a href="https://both.example/" rel="nofollow">5</a>
                                   <a href="https://both.example/">5 followable</a>
                                   <map><area href="/map-target"></map>
                                   <template><a href="/inert">inert</a></template>)html");
  const ExtractedPage extracted = extract_html(html, "https://example.com/a/b");
  CHECK(link_lines(extracted) == std::vector<std::string>{
                                     "https://example.com/docs/intro",
                                     "https://example.com/docs/guide.html",
                                     "https://cdn.example.org/file.pdf",
                                     "https://ads.example.net/ nofollow",
                                     "https://both.example/",
                                     "https://example.com/map-target",
                                 });
}

TEST_CASE("meta robots tags set noindex and nofollow", "[html]") {
  struct Case {
    const char* head;
    bool noindex, nofollow;
  };
  const Case cases[] = {
      {R"(<meta name="robots" content="noindex, nofollow">)", true, true},
      {R"(<meta name="ROBOTS" content="NOINDEX">)", true, false},
      {R"(<meta name="robots" content="none">)", true, true},
      {R"(<meta name="robots" content="index, follow">)", false, false},
      {R"(<meta name="markedsradar" content="nofollow">)", false, true},
      {R"(<meta name="googlebot" content="noindex, nofollow">)", false, false},
      {R"(<meta name="robots" content="nofollow"><meta name="MarkedsRadar" content="noindex">)", true, true},
      {R"(<meta name="robots">)", false, false},
  };
  for (const Case& c : cases) {
    INFO(c.head);
    const ExtractedPage extracted = extract_html(page(c.head, "<p>x</p>"), "https://example.com/");
    CHECK(extracted.noindex == c.noindex);
    CHECK(extracted.nofollow == c.nofollow);
  }
  const ExtractedPage other_bot =
      extract_html(page(R"(<meta name="otherbot" content="noindex">)", ""), "https://example.com/", "OtherBot");
  CHECK(other_bot.noindex);
}

TEST_CASE("X-Robots-Tag values", "[html]") {
  struct Case {
    const char* value;
    bool noindex, nofollow;
  };
  const Case cases[] = {
      {"noindex", true, false},
      {"nofollow", false, true},
      {"none", true, true},
      {"NoIndex, NoFollow", true, true},
      {"noindex nofollow", true, true},
      {"all", false, false},
      {"", false, false},
      {"noarchive, nosnippet", false, false},
      {"max-snippet: 20, noindex", true, false},
      {"unavailable_after: 25 Jun 2010 15:00:00 PST", false, false},
      {"unavailable_after: Friday, 25-Jun-10 15:00:00 GMT, nofollow", false, true},
      {"googlebot: noindex", false, false},
      {"googlebot: noindex, nofollow", false, false},
      {"markedsradar: noindex", true, false},
      {"Markedsradar: none", true, true},
      {"googlebot: noindex, markedsradar: nofollow", false, true},
      {"markedsradar: nofollow, googlebot: noindex", false, true},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    const auto directives = parse_robots_directives(c.value);
    CHECK(directives.noindex == c.noindex);
    CHECK(directives.nofollow == c.nofollow);
  }
}

TEST_CASE("JSON-LD blocks are parsed, flattened, and bad ones ignored", "[html]") {
  struct Case {
    const char* name;
    std::string json_ld;
    std::vector<std::string> types;
  };
  const std::string deep = std::string(100, '[') + "{\"@type\":\"Thing\"}" + std::string(100, ']');
  const std::vector<Case> cases = {
      {"one object", R"({"@context":"https://schema.org","@type":"Organization","name":"A"})", {"Organization"}},
      {"a top-level array", R"([{"@type":"Organization"},{"@type":"Product"}, 3, "x"])", {"Organization", "Product"}},
      {"@graph", R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite"},[{"@type":"Product"}]]})",
       {"WebSite", "Product"}},
      {"@graph with a typed container", R"({"@type":"ItemList","@graph":[{"@type":"Product"}]})", {"ItemList", "Product"}},
      {"wrapped in an HTML comment", R"(<!-- {"@type":"Organization"} -->)", {"Organization"}},
      {"malformed", R"({"@type":"Organization",})", {}},
      {"not JSON at all", "var x = 1;", {}},
      {"too deeply nested", deep, {}},
      {"a scalar", "42", {}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const ExtractedPage extracted = extract_html(json_ld_page(c.json_ld), "https://example.com/");
    std::vector<std::string> types;
    for (const json& object : extracted.json_ld) types.push_back(object.value("@type", std::string("?")));
    CHECK(types == c.types);
  }
  const std::string two_blocks = page(R"(<script type="application/ld+json">{"@type":"A"}</script>
      <script type="text/javascript">{"@type":"NotJsonLd"}</script>)",
                                      R"(<script type="Application/LD+JSON; charset=utf-8">{"@type":"B"}</script>)");
  const ExtractedPage extracted = extract_html(two_blocks, "https://example.com/");
  REQUIRE(extracted.json_ld.size() == 2);
  CHECK(extracted.json_ld[0]["@type"] == "A");
  CHECK(extracted.json_ld[1]["@type"] == "B");
}

TEST_CASE("records from the product page's JSON-LD", "[html][records]") {
  const ExtractedPage extracted = extract_html(fixture("product-page.html"), kPageUrl);
  const std::vector<json> records = records_from_json_ld(extracted, kPageUrl, "org-fallback");
  REQUIRE(records.size() == 2);
  const json expected_org = {
      {"type", "organisation"},
      {"id", "org-omsorgsteknik-aps"},
      {"name", "Omsorgsteknik ApS"},
      {"description", "Dansk virksomhed der udvikler sensorer til plejecentre & hjemmeplejen."},
      {"org_type", "company"},
      {"website", "https://www.omsorgsteknik.dk/"},
      {"country", "DK"},
      {"lang", "da-DK"},
      {"source", kPageUrl},
  };
  CHECK(records[0] == expected_org);
  const json expected_solution = {
      {"type", "solution"},
      {"id", "sol-sengevagt"},
      {"organisation", "org-omsorgsteknik-aps"},
      {"name", "SengeVagt"},
      {"description", "Trådløs sengesensor, der giver besked til personalet, når borgeren står op om natten."},
      {"maturity", "market"},
      {"url", "https://omsorgsteknik.dk/sengevagt"},
      {"lang", "da-DK"},
      {"source", kPageUrl},
  };
  CHECK(records[1] == expected_solution);
  for (const json& record : records) {
    INFO(record.dump());
    CHECK_NOTHROW(radar::validate_record(record));
  }
}

TEST_CASE("JSON-LD records: types, owners and skipped objects", "[html][records]") {
  struct Case {
    const char* name;
    std::string json_ld;
    std::string default_org;
    std::vector<std::string> expected;  // "id type-specific-field" per record
  };
  const auto describe = [](const json& record) {
    const std::string id = record.at("id").get<std::string>();
    if (record.at("type") == "organisation") {
      return id + " " + record.at("org_type").get<std::string>() + " " + record.value("country", std::string("-"));
    }
    return id + " <- " + record.at("organisation").get<std::string>();
  };
  const std::vector<Case> cases = {
      {"organisation subtypes",
       R"([{"@type":"CollegeOrUniversity","name":"Syddansk Universitet","description":"Forskning.","address":{"addressCountry":{"@type":"Country","name":"dk"}}},
          {"@type":"schema:Corporation","name":"Ærø Sundhedsteknik A/S","description":"Firma.","address":[{"addressCountry":"Denmark"}]},
          {"@type":"http://schema.org/MedicalOrganization","name":"Klinik","description":"K."},
          {"@type":["LocalBusiness","Store"],"name":"Butik","description":"B.","address":{"addressCountry":"SE"}},
          {"@type":"EducationalOrganization","name":"Skole","description":"S."},
          {"@type":"GovernmentOrganization","name":"Styrelse","description":"G."},
          {"@type":"Person","name":"Jens","description":"Not an organisation."}])",
       "",
       {"org-syddansk-universitet research DK", "org-aeroe-sundhedsteknik-a-s company -", "org-klinik company -",
        "org-butik company SE", "org-skole research -", "org-styrelse public -"}},
      {"records without name or description are skipped",
       R"([{"@type":"Organization","name":"No description"},{"@type":"Organization","description":"No name"},
          {"@type":"Organization","name":"  ","description":"Blank name"},
          {"@type":"Product","name":"P","description":"  "}])",
       "org-default", {}},
      {"the brand by @id", R"({"@graph":[{"@type":"Organization","@id":"#o","name":"Firma","description":"F."},
          {"@type":"Organization","name":"Andet Firma","description":"A."},
          {"@type":"SoftwareApplication","name":"App","description":"An app.","brand":{"@id":"#o"}}]})",
       "org-default", {"org-firma company -", "org-andet-firma company -", "sol-app <- org-firma"}},
      {"the manufacturer by name", R"([{"@type":"Organization","name":"Firma A/S","description":"F."},
          {"@type":"MedicalDevice","name":"Sensor","description":"S.","manufacturer":{"@type":"Organization","name":"firma  a/s"}},
          {"@type":"Product","name":"Lampe","description":"L.","brand":"Firma A/S"}])",
       "", {"org-firma-a-s company -", "sol-sensor <- org-firma-a-s", "sol-lampe <- org-firma-a-s"}},
      {"an unknown brand falls back to the default organisation",
       R"([{"@type":"Organization","name":"Forhandler","description":"F."},
          {"@type":"Product","name":"Rollator","description":"R.","brand":{"@type":"Brand","name":"Ukendt"}}])",
       "org-default", {"org-forhandler company -", "sol-rollator <- org-default"}},
      {"without a default, the page's only organisation",
       R"([{"@type":"Organization","name":"Eneste","description":"E."},{"@type":"Product","name":"Vare","description":"V."}])",
       "", {"org-eneste company -", "sol-vare <- org-eneste"}},
      {"without a default or a single organisation, products are skipped",
       R"([{"@type":"Product","name":"Vare","description":"V."},
          {"@type":"Organization","name":"Et","description":"E."},{"@type":"Organization","name":"To","description":"T."}])",
       "", {"org-et company -", "org-to company -"}},
      {"duplicate ids are emitted once",
       R"([{"@type":"Organization","name":"Firma","description":"F."},{"@type":"Corporation","name":"FIRMA","description":"F2."},
          {"@type":"Product","name":"Vare","description":"V."},{"@type":"Product","name":"vare","description":"V2."}])",
       "org-default", {"org-firma company -", "sol-vare <- org-default"}},
      {"language-tagged values and arrays",
       R"({"@type":"Product","name":[{"@language":"da","@value":"Løfter"}],"description":["Personløfter.","Lift."]})",
       "org-x", {"sol-loefter <- org-x"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const ExtractedPage extracted = extract_html(json_ld_page(c.json_ld), "https://example.com/p");
    std::vector<std::string> got;
    for (const json& record : records_from_json_ld(extracted, "https://example.com/p", c.default_org)) {
      got.push_back(describe(record));
      INFO(record.dump());
      CHECK_NOTHROW(radar::validate_record(record));
    }
    CHECK(got == c.expected);
  }
}

TEST_CASE("record fields are plain text and bounded", "[html][records]") {
  const std::string long_name(2000, 'n');
  const std::string json_ld = R"({"@type":"Organization","name":")" + long_name +
                              R"json(","description":"<p>Line&nbsp;one</p><script>evil()<\/script><p>two &lt;3</p>","url":"javascript:alert(1)"})json";
  const ExtractedPage extracted = extract_html(json_ld_page(json_ld), "https://example.com/p");
  const auto records = records_from_json_ld(extracted, "https://example.com/p", "");
  REQUIRE(records.size() == 1);
  CHECK(records[0]["name"].get<std::string>().size() == radar::RecordLimits::kMaxNameChars);
  CHECK(records[0]["description"] == "Line one two <3");
  CHECK(records[0]["id"].get<std::string>().size() <= radar::RecordLimits::kMaxIdBytes);
  CHECK_FALSE(records[0].contains("website"));
  CHECK_FALSE(records[0].contains("lang"));  // the page has no lang
  CHECK_NOTHROW(radar::validate_record(records[0]));
}

TEST_CASE("hostile pages finish quickly with bounded output", "[html]") {
  using Clock = std::chrono::steady_clock;
  SECTION("100,000 nested divs") {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += "<div class=\"d\">";
    html += "Deep text";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    html += "<p>After</p></body></html>";
    const auto start = Clock::now();
    const ExtractedPage extracted = extract_html(html, "https://example.com/");
    CHECK(Clock::now() - start < std::chrono::seconds(5));
    CHECK(extracted.text == "Deep text\nAfter");
  }
  SECTION("100,000 unclosed nested elements of several kinds") {
    for (const std::string open : {"<b>", "<span>", "<table><tr><td>", "<blockquote>", "<x-custom>", "<svg><g>"}) {
      std::string html = "<p>Start ";
      for (int i = 0; i < 100000; ++i) html += open;
      html += "End";
      INFO(open);
      const auto start = Clock::now();
      const ExtractedPage extracted = extract_html(html, "https://example.com/");
      CHECK(Clock::now() - start < std::chrono::seconds(5));
      if (open != "<svg><g>") CHECK_THAT(extracted.text, Catch::Contains("End"));
    }
  }
  SECTION("text is cut at 200,000 bytes without splitting a character") {
    std::string html = "<p>";
    for (int i = 0; i < 60000; ++i) html += "æøå ";
    const ExtractedPage extracted = extract_html(html, "https://example.com/");
    CHECK(extracted.text.size() <= 200000);
    CHECK(extracted.text.size() > 199990);
    CHECK(radar::is_valid_utf8(extracted.text));
  }
  SECTION("garbage never throws") {
    for (const std::string& garbage : {std::string(""), std::string("<"), std::string("<<<>>>"), std::string("\0\0<a\0>", 6),
                                      std::string("<a href='unterminated"), std::string("<!-- never closed"),
                                      std::string("<script>never closed"), std::string("</p></p></div>")}) {
      CHECK_NOTHROW(extract_html(garbage, "not a url"));
    }
  }
}
