// What the crawler keeps of an HTML page: metadata, main text without boilerplate,
// outgoing links, robots directives and schema.org JSON-LD turned into records.
// Parsing never throws and is bounded on hostile input: at most 8 MiB of HTML is
// parsed, elements nested deeper than 256 are flattened, text is cut at 200,000 bytes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace radar::crawl {

// The robots token we obey in <meta name=TOKEN> and "TOKEN: noindex" directives.
inline constexpr std::string_view kRobotsToken = "markedsradar";

struct PageLink {
  std::string url;  // absolute http(s), normalised, without fragment
  bool nofollow = false;
};

struct ExtractedPage {
  std::string title;        // <title>, else og:title, else the first <h1>; at most 500 bytes
  std::string description;  // <meta name=description>, else og:description
  std::string lang;         // <html lang> (or Content-Language meta) as written, trimmed
  std::string canonical;    // <link rel=canonical>, absolute http(s), or empty
  std::string headings;     // h1-h3 text of the main content, space separated
  // Main text: blocks separated by '\n', other whitespace collapsed to one space. Without
  // script/style/noscript/template/form/svg/button/select, nav, aside, top-level header
  // and footer (those outside article/aside/main/nav/section, the ARIA banner and
  // contentinfo), elements with role navigation/banner/contentinfo/complementary/search/
  // menu/menubar/dialog/alertdialog, hidden, aria-hidden=true or inline display:none.
  // Only <main> (or role=main) when there is one with text, else <article>s, else <body>.
  std::string text;
  std::vector<PageLink> links;             // <a href> in document order, each URL once, resolved
                                           // against <base href> or the page URL
  bool noindex = false, nofollow = false;  // from meta robots / meta name=kRobotsToken
  std::vector<nlohmann::json> json_ld;     // every JSON-LD object; arrays and @graph flattened
};

// Extracts the page. `page_url` is the absolute URL it was fetched from; `robots_token`
// is the crawler's robots product token (compared case-insensitively). Never throws.
ExtractedPage extract_html(std::string_view utf8_html, std::string_view page_url,
                           std::string_view robots_token = kRobotsToken);

struct RobotsDirectives {
  bool noindex = false, nofollow = false;
};

// The directives in an X-Robots-Tag header value or a meta robots content that apply to
// `robots_token`: "noindex", "nofollow", "none" (both), comma separated; an "agent:" prefix
// limits the directives after it to that agent. Unknown directives are ignored.
RobotsDirectives parse_robots_directives(std::string_view value, std::string_view robots_token = kRobotsToken);

// Contract records (CONTRACT section 2) from the page's schema.org JSON-LD:
// - an organisation per Organization (or subtype: Corporation, LocalBusiness, NGO,
//   MedicalOrganization, EducationalOrganization, CollegeOrUniversity, ...): id "org-" +
//   slug of the name (or of the website host), org_type company (research for educational
//   and research organisations, public for government ones), website, country when the
//   address has an ISO alpha-2 addressCountry, lang, source = page URL;
// - a solution per Product, SoftwareApplication (and Web/MobileApplication) or MedicalDevice:
//   id "sol-" + slug of the name, maturity "market", url (its own or the page's), lang,
//   source, organisation = the page's organisation that its brand or manufacturer (or
//   author, publisher, creator) names by @id or name, else `default_org_id`, else the
//   page's only organisation; products with none of these are skipped.
// Records without a name or description are skipped, as are duplicates of an id. Text is
// plain (tags stripped, entities decoded) and cut to the record limits. Never throws.
std::vector<nlohmann::json> records_from_json_ld(const ExtractedPage& page, std::string_view page_url,
                                                 std::string_view default_org_id);

}  // namespace radar::crawl
