// The words of the verdict's reasons and the partners' evidence lines, in the need's
// language (Danish, Swedish, Norwegian or English): a consultant reads the screening
// in the language the need was written in. Aspect labels stay as the thesaurus names
// them (Danish).
#pragma once

#include <string>

namespace radar::match {

// One language's templates. `{name}`, `{org}`, `{aspects}` and `{named}` are
// filled in by fill_placeholders() (radar/text.h); `{named}` is " (a, b)" or nothing.
struct Wording {
  const char* too_vague;  // {named}
  const char* clarify_next;
  const char* asks_conduct;  // a question of the law, responsibility, ownership, payment or ethics
  const char* conduct_next;
  const char* asks_new;         // {named}
  const char* core_uncovered;   // {named}
  const char* asked_uncovered;  // {named}
  const char* core_covered_little;  // {name}, {aspects}: covers the core, too little else for a dialogue
  // Not how many partners: that is how many a request shows (its limit).
  const char* find_partners;
  const char* find_no_partners;
  const char* buy_basis;        // {name} {org} {aspects}
  const char* go_to_procurement;
  const char* check_in_procurement;  // {aspects}
  const char* dialogue_basis;        // {name} {aspects}
  const char* none_covers;           // {aspects}
  const char* hold_dialogue;
  const char* rules_out;         // {aspects}
  const char* solution_covers;   // {name} {aspects}
  const char* page_mentions;     // {name} {aspects}
  const char* profile_covers;    // {aspects}
  const char* uses_ruled_out;    // {aspects}
  const char* works_in_fields;   // {areas}
};

// The wording for a need of language `lang` (detect_language's code): Danish, Swedish
// and Norwegian their own, every other language English.
const Wording& wording_for(const std::string& lang);

}  // namespace radar::match
