// Evaluation of the matcher on judged needs (corpora/eval/*.jsonl, CONTRACT
// section 2): ranking quality for solutions and partners, decision accuracy and
// buy_instead precision/recall, beside a plain BM25 baseline over the same index.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace radar {

struct Judgment {
  std::string need_id;  // a stored need, or empty
  std::string need;     // the need text (filled from the stored need when need_id is given)
  std::map<std::string, int> relevant;  // solution or organisation id -> grade 1..3
  std::string decision;
};

// Reads judgments; throws InputError "FILE:LINE: ..." on a malformed line.
std::vector<Judgment> read_judgments(const std::vector<std::string>& paths);

struct RankingScores {
  double ndcg_at_10 = 0;
  double recall_at_20 = 0;
};

struct EvaluationReport {
  std::size_t needs = 0;
  RankingScores solutions, partners, baseline_solutions, baseline_partners;
  double decision_accuracy = 0;
  std::map<std::string, std::map<std::string, int>> confusion;  // expected -> predicted -> count
  double buy_precision = 0, buy_recall = 0;
  double mean_ms = 0, p95_ms = 0;
  std::vector<std::string> misses;  // one line per wrong decision, for reading
};

// Runs every judgment through the matcher and the baseline over `db_specs`.
EvaluationReport evaluate(const std::vector<std::string>& db_specs, std::vector<Judgment> judgments);

// Prints the report as a readable table.
void print_report(const EvaluationReport& report, std::ostream& out, bool verbose);

// nDCG@k of `ranked` ids against graded `relevant` (exposed for tests).
double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant, std::size_t k);
double recall_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevant, std::size_t k);

// `radar-eval` command: --db DIR... [--verbose] JUDGMENTS.jsonl...
int run_eval_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace radar
