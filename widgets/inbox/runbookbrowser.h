// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace pivori {

/// A read-only QTextBrowser that never fetches anything: only qrc resources (the console's
/// own) are loaded; every other resource — http images in a runbook, file paths — comes back
/// empty and is recorded. Links are not followed by the browser itself (openLinks is off):
/// whoever shows it handles anchorClicked.
class RunbookBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RunbookBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    /// Resources asked for and refused since the last clearBlocked().
    const QList<QUrl> &blockedResources() const { return m_blocked; }
    void clearBlocked() { m_blocked.clear(); }

private:
    QList<QUrl> m_blocked;
};

} // namespace pivori
