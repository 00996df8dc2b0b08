// tst_loop_accel — closed-form loops (sim/program/loop_accel.h) are exact.
//
// Each row is a small Go program with one loop shape. It is compiled once and
// run twice under a single-goroutine driver, with loop acceleration on and
// off; every request the interpreter returns (kind, cost in ns, steps, line,
// printed text) must be the same in both runs, so the runtime could not tell
// them apart. The printed result is checked against a value worked out by
// hand (the arithmetic in each row's comment; 2^64 wrap-around as Go's), and
// each row says whether the loop must be accelerated (iterations skipped > 0)
// or must run instruction by instruction. Two cost settings: the default
// profile's, and 1 ns per instruction with a 60 ns quantum, where a burst
// ends every few iterations and the quantum bound decides how many may be
// skipped.
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/lang/compile.h"
#include "sim/program/interpreter.h"
#include "sim/program/loop_accel.h"
#endif

using namespace gsl;
using program::ReqKind;

namespace {

struct Trace {
    std::vector<std::string> reqs;   // one line per request
    std::string out;
    uint64_t accelerated = 0;
    bool finished = false;
};

Trace drive(const std::shared_ptr<const program::Program> &prog, const program::InterpCosts &costs, bool accel)
{
    Trace t;
    program::InterpOptions o;
    o.costs = costs;
    o.accelerateLoops = accel;
    program::Interpreter in(prog, o);
    program::CtxId g = in.startMain();
    program::Completion done;
    program::StepEnv env;
    for (int n = 0; n < 2'000'000; ++n) {
        const program::Request &r = in.step(g, done, env);
        t.reqs.push_back(std::to_string(int(r.kind)) + " cost=" + std::to_string(r.cost) + " steps=" +
                         std::to_string(r.steps) + " line=" + std::to_string(r.line));
        if (r.kind == ReqKind::Print) t.out += r.text;
        if (r.kind == ReqKind::Panic || r.kind == ReqKind::Fatal) { t.out += r.text; break; }
        if (r.kind == ReqKind::GoEnd || r.kind == ReqKind::Exit) { t.finished = true; break; }
    }
    t.accelerated = in.acceleratedIterations();
    return t;
}

QString goSource(const QString &decls, const QString &body)
{
    return "package main\n\nimport \"fmt\"\n\n" + decls + "\nfunc main() {\n" + body + "\n}\n";
}

// compileWithSync: a main that declares `counter`, runs `body` (which may
// use package sync) and then prints counter under mu; compiled for Go 1.22.
// false (with the diagnostics and the source printed) if it does not compile.
bool compileWithSync(const QString &body, lang::CompileResult &cr)
{
    const QString src = goSource("", "counter := 0\n" + body + "mu.Lock()\nfmt.Println(counter)\nmu.Unlock()")
                            .replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"sync\"\n)");
    cr = lang::compile("t.go", src.toStdString(), GoVersion{1, 22});
    if (cr.ok()) return true;
    std::string diags;
    for (const auto &d : cr.diagnostics) diags += d.format() + "\n";
    qWarning("%s%s", diags.c_str(), qPrintable(src));
    return false;
}

// plansOf: every loop plan of the program (only those with memory steps if withSteps).
std::vector<const program::LoopPlan *> plansOf(const program::Program &prog, bool withSteps)
{
    std::vector<const program::LoopPlan *> out;
    for (const program::Function &f : prog.functions)
        for (const program::LoopPlan &p : f.loops)
            if (!withSteps || p.memSteps > 0) out.push_back(&p);
    return out;
}

} // namespace

class TestLoopAccel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exact_data();
    void exact();
    void noPlanForOtherLoops();
    void mutexPlans_data();
    void mutexPlans();
    void nestedPlans_data();
    void nestedPlans();
    void storedCells();
};

