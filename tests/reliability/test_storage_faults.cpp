// Storage faults: an ingest that runs into a file-size limit (RLIMIT_FSIZE, set in a
// child process: the stand-in for a full disk), missing and corrupt indexes given to
// every command and to the server. Each must end in a clear message and a non-zero
// exit, or a JSON 500 from a server that stays up; never a crash or a core dump, and
// a failed write leaves the previous revision readable.
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "test_support.h"

using namespace radar::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Runs `tool` from the build's bin directory with a file-size limit of `max_file_bytes`,
// no core dumps, and SIGXFSZ at its default action (so the tool must handle it itself).
CommandResult run_with_file_limit(const std::string& tool, const std::vector<std::string>& args, rlim_t max_file_bytes,
                                  int timeout_seconds = 300) {
  TempDir io;
  const std::string out_path = io.file("stdout");
  const std::string err_path = io.file("stderr");
  const std::string program = std::string(RADAR_BIN_DIR) + "/" + tool;
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const rlimit fsize{max_file_bytes, max_file_bytes};
    const rlimit core{0, 0};
    ::setrlimit(RLIMIT_FSIZE, &fsize);
    ::setrlimit(RLIMIT_CORE, &core);
    ::signal(SIGXFSZ, SIG_DFL);
    ::dup2(::open("/dev/null", O_RDONLY), 0);
    ::dup2(::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
    ::dup2(::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  CommandResult result;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return result;  // exit_code -1: it hung
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_text(out_path);
  result.err = read_text(err_path);
  return result;
}

// `count` solutions of one organisation, about 450 bytes each, with varied words.
std::string generated_records(int count) {
  std::mt19937 random(42);
  static const char* const kSyllables[] = {"nat",  "til",   "syn", "sen", "sor",  "bor", "ger",  "dem", "ens",
                                           "hjem", "pleje", "ro",  "bot", "lift", "med", "icin", "vag", "kald"};
  const auto word = [&] {
    std::string text;
    for (int i = 0, n = 2 + static_cast<int>(random() % 3); i < n; ++i) text += kSyllables[random() % 18];
    return text;
  };
  std::string records =
      R"({"type":"organisation","id":"org-gen","name":"Generator ApS","description":"Mange løsninger","org_type":"company"})"
      "\n";
  for (int i = 0; i < count; ++i) {
    std::string description;
    for (int w = 0; w < 40; ++w) description += word() + " ";
    records += json{{"type", "solution"},
                    {"id", "sol-gen-" + std::to_string(i)},
                    {"organisation", "org-gen"},
                    {"name", word() + " " + word()},
                    {"description", description},
                    {"maturity", "market"},
                    {"lang", "da"}}
                   .dump() +
               "\n";
  }
  return records;
}

// Exit code and stderr of a command that must fail cleanly: 1, "TOOL: message".
void check_clean_failure(const CommandResult& result, const std::string& tool) {
  CAPTURE(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.rfind(tool + ": ", 0) == 0);
  CHECK(result.err.find("index") != std::string::npos);
  CHECK(result.err.size() < 2000);
}

// The block header of Xapian's glass B-trees (xapian-core backends/glass/glass_table.h,
// the on-disk format of every Xapian 1.4 glass index, 8 KiB blocks by default): 4 bytes
// revision, 1 byte level (0 a leaf, 254 a free-list block), 2 + 2 bytes of free-space
// counts, then 2 bytes (big-endian) where the block's item directory ends, which must lie
// between 11 and the block size. Glass checks that end on every block it reads and
// throws DatabaseCorruptError ("dir_end invalid in block N") if it is out of range.
constexpr std::uintmax_t kGlassBlockSize = 8192;
constexpr std::streamoff kLevelOffset = 4;
constexpr std::streamoff kDirEndOffset = 9;
constexpr int kFreeListLevel = 254;

// The level byte of every block of a glass table file.
std::vector<int> block_levels(const std::string& path) {
  const auto size = fs::file_size(path);
  REQUIRE(size % kGlassBlockSize == 0);
  std::ifstream file(path, std::ios::binary);
  std::vector<int> levels;
  for (std::uintmax_t block = 0; block * kGlassBlockSize < size; ++block) {
    file.seekg(static_cast<std::streamoff>(block * kGlassBlockSize) + kLevelOffset);
    levels.push_back(file.get());
  }
  return levels;
}

// Sets block `block`'s directory end to 0, which glass rejects whenever it reads the block.
void break_block(std::fstream& file, std::uintmax_t block) {
  file.seekp(static_cast<std::streamoff>(block * kGlassBlockSize) + kDirEndOffset);
  file.put('\0').put('\0');
}

// Breaks every leaf block of the glass table at `path` and returns how many it broke.
// Every lookup in a B-tree ends in a leaf, so every read of the table's entries fails,
// wherever the entries lie; the root and the inner blocks stay whole, so the index
// still opens. The table must have more than one level (a one-block table's root is
// its only leaf, and breaking it is the "cannot open" case).
std::size_t break_leaves(const std::string& path) {
  const std::vector<int> levels = block_levels(path);
  int top = 0;
  for (const int level : levels) {
    if (level != kFreeListLevel) top = std::max(top, level);
  }
  REQUIRE(top >= 1);
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  std::size_t broken = 0;
  for (std::size_t block = 0; block < levels.size(); ++block) {
    if (levels[block] == 0) break_block(file, block), ++broken;
  }
  REQUIRE(file.good());
  return broken;
}

// Fills every block of the glass table at `path` with seeded garbage whose header glass
// rejects (level 0, directory end 0), the root included: the table cannot even be opened.
void garble_table(const std::string& path, unsigned seed) {
  std::mt19937 random(seed);
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  const auto size = fs::file_size(path);
  REQUIRE(size % kGlassBlockSize == 0);
  for (std::uintmax_t block = 0; block * kGlassBlockSize < size; ++block) {
    file.seekp(static_cast<std::streamoff>(block * kGlassBlockSize));
    for (std::uintmax_t i = 0; i < kGlassBlockSize; ++i) file.put(static_cast<char>(random()));
    file.seekp(static_cast<std::streamoff>(block * kGlassBlockSize) + kLevelOffset);
    file.put('\0');
    break_block(file, block);
  }
  REQUIRE(file.good());
}

// The bytes of every file of the index at `db`, to show that failed reads wrote nothing.
std::map<std::string, std::string> index_files(const std::string& db) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(db)) files[entry.path().filename()] = read_text(entry.path());
  return files;
}

