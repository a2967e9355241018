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

// After an element's text: a space unless the element is inline.
void close_element(const pugi::xml_node& element, std::string& out) {
  if (!is_inline(local_name(element))) {
    out += ' ';  // "<p>a</p><p>b</p>" reads as "a b"
  }
}

// All text below `root` in document order. A walk without recursion: hostile XML may
// nest elements a million deep, which would overflow the stack of a recursive one.
void append_text(const pugi::xml_node& root, std::string& out) {
  pugi::xml_node node = root.first_child();
  while (node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      out += node.value();
    } else if (node.type() == pugi::node_element && node.first_child()) {
      node = node.first_child();
      continue;
    } else if (node.type() == pugi::node_element) {
      close_element(node, out);
    }
    while (!node.next_sibling()) {  // leave the elements this was the last child of
      node = node.parent();
      if (node == root) {
        return;
      }
      close_element(node, out);
    }
    node = node.next_sibling();
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
