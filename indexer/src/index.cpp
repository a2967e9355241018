#include "radar/index.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <utility>

#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/language_resources.h"
#include "radar/text.h"

namespace radar {
namespace {

constexpr const char* kTcpScheme = "tcp://";

Xapian::Database open_one(const std::string& spec) {
  if (spec.rfind(kTcpScheme, 0) == 0) {
    const std::string address = spec.substr(std::string(kTcpScheme).size());
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) throw UsageError("--db " + spec + ": expected tcp://HOST:PORT");
    const std::string host = address.substr(0, colon);
    const int port = std::atoi(address.substr(colon + 1).c_str());
    if (port <= 0 || port > 65535) throw UsageError("--db " + spec + ": bad port");
    return Xapian::Remote::open(host, static_cast<unsigned>(port), 10000, 10000);
  }
  struct stat info {};
  if (::stat(spec.c_str(), &info) != 0) {
    throw IndexError("no index at " + spec + ": run `radar-index ingest --db " + spec + " FILE` first");
  }
  return Xapian::Database(spec);
}

std::string type_of(const Xapian::Document& doc) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(schema::kTypePrefix);
  if (it != doc.termlist_end() && (*it).rfind(schema::kTypePrefix, 0) == 0) {
    return (*it).substr(std::string(schema::kTypePrefix).size());
  }
  return "";
}

nlohmann::json summary_of(const Xapian::Document& doc) {
  const nlohmann::json record = document_record(doc);
  std::string url = record.value("url", "");
  if (url.empty()) url = record.value("website", "");
  return {{"id", record.value("id", "")},
          {"type", record.value("type", type_of(doc))},
          {"url", url},
          {"title", record_title(record)},
          {"updated", doc.get_value(schema::kUpdatedSlot)}};
}

}  // namespace

Xapian::Database open_index(const std::vector<std::string>& specs, std::vector<Xapian::Database>* shards) {
  if (specs.empty()) throw UsageError("no --db given");
  Xapian::Database combined;
  for (const auto& spec : specs) {
    try {
      Xapian::Database shard = open_one(spec);
      combined.add_database(shard);
      if (shards != nullptr) shards->push_back(shard);
    } catch (const Xapian::Error& error) {
      throw IndexError("cannot open index " + spec + ": " + error.get_description());
    }
  }
  return combined;
}

IndexWriter::IndexWriter(const std::string& path) : path_(path) {
  try {
    db_ = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw LockHeldError("index " + path + " is being written by another process; try again when it has finished");
  } catch (const Xapian::Error& error) {
    throw IndexError("cannot open index " + path + " for writing: " + error.get_description());
  }
}

std::optional<schema::OwnerInfo> IndexWriter::owner_of(const Record& record) const {
  const std::string owner_id = record.text("organisation");
  if (owner_id.empty()) return std::nullopt;
  const auto owner = get(owner_id);
  if (!owner) return std::nullopt;
  return schema::owner_info_from(*owner);
}

void IndexWriter::put(const Record& record, const schema::OwnerInfo* owner) {
  std::optional<schema::OwnerInfo> stored;
  if (owner == nullptr) {
    stored = owner_of(record);
    if (stored) owner = &*stored;
  }
  replace(schema::id_term(record.id), schema::make_document(record, owner));
}

const ConceptTagger* IndexWriter::tagger() {
  if (!tagger_read_) {
    tagger_read_ = true;
    const LanguageResources resources = read_language_resources(db_);
    if (!resources.concepts.empty()) tagger_ = std::make_shared<const ConceptTagger>(resources);
  }
  return tagger_.get();
}

PendingConcepts IndexWriter::prepared_concepts(const Xapian::Document& doc) {
  const ConceptTagger* concepts = tagger();
  return concepts != nullptr ? concepts->prepare(doc) : PendingConcepts{};
}

void IndexWriter::add_concepts(Xapian::Document& doc, const PendingConcepts& concepts,
                               std::vector<std::string>& absent) {
  for (const auto& [term, wdf] : concepts.terms(&db_, &absent)) doc.add_term(term, wdf);
}

void IndexWriter::note_absent_rests(Xapian::docid id, const std::vector<std::string>& absent) {
  if (absent_rests_overflowed_) return;
  for (const auto& word : absent) {
    auto& ids = absent_rests_[word];
    if (ids.empty() || ids.back() != id) ids.push_back(id), ++absent_rest_entries_;
  }
  if (absent_rest_entries_ > absent_rest_limit_) {
    absent_rests_.clear();
    absent_rest_entries_ = 0;
    absent_rests_overflowed_ = true;
  }
}