// `text` parsed as a JSON object; a failed check (not a crash) when it is not one.
json json_object(const std::string& text) {
  json parsed = json::parse(text, nullptr, false);
  CAPTURE(text);
  CHECK(parsed.is_object());
  return parsed.is_object() ? parsed : json::object();
}

// The string at `pointer` in `body`, or "" when it is missing or not a string.
std::string string_at(const json& body, const char* pointer) {
  const json::json_pointer where(pointer);
  return body.contains(where) && body.at(where).is_string() ? body.at(where).get<std::string>() : "";
}

const char* const kNeed = "Nattilsyn af borgere med demens, uden at vække dem, med besked når de forlader sengen.";

}  // namespace

TEST_CASE("an ingest past a file-size limit fails clearly and keeps the previous revision", "[reliability][storage]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")})
              .exit_code == 0);
  const auto before = run_tool("radar-index", {"stats", "--db", db});
  REQUIRE(before.exit_code == 0);
  const std::string big = dir.write("big.jsonl", generated_records(4000));  // ~2 MB of records

  const auto limited = run_with_file_limit("radar-index", {"ingest", "--db", db, big}, 1 << 20);
  CAPTURE(limited.err);
  CHECK(limited.exit_code == 1);  // not 128 + SIGXFSZ (153), not a hang
  CHECK_THAT(limited.err, Catch::StartsWith("radar-index: cannot write the index " + db));
  CHECK_THAT(limited.err, Catch::Contains("File too large"));
  CHECK_THAT(limited.err, Catch::Contains("previous revision is unchanged"));

  const auto after = run_tool("radar-index", {"stats", "--db", db});
  REQUIRE(after.exit_code == 0);
  CHECK(json::parse(after.out) == json::parse(before.out));  // same documents, revision and time
  const auto match = run_tool("radar-match", {"--db", db, "--json", "--need", kNeed});
  CHECK(match.exit_code == 0);
  CHECK(json::parse(match.out)["solutions"][0]["id"] == "sol-t-sengesensor");

  // Without the limit the same ingest goes through: the failed one damaged nothing.
  const auto unlimited = run_tool("radar-index", {"ingest", "--db", db, big});
  CHECK(unlimited.exit_code == 0);
  const auto grown = json::parse(run_tool("radar-index", {"stats", "--db", db}).out);
  CHECK(grown["documents"]["solution"] == json::parse(before.out)["documents"]["solution"].get<int>() + 4000);
  CHECK(grown["revision"].get<int>() > json::parse(before.out)["revision"].get<int>());
}

