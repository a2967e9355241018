// Opening, writing and reading the Markedsradar index. Writers commit whole
// batches, so a reader sees the previous revision or the new one, never half.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "radar/records.h"
#include "radar/schema.h"

namespace radar {

// Opens one or more databases as one for reading. Each spec is a directory, a Xapian
// stub file, or tcp://HOST:PORT for a database served by xapian-tcpsrv.
// Throws IndexError naming the spec when one cannot be opened.
// When `shards` is given, it receives one handle per spec; they share their
// internals with the combined handle, so reopening that one refreshes them too.
Xapian::Database open_index(const std::vector<std::string>& specs, std::vector<Xapian::Database>* shards = nullptr);

// The revision of an index: the shard's revision for one shard, the sum over several
// (it grows with every commit to any shard, and with every compaction: a compacted copy
// starts Xapian's count again, so the index stores the difference as radar:revision-base).
unsigned long index_revision(const std::vector<Xapian::Database>& shards);
unsigned long shard_revision(const Xapian::Database& shard);

// Which files each local spec names (device and inode of the directory, or of the stub
// file and the directories it lists; none for a remote spec), taken before the specs are
// opened. When it changes, a spec was swapped for another (radar-index compact swaps in
// a compacted copy), and a reader must open the specs again: Xapian's reopen() compares
// revision numbers only, and stays on the old files when the copy's number is the same.
using IndexIdentity = std::vector<std::pair<std::uint64_t, std::uint64_t>>;
IndexIdentity index_identity(const std::vector<std::string>& specs);

// Brings a reader of `specs` to the latest revision: reopens `db`, or, when the specs
// name other files than `identity` records, opens them again into `db` (and `shards`)
// and records their identity. Returns whether `db` reads anything new.
bool refresh_index(const std::vector<std::string>& specs, IndexIdentity& identity, Xapian::Database& db,
                   std::vector<Xapian::Database>* shards = nullptr);

// What radar-index compact did.
struct CompactReport {
  Xapian::doccount documents = 0;
  unsigned long revision = 0;  // of the compacted index (one past the revision compacted)
  std::uint64_t bytes_before = 0;
  std::uint64_t bytes_after = 0;
};

// Rewrites the index directory `path` compacted (Xapian's compaction, FULLER, document
// ids kept) and swaps the copy in with one atomic rename, holding the write lock
// throughout, so no writer's commit can be lost and a reader sees the old index or the
// new one. A run killed part-way leaves the index as it was. Throws LockHeldError when
// a writer holds the index, UsageError when `path` is not a local index directory,
// IndexError when the copy cannot be made or swapped in.
CompactReport compact_index(const std::string& path);

// Runs `read` against `db`, reopening once and retrying when a writer's commit
// invalidated the revision being read (Xapian::DatabaseModifiedError).
template <typename Read>
auto with_reopen(Xapian::Database& db, Read&& read) {
  try {
    return read(db);
  } catch (const Xapian::DatabaseModifiedError&) {
    db.reopen();
    return read(db);
  }
}

// The single writer of an index directory. Holds Xapian's write lock for its
// lifetime; a second writer gets LockHeldError. Note that Xapian commits pending
// changes when the writer is destroyed; code that must not leave a partial batch
// uses database().begin_transaction() / cancel_transaction().
class ConceptTagger;
class PendingConcepts;

class IndexWriter {
 public:
  // Opens or creates the index at `path`. Throws LockHeldError if another writer has it,
  // IndexError if it cannot be opened or created.
  explicit IndexWriter(const std::string& path);

  // Adds or replaces the record with the same id (not visible until commit()).
  // `owner` overrides the lookup of the record's organisation in the index.
  void put(const Record& record, const schema::OwnerInfo* owner = nullptr);
  // Removes the document with this id; returns whether one existed.
  bool remove(const std::string& id);
  [[nodiscard]] bool contains(const std::string& id) const;
  // The stored record with this id.
  [[nodiscard]] std::optional<nlohmann::json> get(const std::string& id) const;
  void set_metadata(const std::string& key, const std::string& value);
  [[nodiscard]] std::string get_metadata(const std::string& key) const;
  // The index's revision (radar-index stats), the last committed one.
  [[nodiscard]] unsigned long revision() const;
  // Commits everything since the last commit as one revision: settles the concept terms
  // (settle_concepts), stamps the revision's time and number (radar:updated,
  // radar:revision, which a remote shard reports as its revision) and commits.
  void commit();
  // The same for a run that began database().begin_transaction(): every writer that
  // commits a transaction ends with this, not with the database's own commit.
  void commit_transaction();

