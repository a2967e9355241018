// libFuzzer target: radar::fuzz::record() in harness.h.
#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  radar::fuzz::record(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
