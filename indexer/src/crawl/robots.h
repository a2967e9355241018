// robots.txt by RFC 9309: which paths a crawler may fetch, its crawl delay and the
// sitemaps a site announces. Parsing never fails: unparsable lines are skipped, and
// only the first 500 KiB are read (whole lines only).
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace radar::crawl {

// The robots.txt product token of a user agent (RFC 9309 2.2.1): up to the first '/' or
// blank, lowercase ("Markedsradar/1.0 (+https://...)" is "markedsradar").
std::string product_token(std::string_view agent);

// The rules of the group(s) that apply to one crawler. Immutable once built.
class RobotsRules {
 public:
  // No rules, like allow_all(); lets RobotsRules sit in containers.
  RobotsRules() = default;
  // Parses robots.txt for the product token of `user_agent` (what precedes the first
  // '/' or space, compared case-insensitively). Groups for that token are merged; the
  // "*" group(s) apply only if none names it. Never throws.
  static RobotsRules parse(std::string_view robots_txt, std::string_view user_agent);
  // No rules: for a robots.txt answered with 4xx ("unavailable").
  static RobotsRules allow_all();
  // Everything but /robots.txt disallowed: for 5xx or an unreachable robots.txt.
  static RobotsRules disallow_all();

  // Whether `path_and_query` ("/a/b?x=1"; a fragment is ignored) may be fetched: the
  // longest matching rule decides, Allow wins a tie, no match allows. "/robots.txt" always may.
  [[nodiscard]] bool allowed(std::string_view path_and_query) const;
  // The group's Crawl-delay (the largest if merged groups give several); nullopt if none.
  [[nodiscard]] std::optional<std::chrono::milliseconds> crawl_delay() const { return crawl_delay_; }
  // Sitemap URLs in file order, without duplicates, wherever they stand in the file.
  [[nodiscard]] const std::vector<std::string>& sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    std::string pattern;    // normalised octets; '*' is a wildcard
    bool anchored = false;  // pattern ended in '$'
    bool allow = false;
    std::size_t specificity = 0;  // octets of the rule as compared
  };

  // A rule from an Allow/Disallow value: '$' at the end anchors it, octets normalised.
  static Rule make_rule(std::string_view value, bool allow);
  void add_sitemap(std::string_view url);

  std::vector<Rule> rules_;
  std::optional<std::chrono::milliseconds> crawl_delay_;
  std::vector<std::string> sitemaps_;
};

// `radar-index robots-check --robots FILE --agent UA URL...`: prints "allowed URL" or
// "disallowed URL" per URL (an http(s) URL or a path starting with "/"). `args` follow
// "robots-check". Returns the exit code: 0, 1 if FILE cannot be read, 2 on a usage error
// (message on `err`). Never throws.
int robots_check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace radar::crawl
