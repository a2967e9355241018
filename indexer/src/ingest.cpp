#include "radar/ingest.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "ingest_prepare.h"
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

// The writer's side of one ingest run across its files: what needs the index (ids,
// organisations stored earlier, the vocabulary of the concept terms) and the writes,
// line by line in input order.
class IngestRun {
 public:
  IngestRun(IndexWriter& writer, const std::optional<Shard>& shard, IngestReport& report)
      : writer_(writer), shard_(shard), report_(report) {}

  void accept(ingest::PreparedLine&& line) {
    if (!line.record) {
      report_.errors.push_back(line.location + ": " + line.rejection);
      return;
    }
    const Record& record = *line.record;
    if (record.type == RecordType::solution && !line.run_owner && !writer_.contains(record.text("organisation"))) {
      pending_.push_back({std::move(*line.record), std::move(line.location)});
      return;
    }
    store(record, line.run_owner ? &*line.run_owner : nullptr, &line);
  }

  // Stores the solutions whose organisation came after them; `organisations` are those
  // of the whole run.
  void finish(const ingest::Organisations& organisations) {
    for (auto& pending : pending_) {
      const std::string owner = pending.record.text("organisation");
      const auto known = organisations.find(owner);
      if (known == organisations.end() && !writer_.contains(owner)) {
        report_.errors.push_back(pending.location + ": solution \"" + pending.record.id +
                                 "\" refers to unknown organisation \"" + owner + "\"");
        continue;
      }
      store(pending.record, known != organisations.end() ? &known->second : nullptr, nullptr);
    }
    pending_.clear();
  }

 private:
  // Writes `record` with its organisation's facts: `run_owner` from this run's lines, or
  // else the organisation stored in the index. `prepared` (may be null) holds the document
  // and concepts made with `run_owner`; they are used when no stored organisation
  // overrides it, else the document is made again here.
  void store(const Record& record, const schema::OwnerInfo* run_owner, ingest::PreparedLine* prepared) {
    if (!in_shard(record.id, shard_)) {
      ++report_.skipped;
      return;
    }
    const schema::OwnerInfo* facts = run_owner;
    std::optional<schema::OwnerInfo> stored;
    const std::string owner_id = record.text("organisation");
    if (facts == nullptr && !owner_id.empty()) {
      if (const auto found = writer_.get(owner_id)) facts = &stored.emplace(schema::owner_info_from(*found));
    }
    const bool is_new = !writer_.contains(record.id);
    // A new id: add_document is what replace_document does after looking the id up
    // again, which costs a posting-list cursor per record.
    if (prepared != nullptr && prepared->document && facts == run_owner) {
      if (is_new) {
        writer_.add_new(std::move(*prepared->document), prepared->concepts);
      } else {
        writer_.replace(schema::id_term(record.id), std::move(*prepared->document), prepared->concepts);
      }
    } else if (is_new) {
      writer_.add_new(schema::make_document(record, facts));
    } else {
      writer_.replace(schema::id_term(record.id), schema::make_document(record, facts));
    }
    ++(is_new ? report_.added : report_.replaced);
    report_.changed_ids.push_back(record.id);
  }

  IndexWriter& writer_;
  const std::optional<Shard>& shard_;
  IngestReport& report_;
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
  ingest::LinePreparer preparer(writer.tagger(), shard);
  preparer.read(input, name, [&](ingest::PreparedLine&& line) { run.accept(std::move(line)); });
  run.finish(preparer.take_organisations());
}

namespace {

void ingest_on_this_thread(IndexWriter& writer, const std::vector<IngestInput>& inputs, IngestRun& run,
                           const std::optional<Shard>& shard) {
  ingest::LinePreparer preparer(writer.tagger(), shard);
  for (const auto& input : inputs) {
    ingest::read_input(input, [&](std::istream& stream) {
      preparer.read(stream, input.name, [&](ingest::PreparedLine&& line) { run.accept(std::move(line)); });
    });
  }
  run.finish(preparer.take_organisations());
}

// The inputs are read and prepared on a second thread while this one writes; the writes
// happen in input order, as on one thread.
void ingest_on_two_threads(IndexWriter& writer, const std::vector<IngestInput>& inputs, IngestRun& run,
                           const std::optional<Shard>& shard, std::size_t capacity) {
  ingest::PreparingThread preparing(inputs, writer.tagger_for_another_thread(), shard, capacity);
  while (auto line = preparing.next()) run.accept(std::move(*line));
  run.finish(preparing.take_organisations());
}

}  // namespace

IngestReport ingest_files(IndexWriter& writer, const std::vector<std::string>& paths,
                          const std::optional<Shard>& shard, const IngestOptions& options) {
  std::vector<IngestInput> inputs;
  for (const auto& path : paths) {
    if (path == "-") {
      inputs.push_back({"<stdin>", "", &std::cin});
    } else {
      inputs.push_back({path, path, nullptr});
    }
  }
  return ingest_inputs(writer, inputs, shard, options);
}

IngestReport ingest_inputs(IndexWriter& writer, const std::vector<IngestInput>& inputs,
                           const std::optional<Shard>& shard, const IngestOptions& options) {
  IngestReport report;
  IngestRun run(writer, shard, report);
  writer.database().begin_transaction(true);
  try {
    if (options.prepare_on_second_thread) {
      ingest_on_two_threads(writer, inputs, run, shard, options.queue_capacity);
    } else {
      ingest_on_this_thread(writer, inputs, run, shard);
    }
    writer.commit_transaction();
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
  std::vector<std::string> names;
  names.reserve(inputs.size());
  for (const auto& input : inputs) names.push_back(input.name);
  sort_errors(report.errors, names);
  return report;
}

}  // namespace radar
