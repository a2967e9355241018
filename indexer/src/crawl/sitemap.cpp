#include "crawl/sitemap.h"

#include "crawl/xml.h"

namespace radar::crawl {

Sitemap parse_sitemap(std::string_view xml) {
  pugi::xml_document document;
  load_untrusted_xml(document, xml, "sitemap");
  const pugi::xml_node root = document.document_element();
  const std::string_view root_name = local_name(root);
  Sitemap sitemap;
  if (root_name == "sitemapindex") {
    sitemap.is_index = true;
  } else if (root_name != "urlset") {
    throw ParseError("not a sitemap: the root element is <" + std::string(root.name()) +
                     ">, expected <urlset> or <sitemapindex>");
  }
  const std::string_view entry_name = sitemap.is_index ? "sitemap" : "url";
  for (const pugi::xml_node& entry : root.children()) {
    if (entry.type() != pugi::node_element || local_name(entry) != entry_name) {
      continue;
    }
    std::string loc = text_of(child_named(entry, "loc"));
    if (loc.empty()) {
      continue;
    }
    if (sitemap.entries.size() == kMaxSitemapEntries) {
      sitemap.truncated = true;
      break;
    }
    sitemap.entries.push_back({std::move(loc), text_of(child_named(entry, "lastmod"))});
  }
  return sitemap;
}

}  // namespace radar::crawl
