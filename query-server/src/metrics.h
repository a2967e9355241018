// Request counters and latency histograms for GET /metrics, in the Prometheus
// text exposition format (version 0.0.4). Labels are route patterns and fixed
// method names, never raw paths, so the number of series stays bounded.
// Thread-safe.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace radar::server {

// Gauges read at scrape time.
struct MetricsGauges {
  unsigned long index_revision = 0;
  double index_updated_seconds = 0;  // Unix time of the last commit, 0 if unknown
  std::vector<std::pair<std::string, unsigned long>> documents_by_type;
  std::vector<std::pair<std::string, std::string>> sources_crawled;  // source id, ISO time
  unsigned worker_threads = 0;
  unsigned long index_handles = 0;
  std::size_t waiting_connections = 0;
  std::size_t open_connections = 0;
  std::size_t requests_in_flight = 0;
  unsigned match_slots = 0;
  std::size_t matches_running = 0;
  std::size_t matches_waiting = 0;
  unsigned long long rejected_connections = 0;
  unsigned long long index_reopens = 0;
  unsigned long long match_cache_hits = 0;    // matches answered from the cache
  unsigned long long match_cache_misses = 0;  // matches looked up and not found (computed)
  std::size_t match_cache_entries = 0;
  std::size_t match_cache_bytes = 0;          // estimated
  double start_time_seconds = 0;
};

class Metrics {
 public:
  static constexpr std::array<double, 13> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                   0.25,  0.5,    1,     2.5,  5,     10};

  // Counts one answered request. `method` outside the usual set is counted as "other".
  void observe(const std::string& route, const std::string& method, int status, double seconds);
  // The whole exposition: the request series and `gauges`.
  [[nodiscard]] std::string render(const MetricsGauges& gauges) const;

 private:
  struct Histogram {
    std::array<unsigned long long, kBuckets.size()> buckets{};
    unsigned long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests_;
  std::map<std::string, Histogram> latency_;
};

// Escapes a Prometheus label value (backslash, double quote, newline).
std::string prometheus_label(const std::string& value);

// Seconds since the Unix epoch of an ISO 8601 UTC time ("2026-11-28T04:49:51Z"); 0 if malformed.
double iso8601_to_unix(const std::string& iso);

}  // namespace radar::server
