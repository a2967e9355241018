#include "crawl/robots.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iostream>

#include "crawl/url.h"
#include "radar/cli.h"
#include "radar/error.h"
#include "radar/files.h"
#include "radar/text.h"

namespace radar::crawl {
namespace {

constexpr std::size_t kMaxRobotsBytes = std::size_t{500} * 1024;  // RFC 9309 section 2.5
constexpr double kMaxCrawlDelaySeconds = 24 * 60 * 60;

constexpr const char* kRobotsCheckUsage = R"(usage: radar-index robots-check --robots FILE --agent UA URL...

Prints "allowed URL" or "disallowed URL" for each URL (an http(s) URL or a path
starting with "/"), by the rules of FILE for the product token of UA (RFC 9309).
)";

enum class Key { user_agent, allow, disallow, crawl_delay, sitemap, other };

struct Line {
  Key key = Key::other;
  std::string_view value;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

Key key_of(std::string_view name) {
  const std::string key = ascii_lower(name);
  if (key == "user-agent") {
    return Key::user_agent;
  }
  if (key == "allow") {
    return Key::allow;
  }
  if (key == "disallow") {
    return Key::disallow;
  }
  if (key == "crawl-delay") {
    return Key::crawl_delay;
  }
  if (key == "sitemap") {
    return Key::sitemap;
  }
  return Key::other;
}

// "key: value # comment" -> key and trimmed value; nullopt for lines without a colon.
std::optional<Line> split_line(std::string_view line) {
  line = line.substr(0, line.find('#'));
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) {
    return std::nullopt;
  }
  return Line{key_of(trim_blanks(line.substr(0, colon))), trim_blanks(line.substr(colon + 1))};
}

// The text to parse: no UTF-8 BOM, and at most kMaxRobotsBytes, cut after a whole line.
std::string_view limit_input(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  if (text.size() <= kMaxRobotsBytes) {
    return text;
  }
  text = text.substr(0, kMaxRobotsBytes);
  const auto last_break = text.find_last_of("\r\n");
  return last_break == std::string_view::npos ? std::string_view{} : text.substr(0, last_break + 1);
}

// Calls `handle` with each line; lines end in LF, CR or CRLF.
template <typename Handler>
void for_each_line(std::string_view text, Handler handle) {
  while (!text.empty()) {
    const auto end = text.find_first_of("\r\n");
    handle(text.substr(0, end));
    if (end == std::string_view::npos) {
      break;
    }
    const bool crlf = text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n';
    text.remove_prefix(end + (crlf ? 2 : 1));
  }
}

// The octets RFC 9309 2.2.2 compares: %-escapes uppercase, those of unreserved characters
// decoded; non-ASCII, controls, space and a stray '%' escaped. In a URL path '*' and '$'
// are literal and so escaped; in a rule pattern '*' stays a wildcard.
std::string normalise_octets(std::string_view text, bool is_pattern) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '%') {
      const bool escape = i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0;
      if (!escape) {
        append_percent_escape(out, c);
        continue;
      }
      const auto value = static_cast<unsigned char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      if (is_unreserved(value)) {
        out.push_back(static_cast<char>(value));
      } else {
        append_percent_escape(out, value);
      }
      i += 2;
    } else if (c >= 0x80 || c <= 0x20 || c == 0x7F || c == '$' || (c == '*' && !is_pattern)) {
      append_percent_escape(out, c);
    } else if (c == '*' && !out.empty() && out.back() == '*') {
      continue;  // "**" means the same as "*"
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// Whether `pattern` ('*' wildcards) matches the start of `path`, or all of it if
// `anchored`. Greedy with one backtrack point: O(pattern * path) at worst.
bool pattern_matches(std::string_view pattern, bool anchored, std::string_view path) {
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = s;
    } else if (p == pattern.size() && !anchored) {
      return true;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

// Crawl-delay in seconds ("10", "0.5"); nullopt unless a finite non-negative number.
std::optional<std::chrono::milliseconds> parse_crawl_delay(std::string_view value) {
  double seconds = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error != std::errc() || end == value.data() || !std::isfinite(seconds) || seconds < 0) {
    return std::nullopt;
  }
  seconds = std::min(seconds, kMaxCrawlDelaySeconds);
  return std::chrono::milliseconds(std::llround(seconds * 1000));
}

// What parsing collects for one kind of group (the crawler's own, or "*").
template <typename Rule>
struct GroupRules {
  bool seen = false;
  std::vector<Rule> rules;
  std::optional<std::chrono::milliseconds> crawl_delay;
};

// Follows the group structure of RFC 9309 2.1: consecutive user-agent lines open one
// group, which lasts until a user-agent line that follows one of its members. Members
// are routed to the crawler's groups and/or the "*" groups.
template <typename Rule>
class GroupTracker {
 public:
  explicit GroupTracker(std::string agent) : agent_(std::move(agent)) {}

  void user_agent(std::string_view value) {
    if (group_has_members_) {
      for_agent_ = for_all_ = group_has_members_ = false;
    }
    in_group_ = true;
    const std::string token = product_token(value);
    if (token == "*") {
      for_all_ = global_.seen = true;
    }
    if (!agent_.empty() && token == agent_) {
      for_agent_ = specific_.seen = true;
    }
  }

  // Calls `add` with each collection the current group feeds; lines before the first
  // user-agent line belong to no group and are dropped.
  template <typename Add>
  void member(const Add& add) {
    if (!in_group_) {
      return;
    }
    group_has_members_ = true;
    if (for_agent_) {
      add(specific_);
    }
    if (for_all_) {
      add(global_);
    }
  }

  // The crawler's merged groups if any names it, else the merged "*" groups.
  GroupRules<Rule>& chosen() { return specific_.seen ? specific_ : global_; }

 private:
  std::string agent_;
  GroupRules<Rule> specific_;
  GroupRules<Rule> global_;
  bool in_group_ = false;
  bool group_has_members_ = false;
  bool for_agent_ = false;
  bool for_all_ = false;
};

}  // namespace