std::shared_ptr<const ConceptTagger> IndexWriter::tagger_for_another_thread() {
  const ConceptTagger* own = tagger();
  if (own == nullptr) return nullptr;
  auto copy = std::make_shared<const ConceptTagger>(read_language_resources(db_));
  // The resources are read again, so make sure they are still the ones tagger() read.
  if (copy->signature() != own->signature()) {
    throw IndexError("the thesaurus or stopwords stored in " + path_ +
                     " changed while it was being written; run the ingest again");
  }
  return copy;
}

void IndexWriter::add_new(Xapian::Document doc) {
  const PendingConcepts concepts = prepared_concepts(doc);
  add_new(std::move(doc), concepts);
}

void IndexWriter::replace(const std::string& id_term, Xapian::Document doc) {
  const PendingConcepts concepts = prepared_concepts(doc);
  replace(id_term, std::move(doc), concepts);
}

void IndexWriter::add_new(Xapian::Document doc, const PendingConcepts& concepts) {
  std::vector<std::string> absent;
  add_concepts(doc, concepts, absent);
  before_document();
  const Xapian::docid id = db_.add_document(doc);
  note_absent_rests(id, absent);
}

void IndexWriter::replace(const std::string& id_term, Xapian::Document doc, const PendingConcepts& concepts) {
  std::vector<std::string> absent;
  add_concepts(doc, concepts, absent);
  before_document();
  const Xapian::docid id = db_.replace_document(id_term, doc);
  note_absent_rests(id, absent);
}

void IndexWriter::rewrite(Xapian::docid id, const Xapian::Document& stored) {
  before_document();
  db_.replace_document(id, stored);
}

namespace {

std::vector<std::pair<std::string, Xapian::termcount>> concept_terms_in(const Xapian::Document& doc) {
  std::vector<std::pair<std::string, Xapian::termcount>> terms;
  Xapian::TermIterator it = doc.termlist_begin();
  for (it.skip_to(kConceptPrefix); it != doc.termlist_end() && (*it).rfind(kConceptPrefix, 0) == 0; ++it) {
    terms.emplace_back(*it, it.get_wdf());
  }
  return terms;
}

}  // namespace

bool IndexWriter::retag(Xapian::docid id, const ConceptTagger* concepts) {
  Xapian::Document doc;
  try {
    doc = db_.get_document(id);
  } catch (const Xapian::DocNotFoundError&) {
    return false;  // removed since it was written
  }
  const auto old_terms = concept_terms_in(doc);
  const auto new_terms = concepts != nullptr ? concepts->concepts_of(doc, &db_)  // sorted, as old_terms
                                             : std::vector<std::pair<std::string, Xapian::termcount>>{};
  if (new_terms == old_terms) return false;
  for (const auto& [term, wdf] : old_terms) doc.remove_term(term);
  for (const auto& [term, wdf] : new_terms) doc.add_term(term, wdf);
  rewrite(id, doc);
  return true;
}

std::vector<Xapian::docid> IndexWriter::all_document_ids() const {
  std::vector<Xapian::docid> ids;  // read first: the callers replace documents
  for (auto id = db_.postlist_begin(""); id != db_.postlist_end(""); ++id) ids.push_back(*id);
  return ids;
}

std::size_t IndexWriter::retag_concepts() {
  tagger_read_ = false;
  tagger_.reset();
  const ConceptTagger* concepts = tagger();
  const std::string signature = concepts != nullptr ? concepts->signature() : "";
  // Writers tag with the stored resources, so an index marked with these resources'
  // signature already carries their concept terms everywhere.
  if (!signature.empty() && db_.get_metadata(kConceptsKey) == signature) return 0;
  std::size_t changed = 0;
  for (const Xapian::docid id : all_document_ids()) changed += retag(id, concepts) ? 1 : 0;
  db_.set_metadata(kConceptsKey, signature);
  return changed;
}

