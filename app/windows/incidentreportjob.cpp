// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentreportjob.h"

#include "dashboardview.h"
#include "panelexporter.h"
#include "panelframe.h"
#include "savefile.h"

#include <QDir>
#include <QTimer>

namespace pivori {

IncidentReportJob::IncidentReportJob(Input input, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_view(m_input.view)
{
    // Two writers: one encodes a PNG while the GUI thread paints the next picture; more
    // would only compete with the GUI thread on a small machine.
    m_pool.setMaxThreadCount(2);
    if (m_view) {
        for (const PanelFrame *frame : m_view->panelWidgets())
            m_panelIds.append(frame->panel().id);
    }
}

IncidentReportJob::~IncidentReportJob()
{
    // Workers post back to this object: they must be done before it goes. Work not started
    // yet is dropped, so a cancelled report does not hold the GUI thread here.
    m_pool.clear();
    m_pool.waitForDone();
}

int IncidentReportJob::stepCount() const
{
    return 1 + int(m_panelIds.size()) + 3;
}

void IncidentReportJob::start()
{
    if (!m_view) {
        fail(tr("The dashboard is no longer open."));
        return;
    }
    if (!QDir().mkpath(m_input.directory)) {
        fail(tr("Cannot create the folder %1").arg(m_input.directory));
        return;
    }
    IncidentReport &report = m_input.report;
    report.header = m_input.header;
    report.dashboardPicture = { m_input.header.dashboardTitle, IncidentReport::dashboardFileName() };
    report.panelPictures.clear();
    for (const QString &id : std::as_const(m_panelIds)) {
        const PanelFrame *frame = m_view->panelWidget(id);
        report.panelPictures.append({ frame->panel().title, IncidentReport::panelFileName(id) });
    }
    report.dataFile = IncidentReport::dataFileName();
    emit progress(0, stepCount());
    // Text files first: they are small, and a folder that cannot be written fails at once.
    if (m_input.makeDataJson)
        write(IncidentReport::dataFileName(), m_input.makeDataJson);
    else
        write(IncidentReport::dataFileName(), [json = m_input.dataJson] { return json; });
    write(IncidentReport::markdownFileName(), [text = report.markdown().toUtf8()] { return text; });
    write(IncidentReport::htmlFileName(), [text = report.html().toUtf8()] { return text; });
    QTimer::singleShot(0, this, &IncidentReportJob::paintNext);
}

void IncidentReportJob::cancel()
{
    m_cancelled = !m_done;
    fail(tr("Cancelled."));
}

void IncidentReportJob::paintNext()
{
    if (m_done)
        return;
    if (!m_view) {
        fail(tr("The dashboard was closed while the report was written."));
        return;
    }
    if (m_nextPicture == 0) {
        const PanelExporter exporter(m_view->widget(), m_input.header.lines(), m_input.dashboardContentSize);
        writePng(IncidentReport::dashboardFileName(), exporter.toImage());
    } else {
        const QString id = m_panelIds.at(m_nextPicture - 1);
        PanelFrame *frame = m_view->panelWidget(id);
        ExportHeader header = m_input.header;
        header.panelTitle = frame->panel().title;
        const PanelExporter exporter(frame, header.lines());
        writePng(IncidentReport::panelFileName(id), exporter.toImage());
    }
    ++m_nextPicture;
    if (m_nextPicture <= m_panelIds.size()) {
        QTimer::singleShot(0, this, &IncidentReportJob::paintNext);
        return;
    }
    m_allSubmitted = true;
    finishIfDone();
}

void IncidentReportJob::write(const QString &fileName, std::function<QByteArray()> bytes)
{
    ++m_submitted;
    const QString path = QDir(m_input.directory).filePath(fileName);
    m_pool.start([this, path, bytes = std::move(bytes)] {
        QString error;
        saveFileAtomically(path, bytes(), &error);
        QMetaObject::invokeMethod(
            this, [this, error] { onWritten(error); }, Qt::QueuedConnection);
    });
}

void IncidentReportJob::writePng(const QString &fileName, const QImage &image)
{
    ++m_submitted;
    const QString path = QDir(m_input.directory).filePath(fileName);
    m_pool.start([this, path, image] {
        QString error;
        saveFileAtomically(path, PanelExporter::pngBytes(image), &error);
        QMetaObject::invokeMethod(
            this, [this, error] { onWritten(error); }, Qt::QueuedConnection);
    });
}

void IncidentReportJob::onWritten(const QString &error)
{
    ++m_written;
    if (m_done)
        return;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    emit progress(m_written, stepCount());
    finishIfDone();
}

void IncidentReportJob::fail(const QString &message)
{
    if (std::exchange(m_done, true))
        return;
    m_pool.clear(); // queued pictures are no longer wanted
    emit finished(false, message);
}

void IncidentReportJob::finishIfDone()
{
    if (m_done || !m_allSubmitted || m_written < m_submitted)
        return;
    m_done = true;
    emit finished(true, tr("Report written to %1").arg(QDir::toNativeSeparators(m_input.directory)));
}

} // namespace pivori
