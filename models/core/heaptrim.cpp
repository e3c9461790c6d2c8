// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptrim.h"

#include <cstdlib> // defines __GLIBC__ where it applies: test it only after a libc header

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pivori {

bool releaseFreeHeapMemory()
{
#if defined(__GLIBC__)
    return malloc_trim(0) != 0;
#else
    return false;
#endif
}

} // namespace pivori
