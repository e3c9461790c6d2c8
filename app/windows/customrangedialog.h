// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timerange.h"

#include <QDialog>

class QDateTimeEdit;

namespace pivori {

/// Asks for an absolute time range, in local time with the time zone shown, so nobody
/// has to guess whether "14:00" meant UTC.
class CustomRangeDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomRangeDialog(const TimeRange::Resolved &initial, QWidget *parent = nullptr);
    TimeRange range() const;

private:
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
};

} // namespace pivori
