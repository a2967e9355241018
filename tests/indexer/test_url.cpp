// URL resolution and normalisation (crawl/url.h): RFC 3986 section 5.4 reference
// resolution, the schemes the crawler refuses, and the normal form used as page ids.
#include <catch2/catch.hpp>

#include "crawl/url.h"

using radar::crawl::normalise_url;
using radar::crawl::resolve_url;
using radar::crawl::url_has_prefix;
using radar::crawl::url_host;
using radar::crawl::url_origin;
using radar::crawl::url_path_and_query;

namespace {

struct ResolveCase {
  const char* base;
  const char* href;
  std::optional<std::string> expected;
};

constexpr const char* kRfcBase = "http://a/b/c/d;p?q";
constexpr const char* kPageBase = "https://Example.COM/a/b/c?x=1#top";

}  // namespace

TEST_CASE("resolve_url resolves references as RFC 3986 5.4 does") {
  const ResolveCase cases[] = {
      // RFC 3986 5.4.1, normal examples (http only).
      {kRfcBase, "g", "http://a/b/c/g"},
      {kRfcBase, "./g", "http://a/b/c/g"},
      {kRfcBase, "g/", "http://a/b/c/g/"},
      {kRfcBase, "/g", "http://a/g"},
      {kRfcBase, "//g", "http://g/"},
      {kRfcBase, "?y", "http://a/b/c/d;p?y"},
      {kRfcBase, "g?y", "http://a/b/c/g?y"},
      {kRfcBase, "#s", "http://a/b/c/d;p?q"},
      {kRfcBase, "g#s", "http://a/b/c/g"},
      {kRfcBase, "g?y#s", "http://a/b/c/g?y"},
      {kRfcBase, ";x", "http://a/b/c/;x"},
      {kRfcBase, "g;x", "http://a/b/c/g;x"},
      {kRfcBase, "", "http://a/b/c/d;p?q"},
      {kRfcBase, ".", "http://a/b/c/"},
      {kRfcBase, "./", "http://a/b/c/"},
      {kRfcBase, "..", "http://a/b/"},
      {kRfcBase, "../", "http://a/b/"},
      {kRfcBase, "../g", "http://a/b/g"},
      {kRfcBase, "../..", "http://a/"},
      {kRfcBase, "../../g", "http://a/g"},
      // RFC 3986 5.4.2, abnormal examples.
      {kRfcBase, "../../../g", "http://a/g"},
      {kRfcBase, "../../../../g", "http://a/g"},
      {kRfcBase, "/./g", "http://a/g"},
      {kRfcBase, "/../g", "http://a/g"},
      {kRfcBase, "g.", "http://a/b/c/g."},
      {kRfcBase, ".g", "http://a/b/c/.g"},
      {kRfcBase, "g..", "http://a/b/c/g.."},
      {kRfcBase, "..g", "http://a/b/c/..g"},
      {kRfcBase, "./../g", "http://a/b/g"},
      {kRfcBase, "./g/.", "http://a/b/c/g/"},
      {kRfcBase, "g/./h", "http://a/b/c/g/h"},
      {kRfcBase, "g/../h", "http://a/b/c/h"},
      {kRfcBase, "g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {kRfcBase, "g;x=1/../y", "http://a/b/c/y"},
      {kRfcBase, "g#s/../x", "http://a/b/c/g"},
      // What pages hold.
      {kPageBase, "d", "https://example.com/a/b/d"},
      {kPageBase, "/d?y=2", "https://example.com/d?y=2"},
      {kPageBase, "?y=2", "https://example.com/a/b/c?y=2"},
      {kPageBase, "#section", "https://example.com/a/b/c?x=1"},
      {kPageBase, "", "https://example.com/a/b/c?x=1"},
      {kPageBase, "  /padded \n", "https://example.com/padded"},
      {kPageBase, "/split\n/across\tlines", "https://example.com/split/acrosslines"},
      {kPageBase, "//Other.ORG/p", "https://other.org/p"},
      {kPageBase, "HTTP://EXAMPLE.COM:80/X", "http://example.com/X"},
      {kPageBase, "https://example.com:443", "https://example.com/"},
      {kPageBase, "https://example.com:8443", "https://example.com:8443/"},
      {kPageBase, "http://[::1]:8080/x", "http://[::1]:8080/x"},
      {kPageBase, "https://user:secret@example.com/x", "https://example.com/x"},
      {kPageBase, "/s\xC3\xB8g?q=\xC3\xA6", "https://example.com/s%C3%B8g?q=%C3%A6"},
      {kPageBase, "/a b", "https://example.com/a%20b"},
      {kPageBase, "/%7euser/%41%2f", "https://example.com/~user/A%2F"},
      {kPageBase, "/x?", "https://example.com/x"},
      // Refused.
      {kPageBase, "mailto:someone@example.com", std::nullopt},
      {kPageBase, "javascript:void(0)", std::nullopt},
      {kPageBase, "JavaScript:alert(1)", std::nullopt},
      {kPageBase, "data:text/html,<p>hi</p>", std::nullopt},
      {kPageBase, "tel:+4512345678", std::nullopt},
      {kPageBase, "ftp://example.com/file.txt", std::nullopt},
      {kPageBase, "https://exa mple.com/", std::nullopt},
      {kPageBase, "http://", std::nullopt},
      {"not a url", "/x", std::nullopt},
      {"", "https://example.com/", std::nullopt},
      {"mailto:someone@example.com", "/x", std::nullopt},
      {"ftp://example.com/", "x", std::nullopt},
  };
  for (const auto& test : cases) {
    INFO("base " << test.base << " href \"" << test.href << "\"");
    CHECK(resolve_url(test.base, test.href) == test.expected);
  }
}

TEST_CASE("one UrlResolver resolves a page's links each against the page's base") {
  const radar::crawl::UrlResolver resolver(kRfcBase);
  // Each link is resolved against the base, never against the link before it.
  CHECK(resolver.resolve("https://other.example/x/y") == "https://other.example/x/y");
  CHECK(resolver.resolve("g") == "http://a/b/c/g");
  CHECK(resolver.resolve("/x/y") == "http://a/x/y");
  CHECK(resolver.resolve("javascript:void(0)") == std::nullopt);
  CHECK(resolver.resolve("../g") == "http://a/b/g");
  CHECK(resolver.resolve("#s") == "http://a/b/c/d;p?q");
  CHECK(resolver.resolve("?y") == "http://a/b/c/d;p?y");
  CHECK_FALSE(radar::crawl::UrlResolver("mailto:someone@example.com").resolve("/x"));
  CHECK_FALSE(radar::crawl::UrlResolver("not a url").resolve("https://example.com/"));
}

TEST_CASE("resolve_url refuses URLs over 8 KiB") {
  const std::string long_path = "/" + std::string(9000, 'a');
  CHECK_FALSE(resolve_url("https://example.com/", long_path));
  CHECK(resolve_url("https://example.com/", "/" + std::string(4000, 'a')));
}

TEST_CASE("normalise_url gives the normal form or nothing") {
  const std::pair<const char*, const char*> cases[] = {
      {"HTTPS://Example.COM", "https://example.com/"},
      {"https://example.com:443/a#frag", "https://example.com/a"},
      {"http://example.com:80/", "http://example.com/"},
      {"http://example.com:8080/", "http://example.com:8080/"},
      {"https://example.com:80/", "https://example.com:80/"},
      {"https://example.com/a/./b/../c", "https://example.com/a/c"},
      {"https://example.com/%7Efoo?%61=%2f", "https://example.com/~foo?a=%2F"},
      {"https://example.com/Path/Stays?Query=Stays", "https://example.com/Path/Stays?Query=Stays"},
      {"https://example.com?", "https://example.com/"},
      {"  https://example.com/trim  ", "https://example.com/trim"},
      {"https://example.com/a b?q=c d", "https://example.com/a%20b?q=c%20d"},
      {"https://example.com/s\xC3\xB8g", "https://example.com/s%C3%B8g"},
      {"example.com/no-scheme", ""},
      {"/relative/path", ""},
      {"ftp://example.com/", ""},
      {"file:///etc/passwd", ""},
      {"", ""},
      {"https://", ""},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(normalise_url(input) == expected);
  }
}

TEST_CASE("url_host, url_origin and url_path_and_query") {
  struct PartsCase {
    const char* url;
    const char* host;
    const char* origin;
    const char* path_and_query;
  };
  const PartsCase cases[] = {
      {"https://WWW.Example.com/a/b?x=1#f", "www.example.com", "https://www.example.com", "/a/b?x=1"},
      {"http://example.com:80", "example.com", "http://example.com", "/"},
      {"https://example.com:8443/x", "example.com", "https://example.com:8443", "/x"},
      {"http://127.0.0.1:8080/robots.txt", "127.0.0.1", "http://127.0.0.1:8080", "/robots.txt"},
      {"http://[::1]/", "[::1]", "http://[::1]", "/"},
      {"https://example.com/s\xC3\xB8g", "example.com", "https://example.com", "/s%C3%B8g"},
      {"mailto:someone@example.com", "", "", ""},
      {"not a url", "", "", ""},
  };
  for (const auto& test : cases) {
    INFO(test.url);
    CHECK(url_host(test.url) == test.host);
    CHECK(url_origin(test.url) == test.origin);
    CHECK(url_path_and_query(test.url) == test.path_and_query);
  }
}

TEST_CASE("url_has_prefix compares normalised URLs") {
  struct PrefixCase {
    const char* url;
    const char* prefix;
    bool expected;
  };
  const PrefixCase cases[] = {
      {"https://example.com/products/care/robot", "https://example.com/products", true},
      {"https://EXAMPLE.com:443/products/x", "https://example.com/products/", true},
      {"https://example.com/products", "https://example.com/products/", false},
      {"https://example.com/anything", "https://example.com", true},
      {"https://example.com/anything", "HTTPS://Example.com/", true},
      {"http://example.com/products/x", "https://example.com/products", false},
      {"https://example.com.evil.org/products", "https://example.com", false},
      {"https://example.com:8443/products", "https://example.com/products", false},
      {"https://example.com/products-old/x", "https://example.com/products", true},
      {"https://example.com/a#frag", "https://example.com/a#other", true},
      {"not a url", "https://example.com", false},
      {"https://example.com/x", "", false},
  };
  for (const auto& test : cases) {
    INFO(test.url << " prefix " << test.prefix);
    CHECK(url_has_prefix(test.url, test.prefix) == test.expected);
  }
}
