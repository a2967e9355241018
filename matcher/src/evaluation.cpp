#include "radar/evaluation.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <utility>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/json_input.h"
#include "radar/matcher.h"

namespace radar {
namespace {

const std::vector<std::string> kDecisions = {"buy", "dialogue", "develop", "clarify"};
constexpr std::size_t kScreeningDialogueRanks = 5;  // a dialogue's expected product among the first five

// The string field `key`, or "" when absent; a value of another type is an error.
std::string text_field(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || it->is_null()) return "";
  if (!it->is_string()) throw InputError(std::string("field ") + key + " must be a string");
  return it->get<std::string>();
}

// One line of a judgments or screenings file as a JSON object (`what` names it in errors).
nlohmann::json parse_object(const std::string& line, const char* what) {
  nlohmann::json data;
  try {
    data = parse_json_input(line);
  } catch (const JsonInputError& error) {  // a syntax error, or a number like 1e400
    throw InputError(
        (error.field().empty() ? "" : "field " + error.field() + ": ") +
        (error.number_overflow() ? "" : "not valid JSON (column " + std::to_string(error.column()) + "): ") +
        error.problem());
  }
  if (!data.is_object()) throw InputError(std::string("a ") + what + " must be a JSON object");
  return data;
}

std::string decision_field(const nlohmann::json& data) {
  std::string decision = text_field(data, "decision");
  if (std::find(kDecisions.begin(), kDecisions.end(), decision) == kDecisions.end()) {
    throw InputError("decision must be one of buy, dialogue, develop, clarify");
  }
  return decision;
}

Judgment parse_judgment(const std::string& line) {
  const nlohmann::json data = parse_object(line, "judgment");
  Judgment judgment;
  judgment.need_id = text_field(data, "need_id");
  judgment.need = text_field(data, "need");
  if (judgment.need_id.empty() == judgment.need.empty()) throw InputError("give exactly one of need_id or need");
  judgment.decision = decision_field(data);
  if (!data.contains("relevant") || !data.at("relevant").is_object()) throw InputError("relevant must be an object");
  for (const auto& [id, grade] : data.at("relevant").items()) {
    // Checked as a whole number first: get<int>() of 4294967297 would wrap to 1.
    const bool whole = grade.is_number_integer();
    const auto value = whole ? grade.get<long long>() : 0;
    if (!whole || value < 1 || value > 3) throw InputError("field relevant." + id + ": grade must be 1, 2 or 3");
    judgment.relevant[id] = static_cast<int>(value);
  }
  return judgment;
}

ScreeningCheck parse_screening(const std::string& line) {
  const nlohmann::json data = parse_object(line, "screening check");
  ScreeningCheck check;
  check.id = text_field(data, "id");
  if (check.id.empty()) throw InputError("field id is missing");
  check.need = text_field(data, "need");
  if (check.need.empty()) throw InputError("field need is missing");
  check.decision = decision_field(data);
  const auto expect = data.find("expect");
  if (expect != data.end() && !expect->is_null()) {
    if (!expect->is_array()) throw InputError("field expect must be an array of solution ids");
    for (const auto& id : *expect) {
      if (!id.is_string() || id.get<std::string>().empty()) {
        throw InputError("field expect must be an array of solution ids");
      }
      check.expect.push_back(id.get<std::string>());
    }
  }
  // A buy or a dialogue passes on its products: without any it could never pass.
  if ((check.decision == "buy" || check.decision == "dialogue") && check.expect.empty()) {
    throw InputError("a " + check.decision + " check must name the solutions it expects (field expect)");
  }
  return check;
}

// Reads `paths` line by line with `parse`, naming the file and line of an error.
template <typename Item, typename Parse>
std::vector<Item> read_lines(const std::vector<std::string>& paths, const char* what, Parse parse) {
  std::vector<Item> items;
  for (const auto& path : paths) {
    std::ifstream file(path);
    if (!file) throw InputError(std::string("cannot read ") + what + " " + path);
    std::string line;
    std::size_t number = 0;
    while (std::getline(file, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        items.push_back(parse(line, path));
      } catch (const std::exception& error) {
        throw InputError(path + ":" + std::to_string(number) + ": " + error.what());
      }
    }
  }
  return items;
}

// Relevance of organisations: their own grade, or the best grade of their solutions.
std::map<std::string, int> partner_relevance(Xapian::Database& db, const std::map<std::string, int>& relevant) {
  std::map<std::string, int> out;
  for (const auto& [id, grade] : relevant) {
    const auto record = find_record(db, id);
    if (!record) continue;
    const std::string org = record->value("type", "") == "organisation" ? id : record->value("organisation", "");
    if (!org.empty()) out[org] = std::max(out[org], grade);
  }
  return out;
}

std::map<std::string, int> solution_relevance(Xapian::Database& db, const std::map<std::string, int>& relevant) {
  std::map<std::string, int> out;
  for (const auto& [id, grade] : relevant) {
    const auto record = find_record(db, id);
    if (record && record->value("type", "") == "solution") out[id] = grade;
  }
  return out;
}

// Default Xapian QueryParser over the same index: no stemming, no thesaurus, OR of the words.
std::vector<std::string> baseline_ranking(Xapian::Database& db, const std::string& need, const std::string& type,
                                          unsigned count) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_OR);
  Xapian::Query query;
  try {
    query = parser.parse_query(need);
  } catch (const Xapian::QueryParserError&) {
    return {};
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(schema::term(schema::kTypePrefix, type))));
  std::vector<std::string> ids;
  const auto matches = enquire.get_mset(0, count);
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    ids.push_back(document_record(it.get_document()).value("id", ""));
  }
  return ids;
}

