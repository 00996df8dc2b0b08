// tst_cli_untrusted — goschedlab-cli on scenarios that try to escape
// (issue 8, item 7): os.Exit(n) ends the simulated process only (the CLI goes
// on, prints the trace it recorded and exits with the simulated status), and a
// scenario that reaches for the filesystem or the environment is rejected
// with exit 65 and one `file:LINE:COL: unsupported: ...` line, before it runs.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_process.h"

class TestCliUntrusted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void osExitEndsOnlyTheSimulatedProcess();
    void fileAccessRejectedBeforeRunning();

private:
    using Out = gsl::testing::CliOut;
    static Out cli(const QStringList &args) { return gsl::testing::runCli(args); }
    QString write(const QString &name, const char *src);
    QTemporaryDir m_dir;
};

QString TestCliUntrusted::write(const QString &name, const char *src)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(src);
    return path;
}

void TestCliUntrusted::osExitEndsOnlyTheSimulatedProcess()
{
    const QString path = write("exit.go", R"go(package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not run")
	fmt.Println("before exit")
	os.Exit(3)
}
)go");
    QVERIFY(!path.isEmpty());
    Out o = cli({"run", path, "--trace-text", "--invariants"});
    QCOMPARE(o.code, 3);
    QCOMPARE(o.out, QStringLiteral("before exit\n"));
    // The program wrote nothing to stderr; the trace there was printed by the
    // CLI after the simulated process had exited, so the CLI kept running.
    QVERIFY2(o.err.contains(QStringLiteral("Print g=1")), qPrintable(o.err.left(400)));
}

void TestCliUntrusted::fileAccessRejectedBeforeRunning()
{
    const QString path = write("evil.go", R"go(package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("must not run")
	data, _ := os.ReadFile("/etc/passwd")
	fmt.Println(len(data), os.Getenv("HOME"))
}
)go");
    QVERIFY(!path.isEmpty());
    Out o = cli({"run", path});
    QCOMPARE(o.code, 65);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.contains(path + QStringLiteral(":10:16: unsupported: os.ReadFile (scenario language v1)")),
             qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestCliUntrusted)
#include "tst_cli_untrusted.moc"
