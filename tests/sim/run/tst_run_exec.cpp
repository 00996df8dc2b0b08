// tst_run_exec — scenario-language rows that need the scheduler (channels,
// select, goroutines), run through run::compileScenario + run::runScenario.
// Expected outputs: captured from the real toolchain (`go run`, Go 1.19.8;
// GOMAXPROCS=1 where the row says gomaxprocs 1), except the go1.22 row,
// written by hand from the Go 1.22 loop-variable semantics. Never from
// goschedlab's own output.
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/run/run.h"
#endif

using namespace gsl;

class TestRunExec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void output_data();
    void output();
};

void TestRunExec::output_data()
{
    QTest::addColumn<int>("minor");        // Go 1.minor
    QTest::addColumn<int>("gomaxprocs");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QTest::newRow("range-over-closed-buffered-channel") << 19 << 2 << QString::fromUtf8(R"go(package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)
}
)go")
        << QString("1 2 \n0 false\n");
    QTest::newRow("select-with-default-and-ok-receive") << 19 << 2 << QString::fromUtf8(R"go(package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 7
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
}
)go")
        << QString("empty\ngot 7 true\nsent\nfull\n");
    // One P: the goroutines run only once main blocks in Wait, after the loop.
    QTest::newRow("loopvar-shared-before-go122") << 21 << 1 << QString::fromUtf8(R"go(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}
)go")
        << QString("9\n");
    QTest::newRow("loopvar-per-iteration-go122") << 22 << 1 << QString::fromUtf8(R"go(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}
)go")
        << QString("3\n");
}

void TestRunExec::output()
{
    QFETCH(int, minor);
    QFETCH(int, gomaxprocs);
    QFETCH(QString, src);
    QFETCH(QString, expected);
    const GoVersion go{1, minor};
    run::Scenario sc = run::compileScenario("t.go", src.toStdString(), go);
    if (!sc.ok()) {
        std::string all;
        for (const auto &d : sc.compiled.diagnostics) all += d.format() + "\n";
        QFAIL(all.c_str());
    }
    runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = 2;
    cfg.gomaxprocs = gomaxprocs;
    cfg.checkInvariants = true;
    runtime::RunResult r = run::runScenario(sc, cfg);
    QVERIFY2(!r.budgetHit, r.budgetMessage.c_str());
    QCOMPARE(QString::fromStdString(r.stderrText), QString());
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromStdString(r.stdoutText), expected);
}

QTEST_GUILESS_MAIN(TestRunExec)
#include "tst_run_exec.moc"
