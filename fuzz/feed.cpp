// libFuzzer target: radar::fuzz::feed() in harness.h.
#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  radar::fuzz::feed(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
