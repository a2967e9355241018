// Character encoding of fetched pages: which encoding a body is in, and the body
// converted to UTF-8. Labels follow the WHATWG Encoding standard (so "latin1",
// "iso-8859-1" and "us-ascii" mean windows-1252, as in browsers). Never throws;
// the UTF-8 that comes out is always well-formed and free of NUL bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace radar::crawl {

// The WHATWG encoding name ("utf-8", "windows-1252", "utf-16le", ...) for `label`
// (case and surrounding whitespace ignored); nullopt for unknown labels and for the
// "replacement" labels (iso-2022-kr, hz-gb-2312, ...), which we cannot decode.
std::optional<std::string> encoding_for_label(std::string_view label);

// The encoding named by the charset parameter of a Content-Type header value
// ("text/html; charset=ISO-8859-1" -> "windows-1252"); nullopt if none or unknown.
std::optional<std::string> charset_from_content_type(std::string_view content_type);

// The encoding declared by <meta charset> or <meta http-equiv=content-type content=...>
// in the first 4 KiB of `body` (the HTML prescan; utf-16 declarations mean utf-8).
std::optional<std::string> charset_from_meta(std::string_view body);

// The encoding `body` is decoded with, in this order: byte order mark (UTF-8, UTF-16LE/BE),
// the Content-Type header's charset, a <meta> declaration in the first 4 KiB, UTF-8 when
// the bytes are valid UTF-8, detection by uchardet (given enough non-ASCII bytes to go
// on), else windows-1252. Returns the WHATWG name, e.g. "windows-1252"; for logging.
std::string detect_charset(std::string_view body, std::string_view content_type_header);

// `body` converted to UTF-8 from the encoding detect_charset() chooses, without the BOM;
// bytes that are invalid in that encoding become U+FFFD, NUL bytes are removed.
std::string decode_to_utf8(std::string_view body, std::string_view content_type_header);

// `bytes` converted from the WHATWG `encoding` to UTF-8 with the same replacement rules;
// unknown encodings are treated as windows-1252.
std::string convert_to_utf8(std::string_view bytes, std::string_view encoding);

}  // namespace radar::crawl
