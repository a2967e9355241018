#include "crawl/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "crawl/url.h"
#include "radar/records.h"
#include "radar/text.h"

namespace radar::crawl {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxHtmlBytes = std::size_t{8} * 1024 * 1024;
constexpr std::size_t kMaxDepth = 256;
constexpr std::size_t kMaxTextBytes = RecordLimits::kMaxPageTextBytes;
constexpr std::size_t kMaxTitleBytes = RecordLimits::kMaxNameChars;
constexpr std::size_t kMaxDescriptionBytes = RecordLimits::kMaxDescriptionChars;
constexpr std::size_t kMaxHeadingsBytes = RecordLimits::kMaxDescriptionChars;
constexpr std::size_t kMaxFieldBytes = RecordLimits::kMaxFieldChars;
constexpr std::size_t kMaxLinks = 10000;
constexpr std::size_t kMaxJsonLdBytes = std::size_t{1024} * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxJsonLdObjects = 1000;

// ---------------------------------------------------------------------------------
// Small string helpers

// `text` without leading and trailing ASCII whitespace, as a view into it.
std::string_view trim_view(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

// Whether the whitespace-separated list `list` contains `token` (ASCII case-insensitive).
bool has_token(std::string_view list, std::string_view token) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && is_ascii_space(list[pos])) ++pos;
    std::size_t end = pos;
    while (end < list.size() && !is_ascii_space(list[end])) ++end;
    if (end > pos && ascii_lower(list.substr(pos, end - pos)) == token) return true;
    pos = end;
  }
  return false;
}

// ---------------------------------------------------------------------------------
// Nesting limiter: gumbo 0.10 has no tree-depth limit, its parser is quadratic in the
// depth of open elements and it frees the tree recursively. Before parsing we drop
// start tags (and their end tags) that would open an element deeper than kMaxDepth.

bool is_uncounted(std::string_view name) {
  // Void elements and those closed implicitly by a sibling never build deep trees.
  static const std::unordered_set<std::string_view> names = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
      "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body", "a", "nobr", "image", "basefont",
      "bgsound", "frame"};
  return names.count(name) > 0;
}

bool is_raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes";
}

// Position of the '>' that ends the tag whose name ends at `pos`, honouring quoted
// attribute values; text.size() if the tag never ends.
std::size_t tag_end(std::string_view text, std::size_t pos) {
  bool after_equals = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '>') return pos;
    if (after_equals && (c == '"' || c == '\'')) {
      const std::size_t close = text.find(c, pos + 1);
      if (close == std::string_view::npos) return text.size();
      pos = close + 1;
      after_equals = false;
      continue;
    }
    if (c == '=') {
      after_equals = true;
    } else if (!is_ascii_space(c)) {
      after_equals = false;
    }
    ++pos;
  }
  return text.size();
}

std::size_t find_nocase(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t pos = text.find('<', from); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
    if (text.size() - pos < needle.size()) return std::string_view::npos;
    if (ascii_lower(text.substr(pos, needle.size())) == needle) return pos;
  }
  return std::string_view::npos;
}

std::string limit_nesting(std::string_view html, std::size_t max_depth) {
  std::string out;
  std::vector<std::string> open;
  std::unordered_map<std::string, std::size_t> dropped;
  std::size_t copied = 0;
  std::size_t pos = 0;
  const auto drop = [&](std::size_t from, std::size_t to) {
    if (out.empty()) out.reserve(html.size());
    out.append(html.substr(copied, from - copied));
    copied = to;
  };
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.substr(pos, 4) == "<!--") {
      const std::size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const std::size_t tag_start = pos;
    const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
    const std::size_t name_start = pos + (closing ? 2 : 1);
    if (name_start >= html.size() || !is_ascii_alpha(html[name_start])) {
      const bool bogus = name_start < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?' || closing);
      const std::size_t close = bogus ? html.find('>', pos + 1) : std::string_view::npos;
      pos = !bogus ? pos + 1 : (close == std::string_view::npos ? html.size() : close + 1);
      continue;
    }
    std::size_t name_end = name_start;
    while (name_end < html.size() && !is_ascii_space(html[name_end]) && html[name_end] != '/' &&
           html[name_end] != '>') {
      ++name_end;
    }
    const std::string name = ascii_lower(html.substr(name_start, name_end - name_start));
    const std::size_t end = tag_end(html, name_end);
    if (end >= html.size()) break;
    const bool self_closing = html[end - 1] == '/';
    if (closing) {
      if (auto it = dropped.find(name); it != dropped.end() && it->second > 0) {
        --it->second;
        drop(tag_start, end + 1);
      } else if (auto found = std::find(open.rbegin(), open.rend(), name); found != open.rend()) {
        open.erase(std::next(found).base(), open.end());
      }
      pos = end + 1;
      continue;
    }
    pos = end + 1;
    if (is_raw_text(name)) {
      const std::size_t close = find_nocase(html, "</" + name, pos);
      pos = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (name == "plaintext") break;
    if (self_closing || is_uncounted(name)) continue;
    if (open.size() >= max_depth) {
      ++dropped[name];
      drop(tag_start, end + 1);
    } else {
      open.push_back(name);
    }
  }
  if (copied == 0) return std::string(html);
  out.append(html.substr(copied));
  return out;
}