void TestLoopAccel::exact_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("want");
    QTest::addColumn<bool>("accelerates");

    QTest::newRow("count up") << goSource("", "x := 0\nfor i := 0; i < 100000; i++ {\n\tx++\n}\nfmt.Println(x)")
                              << "100000\n" << true;
    // 0 + 1 + ... + 1999 = 1999 * 2000 / 2
    QTest::newRow("sum of the counter") << goSource("", "sum := 0\nfor i := 0; i < 2000; i++ {\n\tsum += i\n}\nfmt.Println(sum)")
                                        << "1999000\n" << true;
    // i = 100000, 99997, ... while i > 7: 33331 iterations
    QTest::newRow("count down by 3") << goSource("", "n := 0\nfor i := 100000; i > 7; i -= 3 {\n\tn += 2\n}\nfmt.Println(n)")
                                     << "66662\n" << true;
    // sum over i = 1..5000 of 2i+1 = 5000*5001 + 5000
    QTest::newRow("<= and a constant factor") << goSource("", "s := 0\nfor i := 1; i <= 5000; i++ {\n\ts += 2*i + 1\n}\nfmt.Println(s)")
                                              << "25010000\n" << true;
    QTest::newRow("!= with step 2") << goSource("", "c := 0\nfor i := 0; i != 30000; i += 2 {\n\tc++\n}\nfmt.Println(c)")
                                    << "15000\n" << true;
    // i = 0, 7, ..., 98
    QTest::newRow("step past the bound") << goSource("", "c := 0\nfor i := 0; i < 100; i += 7 {\n\tc++\n}\nfmt.Println(c)")
                                         << "15\n" << true;
    // -(0 + 1 + ... + 2999)
    QTest::newRow("negative sum") << goSource("", "d := 0\nfor i := 0; i < 3000; i++ {\n\td -= i\n}\nfmt.Println(d)")
                                  << "-4498500\n" << true;
    // 9223372036854775000 + 2000 - 2^64
    QTest::newRow("int wraps in the body") << goSource("", "x := 9223372036854775000\nfor i := 0; i < 2000; i++ {\n\tx += 1\n}\nfmt.Println(x)")
                                           << "-9223372036854774616\n" << true;
    // the counter wraps to negative after 2^63 - 9223372036854775000 = 808 iterations
    QTest::newRow("exit test wraps") << goSource("", "c := 0\nfor i := 9223372036854775000; i > 0; i++ {\n\tc++\n}\nfmt.Println(c)")
                                     << "808\n" << true;
    // written before it is read: the value of the last iteration, 999 * 3
    QTest::newRow("last value of a temporary") << goSource("", "last := 0\nfor i := 0; i < 1000; i++ {\n\tlast = i * 3\n}\nfmt.Println(last)")
                                               << "2997\n" << true;
    // inner loop: t += j, j invariant; 1000 * (0 + ... + 49)
    QTest::newRow("nested, outer index invariant") << goSource("", "t := 0\nfor j := 0; j < 50; j++ {\n\tfor i := 0; i < 1000; i++ {\n\t\tt += j\n\t}\n}\nfmt.Println(t)")
                                                   << "1225000\n" << true;
    // 0 + 1 + ... + 4999
    QTest::newRow("range over int") << goSource("", "s := 0\nfor i := range 5000 {\n\ts += i\n}\nfmt.Println(s)")
                                    << "12497500\n" << true;
    // 3000 * 3000
    QTest::newRow("bound is a parameter") << goSource("func f(n int) int {\n\tc := 0\n\tfor i := 0; i < n; i++ {\n\t\tc += n\n\t}\n\treturn c\n}\n",
                                                     "fmt.Println(f(3000))")
                                          << "9000000\n" << true;
    // Not accelerated: the loop runs instruction by instruction, same result.
    QTest::newRow("int32 arithmetic") << goSource("", "var x int32\nfor i := 0; i < 10000; i++ {\n\tx += 3\n}\nfmt.Println(x)")
                                      << "30000\n" << false;
    QTest::newRow("branch in the body") << goSource("", "e := 0\nfor i := 0; i < 10000; i++ {\n\tif i%2 == 0 {\n\t\te++\n\t}\n}\nfmt.Println(e)")
                                        << "5000\n" << false;
    QTest::newRow("doubling") << goSource("", "p := 1\nfor i := 0; i < 20; i++ {\n\tp *= 2\n}\nfmt.Println(p)")
                              << "1048576\n" << false;
    // the exit test reads a sum: s = 0 + 1 + ... + 447 = 100128 after 448 iterations
    QTest::newRow("exit test on a sum") << goSource("", "s := 0\ni := 0\nfor s < 100000 {\n\ts += i\n\ti++\n}\nfmt.Println(s, i)")
                                        << "100128 448\n" << false;
    QTest::newRow("call in the body") << goSource("func id(x int) int { return x }\n",
                                                 "s := 0\nfor i := 0; i < 3000; i++ {\n\ts += id(i)\n}\nfmt.Println(s)")
                                      << "4498500\n" << false;
}

