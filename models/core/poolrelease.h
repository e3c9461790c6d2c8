// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace pivori {

/// Lets a pool thread destroy @p garbage. Each poll of 100,000 alerts parses 100,000 new
/// alerts, and the previous ones (2 million strings, label maps and lists) are freed when the
/// last list holding them lets go: on the GUI thread, a tenth of a second and more at once.
/// Only for data that nothing else refers to but through Qt's implicit sharing, whose
/// reference counts are atomic: whoever lets go last frees it, on whichever thread.
template <typename T> void releaseOnPool(T &&garbage)
{
    auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(garbage));
    // The task holds the only reference, so the data is freed there and never here.
    QThreadPool::globalInstance()->start([held = std::move(holder)]() mutable { held.reset(); });
}

} // namespace pivori