std::size_t IndexWriter::settle_concepts() {
  const auto absent = std::exchange(absent_rests_, {});
  const bool overflowed = std::exchange(absent_rests_overflowed_, false);
  absent_rest_entries_ = 0;
  const ConceptTagger* concepts = tagger();
  if (concepts == nullptr) return 0;  // nothing was tagged, so nothing was remembered
  std::vector<Xapian::docid> ids;
  if (overflowed) {
    ids = all_document_ids();
  } else {
    for (const auto& [word, documents] : absent) {
      if (db_.term_exists(word)) ids.insert(ids.end(), documents.begin(), documents.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  std::size_t changed = 0;
  for (const Xapian::docid id : ids) changed += retag(id, concepts) ? 1 : 0;
  return changed;
}

void IndexWriter::before_document() {
  if (++written_ % kValueMergeEvery != 0) return;
  // Opening a value stream makes glass merge its buffered value changes into the tables
  // without committing; that is the only public way to do it inside a transaction. Glass
  // does it only if documents were written since its last posting flush, which is why
  // this runs before a document, not after the one that may have triggered that flush.
  (void)db_.valuestream_begin(schema::kUpdatedSlot);
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = schema::id_term(id);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  return true;
}

bool IndexWriter::contains(const std::string& id) const { return db_.term_exists(schema::id_term(id)); }

std::optional<nlohmann::json> IndexWriter::get(const std::string& id) const {
  Xapian::Database reader = db_;
  return find_record(reader, id);
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) { db_.set_metadata(key, value); }

std::string IndexWriter::get_metadata(const std::string& key) const { return db_.get_metadata(key); }

unsigned long IndexWriter::revision() const { return shard_revision(db_); }

void IndexWriter::prepare_commit() {
  settle_concepts();
  db_.set_metadata(schema::kUpdatedKey, utc_now_iso8601());
  db_.set_metadata(schema::kRevisionKey, std::to_string(revision() + 1));
}

void IndexWriter::commit_transaction() {
  prepare_commit();
  db_.commit_transaction();
}

void IndexWriter::commit() {
  try {
    prepare_commit();
    db_.commit();
  } catch (const Xapian::Error& error) {
    throw IndexError("commit failed, the index keeps its previous revision: " + error.get_description());
  }
}

namespace {
CommitHook& commit_hook() {
  static CommitHook hook;
  return hook;
}
}  // namespace

void set_commit_hook(CommitHook hook) { commit_hook() = std::move(hook); }

void run_commit_hook(IndexWriter& writer, std::ostream& log) {
  if (!commit_hook()) return;
  try {
    commit_hook()(writer);
  } catch (const std::exception& error) {
    log << "warning: the revision is committed, but updating watched needs failed: " << error.what() << "\n";
  } catch (const Xapian::Error& error) {
    log << "warning: the revision is committed, but updating watched needs failed: " << error.get_description() << "\n";
  }
}

std::optional<nlohmann::json> read_record(const Xapian::Database& db, const std::string& id) {
  Xapian::PostingIterator it = db.postlist_begin(schema::id_term(id));
  if (it == db.postlist_end(schema::id_term(id))) return std::nullopt;
  return document_record(db.get_document(*it));
}

std::optional<nlohmann::json> find_record(Xapian::Database& db, const std::string& id) {
  return with_reopen(db, [&](Xapian::Database& reader) { return read_record(reader, id); });
}

nlohmann::json document_record(const Xapian::Document& doc) {
  try {
    return nlohmann::json::parse(doc.get_data());
  } catch (const nlohmann::json::exception&) {
    throw IndexError("document " + std::to_string(doc.get_docid()) + " has corrupt stored data; re-ingest it");
  }
}

std::string record_title(const nlohmann::json& record) {
  for (const char* key : {"name", "title", "url", "id"}) {
    if (record.contains(key) && record.at(key).is_string() && !record.at(key).get<std::string>().empty()) {
      return record.at(key).get<std::string>();
    }
  }
  return "";
}

unsigned long shard_revision(const Xapian::Database& shard) {
  try {
    const unsigned long xapian_revision = shard.get_revision();
    return xapian_revision + std::strtoul(shard.get_metadata(schema::kRevisionBaseKey).c_str(), nullptr, 10);
  } catch (const Xapian::UnimplementedError&) {  // the remote backend: the stamped number
    return std::strtoul(shard.get_metadata(schema::kRevisionKey).c_str(), nullptr, 10);
  }
}

unsigned long index_revision(const std::vector<Xapian::Database>& shards) {
  unsigned long total = 0;
  for (const auto& shard : shards) total += shard_revision(shard);
  return total;
}

namespace {

// Adds the device and inode of `path` (zeros when it is missing); returns whether it is a
// regular file (a stub file, for a spec).
bool add_file_identity(const std::string& path, IndexIdentity& identity) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    identity.emplace_back(0, 0);
    return false;
  }
  identity.emplace_back(info.st_dev, info.st_ino);
  return S_ISREG(info.st_mode);
}

// The local databases a Xapian stub file names ("auto PATH" or "glass PATH" lines; a
// relative path is relative to the stub's directory), which a compaction may swap.
std::vector<std::string> stub_databases(const std::string& stub) {
  std::vector<std::string> paths;
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string type, path;
    if (!(words >> type >> path) || (type != "auto" && type != "glass")) continue;
    if (path.front() != '/') path = (std::filesystem::path(stub).parent_path() / path).string();
    paths.push_back(path);
  }
  return paths;
}

}  // namespace

