#include "crawl/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <climits>

#include "crawl/parse_error.h"

namespace radar::crawl {
namespace {

constexpr int kGzipOrZlib = 15 + 32;  // windowBits: detect the gzip or zlib header
constexpr int kRawDeflate = -15;

bool looks_zlib(std::string_view data) {
  if (data.size() < 2) {
    return false;
  }
  const auto cmf = static_cast<unsigned char>(data[0]);
  const auto flg = static_cast<unsigned char>(data[1]);
  return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

// Owns a z_stream set up for inflating.
class Inflater {
 public:
  explicit Inflater(int window_bits) {
    if (inflateInit2(&stream_, window_bits) != Z_OK) {
      throw ParseError("cannot initialise zlib");
    }
  }
  ~Inflater() { inflateEnd(&stream_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
};

[[noreturn]] void throw_corrupt(const char* detail) { throw ParseError(std::string("corrupt gzip data: ") + detail); }

std::string inflate_all(std::string_view data, int window_bits, std::size_t max_bytes) {
  Inflater inflater(window_bits);
  z_stream& stream = inflater.stream();
  std::string out;
  std::array<unsigned char, std::size_t{64} * 1024> buffer{};
  std::size_t consumed = 0;
  for (;;) {
    if (stream.avail_in == 0 && consumed < data.size()) {
      const std::size_t chunk = std::min<std::size_t>(data.size() - consumed, UINT_MAX);
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + consumed));
      stream.avail_in = static_cast<uInt>(chunk);
      consumed += chunk;
    }
    stream.next_out = buffer.data();
    stream.avail_out = static_cast<uInt>(buffer.size());
    const int status = inflate(&stream, Z_NO_FLUSH);
    const std::size_t produced = buffer.size() - stream.avail_out;
    if (out.size() + produced > max_bytes) {
      throw ParseError("decompressed size exceeds " + std::to_string(max_bytes) + " bytes");
    }
    out.append(reinterpret_cast<const char*>(buffer.data()), produced);
    const std::size_t remaining = stream.avail_in + (data.size() - consumed);
    if (status == Z_STREAM_END) {
      // Another gzip member may follow (as `cat a.gz b.gz` makes); anything else is ignored.
      if (remaining >= 2 && looks_gzipped(data.substr(data.size() - remaining))) {
        inflateReset(&stream);
        continue;
      }
      return out;
    }
    if (status == Z_BUF_ERROR && remaining == 0) {
      throw_corrupt("the stream is truncated");
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      throw_corrupt(stream.msg != nullptr ? stream.msg : "inflate failed");
    }
  }
}

}  // namespace

bool looks_gzipped(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F && static_cast<unsigned char>(data[1]) == 0x8B;
}

std::string gunzip_limited(std::string_view data, std::size_t max_bytes) {
  if (data.empty()) {
    throw_corrupt("no data");
  }
  const bool framed = looks_gzipped(data) || looks_zlib(data);
  return inflate_all(data, framed ? kGzipOrZlib : kRawDeflate, max_bytes);
}

}  // namespace radar::crawl
