// tst_lang_check — the type checker on valid programs: every construct of
// the subset checks clean (data/constructs.txt), the bundled scenarios check
// clean and fast, and the facts the compiler relies on are recorded
// (captures, address-taken, loop variables, selections, call kinds, types).
#ifndef Q_MOC_RUN
#include "sim/lang/parse.h"
#include "rows.h"

#include <chrono>
#include <filesystem>
#endif

#include <QtTest>

using namespace gsl;
using namespace gsl::lang;

namespace {
FrontEndResult checkSrc(const std::string &body, GoVersion go = {1, 22})
{
    return analyzeFile("x.go", body, go);
}

Object *findVar(File &f, const std::string &name)
{
    for (const auto &o : f.types.objects())
        if (o->kind == ObjKind::Var && o->name == name && o->pos.valid()) return o.get();
    return nullptr;
}

std::string diagText(const FrontEndResult &r) { return formatDiagnostics(r.diagnostics); }
} // namespace

class TstLangCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constructs_data();
    void constructs();
    void bundledScenarios_data();
    void bundledScenarios();
    void closureCapturesByReference();
    void transitiveCaptures();
    void addressTaken_data();
    void addressTaken();
    void loopVars();
    void selections();
    void callKinds();
    void untypedConstantsToAnyGetDefaultTypes();
    void constantValues();
    void rangeKinds();
    void libraryTableSelfConsistent();
};

void TstLangCheck::constructs_data()
{
    QTest::addColumn<QString>("source");
    auto rows = test::readRows(std::string(GSL_TEST_DATA_DIR) + "/sim/lang/data/constructs.txt");
    QVERIFY(rows.size() >= 30);
    for (const auto &r : rows) QTest::newRow(r.name.c_str()) << QString::fromStdString(r.source);
}

void TstLangCheck::constructs()
{
    QFETCH(QString, source);
    FrontEndResult r = checkSrc(source.toStdString());
    QVERIFY2(r.ok(), diagText(r).c_str());
    QVERIFY(r.file->checked);
}

void TstLangCheck::bundledScenarios_data()
{
    QTest::addColumn<QString>("path");
    std::vector<std::string> files;
    for (const auto &e : std::filesystem::directory_iterator(GSL_SCENARIO_DIR))
        if (e.path().extension() == ".go") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    QVERIFY(!files.empty());
    for (const auto &f : files) QTest::newRow(std::filesystem::path(f).filename().string().c_str()) << QString::fromStdString(f);
}

void TstLangCheck::bundledScenarios()
{
    QFETCH(QString, path);
    std::string src = test::readFile(path.toStdString());
    FrontEndResult r = analyzeFile(path.toStdString(), src, GoVersion{1, 22});
    QVERIFY2(r.ok(), diagText(r).c_str());
    QVERIFY(!r.metadata.title.empty());
    // Performance target: parse + check well under 5 ms. Take the best of a
    // few runs so a noisy machine does not fail the test.
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        FrontEndResult again = analyzeFile("x.go", src, GoVersion{1, 22});
        auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
        QVERIFY(again.ok());
    }
    QVERIFY2(best < 5.0, ("parse+check took " + std::to_string(best) + " ms").c_str());
}