// ---------------------------------------------------------------------------------
// Gumbo access

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboDocument = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboDocument parse_html(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; don't let junk pages pile them up
  return GumboDocument(gumbo_parse_with_options(&options, html.data(), html.size()));
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// The attribute's value, or nullopt when the element does not have it.
std::optional<std::string_view> attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return std::nullopt;
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  if (found == nullptr) return std::nullopt;
  return std::string_view(found->value);
}

std::string_view attribute_or_empty(const GumboNode* node, const char* name) {
  return attribute(node, name).value_or(std::string_view());
}

// Lowercase name of an element gumbo does not know ("dialog", "search", custom elements).
std::string unknown_tag_name(const GumboElement& element) {
  GumboStringPiece piece = element.original_tag;
  if (piece.data == nullptr || piece.length == 0) return {};
  gumbo_tag_from_original_text(&piece);
  std::string_view name(piece.data, piece.length);
  std::size_t end = 0;
  while (end < name.size() && !is_ascii_space(name[end]) && name[end] != '/' && name[end] != '>') ++end;
  return ascii_lower(name.substr(0, end));
}

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// ---------------------------------------------------------------------------------
// Boilerplate rules

bool has_role(const GumboNode* node, std::initializer_list<std::string_view> roles) {
  const auto role = attribute(node, "role");
  if (!role) return false;
  return std::any_of(roles.begin(), roles.end(), [&](std::string_view r) { return has_token(*role, r); });
}

bool is_hidden(const GumboNode* node) {
  if (attribute(node, "hidden")) return true;
  if (ascii_lower(trim_view(attribute_or_empty(node, "aria-hidden"))) == "true") return true;
  const auto style = attribute(node, "style");
  if (!style) return false;
  std::string compact;
  for (const char c : *style) {
    if (!is_ascii_space(c)) compact += ascii_lower(c);
  }
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

bool is_sectioning(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_SECTION: return true;
    default: return has_role(node, {"main", "article"});
  }
}

// Whether the element and everything in it is left out of the main text.
bool is_boilerplate(const GumboNode* node, bool in_sectioning) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  const GumboElement& element = node->v.element;
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return element.tag == GUMBO_TAG_SVG;
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED: return true;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
      if (!in_sectioning) return true;
      break;
    case GUMBO_TAG_UNKNOWN: {
      const std::string name = unknown_tag_name(element);
      if (name == "dialog" || name == "search") return true;
      break;
    }
    default: break;
  }
  return is_hidden(node) || has_role(node, {"navigation", "banner", "contentinfo", "complementary", "search",
                                            "menu", "menubar", "dialog", "alertdialog"});
}

enum class Break { none, space, line };

Break break_of(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: return Break::space;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_OPTION: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: return Break::line;
    default: return Break::none;
  }
}

bool is_collected_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3;
}

// ---------------------------------------------------------------------------------
// Text accumulation: collapses whitespace (NBSP included), turns breaks into one
// separator, stops at a byte limit.

class TextSink {
 public:
  explicit TextSink(std::size_t limit) : limit_(limit) {}

