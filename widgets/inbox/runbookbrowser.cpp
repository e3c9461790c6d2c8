// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookbrowser.h"

namespace pivori {

RunbookBrowser::RunbookBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
}

QVariant RunbookBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    m_blocked.append(name);
    return {};
}

} // namespace pivori
