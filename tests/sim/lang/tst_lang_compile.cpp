// tst_lang_compile — one row per construct: the properties of the compiled
// program (program::Program) that the simulation's fidelity rests on, read
// from the bytecode without running it. The expected values are written by
// hand from scenario-language.md ("How statements become scheduler-visible
// steps") and the escape rules in sim/lang/codegen.h:
//   - every access to a variable more than one goroutine can reach is its own
//     step: `x++` on such a variable is a Load, an Add and a Store;
//   - a local no other goroutine reaches gives no memory step at all;
//   - a variable captured by a goroutine's closure, or whose address is passed
//     to one, is shared;
//   - loop variables are per-iteration from Go 1.22 (a fresh box per
//     iteration), one variable before;
//   - method values bind their receiver through a main.(*T).M-fm wrapper;
//   - the Error/String methods fmt and panic printing call are in the method
//     set of T (value receivers) and *T (all).
// A property is the digest of one function's code:
//   mem F   its memory steps in code order: "Load x", "Store x", "Atomic n",
//           "MapGet m[k]", "MapSet m", "MapDelete m"
//   ops F   mem plus integer arithmetic ("Add", "Sub", "Mul", ...)
//   loop F  inside F's last loop (back-edge target .. back-edge): the box,
//           closure and goroutine creations ("NewBox", "MakeClosure", "Go")
//   funcs   the names of all compiled functions containing the text F
//   methods T  "Error=FN String=FN" of the program type named T ("-": none,
//           "*" after FN: called through a dereference of *T)
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/lang/compile.h"
#include "sim/program/program.h"
#endif

using namespace gsl;
using program::Op;

namespace {

const program::Function *findFn(const program::Program &p, const std::string &name)
{
    for (const auto &f : p.functions)
        if (f.name == name) return &f;
    return nullptr;
}

std::string arith(Op op)
{
    switch (op) {
    case Op::Add: case Op::AddI: return "Add";
    case Op::Sub: return "Sub";
    case Op::Mul: return "Mul";
    case Op::Div: case Op::DivU: return "Div";
    case Op::Rem: case Op::RemU: return "Rem";
    default: return {};
    }
}

std::string memStep(const program::Program &p, const program::Instr &in)
{
    auto nm = [&](uint32_t id) { return id < p.varNames.size() ? p.varNames[id] : std::string("?"); };
    switch (in.op) {
    case Op::Load: return "Load " + nm(uint32_t(in.c));
    case Op::Store: return "Store " + nm(uint32_t(in.c));
    case Op::Atomic: return "Atomic " + nm(in.x);
    case Op::MapGet: return "MapGet " + nm(in.x);
    case Op::MapSet: return "MapSet " + nm(in.x);
    case Op::MapDelete: return "MapDelete " + nm(in.x);
    default: return {};
    }
}

void add(std::string &out, const std::string &s)
{
    if (s.empty()) return;
    if (!out.empty()) out += ", ";
    out += s;
}

QString digest(const program::Program &p, const QString &property)
{
    const QString mode = property.section(' ', 0, 0);
    const std::string arg = property.section(' ', 1).toStdString();
    std::string out;
    if (mode == "funcs") {
        for (const auto &f : p.functions)
            if (f.name.find(arg) != std::string::npos) add(out, f.name);
        return QString::fromStdString(out);
    }
    if (mode == "methods") {
        for (const auto &t : p.types) {
            if (t.name != arg) continue;
            auto fn = [&](int32_t i, bool deref) {
                return i < 0 ? std::string("-") : p.functions[size_t(i)].name + (deref ? "*" : "");
            };
            return QString::fromStdString("Error=" + fn(t.errorMethod, t.errorDeref) + " String=" + fn(t.stringMethod, t.stringDeref));
        }
        return "no type " + QString::fromStdString(arg);
    }
    const program::Function *f = findFn(p, arg);
    if (!f) return "no function " + QString::fromStdString(arg);
    size_t from = 0, to = f->code.size();
    if (mode == "loop") {
        bool found = false;
        for (size_t pc = 0; pc < f->code.size(); ++pc)
            if (f->code[pc].op == Op::Jmp && size_t(f->code[pc].a) <= pc) { from = size_t(f->code[pc].a); to = pc; found = true; }
        if (!found) return "no loop";
    }
    for (size_t pc = from; pc < to; ++pc) {
        const program::Instr &in = f->code[pc];
        if (mode == "loop") {
            if (in.op == Op::NewBox && in.flag == 0) add(out, "NewBox");
            else if (in.op == Op::MakeClosure) add(out, "MakeClosure");
            else if (in.op == Op::Go) add(out, "Go");
            continue;
        }
        add(out, memStep(p, in));
        if (mode == "ops") add(out, arith(in.op));
    }
    return QString::fromStdString(out);
}

} // namespace

