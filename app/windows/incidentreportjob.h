// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportheader.h"
#include "incidentreport.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThreadPool>

#include <functional>

namespace pivori {

class DashboardView;

/// Writes an incident report folder: dashboard.png, panel-<id>.png per panel, data.json,
/// report.md and report.html (see IncidentReport). Used by the window and by
/// `snapshot --report`.
///
/// The pictures must be painted on the GUI thread (they are widgets); the job paints one per
/// event loop turn, so the window stays responsive and a progress dialog can repaint, and
/// hands PNG encoding and file writing to a thread pool of its own. The first failure (cannot
/// create the folder, disk full) ends the job with a message naming the file.
class IncidentReportJob final : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QString directory;
        DashboardView *view = nullptr; ///< watched: the job fails cleanly if it goes away
        ExportHeader header; ///< the dashboard's; each panel's picture adds its own title
        IncidentReport report; ///< alerts filled in; the job fills in the pictures
        QByteArray dataJson;
        /// When set, makes data.json on the job's worker instead of dataJson (big dashboards).
        std::function<QByteArray()> makeDataJson;
        QSize dashboardContentSize; ///< the dashboard picture's content area; empty = the canvas
    };

    explicit IncidentReportJob(Input input, QObject *parent = nullptr);
    ~IncidentReportJob() override;

    /// Steps: one per picture and one per text file.
    int stepCount() const;
    void start();
    /// Stops after the picture being painted; finished() reports the cancellation.
    void cancel();
    bool wasCancelled() const { return m_cancelled; }

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void paintNext();
    void write(const QString &fileName, std::function<QByteArray()> bytes);
    void writePng(const QString &fileName, const QImage &image);
    void onWritten(const QString &error);
    void fail(const QString &message);
    void finishIfDone();

    Input m_input;
    QPointer<DashboardView> m_view;
    QList<QString> m_panelIds;
    int m_nextPicture = 0; ///< 0 = the dashboard, then the panels
    int m_submitted = 0;
    int m_written = 0;
    bool m_allSubmitted = false;
    bool m_done = false;
    bool m_cancelled = false;
    QThreadPool m_pool;
};

} // namespace pivori