TEST_CASE("a compaction that fails or is killed leaves the index as it was", "[reliability][storage][compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")})
              .exit_code == 0);
  REQUIRE(run_tool("radar-index", {"ingest", "--db", db, dir.write("many.jsonl", generated_records(1500))})
              .exit_code == 0);
  const auto files_before = index_files(db);
  const json before = json::parse(run_tool("radar-index", {"stats", "--db", db}).out);

  // The copy runs into a file-size limit (a full disk): a clear error, the copy removed,
  // the index byte for byte as it was.
  const auto limited = run_with_file_limit("radar-index", {"compact", "--db", db}, rlim_t{64} * 1024);
  CAPTURE(limited.err);
  CHECK(limited.exit_code == 1);
  CHECK_THAT(limited.err, Catch::StartsWith("radar-index: cannot compact " + db));
  CHECK_THAT(limited.err, Catch::Contains("the index is unchanged"));
  CHECK_FALSE(fs::exists(db + ".compacting"));
  CHECK(index_files(db) == files_before);

  // Killed at points through the run, 10 ms later each time, until a run ends by itself
  // (bounded: 30 runs): the index holds its documents and answers, compacted or not; a copy
  // left behind is removed by the next run. A kill that leaves a copy landed mid-compaction,
  // and at least one must, or the loop tested only start-up.
  int killed_mid_copy = 0;
  for (int delay_ms = 0; delay_ms < 300; delay_ms += 10) {
    ChildProcess compaction("radar-index", {"compact", "--db", db});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    const int status = compaction.stop(SIGKILL);
    if (status == 128 + SIGKILL && fs::exists(db + ".compacting")) ++killed_mid_copy;
    const auto stats = run_tool("radar-index", {"stats", "--db", db});
    REQUIRE(stats.exit_code == 0);
    CHECK(json::parse(stats.out)["documents"] == before["documents"]);
    const auto match = run_tool("radar-match", {"--db", db, "--json", "--need", kNeed});
    REQUIRE(match.exit_code == 0);
    CHECK(json::parse(match.out)["solutions"][0]["id"] == "sol-t-sengesensor");
    if (status == 0) break;  // later kills would come after the end
  }
  CHECK(killed_mid_copy > 0);
  const auto finished = run_tool("radar-index", {"compact", "--db", db});
  CAPTURE(finished.err);
  CHECK(finished.exit_code == 0);
  CHECK_FALSE(fs::exists(db + ".compacting"));
  CHECK(json::parse(run_tool("radar-index", {"stats", "--db", db}).out)["documents"] == before["documents"]);
}

TEST_CASE("missing and corrupt indexes give every command a clear error, not a crash", "[reliability][storage]") {
  TempDir dir;
  const std::string good = dir.file("good");
  REQUIRE(run_tool("radar-index", {"ingest", "--db", good, source_path("tests/fixtures/records/mini-market.jsonl")})
              .exit_code == 0);
  struct Damage {
    const char* name;
    std::function<void(const std::string&)> apply;  // to a copy of the good index
    bool ingest_creates;                            // ingest makes a new index there
  };
  const std::vector<Damage> damages = {
      {"no such directory", [](const std::string& db) { fs::remove_all(db); }, true},
      {"an empty directory", [](const std::string& db) { fs::remove_all(db), fs::create_directory(db); }, true},
      {"a plain file", [](const std::string& db) { fs::remove_all(db), std::ofstream(db) << "not an index\n"; }, false},
      {"version file missing", [](const std::string& db) { fs::remove(db + "/iamglass"); }, false},
      {"version file garbage", [](const std::string& db) { std::ofstream(db + "/iamglass") << std::string(104, 'x'); },
       false},
      {"postlist truncated", [](const std::string& db) { fs::resize_file(db + "/postlist.glass", 4096); }, false},
      {"postlist zeroed",
       [](const std::string& db) {
         std::fstream(db + "/postlist.glass", std::ios::in | std::ios::out | std::ios::binary)
             << std::string(24576, '\0');
       },
       false},
      {"record table garbage", [](const std::string& db) { garble_table(db + "/docdata.glass", 1); }, false},
  };
  for (const auto& damage : damages) {
    CAPTURE(damage.name);
    const std::string db = dir.file(std::string("bad-") + damage.name);
    fs::copy(good, db, fs::copy_options::recursive);
    damage.apply(db);
    check_clean_failure(run_tool("radar-index", {"stats", "--db", db}, "", 60), "radar-index");
    check_clean_failure(run_tool("radar-index", {"list", "--db", db}, "", 60), "radar-index");
    check_clean_failure(run_tool("radar-index", {"search", "--db", db, "nattilsyn"}, "", 60), "radar-index");
    check_clean_failure(run_tool("radar-match", {"--db", db, "--need", kNeed}, "", 60), "radar-match");
    const std::string port = std::to_string(free_port());
    check_clean_failure(run_tool("radar-serve", {"--db", db, "--listen", "127.0.0.1:" + port}, "", 60), "radar-serve");
    if (!damage.ingest_creates) {
      check_clean_failure(
          run_tool("radar-index", {"ingest", "--db", db, source_path("tests/fixtures/records/mini-market.jsonl")}, "",
                   60),
          "radar-index");
    }
  }
}

