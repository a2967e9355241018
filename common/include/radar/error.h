// Error types shared by all components. Components throw; each command's main()
// and each HTTP handler converts them once into an exit code or a JSON error.
#pragma once

#include <stdexcept>
#include <string>

namespace radar {

// Base of every error Markedsradar raises on purpose; what() is meant for the user.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A command line or request that cannot be understood (exit code 2, HTTP 400).
class UsageError : public Error {
 public:
  using Error::Error;
};

// Input data that breaks the contract: a bad record, an unreadable file (exit 1, HTTP 400).
class InputError : public Error {
 public:
  using Error::Error;
};

// Something asked for does not exist (HTTP 404).
class NotFoundError : public Error {
 public:
  using Error::Error;
};

// The index is missing, corrupt or cannot be written (exit 1, HTTP 500/503).
class IndexError : public Error {
 public:
  using Error::Error;
};

// Another process holds the lock (exit 75).
class LockHeldError : public Error {
 public:
  using Error::Error;
};

}  // namespace radar
