#include "decision.h"

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

#include "radar/text.h"
#include "wording.h"

namespace radar::match {
namespace {

const Wording& words_of(const AnalysedNeed& need) { return wording_for(need.lang); }

// The first `max_items` of `items` joined by ", ", and "…" for the rest.
std::string join_first(const std::vector<std::string>& items, std::size_t max_items = 6) {
  if (items.size() <= max_items) return join(items);
  const auto end = items.begin() + static_cast<std::ptrdiff_t>(max_items);
  return join(std::vector<std::string>(items.begin(), end)) + ", …";
}

// " (a, b)", or "" when there is nothing to name.
std::string in_parentheses(const std::vector<std::string>& labels) {
  return labels.empty() ? "" : " (" + join_first(labels) + ")";
}

// Aspects that say what a product must do: thesaurus concepts of the `what` role, words
// of product names and areas, and words the market has never used (what is new in a
// need); not the context (who, where, why), nor what the need names only where it tells
// what it already has ("Vi bruger i dag et vendesystem"): that is its situation.
bool names_the_need(const AspectPlan& plan) {
  return plan.aspect.role == "what" && (plan.domain || !plan.known) && !plan.background;
}

// The share of what the need asks, as the domain names it, that a solution covers:
// the weight of its covered aspects that name the need over theirs. Plain words help
// ranking but say little of whether a product fits. A need without such aspects
// counts all of them.
double domain_coverage(const AnalysedNeed& need, const std::vector<bool>& covered) {
  const bool has_domain = std::any_of(need.aspects.begin(), need.aspects.end(), names_the_need);
  double total = 0, hit = 0;
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    if (has_domain && !names_the_need(need.aspects[i])) continue;
    total += need.aspects[i].aspect.weight;
    if (covered[i]) hit += need.aspects[i].aspect.weight;
  }
  return total > 0 ? hit / total : 0;
}

// Whether `solution` covers the aspect labelled `label`.
bool covers_label(const SolutionMatch& solution, const std::string& label) {
  return std::find(solution.covered.begin(), solution.covered.end(), label) != solution.covered.end();
}

// Per aspect of the need, whether `solution` covers it.
std::vector<bool> covered_by(const AnalysedNeed& need, const SolutionMatch& solution) {
  std::vector<bool> covered;
  for (const auto& plan : need.aspects) {
    covered.push_back(covers_label(solution, plan.aspect.label));
  }
  return covered;
}

// What a reason says `solution` covers: the need's essential aspects first, then its other
// thesaurus concepts; its plain words ("åbner", "døren") only when it covers nothing else.
// The result's own `covered` lists them all.
std::vector<std::string> named_coverage(const AnalysedNeed& need, const SolutionMatch& solution) {
  std::vector<std::string> named;
  for (const bool essential : {true, false}) {
    for (const auto& plan : need.aspects) {
      const bool shown = essential ? plan.aspect.essential : !plan.aspect.essential && plan.from_thesaurus;
      if (shown && covers_label(solution, plan.aspect.label)) named.push_back(plan.aspect.label);
    }
  }
  return named.empty() ? solution.covered : named;
}

double coverage_of(const AnalysedNeed& need, const SolutionMatch& solution) {
  return domain_coverage(need, covered_by(need, solution));
}

// A concept the need's request names as what a product must do ("Vi søger et vippeleje").
bool is_requested_concept(const AspectPlan& plan) { return plan.requested && may_be_core(plan); }

// The core of a need: its heaviest aspect, or half of its essential weight. A means
// (an app, a tablet, a sensor) says how, not what must be solved: in the half, the
// essential means count only when the need has no other essential aspect ("et værktøj i
// en app til at teste hørelsen": any app covers the means, none the hearing test).
bool covers_core(const AnalysedNeed& need, const SolutionMatch& solution) {
  if (need.aspects.empty()) return false;
  const auto has = [&](const std::string& label) { return covers_label(solution, label); };
  // A demand the request's qualification adds ("..., men den skal også kunne ...") is asked
  // of the core, not the core: the heaviest essential aspect outside it, when there is one.
  auto core = heaviest_essential(need, [](const AspectPlan& plan) { return !plan.qualifying; });
  if (!core) core = heaviest_essential(need);
  if (core && has(need.aspects[*core].aspect.label)) return true;
  const bool other_than_means = std::any_of(need.aspects.begin(), need.aspects.end(), [](const AspectPlan& plan) {
    return plan.aspect.essential && !plan.means;
  });
  double essential = 0, covered = 0;
  for (const auto& plan : need.aspects) {
    if (!plan.aspect.essential || (plan.means && other_than_means)) continue;
    essential += plan.aspect.weight;
    if (has(plan.aspect.label)) covered += plan.aspect.weight;
  }
  return essential > 0 && covered >= 0.5 * essential;
}

// Whether a product covers one of the concepts the need's request names as what it must do,
// when the request names any ("Vi søger teknologi, der kan overtage havearbejdet"): a product
// that covers only what the need tells of its situation ("Ved de forebyggende hjemmebesøg
// hører vi ...") is no basis for a dialogue about it.
bool covers_a_request(const AnalysedNeed& need, const std::vector<bool>& covered) {
  bool any = false;
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    const auto& plan = need.aspects[i];
    if (!is_requested_concept(plan) || plan.means) continue;
    any = true;
    if (covered[i]) return true;
  }
  return !any;
}