  void text(std::string_view piece) {
    for (std::size_t i = 0; i < piece.size(); ++i) {
      const char c = piece[i];
      const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
      if (full() && !continuation) return;  // stop on a character boundary
      if (is_ascii_space(c) || c == '\v') {
        note(Break::space);
      } else if (c == '\xC2' && i + 1 < piece.size() && piece[i + 1] == '\xA0') {
        note(Break::space);
        ++i;
      } else {
        if (pending_ != Break::none && !out_.empty()) out_ += pending_ == Break::line ? '\n' : ' ';
        pending_ = Break::none;
        out_ += c;
      }
    }
  }

  void note(Break kind) {
    if (static_cast<int>(kind) > static_cast<int>(pending_)) pending_ = kind;
  }

  [[nodiscard]] bool full() const { return out_.size() >= limit_; }
  [[nodiscard]] bool empty() const { return out_.empty(); }
  std::string take() { return truncate_utf8(out_, limit_); }

 private:
  std::size_t limit_;
  std::string out_;
  Break pending_ = Break::none;
};

// All text below `root`, boilerplate rules not applied (titles, headings, JSON-LD strings).
std::string inner_text(const GumboNode* root, std::size_t limit) {
  TextSink sink(limit);
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty() && !sink.full()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      sink.text(node->v.text.text);
    } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT) {
      if (node->type == GUMBO_NODE_ELEMENT && (node->v.element.tag == GUMBO_TAG_SCRIPT ||
                                               node->v.element.tag == GUMBO_TAG_STYLE)) {
        continue;
      }
      if (node->type == GUMBO_NODE_ELEMENT) sink.note(break_of(node->v.element.tag));
      const GumboVector& children = children_of(node);
      for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  return sink.take();
}

struct MainText {
  std::string text;
  std::string headings;
};

// The main text and h1-h3 headings under `roots`, boilerplate left out.
MainText collect_text(const std::vector<const GumboNode*>& roots, bool in_sectioning) {
  enum Flags : std::uint8_t { kSectioning = 1, kHeading = 2 };
  struct Frame {
    const GumboNode* node;
    std::uint8_t flags;
    bool exit;
    bool root;
  };
  TextSink text(kMaxTextBytes);
  TextSink headings(kMaxHeadingsBytes);
  std::vector<Frame> stack;
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) {
    stack.push_back({*it, static_cast<std::uint8_t>(in_sectioning ? kSectioning : 0), false, true});
  }
  while (!stack.empty() && !text.full()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      text.text(node->v.text.text);
      if (frame.flags & kHeading) headings.text(node->v.text.text);
      continue;
    }
    if (!is_element(node)) continue;
    const GumboTag tag = node->v.element.tag;
    const Break kind = node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML ? break_of(tag) : Break::none;
    if (frame.exit) {
      text.note(kind);
      if (is_collected_heading(tag)) headings.note(Break::space);
      continue;
    }
    if (!frame.root && is_boilerplate(node, frame.flags & kSectioning)) continue;
    text.note(kind);
    std::uint8_t flags = frame.flags;
    if (is_sectioning(node)) flags |= kSectioning;
    if (is_collected_heading(tag) && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
      flags |= kHeading;
      headings.note(Break::space);
    }
    if (frame.root) text.note(Break::line);
    stack.push_back({node, frame.flags, true, false});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), flags, false, false});
    }
  }
  return {text.take(), headings.take()};
}

// ---------------------------------------------------------------------------------
// Metadata pass over the whole document

struct RawLink {
  std::string href;
  bool nofollow;
};

struct PageScan {
  std::string lang, content_language, title, og_title, description, og_description, base_href, canonical_href;
  bool have_title = false, have_base = false, have_canonical = false;
  const GumboNode* body = nullptr;
  const GumboNode* first_h1 = nullptr;
  std::vector<const GumboNode*> mains, articles;
  std::vector<RawLink> links;
  std::vector<std::string> json_ld_blocks;
  RobotsDirectives robots;
};

