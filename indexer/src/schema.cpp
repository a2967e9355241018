#include "radar/schema.h"

#include "radar/idioms.h"
#include "radar/language.h"
#include "radar/text.h"

namespace radar::schema {
namespace {

constexpr std::size_t kMaxTermBytes = 240;

void add_boolean(Xapian::Document& doc, std::string_view prefix, std::string_view value) {
  const std::string cleaned = trim(value);
  if (!cleaned.empty()) doc.add_boolean_term(term(prefix, to_lower(cleaned)));
}

// Without positions: nothing reads them (no phrase or proximity query anywhere; the
// matcher's loose thesaurus phrases are found in the need's text, not in documents),
// and writing them was the largest single cost of an ingest (bench/profiles.md). The
// within-document frequencies and document lengths, which BM25 reads, are the same.
// Idioms' words that name no concept ("fald" in "i hvert fald") are left out, as the
// matcher's analysis passes over them in a need (radar/idioms.h).
void index_field(Xapian::TermGenerator& generator, const std::string& text, Xapian::termcount weight,
                 const char* prefix = "") {
  if (text.empty()) return;
  generator.index_text_without_positions(without_idiom_words(text), weight, prefix);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += item + ". ";
  return out;
}

void index_text_fields(const Record& record, const OwnerInfo* owner, Xapian::Document& doc) {
  Xapian::TermGenerator generator;
  generator.set_stemmer(stemmer_for(record.text("lang")));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator.set_document(doc);
  const std::string name = record.type == RecordType::need || record.type == RecordType::page
                               ? record.text("title") : record.text("name");
  // Only the market's records feed the name and area fields: they are the vocabulary
  // of what products and suppliers are, which the matcher uses to weigh a need's words.
  const bool market = record.type == RecordType::organisation || record.type == RecordType::solution;
  index_field(generator, name, 3);
  if (market) index_field(generator, name, 1, kNamePrefix);
  std::vector<std::string> areas = record.list("areas");
  if (!record.text("area").empty()) areas.push_back(record.text("area"));
  index_field(generator, joined(areas), 2);
  if (market) index_field(generator, joined(areas), 1, kAreaTextPrefix);
  index_field(generator, record.text("headings"), 2);
  index_field(generator, record.text("description"), 1);
  index_field(generator, record.text("text"), 1);
  index_field(generator, joined(record.list("integrations")), 1);
  index_field(generator, joined(record.list("references")), 1);
  index_field(generator, joined(record.list("certifications")), 1);
  index_field(generator, record.text("procurement"), 1);
  if (owner != nullptr) index_field(generator, owner->name, 1);
}

void add_filter_terms(const Record& record, const OwnerInfo* owner, Xapian::Document& doc) {
  doc.add_boolean_term(id_term(record.id));
  doc.add_boolean_term(type_term(record.type));
  add_boolean(doc, kLangPrefix, record.text("lang"));
  for (const auto& area : record.list("areas")) add_boolean(doc, kAreaPrefix, area);
  add_boolean(doc, kAreaPrefix, record.text("area"));
  add_boolean(doc, kMaturityPrefix, record.text("maturity"));
  add_boolean(doc, kSourcePrefix, record.text("source_id"));
  add_boolean(doc, kMunicipalityPrefix, record.text("municipality"));
  if (record.type == RecordType::organisation) {
    add_boolean(doc, kOrgTypePrefix, record.text("org_type"));
    add_boolean(doc, kRegionPrefix, record.text("region"));
    add_boolean(doc, kCountryPrefix, record.text("country"));
  }
  if (owner != nullptr) {
    add_boolean(doc, kOrgTypePrefix, owner->org_type);
    add_boolean(doc, kRegionPrefix, owner->region);
    add_boolean(doc, kCountryPrefix, owner->country);
  }
  add_boolean(doc, kOrganisationPrefix, record.text("organisation"));
  if (record.data.value("watch", false)) doc.add_boolean_term(kWatchTerm);
}

void add_values(const Record& record, Xapian::Document& doc) {
  std::string date = record.text("updated");
  if (date.empty()) date = record.text("created");
  if (!date.empty()) doc.add_value(kUpdatedSlot, date);
  const std::string owner_id = record.type == RecordType::organisation ? record.id : record.text("organisation");
  if (!owner_id.empty()) doc.add_value(kOrgSlot, owner_id);
  const int rank = maturity_rank(record.text("maturity"));
  if (rank >= 0) doc.add_value(kMaturitySlot, Xapian::sortable_serialise(rank));
  doc.add_value(kTypeSlot, std::string(to_string(record.type)));
}

}  // namespace

std::string term(std::string_view prefix, std::string_view value) {
  std::string out(prefix);
  out += value;
  return truncate_utf8(out, kMaxTermBytes);
}

std::string id_term(std::string_view id) { return term(kIdPrefix, id); }

std::string type_term(RecordType type) { return term(kTypePrefix, to_string(type)); }

bool is_free_text_term(std::string_view term) {
  if (term.empty()) return false;
  const auto is_prefix_letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (term[0] == 'Z') return term.size() > 1 && !is_prefix_letter(term[1]);
  return !is_prefix_letter(term[0]);
}

Xapian::Stem stemmer_for(std::string_view lang) {
  const std::string code = normalise_language(lang);
  if (code == "da") return Xapian::Stem("danish");
  if (code == "sv") return Xapian::Stem("swedish");
  if (code == "nb") return Xapian::Stem("norwegian");
  if (code == "en") return Xapian::Stem("english");
  if (code == "de") return Xapian::Stem("german");
  return Xapian::Stem("none");
}

int maturity_rank(std::string_view maturity) {
  if (maturity == "idea") return 0;
  if (maturity == "prototype") return 1;
  if (maturity == "pilot") return 2;
  if (maturity == "market") return 3;
  return -1;
}

OwnerInfo owner_info_from(const nlohmann::json& organisation) {
  OwnerInfo info;
  info.name = organisation.value("name", "");
  info.org_type = organisation.value("org_type", "");
  info.region = organisation.value("region", "");
  info.country = organisation.value("country", "DK");
  return info;
}

Xapian::Document make_document(const Record& record, const OwnerInfo* owner) {
  Xapian::Document doc;
  index_text_fields(record, owner, doc);
  add_filter_terms(record, owner, doc);
  add_values(record, doc);
  doc.set_data(record.data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return doc;
}

}  // namespace radar::schema
