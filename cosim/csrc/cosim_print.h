// Force-included (-include) into every C++ file of the co-simulation (Verilator runtime,
// models, shims), with -DVL_PRINTF=cosim_vl_printf -DVL_VPRINTF=cosim_vl_vprintf: everything
// Verilator prints ($display, assertion failures, $stop, $finish) is captured per thread
// instead of going to stdout. The Rust side takes it after each cycle (see cosim_print.cpp).
#pragma once

#include <cstdarg>
#include <cstddef>

extern "C" {
// printf / vprintf into the calling thread's buffer.
int cosim_vl_printf(const char* fmt, ...);
int cosim_vl_vprintf(const char* fmt, va_list ap);
// Bytes waiting in the calling thread's buffer.
size_t cosim_text_len(void);
// The calling thread's buffer (not NUL-terminated; `len` bytes valid until the next call).
const char* cosim_text(size_t* len);
// Empty the calling thread's buffer.
void cosim_text_clear(void);
}