void scan_meta(const GumboNode* node, PageScan& scan, std::string_view robots_token) {
  const std::string name = ascii_lower(trim_view(attribute_or_empty(node, "name")));
  const std::string property = ascii_lower(trim_view(attribute_or_empty(node, "property")));
  const std::string http_equiv = ascii_lower(trim_view(attribute_or_empty(node, "http-equiv")));
  const std::string_view content = attribute_or_empty(node, "content");
  if (name == "description" && scan.description.empty()) scan.description = collapse_whitespace(content);
  if ((property == "og:title" || name == "og:title") && scan.og_title.empty()) scan.og_title = collapse_whitespace(content);
  if ((property == "og:description" || name == "og:description") && scan.og_description.empty()) {
    scan.og_description = collapse_whitespace(content);
  }
  if (name == "robots" || (!name.empty() && name == ascii_lower(robots_token))) {
    const RobotsDirectives found = parse_robots_directives(content, robots_token);
    scan.robots.noindex |= found.noindex;
    scan.robots.nofollow |= found.nofollow;
  }
  if (http_equiv == "content-language" && scan.content_language.empty()) {
    scan.content_language = std::string(trim_view(content.substr(0, content.find(','))));
  }
}

void scan_element(const GumboNode* node, bool skipped, bool in_main, bool in_article, PageScan& scan,
                  std::string_view robots_token) {
  const GumboElement& element = node->v.element;
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return;
  switch (element.tag) {
    case GUMBO_TAG_HTML:
      if (scan.lang.empty()) scan.lang = std::string(trim_view(attribute_or_empty(node, "lang")));
      if (scan.lang.empty()) scan.lang = std::string(trim_view(attribute_or_empty(node, "xml:lang")));
      break;
    case GUMBO_TAG_BODY:
      if (scan.body == nullptr) scan.body = node;
      break;
    case GUMBO_TAG_TITLE:
      if (!scan.have_title) {
        scan.have_title = true;
        scan.title = inner_text(node, kMaxTitleBytes * 4);
      }
      break;
    case GUMBO_TAG_META: scan_meta(node, scan, robots_token); break;
    case GUMBO_TAG_BASE:
      if (const auto href = attribute(node, "href"); href && !scan.have_base) {
        scan.have_base = true;
        scan.base_href = std::string(*href);
      }
      break;
    case GUMBO_TAG_LINK:
      if (const auto href = attribute(node, "href");
          href && !scan.have_canonical && has_token(attribute_or_empty(node, "rel"), "canonical")) {
        scan.have_canonical = true;
        scan.canonical_href = std::string(*href);
      }
      break;
    case GUMBO_TAG_A:
    case GUMBO_TAG_AREA:
      if (const auto href = attribute(node, "href"); href && scan.links.size() < kMaxLinks * 4) {
        scan.links.push_back({std::string(*href), has_token(attribute_or_empty(node, "rel"), "nofollow")});
      }
      break;
    case GUMBO_TAG_SCRIPT: {
      const std::string type = ascii_lower(trim_view(attribute_or_empty(node, "type")));
      if (type.rfind("application/ld+json", 0) == 0 && element.children.length > 0) {
        const auto* child = static_cast<const GumboNode*>(element.children.data[0]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
          scan.json_ld_blocks.emplace_back(child->v.text.text);
        }
      }
      break;
    }
    case GUMBO_TAG_H1:
      if (scan.first_h1 == nullptr && !skipped) scan.first_h1 = node;
      break;
    default: break;
  }
  if (skipped) return;
  if (!in_main && (element.tag == GUMBO_TAG_MAIN || has_role(node, {"main"}))) {
    scan.mains.push_back(node);
  } else if (!in_main && !in_article && (element.tag == GUMBO_TAG_ARTICLE || has_role(node, {"article"}))) {
    scan.articles.push_back(node);
  }
}

PageScan scan_document(const GumboNode* root, std::string_view robots_token) {
  enum Flags : std::uint8_t { kTemplate = 1, kSkipped = 2, kSectioning = 4, kMain = 8, kArticle = 16 };
  PageScan scan;
  std::vector<std::pair<const GumboNode*, std::uint8_t>> stack{{root, 0}};
  while (!stack.empty()) {
    const auto [node, flags] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_DOCUMENT && !is_element(node)) continue;
    std::uint8_t child_flags = flags;
    if (is_element(node)) {
      if (node->type == GUMBO_NODE_TEMPLATE) child_flags |= kTemplate;
      if (child_flags & kTemplate) continue;  // template contents are inert
      const bool skipped = (flags & kSkipped) || is_boilerplate(node, flags & kSectioning);
      scan_element(node, skipped, flags & kMain, flags & kArticle, scan, robots_token);
      if (skipped) child_flags |= kSkipped;
      if (is_sectioning(node)) child_flags |= kSectioning;
      if (node->v.element.tag == GUMBO_TAG_MAIN || has_role(node, {"main"})) child_flags |= kMain;
      if (node->v.element.tag == GUMBO_TAG_ARTICLE || has_role(node, {"article"})) child_flags |= kArticle;
    }
    const GumboVector& children = children_of(node);
    for (unsigned i = children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), child_flags);
    }
  }
  return scan;
}

