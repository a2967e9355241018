#include "crawl/xml.h"

#include "crawl/parse_error.h"

namespace radar::crawl {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Inline (X)HTML elements, which do not separate words ("<em>robot</em>s").
bool is_inline(std::string_view name) {
  static constexpr std::string_view kInline[] = {"a", "abbr", "b",     "cite", "code",   "em",  "i",   "mark",
                                                 "q", "s",    "small", "span", "strong", "sub", "sup", "u"};
  for (const auto inline_name : kInline) {
    if (name == inline_name) {
      return true;
    }
  }
  return false;
}

void append_text(const pugi::xml_node& node, std::string& out) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element) {
      append_text(child, out);
      if (!is_inline(local_name(child))) {
        out += ' ';  // "<p>a</p><p>b</p>" reads as "a b"
      }
    }
  }
}

}  // namespace

void load_untrusted_xml(pugi::xml_document& document, std::string_view xml, std::string_view what) {
  // parse_doctype keeps the DOCTYPE as a node so that it can be inspected; pugixml
  // never reads external DTDs nor expands declared entities either way.
  const pugi::xml_parse_result result =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_doctype);
  if (!result) {
    throw ParseError(std::string(what) + " is not well-formed XML: " + result.description() + " at byte " +
                     std::to_string(result.offset));
  }
  int roots = 0;
  for (const pugi::xml_node& node : document.children()) {
    if (node.type() == pugi::node_doctype &&
        std::string_view(node.value()).find("<!ENTITY") != std::string_view::npos) {
      throw ParseError(std::string(what) + " declares XML entities in its DOCTYPE; refused");
    }
    if (node.type() == pugi::node_element) {
      ++roots;
    }
  }
  if (roots != 1) {
    throw ParseError(std::string(what) +
                     " is not well-formed XML: " + (roots == 0 ? "no root element" : "more than one root element"));
  }
}

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      return child;
    }
  }
  return {};
}

std::string text_of(const pugi::xml_node& node) {
  std::string raw;
  append_text(node, raw);
  std::string out;
  bool pending_space = false;
  for (const char c : raw) {
    if (is_xml_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
    }
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace radar::crawl
