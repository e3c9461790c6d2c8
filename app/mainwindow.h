#pragma once

#include "consoleconfig.h"

#include <QMainWindow>

class QTabWidget;

namespace pivori {

class HttpTransport;
class PrometheusClient;
class QueryConsoleWidget;
class QueryResultModel;
class ServerStatusPoller;

/// The console's main window. It composes: it builds the parts, wires their signals and
/// remembers its layout; the parts themselves live in widgets/ and models/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleConfig config, HttpTransport *transport, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void runQuery(const QString &expression, qint64 rangeMs);

    ConsoleConfig m_config;
    HttpTransport *m_transport;
    PrometheusClient *m_prometheus = nullptr;
    ServerStatusPoller *m_statusPoller;
    QueryResultModel *m_queryModel;
    QTabWidget *m_tabs;
    QueryConsoleWidget *m_queryConsole;
};

} // namespace pivori
