// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pivori {

/// How an inbox alert reads as text, the same in the inbox, its tooltips, the free-text
/// filter and the command line's table.
class InboxAlertText final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::InboxAlertText)
public:
    InboxAlertText() = delete;

    /// 0 critical, 1 warning, 2 info, 3 any other value, 4 no severity: the order people triage in.
    static int severityRank(const QString &severity);
    /// "service / instance"; the instance is the first of pod, instance, node that differs
    /// from the service. Without either: the job.
    static QString source(const InboxAlert &alert, const QString &serviceLabel);
    /// Local time in the locale's short format; empty for an invalid time.
    static QString time(const QDateTime &time);
    /// The same with the zone it is in ("… 14:30 CET"): where a time is a deadline or an end
    /// that someone elsewhere may read off a screen share (silences, the ack dialog).
    static QString timeWithZone(const QDateTime &time);
    /// The local zone's name at @p time ("CET", "CEST"), or its offset ("UTC+05:30") where the
    /// zone has no abbreviation.
    static QString zoneText(const QDateTime &time);
    /// The state as people read it; an ack waiting in the outbox shows as "acknowledging…".
    static QString state(const InboxAlert &alert);
    /// Why it is not firing: who acknowledged it until when, or what inhibits it; else empty.
    /// The author, comment and inhibitors in it are shown as visible() shows them.
    static QString stateDetail(const InboxAlert &alert);
    /// @p text with every character that is invisible or changes how the text around it is
    /// drawn written out as "⟨U+202E⟩": bidirectional controls (U+061C, U+200E/F, U+202A–E,
    /// U+2066–9), zero-width and other invisible format characters (U+00AD, U+180E, U+200B–D,
    /// U+2060–4, U+206A–F, U+FEFF, U+FFF9–B, tag characters U+E0000–7F), line and paragraph
    /// separators, and C0/DEL/C1 controls. A label "evil\u202Eevil-rtl" then reads as it is
    /// instead of as "ltr-live", a terminal cannot be driven, and nothing hides. Untrusted
    /// text (labels, annotations, comments, authors) goes through this before anyone sees it:
    /// the inbox, its tooltips, the runbook pane, the silences, the dialogs, notifications,
    /// the command line's tables and exports. Text without such characters is returned as is.
    static QString visible(const QString &text);
    /// The same for text meant to span lines (descriptions, comments): line feeds (and a
    /// carriage return before one) and tabs are kept, everything else as visible().
    static QString visibleLines(const QString &text);
    /// Whether visible() would change @p text.
    static bool hasInvisible(const QString &text);

    /// Lower-case labels (`name=value`), annotations, cluster, state, ack author and comment,
    /// inhibitors: what free text is matched against. Text holding invisible characters is
    /// also there as visible() shows it, so "u+202e" finds what the inbox shows as "⟨U+202E⟩".
    static QString searchText(const InboxAlert &alert);
};

} // namespace pivori
