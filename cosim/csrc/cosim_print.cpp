// Capture of Verilator's printing (see cosim_print.h). A model is evaluated on the thread
// that steps it and a harness never leaves its thread, so one buffer per thread keeps the
// text of parallel tests apart.
#include "cosim_print.h"

#include <cstdio>
#include <string>

namespace {
thread_local std::string t_text;
}

extern "C" {

int cosim_vl_vprintf(const char* fmt, va_list ap) {
  char small[512];
  va_list again;
  va_copy(again, ap);
  const int n = std::vsnprintf(small, sizeof small, fmt, ap);
  if (n >= 0 && static_cast<size_t>(n) < sizeof small) {
    t_text.append(small, static_cast<size_t>(n));
  } else if (n >= 0) {
    std::string big(static_cast<size_t>(n) + 1, '\0');
    std::vsnprintf(&big[0], big.size(), fmt, again);
    t_text.append(big.data(), static_cast<size_t>(n));
  }
  va_end(again);
  return n;
}

int cosim_vl_printf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const int n = cosim_vl_vprintf(fmt, ap);
  va_end(ap);
  return n;
}

size_t cosim_text_len(void) { return t_text.size(); }

const char* cosim_text(size_t* len) {
  *len = t_text.size();
  return t_text.data();
}

void cosim_text_clear(void) { t_text.clear(); }

}  // extern "C"