std::string product_token(std::string_view agent) {
  agent = trim_blanks(agent);
  const auto end = agent.find_first_of("/ \t");
  return ascii_lower(agent.substr(0, end));
}

RobotsRules::Rule RobotsRules::make_rule(std::string_view value, bool allow) {
  Rule rule;
  rule.allow = allow;
  rule.anchored = !value.empty() && value.back() == '$';
  if (rule.anchored) {
    value.remove_suffix(1);
  }
  // RFC 9309 patterns start with "/" or "*"; "Disallow: private" is read as "/private".
  const bool rooted = value.empty() || value.front() == '/' || value.front() == '*';
  rule.pattern = normalise_octets(rooted ? std::string(value) : std::string("/").append(value), true);
  rule.specificity = rule.pattern.size() + (rule.anchored ? 1 : 0);
  return rule;
}

RobotsRules RobotsRules::parse(std::string_view robots_txt, std::string_view user_agent) {
  GroupTracker<Rule> groups(product_token(user_agent));
  RobotsRules result;
  for_each_line(limit_input(robots_txt), [&](std::string_view raw) {
    const auto line = split_line(raw);
    if (!line) {
      return;
    }
    switch (line->key) {
      case Key::user_agent:
        groups.user_agent(line->value);
        break;
      case Key::allow:
      case Key::disallow:
        groups.member([&](auto& group) {
          if (!line->value.empty()) {  // an empty Disallow (or Allow) matches nothing
            group.rules.push_back(make_rule(line->value, line->key == Key::allow));
          }
        });
        break;
      case Key::crawl_delay:
        groups.member([&](auto& group) {
          const auto delay = parse_crawl_delay(line->value);
          if (delay && (!group.crawl_delay || *delay > *group.crawl_delay)) {
            group.crawl_delay = delay;
          }
        });
        break;
      case Key::sitemap:
        result.add_sitemap(line->value);
        break;
      case Key::other:
        break;
    }
  });
  GroupRules<Rule>& chosen = groups.chosen();
  result.rules_ = std::move(chosen.rules);
  result.crawl_delay_ = chosen.crawl_delay;
  return result;
}

void RobotsRules::add_sitemap(std::string_view url) {
  if (!url.empty() && std::find(sitemaps_.begin(), sitemaps_.end(), url) == sitemaps_.end()) {
    sitemaps_.emplace_back(url);
  }
}

RobotsRules RobotsRules::allow_all() { return RobotsRules(); }

RobotsRules RobotsRules::disallow_all() {
  RobotsRules result;
  result.rules_.push_back(Rule{"/", false, false, 1});
  return result;
}

bool RobotsRules::allowed(std::string_view path_and_query) const {
  path_and_query = path_and_query.substr(0, path_and_query.find('#'));
  std::string path = normalise_octets(path_and_query, false);
  if (path.empty() || path.front() != '/') {
    path.insert(path.begin(), '/');
  }
  if (path.substr(0, path.find('?')) == "/robots.txt") {
    return true;
  }

  const Rule* best = nullptr;
  for (const Rule& rule : rules_) {
    if (best != nullptr && rule.specificity < best->specificity) {
      continue;
    }
    if (best != nullptr && rule.specificity == best->specificity && !rule.allow) {
      continue;
    }
    if (pattern_matches(rule.pattern, rule.anchored, path)) {
      best = &rule;
    }
  }
  return best == nullptr || best->allow;
}

namespace {

// The path and query robots.txt rules see for a command-line argument.
std::string path_of_argument(const std::string& argument) {
  if (!argument.empty() && argument.front() == '/') {
    return argument;
  }
  std::string path = url_path_and_query(argument);
  if (path.empty()) {
    throw UsageError("not an http(s) URL or a path starting with /: " + argument);
  }
  return path;
}

int run_robots_check(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"robots", "agent"}, {"help"});
  if (parsed.has("help")) {
    return out << kRobotsCheckUsage, 0;
  }
  const std::string robots_path = parsed.required("robots");
  const std::string agent = parsed.required("agent");
  if (parsed.positional().empty()) {
    throw UsageError("robots-check needs at least one URL");
  }
  std::vector<std::string> paths;
  for (const auto& url : parsed.positional()) {
    paths.push_back(path_of_argument(url));
  }
  const RobotsRules rules = RobotsRules::parse(read_whole_file(robots_path, "robots file"), agent);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    out << (rules.allowed(paths[i]) ? "allowed " : "disallowed ") << parsed.positional()[i] << "\n";
  }
  return 0;
}

}  // namespace

int robots_check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    return run_robots_check(args, out);
  } catch (const UsageError& error) {
    err << "robots-check: " << error.what() << "\n" << kRobotsCheckUsage;
    return 2;
  } catch (const std::exception& error) {
    err << "robots-check: " << error.what() << "\n";
    return 1;
  }
}

}  // namespace radar::crawl
