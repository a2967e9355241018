// radar-match-bench: match latency of Markedsradar beside a plain Xapian BM25 query
// (QueryParser, OR of the need's words, Danish stemming, the index's stopwords) over
// the same index and SQLite FTS5 bm25() over the same records' text (OR of the words
// that are not stopwords). One thread, warm: each engine first runs the --warmup needs
// (other needs than the measured ones, so caches keyed by words start cold for them;
// at most --max-seconds), then the measured passes, cut short after --max-seconds. Prints one line per engine
// with p50, p90, p99, max and mean in milliseconds. Built only with -DRADAR_BENCH=ON.
//
// usage: radar-match-bench --db DIR [--db DIR|tcp://HOST:PORT ...] --needs FILE [--warmup FILE]
//                          [--fts5 FILE.sqlite] [--passes N] [--max-seconds S] [--limit N]
//                          [--engines radar,xapian,fts5]
//   FILE holds one JSON object per line with a "need" string (bench/generate.py writes it).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/language_resources.h"
#include "radar/matcher.h"
#include "radar/schema.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> read_needs(const std::string& path) {
  std::ifstream input(path);
  if (!input) throw radar::InputError("cannot read " + path);
  std::vector<std::string> needs;
  std::string line;
  while (std::getline(input, line)) {
    if (line.empty()) continue;
    needs.push_back(nlohmann::json::parse(line).at("need").get<std::string>());
  }
  if (needs.empty()) throw radar::InputError(path + " holds no needs");
  return needs;
}

struct Summary {
  std::string engine;
  std::vector<double> ms;
  std::size_t hits = 0;  // results returned over all runs, to show every engine found something
};

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(values.size() - 1)));
  return values[std::min(rank, values.size() - 1)];
}

void print(const Summary& s) {
  if (s.ms.empty()) {
    std::printf("%-14s no runs within the time limit\n", s.engine.c_str());
    return;
  }
  const double mean = std::accumulate(s.ms.begin(), s.ms.end(), 0.0) / static_cast<double>(s.ms.size());
  std::printf("%-14s %6zu %9.2f %9.2f %9.2f %9.2f %9.2f %8.1f\n", s.engine.c_str(), s.ms.size(),
              percentile(s.ms, 50), percentile(s.ms, 90), percentile(s.ms, 99),
              *std::max_element(s.ms.begin(), s.ms.end()), mean,
              static_cast<double>(s.hits) / static_cast<double>(s.ms.size()));
  std::fflush(stdout);
}

struct Plan {
  std::vector<std::string> warmup, needs;
  int passes = 2;
  double max_seconds = 60;
};

