// tst_program_interp.cpp — the interpreter on hand-built bytecode, driven by
// a tiny single-goroutine driver (no runtime): memory steps, formatting,
// panics and runtime error texts.
#include "sim/program/interp_ctx.h"

#include <QtTest>

using namespace gsl::program;

namespace {

struct Asm {
    std::shared_ptr<Program> p = std::make_shared<Program>();
    Function *f = nullptr;
    Asm()
    {
        p->fileName = "t.go";
        p->types.emplace_back();
        auto add = [&](Kind k, const char *n) { TypeDesc d; d.kind = k; d.name = n; p->types.push_back(d); return TypeId(p->types.size() - 1); };
        p->tInt = add(Kind::Int, "int");
        p->tString = add(Kind::String, "string");
        p->tBool = add(Kind::Bool, "bool");
        p->tAny = add(Kind::Interface, "interface {}");
        p->tError = add(Kind::Error, "error");
        p->tErrorString = add(Kind::ErrorString, "*errors.errorString");
        p->tRuntimeError = add(Kind::RuntimeError, "runtime.Error");
        p->tDuration = add(Kind::Duration, "time.Duration");
        p->varNames = {"", "counter"};
        p->functions.emplace_back();
        f = &p->functions[0];
        f->name = "main.main";
        f->nregs = 16;
        p->mainFunc = 0;
    }
    void op(Op o, int a = 0, int b = 0, int c = 0, int x = 0, int flag = 0)
    {
        Instr i; i.op = o; i.a = a; i.b = b; i.c = c; i.x = uint16_t(x); i.flag = uint8_t(flag);
        f->code.push_back(i);
        f->lines.push_back(int(f->code.size()));
    }
    int str(const char *s) { p->strings.push_back(s); return int(p->strings.size()); }
};

// run drives main to its end, returning the kinds of the steps and the printed text.
std::vector<ReqKind> drive(Interpreter &in, std::string *out, std::string *panic = nullptr)
{
    std::vector<ReqKind> kinds;
    CtxId g = in.startMain();
    Completion done;
    StepEnv env;
    for (int n = 0; n < 100000; ++n) {
        const Request &r = in.step(g, done, env);
        kinds.push_back(r.kind);
        if (r.kind == ReqKind::Print && out) *out += r.text;
        if (r.kind == ReqKind::Panic || r.kind == ReqKind::Fatal) { if (panic) *panic = r.text; break; }
        if (r.kind == ReqKind::GoEnd || r.kind == ReqKind::Exit) break;
    }
    return kinds;
}

} // namespace

