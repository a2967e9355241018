#include "radar/match_command.h"

#include <iostream>
#include <sstream>

#include "radar/cli.h"
#include "radar/error.h"
#include "radar/files.h"
#include "radar/matcher.h"

namespace radar {
namespace {

constexpr const char* kUsage = R"(usage: radar-match --db DIR [--db DIR|tcp://HOST:PORT ...] [--json] [--limit N]
                   [--area A] [--maturity M] [--region R] [--org-type T]
                   (--need TEXT | --need-file FILE)

Screens the market for one need: ranked solutions and partners, what is not
covered, similar needs of other municipalities, and the decision
(buy / dialogue / develop / clarify). Filters may be repeated.
)";

std::string read_need_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    return content.str();
  }
  return read_whole_file(path, "need file");
}

}  // namespace

int run_match_command(const std::vector<std::string>& args, std::ostream& out) {
  const cli::Args parsed(args, {"db", "limit", "need", "need-file", "area", "maturity", "region", "org-type"},
                         {"json", "help"});
  if (parsed.has("help")) return out << kUsage, 0;
  parsed.required("db");
  if (parsed.has("need") == parsed.has("need-file")) throw UsageError("give exactly one of --need TEXT or --need-file FILE");
  MatchRequest request;
  request.need = parsed.has("need") ? parsed.value("need") : read_need_file(parsed.value("need-file"));
  request.limit = static_cast<unsigned>(parsed.number("limit", 10));
  request.filters = {parsed.values("area"), parsed.values("maturity"), parsed.values("region"), parsed.values("org-type")};
  Matcher matcher(parsed.values("db"));
  const MatchResult result = matcher.match(request);
  if (parsed.has("json")) {
    out << to_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    out << format_text(result);
  }
  return 0;
}

}  // namespace radar