void TstLangCheck::closureCapturesByReference()
{
    FrontEndResult r = checkSrc("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\ty := 1\n\tf := func() { x++ }\n\tf()\n\tfmt.Println(x, y)\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    Object *x = findVar(*r.file, "x");
    Object *y = findVar(*r.file, "y");
    QVERIFY(x && y);
    QVERIFY(x->captured);
    QVERIFY(!y->captured);
    QVERIFY(x->declFunc && x->declFunc->kind == NodeKind::FuncDecl);
    // The literal lists x as its only capture.
    FuncLit *lit = nullptr;
    for (const auto &o : r.file->types.objects())
        if (o->kind == ObjKind::Var && o->name == "f") QVERIFY(!o->captured);
    auto *fd = as<FuncDecl>(r.file->decls.back());
    QVERIFY(fd);
    auto *as0 = as<AssignStmt>(fd->body->list[2]);
    QVERIFY(as0);
    lit = as<FuncLit>(as0->rhs[0]);
    QVERIFY(lit);
    QCOMPARE(lit->captures.size(), size_t(1));
    QCOMPARE(lit->captures[0], x);
}

void TstLangCheck::transitiveCaptures()
{
    FrontEndResult r = checkSrc("package main\n\nfunc main() {\n\tn := 0\n\tf := func() func() {\n\t\treturn func() { n++ }\n\t}\n\tf()()\n\t_ = n\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    Object *n = findVar(*r.file, "n");
    auto *fd = as<FuncDecl>(r.file->decls.back());
    auto *outer = as<FuncLit>(as<AssignStmt>(fd->body->list[1])->rhs[0]);
    QVERIFY(outer);
    auto *inner = as<FuncLit>(as<ReturnStmt>(outer->body->list[0])->results[0]);
    QVERIFY(inner);
    QCOMPARE(outer->captures.size(), size_t(1));
    QCOMPARE(outer->captures[0], n);
    QCOMPARE(inner->captures.size(), size_t(1));
    QCOMPARE(inner->captures[0], n);
}

void TstLangCheck::addressTaken_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("taken");
    QTest::newRow("ampersand") << "x := 1\n\tp := &x\n\t_ = p" << true;
    QTest::newRow("pointer-method-on-value") << "var x sync.WaitGroup\n\tx.Add(1)" << true;
    QTest::newRow("field-address") << "var x struct{ a int }\n\tp := &x.a\n\t_ = p" << true;
    QTest::newRow("array-element-address") << "var x [3]int\n\tp := &x[1]\n\t_ = p" << true;
    QTest::newRow("slice-element-address-is-not-the-slice") << "x := []int{1}\n\tp := &x[0]\n\t_ = p" << false;
    QTest::newRow("plain-use") << "x := 1\n\t_ = x" << false;
}

void TstLangCheck::addressTaken()
{
    QFETCH(QString, body);
    QFETCH(bool, taken);
    std::string src = "package main\n\nimport \"sync\"\n\nvar _ sync.Mutex\n\nfunc main() {\n\t" + body.toStdString() + "\n}\n";
    FrontEndResult r = checkSrc(src);
    QVERIFY2(r.ok(), diagText(r).c_str());
    Object *x = findVar(*r.file, "x");
    QVERIFY(x);
    QCOMPARE(x->addressTaken, taken);
}

void TstLangCheck::loopVars()
{
    FrontEndResult r = checkSrc("package main\n\nfunc main() {\n\tfor i := 0; i < 2; i++ {\n\t\tj := i\n\t\t_ = j\n\t}\n\tfor k, v := range []int{1} {\n\t\t_, _ = k, v\n\t}\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    QVERIFY(findVar(*r.file, "i")->isLoopVar);
    QVERIFY(findVar(*r.file, "k")->isLoopVar);
    QVERIFY(findVar(*r.file, "v")->isLoopVar);
    QVERIFY(!findVar(*r.file, "j")->isLoopVar);
}

void TstLangCheck::selections()
{
    FrontEndResult r = checkSrc("package main\n\nimport \"time\"\n\ntype T struct{ a, b int }\n\nfunc (t *T) P() {}\nfunc (t T) V() {}\n\n"
                                "func main() {\n\tvar t T\n\tp := &t\n\t_ = t.b\n\t_ = p.b\n\tt.P()\n\tp.V()\n\ttm := time.NewTimer(time.Second)\n\t<-tm.C\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    auto *fd = as<FuncDecl>(r.file->decls.back());
    auto sel = [&](size_t stmt) -> SelectorExpr * {
        Stmt *s = fd->body->list[stmt];
        Expr *e = nullptr;
        if (auto *a = as<AssignStmt>(s)) e = a->rhs[0];
        if (auto *x = as<ExprStmt>(s)) e = x->x;
        if (auto *c = as<CallExpr>(e)) e = c->fun;
        if (auto *u = as<UnaryExpr>(e)) e = u->x;
        return as<SelectorExpr>(e);
    };
    SelectorExpr *tb = sel(2), *pb = sel(3), *tP = sel(4), *pV = sel(5), *tmC = sel(7);
    QVERIFY(tb && pb && tP && pV && tmC);
    QCOMPARE(tb->selKind, SelKind::Field);
    QCOMPARE(tb->fieldIndex, 1);
    QVERIFY(!tb->implicitDeref);
    QCOMPARE(tb->mode, ExprMode::Variable);
    QVERIFY(pb->implicitDeref);
    QCOMPARE(tP->selKind, SelKind::Method);
    QVERIFY(tP->implicitAddr);
    QVERIFY(pV->implicitDeref);
    QCOMPARE(tmC->selKind, SelKind::Field);
    QCOMPARE(tmC->type->str(), std::string("<-chan time.Time"));
}

void TstLangCheck::callKinds()
{
    FrontEndResult r = checkSrc("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype T struct{}\n\nfunc (T) M() {}\nfunc f() {}\n\n"
                                "func main() {\n\tvar wg sync.WaitGroup\n\tf()\n\tT{}.M()\n\tfmt.Println(int64(1))\n\twg.Wait()\n\t_ = len(\"ab\")\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    auto *fd = as<FuncDecl>(r.file->decls.back());
    auto call = [&](size_t i) { return as<CallExpr>(as<ExprStmt>(fd->body->list[i])->x); };
    QCOMPARE(call(1)->callKind, CallKind::Func);
    QCOMPARE(call(2)->callKind, CallKind::Method);
    QCOMPARE(call(3)->callKind, CallKind::Lib);
    QCOMPARE(call(3)->libFunc, LibFunc::FmtPrintln);
    QCOMPARE(as<CallExpr>(call(3)->args[0])->callKind, CallKind::Conversion);
    QCOMPARE(call(4)->libFunc, LibFunc::WgWait);
    auto *lenCall = as<CallExpr>(as<AssignStmt>(fd->body->list[5])->rhs[0]);
    QCOMPARE(lenCall->callKind, CallKind::Builtin);
    QCOMPARE(lenCall->builtin, Builtin::Len);
    QCOMPARE(lenCall->mode, ExprMode::Constant);
    QCOMPARE(lenCall->cv.int64(), int64_t(2));
}

void TstLangCheck::untypedConstantsToAnyGetDefaultTypes()
{
    FrontEndResult r = checkSrc("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1, \"s\", true, 'x', 1 < 2)\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    auto *fd = as<FuncDecl>(r.file->decls.back());
    auto *c = as<CallExpr>(as<ExprStmt>(fd->body->list[0])->x);
    QCOMPARE(c->args[0]->type->str(), std::string("int"));
    QCOMPARE(c->args[1]->type->str(), std::string("string"));
    QCOMPARE(c->args[2]->type->str(), std::string("bool"));
    QCOMPARE(c->args[3]->type->str(), std::string("rune"));
    QCOMPARE(c->args[3]->type->basic, BasicKind::Int32);
    QCOMPARE(c->args[4]->type->str(), std::string("bool"));
}

void TstLangCheck::constantValues()
{
    FrontEndResult r = checkSrc("package main\n\nimport \"time\"\n\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n\nconst D = time.Second / time.Millisecond\n"
                                "const E uint64 = 1<<64 - 1\nconst F = \"a\" + \"b\"\n\nfunc main() {}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    auto obj = [&](const char *n) -> Object * {
        for (const auto &o : r.file->types.objects())
            if (o->kind == ObjKind::Const && o->name == n && o->pos.valid()) return o.get();
        return nullptr;
    };
    QCOMPARE(obj("A")->val.int64(), int64_t(0));
    QCOMPARE(obj("B")->val.int64(), int64_t(10));
    QCOMPARE(obj("C")->val.int64(), int64_t(20));
    QCOMPARE(obj("D")->val.int64(), int64_t(1000));
    QCOMPARE(obj("D")->type->str(), std::string("time.Duration"));
    QCOMPARE(obj("E")->val.uint64(), ~uint64_t(0));
    QCOMPARE(obj("F")->val.s, std::string("ab"));
}

void TstLangCheck::rangeKinds()
{
    FrontEndResult r = checkSrc("package main\n\nfunc main() {\n\tfor range \"s\" {\n\t}\n\tfor range map[int]int{} {\n\t}\n\tfor range make(chan int) {\n\t}\n\tfor range 3 {\n\t}\n\tfor range [2]int{} {\n\t}\n}\n");
    QVERIFY2(r.ok(), diagText(r).c_str());
    auto *fd = as<FuncDecl>(r.file->decls.back());
    RangeKind want[] = {RangeKind::String, RangeKind::Map, RangeKind::Chan, RangeKind::Int, RangeKind::Array};
    for (size_t i = 0; i < 5; ++i) QCOMPARE(as<RangeStmt>(fd->body->list[i])->rangeKind, want[i]);
}

void TstLangCheck::libraryTableSelfConsistent()
{
    // Every library function has an Object with a signature, reachable by name.
    TypeStore ts;
    for (int i = 1; i < int(LibFunc::Count); ++i) {
        const LibFuncInfo &info = libFuncInfo(LibFunc(i));
        QCOMPARE(int(info.id), i);
        Object *o = ts.libFuncObject(LibFunc(i));
        QVERIFY(o && o->type && o->type->kind == TypeKind::Signature);
        QCOMPARE(o->lib, LibFunc(i));
        if (info.recv == LibType::None) QCOMPARE(ts.member(info.pkg, info.name), o);
    }
    QCOMPARE(packageForPath("sync/atomic"), Package::Atomic);
    QCOMPARE(packageForPath("net/http"), Package::None);
}

QTEST_GUILESS_MAIN(TstLangCheck)
#include "tst_lang_check.moc"