bool covers_a_request(const AnalysedNeed& need, const SolutionMatch& solution) {
  return covers_a_request(need, covered_by(need, solution));
}

// Whether a product covers the heaviest of the aspects `selected` picks and all of the
// others but kBuyMissedEssentials; `if_none` when it picks none.
template <typename Selection>
bool covers_heaviest_and_most(const AnalysedNeed& need, const std::vector<bool>& covered, Selection selected,
                              bool if_none) {
  std::size_t missed = 0;
  bool heaviest = true;  // aspects are sorted by weight: the first selected is the heaviest
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    if (!selected(need.aspects[i])) continue;
    if (!covered[i] && heaviest) return false;
    if (!covered[i]) ++missed;
    heaviest = false;
  }
  return (!heaviest || if_none) && missed <= DecisionRules::kBuyMissedEssentials;
}

// The essential aspects a product must cover to be bought: the heaviest, and all of the
// others but one. Essentials are chosen by weight, up to three, and often name the
// problem ("uro", "forværring") where a product names what it does; a product that
// does the core and most of the rest is the one to buy, its gap a point for procurement.
bool covers_essentials(const AnalysedNeed& need, const std::vector<bool>& covered) {
  return covers_heaviest_and_most(need, covered, [](const AspectPlan& plan) { return plan.aspect.essential; }, true);
}

// What the request names, covered as covers_essentials() covers the essentials: its heaviest
// concept and all of the others but one. A need often opens with its problem ("de taber
// muskelkraft og får problemer med blodtrykket") and then asks for the product that
// answers it; a product that does what the request asks is the one to buy.
bool covers_request(const AnalysedNeed& need, const std::vector<bool>& covered) {
  return covers_heaviest_and_most(need, covered, is_requested_concept, false);
}

// A qualified request (NeedIntent::qualified) asks for more than a product of the kind
// does; a product does that too when it covers everything the qualification names of
// what must be done (names_the_need: "…, and also a robot that can mop the floor": a
// mopping robot). A qualification that names nothing of it ("også til prøverne") cannot
// be checked and withholds the buy, unless the need only states requirements ("Det er et
// krav, at den er nem at betjene": ease of use is checked in procurement). Whom the product
// must fit and where it is used (a target group, a setting) can be checked as well.
bool covers_qualification(const AnalysedNeed& need, const std::vector<bool>& covered) {
  bool named = false;
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    const auto& plan = need.aspects[i];
    const bool setting = plan.from_thesaurus && plan.aspect.role == "where";
    if (!plan.qualifying || !(names_the_need(plan) || is_target_group(plan) || setting) || plan.purpose) continue;
    if (!covered[i]) return false;
    named = true;
  }
  return named || need.intent.only_required;
}

std::vector<std::string> essential_labels(const AnalysedNeed& need) {
  std::vector<std::string> out;
  for (const auto& plan : need.aspects) {
    if (plan.aspect.essential) out.push_back(plan.aspect.label);
  }
  return out;
}

