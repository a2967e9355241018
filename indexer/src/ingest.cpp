#include "radar/ingest.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "radar/error.h"
#include "radar/text.h"

namespace radar {
namespace {

// A solution whose organisation was not known when its line was read; it is
// resolved at the end of the run, since organisations may come later.
struct PendingSolution {
  Record record;
  std::string location;
};

// State of one ingest run across its files.
class IngestRun {
 public:
  IngestRun(IndexWriter& writer, const std::optional<Shard>& shard, IngestReport& report)
      : writer_(writer), shard_(shard), report_(report) {}

  void read(std::istream& input, const std::string& name) {
    std::string line;
    std::size_t number = 0;
    while (std::getline(input, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty()) continue;
      const std::string location = name + ":" + std::to_string(number);
      try {
        accept(parse_record_line(line), location);
      } catch (const InputError& error) {
        report_.errors.push_back(location + ": " + error.what());
      }
    }
  }

  void finish() {
    for (auto& pending : pending_) {
      const std::string owner = pending.record.text("organisation");
      if (owners_.count(owner) == 0 && !writer_.contains(owner)) {
        report_.errors.push_back(pending.location + ": solution \"" + pending.record.id +
                                 "\" refers to unknown organisation \"" + owner + "\"");
        continue;
      }
      store(pending.record);
    }
    pending_.clear();
  }

 private:
  void accept(Record record, const std::string& location) {
    if (record.type == RecordType::organisation) owners_[record.id] = schema::owner_info_from(record.data);
    if (record.type == RecordType::solution) {
      const std::string owner = record.text("organisation");
      if (owners_.count(owner) == 0 && !writer_.contains(owner)) {
        pending_.push_back({std::move(record), location});
        return;
      }
    }
    store(record);
  }

  void store(const Record& record) {
    if (!in_shard(record.id, shard_)) {
      ++report_.skipped;
      return;
    }
    const auto owner = owners_.find(record.text("organisation"));
    if (writer_.contains(record.id)) {
      ++report_.replaced;
      writer_.put(record, owner != owners_.end() ? &owner->second : nullptr);
    } else {
      // A new id: add_document is what put()'s replace_document does after it has
      // looked the id up again, which costs a posting-list cursor per record.
      ++report_.added;
      std::optional<schema::OwnerInfo> stored;
      const schema::OwnerInfo* facts = owner != owners_.end() ? &owner->second : nullptr;
      const std::string owner_id = record.text("organisation");
      if (facts == nullptr && !owner_id.empty()) {  // the owner is in the index (as put() finds it)
        if (const auto found = writer_.get(owner_id)) facts = &stored.emplace(schema::owner_info_from(*found));
      }
      writer_.add_new(schema::make_document(record, facts));
    }
    report_.changed_ids.push_back(record.id);
  }

  IndexWriter& writer_;
  const std::optional<Shard>& shard_;
  IngestReport& report_;
  std::map<std::string, schema::OwnerInfo> owners_;
  std::vector<PendingSolution> pending_;
};

// Orders "FILE:LINE: ..." messages by file (in given order) and line number.
void sort_errors(std::vector<std::string>& errors, const std::vector<std::string>& names) {
  const auto key = [&](const std::string& message) {
    std::size_t file_index = names.size();
    std::size_t line = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (message.rfind(names[i] + ":", 0) == 0) {
        file_index = i;
        line = std::strtoul(message.c_str() + names[i].size() + 1, nullptr, 10);
      }
    }
    return std::make_pair(file_index, line);
  };
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
}

// Cancels the open transaction after a failed write; the cancel may fail the same way,
// and the caller reports the first error.
void cancel_quietly(IndexWriter& writer) {
  try {
    writer.database().cancel_transaction();
  } catch (const Xapian::Error&) {
  }
}

}  // namespace

Shard parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  try {
    if (slash == std::string::npos) throw std::invalid_argument("no slash");
    std::size_t used = 0;
    const unsigned long index = std::stoul(text.substr(0, slash), &used);
    const unsigned long count = std::stoul(text.substr(slash + 1));
    if (count == 0 || index >= count || count > 4096) throw std::out_of_range("range");
    return {static_cast<unsigned>(index), static_cast<unsigned>(count)};
  } catch (const std::logic_error&) {
    throw UsageError("--shard " + text + ": expected I/N with 0 <= I < N, e.g. 0/4");
  }
}

std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool in_shard(std::string_view key, const std::optional<Shard>& shard) {
  return !shard || stable_hash(key) % shard->count == shard->index;
}

void ingest_stream(IndexWriter& writer, std::istream& input, const std::string& name,
                   const std::optional<Shard>& shard, IngestReport& report) {
  IngestRun run(writer, shard, report);
  run.read(input, name);
  run.finish();
}

IngestReport ingest_files(IndexWriter& writer, const std::vector<std::string>& paths,
                          const std::optional<Shard>& shard) {
  IngestReport report;
  IngestRun run(writer, shard, report);
  std::vector<std::string> names;
  writer.database().begin_transaction(true);
  try {
    for (const auto& path : paths) {
      names.push_back(path == "-" ? "<stdin>" : path);
      if (path == "-") {
        run.read(std::cin, names.back());
        continue;
      }
      std::ifstream file(path, std::ios::binary);
      if (!file) throw InputError("cannot read " + path + ": no such file or not readable");
      run.read(file, path);
    }
    run.finish();
    writer.stamp();
    writer.database().commit_transaction();
  } catch (const Xapian::DatabaseError& error) {  // a full disk, a file-size limit, an I/O error
    cancel_quietly(writer);
    const char* cause = error.get_error_string();
    throw IndexError("cannot write the index " + writer.path() + ": " + error.get_msg() +
                     (cause != nullptr ? std::string(" (") + cause + ")" : std::string()) +
                     "; the previous revision is unchanged. Free disk space (or raise the file size limit) "
                     "and run the ingest again");
  } catch (...) {
    writer.database().cancel_transaction();
    throw;
  }
  sort_errors(report.errors, names);
  return report;
}

}  // namespace radar