IndexIdentity index_identity(const std::vector<std::string>& specs) {
  IndexIdentity identity;
  for (const auto& spec : specs) {
    if (spec.rfind(kTcpScheme, 0) == 0) {
      identity.emplace_back(0, 0);
      continue;
    }
    // Readers call this before every request: one stat per spec, and a stub file read.
    if (add_file_identity(spec, identity)) {
      for (const auto& path : stub_databases(spec)) add_file_identity(path, identity);
    }
  }
  return identity;
}

bool refresh_index(const std::vector<std::string>& specs, IndexIdentity& identity, Xapian::Database& db,
                   std::vector<Xapian::Database>* shards) {
  IndexIdentity now = index_identity(specs);
  if (now == identity) return db.reopen();
  std::vector<Xapian::Database> opened;
  db = open_index(specs, &opened);
  if (shards != nullptr) *shards = std::move(opened);
  identity = std::move(now);
  return true;
}

nlohmann::json index_stats(const std::vector<std::string>& specs) {
  std::vector<Xapian::Database> shards;
  Xapian::Database db = open_index(specs, &shards);
  return with_reopen(db, [&](Xapian::Database& reader) {
    nlohmann::json counts = nlohmann::json::object();
    for (RecordType type : {RecordType::organisation, RecordType::solution, RecordType::need, RecordType::page}) {
      counts[std::string(to_string(type))] = reader.get_termfreq(schema::type_term(type));
    }
    nlohmann::json watched = nlohmann::json::array();
    for (auto it = reader.postlist_begin(schema::kWatchTerm); it != reader.postlist_end(schema::kWatchTerm); ++it) {
      const auto need = document_record(reader.get_document(*it));
      const std::string id = need.value("id", "");
      nlohmann::json entries = nlohmann::json::array();
      try {
        entries = nlohmann::json::parse(reader.get_metadata(schema::kWatchLogPrefix + id));
      } catch (const nlohmann::json::exception&) {
      }
      nlohmann::json latest = entries.empty() ? nlohmann::json(nullptr) : entries.front().value("time", nlohmann::json(nullptr));
      watched.push_back({{"need", id}, {"new_matches", entries.size()}, {"latest", latest}});
    }
    return nlohmann::json{{"documents", counts},
                          {"revision", index_revision(shards)},
                          {"updated", reader.get_metadata(schema::kUpdatedKey)},
                          {"watched", watched}};
  });
}

std::vector<nlohmann::json> list_documents(Xapian::Database& db, const std::string& type) {
  return with_reopen(db, [&](Xapian::Database& reader) {
    std::vector<nlohmann::json> rows;
    if (!type.empty()) {
      const std::string term = schema::type_term(parse_record_type(type));
      for (auto it = reader.postlist_begin(term); it != reader.postlist_end(term); ++it) {
        rows.push_back(summary_of(reader.get_document(*it)));
      }
      return rows;
    }
    for (auto it = reader.postlist_begin(""); it != reader.postlist_end(""); ++it) {
      rows.push_back(summary_of(reader.get_document(*it)));
    }
    return rows;
  });
}

std::vector<nlohmann::json> search_documents(Xapian::Database& db, const std::string& query_text,
                                             const std::string& type, unsigned limit) {
  return with_reopen(db, [&](Xapian::Database& reader) {
    Xapian::QueryParser parser;
    parser.set_database(reader);
    parser.set_stemmer(schema::stemmer_for("da"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_OR);
    Xapian::Query query = parser.parse_query(query_text, Xapian::QueryParser::FLAG_DEFAULT |
                                                             Xapian::QueryParser::FLAG_PURE_NOT);
    if (!type.empty()) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(schema::type_term(parse_record_type(type))));
    }
    Xapian::Enquire enquire(reader);
    enquire.set_query(query);
    std::vector<nlohmann::json> rows;
    const Xapian::MSet matches = enquire.get_mset(0, limit);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      nlohmann::json row = summary_of(it.get_document());
      row.erase("updated");
      row["score"] = it.get_weight();
      rows.push_back(row);
    }
    return rows;
  });
}

}  // namespace radar
