// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pivori {

/// Hands freed heap memory back to the operating system (glibc's malloc_trim). A console
/// that refreshes for days frees and reallocates answers of a few megabytes every second;
/// the allocator keeps much of that freed memory mapped (in its arenas, one per worker
/// thread) unless asked to release it. Costs a few milliseconds; a no-op elsewhere.
/// Returns true when memory was released.
bool releaseFreeHeapMemory();

} // namespace pivori
