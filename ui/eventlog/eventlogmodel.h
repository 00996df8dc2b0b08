// eventlogmodel.h — the trace as a table, one row per event, computed on
// demand (rowCount = events; nothing is stored per row), so a run of a
// million events opens at once. EventFilterModel narrows it by G, P and kind.
#pragma once

#include "sim/trace/trace.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace gsl::ui {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexCol, TimeCol, KindCol, GCol, PCol, MCol, NarrationCol, ColumnCount };
    enum Role { EventIndexRole = Qt::UserRole + 1, KindRole, GoidRole, PRole };

    explicit EventLogModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const trace::Trace> t);
    const trace::Trace *trace() const { return m_trace.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // setCurrent marks the row of the event last applied (bold); -1 = none.
    void setCurrent(int row);
    int current() const { return m_current; }

private:
    std::shared_ptr<const trace::Trace> m_trace;
    int m_current = -1;
};

// EventFilterModel keeps rows whose G, P and kind match (-1 / empty = any).
// Goroutine filter matches the acting G and the G an event names in `a`
// (a kicked G, a waker) so following one goroutine shows its whole story.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterModel(QObject *parent = nullptr);
    void setGoroutine(int goid);   // 0 = any
    void setProc(int p);           // -1 = any
    void setKinds(const QList<trace::EvKind> &kinds); // empty = any
    // setText keeps rows whose narration contains text (case-insensitive).
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_goid = 0;
    int m_proc = -1;
    QList<trace::EvKind> m_kinds;
    QString m_text;
};

} // namespace gsl::ui