void add_scores(RankingScores& total, const std::vector<std::string>& ranked,
                const std::map<std::string, int>& relevant) {
  total.ndcg_at_10 += ndcg_at(ranked, relevant, 10);
  total.recall_at_20 += recall_at(ranked, relevant, 20);
}

void average(RankingScores& scores, std::size_t count) {
  if (count == 0) return;
  scores.ndcg_at_10 /= static_cast<double>(count);
  scores.recall_at_20 /= static_cast<double>(count);
}

}  // namespace

double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant, std::size_t k) {
  const auto gain = [](int grade) { return std::pow(2.0, grade) - 1; };
  double dcg = 0;
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
    const auto found = relevant.find(ranked[i]);
    if (found != relevant.end()) dcg += gain(found->second) / std::log2(static_cast<double>(i) + 2);
  }
  std::vector<int> grades;
  grades.reserve(relevant.size());
  for (const auto& [id, grade] : relevant) grades.push_back(grade);
  std::sort(grades.rbegin(), grades.rend());
  double ideal = 0;
  for (std::size_t i = 0; i < grades.size() && i < k; ++i) {
    ideal += gain(grades[i]) / std::log2(static_cast<double>(i) + 2);
  }
  return ideal > 0 ? dcg / ideal : 0;
}

double recall_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant, std::size_t k) {
  if (relevant.empty()) return 0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i) found += relevant.count(ranked[i]);
  return static_cast<double>(found) / static_cast<double>(relevant.size());
}

std::vector<Judgment> read_judgments(const std::vector<std::string>& paths) {
  return read_lines<Judgment>(
      paths, "judgments", [](const std::string& line, const std::string& /*path*/) { return parse_judgment(line); });
}

std::vector<ScreeningCheck> read_screenings(const std::vector<std::string>& paths) {
  auto checks = read_lines<ScreeningCheck>(paths, "screenings", [](const std::string& line, const std::string& path) {
    ScreeningCheck check = parse_screening(line);
    check.source = path;
    return check;
  });
  std::set<std::string> ids;
  for (const auto& check : checks) {
    if (!ids.insert(check.id).second) {
      throw InputError(check.source + ": screening check " + check.id + " appears twice");
    }
  }
  return checks;
}

ExpectedRank expected_rank(const std::vector<std::string>& expect, const std::vector<std::string>& solution_ids) {
  const auto found = std::find_if(solution_ids.begin(), solution_ids.end(), [&](const std::string& id) {
    return std::find(expect.begin(), expect.end(), id) != expect.end();
  });
  if (found == solution_ids.end()) return ExpectedRank::not_listed;
  const auto rank = static_cast<std::size_t>(found - solution_ids.begin()) + 1;
  if (rank == 1) return ExpectedRank::first;
  // The ranks within which a dialogue check passes.
  return rank <= kScreeningDialogueRanks ? ExpectedRank::second_to_fifth : ExpectedRank::sixth_or_lower;
}

namespace {

// screening_passes() once the rank of the check's first expected product is known.
bool passes_at(const ScreeningCheck& check, const std::string& decision, ExpectedRank rank) {
  if (decision != check.decision) return false;
  if (decision == "buy") return rank == ExpectedRank::first;
  if (decision == "dialogue") return rank == ExpectedRank::first || rank == ExpectedRank::second_to_fifth;
  return true;
}

}  // namespace

