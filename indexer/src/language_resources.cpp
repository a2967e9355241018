#include "radar/language_resources.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/files.h"
#include "radar/index.h"
#include "radar/language.h"
#include "radar/text.h"

namespace radar {
namespace {

std::vector<std::string> split_terms(const std::string& line, const std::string& separator) {
  std::vector<std::string> terms;
  std::size_t start = 0;
  while (start <= line.size()) {
    const auto end = line.find(separator, start);
    const std::string term = collapse_whitespace(to_lower(line.substr(start, end - start)));
    if (!term.empty()) terms.push_back(term);
    if (end == std::string::npos) break;
    start = end + separator.size();
  }
  return terms;
}

std::string line_error(std::size_t number, const std::string& message) {
  return "thesaurus line " + std::to_string(number) + ": " + message;
}

// Splits the language scope off a term: "bad [nb]" -> "bad" and {"nb"}; a term without
// one keeps its text and gets no languages.
std::set<std::string> take_language_scope(std::string& term, std::size_t number) {
  const auto open = term.find('[');
  if (open == std::string::npos && term.find(']') == std::string::npos) return {};
  if (open == std::string::npos || term.back() != ']' || term.find(']') != term.size() - 1) {
    throw InputError(line_error(number, "a language scope must end the term, as in `bad [nb]`; found `" + term + "`"));
  }
  std::set<std::string> languages;
  std::istringstream codes(term.substr(open + 1, term.size() - open - 2));
  for (std::string code; codes >> code;) {
    if (language_bit(code) == 0) {  // the stemmers' languages only
      std::string message = "unknown language `" + code;
      message.append("` in `").append(term).append("` (use da, sv, nb or en)");
      throw InputError(line_error(number, message));
    }
    languages.insert(normalise_language(code));
  }
  if (languages.empty()) throw InputError(line_error(number, "an empty language scope in `" + term + "`"));
  const std::string scoped = term;
  term = trim(term.substr(0, open));
  // One word as the matcher tokenises: "wet-room" is two.
  if (tokenize(term).size() != 1) {
    throw InputError(line_error(number, "a language scope is for one-word terms, not `" + scoped + "`"));
  }
  return languages;
}

// A `first > second` line of a `# kinds` or `# used on` section, as two concepts defined
// above it: the index of each.
std::pair<std::size_t, std::size_t> concept_pair(const std::string& line, std::size_t number,
                                                 const LanguageResources& resources, const char* form) {
  const auto labels = split_terms(line, ">");
  if (labels.size() != 2) {
    throw InputError(line_error(number, std::string("expected `") + form + "`, two concept labels"));
  }
  const auto index_of = [&](const std::string& label) {
    for (std::size_t index = 0; index < resources.concepts.size(); ++index) {
      if (resources.concepts[index].front() == label) return index;
    }
    throw InputError(line_error(number, "`" + label + "` is no concept label defined above the line"));
  };
  const std::size_t first = index_of(labels[0]);
  const std::size_t second = index_of(labels[1]);
  if (first == second) throw InputError(line_error(number, "a line cannot relate a concept to itself"));
  return {first, second};
}

void add_once(std::vector<std::size_t>& list, std::size_t value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// A `kind > technology` line: the kind is ruled out with the technology, and a record
// that names the kind names the technology.
void add_kind(const std::string& line, std::size_t number, LanguageResources& resources) {
  const auto [kind, technology] = concept_pair(line, number, resources, "kind > technology");
  add_once(resources.kinds[technology], kind);
  add_once(resources.covered_by[technology], kind);
}

// A `means > device` line: a record that names the means covers a need's device (an app
// is used on a phone), though a need that rules the device out does not rule out the means.
void add_used_on(const std::string& line, std::size_t number, LanguageResources& resources) {
  const auto [means, device] = concept_pair(line, number, resources, "means > device");
  add_once(resources.covered_by[device], means);
}

}  // namespace

void parse_thesaurus(const std::string& text, LanguageResources& resources) {
  std::istringstream lines(text);
  std::string line;
  std::size_t number = 0;
  enum class Section { groups, compounds, kinds, used_on } section = Section::groups;
  std::string role = "what";
  bool means = false;
  while (std::getline(lines, line)) {
    ++number;
    const std::string cleaned = trim(line);
    if (cleaned.empty()) continue;
    if (cleaned[0] == '#') {
      const std::string heading = to_lower(collapse_whitespace(cleaned.substr(1)));
      if (heading == "compounds") section = Section::compounds;
      if (heading == "kinds") section = Section::kinds;
      if (heading == "used on") section = Section::used_on;
      if (heading == "groups" || heading == "what" || heading == "who" || heading == "where" ||
          heading == "why" || heading == "means") {
        section = Section::groups;  // "groups" starts the next file's groups
        // Means are `what` groups (weighed and searched as such) of their own kind.
        means = heading == "means";
        role = heading == "groups" || means ? "what" : heading;
      }
      continue;
    }
    if (section == Section::kinds || section == Section::used_on) {
      (section == Section::kinds ? add_kind : add_used_on)(cleaned, number, resources);
      continue;
    }
    if (section == Section::compounds) {
      const auto equals = cleaned.find('=');
      if (equals == std::string::npos) {
        throw InputError(line_error(number, "expected `compound = part + part`"));
      }
      const std::string compound = to_lower(trim(cleaned.substr(0, equals)));
      const auto parts = split_terms(cleaned.substr(equals + 1), "+");
      if (compound.empty() || parts.size() < 2) {
        throw InputError(line_error(number, "a compound needs two or more parts"));
      }
      resources.compounds[compound] = parts;
      continue;
    }
    auto terms = split_terms(cleaned, "|");
    if (terms.empty()) continue;
    const std::size_t concept_index = resources.concepts.size();
    for (std::size_t term = 0; term < terms.size(); ++term) {
      auto languages = take_language_scope(terms[term], number);
      if (languages.empty()) continue;
      // The label names the aspect in every language; as a term it may be read in a few
      // only (Danish "ble", a diaper, is Norwegian for "was").
      resources.term_languages[{concept_index, term}] = std::move(languages);
    }
    resources.concepts.push_back(std::move(terms));
    resources.concept_roles.push_back(role);
    resources.concept_means.push_back(means);
  }
  if (!resources.thesaurus_text.empty()) resources.thesaurus_text += "\n# groups\n";
  resources.thesaurus_text += text;
}

std::set<std::string> parse_stopwords(const std::string& text) {
  std::set<std::string> words;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const auto hash = line.find('#');
    const std::string word = to_lower(trim(line.substr(0, hash)));
    if (!word.empty()) words.insert(word);
  }
  return words;
}

LanguageResources load_language_resources(const std::vector<std::string>& thesaurus_paths,
                                          const std::string& stopwords_dir) {
  LanguageResources resources;
  for (const auto& path : thesaurus_paths) {
    // The read names the file itself; a parse error ("line 3: ...") is given its path here.
    const std::string text = read_whole_file(path, "thesaurus file");
    try {
      parse_thesaurus(text, resources);
    } catch (const InputError& error) {
      throw InputError(path + ": " + error.what());
    }
  }
  if (stopwords_dir.empty()) return resources;
  namespace fs = std::filesystem;
  if (!fs::is_directory(stopwords_dir)) throw InputError("stopwords directory " + stopwords_dir + " does not exist");
  for (const auto& entry : fs::directory_iterator(stopwords_dir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string lang = entry.path().stem().string();
    const std::string text = read_whole_file(entry.path().string(), "stop-word file");
    resources.stopwords[lang] = parse_stopwords(text);
    resources.stopword_texts[lang] = text;
  }
  return resources;
}

void store_language_resources(IndexWriter& writer, const LanguageResources& resources) {
  if (!resources.thesaurus_text.empty()) writer.set_metadata(schema::kThesaurusKey, resources.thesaurus_text);
  for (const auto& [lang, text] : resources.stopword_texts) {
    writer.set_metadata(schema::kStopwordsKeyPrefix + lang, text);
  }
}

LanguageResources read_language_resources(const Xapian::Database& db) {
  LanguageResources resources;
  const std::string thesaurus = db.get_metadata(schema::kThesaurusKey);
  if (!thesaurus.empty()) parse_thesaurus(thesaurus, resources);
  const std::string prefix = schema::kStopwordsKeyPrefix;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string text = db.get_metadata(*it);
    const std::string lang = (*it).substr(prefix.size());
    resources.stopwords[lang] = parse_stopwords(text);
    resources.stopword_texts[lang] = text;
  }
  return resources;
}

}  // namespace radar
