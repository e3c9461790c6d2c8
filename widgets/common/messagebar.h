// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace pivori {

/// Messages about what the operator just did, at the top of the alert page: an ack that
/// Alertmanager refused, a retry that is pending, a journal that cannot be written. Errors and
/// warnings stay until closed, so none is lost while the operator looks elsewhere;
/// confirmations fade after a few seconds. A message with an id replaces the earlier one with
/// the same id (the retry notice of an ack becomes its confirmation or its refusal).
class MessageBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &id = QString());
    void dismiss(const QString &id);
    void clearAll();
    /// The texts shown, oldest first.
    QStringList messages() const;

    static constexpr int kInfoTimeoutMs = 8000;
    /// Older messages are dropped past this many (a flood must not push the inbox away).
    static constexpr int kMaxMessages = 5;

private:
    struct Entry final
    {
        QWidget *widget = nullptr;
        QString id;
        QString text;
        Kind kind = Kind::Info;
    };
    void remove(QWidget *widget);

    QVBoxLayout *m_layout = nullptr;
    QList<Entry> m_entries;
};

} // namespace pivori
