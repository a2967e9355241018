// libFuzzer target: radar::fuzz::robots() in harness.h.
#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  radar::fuzz::robots(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