void TestLoopAccel::exact()
{
    QFETCH(QString, src);
    QFETCH(QString, want);
    QFETCH(bool, accelerates);
    lang::CompileResult cr = lang::compile("t.go", src.toStdString(), GoVersion{1, 22});
    std::string diags;
    for (const auto &d : cr.diagnostics) diags += d.format() + "\n";
    QVERIFY2(cr.ok(), diags.c_str());

    program::InterpCosts fine;                 // the default profile's costs
    program::InterpCosts coarse;
    coarse.instr = 1000;                       // 1 ns per instruction,
    coarse.quantum = 60 * 1000;                // a burst yields every 60 ns (a few iterations)
    program::InterpCosts freeMem = coarse;
    freeMem.memOp = -1000;                     // the memory step free (sharedAccessCost = -stepCost)
    for (const program::InterpCosts &costs : {fine, coarse, freeMem}) {
        const char *setting = costs.instr == fine.instr ? "default costs"
                              : costs.memOp < 0         ? "1 ns/instruction, free memory steps, 60 ns quantum"
                                                        : "1 ns/instruction, 60 ns quantum";
        const Trace on = drive(cr.program, costs, true);
        const Trace off = drive(cr.program, costs, false);
        QVERIFY(off.finished);
        QVERIFY(on.finished);
        QCOMPARE(QString::fromStdString(off.out), want);
        QCOMPARE(QString::fromStdString(on.out), want);
        QCOMPARE(off.accelerated, uint64_t(0));
        QCOMPARE(on.reqs.size(), off.reqs.size());
        for (size_t i = 0; i < on.reqs.size(); ++i)
            if (on.reqs[i] != off.reqs[i])
                QFAIL((std::string(setting) + ", request " + std::to_string(i) + ": accelerated '" + on.reqs[i] +
                       "', plain '" + off.reqs[i] + "'").c_str());
        if (accelerates)
            QVERIFY2(on.accelerated > 0, (std::string("the loop should have run in closed form: ") + setting).c_str());
        else QCOMPARE(on.accelerated, uint64_t(0));
    }
}

// A loop over a shared variable gets a plan with its memory steps, and so does
// one over a 64-bit atomic (run ahead only when the runtime allows it:
// tests/sim/run/tst_run_ahead.cpp); a loop with a channel operation gets none.
void TestLoopAccel::noPlanForOtherLoops()
{
    const QString src = goSource("",
                                 "counter := 0\n"
                                 "var n atomic.Int64\n"
                                 "done := make(chan bool)\n"
                                 "go func() {\n\tfor i := 0; i < 10; i++ {\n\t\tcounter++\n\t}\n\tdone <- true\n}()\n"
                                 "for i := 0; i < 10; i++ {\n\tn.Add(1)\n}\n"
                                 "for i := 0; i < 10; i++ {\n\tdone <- true\n}\n"
                                 "<-done\n"
                                 "fmt.Println(counter, n.Load())")
                                .replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"sync/atomic\"\n)");
    lang::CompileResult cr = lang::compile("t.go", src.toStdString(), GoVersion{1, 22});
    std::string diags;
    for (const auto &d : cr.diagnostics) diags += d.format() + "\n";
    QVERIFY2(cr.ok(), diags.c_str());
    std::vector<const program::LoopPlan *> plans;
    for (const program::Function &f : cr.program->functions)
        for (const program::LoopPlan &p : f.loops) plans.push_back(&p);
    QCOMPARE(plans.size(), size_t(2));        // the counter loop and the atomic one
    const program::LoopPlan *counter = plans[0]->atomicSteps == 0 ? plans[0] : plans[1];
    const program::LoopPlan *atomic = plans[0]->atomicSteps == 0 ? plans[1] : plans[0];
    QCOMPARE(counter->memSteps, 2u);          // counter++: a Load and a Store
    QCOMPARE(counter->atomicSteps, 0u);
    QCOMPARE(counter->memPtrs.size(), size_t(1));
    QCOMPARE(atomic->memSteps, 1u);           // n.Add(1): one atomic step
    QCOMPARE(atomic->atomicSteps, 1u);
    QCOMPARE(atomic->memPtrs.size(), size_t(1));
}

