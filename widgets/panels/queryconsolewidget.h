// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pivori {

class QueryResultModel;

/// An ad-hoc PromQL prompt: type an expression, run it now or over a range, read the
/// answer as a table. It only asks (queryRequested); the window runs the query.
class QueryConsoleWidget final : public QWidget
{
    Q_OBJECT
public:
    QueryConsoleWidget(QueryResultModel *model, QWidget *parent = nullptr);

    QString expression() const;
    /// 0 for an instant query, else the range to query in milliseconds.
    qint64 rangeMs() const;

public slots:
    void showBusy();
    void showError(const QString &message);
    void showDone(int seriesCount, qint64 elapsedMs, const QStringList &warnings);

signals:
    void queryRequested(const QString &expression, qint64 rangeMs);

private:
    void request();

    QLineEdit *m_expression;
    QComboBox *m_range;
    QPushButton *m_run;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace pivori
