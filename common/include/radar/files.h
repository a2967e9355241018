// Reading an input file whole, with the error a user can act on.
#pragma once

#include <string>
#include <string_view>

namespace radar {

// The bytes of the file at `path`, unchanged. Throws InputError naming `what` and the path
// when it cannot be opened or read ("cannot read robots file x.txt: no such file or not
// readable").
std::string read_whole_file(const std::string& path, std::string_view what);

}  // namespace radar
