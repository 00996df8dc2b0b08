// tst_lang_diagnostics — one row per diagnostic (data/diagnostics.txt): the
// first diagnostic the front end prints for a snippet, `LINE:COL: message`.
// Rows tagged [go] were checked against Go 1.19's `go build` with
// data/verify_with_go.py.
// moc must not parse the C++20 engine headers (it chokes on <concepts>).
#ifndef Q_MOC_RUN
#include "sim/lang/parse.h"
#include "rows.h"
#endif

#include <QtTest>

using namespace gsl;
using namespace gsl::lang;

class TstLangDiagnostics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstDiagnostic_data();
    void firstDiagnostic();
    void tooManyErrors();
    void sortedByPosition();
    void syntaxErrorsStopTypeChecking();
};

void TstLangDiagnostics::firstDiagnostic_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("goVersion");
    auto rows = test::readRows(std::string(GSL_TEST_DATA_DIR) + "/sim/lang/data/diagnostics.txt");
    QVERIFY(rows.size() > 60);
    for (const auto &r : rows) {
        QString go = "1.22";
        auto pos = r.header.find("go=");
        if (pos != std::string::npos) go = QString::fromStdString(r.header.substr(pos + 3));
        QTest::newRow(r.name.c_str()) << QString::fromStdString(r.source) << QString::fromStdString(r.expected) << go;
    }
}

void TstLangDiagnostics::firstDiagnostic()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(QString, goVersion);
    auto go = GoVersion::parse(goVersion.toStdString());
    QVERIFY(go.has_value());
    FrontEndResult r = analyzeFile("x.go", source.toStdString(), *go);
    QVERIFY2(!r.diagnostics.empty(), "expected a diagnostic");
    const Diagnostic &d = r.diagnostics.front();
    std::string msg = d.message.substr(0, d.message.find('\n'));
    QString got = QString::fromStdString(std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + msg);
    QCOMPARE(got, expected);
    QCOMPARE(QString::fromStdString(d.format()), QString::fromStdString("x.go:" + got.toStdString().substr(0, got.indexOf(": ")) + ": " + d.message));
    if (msg.rfind("unsupported: ", 0) == 0) QCOMPARE(d.kind, Diagnostic::Unsupported);
}

void TstLangDiagnostics::tooManyErrors()
{
    // gc prints 10 errors, then "too many errors" at the 11th's position.
    std::string src = "package main\n\nfunc main() {\n";
    for (int i = 1; i <= 12; ++i) src += "\tu" + std::to_string(i) + "()\n";
    src += "}\n";
    FrontEndResult r = analyzeFile("x.go", src, GoVersion{1, 22});
    QCOMPARE(r.diagnostics.size(), size_t(11));
    QCOMPARE(QString::fromStdString(r.diagnostics[9].format()), QString("x.go:13:2: undefined: u10"));
    QCOMPARE(QString::fromStdString(r.diagnostics[10].format()), QString("x.go:14:2: too many errors"));
}

void TstLangDiagnostics::sortedByPosition()
{
    // Errors found out of source order (function bodies after declarations)
    // come out sorted by line and column.
    std::string src = "package main\n\nfunc main() { undefinedA() }\n\nvar v int = \"s\"\n";
    FrontEndResult r = analyzeFile("x.go", src, GoVersion{1, 22});
    QCOMPARE(r.diagnostics.size(), size_t(2));
    QCOMPARE(r.diagnostics[0].line, 3);
    QCOMPARE(r.diagnostics[1].line, 5);
}

void TstLangDiagnostics::syntaxErrorsStopTypeChecking()
{
    std::string src = "package main\n\nfunc main() { undefinedA()\n";
    FrontEndResult r = analyzeFile("x.go", src, GoVersion{1, 22});
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QCOMPARE(r.diagnostics[0].kind, Diagnostic::Syntax);
    QVERIFY(r.diagnostics[0].message.rfind("syntax error: ", 0) == 0);
}

QTEST_GUILESS_MAIN(TstLangDiagnostics)
#include "tst_lang_diagnostics.moc"