// ---------------------------------------------------------------------------------
// JSON-LD

void flatten_json_ld(const json& value, std::vector<json>& out) {
  if (out.size() >= kMaxJsonLdObjects) return;
  if (value.is_array()) {
    for (const json& item : value) flatten_json_ld(item, out);
  } else if (value.is_object()) {
    const auto graph = value.find("@graph");
    if (graph == value.end()) {
      out.push_back(value);
      return;
    }
    if (value.contains("@type")) {
      json self = value;
      self.erase("@graph");
      out.push_back(std::move(self));
    }
    flatten_json_ld(*graph, out);
  }
}

void parse_json_ld(std::string_view block, std::vector<json>& out) {
  std::string_view text = trim_view(block);
  if (text.substr(0, 4) == "<!--") text = trim_view(text.substr(4));
  if (text.size() >= 3 && text.substr(text.size() - 3) == "-->") text = trim_view(text.substr(0, text.size() - 3));
  if (text.empty() || text.size() > kMaxJsonLdBytes || json_nesting_depth(text) > kMaxJsonDepth) return;
  try {
    const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) flatten_json_ld(parsed, out);
  } catch (const std::exception&) {
    // Malformed JSON-LD is common on the web; the block is ignored.
  }
}

// ---------------------------------------------------------------------------------
// Assembling the page

std::vector<PageLink> resolve_links(const std::vector<RawLink>& raw, const std::string& base) {
  std::vector<PageLink> links;
  std::unordered_map<std::string, std::size_t> seen;
  const UrlResolver resolver(base);
  for (const RawLink& link : raw) {
    const std::string_view href = trim_view(link.href);
    if (href.empty() || href.front() == '#') continue;
    auto url = resolver.resolve(href);
    if (!url) continue;
    if (const auto it = seen.find(*url); it != seen.end()) {
      links[it->second].nofollow = links[it->second].nofollow && link.nofollow;
      continue;
    }
    if (links.size() >= kMaxLinks) continue;
    seen.emplace(*url, links.size());
    links.push_back({std::move(*url), link.nofollow});
  }
  return links;
}

MainText main_text(const PageScan& scan) {
  if (!scan.mains.empty()) {
    MainText found = collect_text(scan.mains, true);
    if (!found.text.empty()) return found;
  }
  if (!scan.articles.empty()) {
    MainText found = collect_text(scan.articles, true);
    if (!found.text.empty()) return found;
  }
  if (scan.body == nullptr) return {};
  return collect_text({scan.body}, false);
}

}  // namespace

ExtractedPage extract_html(std::string_view utf8_html, std::string_view page_url, std::string_view robots_token) {
  const std::string limited = limit_nesting(truncate_utf8(utf8_html, kMaxHtmlBytes), kMaxDepth);
  const GumboDocument document = parse_html(limited);
  ExtractedPage page;
  if (!document) return page;
  const PageScan scan = scan_document(document->document, robots_token);

  page.lang = scan.lang.empty() ? scan.content_language : scan.lang;
  page.title = truncate_utf8(!scan.title.empty() ? scan.title : scan.og_title, kMaxTitleBytes);
  if (page.title.empty() && scan.first_h1 != nullptr) page.title = inner_text(scan.first_h1, kMaxTitleBytes);
  page.description = truncate_utf8(!scan.description.empty() ? scan.description : scan.og_description,
                                   kMaxDescriptionBytes);
  page.noindex = scan.robots.noindex;
  page.nofollow = scan.robots.nofollow;

  std::string page_base = normalise_url(page_url);
  if (page_base.empty()) page_base = std::string(page_url);
  std::string base = page_base;
  if (scan.have_base) {
    if (auto resolved = resolve_url(page_base, trim_view(scan.base_href))) base = *resolved;
  }
  if (scan.have_canonical) {
    if (auto canonical = resolve_url(base, trim_view(scan.canonical_href)); canonical && canonical->size() <= kMaxFieldBytes) {
      page.canonical = *canonical;
    }
  }
  page.links = resolve_links(scan.links, base);

  MainText text = main_text(scan);
  page.text = std::move(text.text);
  page.headings = std::move(text.headings);
  if (page.headings.empty() && scan.body != nullptr && (!scan.mains.empty() || !scan.articles.empty())) {
    page.headings = collect_text({scan.body}, false).headings;
  }
  for (const std::string& block : scan.json_ld_blocks) parse_json_ld(block, page.json_ld);
  return page;
}

