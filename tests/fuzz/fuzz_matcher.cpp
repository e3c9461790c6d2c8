// SPDX-License-Identifier: GPL-3.0-or-later
// The Alertmanager matcher parser (inbox filter, silence editor, `alerts --filter`). What it
// accepts must survive a round trip through toString(), which is how a silence is written back.
#include "fuzzcheck.h"
#include "matcher.h"

using namespace pivori;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    int errorOffset = -1;
    const auto parsed = parseMatchers(text, &errorOffset);
    if (!parsed.ok()) {
        fuzz::check(!parsed.error().message.isEmpty(), "matcher error without a message");
        fuzz::check(errorOffset >= 0 && errorOffset <= text.size(), "error offset outside the text",
            QString::number(errorOffset));
        return 0;
    }
    QStringList written;
    for (const Matcher &m : parsed.value())
        written << m.toString();
    const auto reread = parseMatchers(written.join(QStringLiteral(", ")));
    fuzz::check(reread.ok(), "toString() not readable", written.join(QStringLiteral(", ")));
    fuzz::check(reread.value() == parsed.value(), "round trip changed the matchers",
        written.join(QStringLiteral(", ")));
    // Matching itself must not trip over anything the parser accepted.
    const CompiledMatchers compiled(parsed.value());
    QMap<QString, QString> labels;
    for (const Matcher &m : parsed.value())
        labels.insert(m.name, m.value);
    (void)compiled.matches(labels);
    return 0;
}