bool is_vague(const AnalysedNeed& need) {
  if (need.content_words < DecisionRules::kMinContentWords || need.aspects.size() < DecisionRules::kMinAspects) {
    return true;
  }
  // Vague means the need says too little about what must be solved, not that the
  // market lacks its words: a new, specific need is a case for developing. What must
  // be solved is a thesaurus concept of the `what` role, or a word the market has never
  // used (a new need); motives, settings, target groups and plain words frame a need
  // but give the screening nothing to hold on to. A short need must name two such things,
  // or one that is not a means: "stomi" says what is to be solved where "sensorer" or
  // "robotter" only say with what ("Vi vil gerne arbejde mere med sensorer").
  const auto is_what_concept = [](const AspectPlan& plan) { return plan.from_thesaurus && plan.aspect.role == "what"; };
  const auto named = std::count_if(need.aspects.begin(), need.aspects.end(), [&](const AspectPlan& plan) {
    return is_what_concept(plan) || !plan.known;
  });
  // A need that names no concept of what must be done (a sensor, an alarm, training) and
  // asks what to do ("Hvad vil I anbefale, at vi kigger på?", "vil gerne høre, hvad der
  // rører sig") asks for advice, not for a product: words the market has never used are
  // its filler ("anbefale", "kigger"). A need that says what it wants in such words
  // ("Droner der leverer varm mad til ældre på småøer") is new. A means is no such
  // concept: "a smart-home strategy ... Where do we begin?" names a technology, not what
  // it must solve.
  const bool names_a_concept = std::any_of(need.aspects.begin(), need.aspects.end(), [&](const AspectPlan& plan) {
    return is_what_concept(plan) && !plan.means;
  });
  // A strategy's question of how technology can help ("hvordan teknologi kan bidrage til at
  // styrke fællesskaberne") names the field it hopes to help, not a product: it is vague
  // whatever concepts its request names.
  if (need.intent.asks_strategy && !need.intent.develop) return true;
  const bool asks_what_to_do = need.intent.open_question || need.intent.explore;
  if (named == 0 || (!names_a_concept && asks_what_to_do && !need.intent.develop)) return true;
  // A need that says it has not chosen what to work on ("Vi har endnu ikke lagt os fast
  // på et bestemt område", "open to all ideas") or asks where to start ("vi ved ikke, hvor
  // vi skal starte") is vague, whatever topics its wishes or its story touch on ("en travl
  // hverdag med mange aftaler og kørsel" tells why), unless its request names what a
  // product must do ("Vi søger en faldalarm; vi er åbne over for alle idéer til, hvordan
  // den bæres"). A problem told and then asked about ("Borgere med demens farer vild om
  // natten. Hvad findes der?") has chosen, and is screened.
  // So is one that asks a question of conduct (the law, a responsibility, who owns or pays)
  // and, beyond it, asks for nothing a product must do: a matter for lawyers and managers.
  // Its wishes listed ("Der kom mange ønsker på bordet:\n- apps til angst\n- hjælp til at
  // sove ...") are themes it has not chosen among, not a request.
  // One that says it has no particular problem or people in mind ("Vi har ikke en bestemt
  // gruppe eller et problem, vi vil have løst") asks to understand the field, whatever topics
  // its request names.
  if (need.intent.nothing_concrete && !need.intent.develop) return true;
  if ((need.intent.undecided || need.intent.asks_conduct) && !need.intent.develop &&
      std::none_of(need.aspects.begin(), need.aspects.end(), [](const AspectPlan& plan) {
        return is_requested_concept(plan) && !plan.means && !plan.requested_in_questions_only &&
               !plan.requested_in_lists_only && !plan.requested_where_undecided_only;
      })) {
    return true;
  }
  return static_cast<std::size_t>(named) < DecisionRules::kMinAspects && !names_a_concept &&
         need.content_words < DecisionRules::kShortNeedWords;
}

// What a need asks to be solved, as a gap in the market would be named: a thesaurus
// concept, or an essential aspect (plain words are essential only where a need names no
// concept). The context (who, where), the motives, the plain words around the core
// ("roligt", "åbner"), the condition of the people served ("borgere med bensår" on a
// stocking aid) and what the need tells it has or sets aside ("Vi har sengealarmer, men …",
// "… men det må blive en anden sag") frame the need; no product is expected to cover them.
// Where the need requests a concept (`story_aside`), a concept its story tells only
// ("flere af beboerne vågner ved det, bliver meget urolige") is what the request answers,
// not a demand of its own, unless it is essential.
bool names_a_gap(const AspectPlan& plan, bool story_aside) {
  if (story_aside && !plan.asked && !plan.qualifying && !plan.aspect.essential) return false;
  return plan.aspect.role == "what" && !plan.condition && !plan.background &&
         (plan.from_thesaurus || plan.aspect.essential);
}

Verdict clarify(const AnalysedNeed& need) {
  const Wording& words = words_of(need);
  // A question of conduct is not vague: it is a question for lawyers and managers first.
  if (need.intent.asks_conduct && !need.intent.develop) return {"clarify", {words.asks_conduct, words.conduct_next}};
  std::vector<std::string> labels;
  for (const auto& plan : need.aspects) labels.push_back(plan.aspect.label);
  return {"clarify", {fill_placeholders(words.too_vague, {{"named", in_parentheses(labels)}}), words.clarify_next}};
}

