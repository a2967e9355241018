// The part of an ingest that needs no index: reading the lines, parsing and validating
// the records, building their documents (schema::make_document, TermGenerator) and
// their concept terms as far as the document decides them (ConceptTagger::prepare).
// In `radar-index ingest` it runs on a second thread while the calling thread writes,
// which is what is left: looking ids and organisations up, the compound checks that
// need the index's vocabulary (PendingConcepts::terms), and Xapian's writes.
//
// Guarantees of PreparingThread: lines arrive in input order, each exactly once; at
// most `capacity` prepared lines wait, so memory does not grow with the input; what
// stops the thread (an unreadable file, a read error, a record that cannot be indexed)
// is rethrown by next() after the lines before it, so the caller cancels its
// transaction as the serial ingest would have; its destructor stops and joins the
// thread whatever state it is in (a writer that failed need not drain it).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "radar/concepts.h"
#include "radar/ingest.h"
#include "radar/records.h"
#include "radar/schema.h"

namespace radar::ingest {

// One non-blank input line as the writer needs it.
struct PreparedLine {
  std::string location;           // FILE:LINE
  std::optional<Record> record;   // absent when the line was rejected
  std::string rejection;          // why (InputError's message)
  // The record's organisation as an earlier line of this run described it; the document
  // was built with these facts (or none, when absent). The writer uses the document only
  // when these are the facts it finds itself.
  std::optional<schema::OwnerInfo> run_owner;
  std::optional<Xapian::Document> document;  // absent for a record of another shard
  PendingConcepts concepts;
};

using Organisations = std::map<std::string, schema::OwnerInfo>;

// Prepares the lines of one ingest run, in order; keeps the run's organisations, which
// later records inherit facts from.
class LinePreparer {
 public:
  // `tagger` may be null (an index without a thesaurus); it must be used by this
  // preparer's thread only.
  LinePreparer(const ConceptTagger* tagger, const std::optional<Shard>& shard) : tagger_(tagger), shard_(shard) {}

  // Hands each non-blank line of `input` to `take`. Throws InputError when the stream
  // fails mid-way (naming the line it could not read), IndexError naming the line of a
  // valid record that could not be made into a document.
  void read(std::istream& input, const std::string& name, const std::function<void(PreparedLine&&)>& take);
  // The organisations of every line read so far (for the solutions resolved at the end).
  Organisations take_organisations() { return std::move(organisations_); }

 private:
  PreparedLine prepare(const std::string& line, std::string location);
  void build_document(PreparedLine& prepared);

  const ConceptTagger* tagger_;
  std::optional<Shard> shard_;
  Organisations organisations_;
};

// A queue between one producer and one consumer that holds at most `capacity` items.
template <typename Item>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity < 1 ? 1 : capacity) {}

  // Producer: waits while the queue is full; false once the consumer has closed it.
  bool push(Item item) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    lock.unlock();
    changed_.notify_all();
    return true;
  }
  // Producer: no more items; `failure`, if any, is rethrown by pop() after them.
  void finish(std::exception_ptr failure = nullptr) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      finished_ = true;
      failure_ = std::move(failure);
    }
    changed_.notify_all();
  }
  // Consumer: the next item, waiting for it; nullopt after the last one.
  std::optional<Item> pop() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return finished_ || !items_.empty(); });
    if (items_.empty()) {
      if (failure_) std::rethrow_exception(failure_);
      return std::nullopt;
    }
    Item item = std::move(items_.front());
    items_.pop_front();
    lock.unlock();
    changed_.notify_all();
    return item;
  }
  // Consumer: takes nothing more; the producer's next push() returns false.
  void close() {
    std::deque<Item> dropped;  // destroyed outside the lock
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
      dropped.swap(items_);
    }
    changed_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Item> items_;
  bool finished_ = false;
  bool closed_ = false;
  std::exception_ptr failure_;
};

// Reads and prepares the inputs on its own thread.
class PreparingThread {
 public:
  PreparingThread(std::vector<IngestInput> inputs, std::shared_ptr<const ConceptTagger> tagger,
                  const std::optional<Shard>& shard, std::size_t capacity);
  // Stops the thread (it ends at its next line) and joins it. Never throws.
  ~PreparingThread();
  PreparingThread(const PreparingThread&) = delete;
  PreparingThread& operator=(const PreparingThread&) = delete;

  // The next prepared line; nullopt after the last. Rethrows what stopped the thread.
  std::optional<PreparedLine> next() { return queue_.pop(); }
  // After next() returned nullopt: the organisations of the whole input.
  Organisations take_organisations();

 private:
  void run();

  std::vector<IngestInput> inputs_;
  std::shared_ptr<const ConceptTagger> tagger_;  // used by the thread only
  LinePreparer preparer_;
  BoundedQueue<PreparedLine> queue_;
  std::thread thread_;  // last: started once everything above is initialised
};

// Opens an input (InputError when a file cannot be read) and passes its stream to `read`.
void read_input(const IngestInput& input, const std::function<void(std::istream&)>& read);

}  // namespace radar::ingest
