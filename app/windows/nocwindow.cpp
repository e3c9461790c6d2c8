// SPDX-License-Identifier: GPL-3.0-or-later
#include "nocwindow.h"

#include "alertband.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "elidinglabel.h"
#include "gaugepanel.h"
#include "idlecursorhider.h"
#include "nocalertboard.h"
#include "nochealthboard.h"
#include "nocrotation.h"
#include "nocstyle.h"
#include "pipelinehealth.h"
#include "screensaverinhibitor.h"
#include "serverstatuspoller.h"
#include "statpanel.h"
#include "unreachablebanners.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pivori {

namespace {

/// The least height of a plot on the wall, as a share of the screen's (162 px on 1080p).
constexpr double kMinimumPlotShare = 0.15;
/// What a wall panel spends around its plot — its title, the time axis' labels, a legend
/// table's header and rows — in lines of the wall's text, plus margins and paddings in pixels
/// (measured on 1080p and 720p walls: 278 px and 209 px around a plot with a table legend).
constexpr double kRowChromeLines = 6.5;
constexpr int kRowChromePixels = 64;

} // namespace

NocWindow::NocWindow(const ConsoleConfig &config, PrometheusClient *prometheus, ServerStatusPoller *servers,
    AlertsBackend *alertsBackend, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_rotation(new NocRotation(this))
    , m_stack(new QStackedWidget(this))
    , m_band(new AlertBand(this))
    , m_title(new ElidingLabel(this))
    , m_part(new QLabel(this))
    , m_position(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_message(new ElidingLabel(this))
    , m_messageTimer(new QTimer(this))
    , m_cursor(new IdleCursorHider(this))
    , m_inhibitor(new ScreenSaverInhibitor(this))
    , m_alerts(alertsBackend ? alertsBackend->poller() : nullptr)
    , m_headerTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("nocWindow"));
    setWindowTitle(tr("Pivori Console — NOC"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (servers) {
        m_banners = new UnreachableBanners(servers->statuses(), this);
        connect(servers, &ServerStatusPoller::statusChanged, m_banners, &UnreachableBanners::setStatus);
        layout->addWidget(m_banners);
        // Alertmanager only hears of alerts that Prometheus evaluates: with Prometheus down,
        // "nothing firing" is not the all-clear it looks like. The same model as the main
        // window's title and tray, fed by the same servers.
        auto *pipeline = new PipelineHealth(servers, this);
        const auto updateCaveat
            = [this](const RuleEvaluation &rules) { m_band->setAllClearCaveat(rules.countsText()); };
        connect(pipeline, &PipelineHealth::ruleEvaluationChanged, this, updateCaveat);
        updateCaveat(pipeline->ruleEvaluation());
    }
    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 8, 16, 4);
    for (QLabel *label : { m_part, m_position, m_updated, m_clock })
        label->setTextFormat(Qt::PlainText);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { showMessage(QString(), 0); });
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Title and message share what the clock and counters leave, and end in "…" rather than
    // widening the window past its screen (which would end full screen).
    header->addWidget(m_title, 1);
    header->addWidget(m_part);
    header->addSpacing(24);
    header->addWidget(m_message, 1);
    header->addSpacing(24);
    header->addWidget(m_position);
    header->addSpacing(24);
    header->addWidget(m_updated);
    header->addSpacing(24);
    header->addWidget(m_clock);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_band);

    buildPlaylist(config, prometheus);
    connect(m_rotation, &NocRotation::currentChanged, this, &NocWindow::showPage);
    connect(m_rotation, &NocRotation::pausedChanged, this, &NocWindow::updateHeader);
    m_rotation->setInterval(config.noc.rotateEveryMs);
    applyStyle(); // paginates for the screen the window starts on
    m_rotation->start();
    showPage(m_rotation->current());
    if (AlertPoller *alerts = m_alerts) {
        connect(alerts, &AlertPoller::alertsUpdated, this, [this](const QList<InboxAlert> &list) {
            m_band->setAlerts(list);
            if (m_board)
                m_board->setAlerts(list);
            m_alertsUpdated = QDateTime::currentDateTimeUtc();
        });
        // An unreachable cluster must not read as "nothing needs attention": the band says
        // the counts are the last known ones.
        connect(alerts, &AlertPoller::clusterStatesChanged, this,
            [this](const QList<AlertPoller::ClusterState> &states) {
                QStringList silent;
                for (const AlertPoller::ClusterState &state : states)
                    if (state.polled && !state.reachable)
                        silent << state.cluster;
                m_band->setNotice(silent.isEmpty() ? QString()
                                                   : tr("Alertmanager %1 unreachable: alerts as last seen")
                                                         .arg(silent.join(QStringLiteral(", "))));
            });
        m_band->setAlerts(alerts->alerts());
        if (m_board)
            m_board->setAlerts(alerts->alerts());
    } else {
        m_band->setNotice(tr("No Alertmanager configured: alerts are not shown"));
    }

    // The clock, the "data as of" time and the countdown tick once a second.
    m_headerTimer->setInterval(1000);
    connect(m_headerTimer, &QTimer::timeout, this, &NocWindow::updateHeader);
    m_headerTimer->start();
    buildShortcuts();
    connect(
        m_inhibitor, &ScreenSaverInhibitor::stateChanged, this, [this](ScreenSaverInhibitor::State state) {
            if (state == ScreenSaverInhibitor::State::Unavailable)
                showMessage(
                    tr("The screen saver could not be held off: %1").arg(m_inhibitor->problem()), 60'000);
        });
    m_inhibitor->inhibit(tr("Pivori Console is showing the NOC wall"));
}

