// Bounded decompression of gzip, zlib and raw deflate bodies (compressed sitemaps,
// Content-Encoding), on zlib. Output never exceeds the caller's limit, so a
// decompression bomb costs at most that much memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace radar::crawl {

// Whether `data` starts with the gzip magic bytes 1f 8b.
bool looks_gzipped(std::string_view data);

// Decompresses gzip (several members are concatenated), zlib or raw deflate `data`.
// Throws ParseError "decompressed size exceeds N bytes" once the output would pass
// `max_bytes`, and "corrupt gzip data" for garbage or a truncated stream.
std::string gunzip_limited(std::string_view data, std::size_t max_bytes);

}  // namespace radar::crawl
