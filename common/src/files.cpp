#include "radar/files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "radar/error.h"

namespace radar {

std::string read_whole_file(const std::string& path, std::string_view what) {
  const std::string named = "cannot read " + std::string(what) + " " + path;
  // A directory opens as a stream and reads as an empty file.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw InputError(named + ": it is a directory");
  std::ifstream file(path, std::ios::binary);
  if (!file) throw InputError(named + ": no such file or not readable");
  std::ostringstream content;
  content << file.rdbuf();
  if (file.bad()) throw InputError(named + ": read error");
  return content.str();
}

}  // namespace radar
