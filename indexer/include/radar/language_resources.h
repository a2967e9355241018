// The thesaurus and stopword lists (corpora/thesaurus, corpora/stopwords) and how
// they travel with the index: stored as metadata, so every reader of a revision
// (local, sharded or remote) analyses needs with the same resources.
//
// Thesaurus format: UTF-8 lines; '#' starts a comment line; a concept group is
// `label | term | term ...` (the first term labels the concept). Groups after a line
// `# who` name target groups and after `# where` care settings (the context of a
// need, not what must be solved); `# what` returns to ordinary concepts. After a
// line `# compounds`, lines `compound = part + part` give Danish compound decompositions.
// After a line `# kinds`, lines `kind > technology` name two concepts by their labels: the
// first is a kind of the second (`armbånd > wearables`), so a need that rules out the
// technology rules out its kinds too, and a record that names a kind names the technology.
// After a line `# used on`, lines `means > device` say the first is used on the second
// (`app > mobiltelefon`): a record that names the means covers a need's device. Both
// labels of either line must be defined by a group above.
// A one-word term may end in a language scope, `bad [nb]`: it is then read only in
// texts of those languages (a false friend: Norwegian "bad" is a bathroom, Danish "bad"
// a bath), and there it wins over a term of the same word read in every language.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace radar {

class IndexWriter;

struct LanguageResources {
  std::vector<std::vector<std::string>> concepts;             // each: label first, then terms
  std::vector<std::string> concept_roles;                     // per concept: "what", "who", "where" or "why"
  // Per concept: a means ("what" groups after a "# means" heading: sensors, robots, apps,
  // AI), a technology a need may be met with, not something it asks to be solved.
  std::vector<bool> concept_means;
  // Terms with a language scope: (concept, term index) -> the languages ("da", "sv", "nb",
  // "en") the term is read in. A term not listed is read in every language.
  std::map<std::pair<std::size_t, std::size_t>, std::set<std::string>> term_languages;
  std::map<std::string, std::vector<std::string>> compounds;  // compound -> parts
  // Concept -> the concepts that are kinds of it (`# kinds` lines).
  std::map<std::size_t, std::vector<std::size_t>> kinds;
  // Concept -> the concepts whose records cover it: its kinds and the means used on it.
  std::map<std::size_t, std::vector<std::size_t>> covered_by;
  std::map<std::string, std::set<std::string>> stopwords;     // language -> words
  std::string thesaurus_text;                                 // as loaded, for storing
  std::map<std::string, std::string> stopword_texts;          // language -> file text
};

// Parses thesaurus text and adds it to `resources`; throws InputError "thesaurus line N: ..."
// on a malformed line. A line "# groups" ends a compounds section (files are stored joined).
void parse_thesaurus(const std::string& text, LanguageResources& resources);

// Parses a stopword list (one word per line, '#' comments) into `words`.
std::set<std::string> parse_stopwords(const std::string& text);

// Reads the thesaurus files and every LANG.txt in the stopwords directory (which may
// be empty: none). Throws InputError naming an unreadable or malformed file.
LanguageResources load_language_resources(const std::vector<std::string>& thesaurus_paths,
                                          const std::string& stopwords_dir);

// Stores the resources as index metadata (committed with the writer's next commit).
void store_language_resources(IndexWriter& writer, const LanguageResources& resources);

// Reads the resources stored in an index; empty resources if none were stored.
LanguageResources read_language_resources(const Xapian::Database& db);

}  // namespace radar