// The develop verdict; `asked` when the need itself asks to develop. A need without
// essential aspects has no core to name: the reason speaks of the need as a whole and
// names its heaviest aspects, if any. `basis` is a product that covers the core but too
// little of the rest for a dialogue: the reason names it rather than say nothing covers
// the core.
Verdict develop(const AnalysedNeed& need, const std::vector<PartnerMatch>& partners, bool asked,
                const SolutionMatch* basis) {
  const Wording& words = words_of(need);
  const char* next = partners.empty() ? words.find_no_partners : words.find_partners;
  if (basis != nullptr && !asked) {
    return {"develop",
            {fill_placeholders(words.core_covered_little,
                               {{"name", basis->name}, {"aspects", join_first(named_coverage(need, *basis))}}),
             next}};
  }
  const auto core = essential_labels(need);
  std::vector<std::string> named = core;
  for (std::size_t i = 0; core.empty() && i < need.aspects.size() && i < 3; ++i) named.push_back(need.aspects[i].aspect.label);
  const char* why = asked ? words.asks_new : !core.empty() ? words.core_uncovered : words.asked_uncovered;
  return {"develop", {fill_placeholders(why, {{"named", in_parentheses(named)}}), next}};
}

}  // namespace

namespace {

// is_buy_instead() with `share` of the domain to cover.
bool buys(const AnalysedNeed& need, const std::vector<bool>& covered, const std::string& maturity, double share) {
  // Which products exist is what a screening answers: a need that asks it ("vi vil gerne
  // vide, hvad der findes færdigt på markedet") still buys the product that covers it.
  // One that explores how to go about it (a method, others' experience) buys nothing yet.
  if (need.intent.develop || need.intent.explores_approach) return false;
  if (need.intent.qualified && !covers_qualification(need, covered)) return false;
  if (maturity != "market" || domain_coverage(need, covered) < share || is_vague(need)) return false;
  // A product that covers none of what the request asks is no buy, as it is no basis for a
  // dialogue: it answers the story ("Vi har trænet med linjeret papir"), not the request.
  return covers_a_request(need, covered) && (covers_essentials(need, covered) || covers_request(need, covered));
}

}  // namespace

bool is_buy_instead(const AnalysedNeed& need, const std::vector<bool>& covered, const std::string& maturity) {
  return buys(need, covered, maturity, DecisionRules::kBuyCoverage);
}

void flag_buys_the_market_completes(const AnalysedNeed& need, std::vector<SolutionMatch>& solutions,
                                    const std::vector<std::string>& uncovered) {
  if (solutions.empty() || solutions.front().buy_instead || !uncovered.empty()) return;
  for (auto& solution : solutions) {
    solution.buy_instead = solution.conflicts.empty() && buys(need, covered_by(need, solution), solution.maturity,
                                                              DecisionRules::kCompletedBuyCoverage);
  }
  settle_buy_flags(solutions);
}

void settle_buy_flags(std::vector<SolutionMatch>& solutions) {
  if (solutions.empty()) return;
  const bool best_is_buy = solutions.front().buy_instead;
  const double best = solutions.front().score;
  const double floor = DecisionRules::kBuyScoreShare * best;
  const std::size_t last_rank = std::min<std::size_t>(DecisionRules::kBuyMaxRank, solutions.size());
  const double tie = solutions[last_rank - 1].score - DecisionRules::kBuyTie * best;
  for (std::size_t i = 0; i < solutions.size(); ++i) {
    auto& solution = solutions[i];
    const bool close_enough = i < last_rank || solution.score >= tie;
    solution.buy_instead = best_is_buy && close_enough && solution.buy_instead && solution.score >= floor;
  }
}

std::vector<std::string> uncovered_aspects(const AnalysedNeed& need, std::span<const SolutionMatch> solutions) {
  std::vector<std::string> out;
  if (is_vague(need)) return out;  // too vague to say what the market lacks
  const bool story_aside = std::any_of(need.aspects.begin(), need.aspects.end(), is_requested_concept);
  for (const auto& plan : need.aspects) {
    if (!names_a_gap(plan, story_aside)) continue;
    const bool covered = std::any_of(solutions.begin(), solutions.end(), [&](const SolutionMatch& solution) {
      return solution.maturity == "market" && solution.conflicts.empty() && covers_label(solution, plan.aspect.label);
    });
    if (!covered) out.push_back(plan.aspect.label);
  }
  return out;
}