RobotsDirectives parse_robots_directives(std::string_view value, std::string_view robots_token) {
  static const std::unordered_set<std::string> valued = {"max-snippet", "max-image-preview", "max-video-preview",
                                                         "unavailable_after", "noimageindex"};
  const std::string token = ascii_lower(trim_view(robots_token));
  RobotsDirectives directives;
  std::string agent;  // empty: the directives apply to every crawler
  for (const std::string& item : split(value, ',')) {
    std::string_view rest = trim_view(item);
    if (const std::size_t colon = rest.find(':'); colon != std::string_view::npos) {
      const std::string head = ascii_lower(trim_view(rest.substr(0, colon)));
      const bool is_agent = !head.empty() && valued.count(head) == 0 &&
                            std::all_of(head.begin(), head.end(), [](char c) {
                              return is_ascii_alnum(c) || c == '-' || c == '_';
                            });
      if (!is_agent) continue;  // a directive with a value, or junk
      agent = head;
      rest = trim_view(rest.substr(colon + 1));
    }
    if (!agent.empty() && agent != token) continue;
    for (const std::string& word : split(collapse_whitespace(rest), ' ')) {
      const std::string directive = ascii_lower(word);
      if (directive == "noindex" || directive == "none") directives.noindex = true;
      if (directive == "nofollow" || directive == "none") directives.nofollow = true;
    }
  }
  return directives;
}

// ---------------------------------------------------------------------------------
// JSON-LD -> records

namespace {

// The local schema.org type names of an object ("schema:Product" and
// "https://schema.org/Product" -> "Product").
std::vector<std::string> schema_types(const json& object) {
  std::vector<std::string> types;
  const auto type = object.find("@type");
  if (type == object.end()) return types;
  const auto add = [&](const json& value) {
    if (!value.is_string()) return;
    const std::string& name = value.get_ref<const std::string&>();
    const std::size_t cut = name.find_last_of("/:#");
    types.push_back(cut == std::string::npos ? name : name.substr(cut + 1));
  };
  if (type->is_array()) {
    for (const json& item : *type) add(item);
  } else {
    add(*type);
  }
  return types;
}

bool has_any_type(const std::vector<std::string>& types, std::initializer_list<std::string_view> wanted) {
  return std::any_of(types.begin(), types.end(), [&](const std::string& type) {
    return std::find(wanted.begin(), wanted.end(), type) != wanted.end();
  });
}

// Organisation type names and the org_type they map to.
std::optional<std::string> org_type_for(const std::vector<std::string>& types) {
  if (has_any_type(types, {"EducationalOrganization", "CollegeOrUniversity", "ResearchOrganization"})) {
    return "research";
  }
  if (has_any_type(types, {"GovernmentOrganization"})) return "public";
  if (has_any_type(types, {"NGO"})) return "other";
  if (has_any_type(types, {"Organization", "Corporation", "MedicalOrganization", "LocalBusiness",
                           "OnlineBusiness", "OnlineStore", "ProfessionalService", "MedicalBusiness",
                           "HealthAndBeautyBusiness", "Store", "HomeAndConstructionBusiness"})) {
    return "company";
  }
  return std::nullopt;
}

bool is_solution_type(const std::vector<std::string>& types) {
  return has_any_type(types, {"Product", "IndividualProduct", "ProductModel", "SoftwareApplication",
                              "WebApplication", "MobileApplication", "MedicalDevice"});
}

// Text with tags stripped and entities decoded, whitespace collapsed, at most `limit` bytes.
std::string plain_text(std::string_view raw, std::size_t limit) {
  const std::string bounded = truncate_utf8(raw, limit * 4);
  const std::string_view text = bounded;
  if (text.find_first_of("<&") == std::string_view::npos) return truncate_utf8(collapse_whitespace(text), limit);
  const GumboDocument document = parse_html(limit_nesting(text, kMaxDepth));
  if (!document) return truncate_utf8(collapse_whitespace(text), limit);
  return truncate_utf8(collapse_whitespace(inner_text(document->document, limit)), limit);
}

// A string property's text: a string, the first usable item of an array, or {"@value": ...}.
std::string text_value(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  const json* value = &*it;
  if (value->is_array()) {
    const auto first = std::find_if(value->begin(), value->end(), [](const json& item) {
      return item.is_string() || (item.is_object() && item.contains("@value") && item.at("@value").is_string());
    });
    if (first == value->end()) return {};
    value = &*first;
  }
  if (value->is_object() && value->contains("@value")) value = &value->at("@value");
  return value->is_string() ? value->get<std::string>() : std::string();
}

std::string clean_language(std::string_view lang) {
  std::string tag(trim_view(lang));
  std::replace(tag.begin(), tag.end(), '_', '-');
  const auto parts = split(tag, '-');
  if (parts.empty() || parts[0].size() < 2 || parts[0].size() > 3) return {};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].empty() || parts[i].size() > 8) return {};
    for (const char c : parts[i]) {
      if (!(is_ascii_alpha(c) || (i > 0 && is_ascii_alnum(c)))) return {};
    }
  }
  return tag;
}

