// `radar-index ingest`: JSON Lines records into the index, idempotent by id.
// Bad lines are reported as FILE:LINE: what is wrong; the valid lines of the
// whole run are committed together as one revision.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "radar/index.h"

namespace radar {

// Shard i of n: keep only records whose id hashes (stably) to i.
struct Shard {
  unsigned index = 0;
  unsigned count = 1;
};

// Parses "I/N" (0-based, I < N). Throws UsageError naming the bad value.
Shard parse_shard(const std::string& text);

// A stable 64-bit FNV-1a hash; the same on every machine and build.
std::uint64_t stable_hash(std::string_view text);
bool in_shard(std::string_view key, const std::optional<Shard>& shard);

struct IngestReport {
  std::size_t added = 0;     // new ids
  std::size_t replaced = 0;  // ids already in the index
  std::size_t skipped = 0;   // other shards
  std::vector<std::string> errors;  // "FILE:LINE: what is wrong", in file and line order
  std::vector<std::string> changed_ids;
  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// One input of an ingest: a file, opened when its turn comes, or a stream the caller
// owns and keeps alive until the ingest returns.
struct IngestInput {
  std::string name;  // in messages, FILE:LINE
  std::string path;  // read when `stream` is null
  std::istream* stream = nullptr;
};

struct IngestOptions {
  // Read, parse and build the documents on a second thread while this one writes them.
  // The index is the same either way (tests/indexer/test_ingest_pipeline.cpp).
  bool prepare_on_second_thread = true;
  std::size_t queue_capacity = 64;  // prepared lines waiting for the writer
};

// Ingests the files ("-" is standard input) and commits once. Throws InputError
// for a file that cannot be read or a read that fails, IndexError when a record cannot
// be indexed or the commit fails; nothing is committed then.
IngestReport ingest_files(IndexWriter& writer, const std::vector<std::string>& paths,
                          const std::optional<Shard>& shard = std::nullopt, const IngestOptions& options = {});
IngestReport ingest_inputs(IndexWriter& writer, const std::vector<IngestInput>& inputs,
                           const std::optional<Shard>& shard = std::nullopt, const IngestOptions& options = {});

// Ingests records from a stream named `name` in messages, without committing.
void ingest_stream(IndexWriter& writer, std::istream& input, const std::string& name,
                   const std::optional<Shard>& shard, IngestReport& report);

}  // namespace radar
