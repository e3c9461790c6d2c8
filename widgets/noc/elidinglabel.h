// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace pivori {

/// A one-line plain-text label that never widens its window: a text longer than the room it
/// gets ends in "…", so a reader knows there is more (the whole text is its tooltip).
class ElidingLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    /// Whether the text on screen is shortened.
    bool isElided() const { return m_elided; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refit();

    QString m_full;
    bool m_elided = false;
};

} // namespace pivori