NocWindow::~NocWindow() = default;

void NocWindow::buildPlaylist(const ConsoleConfig &config, PrometheusClient *prometheus)
{
    m_items = config.noc.playlist;
    if (m_items.isEmpty()) {
        // Nothing configured: every dashboard, then the alerts, then whether the monitoring
        // itself works.
        for (const Dashboard &dashboard : config.dashboards)
            m_items.append(NocPlaylistItem { NocPlaylistItem::Kind::Dashboard, dashboard.id, {} });
        m_items.append(NocPlaylistItem { NocPlaylistItem::Kind::Alerts, QStringLiteral("board"), {} });
        m_items.append(NocPlaylistItem { NocPlaylistItem::Kind::Health, QStringLiteral("board"), {} });
    }
    QHash<QString, DashboardPage *> pagesById; // a dashboard named twice is refreshed once
    for (const NocPlaylistItem &item : std::as_const(m_items)) {
        if (item.kind == NocPlaylistItem::Kind::Alerts) {
            if (!m_board)
                m_board = new NocAlertBoard(m_stack);
            m_entries.append({ item, m_board, tr("Alerts") });
            continue;
        }
        if (item.kind == NocPlaylistItem::Kind::Health) {
            if (!m_healthBoard)
                m_healthBoard = new NocHealthBoard(m_stack);
            m_entries.append({ item, m_healthBoard, tr("Health") });
            continue;
        }
        const Dashboard *dashboard = config.dashboard(item.id);
        if (!dashboard || !prometheus)
            continue; // the loader checked the ids; without a Prometheus there is nothing to draw
        DashboardPage *&page = pagesById[item.id];
        if (!page) {
            page = new DashboardPage(prometheus, *dashboard, m_stack);
            page->setZoomable(false);
            // Nobody scrolls a wall: a page's rows always fit it (paginate() keeps them readable).
            DashboardView *view = page->view();
            view->setRowsPerScreen(std::max(1, view->totalRows()));
            view->setMinimumRowHeight(0);
            view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            // A row opened or closed, the copies of a repeated panel changed: other lines, other pages.
            connect(view, &DashboardView::linesChanged, this, [this, view] {
                view->setRowsPerScreen(std::max(1, view->totalRows()));
                paginate();
            });
            page->activate();
            connect(page->refresher(), &DashboardRefresher::panelUpdated, this, &NocWindow::updateHeader);
        }
        m_entries.append({ item, page, dashboard->title });
    }
    // A playlist may name the alert board (or a dashboard) twice; the stack holds each once.
    for (const Entry &entry : std::as_const(m_entries))
        if (m_stack->indexOf(entry.page) < 0)
            m_stack->addWidget(entry.page);
}

int NocWindow::rowsPerPage() const
{
    // Each grid row gets room for a plot of 15 % of the screen's height (read across the
    // room like the type, so it scales with the screen too) plus what surrounds a plot at the
    // wall's type size: the panel's title, the time axis' labels and a few legend lines.
    const int lineHeight = QFontMetrics(font()).lineSpacing();
    const int rowNeeds
        = int(m_screenHeight * kMinimumPlotShare + kRowChromeLines * lineHeight) + kRowChromePixels;
    const int header = QFontMetrics(m_title->font()).lineSpacing() + 12;
    const int available = m_screenHeight - header - m_band->sizeHint().height();
    return std::max(1, available / std::max(1, rowNeeds));
}

