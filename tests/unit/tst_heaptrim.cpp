// SPDX-License-Identifier: GPL-3.0-or-later
// Freed heap memory goes back to the system when the wall asks (glibc).
#include "heaptrim.h"
#include "sanitizedbuild.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace pivori;

class TestHeapTrim final : public QObject
{
    Q_OBJECT

private slots:
    void releasesWhatWasFreed()
    {
#if !defined(__GLIBC__)
        QSKIP("malloc_trim is glibc's");
#else
        if (testutils::kSanitizedBuild)
            QSKIP("a sanitizer's allocator replaces glibc's: malloc_trim has nothing to give back");
        releaseFreeHeapMemory(); // start from a trimmed heap
        // Like a refresh's answers: many buffers below the allocator's mmap threshold, so
        // they come from the heap proper, all freed but the newest. That one pins the top of
        // the heap, so free() cannot shrink it by itself: the freed pages below stay mapped
        // until they are released explicitly.
        std::vector<std::unique_ptr<char[]>> buffers;
        for (int i = 0; i < 2000; ++i) {
            buffers.push_back(std::make_unique<char[]>(32 * 1024));
            std::fill_n(buffers.back().get(), 32 * 1024, char(i)); // touched: really resident
        }
        std::unique_ptr<char[]> newest = std::move(buffers.back());
        buffers.clear();
        QVERIFY(releaseFreeHeapMemory());
        QCOMPARE(newest[0], char(1999 % 256));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeapTrim)
#include "tst_heaptrim.moc"
