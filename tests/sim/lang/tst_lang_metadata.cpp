// tst_lang_metadata — the comment block before `package main` and the
// Config line's words.
#ifndef Q_MOC_RUN
#include "sim/lang/metadata.h"
#endif

#include <QtTest>

using namespace gsl::lang;

class TstLangMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keys_data();
    void keys();
    void configWords();
    void configErrors_data();
    void configErrors();
};

void TstLangMetadata::keys_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("title-from-scenario-key") << "// Scenario: WaitGroup.Add inside\npackage main\n" << "Scenario" << "WaitGroup.Add inside";
    QTest::newRow("continuation-lines-joined-with-space")
        << "// Lesson: first line\n//   second line\n//   third\npackage main\n" << "Lesson" << "first line second line third";
    QTest::newRow("gofmt-doc-comment-code-block-continues")
        << "// Lesson: first line\n//\n//\tsecond line\n//\tthird\n//\n// Correct: ^3$\npackage main\n" << "Lesson" << "first line second line third";
    QTest::newRow("gofmt-doc-comment-next-key-intact")
        << "// Lesson: first line\n//\n//\tsecond line\n//\n// Correct: ^3$\npackage main\n" << "Correct" << "^3$";
    QTest::newRow("unknown-keys-kept") << "// Author: someone\n// Scenario: x\npackage main\n" << "Author" << "someone";
    QTest::newRow("value-keeps-inner-spaces") << "// Correct: ^3$   (regex)\npackage main\n" << "Correct" << "^3$   (regex)";
    QTest::newRow("blank-line-does-not-end-block") << "// Topic: races\n\n// Config: go=1.21\npackage main\n" << "Config" << "go=1.21";
    QTest::newRow("block-ends-at-package") << "// Topic: a\npackage main\n// Topic2: b\n" << "Topic2" << "";
    QTest::newRow("free-text-is-not-a-key") << "// this is prose, not: a key\npackage main\n" << "this is prose, not" << "";
}

void TstLangMetadata::keys()
{
    QFETCH(QString, src);
    QFETCH(QString, key);
    QFETCH(QString, value);
    Metadata md = parseMetadata(src.toStdString());
    QCOMPARE(QString::fromStdString(md.value(key.toStdString())), value);
}

void TstLangMetadata::configWords()
{
    Metadata md = parseMetadata("// Scenario: t\n// Topic: chans\n// Lesson: l\n// Correct: ^3$\n// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22 env=GODEBUG=x=1 colour=blue\n// Extra: kept\npackage main\n");
    QCOMPARE(md.title, std::string("t"));
    QCOMPARE(md.topic, std::string("chans"));
    QCOMPARE(md.lesson, std::string("l"));
    QCOMPARE(md.correct, std::string("^3$"));
    QCOMPARE(md.configLine, 5);
    QCOMPARE(md.all.size(), size_t(6));
    QCOMPARE(md.all.back().first, std::string("Extra"));
    std::vector<std::string> errors;
    MetaConfig mc = parseConfig(md.config, &errors);
    QVERIFY(errors.empty());
    QCOMPARE(mc.gomaxprocs, (std::vector<int>{1, 2, 4}));
    QCOMPARE(mc.cpus, 4);
    QCOMPARE(mc.quota, std::string("none"));
    QCOMPARE(mc.go, std::string("1.22"));
    QCOMPARE(mc.env.at("GODEBUG"), std::string("x=1"));
    QCOMPARE(mc.raw.size(), size_t(6));
    QCOMPARE(mc.raw.back().first, std::string("colour"));   // unknown key kept, no error
}

void TstLangMetadata::configErrors_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("error");
    QTest::newRow("gomaxprocs-not-a-number") << "gomaxprocs=x" << "gomaxprocs: expected positive integers like 1,2,4, got \"x\"";
    QTest::newRow("gomaxprocs-zero") << "gomaxprocs=0" << "gomaxprocs: expected positive integers like 1,2,4, got \"0\"";
    QTest::newRow("gomaxprocs-trailing-comma") << "gomaxprocs=1," << "gomaxprocs: expected positive integers like 1,2,4, got \"1,\"";
    QTest::newRow("cpus-negative") << "cpus=-1" << "cpus: expected a positive integer, got \"-1\"";
    QTest::newRow("quota-word") << "quota=lots" << "quota: expected a number of cores like 0.5 or none, got \"lots\"";
    QTest::newRow("quota-zero") << "quota=0" << "quota: expected a number of cores like 0.5 or none, got \"0\"";
    QTest::newRow("go-version") << "go=2" << "go: expected a Go version like 1.22, got \"2\"";
    QTest::newRow("word-without-equals") << "fast" << "Config: expected key=value, got \"fast\"";
    QTest::newRow("env-without-value") << "env=X" << "env: expected KEY=VALUE, got \"X\"";
}

void TstLangMetadata::configErrors()
{
    QFETCH(QString, config);
    QFETCH(QString, error);
    std::vector<std::string> errors;
    parseConfig(config.toStdString(), &errors);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(QString::fromStdString(errors[0]), error);
}

QTEST_GUILESS_MAIN(TstLangMetadata)
#include "tst_lang_metadata.moc"
