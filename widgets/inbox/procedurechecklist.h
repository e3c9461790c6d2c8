// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace pivori {

/// The response procedure for the selected alert's severity as a checklist the operator
/// ticks off: critical alerts get the critical procedure, everything else the warning one.
/// Ticks are kept per alert for the session, so switching between alerts loses nothing.
class ProcedureChecklist final : public QWidget
{
    Q_OBJECT
public:
    /// One section of the procedures text: its heading, lead paragraph and `- [ ]` steps.
    struct Procedure final
    {
        QString title;
        QString lead;
        QStringList steps; ///< Markdown emphasis removed
    };

    /// @p markdown: RunbookLibrary::procedures().
    explicit ProcedureChecklist(const QString &markdown, QWidget *parent = nullptr);

    /// Shows the procedure for @p severity with the ticks remembered for @p alertKey.
    void setAlert(const QString &alertKey, const QString &severity);
    void clear();

    QString title() const;
    QStringList steps() const;
    QList<bool> checked() const;
    void setChecked(int step, bool checked);

    /// Sections of a procedures text; a section without steps (escalation) has only a lead.
    static QList<Procedure> parse(const QString &markdown);

private:
    const Procedure *procedureFor(const QString &severity) const;

    QList<Procedure> m_procedures;
    QHash<QString, QSet<int>> m_ticks; ///< alert key -> ticked step numbers
    QString m_key;
    QLabel *m_title = nullptr;
    QLabel *m_lead = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_escalation = nullptr;
    bool m_filling = false;
};

} // namespace pivori
