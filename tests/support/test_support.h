// Helpers shared by the tests: temporary directories, running the real
// executables, and free loopback ports. Every wait here is bounded.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace radar::test {

// A fresh directory under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }
  // Path of `name` inside the directory.
  [[nodiscard]] std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to `name` inside the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs an executable from the build's bin directory (e.g. "radar-index") with `args`,
// feeding `input` on stdin; kills it after `timeout_seconds`.
CommandResult run_tool(const std::string& tool, const std::vector<std::string>& args,
                       const std::string& input = "", int timeout_seconds = 120);

// Runs any program (absolute path) with `args` and extra environment entries ("KEY=VALUE").
CommandResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& env = {}, const std::string& input = "",
                          int timeout_seconds = 120);

// A TCP port on 127.0.0.1 that was free a moment ago.
int free_port();

// A child process (e.g. radar-serve) that is terminated on destruction.
class ChildProcess {
 public:
  // Starts a tool from the build's bin directory, or any program given by absolute path.
  ChildProcess(const std::string& tool, const std::vector<std::string>& args, const std::vector<std::string>& env = {});
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  [[nodiscard]] int pid() const { return pid_; }
  // Sends `signal` and waits up to `timeout_seconds`; returns the exit status or -1.
  int stop(int signal, int timeout_seconds = 10);
  // Captured stderr so far (the child's stderr goes to a temp file).
  [[nodiscard]] std::string err() const;

 private:
  int pid_ = -1;
  std::string err_path_;
};

// Waits (at most `timeout_seconds`) until GET http://127.0.0.1:PORT/healthz answers 200.
bool wait_for_http(int port, int timeout_seconds = 20);

// The shared fixture records (shared/examples-like) and the path of the source tree.
std::string source_path(const std::string& relative);
std::string read_text(const std::string& path);

// Ingests `records` (JSON Lines text) into a new index at `db`; throws on failure.
// Each non-empty line of `text` parsed as JSON (a JSON Lines listing).
std::vector<nlohmann::json> json_lines(const std::string& text);

void ingest_text(const std::string& db, const std::string& records);

// Builds the fixture index at `db`: the test thesaurus and stopwords, then
// tests/fixtures/records/mini-market.jsonl (with `ingest_args`, e.g. a shard); throws on failure.
void build_fixture_index(const std::string& db, const std::vector<std::string>& ingest_args = {});

// The ids of the records whose documents in the index at `db` carry `term`, sorted.
std::vector<std::string> ids_with_term(const std::string& db, const std::string& term);

// The words of tokenize(text) that `marks` (a flag per word, as the matcher's readings of a
// need give them) marks. Throws if there are not as many flags as words.
std::vector<std::string> marked_words(const std::string& text, const std::vector<bool>& marks);

}  // namespace radar::test
