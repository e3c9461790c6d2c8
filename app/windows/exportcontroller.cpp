// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "alertsbackend.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "exportedalerts.h"
#include "incidentreportjob.h"
#include "panelframe.h"
#include "pipelinehealth.h"
#include "savefile.h"
#include "settingskeys.h"
#include "snapshotdata.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace pivori {

namespace {

constexpr int kStatusMs = 10'000;

QString lastDirectory()
{
    const QString saved = QSettings().value(settingskeys::exportDirectory).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void rememberDirectory(const QString &directory)
{
    QSettings().setValue(settingskeys::exportDirectory, directory);
}

} // namespace

ExportController::ExportController(
    const ConsoleConfig &config, QMainWindow *window, PageLookup currentPage, AlertsBackend *alerts)
    : QObject(window)
    , m_config(config)
    , m_window(window)
    , m_currentPage(std::move(currentPage))
    , m_alerts(alerts)
{
    m_pool.setMaxThreadCount(1); // one file at a time, in the order asked
}

ExportController::~ExportController()
{
    // Writers post their result back to this object.
    m_pool.waitForDone();
}

QWidget *ExportController::surface() const
{
    return m_surface ? m_surface.data() : static_cast<QWidget *>(m_window);
}

void ExportController::setSurface(QWidget *window)
{
    m_surface = window;
}

void ExportController::watch(DashboardPage *page)
{
    connect(page->view(), &DashboardView::exportRequested, this,
        [this, page](const QString &panelId, ExportTarget target) { exportPanel(page, panelId, target); });
}

void ExportController::populateMenu(QMenu *menu)
{
    const struct
    {
        QString text;
        ExportTarget target;
        QKeySequence shortcut;
    } entries[] = {
        { tr("Export as &PNG…"), ExportTarget::Png, QKeySequence(Qt::CTRL | Qt::Key_E) },
        { tr("Export as PNG at &2x…"), ExportTarget::Png2x, QKeySequence() },
        { tr("Export as &SVG…"), ExportTarget::Svg, QKeySequence() },
        { tr("Export as P&DF…"), ExportTarget::Pdf, QKeySequence() },
        { tr("&Copy to clipboard"), ExportTarget::Clipboard, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) },
    };
    for (const auto &entry : entries) {
        QAction *action
            = menu->addAction(entry.text, this, [this, target = entry.target] { exportDashboard(target); });
        action->setShortcut(entry.shortcut);
    }
    menu->addSeparator();
    QAction *report = menu->addAction(tr("&Incident report…"), this, &ExportController::writeIncidentReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Only a dashboard tab has something to export.
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] {
        const bool enabled = m_currentPage() != nullptr;
        for (QAction *action : menu->actions())
            action->setEnabled(enabled);
    });
}

ExportHeader ExportController::headerFor(const DashboardPage *page, const QString &panelTitle) const
{
    TimeRange::Resolved range = page->refresher()->lastRange();
    if (range.endMs <= 0) // nothing asked yet: the range as it stands now
        range = page->timeRange().resolve(QDateTime::currentMSecsSinceEpoch());
    const PrometheusServer *server
        = m_config.prometheus.isEmpty() ? nullptr : &m_config.prometheus.constFirst();
    return ExportHeader::forDashboard(page->dashboard(), panelTitle, range.startMs, range.endMs, server,
        page->refresher()->variables(), page->isZoomed());
}

DashboardPage *ExportController::requirePage()
{
    DashboardPage *page = m_currentPage();
    if (!page)
        emit message(tr("Open a dashboard to export it."), kStatusMs);
    return page;
}

void ExportController::exportPanel(DashboardPage *page, const QString &panelId, ExportTarget target)
{
    PanelFrame *frame = page->view()->panelWidget(panelId);
    if (!frame)
        return;
    exportWidget(page, frame, frame->panel().title, page->dashboard().id + u'-' + panelId, target);
}

void ExportController::exportDashboard(ExportTarget target)
{
    if (DashboardPage *page = requirePage())
        exportWidget(page, page->view()->widget(), QString(), page->dashboard().id, target);
}

void ExportController::exportWidget(DashboardPage *page, QWidget *root, const QString &panelTitle,
    const QString &fileStem, ExportTarget target)
{
    if (target == ExportTarget::Clipboard) {
        const ExportHeader header = headerFor(page, panelTitle);
        const PanelExporter exporter(root, header.lines());
        QApplication::clipboard()->setImage(exporter.toImage(surface()->devicePixelRatioF()));
        showDone(tr("Copied \"%1\" to the clipboard").arg(header.title()));
        return;
    }
    const ExportFormat asked = target == ExportTarget::Svg ? ExportFormat::Svg
        : target == ExportTarget::Pdf                      ? ExportFormat::Pdf
                                                           : ExportFormat::Png;
    // The file dialog runs its own event loop: the wall may close meanwhile and take the
    // panel with it, so the widget is only used if it is still there afterwards.
    const QPointer<DashboardPage> pageGuard(page);
    const QPointer<QWidget> guard(root);
    const QString proposed
        = exportFileName(fileStem, QString(), QDateTime::currentDateTimeUtc(), exportFormatExtension(asked));
    const QString path = askForFile(proposed, asked);
    if (path.isEmpty())
        return;
    if (!guard || !pageGuard) {
        showError(tr("The dashboard was closed before it could be exported."));
        return;
    }
    // The header as of the painting, not of the dialog's opening: refreshes went on meanwhile.
    const ExportHeader header = headerFor(page, panelTitle);
    const PanelExporter exporter(root, header.lines());
    // The extension decides: a name typed as .pdf in the PNG dialog gets a PDF.
    const ExportFormat format = exportFormatForPath(path).value_or(asked);
    if (format == ExportFormat::Png) {
        // Painting needs the GUI thread; PNG encoding (the slow part of a big 2x picture) does not.
        const QImage image = exporter.toImage(target == ExportTarget::Png2x ? 2 : 1);
        writeInBackground(path, [image] { return PanelExporter::pngBytes(image); });
        return;
    }
    const QByteArray bytes = exporter.render(format);
    writeInBackground(path, [bytes] { return bytes; });
}

