// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's model run for hours of simulated traffic in-process: which request series
// exist, and when they appear.
#include "fleet.h"
#include "scenarioboard.h"
#include "simulation.h"

#include <QRegularExpression>
#include <QTest>

using namespace pivori;

namespace {

/// Sum of http_requests_total samples whose line contains every one of @p parts.
double requests(const std::string &exposition, const QStringList &parts)
{
    double sum = 0.0;
    const QStringList lines = QString::fromStdString(exposition).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("http_requests_total{")))
            continue;
        if (std::all_of(
                parts.begin(), parts.end(), [&line](const QString &part) { return line.contains(part); }))
            sum += line.section(QLatin1Char(' '), -1).toDouble();
    }
    return sum;
}

} // namespace

class TestSimulationModel final : public QObject
{
    Q_OBJECT

private slots:
    void theNeverFailingServiceHasNoServerErrorSeries()
    {
        const Fleet fleet(1);
        const ScenarioBoard board(fleet);
        Simulation simulation(fleet, board, 1.0, 1);
        simulation.advance(0.0, 1.0e9);
        QCOMPARE(requests(simulation.exposition(), { QStringLiteral("status=\"500\"") }), 0.0);
        // Six hours of traffic: every other service has failed many times.
        for (int step = 0; step < 2160; ++step)
            simulation.advance(10.0, 1.0e9 + 10.0 * step);
        const std::string text = simulation.exposition();
        const QString reporting = QStringLiteral("service=\"reporting\"");
        QVERIFY(requests(text, { reporting }) > 500000.0);
        QCOMPARE(requests(text, { reporting, QStringLiteral("status=\"5") }), 0.0);
        QVERIFY(!QString::fromStdString(text).contains(
            QRegularExpression(QStringLiteral("service=\"reporting\"[^\\n]*status=\"5"))));
        for (const char *service : { "trading", "audit", "api-gateway" }) {
            const QString label = QStringLiteral("service=\"%1\"").arg(QLatin1String(service));
            const double all = requests(text, { label });
            const double failed = requests(text, { label, QStringLiteral("status=\"5") });
            // The seeded 5xx share (0.02-0.05 %) is kept whole: nothing is lost before a
            // series appears.
            QVERIFY2(failed / all > 0.0002 * 0.95 && failed / all < 0.0005 * 1.05,
                qPrintable(QStringLiteral("%1: %2 of %3").arg(label).arg(failed).arg(all)));
        }
    }

    void aLargerFleetKeepsThePlatformServicesAsTheyWere()
    {
        const Fleet platform(7);
        const Fleet large(7, FleetSize { 1500, 0 });
        QCOMPARE(large.services().size(), std::size_t(1500));
        for (std::size_t s = 0; s < platform.services().size(); ++s) {
            QCOMPARE(large.services()[s].spec.name, platform.services()[s].spec.name);
            QCOMPARE(large.services()[s].baseRate, platform.services()[s].baseRate);
        }
        for (std::size_t p = 0; p < platform.pods().size(); ++p)
            QCOMPARE(large.pods()[p].name, platform.pods()[p].name);
        QSet<QString> names;
        for (const ServiceProfile &service : large.services())
            names.insert(service.spec.name);
        QCOMPARE(names.size(), 1500);
        const Fleet fixed(7, FleetSize { 150, 3 });
        QCOMPARE(fixed.pods().size(), std::size_t(450));
        QVERIFY(fixed.nodes().size() > 3);
    }
};

QTEST_GUILESS_MAIN(TestSimulationModel)
#include "tst_simulationmodel.moc"
