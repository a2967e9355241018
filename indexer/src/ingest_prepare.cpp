#include "ingest_prepare.h"

#include <fstream>
#include <iostream>
#include <utility>

#include "radar/error.h"
#include "radar/text.h"

namespace radar::ingest {
namespace {

// The producer's way out when the consumer has closed the queue (the writer failed).
struct Stopped {};

}  // namespace

void read_input(const IngestInput& input, const std::function<void(std::istream&)>& read) {
  if (input.stream != nullptr) return read(*input.stream);
  std::ifstream file(input.path, std::ios::binary);
  if (!file) throw InputError("cannot read " + input.path + ": no such file or not readable");
  read(file);
}

void LinePreparer::read(std::istream& input, const std::string& name,
                        const std::function<void(PreparedLine&&)>& take) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(input, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    take(prepare(line, name + ":" + std::to_string(number)));
  }
  // getline() stops at a read error as at the end; ingesting the lines before it as if
  // they were the whole file would commit a silently truncated input.
  if (input.bad()) {
    throw InputError(name + ":" + std::to_string(number + 1) +
                     ": cannot read this line (an I/O error); the input ends here unread");
  }
}

PreparedLine LinePreparer::prepare(const std::string& line, std::string location) {
  PreparedLine prepared;
  prepared.location = std::move(location);
  try {
    prepared.record = parse_record_line(line);
  } catch (const InputError& error) {
    prepared.rejection = error.what();
    return prepared;
  }
  const Record& record = *prepared.record;
  if (record.type == RecordType::organisation) organisations_[record.id] = schema::owner_info_from(record.data);
  if (const auto owner = organisations_.find(record.text("organisation")); owner != organisations_.end()) {
    prepared.run_owner = owner->second;
  }
  if (in_shard(record.id, shard_)) build_document(prepared);
  return prepared;
}

// A validated record always makes a document; what fails here is the machine (memory)
// or a bug, and the message says which record it was.
void LinePreparer::build_document(PreparedLine& prepared) {
  const auto failed = [&](const std::string& what) {
    return IndexError(prepared.location + ": cannot make the record into a document: " + what);
  };
  try {
    const schema::OwnerInfo* owner = prepared.run_owner ? &*prepared.run_owner : nullptr;
    prepared.document = schema::make_document(*prepared.record, owner);
    if (tagger_ != nullptr) prepared.concepts = tagger_->prepare(*prepared.document);
  } catch (const Xapian::Error& error) {
    throw failed(error.get_description());
  } catch (const std::exception& error) {
    throw failed(error.what());
  }
}

PreparingThread::PreparingThread(std::vector<IngestInput> inputs, std::shared_ptr<const ConceptTagger> tagger,
                                 const std::optional<Shard>& shard, std::size_t capacity)
    : inputs_(std::move(inputs)),
      tagger_(std::move(tagger)),
      preparer_(tagger_.get(), shard),
      queue_(capacity),
      thread_([this] { run(); }) {}

PreparingThread::~PreparingThread() {
  queue_.close();
  if (thread_.joinable()) thread_.join();
}

Organisations PreparingThread::take_organisations() {
  thread_.join();  // it has finished: next() returned its last line
  thread_ = std::thread();
  return preparer_.take_organisations();
}

void PreparingThread::run() {
  std::exception_ptr failure;
  try {
    const auto take = [&](PreparedLine&& line) {
      if (!queue_.push(std::move(line))) throw Stopped{};
    };
    for (const auto& input : inputs_) {
      read_input(input, [&](std::istream& stream) { preparer_.read(stream, input.name, take); });
    }
  } catch (const Stopped&) {
    return;  // nobody is waiting for the rest
  } catch (...) {
    failure = std::current_exception();
  }
  queue_.finish(failure);
}

}  // namespace radar::ingest
