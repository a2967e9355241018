// The crawl's index writes on their own thread. Xapian's writer (adding a page's
// postings to its in-memory buffer) is most of a crawl's CPU time; on a second thread
// it overlaps with fetching and parsing. The queue is bounded, so a slow writer holds
// the fetch loop back instead of letting memory grow with the number of pages.
//
// Guarantees: jobs run one at a time, in the order they were pushed, and are the only
// users of the index while the queue runs (drain() first to read or write it from the
// calling thread). The first job that throws stops the writer: later jobs are dropped
// and the next push() or drain() rethrows its exception on the calling thread, so the
// caller cancels the transaction as if it had written the page itself.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "radar/index.h"

namespace radar::crawl {

class WriteQueue {
 public:
  using Job = std::function<void(IndexWriter&)>;

  // Starts the writer thread; at most `capacity` (>= 1) jobs wait at once.
  WriteQueue(IndexWriter& writer, std::size_t capacity);
  // Stops the writer thread after the job it is running; jobs still waiting are
  // dropped (the caller cancels the transaction they belonged to). Never throws.
  ~WriteQueue();
  WriteQueue(const WriteQueue&) = delete;
  WriteQueue& operator=(const WriteQueue&) = delete;

  // Queues `job`, waiting while the queue is full. Rethrows the exception of a job
  // that failed earlier.
  void push(Job job);
  // Waits until every job pushed so far has run; the index is then the caller's until
  // the next push(). Rethrows the exception of a job that failed.
  void drain();
  // Jobs run so far (for tests and progress).
  [[nodiscard]] std::size_t done() const;

 private:
  void run();
  void rethrow_failure();  // with mutex_ held

  IndexWriter& writer_;
  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;  // a job was queued or finished, or the queue stops
  std::deque<Job> jobs_;
  bool running_job_ = false;
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::size_t done_ = 0;
  std::thread thread_;  // last: started once everything above is initialised
};

}  // namespace radar::crawl
