// tst_export_explore_csv.cpp — exploration results as RFC 4180 CSV.
#include "sim/export/explore_csv.h"
#include "sim/export/json.h"

#include <QtTest>

using namespace gsl::exports;

class TestExportExploreCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data();
    void field();
    void rows();
    void jsonEscapeRoundTrips_data();
    void jsonEscapeRoundTrips();
};

void TestExportExploreCsv::field_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain-unquoted") << "counter=200000" << "counter=200000";
    QTest::newRow("comma-quoted") << "1, 2" << "\"1, 2\"";
    QTest::newRow("quote-doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline-quoted") << "a\nb" << "\"a\nb\"";
}

void TestExportExploreCsv::field()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(QString::fromStdString(csvField(in.toStdString())), out);
}

void TestExportExploreCsv::rows()
{
    gsl::explore::ExploreResult r;
    gsl::explore::ConfigResult c;
    c.gomaxprocs = 2;
    c.config.cpus = 4;
    c.runs = 4;
    gsl::explore::OutcomeRow a;
    a.outcome = "9 0 1, 2";
    a.count = 3;
    a.share = 0.75;
    a.ci = {0.3006, 0.9544};
    a.correct = gsl::explore::Verdict::No;
    a.seed = 2;
    gsl::explore::OutcomeRow b = a;
    b.outcome = "ok";
    b.count = 1;
    b.share = 0.25;
    b.ci = {0.0456, 0.6994};
    b.correct = gsl::explore::Verdict::Yes;
    b.exitStatus = 2;
    b.seed = 1;
    c.rows = {a, b};
    r.configs = {c};
    const std::string csv = formatExploreCsv(r);
    QCOMPARE(QString::fromStdString(csv),
             QString("gomaxprocs,cpus,quota,go,outcome,exit,races,count,share,share_lo,share_hi,correct,seed\r\n"
                     "2,4,none,1.22,\"9 0 1, 2\",0,0,3,0.7500,0.3006,0.9544,no,2\r\n"
                     "2,4,none,1.22,ok,2,0,1,0.2500,0.0456,0.6994,yes,1\r\n"));
}

void TestExportExploreCsv::jsonEscapeRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes-backslash") << "a \"b\" \\ c";
    QTest::newRow("controls") << QString("tab\there\nnew\x01line");
    QTest::newRow("utf8") << QString::fromUtf8("µs → ✓");
}

void TestExportExploreCsv::jsonEscapeRoundTrips()
{
    QFETCH(QString, text);
    std::string json;
    appendJsonString(json, text.toStdString());
    JsonValue v;
    QCOMPARE(QString::fromStdString(parseJson(json, v)), QString());
    QVERIFY(v.isString());
    QCOMPARE(QString::fromStdString(v.string), text);
}

QTEST_APPLESS_MAIN(TestExportExploreCsv)
#include "tst_export_explore_csv.moc"
