// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include "configeditor.h"
#include "configloader.h"
#include "welcomewindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

namespace pivori {

namespace {

/// Whether anything accepts a TCP connection on localhost at one of @p ports, within @p waitMs.
bool anyLocalPortAnswers(const QList<quint16> &ports, int waitMs)
{
    QEventLoop loop;
    int pending = int(ports.size());
    bool answered = false;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const quint16 port : ports) {
        auto socket = std::make_unique<QTcpSocket>();
        QObject::connect(socket.get(), &QTcpSocket::connected, &loop, [&] {
            answered = true;
            loop.quit();
        });
        QObject::connect(socket.get(), &QTcpSocket::errorOccurred, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        socket->connectToHost(QStringLiteral("localhost"), port);
        sockets.push_back(std::move(socket));
    }
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return answered;
}

} // namespace

bool FirstRun::isNeeded(const GlobalOptions &options, const QList<quint16> &localPorts)
{
    if (!options.configPath.isEmpty() || !options.prometheusUrl.isEmpty()
        || !options.alertmanagerUrls.isEmpty())
        return false;
    if (QFileInfo::exists(ConfigEditor::userConfigPath()))
        return false;
    return !anyLocalPortAnswers(localPorts, kLocalProbeMs);
}

FirstRun::Choice FirstRun::welcome(HttpTransport *transport)
{
    WelcomeWindow window(transport, ConfigEditor::userConfigPath());
    window.resize(900, 760);
    // The main loop runs the page; its answer ends it with a code (closing the window: 0).
    enum { Closed = 0, Connected = 1, Demo = 2 };
    QObject::connect(&window, &WelcomeWindow::connected, &window, [] { QCoreApplication::exit(Connected); });
    QObject::connect(&window, &WelcomeWindow::demoRequested, &window, [] { QCoreApplication::exit(Demo); });
    window.show();
    const int code = QApplication::exec();
    window.hide();
    return code == Connected ? Choice::Connected : code == Demo ? Choice::Demo : Choice::Closed;
}

QString FirstRun::editablePath(const GlobalOptions &options)
{
    const QString path = ConfigLoader::resolvePath(options.configPath);
    return path == ConfigLoader::builtInPath() ? ConfigEditor::userConfigPath() : path;
}

} // namespace pivori