Screening screen(const AnalysedNeed& need, const std::vector<SolutionMatch>& solutions) {
  if (is_vague(need)) return {"clarify", nullptr, false};
  // A need that asks to develop something, or says the market has nothing for it, is
  // the guide's step 3 whatever matches on paper: the municipality has screened and
  // looks for partners; the solutions listed show what to build on.
  if (need.intent.develop) return {"develop", nullptr, true};
  const auto buy = std::find_if(solutions.begin(), solutions.end(), [](const auto& s) { return s.buy_instead; });
  if (buy != solutions.end()) return {"buy", &*buy, false};
  // Dialogue: a solution on the market or in pilot covers the core of the need (the
  // heaviest aspect, or half the essential weight) and a fair share of the whole.
  double best = 0;
  const SolutionMatch* best_solution = nullptr;
  for (const auto& solution : solutions) {
    if (solution.maturity != "market" && solution.maturity != "pilot") continue;
    if (!solution.conflicts.empty() || !covers_core(need, solution) || !covers_a_request(need, solution)) continue;
    const double coverage = coverage_of(need, solution);
    if (coverage > best) best = coverage, best_solution = &solution;
  }
  // A need that asks to explore the market ("om der findes ...") is answered by a market
  // dialogue as soon as something on it covers its core, however little else it covers.
  if (best_solution != nullptr && (best >= DecisionRules::kDialogueCoverage || need.intent.explore)) {
    return {"dialogue", best_solution, false};
  }
  return {"develop", best_solution, false};
}

namespace {

// explain() before what the need rules out.
Verdict explain_screening(const AnalysedNeed& need, const Screening& screening, const std::vector<PartnerMatch>& partners,
                          const std::vector<std::string>& uncovered) {
  if (screening.decision == "clarify") return clarify(need);
  if (screening.decision == "develop") return develop(need, partners, screening.asked_to_develop, screening.basis);
  if (screening.basis == nullptr) throw std::invalid_argument("a " + screening.decision + " screening names no solution");
  const Wording& words = words_of(need);
  const SolutionMatch& basis = *screening.basis;
  Verdict verdict{screening.decision, {}};
  auto& reasons = verdict.reasons;
  if (screening.decision == "buy") {
    reasons.push_back(fill_placeholders(words.buy_basis, {{"name", basis.name},
                                                          {"org", basis.organisation.name},
                                                          {"aspects", join_first(named_coverage(need, basis))}}));
    reasons.emplace_back(words.go_to_procurement);
    if (!uncovered.empty()) {
      reasons.push_back(fill_placeholders(words.check_in_procurement, {{"aspects", join_first(uncovered)}}));
    }
    return verdict;
  }
  reasons.push_back(fill_placeholders(words.dialogue_basis,
                                      {{"name", basis.name}, {"aspects", join_first(named_coverage(need, basis))}}));
  if (!uncovered.empty()) reasons.push_back(fill_placeholders(words.none_covers, {{"aspects", join_first(uncovered)}}));
  reasons.emplace_back(words.hold_dialogue);
  return verdict;
}

// What the need rules out, as a reason: those products are ranked lower and do not count.
std::string ruled_out_reason(const AnalysedNeed& need) {
  return fill_placeholders(words_of(need).rules_out, {{"aspects", join_first(need.ruled_out_labels())}});
}

}  // namespace

Verdict explain(const AnalysedNeed& need, const Screening& screening, const std::vector<PartnerMatch>& partners,
                const std::vector<std::string>& uncovered) {
  Verdict verdict = explain_screening(need, screening, partners, uncovered);
  if (verdict.decision != "clarify" && !need.ruled_out.empty()) verdict.reasons.push_back(ruled_out_reason(need));
  return verdict;
}

Verdict decide(const AnalysedNeed& need, const std::vector<SolutionMatch>& solutions,
               const std::vector<PartnerMatch>& partners, const std::vector<std::string>& uncovered) {
  return explain(need, screen(need, solutions), partners, uncovered);
}

std::string evidence_line(const AnalysedNeed& need, const nlohmann::json& record, const std::vector<bool>& covered,
                          const std::vector<std::string>& conflicts) {
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < need.aspects.size(); ++i) {
    if (covered[i]) labels.push_back(need.aspects[i].aspect.label);
  }
  const Wording& words = words_of(need);
  const std::string type = record.value("type", "");
  const std::string name = record.value("name", record.value("title", record.value("url", "")));
  const char* covers = type == "solution" ? words.solution_covers : type == "page" ? words.page_mentions : words.profile_covers;
  std::string line = fill_placeholders(covers, {{"name", name}, {"aspects", join_first(labels)}});
  if (!conflicts.empty()) line += fill_placeholders(words.uses_ruled_out, {{"aspects", join_first(conflicts)}});
  return line;
}

std::string field_line(const AnalysedNeed& need, const std::vector<std::string>& areas) {
  return fill_placeholders(words_of(need).works_in_fields, {{"areas", join_first(areas)}});
}

}  // namespace radar::match
