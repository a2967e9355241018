// Screening the market for one need (CONTRACT section 3): analyse the need into
// aspects, rank solutions and partner organisations, explain each match, find
// similar needs of other municipalities, and decide buy / dialogue / develop /
// clarify. A Matcher owns one database handle and is not thread-safe: give each
// thread its own.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace radar {

struct MatchFilters {
  std::vector<std::string> area, maturity, region, org_type;
};

struct MatchRequest {
  std::string need;             // the need text (Danish or English, at most kMaxNeedChars)
  MatchFilters filters;
  unsigned limit = 20;          // solutions and partners returned, 1..100
  std::string exclude_need_id;  // a stored need to leave out of similar needs
  static constexpr std::size_t kMaxNeedChars = 10000;
};

struct Aspect {
  std::string label;
  std::vector<std::string> terms;
  double weight = 0;
  bool essential = false;
  std::string role = "what";  // what must be solved, or its context: "who" (target group), "where" (setting)
};

struct OrganisationRef {
  std::string id, name;
};

struct SolutionMatch {
  std::string id, name, maturity, snippet, snippet_html, url;
  OrganisationRef organisation;
  unsigned rank = 0;
  double score = 0;
  bool buy_instead = false;
  std::vector<std::string> covered, missing;
  std::vector<std::string> conflicts;  // technologies the need rules out that the product uses
};

struct PartnerMatch {
  std::string id, name, org_type, url;
  unsigned rank = 0;
  double score = 0;
  std::vector<std::string> why;
};

struct SimilarNeed {
  std::string id, municipality, title;
  double score = 0;
  std::vector<std::string> shared;
};

struct Verdict {
  std::string decision;  // buy | dialogue | develop | clarify
  std::vector<std::string> reasons;
};

struct IndexInfo {
  unsigned long revision = 0;
  unsigned long documents = 0;
  std::string updated;
};

struct MatchResult {
  std::string text, lang;
  std::vector<Aspect> aspects;
  std::vector<std::string> ruled_out;  // technologies the need rules out ("må ikke have kamera")
  Verdict verdict;
  std::vector<SolutionMatch> solutions;
  std::vector<PartnerMatch> partners;
  std::vector<SimilarNeed> similar_needs;
  std::vector<std::string> uncovered;  // aspect labels no market-ready solution covers
  IndexInfo index;
};

// The result as CONTRACT section 3 JSON (plus the compatible extras `uncovered`, need
// `ruled_out`, aspect `essential`, solution `snippet_html` and `conflicts`, and
// similar-need `shared`).
nlohmann::json to_json(const MatchResult& result);

// A short table a consultant can read in a terminal.
std::string format_text(const MatchResult& result);

class Matcher {
 public:
  // Opens the databases (paths, stub files or tcp://HOST:PORT) and loads the
  // thesaurus and stopwords stored in them. Throws IndexError / UsageError.
  explicit Matcher(const std::vector<std::string>& db_specs);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Screens the market for one need. Throws UsageError for an empty or over-long
  // need; IndexError if the index cannot be read.
  MatchResult match(const MatchRequest& request);

  // Picks up the latest committed revision, or the index swapped in where the databases
  // were (radar-index compact); returns true if either changed.
  bool reopen();

  [[nodiscard]] IndexInfo index_info();
  // The stored record with `id` of `type` (organisation, solution, need); throws NotFoundError.
  nlohmann::json record(const std::string& type, const std::string& id);

 private:
  // Runs `read`; when a writer's commits overtook the revision it read, reopens (with
  // the new revision's resources) and runs it once more.
  template <typename Read>
  auto read_current(Read&& read);

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace radar
