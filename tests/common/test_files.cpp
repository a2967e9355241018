#include <catch2/catch.hpp>

#include "radar/error.h"
#include "radar/files.h"
#include "test_support.h"

using namespace radar;
using radar::test::TempDir;

TEST_CASE("read_whole_file returns a file's bytes unchanged", "[files]") {
  TempDir dir;
  const std::string bytes = std::string("linje 1\r\nÆØÅ\0efter nul\n", 25) + "\xff";
  const std::string path = dir.write("data.bin", bytes);
  CHECK(read_whole_file(path, "test file") == bytes);
  CHECK(read_whole_file(dir.write("empty.txt", ""), "test file").empty());
}

TEST_CASE("read_whole_file names what it could not read, and where", "[files]") {
  TempDir dir;
  const std::string missing = dir.file("missing.txt");
  CHECK_THROWS_MATCHES(read_whole_file(missing, "robots file"), InputError,
                       Catch::Message("cannot read robots file " + missing + ": no such file or not readable"));
  // A directory would open as a stream and read as an empty file.
  CHECK_THROWS_MATCHES(read_whole_file(dir.path(), "sources file"), InputError,
                       Catch::Message("cannot read sources file " + dir.path() + ": it is a directory"));
}
