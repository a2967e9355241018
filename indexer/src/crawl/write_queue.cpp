#include "crawl/write_queue.h"

#include <algorithm>
#include <utility>

namespace radar::crawl {

WriteQueue::WriteQueue(IndexWriter& writer, std::size_t capacity)
    : writer_(writer), capacity_(std::max<std::size_t>(capacity, 1)), thread_([this] { run(); }) {}

WriteQueue::~WriteQueue() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    jobs_.clear();
  }
  changed_.notify_all();
  thread_.join();
}

void WriteQueue::push(Job job) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return failure_ || jobs_.size() < capacity_; });
  rethrow_failure();
  jobs_.push_back(std::move(job));
  lock.unlock();
  changed_.notify_all();
}

void WriteQueue::drain() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return failure_ || (jobs_.empty() && !running_job_); });
  rethrow_failure();
}

std::size_t WriteQueue::done() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return done_;
}

void WriteQueue::rethrow_failure() {
  if (failure_) std::rethrow_exception(failure_);
}

void WriteQueue::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
    if (stopping_) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    running_job_ = true;
    lock.unlock();
    changed_.notify_all();  // room for a waiting push()
    std::exception_ptr failure;
    try {
      job(writer_);
    } catch (...) {
      failure = std::current_exception();
    }
    job = nullptr;  // free what the job held before taking the lock again
    lock.lock();
    running_job_ = false;
    ++done_;
    if (failure) {
      // The first failure stops the writer: what follows may depend on the failed write.
      failure_ = failure;
      jobs_.clear();
      lock.unlock();
      changed_.notify_all();
      return;
    }
    if (jobs_.empty()) changed_.notify_all();  // a waiting drain()
  }
}

}  // namespace radar::crawl
