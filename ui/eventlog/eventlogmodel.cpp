#include "ui/eventlog/eventlogmodel.h"

#include "ui/eventlog/narration.h"

#include <QFont>

namespace gsl::ui {

using trace::EvKind;

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventLogModel::setTrace(std::shared_ptr<const trace::Trace> t)
{
    beginResetModel();
    m_trace = std::move(t);
    m_current = -1;
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_trace)
        return 0;
    return int(m_trace->size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_trace || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t row = size_t(index.row());
    const trace::TraceEvent &e = (*m_trace)[row];
    switch (role) {
    case EventIndexRole: return qulonglong(row);
    case KindRole: return int(e.kind);
    case GoidRole: return e.g;
    case PRole: return int(e.p);
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NarrationCol)
            return narrate(e, *m_trace);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case IndexCol: return qulonglong(row);
    case TimeCol: return formatTime(e.time);
    case KindCol: return QString::fromUtf8(trace::eventKindName(e.kind).data(), qsizetype(trace::eventKindName(e.kind).size()));
    case GCol: return e.g > 0 ? QStringLiteral("G%1").arg(e.g) : QString();
    case PCol: return e.p >= 0 ? QStringLiteral("P%1").arg(e.p) : QString();
    case MCol: return e.m >= 0 ? QStringLiteral("M%1").arg(e.m) : QString();
    case NarrationCol: {
        // Only a steal needs the state before it (how many the victim had);
        // stateAt replays at most one keyframe interval.
        if (e.kind == EvKind::ProcSteal) {
            try {
                const trace::SchedState before = trace::stateAt(*m_trace, row);
                return narrate(e, *m_trace, &before);
            } catch (const std::exception &) {
            }
        }
        return narrate(e, *m_trace);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IndexCol: return tr("#");
    case TimeCol: return tr("Time");
    case KindCol: return tr("Event");
    case GCol: return tr("G");
    case PCol: return tr("P");
    case MCol: return tr("M");
    case NarrationCol: return tr("What happened");
    case ColumnCount: break;
    }
    return {};
}

void EventLogModel::setCurrent(int row)
{
    if (row == m_current)
        return;
    const int old = m_current;
    m_current = row;
    if (old >= 0 && old < rowCount())
        Q_EMIT dataChanged(index(old, 0), index(old, ColumnCount - 1), {Qt::FontRole});
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
}

EventFilterModel::EventFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void EventFilterModel::setGoroutine(int goid)
{
    m_goid = goid;
    invalidateFilter();
}

void EventFilterModel::setProc(int p)
{
    m_proc = p;
    invalidateFilter();
}

void EventFilterModel::setKinds(const QList<trace::EvKind> &kinds)
{
    m_kinds = kinds;
    invalidateFilter();
}

void EventFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    auto *src = qobject_cast<EventLogModel *>(sourceModel());
    if (!src || !src->trace() || parent.isValid())
        return true;
    const trace::TraceEvent &e = (*src->trace())[size_t(row)];
    if (m_goid > 0) {
        const bool namesG = e.g == m_goid
                            || ((e.kind == EvKind::RunqPut || e.kind == EvKind::GoUnpark || e.kind == EvKind::GoCreate) && e.a == m_goid);
        if (!namesG)
            return false;
    }
    if (m_proc >= 0) {
        const bool namesP = e.p == m_proc || (e.kind == EvKind::ProcSteal && e.b == m_proc);
        if (!namesP)
            return false;
    }
    if (!m_kinds.isEmpty() && !m_kinds.contains(e.kind))
        return false;
    if (!m_text.isEmpty()) {
        const QModelIndex idx = src->index(row, EventLogModel::NarrationCol);
        if (!src->data(idx).toString().contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace gsl::ui
