// tst_segmented_vector.cpp — SegmentedVector (the runtime's G table): indexing
// and iteration across segments, references that stay valid while it grows,
// shrinking, and segments recycled through the per-thread pool.
#include "sim/engine/segmented_vector.h"

#include <QTest>

#include <string>
#include <thread>
#include <vector>

using gsl::engine::SegmentedVector;

class TestSegmentedVector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void indexingAndIteration()
    {
        SegmentedVector<int> v;
        QVERIFY(v.empty());
        for (int i = 0; i < 1000; ++i) v.push_back(i * 3);
        QCOMPARE(v.size(), size_t(1000));
        for (int i = 0; i < 1000; ++i) QCOMPARE(v[size_t(i)], i * 3);
        int expect = 0;
        for (int x : v) {
            QCOMPARE(x, expect);
            expect += 3;
        }
        QCOMPARE(expect, 3000);
        QCOMPARE(v.back(), 2997);
        const SegmentedVector<int> &cv = v;
        QCOMPARE(cv[64], 192);
    }

    void referencesStayValid()
    {
        SegmentedVector<std::string> v;
        v.push_back("first");
        std::string &first = v[0];
        const std::string *addr = &first;
        for (int i = 1; i < 5000; ++i) v.push_back(std::to_string(i));
        QCOMPARE(&v[0], addr);
        QCOMPARE(first, std::string("first"));
        QCOMPARE(v[4999], std::string("4999"));
    }

    void resizeAndPop()
    {
        SegmentedVector<int> v;
        v.resize(130);
        QCOMPARE(v.size(), size_t(130));
        QCOMPARE(v[129], 0);
        v.resize(1);
        QCOMPARE(v.size(), size_t(1));
        v.push_back(7);
        QCOMPARE(v[1], 7);
        v.clear();
        QVERIFY(v.empty());
        v.push_back(9);
        QCOMPARE(v[0], 9);
    }

    // A vector built after another was destroyed gets the old segments back
    // (same storage), emptied: no element of the old one shows through.
    void segmentsAreRecycled()
    {
        const int *old = nullptr;
        {
            SegmentedVector<int> a;
            for (int i = 0; i < 64; ++i) a.push_back(-1);
            old = &a[0];
        }
        SegmentedVector<int> b;
        b.push_back(5);
        QCOMPARE(&b[0], old);
        QCOMPARE(b.size(), size_t(1));
        QCOMPARE(b[0], 5);
        // Another thread has its own pool: a vector destroyed at thread
        // exit, after that thread's pool, still frees cleanly.
        std::thread t([] {
            static thread_local SegmentedVector<int> late;
            late.push_back(1);
            SegmentedVector<int> c;
            c.push_back(2);
            QCOMPARE(c[0], 2);
        });
        t.join();
    }
};

QTEST_GUILESS_MAIN(TestSegmentedVector)
#include "tst_segmented_vector.moc"
