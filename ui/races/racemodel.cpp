#include "ui/races/racemodel.h"

#include <QColor>

namespace gsl::ui {

QString accessText(const analysis::RaceAccess &a)
{
    const QString op = a.atomic ? (a.write ? QStringLiteral("atomic write") : QStringLiteral("atomic read"))
                                : (a.write ? QStringLiteral("write") : QStringLiteral("read"));
    return QStringLiteral("G%1 %2 at line %3").arg(a.goid).arg(op).arg(a.line);
}

void RaceModel::setRaces(const QVector<RaceItem> &races)
{
    beginResetModel();
    m_races = races;
    endResetModel();
}

const RaceItem *RaceModel::race(int row) const
{
    return row >= 0 && row < m_races.size() ? &m_races[row] : nullptr;
}

int RaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_races.size());
}

int RaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const RaceItem &r = m_races[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexCol: return index.row() + 1;
        case VarCol: return QString::fromStdString(r.report.current.var);
        case CurrentCol: return accessText(r.report.current);
        case PreviousCol: return accessText(r.report.previous);
        default: return {};
        }
    case Qt::ToolTipRole: return r.why.isEmpty() ? r.text : r.why;
    case Qt::ForegroundRole: return index.column() == IndexCol ? QVariant(QColor(200, 30, 30)) : QVariant();
    case TextRole: return r.text;
    case CurrentEventRole: return qulonglong(r.report.current.eventIndex);
    case PreviousEventRole: return qulonglong(r.report.previous.eventIndex);
    case CurrentLineRole: return r.report.current.line;
    case PreviousLineRole: return r.report.previous.line;
    default: return {};
    }
}

QVariant RaceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IndexCol: return tr("#");
    case VarCol: return tr("Variable");
    case CurrentCol: return tr("Access");
    case PreviousCol: return tr("Previous access");
    default: return {};
    }
}

} // namespace gsl::ui
