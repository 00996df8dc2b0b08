// schedlayout.h — where everything sits in the scheduler view, as a pure
// function of a SchedState and the widget size, so the painter, the
// animation (positions before and after an event) and the tests agree.
#pragma once

#include "sim/trace/sched_state.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QVector>

namespace gsl::ui {

// How many ring slots of a P's 256-slot local run queue are drawn; the rest
// show as "+N".
constexpr int kVisibleRunqSlots = 16;

struct PLaneGeometry {
    QRectF lane;      // the whole row
    QRectF label;     // "P0  _Prunning  M0"
    QRectF running;   // curg slot
    QRectF runnext;   // runnext slot
    QVector<QRectF> runq; // kVisibleRunqSlots ring slots, head first
    QRectF overflow;  // "+N"
};

struct SchedLayout {
    QRectF cpus;                 // the host's CPUs row
    QVector<QRectF> cpuBoxes;
    QVector<PLaneGeometry> ps;   // by P id (only Ps below gomaxprocs)
    QRectF global;               // the global run queue row
    QVector<QRectF> globalSlots;
    QRectF globalOverflow;
    QRectF blocked;              // parked goroutines, with their wait reason
    QVector<QRectF> blockedSlots;
    QRectF limbo;                // runnable, on no queue (between two events)
    QRectF ms;                   // threads row
    QVector<QRectF> mBoxes;
    qreal slot = 30;             // token cell size
};

// computeLayout lays out s in a widget of the given size.
SchedLayout computeLayout(const trace::SchedState &s, const QSizeF &size);

// Where a goroutine token sits.
struct TokenPlace {
    QPointF center;
    enum Where { Running, Runnext, Runq, Global, Blocked, Limbo, Hidden } where = Hidden;
    int owner = -1; // P id for Running/Runnext/Runq
};

// tokenPlaces returns the place of every live goroutine of s (dead ones are
// absent), keyed by goid. Slots past the visible ones collapse onto the
// overflow box.
QHash<int32_t, TokenPlace> tokenPlaces(const trace::SchedState &s, const SchedLayout &l);

// blockedOrder: the parked goroutines of s in the order the blocked area
// shows them (by goid).
QVector<int32_t> blockedOrder(const trace::SchedState &s);

// goroutineColor: a stable colour per goid (golden-ratio hues).
QColor goroutineColor(int32_t goid);

} // namespace gsl::ui