class TestLangCompile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void property_data();
    void property();
};

void TestLangCompile::property_data()
{
    QTest::addColumn<QString>("go");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("expected");
    const QString pre = "package main\n\nimport \"fmt\"\n\n";
    auto row = [&](const char *name, const char *go, const QString &body, const char *prop, const char *exp) {
        QTest::newRow(name) << QString(go) << QString(pre + body) << QString(prop) << QString(exp);
    };

    // steps of shared variables
    row("shared-increment-is-load-add-store", "1.22",
        "var counter int\n\nfunc main() {\n\tcounter++\n\tfmt.Println(counter)\n}\n",
        "ops main.main", "Load counter, Add, Store counter, Load counter");
    row("shared-op-assign-is-load-op-store", "1.22",
        "var total int\n\nfunc main() {\n\ttotal *= 3\n\tfmt.Println(total)\n}\n",
        "ops main.main", "Load total, Mul, Store total, Load total");
    row("shared-compound-expression-loads-each-use", "1.22",
        "var a, b int\n\nfunc main() {\n\ta = a + b\n\tfmt.Println(a)\n}\n",
        "ops main.main", "Load a, Load b, Add, Store a, Load a");
    row("local-gives-no-memory-step", "1.22",
        "func main() {\n\tx := 0\n\tfor i := 0; i < 10; i++ {\n\t\tx += i\n\t}\n\tfmt.Println(x)\n}\n",
        "mem main.main", "");
    row("local-struct-and-array-stay-in-registers", "1.22",
        "type P struct{ X, Y int }\n\nfunc main() {\n\tp := P{1, 2}\n\tp.X++\n\tvar a [3]int\n\ta[1] = p.X\n\tfmt.Println(p, a)\n}\n",
        "mem main.main", "");
    row("parameter-is-local", "1.22",
        "func sum(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\n\nfunc main() { fmt.Println(sum(4)) }\n",
        "mem main.sum", "");

    // escape: what makes a local shared
    row("captured-by-goroutine-closure-is-shared", "1.22",
        "func main() {\n\tx := 0\n\tdone := make(chan bool)\n\tgo func() {\n\t\tx++\n\t\tdone <- true\n\t}()\n\t<-done\n\tfmt.Println(x)\n}\n",
        "ops main.main.func1", "Load x, Add, Store x, Load done");   // done is captured too
    row("captured-variable-read-by-its-owner-is-a-load", "1.22",
        "func main() {\n\tx := 0\n\tdone := make(chan bool)\n\tgo func() {\n\t\tx++\n\t\tdone <- true\n\t}()\n\t<-done\n\tfmt.Println(x)\n}\n",
        "mem main.main", "Load done, Load x");
    row("address-passed-to-goroutine-is-shared", "1.22",
        "func inc(p *int, done chan bool) {\n\t*p++\n\tdone <- true\n}\n\nfunc main() {\n\tn := 0\n\tdone := make(chan bool)\n\tgo inc(&n, done)\n\t<-done\n\tfmt.Println(n)\n}\n",
        "ops main.inc", "Load *p, Add, Store *p");
    row("address-taken-local-read-is-a-load", "1.22",
        "func inc(p *int, done chan bool) {\n\t*p++\n\tdone <- true\n}\n\nfunc main() {\n\tn := 0\n\tdone := make(chan bool)\n\tgo inc(&n, done)\n\t<-done\n\tfmt.Println(n)\n}\n",
        "mem main.main", "Load n");
    row("slice-element-write-is-a-store", "1.22",
        "func main() {\n\ts := make([]int, 2)\n\ts[1] = 4\n\tfmt.Println(len(s))\n}\n",
        "mem main.main", "Store s[1]");
    row("map-write-and-read-are-steps", "1.22",
        "func main() {\n\tm := map[string]int{}\n\tm[\"a\"] = 1\n\tv := m[\"a\"]\n\tdelete(m, \"a\")\n\tfmt.Println(v)\n}\n",
        "mem main.main", "MapSet m[\"a\"], MapGet m[\"a\"], MapDelete m");
    row("atomic-add-is-one-atomic-step", "1.22",
        "import \"sync/atomic\"\n\nvar n int64\n\nfunc main() {\n\tatomic.AddInt64(&n, 1)\n\tfmt.Println(atomic.LoadInt64(&n))\n}\n",
        "mem main.main", "Atomic n, Atomic n");
    row("mutex-protected-counter-is-still-load-add-store", "1.22",
        "import \"sync\"\n\nvar (\n\tmu sync.Mutex\n\tc  int\n)\n\nfunc main() {\n\tmu.Lock()\n\tc++\n\tmu.Unlock()\n\tfmt.Println(c)\n}\n",
        "ops main.main", "Load c, Add, Store c, Load c");

    // loop variables by Go version
    const char *forLoopOnly = "func main() {\n\tdone := make(chan bool, 3)\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() {\n\t\t\tfmt.Println(i)\n\t\t\tdone <- true\n\t\t}()\n\t}\n}\n";
    row("for-loop-variable-fresh-box-each-iteration-go1.22", "1.22", forLoopOnly, "loop main.main", "MakeClosure, Go, NewBox");
    row("for-loop-variable-one-box-go1.21", "1.21", forLoopOnly, "loop main.main", "MakeClosure, Go");
    row("for-loop-variable-captured-is-shared-go1.21", "1.21", forLoopOnly, "mem main.main", "Load i, Load i, Store i");
    const char *rangeLoop = "func main() {\n\tdone := make(chan bool, 3)\n\tfor _, v := range []int{1, 2, 3} {\n\t\tgo func() {\n\t\t\tfmt.Println(v)\n\t\t\tdone <- true\n\t\t}()\n\t}\n}\n";
    row("range-variable-fresh-box-each-iteration-go1.22", "1.22", rangeLoop, "loop main.main", "NewBox, MakeClosure, Go");
    row("range-variable-one-box-go1.21", "1.21", rangeLoop, "loop main.main", "MakeClosure, Go");
    row("uncaptured-loop-variable-needs-no-box", "1.22",
        "func main() {\n\ts := 0\n\tfor i := 0; i < 3; i++ {\n\t\ts += i\n\t}\n\tfmt.Println(s)\n}\n",
        "loop main.main", "");

    // methods
    const char *counter = "type Counter struct{ n int }\n\nfunc (c *Counter) Inc() { c.n++ }\nfunc (c Counter) Get() int { return c.n }\n\n";
    row("method-value-compiles-a-bound-wrapper", "1.22",
        (QString(counter) + "func main() {\n\tc := &Counter{}\n\tf := c.Inc\n\tf()\n\tfmt.Println(c.Get())\n}\n").toUtf8().constData(),
        "funcs -fm", "main.(*Counter).Inc-fm");
    row("method-value-of-local-struct-makes-it-shared", "1.22",
        (QString(counter) + "func main() {\n\tvar c Counter\n\tf := c.Inc\n\tf()\n\tfmt.Println(c.n)\n}\n").toUtf8().constData(),
        "mem main.main", "Load c.n");
    row("value-method-value-copies-receiver-once", "1.22",
        (QString(counter) + "func main() {\n\tc := &Counter{}\n\tg := c.Get\n\tfmt.Println(g())\n}\n").toUtf8().constData(),
        "mem main.main", "Load *c");
    row("pointer-method-field-access-is-shared", "1.22",
        counter + QString("func main() {\n\tc := &Counter{}\n\tc.Inc()\n\tfmt.Println(c.Get())\n}\n").toUtf8(),
        "ops main.(*Counter).Inc", "Load c.n, Add, Store c.n");
    const char *errs = "type E struct{ code int }\n\nfunc (e *E) Error() string { return fmt.Sprint(e.code) }\n\n"
                       "type T struct{ v int }\n\nfunc (t T) String() string { return fmt.Sprint(t.v) }\n\n"
                       "func main() {\n\tvar err error = &E{1}\n\tfmt.Println(err, E{4}, T{2}, &T{3})\n}\n";
    row("error-method-in-pointer-method-set", "1.22", errs, "methods *main.E", "Error=main.(*E).Error String=-");
    row("pointer-method-not-in-value-method-set", "1.22", errs, "methods main.E", "Error=- String=-");
    row("string-method-of-value-receiver", "1.22", errs, "methods main.T", "Error=- String=main.T.String");
    row("string-method-through-pointer-dereferences", "1.22", errs, "methods *main.T", "Error=- String=main.T.String*");
}

void TestLangCompile::property()
{
    QFETCH(QString, go);
    QFETCH(QString, src);
    QFETCH(QString, property);
    QFETCH(QString, expected);
    const auto parts = go.split('.');
    lang::CompileResult cr = lang::compile("t.go", src.toStdString(), GoVersion{parts[0].toInt(), parts[1].toInt()});
    if (!cr.ok()) {
        QString all;
        for (const auto &d : cr.diagnostics) all += QString::fromStdString(d.format()) + "\n";
        QFAIL(qPrintable("does not compile:\n" + all + src));
    }
    QCOMPARE(digest(*cr.program, property), expected);
}

QTEST_GUILESS_MAIN(TestLangCompile)
#include "tst_lang_compile.moc"
