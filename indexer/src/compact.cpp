// radar-index compact: a compacted copy of the index, swapped in atomically.
#include <fcntl.h>  // AT_FDCWD
#include <stdio.h>  // renameat2, RENAME_EXCHANGE (glibc 2.28+)

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/index.h"

namespace radar {
namespace {

namespace fs = std::filesystem;

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::error_code ignored;
    if (entry.is_regular_file(ignored)) total += entry.file_size(ignored);
  }
  return total;
}

// Where the copy is written: beside the index, on the same file system, so that it can be
// swapped in by a rename. A copy left by a run that was killed is removed first.
fs::path copy_path_for(const fs::path& index) {
  fs::path copy = index;
  copy += ".compacting";
  std::error_code error;
  fs::remove_all(copy, error);
  if (error) throw IndexError("cannot remove " + copy.string() + ", left by an earlier compaction: " + error.message());
  return copy;
}

void require_index_directory(const std::string& path) {
  std::error_code error;
  if (!fs::is_directory(path, error) || !fs::exists(fs::path(path) / "iamglass", error)) {
    throw UsageError("compact needs the directory of a local index, and " + path +
                     " is not one (a stub file or remote shard is compacted where its directory is)");
  }
}

// The compacted copy carries on the revision count: Xapian starts it again at a copy's
// own revision, and readers (caches, feeds) must never see a revision go back. Returns
// the copy's revision, the one after `compacted_revision`.
unsigned long continue_revisions(const std::string& copy, unsigned long compacted_revision) {
  Xapian::WritableDatabase db(copy, Xapian::DB_OPEN);
  const unsigned long next = compacted_revision + 1;
  db.set_metadata(schema::kRevisionBaseKey, std::to_string(next - (db.get_revision() + 1)));
  db.set_metadata(schema::kRevisionKey, std::to_string(next));
  db.commit();
  return next;
}

void check_copy(const std::string& copy, const Xapian::Database& original) {
  const Xapian::Database compacted(copy);
  if (compacted.get_doccount() != original.get_doccount() || compacted.get_lastdocid() != original.get_lastdocid() ||
      compacted.get_metadata(kConceptsKey) != original.get_metadata(kConceptsKey)) {
    throw IndexError("the compacted copy " + copy + " does not hold what the index holds; the index is unchanged");
  }
}

void exchange(const fs::path& a, const fs::path& b) {
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0) {
    const int code = errno;
    throw IndexError("cannot swap the compacted copy " + a.string() + " for " + b.string() + " (" +
                     std::strerror(code) +
                     "); the index is unchanged. A file system without atomic exchange needs xapian-compact "
                     "while the server is stopped");
  }
}

// Writes the compacted copy of `original`, at `revision`, to `copy` and checks it; returns
// the copy's revision. Removes a failed copy.
unsigned long make_copy(Xapian::Database& original, const fs::path& copy, unsigned long revision) {
  try {
    original.compact(copy.string(), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULLER);
    check_copy(copy.string(), original);
    return continue_revisions(copy.string(), revision);
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(copy, ignored);
    throw;
  }
}

}  // namespace

CompactReport compact_index(const std::string& path) {
  require_index_directory(path);
  IndexWriter writer(path);  // the write lock: no commit may land between copy and swap
  // Absolute and without a trailing slash, so that the copy is a sibling ("db/" and "."
  // would put it inside the index or name no directory to swap).
  fs::path index = fs::absolute(path).lexically_normal();
  if (!index.has_filename()) index = index.parent_path();
  const fs::path copy = copy_path_for(index);
  CompactReport report;
  report.bytes_before = directory_bytes(index);
  try {
    Xapian::Database original(path);
    report.documents = original.get_doccount();
    report.revision = make_copy(original, copy, writer.revision());
  } catch (const Xapian::Error& error) {
    throw IndexError("cannot compact " + path + ": " + error.get_description() + "; the index is unchanged");
  }
  exchange(copy, index);
  writer.database().close();  // the old files, now at the copy's path
  report.bytes_after = directory_bytes(index);
  std::error_code ignored;
  fs::remove_all(copy, ignored);  // the old index; if this fails, the next run removes it
  return report;
}

}  // namespace radar
