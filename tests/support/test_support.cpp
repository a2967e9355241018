#include "test_support.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <httplib.h>
#include <xapian.h>

#include "radar/index.h"
#include "radar/text.h"

namespace radar::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "radar-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
  std::string path = file(name);
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string source_path(const std::string& relative) { return std::string(RADAR_SOURCE_DIR) + "/" + relative; }

std::string read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

namespace {

std::vector<char*> make_argv(const std::string& program, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  return argv;
}

std::string tool_path(const std::string& tool) {
  return tool.rfind('/', 0) == 0 ? tool : std::string(RADAR_BIN_DIR) + "/" + tool;
}

// The environment of a child: this process's, with `overrides` ("NAME=value") replacing
// or adding entries. Built before fork(): between fork() and exec() a child of a
// multithreaded test (its HTTP server threads) may only make async-signal-safe calls;
// an allocation there can deadlock on a lock another thread held at the fork (seen
// under AddressSanitizer).
std::vector<std::string> child_environment(const std::vector<std::string>& overrides) {
  std::vector<std::string> entries(overrides);
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string text = *entry;
    const std::string name = text.substr(0, text.find('=') + 1);
    const bool replaced = std::any_of(overrides.begin(), overrides.end(),
                                      [&](const std::string& o) { return o.rfind(name, 0) == 0; });
    if (!replaced) entries.push_back(text);
  }
  return entries;
}

std::vector<char*> pointers_to(const std::vector<std::string>& strings) {
  std::vector<char*> out;
  out.reserve(strings.size() + 1);  // and the closing nullptr
  for (const auto& text : strings) out.push_back(const_cast<char*>(text.c_str()));
  out.push_back(nullptr);
  return out;
}

int wait_with_timeout(int pid, int timeout_seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    const int done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return -1;
}

}  // namespace

CommandResult run_tool(const std::string& tool, const std::vector<std::string>& args, const std::string& input,
                       int timeout_seconds) {
  return run_program(tool_path(tool), args, {}, input, timeout_seconds);
}

CommandResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& env, const std::string& input, int timeout_seconds) {
  TempDir io;
  const std::string in_path = io.write("stdin", input);
  const std::string out_path = io.file("stdout");
  const std::string err_path = io.file("stderr");
  const auto environment = child_environment(env);
  auto envp = pointers_to(environment);
  auto argv = make_argv(program, args);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int in_fd = ::open(in_path.c_str(), O_RDONLY);
    const int out_fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(in_fd, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    ::execve(program.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  CommandResult result;
  result.exit_code = wait_with_timeout(pid, timeout_seconds);
  result.out = read_text(out_path);
  result.err = read_text(err_path);
  return result;
}

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("free_port: socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof(address);
  const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                     ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  ::close(fd);
  if (!bound) throw std::runtime_error("free_port: cannot bind a loopback port");
  return ntohs(address.sin_port);
}

ChildProcess::ChildProcess(const std::string& tool, const std::vector<std::string>& args,
                           const std::vector<std::string>& env) {
  char pattern[] = "/tmp/radar-child-XXXXXX";
  const int err_fd = ::mkstemp(pattern);
  err_path_ = pattern;
  const std::string program = tool_path(tool);
  const auto environment = child_environment(env);
  auto envp = pointers_to(environment);
  auto argv = make_argv(program, args);
  pid_ = ::fork();
  if (pid_ == 0) {
    ::setpgid(0, 0);  // its own process group, so stop() reaches the children of a script
    // A test that dies without unwinding (an abort) must not leave its server running.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    const int null_fd = ::open("/dev/null", O_RDWR);
    ::dup2(null_fd, 0);
    ::dup2(null_fd, 1);
    ::dup2(err_fd, 2);
    ::execve(program.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(err_fd);
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0) stop(SIGKILL, 5);
  ::unlink(err_path_.c_str());
}

int ChildProcess::stop(int signal, int timeout_seconds) {
  if (pid_ <= 0) return -1;
  ::kill(-pid_, signal);
  ::kill(pid_, signal);
  const int status = wait_with_timeout(pid_, timeout_seconds);
  pid_ = -1;
  return status;
}

std::string ChildProcess::err() const { return read_text(err_path_); }

bool wait_for_http(int port, int timeout_seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto response = client.Get("/healthz"); response && response->status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> rows;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
  }
  return rows;
}

void ingest_text(const std::string& db, const std::string& records) {
  const CommandResult result = run_tool("radar-index", {"ingest", "--db", db, "-"}, records);
  if (result.exit_code != 0) throw std::runtime_error("ingest failed: " + result.err);
}

void build_fixture_index(const std::string& db, const std::vector<std::string>& ingest_args) {
  const CommandResult language = run_tool(
      "radar-index", {"language", "--db", db, "--thesaurus", source_path("tests/fixtures/language/thesaurus.txt"),
                      "--stopwords", source_path("tests/fixtures/language/stopwords")});
  if (language.exit_code != 0) throw std::runtime_error("language failed: " + language.err);
  std::vector<std::string> args{"ingest", "--db", db};
  args.insert(args.end(), ingest_args.begin(), ingest_args.end());
  args.push_back(source_path("tests/fixtures/records/mini-market.jsonl"));
  const CommandResult ingest = run_tool("radar-index", args);
  if (ingest.exit_code != 0) throw std::runtime_error("ingest failed: " + ingest.err);
}

std::vector<std::string> ids_with_term(const std::string& db, const std::string& term) {
  const Xapian::Database index(db);
  std::vector<std::string> ids;
  for (auto it = index.postlist_begin(term); it != index.postlist_end(term); ++it) {
    ids.push_back(radar::document_record(index.get_document(*it)).value("id", ""));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> marked_words(const std::string& text, const std::vector<bool>& marks) {
  const auto words = radar::tokenize(text);
  if (words.size() != marks.size()) {
    throw std::logic_error(std::to_string(marks.size()) + " marks for the " + std::to_string(words.size()) +
                           " words of \"" + text + "\"");
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (marks[i]) out.push_back(words[i]);
  }
  return out;
}

}  // namespace radar::test
