// tst_lang_robustness — deterministic mutation fuzzing of the front end
// without clang: thousands of byte flips, truncations, insertions of random
// tokens and duplications of the corpus (tests/fuzz/corpus and the bundled
// scenarios) go through parse + check. Asserts: no crash, no exception, and
// bounded time per input. tests/fuzz/ has the libFuzzer target for longer runs.
#ifndef Q_MOC_RUN
#include "sim/lang/parse.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#endif

#include <QtTest>

using namespace gsl;
using namespace gsl::lang;

namespace {
// SplitMix64: a small deterministic generator (no global state).
struct Rng {
    uint64_t s;
    uint64_t next()
    {
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }
};

std::vector<std::string> corpus()
{
    std::vector<std::string> out;
    for (const char *dir : {GSL_SCENARIO_DIR, GSL_TEST_DATA_DIR "/fuzz/corpus"}) {
        if (!std::filesystem::is_directory(dir)) continue;
        std::vector<std::filesystem::path> files;
        for (const auto &e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto &p : files) {
            std::ifstream f(p, std::ios::binary);
            std::stringstream ss;
            ss << f.rdbuf();
            out.push_back(ss.str());
        }
    }
    return out;
}

const char *kTokens[] = {"{", "}", "(", ")", "[", "]", "func", "go ", "defer ", "select {", "case ", ":=", "<-", "chan ",
                         "for ", "range ", "\"", "`", "'", "/*", "//", "\n", ";", "...", "x.", "0x", "1e9", "\xff",
                         "\0", "interface{", "struct{", "map[", "type T ", "var ", "const ", "iota", "nil", "break L",
                         "L:", "goto ", "switch ", "fallthrough", "&", "*", "return ", "1<<70", "'\\u", "\\"};

std::string mutate(const std::string &base, Rng &rng)
{
    std::string s = base;
    int n = 1 + int(rng.below(8));
    for (int i = 0; i < n; ++i) {
        switch (rng.below(6)) {
        case 0: if (!s.empty()) s[rng.below(s.size())] = char(rng.below(256)); break;
        case 1: s.resize(rng.below(s.size() + 1)); break;
        case 2: {
            const char *t = kTokens[rng.below(std::size(kTokens))];
            s.insert(rng.below(s.size() + 1), std::string(t, std::max<size_t>(1, std::strlen(t))));
            break;
        }
        case 3: if (!s.empty()) { size_t a = rng.below(s.size()); s.erase(a, rng.below(40)); } break;
        case 4: if (!s.empty() && s.size() < 20000) { size_t a = rng.below(s.size()); size_t len = rng.below(200); s.insert(rng.below(s.size()), s.substr(a, len)); } break;
        default: if (!s.empty()) s[rng.below(s.size())] ^= char(1u << rng.below(8)); break;
        }
    }
    return s;
}
} // namespace

class TstLangRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mutations();
    void pathologicalInputs_data();
    void pathologicalInputs();
};

void TstLangRobustness::mutations()
{
    auto docs = corpus();
    QVERIFY(docs.size() >= 5);
    Rng rng{12345};
    double worst = 0;
    const int kRuns = 4000;
    for (int i = 0; i < kRuns; ++i) {
        std::string src = mutate(docs[rng.below(docs.size())], rng);
        if (const char *dump = std::getenv("GSL_FUZZ_DUMP")) {
            // Debug aid: GSL_FUZZ_DUMP=/tmp/last.go keeps the input being tried.
            std::ofstream(dump, std::ios::binary) << src;
        }
        auto t0 = std::chrono::steady_clock::now();
        try {
            FrontEndResult r = analyzeFile("fuzz.go", src, i % 2 ? GoVersion{1, 21} : GoVersion{1, 22});
            QVERIFY(r.file);
            QVERIFY(r.diagnostics.size() <= 11);
        } catch (const std::exception &e) {
            QFAIL((std::string("exception: ") + e.what() + " on input #" + std::to_string(i)).c_str());
        }
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        worst = std::max(worst, ms);
    }
    QVERIFY2(worst < 500.0, ("slowest input took " + std::to_string(worst) + " ms").c_str());
}

void TstLangRobustness::pathologicalInputs_data()
{
    QTest::addColumn<QByteArray>("src");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("nul-bytes") << QByteArray("package main\0\0\0func", 20);
    QTest::newRow("invalid-utf8") << QByteArray("package main\nfunc main() { \xc3\x28 := 1 }\n");
    QTest::newRow("deep-parens") << (QByteArray("package main\nvar x = ") + QByteArray(100000, '(') + "1");
    QTest::newRow("deep-braces") << (QByteArray("package main\nfunc main() ") + QByteArray(100000, '{'));
    QTest::newRow("deep-unary") << (QByteArray("package main\nvar x = ") + QByteArray(100000, '-') + "1");
    QTest::newRow("deep-types") << (QByteArray("package main\nvar x ") + QByteArray(50000, '*') + "int");
    QTest::newRow("deep-slices") << (QByteArray("package main\nvar x ") + QByteArray(50000, '[') + "int");
    QTest::newRow("long-binary-chain") << (QByteArray("package main\nvar x = 1") + QByteArray("+1").repeated(50000) + "\nfunc main() {}\n");
    QTest::newRow("long-selector-chain") << (QByteArray("package main\nvar x = a") + QByteArray(".b").repeated(50000));
    QTest::newRow("huge-constant") << QByteArray("package main\nconst c = 1 << 100 << 100\nfunc main() {}\n");
    QTest::newRow("unterminated-raw-string") << QByteArray("package main\nvar s = `abc");
    QTest::newRow("unterminated-comment") << QByteArray("package main\n/* abc");
    QTest::newRow("recursive-type") << QByteArray("package main\ntype T struct{ t T }\ntype A B\ntype B A\nfunc main() {}\n");
    QTest::newRow("init-cycle") << QByteArray("package main\nvar a = b\nvar b = a\nfunc main() {}\n");
    QTest::newRow("const-cycle") << QByteArray("package main\nconst a = b\nconst b = a\nfunc main() {}\n");
}

void TstLangRobustness::pathologicalInputs()
{
    QFETCH(QByteArray, src);
    auto t0 = std::chrono::steady_clock::now();
    FrontEndResult r = analyzeFile("p.go", std::string_view(src.constData(), size_t(src.size())), GoVersion{1, 22});
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    QVERIFY(r.file);
    QVERIFY2(ms < 2000.0, std::to_string(ms).c_str());
    if (!src.isEmpty() && src != QByteArray("package main\nconst c = 1 << 100 << 100\nfunc main() {}\n")) QVERIFY(!r.ok());
}

QTEST_GUILESS_MAIN(TstLangRobustness)
#include "tst_lang_robustness.moc"