// Lock/Unlock of one sync.Mutex are steps of a plan when they alternate from
// Lock and end with Unlock in every iteration (so every back edge finds the
// Mutex released by this goroutine); anything else the runtime does is not.
void TestLoopAccel::mutexPlans_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("lockSteps");   // -1: no plan
    QTest::addColumn<int>("memSteps");
    QTest::newRow("lock counter++ unlock") << "mu.Lock()\n\t\tcounter++\n\t\tmu.Unlock()" << 2 << 4;
    QTest::newRow("two pairs") << "mu.Lock()\n\t\tcounter++\n\t\tmu.Unlock()\n\t\tmu.Lock()\n\t\tmu.Unlock()" << 4 << 6;
    QTest::newRow("pair only") << "mu.Lock()\n\t\tmu.Unlock()" << 2 << 2;
    QTest::newRow("access outside the lock") << "counter++\n\t\tmu.Lock()\n\t\tmu.Unlock()" << 2 << 4;
    QTest::newRow("unlock first") << "mu.Unlock()\n\t\tcounter++\n\t\tmu.Lock()" << -1 << 0;
    QTest::newRow("lock without unlock") << "mu.Lock()\n\t\tcounter++" << -1 << 0;
    QTest::newRow("two mutexes") << "mu.Lock()\n\t\tmu2.Lock()\n\t\tmu2.Unlock()\n\t\tmu.Unlock()" << -1 << 0;
    QTest::newRow("nested same mutex") << "mu.Lock()\n\t\tmu.Lock()\n\t\tmu.Unlock()\n\t\tmu.Unlock()" << -1 << 0;
    QTest::newRow("TryLock") << "if mu.TryLock() {\n\t\t\tmu.Unlock()\n\t\t}" << -1 << 0;
    QTest::newRow("RWMutex") << "rw.Lock()\n\t\tcounter++\n\t\trw.Unlock()" << -1 << 0;
    QTest::newRow("WaitGroup") << "mu.Lock()\n\t\twg.Add(1)\n\t\tmu.Unlock()" << -1 << 0;
}

void TestLoopAccel::mutexPlans()
{
    QFETCH(QString, body);
    QFETCH(int, lockSteps);
    QFETCH(int, memSteps);
    lang::CompileResult cr;
    QVERIFY(compileWithSync("var mu, mu2 sync.Mutex\n"
                            "var rw sync.RWMutex\n"
                            "var wg sync.WaitGroup\n"
                            "go func() {\n\tfor i := 0; i < 10; i++ {\n\t\t" + body + "\n\t}\n}()\n"
                            "_, _, _ = &mu2, &rw, &wg\n",
                            cr));
    const std::vector<const program::LoopPlan *> plans = plansOf(*cr.program, false);
    if (lockSteps < 0) {
        QCOMPARE(plans.size(), size_t(0));
        return;
    }
    QCOMPARE(plans.size(), size_t(1));
    QCOMPARE(int(plans[0]->lockSteps), lockSteps);
    QCOMPARE(int(plans[0]->memSteps), memSteps);
    QVERIFY(plans[0]->mutexPtr >= 0);
}