  // Write a document after adding its concept terms (radar/concepts.h): as a new
  // document, or in place of the one with `id_term`. Use these for documents made by
  // schema::make_document, so every document carries the index's concept terms.
  void add_new(Xapian::Document doc);
  void replace(const std::string& id_term, Xapian::Document doc);
  // The same for a document whose concepts were prepared on another thread (by the
  // tagger of tagger_for_another_thread()): they are finished against this index now,
  // so the document gets the terms add_new/replace would have given it here.
  void add_new(Xapian::Document doc, const PendingConcepts& concepts);
  void replace(const std::string& id_term, Xapian::Document doc, const PendingConcepts& concepts);
  // The writer's tagger of the stored resources, for this thread only; null without a thesaurus.
  const ConceptTagger* tagger();
  // A tagger of the stored resources for a thread that prepares documents while this one
  // writes (a ConceptTagger must not be shared between threads); null without a thesaurus.
  std::shared_ptr<const ConceptTagger> tagger_for_another_thread();
  // Writes back a document read from the index (its terms, concept terms included, as
  // they are; values or data changed).
  void rewrite(Xapian::docid id, const Xapian::Document& stored);
  // Rewrites the concept terms of every document for the stored language resources and
  // records their signature (radar:concepts); returns the number of documents changed.
  // Call after storing new resources; committed with the next commit().
  std::size_t retag_concepts();
  // Brings the concept terms of the documents written since the last call up to date with
  // the words written after them, so that they do not depend on the order of the writes
  // (a compound's rest counts when the index holds it as a word; radar/concepts.h): a
  // document that looked up a word no document held yet is tagged again if one does
  // now. Call once all of a run's documents are written, before its commit; returns the
  // number of documents changed. commit() and commit_transaction() call it; without it,
  // ingesting the same records twice could change the second time what the first wrote.
  std::size_t settle_concepts();
  // How many (word, document) pairs settle_concepts() may remember before it falls back
  // to tagging every document again (kMaxAbsentRests unless changed; for tests).
  void limit_absent_rests(std::size_t entries) { absent_rest_limit_ = entries; }
  // The writes above merge Xapian's buffered value-slot changes into the tables (still
  // uncommitted) every kValueMergeEvery documents. Glass flushes postings every
  // XAPIAN_FLUSH_THRESHOLD documents but values only at a commit, so in one ingest (one
  // transaction) its in-memory maps of values grew with every document: 431 MB peak at
  // 1,000,000 records.
  static constexpr unsigned kValueMergeEvery = 1000;

  Xapian::WritableDatabase& database() { return db_; }
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::optional<schema::OwnerInfo> owner_of(const Record& record) const;

  // The concept terms of the stored thesaurus that `doc` holds, as far as the document
  // decides them (none without a thesaurus); add_concepts() finishes them against this index.
  PendingConcepts prepared_concepts(const Xapian::Document& doc);
  void add_concepts(Xapian::Document& doc, const PendingConcepts& concepts, std::vector<std::string>& absent);
  // Remembers the words `id`'s compound rests found missing, for settle_concepts().
  void note_absent_rests(Xapian::docid id, const std::vector<std::string>& absent);
  // Tags the stored document `id` again with `concepts` (null: no concept terms);
  // returns whether its concept terms changed.
  bool retag(Xapian::docid id, const ConceptTagger* concepts);
  [[nodiscard]] std::vector<Xapian::docid> all_document_ids() const;
  // Before each write: the value merge every kValueMergeEvery documents.
  void before_document();
  // Before each commit: the concept terms settled, the revision's time and number recorded.
  void prepare_commit();

  std::string path_;
  Xapian::WritableDatabase db_;
  std::shared_ptr<const ConceptTagger> tagger_;  // from the stored resources, read on first use
  bool tagger_read_ = false;
  unsigned written_ = 0;
  // Since the last settle_concepts(): each missing word a compound's rest looked up, with
  // the documents that looked it up. Past kMaxAbsentRests entries settle_concepts()
  // tags every document again instead, so memory stays bounded in a run of any size.
  std::unordered_map<std::string, std::vector<Xapian::docid>> absent_rests_;
  std::size_t absent_rest_entries_ = 0;
  bool absent_rests_overflowed_ = false;
  static constexpr std::size_t kMaxAbsentRests = 4000000;  // some 40 MB; 2.5 a document on the bench records
  std::size_t absent_rest_limit_ = kMaxAbsentRests;
};

// Work to do after a command has committed a new revision, with the writer still
// held (recording new matches of watched needs). The executable sets it once; the
// indexer library does not depend on the matcher.
using CommitHook = std::function<void(IndexWriter&)>;
void set_commit_hook(CommitHook hook);
// Runs the hook if one is set. Errors from it are reported on `log` and do not
// undo the revision already committed.
void run_commit_hook(IndexWriter& writer, std::ostream& log);

// The stored record with this id, or nullopt, at the latest revision (reopens `db`
// when a writer's commits overtook it).
std::optional<nlohmann::json> find_record(Xapian::Database& db, const std::string& id);
// The same at the revision `db` holds: a writer's commits that overtook it throw
// Xapian::DatabaseModifiedError, for a caller whose other reads of that revision
// must be redone with it (the matcher's).
std::optional<nlohmann::json> read_record(const Xapian::Database& db, const std::string& id);

// `radar-index stats` JSON (CONTRACT section 1) for the index opened from `specs`.
nlohmann::json index_stats(const std::vector<std::string>& specs);

// `radar-index list`: one object per document ({"id","type","url","title","updated"}).
std::vector<nlohmann::json> list_documents(Xapian::Database& db, const std::string& type);

// `radar-index search`: plain BM25 full-text search with Xapian's QueryParser. The
// index has no positions, so a quoted phrase matches records with all of its words.
std::vector<nlohmann::json> search_documents(Xapian::Database& db, const std::string& query,
                                             const std::string& type, unsigned limit);

// The title of a stored record: its name, title or URL.
std::string record_title(const nlohmann::json& record);

// Parses a document's stored data; throws IndexError on corrupt data.
nlohmann::json document_record(const Xapian::Document& doc);

}  // namespace radar
