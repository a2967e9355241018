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
  std::string need_id;                  // a stored need, or empty
  std::string need;                     // the need text (filled from the stored need when need_id is given)
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

// A screening check (corpora/eval/screenings/): a need written blind from the market
// records, with the decision it must get and the products that show it was read right.
struct ScreeningCheck {
  std::string id;
  std::string need;
  std::string decision;
  std::vector<std::string> expect;  // solution ids; none for develop and clarify
  std::string source;               // the file it came from
};

// Reads screening checks; throws InputError "FILE:LINE: ..." on a malformed line.
std::vector<ScreeningCheck> read_screenings(const std::vector<std::string>& paths);

struct ScreeningTally {
  std::size_t passed = 0, total = 0;
};

// Where a buy or dialogue check's first expected product ranked among the solutions.
enum class ExpectedRank { first, second_to_fifth, sixth_or_lower, not_listed };

struct ScreeningReport {
  ScreeningTally all;
  std::map<std::string, ScreeningTally> by_decision, by_source;
  std::map<std::string, std::map<std::string, int>> confusion;  // expected -> decided -> count
  // Per expected decision (buy, dialogue), how many checks ranked their first expected
  // product where: a wrong decision and a wrong ranking are different repairs.
  std::map<std::string, std::map<ExpectedRank, int>> expected_ranks;
  std::vector<std::string> misses;  // one line per failed check, for reading
};

// Where the best-ranked of the `expect` ids stands in `solution_ids` (rank order).
ExpectedRank expected_rank(const std::vector<std::string>& expect, const std::vector<std::string>& solution_ids);

// Whether a screening passes: the decision is the expected one and, for a buy, the first
// solution is an expected one; for a dialogue, one of them is among the first five.
bool screening_passes(const ScreeningCheck& check, const std::string& decision,
                      const std::vector<std::string>& solution_ids);

// Runs every check through the matcher; an expected id the index does not hold is an error.
ScreeningReport evaluate_screenings(const std::vector<std::string>& db_specs,
                                    const std::vector<ScreeningCheck>& checks);

void print_screening_report(const ScreeningReport& report, std::ostream& out, bool verbose);

// `radar-eval` command: --db DIR... [--verbose] [--screenings FILE]... [JUDGMENTS.jsonl...]
int run_eval_command(const std::vector<std::string>& args, std::ostream& out);

}  // namespace radar
