// libFuzzer target: need analysis and matching (MatchFixture::match in harness.h) on
// the test market, indexed once at start-up.
#include "harness.h"

namespace {
radar::fuzz::MatchFixture* fixture = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static radar::fuzz::MatchFixture instance(RADAR_SOURCE_DIR);
  fixture = &instance;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fixture->match(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