std::string country_code(const json& object) {
  const auto address = object.find("address");
  if (address == object.end()) return {};
  std::vector<const json*> addresses;
  if (address->is_array()) {
    for (const json& item : *address) addresses.push_back(&item);
  } else {
    addresses.push_back(&*address);
  }
  for (const json* item : addresses) {
    if (!item->is_object()) continue;
    const auto country = item->find("addressCountry");
    if (country == item->end()) continue;
    std::string code = country->is_object() ? text_value(*country, "name")
                                            : (country->is_string() ? country->get<std::string>() : "");
    code = std::string(trim_view(code));
    if (code.size() == 2 && is_ascii_alpha(code[0]) && is_ascii_alpha(code[1])) {
      for (char& c : code) c = static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
      return code;
    }
  }
  return {};
}

std::string make_id(std::string_view prefix, std::string_view name, std::string_view fallback) {
  std::string slug = slugify(name);
  if (slug.empty()) slug = slugify(fallback);
  if (slug.empty()) return {};
  slug = slug.substr(0, RecordLimits::kMaxIdBytes - prefix.size());
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? std::string() : std::string(prefix) + slug;
}

std::string match_key(std::string_view name) { return to_lower(collapse_whitespace(name)); }

std::optional<std::string> record_url(const json& object, std::string_view page_url) {
  const std::string url = text_value(object, "url");
  if (url.empty()) return std::nullopt;
  auto resolved = resolve_url(page_url, trim_view(url));
  if (!resolved || resolved->size() > kMaxFieldBytes) return std::nullopt;
  return resolved;
}

struct OrganisationIndex {
  std::unordered_map<std::string, std::string> by_json_id, by_name;
  std::vector<std::string> ids;
};

struct RecordContext {
  std::string_view page_url;
  std::string lang;
  std::string source;
};

std::optional<json> organisation_record(const json& object, const std::string& org_type, const RecordContext& context) {
  std::string name = plain_text(text_value(object, "name"), kMaxTitleBytes);
  if (name.empty()) name = plain_text(text_value(object, "legalName"), kMaxTitleBytes);
  const std::string description = plain_text(text_value(object, "description"), kMaxDescriptionBytes);
  if (name.empty() || description.empty()) return std::nullopt;
  const auto website = record_url(object, context.page_url);
  const std::string id = make_id("org-", name, url_host(website ? *website : std::string(context.page_url)));
  if (id.empty()) return std::nullopt;
  json record = {{"type", "organisation"}, {"id", id},         {"name", name},
                 {"description", description}, {"org_type", org_type}};
  if (website) record["website"] = *website;
  if (const std::string country = country_code(object); !country.empty()) record["country"] = country;
  if (!context.lang.empty()) record["lang"] = context.lang;
  if (!context.source.empty()) record["source"] = context.source;
  return record;
}

