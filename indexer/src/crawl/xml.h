// Untrusted XML for the sitemap and feed parsers, on pugixml: documents must be well
// formed and may not declare entities (pugixml never expands them, but we refuse them
// outright); elements are matched by local name so any namespace prefix is tolerated.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace radar::crawl {

// Parses `xml` into `document`. Throws ParseError ("`what` is not well-formed XML: ...")
// on malformed input or not exactly one root element, and on a DOCTYPE declaring entities.
void load_untrusted_xml(pugi::xml_document& document, std::string_view xml, std::string_view what);

// The element name without its namespace prefix ("atom:link" -> "link").
std::string_view local_name(const pugi::xml_node& node);

// The first child element of `parent` whose local name is `name`, or an empty node.
pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name);

// All text (including CDATA) below `node`, with runs of whitespace collapsed to one space
// and the ends trimmed.
std::string text_of(const pugi::xml_node& node);

}  // namespace radar::crawl
