#include "crawl/charset.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <unordered_map>
#include <vector>

#include "radar/text.h"

namespace radar::crawl {
namespace {

constexpr std::size_t kPrescanBytes = 4096;
// uchardet guesses wildly (Hebrew for "æøå") on a handful of bytes; below this many
// non-ASCII bytes the windows-1252 default is the better bet for Nordic pages.
constexpr std::size_t kMinDetectionEvidence = 8;
constexpr std::size_t kMaxDetectionBytes = std::size_t{256} * 1024;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// WHATWG Encoding standard, section 4.2 "Names and labels": label -> encoding name.
const std::unordered_map<std::string, std::string>& label_table() {
  static const std::unordered_map<std::string, std::string> table = [] {
    const std::pair<const char*, std::vector<const char*>> encodings[] = {
        {"utf-8", {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"}},
        {"ibm866", {"866", "cp866", "csibm866", "ibm866"}},
        {"iso-8859-2",
         {"csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2",
          "latin2"}},
        {"iso-8859-3",
         {"csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3",
          "latin3"}},
        {"iso-8859-4",
         {"csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4",
          "latin4"}},
        {"iso-8859-5",
         {"csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5",
          "iso_8859-5:1988"}},
        {"iso-8859-6",
         {"arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6",
          "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"}},
        {"iso-8859-7",
         {"csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7",
          "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"}},
        {"iso-8859-8",
         {"csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8",
          "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"}},
        {"iso-8859-8-i", {"csiso88598i", "iso-8859-8-i", "logical"}},
        {"iso-8859-10", {"csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"}},
        {"iso-8859-13", {"iso-8859-13", "iso8859-13", "iso885913"}},
        {"iso-8859-14", {"iso-8859-14", "iso8859-14", "iso885914"}},
        {"iso-8859-15", {"csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"}},
        {"iso-8859-16", {"iso-8859-16"}},
        {"koi8-r", {"cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"}},
        {"koi8-u", {"koi8-ru", "koi8-u"}},
        {"macintosh", {"csmacintosh", "mac", "macintosh", "x-mac-roman"}},
        {"windows-874", {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"}},
        {"windows-1250", {"cp1250", "windows-1250", "x-cp1250"}},
        {"windows-1251", {"cp1251", "windows-1251", "x-cp1251"}},
        {"windows-1252",
         {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
          "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
          "x-cp1252"}},
        {"windows-1253", {"cp1253", "windows-1253", "x-cp1253"}},
        {"windows-1254",
         {"cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
          "l5", "latin5", "windows-1254", "x-cp1254"}},
        {"windows-1255", {"cp1255", "windows-1255", "x-cp1255"}},
        {"windows-1256", {"cp1256", "windows-1256", "x-cp1256"}},
        {"windows-1257", {"cp1257", "windows-1257", "x-cp1257"}},
        {"windows-1258", {"cp1258", "windows-1258", "x-cp1258"}},
        {"x-mac-cyrillic", {"x-mac-cyrillic", "x-mac-ukrainian"}},
        {"gbk",
         {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"}},
        {"gb18030", {"gb18030"}},
        {"big5", {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}},
        {"euc-jp", {"cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"}},
        {"iso-2022-jp", {"csiso2022jp", "iso-2022-jp"}},
        {"shift_jis", {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"}},
        {"euc-kr",
         {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
          "ksc_5601", "windows-949"}},
        {"utf-16be", {"unicodefffe", "utf-16be"}},
        {"utf-16le", {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"}},
        {"x-user-defined", {"x-user-defined"}},
    };
    std::unordered_map<std::string, std::string> map;
    for (const auto& [name, labels] : encodings) {
      for (const char* label : labels) map.emplace(label, name);
    }
    return map;
  }();
  return table;
}

// The glibc iconv name for a WHATWG encoding; each is the superset browsers decode with.
std::string iconv_name(std::string_view encoding) {
  static const std::unordered_map<std::string_view, const char*> names = {{"ibm866", "IBM866"},
                                                                          {"iso-8859-8-i", "ISO-8859-8"},
                                                                          {"koi8-r", "KOI8-R"},
                                                                          {"koi8-u", "KOI8-U"},
                                                                          {"macintosh", "MACINTOSH"},
                                                                          {"windows-874", "CP874"},
                                                                          {"x-mac-cyrillic", "MAC-CYRILLIC"},
                                                                          {"gbk", "GB18030"},
                                                                          {"gb18030", "GB18030"},
                                                                          {"big5", "BIG5-HKSCS"},
                                                                          {"euc-jp", "EUC-JP"},
                                                                          {"iso-2022-jp", "ISO-2022-JP"},
                                                                          {"shift_jis", "CP932"},
                                                                          {"euc-kr", "CP949"},
                                                                          {"utf-16be", "UTF-16BE"},
                                                                          {"utf-16le", "UTF-16LE"},
                                                                          {"x-user-defined", "CP1252"}};
  if (const auto it = names.find(encoding); it != names.end()) return it->second;
  if (encoding.rfind("windows-", 0) == 0) return "CP" + std::string(encoding.substr(8));
  std::string upper(encoding);
  for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return upper;  // ISO-8859-N
}

bool starts_with_nocase(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (pos > text.size() || text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[pos + i]) != prefix[i]) return false;
  }
  return true;
}

struct Bom {
  std::string encoding;
  std::size_t length = 0;
};

std::optional<Bom> sniff_bom(std::string_view body) {
  if (body.substr(0, 3) == "\xEF\xBB\xBF") return Bom{"utf-8", 3};
  if (body.substr(0, 2) == "\xFF\xFE") return Bom{"utf-16le", 2};
  if (body.substr(0, 2) == "\xFE\xFF") return Bom{"utf-16be", 2};
  return std::nullopt;
}

// HTML's "algorithm for extracting a character encoding from a meta element":
// the value after "charset", optional whitespace and "=", quoted or up to ';'/space.
std::optional<std::string> charset_in_content(std::string_view content) {
  std::size_t pos = 0;
  while (true) {
    std::size_t found = std::string_view::npos;
    for (std::size_t i = pos; i + 7 <= content.size(); ++i) {
      if (starts_with_nocase(content, i, "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return std::nullopt;
    pos = found + 7;
    while (pos < content.size() && is_ascii_space(content[pos])) ++pos;
    if (pos >= content.size() || content[pos] != '=') continue;
    ++pos;
    while (pos < content.size() && is_ascii_space(content[pos])) ++pos;
    if (pos >= content.size()) return std::nullopt;
    if (content[pos] == '"' || content[pos] == '\'') {
      const std::size_t end = content.find(content[pos], pos + 1);
      if (end == std::string_view::npos) return std::nullopt;
      return std::string(content.substr(pos + 1, end - pos - 1));
    }
    std::size_t end = pos;
    while (end < content.size() && !is_ascii_space(content[end]) && content[end] != ';') ++end;
    return std::string(content.substr(pos, end - pos));
  }
}

struct Attribute {
  std::string name, value;
};

// HTML's prescan "get an attribute" step; nullopt at the end of the tag.
std::optional<Attribute> next_attribute(std::string_view text, std::size_t& pos) {
  while (pos < text.size() && (is_ascii_space(text[pos]) || text[pos] == '/')) ++pos;
  if (pos >= text.size() || text[pos] == '>') return std::nullopt;
  Attribute attribute;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '=' && !attribute.name.empty()) break;
    if (is_ascii_space(c) || c == '/' || c == '>') break;
    attribute.name += ascii_lower(c);
    ++pos;
  }
  while (pos < text.size() && is_ascii_space(text[pos])) ++pos;
  if (pos >= text.size() || text[pos] != '=') return attribute;
  ++pos;
  while (pos < text.size() && is_ascii_space(text[pos])) ++pos;
  if (pos >= text.size()) return attribute;
  if (text[pos] == '"' || text[pos] == '\'') {
    const char quote = text[pos++];
    const std::size_t end = text.find(quote, pos);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    for (std::size_t i = pos; i < stop; ++i) attribute.value += ascii_lower(text[i]);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    return attribute;
  }
  while (pos < text.size() && !is_ascii_space(text[pos]) && text[pos] != '>') {
    attribute.value += ascii_lower(text[pos++]);
  }
  return attribute;
}

// The encoding a <meta> tag declares (attributes start at `pos`), per the prescan rules.
std::optional<std::string> meta_charset(std::string_view text, std::size_t& pos) {
  bool got_pragma = false;
  std::optional<bool> need_pragma;
  std::optional<std::string> charset;
  std::vector<std::string> seen;
  while (const auto attribute = next_attribute(text, pos)) {
    if (std::find(seen.begin(), seen.end(), attribute->name) != seen.end()) continue;
    seen.push_back(attribute->name);
    if (attribute->name == "http-equiv") {
      if (attribute->value == "content-type") got_pragma = true;
    } else if (attribute->name == "content") {
      if (!charset) {
        if (auto found = charset_in_content(attribute->value)) {
          charset = encoding_for_label(*found);
          need_pragma = true;
        }
      }
    } else if (attribute->name == "charset") {
      charset = encoding_for_label(attribute->value);
      need_pragma = false;
    }
  }
  if (!need_pragma || !charset || (*need_pragma && !got_pragma)) return std::nullopt;
  if (*charset == "utf-16le" || *charset == "utf-16be") return std::string("utf-8");
  if (*charset == "x-user-defined") return std::string("windows-1252");
  return charset;
}

void skip_past(std::string_view text, std::size_t& pos, std::string_view terminator) {
  const std::size_t end = text.find(terminator, pos);
  pos = end == std::string_view::npos ? text.size() : end + terminator.size();
}

std::size_t count_non_ascii(std::string_view bytes) {
  std::size_t count = 0;
  for (const char c : bytes) count += static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
  return count;
}

std::optional<std::string> detect_with_uchardet(std::string_view body) {
  const std::string_view sample = body.substr(0, kMaxDetectionBytes);
  if (count_non_ascii(sample) < kMinDetectionEvidence) return std::nullopt;
  const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), uchardet_delete);
  if (!detector) return std::nullopt;
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return std::nullopt;
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (name == nullptr || *name == '\0') return std::nullopt;
  auto encoding = encoding_for_label(name);
  // Without a BOM, UTF-16 guesses on bytes that are not valid UTF-8 are unreliable.
  if (encoding && (*encoding == "utf-8" || *encoding == "utf-16le" || *encoding == "utf-16be")) return std::nullopt;
  return encoding;
}

class Iconv {
 public:
  explicit Iconv(const std::string& from) : handle_(iconv_open("UTF-8", from.c_str())) {}
  ~Iconv() {
    if (ok()) iconv_close(handle_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  // (iconv_t)-1 is iconv_open's documented failure value.
  [[nodiscard]] bool ok() const { return handle_ != reinterpret_cast<iconv_t>(-1); }  // NOLINT(performance-no-int-to-ptr)
  [[nodiscard]] iconv_t get() const { return handle_; }

 private:
  iconv_t handle_;
};

// Converts with iconv, writing U+FFFD for each invalid or truncated input unit.
std::string iconv_to_utf8(std::string_view bytes, Iconv& converter, std::size_t unit) {
  std::string out;
  char buffer[16384];
  char* in = const_cast<char*>(bytes.data());  // iconv's API is not const-correct
  std::size_t in_left = bytes.size();
  while (true) {
    char* out_ptr = buffer;
    std::size_t out_left = sizeof(buffer);
    const bool flushing = in_left == 0;
    const std::size_t result = flushing ? iconv(converter.get(), nullptr, nullptr, &out_ptr, &out_left)
                                        : iconv(converter.get(), &in, &in_left, &out_ptr, &out_left);
    const int error = errno;
    out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
    if (result != static_cast<std::size_t>(-1)) {
      if (flushing) break;
      continue;
    }
    if (error == E2BIG) continue;
    out += kReplacement;
    if (error == EINVAL || flushing) break;  // truncated at the end of the input
    const std::size_t skip = std::min(unit, in_left);
    in += skip;
    in_left -= skip;
    iconv(converter.get(), nullptr, nullptr, nullptr, nullptr);
  }
  return out;
}

}  // namespace

std::optional<std::string> encoding_for_label(std::string_view label) {
  const std::string key = ascii_lower(trim(label));
  const auto& table = label_table();
  if (const auto it = table.find(key); it != table.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> charset_from_content_type(std::string_view content_type) {
  for (std::size_t semicolon = content_type.find(';'); semicolon != std::string_view::npos;
       semicolon = content_type.find(';', semicolon + 1)) {
    std::size_t pos = semicolon + 1;
    while (pos < content_type.size() && is_ascii_space(content_type[pos])) ++pos;
    if (!starts_with_nocase(content_type, pos, "charset")) continue;
    pos += 7;
    while (pos < content_type.size() && is_ascii_space(content_type[pos])) ++pos;
    if (pos >= content_type.size() || content_type[pos] != '=') continue;
    ++pos;
    while (pos < content_type.size() && is_ascii_space(content_type[pos])) ++pos;
    std::string_view value = content_type.substr(pos);
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
      const std::size_t end = value.find(value.front(), 1);
      value = value.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
    } else {
      value = value.substr(0, value.find(';'));
    }
    return encoding_for_label(value);
  }
  return std::nullopt;
}

std::optional<std::string> charset_from_meta(std::string_view body) {
  const std::string_view text = body.substr(0, kPrescanBytes);
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] != '<') {
      ++pos;
      continue;
    }
    if (text.substr(pos, 4) == "<!--") {
      pos += 2;
      skip_past(text, pos, "-->");
    } else if (starts_with_nocase(text, pos, "<meta") && pos + 5 < text.size() &&
               (is_ascii_space(text[pos + 5]) || text[pos + 5] == '/')) {
      pos += 5;
      if (auto charset = meta_charset(text, pos)) return charset;
    } else if (pos + 1 < text.size() &&
               (is_ascii_alpha(text[pos + 1]) ||
                (text[pos + 1] == '/' && pos + 2 < text.size() && is_ascii_alpha(text[pos + 2])))) {
      while (pos < text.size() && !is_ascii_space(text[pos]) && text[pos] != '>') ++pos;
      while (next_attribute(text, pos)) {
      }
      ++pos;
    } else if (text.substr(pos, 2) == "<!" || text.substr(pos, 2) == "</" || text.substr(pos, 2) == "<?") {
      skip_past(text, pos, ">");
    } else {
      ++pos;
    }
  }
  return std::nullopt;
}

std::string detect_charset(std::string_view body, std::string_view content_type_header) {
  if (auto bom = sniff_bom(body)) return bom->encoding;
  if (auto header = charset_from_content_type(content_type_header)) return *header;
  if (auto meta = charset_from_meta(body)) return *meta;
  if (is_valid_utf8(body)) return "utf-8";
  if (auto detected = detect_with_uchardet(body)) return *detected;
  return "windows-1252";
}

std::string convert_to_utf8(std::string_view bytes, std::string_view encoding) {
  if (encoding == "utf-8") return sanitise_utf8(bytes);
  const bool utf16 = encoding == "utf-16le" || encoding == "utf-16be";
  Iconv converter(iconv_name(encoding));
  if (!converter.ok()) {
    Iconv fallback("CP1252");
    if (!fallback.ok()) return sanitise_utf8(bytes);
    return sanitise_utf8(iconv_to_utf8(bytes, fallback, 1));
  }
  return sanitise_utf8(iconv_to_utf8(bytes, converter, utf16 ? 2 : 1));
}

std::string decode_to_utf8(std::string_view body, std::string_view content_type_header) {
  const std::string encoding = detect_charset(body, content_type_header);
  if (const auto bom = sniff_bom(body)) body.remove_prefix(bom->length);
  return convert_to_utf8(body, encoding);
}

}  // namespace radar::crawl
