#include "radar/watches.h"

#include <sstream>

#include <pugixml.hpp>

#include "radar/error.h"
#include "radar/index.h"
#include "radar/matcher.h"
#include "radar/text.h"

namespace radar {
namespace {

using schema::kWatchCurrentPrefix;
using schema::kWatchLogPrefix;

constexpr double kWatchMinScore = 0.5;  // a solution or partner this strong counts as a match
constexpr unsigned kWatchLimit = 20;

using nlohmann::json;

json parse_or(const std::string& text, json fallback) {
  if (text.empty()) return fallback;
  try {
    return json::parse(text);
  } catch (const json::exception&) {
    return fallback;  // damaged watch state: start afresh rather than fail the re-index
  }
}

// The solutions and organisations that match a need now: id -> entry. A solution that
// uses a technology the need rules out is no match to announce, whatever it scores (its
// halved score keeps it below kWatchMinScore today; this does not rest on that).
std::map<std::string, WatchEntry> current_matches(Matcher& matcher, const json& need) {
  MatchRequest request;
  request.need = need.value("title", "") + ". " + need.value("description", "");
  request.limit = kWatchLimit;
  request.exclude_need_id = need.value("id", "");
  const MatchResult result = matcher.match(request);
  std::map<std::string, WatchEntry> matches;
  for (const auto& s : result.solutions) {
    if (s.score >= kWatchMinScore && s.conflicts.empty()) {
      matches[s.id] = {s.id, "solution", s.name, s.url, "", result.index.revision, s.score};
    }
  }
  for (const auto& p : result.partners) {
    if (p.score >= kWatchMinScore) matches[p.id] = {p.id, "organisation", p.name, p.url, "", result.index.revision, p.score};
  }
  return matches;
}

json entry_json(const WatchEntry& e) {
  return {{"id", e.id}, {"type", e.type}, {"name", e.name}, {"url", e.url},
          {"time", e.time}, {"revision", e.revision}, {"score", e.score}};
}

std::vector<json> watched_needs(Xapian::Database& db) {
  std::vector<json> needs;
  for (auto it = db.postlist_begin(schema::kWatchTerm); it != db.postlist_end(schema::kWatchTerm); ++it) {
    needs.push_back(document_record(db.get_document(*it)));
  }
  return needs;
}

}  // namespace

std::size_t update_watches(IndexWriter& writer) {
  Xapian::Database snapshot(writer.path());
  const auto needs = watched_needs(snapshot);
  if (needs.empty()) return 0;
  Matcher matcher({writer.path()});
  std::size_t added = 0;
  bool changed = false;
  const std::string now = utc_now_iso8601();
  for (const auto& need : needs) {
    const std::string id = need.value("id", "");
    const json previous = parse_or(writer.get_metadata(kWatchCurrentPrefix + id), json());
    const auto matches = current_matches(matcher, need);
    json current = json::object();
    for (const auto& [match_id, entry] : matches) current[match_id] = entry.name;
    if (!previous.is_null()) {  // the first run only records what matches today
      json log = parse_or(writer.get_metadata(kWatchLogPrefix + id), json::array());
      json fresh = json::array();
      for (auto [match_id, entry] : matches) {
        if (previous.contains(match_id)) continue;
        entry.time = now;
        fresh.push_back(entry_json(entry));
      }
      if (!fresh.empty()) {
        added += fresh.size();
        changed = true;
        for (const auto& old : log) {
          if (fresh.size() >= kMaxWatchEntries) break;
          fresh.push_back(old);
        }
        writer.set_metadata(kWatchLogPrefix + id, fresh.dump());
      }
    }
    if (previous != current) {
      writer.set_metadata(kWatchCurrentPrefix + id, current.dump());
      changed = true;
    }
  }
  if (changed) writer.commit();
  return added;
}

std::vector<WatchEntry> watch_entries(const Xapian::Database& db, const std::string& need_id) {
  std::vector<WatchEntry> entries;
  for (const auto& e : parse_or(db.get_metadata(kWatchLogPrefix + need_id), json::array())) {
    entries.push_back({e.value("id", ""), e.value("type", ""), e.value("name", ""), e.value("url", ""),
                       e.value("time", ""), e.value("revision", 0UL), e.value("score", 0.0)});
  }
  return entries;
}

std::string watch_feed_atom(Xapian::Database& db, const std::string& need_id, const std::string& base_url) {
  const auto need = find_record(db, need_id);
  if (!need || need->value("type", "") != "need") throw NotFoundError("no need with id \"" + need_id + "\"");
  const auto entries = watch_entries(db, need_id);
  pugi::xml_document doc;
  auto declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "utf-8";
  auto feed = doc.append_child("feed");
  feed.append_attribute("xmlns") = "http://www.w3.org/2005/Atom";
  const std::string feed_url = base_url + "/api/v1/needs/" + need_id + "/feed.atom";
  feed.append_child("id").text() = ("urn:markedsradar:need:" + need_id).c_str();
  feed.append_child("title").text() = ("Markedsradar: " + need->value("title", need_id)).c_str();
  feed.append_child("subtitle").text() =
      ("Nye løsninger og organisationer, der matcher behovet fra " + need->value("municipality", "")).c_str();
  std::string updated = entries.empty() ? db.get_metadata(schema::kUpdatedKey) : entries.front().time;
  if (updated.empty()) updated = utc_now_iso8601();
  feed.append_child("updated").text() = updated.c_str();
  auto self = feed.append_child("link");
  self.append_attribute("rel") = "self";
  self.append_attribute("href") = feed_url.c_str();
  feed.append_child("author").append_child("name").text() = "Markedsradar";
  for (const auto& e : entries) {
    auto entry = feed.append_child("entry");
    entry.append_child("id").text() = ("urn:markedsradar:need:" + need_id + ":" + e.id + ":" + std::to_string(e.revision)).c_str();
    const std::string title = (e.type == "solution" ? "Ny løsning: " : "Ny partner: ") + e.name;
    entry.append_child("title").text() = title.c_str();
    entry.append_child("updated").text() = e.time.c_str();
    auto link = entry.append_child("link");
    const std::string path = e.type == "solution" ? "/api/v1/solutions/" : "/api/v1/organisations/";
    link.append_attribute("href") = (e.url.rfind("http", 0) == 0 ? e.url : base_url + path + e.id).c_str();
    std::ostringstream summary;
    summary << e.name << " matcher nu behovet (score " << e.score << ", indeksrevision " << e.revision << ").";
    entry.append_child("summary").text() = summary.str().c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace radar