class TestProgramInterp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The interpreter's default costs are the bundled machine profile's.
    void defaultCostsAreTheDefaultProfile()
    {
        const InterpCosts d;
        const InterpCosts p = InterpCosts::fromProfile(gsl::defaultProfile());
        QCOMPARE(d.instr, p.instr);
        QCOMPARE(d.call, p.call);
        QCOMPARE(d.memOp, p.memOp);
        QCOMPARE(d.syncOp, p.syncOp);
        QCOMPARE(d.alloc, p.alloc);
        gsl::MachineProfile slow = gsl::defaultProfile();
        slow.stepCostPs = 7000;
        slow.sharedAccessCostPs = 70000;
        QCOMPARE(InterpCosts::fromProfile(slow).instr, gsl::SimPs(7000));
        QCOMPARE(InterpCosts::fromProfile(slow).memOp, gsl::SimPs(70000));
    }

    void sharedIncrementIsLoadThenStore()
    {
        Asm a;
        a.op(Op::NewBox, 0, 0, int(a.p->tInt), 1);     // counter := new box
        a.op(Op::Load, 1, 0, 1, int(a.p->tInt));       // r1 = counter
        a.op(Op::AddI, 2, 1, 1);
        a.op(Op::Store, 0, 2, 1, int(a.p->tInt));      // counter = r2
        a.op(Op::Load, 3, 0, 1, int(a.p->tInt));
        a.op(Op::MakeIface, 4, 3, 0, int(a.p->tInt));
        a.op(Op::CallLib, 5, 4, 1, int(Lib::Sprintln));
        a.op(Op::Print, 5);
        a.op(Op::Ret, 0, 0);
        Interpreter in(a.p);
        std::string out;
        auto k = drive(in, &out);
        QCOMPARE(k.size(), size_t(5));
        QCOMPARE(k[0], ReqKind::Load);
        QCOMPARE(k[1], ReqKind::Store);
        QCOMPARE(k[2], ReqKind::Load);
        QCOMPARE(k[3], ReqKind::Print);
        QCOMPARE(k[4], ReqKind::GoEnd);
        QCOMPARE(out, std::string("1\n"));
    }
    void localLoopHasNoMemorySteps()
    {
        // for i := 0; i < 1000000; i++ { s += i }  -- registers only
        Asm a;
        a.op(Op::LoadImm, 0, 0);
        a.op(Op::LoadImm, 1, 0);
        a.op(Op::LoadImm, 2, 1000000);
        a.op(Op::JGe, 6, 0, 2);       // 3
        a.op(Op::Add, 1, 1, 0);       // 4
        a.op(Op::AddI, 0, 0, 1);      // 5 -> falls to jump

        a.f->code[3].a = 7;
        a.op(Op::Jmp, 3);             // 6
        a.op(Op::MakeIface, 4, 1, 0, int(a.p->tInt)); // 7
        a.op(Op::CallLib, 5, 4, 1, int(Lib::Sprintln));
        a.op(Op::Print, 5);
        a.op(Op::Ret, 0, 0);
        Interpreter in(a.p);
        std::string out;
        auto k = drive(in, &out);
        for (ReqKind r : k) QVERIFY(r != ReqKind::Load && r != ReqKind::Store);
        QVERIFY(std::count(k.begin(), k.end(), ReqKind::Compute) > 10);   // quantum yields at back-edges (2 us of 48 ps instructions each)
        QCOMPARE(out, std::string("499999500000\n"));
    }
    void runtimeErrors_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("text");
        QTest::newRow("divide-by-zero") << 0 << "panic: runtime error: integer divide by zero";
        QTest::newRow("index-out-of-range") << 1 << "panic: runtime error: index out of range [3] with length 3";
        QTest::newRow("nil-pointer") << 2 << "panic: runtime error: invalid memory address or nil pointer dereference";
    }
    void runtimeErrors()
    {
        QFETCH(int, which);
        QFETCH(QString, text);
        Asm a;
        a.op(Op::LoadImm, 0, 7);
        a.op(Op::LoadImm, 1, 0);
        a.op(Op::LoadImm, 2, 3);
        if (which == 0) a.op(Op::Div, 3, 0, 1);
        if (which == 1) { a.op(Op::MakeSlice, 4, 2, -1, int(a.p->tInt)); a.op(Op::IndexAddr, 5, 4, 2); }
        if (which == 2) a.op(Op::Load, 3, 1, 1, int(a.p->tInt));
        a.op(Op::Ret, 0, 0);
        Interpreter in(a.p);
        std::string panic;
        drive(in, nullptr, &panic);
        QCOMPARE(QString::fromStdString(panic), text);
    }
    void sprintfTable_data()
    {
        // expected outputs captured from `go run` (go 1.19) by hand
        QTest::addColumn<QString>("format");
        QTest::addColumn<qlonglong>("arg");
        QTest::addColumn<QString>("expected");
        QTest::newRow("d") << "[%d]" << 42LL << "[42]";
        QTest::newRow("width") << "[%5d]" << 42LL << "[   42]";
        QTest::newRow("left") << "[%-5d]" << 42LL << "[42   ]";
        QTest::newRow("zero-neg") << "[%05d]" << -42LL << "[-0042]";
        QTest::newRow("hex-neg") << "[%x]" << -255LL << "[-ff]";
        QTest::newRow("plus") << "[%+d]" << 5LL << "[+5]";
        QTest::newRow("percent") << "100%% [%d%%]" << 5LL << "100% [5%]";
        QTest::newRow("missing") << "%d %d" << 1LL << "1 %!d(MISSING)";
        QTest::newRow("char") << "%c" << 65LL << "A";
        QTest::newRow("quote-rune") << "%q" << 65LL << "'A'";
    }
    void sprintfTable()
    {
        QFETCH(QString, format);
        QFETCH(qlonglong, arg);
        QFETCH(QString, expected);
        Asm a;
        Interpreter in(a.p);
        Value v = Value::ofInt(arg);
        v.tag = a.p->tInt;
        QCOMPARE(QString::fromStdString(in.sprintf(format.toStdString(), &v, 1)), expected);
    }
    void durationString_data()
    {
        QTest::addColumn<qlonglong>("ns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0LL << "0s";
        QTest::newRow("1.5s") << 1500000000LL << "1.5s";
        QTest::newRow("100ms") << 100000000LL << "100ms";
        QTest::newRow("2m") << 120000000000LL << "2m0s";
        QTest::newRow("1h") << 3600000000000LL << "1h0m0s";
        QTest::newRow("1us") << 1000LL << QString::fromUtf8("1\xC2\xB5s");
        QTest::newRow("ns") << 42LL << "42ns";
    }
    void durationString()
    {
        QFETCH(qlonglong, ns);
        QFETCH(QString, expected);
        Asm a;
        Interpreter in(a.p);
        Value v = Value::ofInt(ns);
        v.tag = a.p->tDuration;
        QCOMPARE(QString::fromStdString(in.sprint(&v, 1, false)), expected);
    }
    void printSpacing()
    {
        // fmt.Print("a", "b", 1, 2, "c") == "ab1 2c"; Println always spaces
        Asm a;
        Interpreter in(a.p);
        std::vector<Value> args(5);
        auto s = [&](int i, const char *t) { args[size_t(i)] = in.heap().strValue(t); args[size_t(i)].tag = a.p->tString; };
        s(0, "a"); s(1, "b"); s(4, "c");
        args[2] = Value::ofInt(1); args[2].tag = a.p->tInt;
        args[3] = Value::ofInt(2); args[3].tag = a.p->tInt;
        QCOMPARE(in.sprint(args.data(), 5, false), std::string("ab1 2c"));
        QCOMPARE(in.sprint(args.data(), 5, true), std::string("a b 1 2 c\n"));
    }
};

QTEST_APPLESS_MAIN(TestProgramInterp)
#include "tst_program_interp.moc"