// Runs `query` over the warm-up needs, then `passes` measured passes over the needs,
// stopping early once `max_seconds` of measuring have passed.
Summary measure(const std::string& engine, const Plan& plan, const std::function<std::size_t(const std::string&)>& query) {
  Summary summary{engine, {}, 0};
  // Warm-up, bounded like the measured passes (at 1M documents a slow engine would
  // otherwise spend minutes here).
  const auto warm_begin = Clock::now();
  for (const auto& need : plan.warmup) {
    if (std::chrono::duration<double>(Clock::now() - warm_begin).count() > plan.max_seconds) break;
    query(need);
  }
  const auto begin = Clock::now();
  for (int pass = 0; pass < plan.passes; ++pass) {
    for (const auto& need : plan.needs) {
      if (std::chrono::duration<double>(Clock::now() - begin).count() > plan.max_seconds) return summary;
      const auto start = Clock::now();
      summary.hits += query(need);
      summary.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  }
  return summary;
}

// The stopwords of every language stored in the index.
std::set<std::string> stopwords_of(const Xapian::Database& db) {
  std::set<std::string> all;
  for (const auto& [lang, words] : radar::read_language_resources(db).stopwords) all.insert(words.begin(), words.end());
  return all;
}

// The words of a need that are not stopwords as an FTS5 query: each quoted, joined by OR.
std::string fts5_query(const std::string& need, const std::set<std::string>& stopwords) {
  std::string query, word;
  const auto flush = [&] {
    if (word.empty()) return;
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (stopwords.count(lower) == 0) query += (query.empty() ? "\"" : " OR \"") + word + "\"";
    word.clear();
  };
  for (const char c : need) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return query;
}

class Fts5 {
 public:
  Fts5(const std::string& path, std::set<std::string> stopwords) : stopwords_(std::move(stopwords)) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      throw radar::InputError("cannot open " + path + ": " + sqlite3_errmsg(db_));
    }
    const char* sql = "SELECT id, bm25(docs, 0.0, 3.0, 1.0) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 3.0, 1.0) LIMIT ?";
    if (sqlite3_prepare_v2(db_, sql, -1, &statement_, nullptr) != SQLITE_OK) {
      throw radar::InputError(path + ": " + sqlite3_errmsg(db_) + " (build it with bench/fts5_build.py)");
    }
  }
  ~Fts5() {
    sqlite3_finalize(statement_);
    sqlite3_close(db_);
  }
  Fts5(const Fts5&) = delete;
  Fts5& operator=(const Fts5&) = delete;

  std::size_t search(const std::string& need, int limit) {
    const std::string query = fts5_query(need, stopwords_);
    if (query.empty()) return 0;
    sqlite3_reset(statement_);
    sqlite3_bind_text(statement_, 1, query.c_str(), static_cast<int>(query.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(statement_, 2, limit);
    std::size_t rows = 0;
    int rc = 0;
    while ((rc = sqlite3_step(statement_)) == SQLITE_ROW) {
      volatile const unsigned char* id = sqlite3_column_text(statement_, 0);
      (void)id;
      ++rows;
    }
    if (rc != SQLITE_DONE) throw radar::InputError(std::string("fts5: ") + sqlite3_errmsg(db_));
    return rows;
  }

 private:
  std::set<std::string> stopwords_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
};

// The Xapian way without Markedsradar: QueryParser over the need, BM25, top `limit`
// with their stored data read (as a results page would).
std::size_t xapian_search(Xapian::Database& db, const Xapian::Stopper& stopper, const std::string& need,
                          unsigned limit) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stopper(&stopper);
  parser.set_stemmer(radar::schema::stemmer_for("da"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_OR);
  Xapian::Enquire enquire(db);
  enquire.set_query(parser.parse_query(need, 0));
  const Xapian::MSet matches = enquire.get_mset(0, limit);
  std::size_t bytes = 0;
  for (auto it = matches.begin(); it != matches.end(); ++it) bytes += it.get_document().get_data().size();
  return bytes > 0 ? matches.size() : 0;
}

int run(const std::vector<std::string>& args) {
  const radar::cli::Args parsed(
      args, {"db", "needs", "warmup", "fts5", "passes", "max-seconds", "limit", "engines"}, {"help"});
  if (parsed.has("help")) {
    std::cout << "usage: radar-match-bench --db DIR [--db ...] --needs FILE [--warmup FILE] [--fts5 FILE] [--passes N]"
                 " [--max-seconds S] [--limit N] [--engines radar,xapian,fts5]\n";
    return 0;
  }
  Plan plan;
  plan.needs = read_needs(parsed.required("needs"));
  plan.warmup = parsed.has("warmup") ? read_needs(parsed.value("warmup")) : plan.needs;
  plan.passes = static_cast<int>(parsed.number("passes", 2));
  plan.max_seconds = static_cast<double>(parsed.number("max-seconds", 60));
  const auto& needs = plan.needs;
  const auto dbs = parsed.values("db");
  if (dbs.empty()) throw radar::UsageError("--db is required");
  const auto limit = static_cast<unsigned>(parsed.number("limit", 20));
  const std::string engines = parsed.value("engines", "radar,xapian,fts5");
  const auto wanted = [&](const char* name) { return engines.find(name) != std::string::npos; };

  std::size_t words = 0;
  for (const auto& need : needs) words += static_cast<std::size_t>(std::count(need.begin(), need.end(), ' ') + 1);
  Xapian::Database db = radar::open_index(dbs);
  std::printf("%zu needs (%zu words on average), %u documents, %zu warm-up needs, %d measured passes (at most %.0f s), top %u\n",
              needs.size(), words / needs.size(), db.get_doccount(), plan.warmup.size(), plan.passes, plan.max_seconds, limit);
  const std::set<std::string> stopwords = stopwords_of(db);
  std::printf("%-14s %6s %9s %9s %9s %9s %9s %8s\n", "engine", "runs", "p50 ms", "p90 ms", "p99 ms", "max ms",
              "mean ms", "hits");
  if (wanted("radar")) {
    radar::Matcher matcher(dbs);
    print(measure("markedsradar", plan, [&](const std::string& need) {
      radar::MatchRequest request;
      request.need = need;
      request.limit = limit;
      const auto result = matcher.match(request);
      return result.solutions.size() + result.partners.size();
    }));
  }
  if (wanted("xapian")) {
    const Xapian::SimpleStopper stopper(stopwords.begin(), stopwords.end());
    print(measure("xapian-bm25", plan, [&](const std::string& need) { return xapian_search(db, stopper, need, limit); }));
  }
  if (wanted("fts5") && parsed.has("fts5")) {
    Fts5 fts5(parsed.value("fts5"), stopwords);
    print(measure("sqlite-fts5", plan, [&](const std::string& need) { return fts5.search(need, static_cast<int>(limit)); }));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return radar::cli::run_main("radar-match-bench", [&] { return run(args); });
}