// An inner loop of local work is one step of its outer loop's plan when it
// runs the same number of times in every outer iteration and comes after the
// outer body's first memory step; one level only.
void TestLoopAccel::nestedPlans_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("innerLoops");  // of the plan with memory steps; -1: no such plan
    QTest::addColumn<int>("steps");       // instructions per outer iteration (-1: not checked)
    // counter++ (Load, AddI, Store) and the outer loop's own 5 (LoadImm bound,
    // Lt, JmpIfNot, AddI, Move) + back edge; the inner loop: j := 0 (LoadImm,
    // Move), 5 iterations of 8 (LoadImm, Lt, JmpIfNot, Add, Move, AddI, Move,
    // Jmp) and the last test's 3.
    QTest::newRow("constant inner bound") << "counter++\n\t\tfor j := 0; j < 5; j++ {\n\t\t\tx += j\n\t\t}" << 1
                                          << 3 + 6 + 2 + 5 * 8 + 3;
    QTest::newRow("inner loop under the Mutex")
        << "mu.Lock()\n\t\tfor j := 0; j < 5; j++ {\n\t\t\tx += 2\n\t\t}\n\t\tmu.Unlock()" << 1 << -1;
    QTest::newRow("inner bound from the outer index") << "counter++\n\t\tfor j := 0; j < i; j++ {\n\t\t\tx++\n\t\t}" << -1 << -1;
    QTest::newRow("inner loop before any step") << "for j := 0; j < 5; j++ {\n\t\t\tx += j\n\t\t}\n\t\tcounter++" << -1 << -1;
    QTest::newRow("two levels")
        << "counter++\n\t\tfor j := 0; j < 5; j++ {\n\t\t\tfor k := 0; k < 3; k++ {\n\t\t\t\tx++\n\t\t\t}\n\t\t}" << -1 << -1;
    QTest::newRow("inner loop that never iterates") << "counter++\n\t\tfor j := 0; j < 0; j++ {\n\t\t\tx++\n\t\t}" << -1 << -1;
    QTest::newRow("inner loop with a step") << "x++\n\t\tfor j := 0; j < 5; j++ {\n\t\t\tcounter++\n\t\t}" << 0 << -1;
}

void TestLoopAccel::nestedPlans()
{
    QFETCH(QString, body);
    QFETCH(int, innerLoops);
    QFETCH(int, steps);
    lang::CompileResult cr;
    QVERIFY(compileWithSync("var mu sync.Mutex\n"
                            "go func() {\n\tx := 0\n\tfor i := 0; i < 10; i++ {\n\t\t" + body +
                                "\n\t}\n\tfmt.Println(x)\n}()\n",
                            cr));
    const std::vector<const program::LoopPlan *> withSteps = plansOf(*cr.program, true);
    if (innerLoops < 0) {
        QCOMPARE(withSteps.size(), size_t(0));
        return;
    }
    QCOMPARE(withSteps.size(), size_t(1));
    QCOMPARE(int(withSteps[0]->innerLoops), innerLoops);
    if (steps >= 0) QCOMPARE(int(withSteps[0]->steps), steps);
}

// A shared variable the loop stores but never reads is still one of its
// carried values: a constant store is an update of the cell (so a skip
// leaves the last store's value in it), a store of the index gives no plan.
void TestLoopAccel::storedCells()
{
    lang::CompileResult cr;
    QVERIFY(compileWithSync("var mu sync.Mutex\ngo func() {\n\tfor i := 0; i < 10; i++ {\n\t\tcounter = 7\n\t}\n}()\n", cr));
    std::vector<const program::LoopPlan *> plans = plansOf(*cr.program, true);
    QCOMPARE(plans.size(), size_t(1));
    bool cellUpdated = false;
    for (const program::LoopPlan::Update &u : plans[0]->updates)
        cellUpdated |= u.reg >= plans[0]->nregs && u.kind == program::LoopPlan::Update::Reset;
    QVERIFY(cellUpdated);
    QVERIFY(compileWithSync("var mu sync.Mutex\ngo func() {\n\tfor i := 0; i < 10; i++ {\n\t\tcounter = i\n\t}\n}()\n", cr));
    QCOMPARE(plansOf(*cr.program, true).size(), size_t(0));
}

QTEST_APPLESS_MAIN(TestLoopAccel)
#include "tst_loop_accel.moc"
