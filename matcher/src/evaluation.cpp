#include "radar/evaluation.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/json_input.h"
#include "radar/matcher.h"

namespace radar {
namespace {

const std::vector<std::string> kDecisions = {"buy", "dialogue", "develop", "clarify"};

// The string field `key`, or "" when absent; a value of another type is an error.
std::string text_field(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || it->is_null()) return "";
  if (!it->is_string()) throw InputError(std::string("field ") + key + " must be a string");
  return it->get<std::string>();
}

Judgment parse_judgment(const std::string& line) {
  nlohmann::json data;
  try {
    data = parse_json_input(line);
  } catch (const JsonInputError& error) {  // a syntax error, or a number like 1e400
    throw InputError((error.field().empty() ? "" : "field " + error.field() + ": ") +
                     (error.number_overflow() ? "" : "not valid JSON (column " + std::to_string(error.column()) + "): ") +
                     error.problem());
  }
  if (!data.is_object()) throw InputError("a judgment must be a JSON object");
  Judgment judgment;
  judgment.need_id = text_field(data, "need_id");
  judgment.need = text_field(data, "need");
  if (judgment.need_id.empty() == judgment.need.empty()) throw InputError("give exactly one of need_id or need");
  judgment.decision = text_field(data, "decision");
  if (std::find(kDecisions.begin(), kDecisions.end(), judgment.decision) == kDecisions.end()) {
    throw InputError("decision must be one of buy, dialogue, develop, clarify");
  }
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
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(schema::term(schema::kTypePrefix, type))));
  std::vector<std::string> ids;
  const auto matches = enquire.get_mset(0, count);
  for (auto it = matches.begin(); it != matches.end(); ++it) ids.push_back(document_record(it.get_document()).value("id", ""));
  return ids;
}

void add_scores(RankingScores& total, const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant) {
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
  for (std::size_t i = 0; i < grades.size() && i < k; ++i) ideal += gain(grades[i]) / std::log2(static_cast<double>(i) + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

double recall_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant, std::size_t k) {
  if (relevant.empty()) return 0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i) found += relevant.count(ranked[i]);
  return static_cast<double>(found) / static_cast<double>(relevant.size());
}

std::vector<Judgment> read_judgments(const std::vector<std::string>& paths) {
  std::vector<Judgment> judgments;
  for (const auto& path : paths) {
    std::ifstream file(path);
    if (!file) throw InputError("cannot read judgments " + path);
    std::string line;
    std::size_t number = 0;
    while (std::getline(file, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        judgments.push_back(parse_judgment(line));
      } catch (const std::exception& error) {
        throw InputError(path + ":" + std::to_string(number) + ": " + error.what());
      }
    }
  }
  return judgments;
}

EvaluationReport evaluate(const std::vector<std::string>& db_specs, std::vector<Judgment> judgments) {
  Matcher matcher(db_specs);
  Xapian::Database db = open_index(db_specs);
  EvaluationReport report;
  std::vector<double> times;
  std::size_t buy_hits = 0, buy_predicted = 0, buy_expected = 0, ranked_needs = 0, partner_needs = 0;
  for (auto& judgment : judgments) {
    if (!judgment.need_id.empty()) {
      const auto need = find_record(db, judgment.need_id);
      if (!need) throw InputError("judgment refers to unknown need " + judgment.need_id);
      judgment.need = need->value("title", "") + ". " + need->value("description", "");
    }
    MatchRequest request;
    request.need = judgment.need;
    request.limit = 20;
    request.exclude_need_id = judgment.need_id;
    const auto started = std::chrono::steady_clock::now();
    const MatchResult result = matcher.match(request);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    ++report.needs;
    const std::string& predicted = result.verdict.decision;
    ++report.confusion[judgment.decision][predicted];
    if (predicted == judgment.decision) {
      report.decision_accuracy += 1;
    } else {
      report.misses.push_back(judgment.decision + " -> " + predicted + ": " + judgment.need.substr(0, 100));
    }
    const auto solutions = solution_relevance(db, judgment.relevant);
    const auto partners = partner_relevance(db, judgment.relevant);
    std::vector<std::string> solution_ids, partner_ids;
    for (const auto& s : result.solutions) solution_ids.push_back(s.id);
    for (const auto& p : result.partners) partner_ids.push_back(p.id);
    if (!solutions.empty()) {
      ++ranked_needs;
      add_scores(report.solutions, solution_ids, solutions);
      add_scores(report.baseline_solutions, baseline_ranking(db, judgment.need, "solution", 20), solutions);
    }
    if (!partners.empty()) {
      ++partner_needs;
      add_scores(report.partners, partner_ids, partners);
      add_scores(report.baseline_partners, baseline_ranking(db, judgment.need, "organisation", 20), partners);
    }
    // buy_instead ground truth: grade-3 solutions of needs judged "buy".
    std::set<std::string> expected;
    if (judgment.decision == "buy") {
      for (const auto& [id, grade] : solutions) {
        if (grade == 3) expected.insert(id);
      }
    }
    buy_expected += expected.size();
    for (const auto& s : result.solutions) {
      if (!s.buy_instead) continue;
      ++buy_predicted;
      buy_hits += expected.count(s.id);
    }
  }
  average(report.solutions, ranked_needs);
  average(report.baseline_solutions, ranked_needs);
  average(report.partners, partner_needs);
  average(report.baseline_partners, partner_needs);
  if (report.needs > 0) report.decision_accuracy /= static_cast<double>(report.needs);
  report.buy_precision = buy_predicted ? static_cast<double>(buy_hits) / static_cast<double>(buy_predicted) : 0;
  report.buy_recall = buy_expected ? static_cast<double>(buy_hits) / static_cast<double>(buy_expected) : 0;
  std::sort(times.begin(), times.end());
  for (double t : times) report.mean_ms += t / static_cast<double>(times.size());
  if (!times.empty()) report.p95_ms = times[std::min(times.size() - 1, times.size() * 95 / 100)];
  return report;
}

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
  out << line << "\nConfusion (rows expected, columns predicted)\n          ";
  for (const auto& d : kDecisions) {
    std::snprintf(line, sizeof line, "%9s", d.c_str());
    out << line;
  }
  out << "\n";
  for (const auto& expected : kDecisions) {
    std::snprintf(line, sizeof line, "%-10s", expected.c_str());
    out << line;
    for (const auto& predicted : kDecisions) {
      const auto row = report.confusion.find(expected);
      const int count = row == report.confusion.end() || !row->second.count(predicted) ? 0 : row->second.at(predicted);
      std::snprintf(line, sizeof line, "%9d", count);
      out << line;
    }
    out << "\n";
  }
  if (verbose) {
    out << "\nWrong decisions:\n";
    for (const auto& miss : report.misses) out << "  " << miss << "\n";
  }
}

int run_eval_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db"}, {"verbose", "help"});
  if (parsed.has("help")) {
    out << "usage: radar-eval --db DIR [--verbose] JUDGMENTS.jsonl...\n";
    return 0;
  }
  parsed.required("db");
  if (parsed.positional().empty()) throw UsageError("give at least one judgments file");
  const auto report = evaluate(parsed.values("db"), read_judgments(parsed.positional()));
  print_report(report, out, parsed.has("verbose"));
  return 0;
}

}  // namespace radar
