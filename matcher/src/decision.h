// The guide's "continue or hop off" step as rules over covered aspects:
// buy (a market solution covers the essential aspects), dialogue (solutions cover
// part), develop (nothing covers the core), clarify (the need is too vague).
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "analysis.h"
#include "radar/matcher.h"

namespace radar::match {

// Thresholds, in one place so a reader can weigh them.
struct DecisionRules {
  static constexpr double kBuyCoverage = 0.5;       // a market solution covering this share, the heaviest essential
  static constexpr double kCompletedBuyCoverage = 0.4;    // or this share, when the market covers all the need names
  static constexpr std::size_t kBuyMissedEssentials = 1;  // aspect and all other essential aspects but this many
  static constexpr unsigned kBuyMaxRank = 5;        // among the best matches
  static constexpr double kBuyScoreShare = 0.85;    // scoring at least this share of the best match
  static constexpr double kBuyTie = 0.01;  // below kBuyMaxRank, a score this share of the best's from the last one's ties
  static constexpr double kDialogueCoverage = 0.3;  // and this share of the need: hold a dialogue
  static constexpr std::size_t kMinContentWords = 3;
  static constexpr std::size_t kShortNeedWords = 12;  // content words; a longer need is specific enough
  static constexpr std::size_t kMinAspects = 2;
};

// Whether a solution is a reason to buy instead of co-developing: a market product that
// covers the need's essential aspects, or the concepts its request names, and half of
// what it asks. Never for a need that asks to develop or to explore first (NeedIntent):
// it is not ready for procurement of a product as it is; and for a need that qualifies
// its request ("men", "også") only when the product covers what the qualification names.
bool is_buy_instead(const AnalysedNeed& need, const std::vector<bool>& covered, const std::string& maturity);

// Keeps `buy_instead` only when the best match carries it: a weaker match that covers
// the essentials on paper is more often a partial fit than the product to buy. Then only
// on those scoring at least kBuyScoreShare of the best: the products to compare in
// procurement are those that fit nearly as well, wherever they rank among the first
// kBuyMaxRank, or below them with the same score as the last of those (within kBuyTie of
// the best's score): a cut at a rank does not split products that score alike.
// `solutions` are in rank order.
void settle_buy_flags(std::vector<SolutionMatch>& solutions);

// When no match carries `buy_instead` and the market leaves nothing the need names
// uncovered (`uncovered`, uncovered_aspects() of the screened solutions, is empty), flags
// the matches that pass is_buy_instead() at kCompletedBuyCoverage of the need instead of
// kBuyCoverage, then settles them (settle_buy_flags). What the best match misses is then
// something other products do, not a demand the market lacks: a record tells what its
// product does in a few words, and a need tells its situation in many, so the coverage
// share alone mistakes a product's short description for a gap. A concrete demand that no
// record covers still makes the need a dialogue.
void flag_buys_the_market_completes(const AnalysedNeed& need, std::vector<SolutionMatch>& solutions,
                                    const std::vector<std::string>& uncovered);

// Labels of the need's aspects that no market-ready solution in `solutions` covers, among
// what it asks to be solved (thesaurus concepts and essential aspects; not its context,
// motives or plain words around the core; none for a vague need); a
// solution that uses a technology the need rules out (`conflicts`) covers nothing here.
std::vector<std::string> uncovered_aspects(const AnalysedNeed& need, std::span<const SolutionMatch> solutions);

// What the rules decide from the solutions alone: the decision and, for buy and
// dialogue, the solution it rests on (the first marked buy; the one covering most of
// the need), for develop a solution that covers the core but too little else, if any;
// never one that uses a technology the need rules out. Points into `solutions`, which
// must outlive it.
struct Screening {
  std::string decision;  // buy, dialogue, develop or clarify
  const SolutionMatch* basis = nullptr;
  bool asked_to_develop = false;  // the need itself asks to develop
};
Screening screen(const AnalysedNeed& need, const std::vector<SolutionMatch>& solutions);

// A screening's verdict with its reasons in the need's language (Danish for da/sv/nb,
// else English); the reasons to develop count the partners found.
Verdict explain(const AnalysedNeed& need, const Screening& screening, const std::vector<PartnerMatch>& partners,
                const std::vector<std::string>& uncovered);

// screen, then explain.
Verdict decide(const AnalysedNeed& need, const std::vector<SolutionMatch>& solutions,
               const std::vector<PartnerMatch>& partners, const std::vector<std::string>& uncovered);

// One line of evidence for a partner: what of theirs covers which aspects, and the
// technologies the need rules out that it uses.
std::string evidence_line(const AnalysedNeed& need, const nlohmann::json& record, const std::vector<bool>& covered,
                          const std::vector<std::string>& conflicts = {});

// The line for a knowledge institution listed for the fields it works in (`areas`, the
// leading areas of the nearest solutions that its records are in), not for its text.
std::string field_line(const AnalysedNeed& need, const std::vector<std::string>& areas);

}  // namespace radar::match