void NocWindow::paginate()
{
    const int rows = rowsPerPage();
    m_items.clear();
    m_pages.clear();
    m_rows.clear();
    m_titles.clear();
    m_partTexts.clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *dashboard = qobject_cast<DashboardPage *>(entry.page);
        const QList<DashboardView::RowSpan> parts = dashboard
            ? DashboardView::pages(dashboard->view()->lines(), rows)
            : QList<DashboardView::RowSpan>();
        if (parts.size() < 2) {
            m_items.append(entry.item);
            m_pages.append(entry.page);
            m_rows.append(DashboardView::RowSpan {});
            m_titles.append(entry.title);
            m_partTexts.append(QString());
            continue;
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            m_items.append(entry.item);
            m_pages.append(entry.page);
            m_rows.append(parts[i]);
            //: A dashboard shown on the wall in parts, after its title: which part, of how many.
            const QString part = tr("(%1/%2)").arg(i + 1).arg(parts.size());
            m_titles.append(entry.title + QLatin1Char(' ') + part);
            m_partTexts.append(part);
        }
    }
    if (m_rotation->pageCount() != m_pages.size())
        m_rotation->setPageCount(int(m_pages.size())); // back to the first page
    showPage(m_rotation->current());
}

void NocWindow::applyStyle()
{
    setPalette(nocstyle::palette());
    setAutoFillBackground(true);
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    m_screenHeight = screen ? screen->geometry().height() : 1080;
    setFont(nocstyle::font(
        QGuiApplication::font(), m_screenHeight, screen ? screen->logicalDotsPerInchY() : 96.0));
    // Painted readings do not follow the font alone (they fit their panel): they get floors.
    for (const Entry &entry : std::as_const(m_entries)) {
        QWidget *page = entry.page;
        for (GaugePanel *gauge : page->findChildren<GaugePanel *>())
            gauge->setMinimumPixels(minimumTextPixels(), minimumValuePixels());
        for (StatPanel *stat : page->findChildren<StatPanel *>())
            stat->setMinimumValuePixels(minimumValuePixels());
    }
    // The header, the band and the alert board carry the words the room reads: larger still.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    for (QLabel *label : std::initializer_list<QLabel *> { m_position, m_updated, m_clock, m_message })
        label->setFont(large);
    QFont big = large;
    big.setBold(true);
    m_title->setFont(big);
    m_part->setFont(big);
    m_band->setFont(big);
    if (m_board) {
        QFont boardFont = font();
        boardFont.setPointSizeF(boardFont.pointSizeF() * 1.5);
        m_board->setFont(boardFont);
    }
    if (m_healthBoard) {
        // A little smaller than the alert board: it has a line for every check with a problem.
        QFont boardFont = font();
        boardFont.setPointSizeF(boardFont.pointSizeF() * 1.3);
        m_healthBoard->setFont(boardFont);
    }
    paginate();
}

int NocWindow::minimumTextPixels() const
{
    return nocstyle::minimumTextPixels(m_screenHeight);
}

int NocWindow::minimumValuePixels() const
{
    return nocstyle::minimumValuePixels(m_screenHeight);
}

void NocWindow::showOnScreen(int index)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screens.value(index, QGuiApplication::primaryScreen());
    m_screenIndex = screen ? int(screens.indexOf(screen)) : 0;
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    applyStyle();
    showFullScreen();
    raise();
    activateWindow();
    if (index != m_screenIndex)
        showMessage(tr("There is no screen %1 (screens: %2); the wall is on screen %3")
                        .arg(index)
                        .arg(screens.size())
                        .arg(m_screenIndex),
            30'000);
}

QStringList NocWindow::pageTitles() const
{
    return m_titles;
}

DashboardPage *NocWindow::dashboardPage(int index) const
{
    return qobject_cast<DashboardPage *>(m_pages.value(index));
}

QList<DashboardPage *> NocWindow::dashboardPages() const
{
    QList<DashboardPage *> pages;
    for (QWidget *page : m_pages)
        if (auto *dashboard = qobject_cast<DashboardPage *>(page); dashboard && !pages.contains(dashboard))
            pages.append(dashboard);
    return pages;
}

DashboardPage *NocWindow::currentDashboardPage() const
{
    return dashboardPage(m_rotation->current());
}

void NocWindow::showMessage(const QString &text, int timeoutMs)
{
    m_message->setFullText(text);
    if (timeoutMs > 0)
        m_messageTimer->start(timeoutMs);
    else
        m_messageTimer->stop();
}

QString NocWindow::messageText() const
{
    return m_message->fullText();
}

bool NocWindow::isCursorHidden() const
{
    return m_cursor->isCursorHidden();
}

void NocWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (auto *dashboard = qobject_cast<DashboardPage *>(m_pages[index]))
        dashboard->view()->setVisibleRows(m_rows.value(index));
    m_stack->setCurrentWidget(m_pages[index]);
    updateHeader();
}

