#include "crawl/feed.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <optional>

#include "crawl/xml.h"

namespace radar::crawl {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

std::vector<std::string_view> date_tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == ',' || text[i] == '\t') {
      if (i > start) {
        tokens.push_back(text.substr(start, i - start));
      }
      start = i + 1;
    }
  }
  return tokens;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return "";
  }
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::optional<int> to_int(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

std::optional<unsigned> month_of(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (name.size() >= 3 && iequals(name.substr(0, 3), kMonths[i])) {
      return i + 1;
    }
  }
  return std::nullopt;
}

// Minutes east of UTC for an RFC 822 zone ("GMT", "EST", "+0200"); unknown zones count as UTC.
std::optional<int> zone_offset_minutes(std::string_view zone) {
  if ((zone.front() == '+' || zone.front() == '-') && zone.size() == 5) {
    const auto digits = to_int(zone.substr(1));
    if (!digits) {
      return std::nullopt;
    }
    const int minutes = (*digits / 100) * 60 + *digits % 100;
    return zone.front() == '-' ? -minutes : minutes;
  }
  static constexpr std::array<std::pair<std::string_view, int>, 8> kZones = {
      {{"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}}};
  for (const auto& [name, hours] : kZones) {
    if (iequals(zone, name)) {
      return hours * 60;
    }
  }
  return 0;
}

// RFC 822/1123 ("Tue, 10 Jun 2003 04:00:00 GMT") to "2003-06-10T04:00:00Z"; "" if unreadable.
// Text that already looks like ISO 8601 is returned as it is.
std::string rfc822_to_iso8601(std::string_view text) {
  if (text.size() >= 10 && text[4] == '-' && to_int(text.substr(0, 4))) {
    return std::string(text);
  }
  auto tokens = date_tokens(text);
  if (!tokens.empty() && !to_int(tokens.front())) {
    tokens.erase(tokens.begin());  // day name
  }
  if (tokens.size() < 4) {
    return "";
  }
  const auto day = to_int(tokens[0]);
  const auto month = month_of(tokens[1]);
  auto year = to_int(tokens[2]);
  if (!day || !month || !year) {
    return "";
  }
  if (tokens[2].size() == 2) {
    *year += *year < 50 ? 2000 : 1900;
  }
  unsigned hour = 0;
  unsigned minute = 0;
  unsigned second = 0;
  const std::string time(tokens[3]);
  if (std::sscanf(time.c_str(), "%2u:%2u:%2u", &hour, &minute, &second) < 2 || hour > 23 || minute > 59 ||
      second > 60) {
    return "";
  }
  const auto offset = tokens.size() > 4 ? zone_offset_minutes(tokens[4]) : std::optional<int>(0);
  const std::chrono::year_month_day date{std::chrono::year(*year), std::chrono::month(*month),
                                         std::chrono::day(static_cast<unsigned>(*day))};
  if (!offset || !date.ok()) {
    return "";
  }
  using namespace std::chrono;
  const sys_seconds local = sys_days(date) + hours(hour) + minutes(minute) + seconds(second);
  const sys_seconds utc = local - minutes(*offset);
  const year_month_day utc_date(floor<days>(utc));
  const hh_mm_ss clock(utc - floor<days>(utc));
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(utc_date.year()),
                static_cast<unsigned>(utc_date.month()), static_cast<unsigned>(utc_date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return out;
}

// The item's link: the text of the first <link> that has some, else the href of the first
// <link> with rel="alternate" or no rel (Atom, or atom:link inside RSS).
std::string link_of(const pugi::xml_node& item) {
  std::string href;
  for (const pugi::xml_node& child : item.children()) {
    if (child.type() != pugi::node_element || local_name(child) != "link") {
      continue;
    }
    std::string text = text_of(child);
    if (!text.empty()) {
      return text;
    }
    const std::string_view rel = child.attribute("rel").value();
    if (href.empty() && (rel.empty() || rel == "alternate")) {
      href = trimmed(child.attribute("href").value());
    }
  }
  return href;
}

FeedItem rss_item(const pugi::xml_node& item) {
  FeedItem result;
  result.url = link_of(item);
  const pugi::xml_node guid = child_named(item, "guid");
  if (result.url.empty() && guid && std::string_view(guid.attribute("isPermaLink").value()) != "false") {
    result.url = text_of(guid);
  }
  result.title = text_of(child_named(item, "title"));
  result.summary = text_of(child_named(item, "description"));
  if (const pugi::xml_node date = child_named(item, "pubDate")) {
    result.updated = rfc822_to_iso8601(text_of(date));
  } else {
    result.updated = text_of(child_named(item, "date"));  // dc:date, already ISO 8601
  }
  return result;
}

FeedItem atom_entry(const pugi::xml_node& entry) {
  FeedItem result;
  result.url = link_of(entry);
  result.title = text_of(child_named(entry, "title"));
  result.summary = text_of(child_named(entry, "summary"));
  if (result.summary.empty()) {
    result.summary = text_of(child_named(entry, "content"));
  }
  result.updated = text_of(child_named(entry, "updated"));
  if (result.updated.empty()) {
    result.updated = text_of(child_named(entry, "published"));
  }
  return result;
}

// The elements that hold items: <channel> for RSS 2.0, the root for Atom and RSS 1.0.
void collect(const pugi::xml_node& parent, std::string_view name, FeedItem (*read)(const pugi::xml_node&),
             std::vector<FeedItem>& items) {
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() != pugi::node_element || local_name(child) != name) {
      continue;
    }
    FeedItem item = read(child);
    if (!item.url.empty()) {
      items.push_back(std::move(item));
    }
  }
}

}  // namespace

std::vector<FeedItem> parse_feed(std::string_view xml) {
  pugi::xml_document document;
  load_untrusted_xml(document, xml, "feed");
  const pugi::xml_node root = document.document_element();
  const std::string_view root_name = local_name(root);
  std::vector<FeedItem> items;
  if (root_name == "feed") {
    collect(root, "entry", atom_entry, items);
  } else if (root_name == "rss") {
    collect(child_named(root, "channel"), "item", rss_item, items);
  } else if (root_name == "RDF") {
    collect(root, "item", rss_item, items);
  } else {
    throw ParseError("not an RSS or Atom feed: the root element is <" + std::string(root.name()) + ">");
  }
  return items;
}

}  // namespace radar::crawl