// The organisation id a product's brand or manufacturer points at, if it is on the page.
std::optional<std::string> product_owner(const json& product, const OrganisationIndex& organisations) {
  for (const char* key : {"brand", "manufacturer", "author", "publisher", "creator"}) {
    const auto it = product.find(key);
    if (it == product.end()) continue;
    std::vector<const json*> candidates;
    if (it->is_array()) {
      for (const json& item : *it) candidates.push_back(&item);
    } else {
      candidates.push_back(&*it);
    }
    for (const json* candidate : candidates) {
      if (candidate->is_string()) {
        const std::string& text = candidate->get_ref<const std::string&>();
        if (auto found = organisations.by_json_id.find(text); found != organisations.by_json_id.end()) {
          return found->second;
        }
        if (auto found = organisations.by_name.find(match_key(text)); found != organisations.by_name.end()) {
          return found->second;
        }
        continue;
      }
      if (!candidate->is_object()) continue;
      if (const auto ref = candidate->find("@id"); ref != candidate->end() && ref->is_string()) {
        if (auto found = organisations.by_json_id.find(ref->get<std::string>()); found != organisations.by_json_id.end()) {
          return found->second;
        }
      }
      for (const char* name_key : {"name", "legalName"}) {
        const std::string name = text_value(*candidate, name_key);
        if (name.empty()) continue;
        if (auto found = organisations.by_name.find(match_key(name)); found != organisations.by_name.end()) {
          return found->second;
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<json> solution_record(const json& object, const std::string& organisation, const RecordContext& context) {
  const std::string name = plain_text(text_value(object, "name"), kMaxTitleBytes);
  const std::string description = plain_text(text_value(object, "description"), kMaxDescriptionBytes);
  if (name.empty() || description.empty()) return std::nullopt;
  const std::string id = make_id("sol-", name, "");
  if (id.empty()) return std::nullopt;
  json record = {{"type", "solution"}, {"id", id},         {"organisation", organisation},
                 {"name", name},       {"description", description}, {"maturity", "market"}};
  if (const auto url = record_url(object, context.page_url)) {
    record["url"] = *url;
  } else if (!context.source.empty()) {
    record["url"] = context.source;
  }
  if (!context.lang.empty()) record["lang"] = context.lang;
  if (!context.source.empty()) record["source"] = context.source;
  return record;
}

}  // namespace

std::vector<json> records_from_json_ld(const ExtractedPage& page, std::string_view page_url,
                                       std::string_view default_org_id) {
  std::vector<json> records;
  std::unordered_set<std::string> emitted;
  RecordContext context{page_url, clean_language(page.lang), normalise_url(page_url)};
  if (context.source.size() > kMaxFieldBytes) context.source.clear();

  OrganisationIndex organisations;
  for (const json& object : page.json_ld) {
    if (!object.is_object()) continue;
    const auto org_type = org_type_for(schema_types(object));
    if (!org_type) continue;
    auto record = organisation_record(object, *org_type, context);
    if (!record) continue;
    const std::string id = (*record)["id"].get<std::string>();
    if (const auto ref = object.find("@id"); ref != object.end() && ref->is_string()) {
      organisations.by_json_id.emplace(ref->get<std::string>(), id);
    }
    for (const char* key : {"name", "legalName", "alternateName"}) {
      if (const std::string name = text_value(object, key); !name.empty()) {
        organisations.by_name.emplace(match_key(name), id);
      }
    }
    if (!emitted.insert(id).second) continue;
    organisations.ids.push_back(id);
    records.push_back(std::move(*record));
  }

  for (const json& object : page.json_ld) {
    if (!object.is_object() || !is_solution_type(schema_types(object))) continue;
    std::string owner = product_owner(object, organisations).value_or(std::string(default_org_id));
    if (owner.empty() && organisations.ids.size() == 1) owner = organisations.ids.front();
    if (owner.empty()) continue;
    auto record = solution_record(object, owner, context);
    if (!record || !emitted.insert((*record)["id"].get<std::string>()).second) continue;
    records.push_back(std::move(*record));
  }
  return records;
}

}  // namespace radar::crawl