// Waits (at most a minute) for any answer to GET /healthz; status 0 if none came.
httplib::Result first_health_answer(httplib::Client& client) {
  for (const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
       std::chrono::steady_clock::now() < deadline;) {
    if (auto health = client.Get("/healthz")) return health;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return client.Get("/healthz");
}

// A server on the damaged index `db` answers /healthz 503 and every match 500, each
// with a message naming the corruption, and keeps running.
void check_server_on_damaged_index(const std::string& db) {
  const int port = free_port();
  ChildProcess server("radar-serve", {"--db", db, "--listen", "127.0.0.1:" + std::to_string(port), "--threads", "2"});
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(60, 0);
  const auto health = first_health_answer(client);  // /healthz reads a little of every table
  REQUIRE(health);
  CHECK(health->status == 503);
  const json health_body = json_object(health->body);
  CHECK(string_at(health_body, "/status") == "unavailable");
  CHECK(string_at(health_body, "/error/code") == "unavailable");
  CHECK_THAT(string_at(health_body, "/reason"), Catch::StartsWith("the index could not be read"));
  CHECK_THAT(string_at(health_body, "/reason"), Catch::Contains("DatabaseCorruptError"));
  CHECK(string_at(health_body, "/error/message") == string_at(health_body, "/reason"));
  for (int i = 0; i < 5; ++i) {
    const auto response =
        client.Post("/api/v1/match", json{{"need", "natsyn sensor pleje demens"}}.dump(), "application/json");
    REQUIRE(response);
    CHECK(response->status == 500);
    const json body = json_object(response->body);
    CHECK(string_at(body, "/error/code") == "internal_error");
    CHECK_THAT(string_at(body, "/error/message"), Catch::Contains("index"));
    CHECK_THAT(string_at(body, "/error/message"), Catch::Contains("DatabaseCorruptError"));
  }
  const auto again = client.Get("/healthz");
  REQUIRE(again);
  CHECK(again->status == 503);
  CHECK(::kill(server.pid(), 0) == 0);  // still running
}

TEST_CASE("broken leaves of a table: reads fail with a message, the server answers 500 and stays up, /healthz 503",
          "[reliability][storage]") {
  TempDir dir;
  const std::string good = dir.file("good");
  // 1,500 records: every table below has inner blocks above its leaves.
  REQUIRE(run_tool("radar-index", {"ingest", "--db", good, dir.write("many.jsonl", generated_records(1500))})
              .exit_code == 0);
  // The server reads the index's metadata (language resources, revision), which glass
  // keeps in the postlist table, when it starts: with that table broken it cannot start.
  const std::vector<std::pair<std::string, bool>> tables = {{"postlist", false}, {"termlist", true}, {"docdata", true}};
  for (const auto& [table, server_starts] : tables) {
    CAPTURE(table);
    const std::string db = dir.file("broken-" + table);
    fs::copy(good, db, fs::copy_options::recursive);
    CHECK(break_leaves((fs::path(db) / (table + ".glass")).string()) > 0);
    const auto before = index_files(db);

    for (const auto& [tool, args] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"radar-index", {"list", "--db", db}},
             {"radar-index", {"search", "--db", db, "natsyn sensor"}},
             {"radar-match", {"--db", db, "--need", "natsyn sensor pleje demens"}}}) {
      CAPTURE(tool, args);
      const auto result = run_tool(tool, args, "", 60);
      check_clean_failure(result, tool);
      CHECK_THAT(result.err, Catch::Contains("DatabaseCorruptError"));
    }
    if (server_starts) {
      check_server_on_damaged_index(db);
    } else {
      const std::string port = std::to_string(free_port());
      const auto result = run_tool("radar-serve", {"--db", db, "--listen", "127.0.0.1:" + port}, "", 60);
      check_clean_failure(result, "radar-serve");
      CHECK_THAT(result.err, Catch::Contains("DatabaseCorruptError"));
    }
    CHECK(index_files(db) == before);  // the failed reads wrote nothing
  }
}