QString NocWindow::lastUpdateText() const
{
    const int index = m_rotation->current();
    QDateTime newest;
    if (m_healthBoard && m_pages.value(index) == m_healthBoard) {
        const CheckRun &run = m_healthBoard->run();
        if (!m_healthBoard->hasRun())
            return tr("Not checked yet");
        return tr("Checked %1")
            .arg(QLocale().toString(run.finishedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    }
    if (const DashboardPage *page = dashboardPage(index)) {
        for (const Panel &panel : page->dashboard().panels) {
            const QDateTime success = page->refresher()->panelData(panel.id).lastSuccess;
            if (success.isValid() && (!newest.isValid() || success > newest))
                newest = success;
        }
    } else if (m_alerts) {
        for (const AlertPoller::ClusterState &state : m_alerts->clusterStates()) {
            if (state.lastSuccess.isValid() && (!newest.isValid() || state.lastSuccess > newest))
                newest = state.lastSuccess;
        }
    }
    if (!newest.isValid())
        return tr("No data yet");
    return tr("Data %1").arg(QLocale().toString(newest.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
}

void NocWindow::updateHeader()
{
    const int index = m_rotation->current();
    // The part of a dashboard in parts has a label of its own: a long title is cut, the part
    // must not be.
    const QString part = m_partTexts.value(index);
    QString title = m_titles.value(index, tr("Nothing to show: the playlist is empty"));
    if (!part.isEmpty())
        title.chop(part.size() + 1);
    m_title->setFullText(title);
    m_part->setText(part);
    m_part->setVisible(!part.isEmpty());
    QString position = tr("%1 / %2").arg(index + 1).arg(m_titles.size());
    if (m_rotation->isPaused())
        position += QStringLiteral("  ") + tr("PAUSED");
    m_position->setText(position);
    m_updated->setText(lastUpdateText());
    m_clock->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")));
}

void NocWindow::buildShortcuts()
{
    // Window-wide actions rather than key events: the dashboards' scroll areas would
    // otherwise take the arrow keys.
    const auto bind = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    bind({ Qt::Key_Space, Qt::Key_P }, [this] { m_rotation->togglePaused(); });
    bind({ Qt::Key_Right, Qt::Key_PageDown, Qt::Key_N }, [this] { m_rotation->next(); });
    bind({ Qt::Key_Left, Qt::Key_PageUp, Qt::Key_B }, [this] { m_rotation->previous(); });
    bind({ Qt::Key_F5 }, [this] {
        if (m_healthBoard && m_pages.value(m_rotation->current()) == m_healthBoard)
            emit healthRunRequested();
        else if (DashboardPage *page = dashboardPage(m_rotation->current()))
            page->refresher()->refreshNow();
        else if (m_alerts)
            m_alerts->pollNow();
    });
    bind({ Qt::Key_S }, [this] {
        const qsizetype count = QGuiApplication::screens().size();
        if (count > 1) {
            showOnScreen(int((m_screenIndex + 1) % count));
            emit screenChosen(m_screenIndex);
        }
    });
    bind({ Qt::Key_Escape }, [this] { askToLeave(); });
    for (int i = 0; i < 9; ++i)
        bind({ QKeySequence(Qt::Key(Qt::Key_1 + i)) }, [this, i] { m_rotation->show(i); });
}

void NocWindow::setHealthRun(const CheckRun &run)
{
    if (m_healthBoard)
        m_healthBoard->setRun(run);
    updateHeader();
}

void NocWindow::askToLeave()
{
    if (m_leaveQuestion) {
        m_leaveQuestion->raise();
        return;
    }
    // Asked, not obeyed: a stray key on a wall keyboard must not drop the room's display.
    m_leaveQuestion = new QMessageBox(QMessageBox::Question, tr("Leave NOC mode?"),
        tr("Leave the wall display and return to the console window?"), QMessageBox::Yes | QMessageBox::No,
        this);
    m_leaveQuestion->setDefaultButton(QMessageBox::No);
    m_leaveQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_leaveQuestion, &QMessageBox::finished, this, [this](int result) {
        m_leaveQuestion = nullptr;
        if (result == QMessageBox::Yes) {
            m_leaving = true;
            m_inhibitor->release();
            emit leaveRequested();
        }
    });
    m_leaveQuestion->open();
}

void NocWindow::closeWithoutAsking()
{
    m_leaving = true;
    m_inhibitor->release();
    close();
}

void NocWindow::closeEvent(QCloseEvent *event)
{
    // The window manager's close (Alt+F4) asks like Esc does.
    if (!m_leaving) {
        event->ignore();
        askToLeave();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace pivori