bool screening_passes(const ScreeningCheck& check, const std::string& decision,
                      const std::vector<std::string>& solution_ids) {
  return passes_at(check, decision, expected_rank(check.expect, solution_ids));
}

namespace {

// The matcher and the index an evaluation reads, opened once for judgments and screenings.
struct EvaluatedIndex {
  std::vector<std::string> db_specs;
  Matcher matcher;
  Xapian::Database db;
  explicit EvaluatedIndex(const std::vector<std::string>& specs)
      : db_specs(specs), matcher(specs), db(open_index(specs)) {}
};

// What a screening check's match decided, and its solutions in their order.
struct ScreeningOutcome {
  std::string decision;
  std::vector<std::string> solution_ids;
};

ScreeningOutcome screen_check(Matcher& matcher, const ScreeningCheck& check) {
  MatchRequest request;
  request.need = check.need;
  request.limit = 20;
  const MatchResult result = matcher.match(request);
  ScreeningOutcome outcome{result.verdict.decision, {}};
  for (const auto& s : result.solutions) outcome.solution_ids.push_back(s.id);
  return outcome;
}

// Every check's outcome, in the checks' order, matched on up to one thread per core: a
// need reads the same whichever matcher reads it (each thread opens its own, as the
// server's workers do), and the screening checks are most of an evaluation's time.
std::vector<ScreeningOutcome> screen_all(EvaluatedIndex& index, const std::vector<ScreeningCheck>& checks) {
  constexpr std::size_t kChecksPerThread = 50;  // fewer do not pay for opening a matcher
  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t threads = std::clamp<std::size_t>(checks.size() / kChecksPerThread, 1, cores);
  std::vector<ScreeningOutcome> outcomes(checks.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  // Runs `work` and keeps the first failure; the others stop at their next check.
  const auto guarded = [&](const auto& work) {
    try {
      work();
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = checks.size();
    }
  };
  const auto screen_with = [&](Matcher& matcher) {
    for (std::size_t i = next++; i < checks.size(); i = next++) outcomes[i] = screen_check(matcher, checks[i]);
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    helpers.emplace_back([&] {
      guarded([&] {
        Matcher own(index.db_specs);
        screen_with(own);
      });
    });
  }
  guarded([&] { screen_with(index.matcher); });
  for (auto& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
  return outcomes;
}

ScreeningReport evaluate_screenings(EvaluatedIndex& index, const std::vector<ScreeningCheck>& checks) {
  for (const auto& check : checks) {
    for (const auto& id : check.expect) {
      if (!find_record(index.db, id)) {
        throw InputError(check.source + ": screening check " + check.id + " expects " + id +
                         ", which the index does not hold");
      }
    }
  }
  const std::vector<ScreeningOutcome> outcomes = screen_all(index, checks);
  ScreeningReport report;
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const ScreeningCheck& check = checks[i];
    const auto& [decision, ids] = outcomes[i];
    const ExpectedRank rank = expected_rank(check.expect, ids);
    const bool passed = passes_at(check, decision, rank);
    ++report.confusion[check.decision][decision];
    if (!check.expect.empty() && (check.decision == "buy" || check.decision == "dialogue")) {
      ++report.expected_ranks[check.decision][rank];
    }
    for (ScreeningTally* tally : {&report.all, &report.by_decision[check.decision], &report.by_source[check.source]}) {
      ++tally->total;
      tally->passed += passed ? 1 : 0;
    }
    if (!passed) {
      report.misses.push_back(check.id + ": " + check.decision + " -> " + decision +
                              (ids.empty() ? "" : ", first " + ids.front()));
    }
  }
  return report;
}

// What evaluate() counts over the judgments before it averages.
struct Tally {
  std::size_t ranked_needs = 0, partner_needs = 0;
  std::size_t buy_hits = 0, buy_predicted = 0, buy_expected = 0;
  std::vector<double> times;  // ms per match
};

void tally_decision(EvaluationReport& report, const Judgment& judgment, const MatchResult& result) {
  ++report.needs;
  const std::string& predicted = result.verdict.decision;
  ++report.confusion[judgment.decision][predicted];
  if (predicted == judgment.decision) {
    report.decision_accuracy += 1;
  } else {
    report.misses.push_back(judgment.decision + " -> " + predicted + ": " + judgment.need.substr(0, 100));
  }
}

// Solutions and partners scored against the judgment, beside the BM25 baseline's.
void tally_rankings(EvaluationReport& report, Tally& tally, Xapian::Database& db, const Judgment& judgment,
                    const std::map<std::string, int>& solutions, const MatchResult& result) {
  const auto partners = partner_relevance(db, judgment.relevant);
  std::vector<std::string> solution_ids, partner_ids;
  for (const auto& s : result.solutions) solution_ids.push_back(s.id);
  for (const auto& p : result.partners) partner_ids.push_back(p.id);
  if (!solutions.empty()) {
    ++tally.ranked_needs;
    add_scores(report.solutions, solution_ids, solutions);
    add_scores(report.baseline_solutions, baseline_ranking(db, judgment.need, "solution", 20), solutions);
  }
  if (!partners.empty()) {
    ++tally.partner_needs;
    add_scores(report.partners, partner_ids, partners);
    add_scores(report.baseline_partners, baseline_ranking(db, judgment.need, "organisation", 20), partners);
  }
}

// buy_instead ground truth: the grade-3 solutions of needs judged "buy".
void tally_buy_flags(Tally& tally, const Judgment& judgment, const std::map<std::string, int>& solutions,
                     const MatchResult& result) {
  std::set<std::string> expected;
  if (judgment.decision == "buy") {
    for (const auto& [id, grade] : solutions) {
      if (grade == 3) expected.insert(id);
    }
  }
  tally.buy_expected += expected.size();
  for (const auto& s : result.solutions) {
    if (!s.buy_instead) continue;
    ++tally.buy_predicted;
    tally.buy_hits += expected.count(s.id);
  }
}

void finish(EvaluationReport& report, Tally& tally) {
  average(report.solutions, tally.ranked_needs);
  average(report.baseline_solutions, tally.ranked_needs);
  average(report.partners, tally.partner_needs);
  average(report.baseline_partners, tally.partner_needs);
  if (report.needs > 0) report.decision_accuracy /= static_cast<double>(report.needs);
  const auto share = [](std::size_t part, std::size_t whole) {
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
  };
  report.buy_precision = share(tally.buy_hits, tally.buy_predicted);
  report.buy_recall = share(tally.buy_hits, tally.buy_expected);
  auto& times = tally.times;
  std::sort(times.begin(), times.end());
  for (double t : times) report.mean_ms += t / static_cast<double>(times.size());
  if (!times.empty()) report.p95_ms = times[std::min(times.size() - 1, times.size() * 95 / 100)];
}

EvaluationReport evaluate(EvaluatedIndex& index, std::vector<Judgment> judgments) {
  EvaluationReport report;
  Tally tally;
  for (auto& judgment : judgments) {
    if (!judgment.need_id.empty()) {
      const auto need = find_record(index.db, judgment.need_id);
      if (!need) throw InputError("judgment refers to unknown need " + judgment.need_id);
      judgment.need = need->value("title", "") + ". " + need->value("description", "");
    }
    MatchRequest request;
    request.need = judgment.need;
    request.limit = 20;
    request.exclude_need_id = judgment.need_id;
    const auto started = std::chrono::steady_clock::now();
    const MatchResult result = index.matcher.match(request);
    tally.times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    const auto solutions = solution_relevance(index.db, judgment.relevant);
    tally_decision(report, judgment, result);
    tally_rankings(report, tally, index.db, judgment, solutions, result);
    tally_buy_flags(tally, judgment, solutions, result);
  }
  finish(report, tally);
  return report;
}

}  // namespace

ScreeningReport evaluate_screenings(const std::vector<std::string>& db_specs,
                                    const std::vector<ScreeningCheck>& checks) {
  EvaluatedIndex index(db_specs);
  return evaluate_screenings(index, checks);
}

EvaluationReport evaluate(const std::vector<std::string>& db_specs, std::vector<Judgment> judgments) {
  EvaluatedIndex index(db_specs);
  return evaluate(index, std::move(judgments));
}

namespace {

// A decision table, rows expected and columns decided, under `title`.
void print_confusion(const std::map<std::string, std::map<std::string, int>>& confusion, const char* title,
                     std::ostream& out) {
  char line[64];
  out << title << "\n          ";
  for (const auto& d : kDecisions) {
    std::snprintf(line, sizeof line, "%9s", d.c_str());
    out << line;
  }
  out << "\n";
  for (const auto& expected : kDecisions) {
    std::snprintf(line, sizeof line, "%-10s", expected.c_str());
    out << line;
    const auto row = confusion.find(expected);
    for (const auto& decided : kDecisions) {
      const int count = row == confusion.end() || !row->second.count(decided) ? 0 : row->second.at(decided);
      std::snprintf(line, sizeof line, "%9d", count);
      out << line;
    }
    out << "\n";
  }
}

}  // namespace

void print_report(const EvaluationReport& report, std::ostream& out, bool verbose) {
  char line[256];
  out << "Evaluation on " << report.needs << " judged needs\n\n";
  out << "                        markedsradar   BM25 baseline\n";
  std::snprintf(line, sizeof line, "solutions nDCG@10       %12.3f %15.3f\n", report.solutions.ndcg_at_10,
                report.baseline_solutions.ndcg_at_10);
  out << line;
  std::snprintf(line, sizeof line, "solutions recall@20     %12.3f %15.3f\n", report.solutions.recall_at_20,
                report.baseline_solutions.recall_at_20);
  out << line;
  std::snprintf(line, sizeof line, "partners nDCG@10        %12.3f %15.3f\n", report.partners.ndcg_at_10,
                report.baseline_partners.ndcg_at_10);
  out << line;
  std::snprintf(line, sizeof line, "partners recall@20      %12.3f %15.3f\n", report.partners.recall_at_20,
                report.baseline_partners.recall_at_20);
  out << line;
  std::snprintf(line, sizeof line, "decision accuracy       %12.3f %15s\n", report.decision_accuracy, "-");
  out << line;
  std::snprintf(line, sizeof line, "buy_instead precision   %12.3f %15s\nbuy_instead recall      %12.3f %15s\n",
                report.buy_precision, "-", report.buy_recall, "-");
  out << line;
  std::snprintf(line, sizeof line, "match time mean / p95   %8.1f / %.1f ms\n", report.mean_ms, report.p95_ms);
  out << line << "\n";
  print_confusion(report.confusion, "Confusion (rows expected, columns predicted)", out);
  if (verbose) {
    out << "\nWrong decisions:\n";
    for (const auto& miss : report.misses) out << "  " << miss << "\n";
  }
}

namespace {

std::string percent(const ScreeningTally& tally) {
  char text[64];
  std::snprintf(text, sizeof text, "%3zu of %3zu (%3.0f %%)", tally.passed, tally.total,
                tally.total ? 100.0 * static_cast<double>(tally.passed) / static_cast<double>(tally.total) : 0.0);
  return text;
}

}  // namespace

void print_screening_report(const ScreeningReport& report, std::ostream& out, bool verbose) {
  out << "Screening checks: " << percent(report.all) << " passed\n";
  for (const auto& decision : kDecisions) {
    const auto found = report.by_decision.find(decision);
    if (found != report.by_decision.end()) {
      out << "  " << decision << std::string(10 - decision.size(), ' ') << percent(found->second) << "\n";
    }
  }
  for (const auto& [source, tally] : report.by_source) out << "  " << percent(tally) << "  " << source << "\n";
  out << "\n";
  print_confusion(report.confusion, "Screening decisions (rows expected, columns decided)", out);
  out << "\nFirst expected product ranked    first    2-5   6-20  not listed\n";
  for (const auto& [decision, by_rank] : report.expected_ranks) {
    const auto& ranks = by_rank;  // clang before 16 cannot capture a structured binding
    const auto count = [&ranks](ExpectedRank rank) {
      const auto found = ranks.find(rank);
      return found == ranks.end() ? 0 : found->second;
    };
    char line[96];
    std::snprintf(line, sizeof line, "%-32s %6d %6d %6d %11d\n", decision.c_str(), count(ExpectedRank::first),
                  count(ExpectedRank::second_to_fifth), count(ExpectedRank::sixth_or_lower),
                  count(ExpectedRank::not_listed));
    out << line;
  }
  if (verbose) {
    out << "\nFailed checks:\n";
    for (const auto& miss : report.misses) out << "  " << miss << "\n";
  }
}

int run_eval_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db", "screenings"}, {"verbose", "help"});
  if (parsed.has("help")) {
    out << "usage: radar-eval --db DIR [--verbose] [--screenings FILE]... [JUDGMENTS.jsonl...]\n";
    return 0;
  }
  parsed.required("db");
  const auto screenings = parsed.values("screenings");
  if (parsed.positional().empty() && screenings.empty()) {
    throw UsageError("give at least one judgments or screenings file");
  }
  // Both files are read before either runs, so a malformed one stops the command at once.
  const auto judgments = read_judgments(parsed.positional());
  const auto checks = read_screenings(screenings);
  EvaluatedIndex index(parsed.values("db"));
  if (!judgments.empty()) print_report(evaluate(index, judgments), out, parsed.has("verbose"));
  if (!checks.empty()) {
    if (!judgments.empty()) out << "\n";
    print_screening_report(evaluate_screenings(index, checks), out, parsed.has("verbose"));
  }
  return 0;
}

}  // namespace radar
