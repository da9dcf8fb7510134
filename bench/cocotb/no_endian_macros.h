// Pre-included into every C++ file of the cocotb build (run.py: -CFLAGS -include).
// cocotb's runner verilates with --public-flat-rw, so every package's parameters become C++
// constants, and tlp_pkg's BIG_ENDIAN collides with glibc's <endian.h> macro of that name.
// Include <endian.h> once here (its guard keeps it from coming back) and drop the macros.
#include <endian.h>
#undef BIG_ENDIAN
#undef LITTLE_ENDIAN
#undef PDP_ENDIAN
#undef BYTE_ORDER
