// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace pivori {

class DashboardRefresher;

/// The variables the dashboard's repeated panels and rows repeat by.
QSet<QString> repeatVariables(const Dashboard &dashboard);

/// @p dashboard as drawn: every repeated panel (`repeat:`) and row replaced by one copy per
/// value in @p values (variable -> the values of its current selection, "All" already turned
/// into every value). Each copy reads its variable as its own value (Panel::repeatValues) and
/// shows it in its title: `$var` and `${var}` become the value, or " (value)" is added when
/// the title does not name the variable. The first copy keeps the id written, the others get
/// "id--value" (made an id); a row's copies copy its panels too. Horizontal copies share a
/// line (at most `max_per_row` of them, each 12 / that many columns wide); vertical ones stack
/// at the panel's width. A variable without values, or not in @p values, leaves the panel or
/// row as written, once: its queries then select whatever the drop-down selects.
Dashboard expandRepeats(const Dashboard &dashboard, const QMap<QString, QStringList> &values);

/// The values each variable of repeatVariables(@p config) has now in @p refresher: its
/// selection, every value of its label for "All" (looked up), none while it has no value yet.
/// @p done gets them once all are known, at once when no lookup is needed; never once the
/// refresher is gone.
void lookUpRepeatValues(DashboardRefresher *refresher, const Dashboard &config,
    const std::function<void(const QMap<QString, QStringList> &)> &done);

/// The title of the copy for @p value of something repeated by @p variable: `$variable` and
/// `${variable}` replaced by it; a title without them gets " (value)" when @p addWhenAbsent.
QString repeatTitle(
    const QString &title, const QString &variable, const QString &value, bool addWhenAbsent = true);

} // namespace pivori
