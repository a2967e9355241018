#include "metrics.h"

#include <cstdio>
#include <ctime>
#include <sstream>

namespace radar::server {
namespace {

const std::string& known_method(const std::string& method) {
  static const std::array<std::string, 8> kMethods{"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "other"};
  for (const auto& known : kMethods) {
    if (known == method) return known;
  }
  return kMethods.back();
}

std::string number(double value) {
  std::ostringstream out;
  out.precision(10);
  out << value;
  return out.str();
}

void header(std::ostringstream& out, const char* name, const char* type, const char* help) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

void gauge(std::ostringstream& out, const char* name, const char* help, double value) {
  header(out, name, "gauge", help);
  out << name << ' ' << number(value) << '\n';
}

}  // namespace

std::string prometheus_label(const std::string& value) {
  std::string out;
  for (const char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

double iso8601_to_unix(const std::string& iso) {
  std::tm parts{};
  char zone = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &parts.tm_year, &parts.tm_mon, &parts.tm_mday, &parts.tm_hour,
                  &parts.tm_min, &parts.tm_sec, &zone) != 7 || zone != 'Z') {
    return 0;
  }
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  return static_cast<double>(timegm(&parts));
}

void Metrics::observe(const std::string& route, const std::string& method, int status, double seconds) {
  const std::lock_guard lock(mutex_);
  ++requests_[{route, known_method(method), status}];
  Histogram& histogram = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++histogram.buckets[i];
  }
  ++histogram.count;
  histogram.sum += seconds;
}

std::string Metrics::render(const MetricsGauges& gauges) const {
  std::ostringstream out;
  {
    const std::lock_guard lock(mutex_);
    header(out, "radar_http_requests_total", "counter", "HTTP requests answered, by route pattern, method and status.");
    for (const auto& [key, count] : requests_) {
      const auto& [route, method, status] = key;
      out << "radar_http_requests_total{route=\"" << prometheus_label(route) << "\",method=\"" << method
          << "\",status=\"" << status << "\"} " << count << '\n';
    }
    header(out, "radar_http_request_duration_seconds", "histogram",
           "Time from the first byte of a request until its answer is ready to send, by route pattern.");
    for (const auto& [route, histogram] : latency_) {
      const std::string label = "route=\"" + prometheus_label(route) + "\"";
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        out << "radar_http_request_duration_seconds_bucket{" << label << ",le=\"" << number(kBuckets[i]) << "\"} "
            << histogram.buckets[i] << '\n';
      }
      out << "radar_http_request_duration_seconds_bucket{" << label << ",le=\"+Inf\"} " << histogram.count << '\n'
          << "radar_http_request_duration_seconds_sum{" << label << "} " << number(histogram.sum) << '\n'
          << "radar_http_request_duration_seconds_count{" << label << "} " << histogram.count << '\n';
    }
  }
  header(out, "radar_http_rejected_total", "counter", "Requests answered 429 because every worker was busy and the queue full.");
  out << "radar_http_rejected_total " << gauges.rejected_connections << '\n';
  gauge(out, "radar_http_worker_threads", "Worker threads in the fixed pool.", gauges.worker_threads);
  gauge(out, "radar_http_waiting_connections", "Accepted connections waiting for a worker.",
        static_cast<double>(gauges.waiting_connections));
  gauge(out, "radar_http_open_connections", "Connections being served by a worker.", static_cast<double>(gauges.open_connections));
  gauge(out, "radar_http_requests_in_flight", "Requests being read, handled or answered.",
        static_cast<double>(gauges.requests_in_flight));
  gauge(out, "radar_match_slots", "Matches that may run at once (--matches); more wait for a slot.", gauges.match_slots);
  gauge(out, "radar_matches_running", "Matches running now.", static_cast<double>(gauges.matches_running));
  gauge(out, "radar_matches_waiting", "Requests waiting for a match slot.", static_cast<double>(gauges.matches_waiting));
  gauge(out, "radar_index_handles", "Open index handles (one per worker thread that has served a request, one per match slot that has run a match).",
        static_cast<double>(gauges.index_handles));
  header(out, "radar_index_reopens_total", "counter", "New index revisions picked up by the workers' and match slots' handles.");
  out << "radar_index_reopens_total " << gauges.index_reopens << '\n';
  header(out, "radar_match_cache_hits_total", "counter", "Matches answered from the match cache.");
  out << "radar_match_cache_hits_total " << gauges.match_cache_hits << '\n';
  header(out, "radar_match_cache_misses_total", "counter",
         "Matches not in the match cache, so computed (none when the cache is off).");
  out << "radar_match_cache_misses_total " << gauges.match_cache_misses << '\n';
  gauge(out, "radar_match_cache_entries", "Match results in the cache (at most --match-cache).",
        static_cast<double>(gauges.match_cache_entries));
  gauge(out, "radar_match_cache_bytes", "Estimated memory of the cached match results (at most --match-cache-mb).",
        static_cast<double>(gauges.match_cache_bytes));
  gauge(out, "radar_index_revision", "Revision of the index being served.", static_cast<double>(gauges.index_revision));
  gauge(out, "radar_index_updated_timestamp_seconds", "Unix time of the index's last commit.", gauges.index_updated_seconds);
  header(out, "radar_index_documents", "gauge", "Documents in the index, by record type.");
  for (const auto& [type, count] : gauges.documents_by_type) {
    out << "radar_index_documents{type=\"" << prometheus_label(type) << "\"} " << count << '\n';
  }
  header(out, "radar_source_crawled_timestamp_seconds", "gauge", "Unix time each crawl source was last crawled.");
  for (const auto& [source, crawled] : gauges.sources_crawled) {
    out << "radar_source_crawled_timestamp_seconds{source=\"" << prometheus_label(source) << "\"} "
        << number(iso8601_to_unix(crawled)) << '\n';
  }
  gauge(out, "radar_process_start_time_seconds", "Unix time radar-serve started.", gauges.start_time_seconds);
  return out.str();
}

}  // namespace radar::server