QString ExportController::askForFile(const QString &proposedName, ExportFormat format)
{
    const QString filter = format == ExportFormat::Svg ? tr("SVG image (*.svg)")
        : format == ExportFormat::Pdf                  ? tr("PDF document (*.pdf)")
                                                       : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        surface(), tr("Export"), QDir(lastDirectory()).filePath(proposedName), filter);
    if (path.isEmpty())
        return {};
    rememberDirectory(QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + exportFormatExtension(format);
    if (!exportFormatForPath(path)) {
        showError(
            tr("Cannot export to %1: choose a .png, .svg or .pdf file.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void ExportController::writeInBackground(const QString &path, std::function<QByteArray()> bytes)
{
    emit message(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), 0);
    m_pool.start([this, path, bytes = std::move(bytes)] {
        QString error;
        const bool ok = saveFileAtomically(path, bytes(), &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, path, error] {
                ok ? showDone(tr("Exported to %1").arg(QDir::toNativeSeparators(path))) : showError(error);
            },
            Qt::QueuedConnection);
    });
}

void ExportController::writeIncidentReport()
{
    // The dashboard on screen now is the one reported, even if the wall rotates on while the
    // folder is being chosen.
    const QPointer<DashboardPage> page = requirePage();
    if (!page)
        return;
    const QString directory
        = QFileDialog::getExistingDirectory(surface(), tr("Folder for the incident report"), lastDirectory());
    if (directory.isEmpty())
        return;
    rememberDirectory(directory);
    if (!QFileInfo::exists(QDir(directory).filePath(IncidentReport::markdownFileName()))) {
        startIncidentReport(page, directory);
        return;
    }
    // Asked without a nested event loop; the answer starts the report.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Incident report"),
        tr("%1 already holds a report. Replace it?").arg(QDir::toNativeSeparators(directory)),
        QMessageBox::Yes | QMessageBox::No, surface());
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, page, directory](int answer) {
        if (answer == QMessageBox::Yes)
            startIncidentReport(page, directory);
    });
    question->open();
}

void ExportController::startIncidentReport(const QPointer<DashboardPage> &page, const QString &directory)
{
    // The dialogs ran event loops of their own: the page may have gone with the wall.
    if (!page) {
        showError(tr("The dashboard was closed before the report could be written."));
        return;
    }
    IncidentReportJob::Input input;
    input.directory = directory;
    input.view = page->view();
    input.header = headerFor(page);
    input.report.dashboardId = page->dashboard().id;
    const ExportedAlerts alerts
        = ExportedAlerts::from(m_alerts, m_pipeline ? m_pipeline->ruleEvaluation().countsText() : QString());
    input.report.alerts = alerts.reportAlerts();
    input.report.alertsProblem = alerts.problemText();
    // Every series of the dashboard can be megabytes of JSON: written by the job's worker from
    // copies (implicitly shared, so taking them costs nothing here).
    input.makeDataJson = [dashboard = page->dashboard(), data = page->refresher()->allPanelData(),
                             startMs = input.header.startMs, endMs = input.header.endMs,
                             stepMs = page->refresher()->stepMs(), alerts,
                             variables = page->refresher()->variables(), zoomed = input.header.zoomed] {
        return snapshotJson(dashboard, data, startMs, endMs, stepMs, alerts.json(), variables, zoomed);
    };
    // The pictures are painted over several event loop turns; they show the moment of the
    // header and the data, not answers that arrive meanwhile.
    page->holdView();

    auto *job = new IncidentReportJob(std::move(input), this);
    auto *progress = new QProgressDialog(
        tr("Writing the incident report…"), tr("Cancel"), 0, job->stepCount(), surface());
    // Not modal: a modal progress dialog processes events inside setValue(), which would let
    // the job finish (and be deleted) while its own progress signal is still on the stack.
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &IncidentReportJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, job, &IncidentReportJob::cancel);
    connect(job, &IncidentReportJob::finished, this,
        [this, job, page, progress = QPointer<QProgressDialog>(progress)](bool ok, const QString &message) {
            if (page)
                page->releaseView();
            if (progress)
                progress->close();
            if (job->wasCancelled())
                showDone(tr("Incident report cancelled"));
            else
                ok ? showDone(message) : showError(tr("Incident report: %1").arg(message));
            job->deleteLater();
        });
    job->start();
}

void ExportController::showError(const QString &text)
{
    emit message(text, kStatusMs);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text, QMessageBox::Ok, surface());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): no nested event loop from a worker's callback
}

void ExportController::showDone(const QString &text)
{
    emit message(text, kStatusMs);
}

} // namespace pivori
