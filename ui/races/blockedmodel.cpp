#include "ui/races/blockedmodel.h"

#include <QColor>

namespace gsl::ui {

void BlockedModel::setBlocked(const QVector<BlockedItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int BlockedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BlockedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const BlockedItem &b = m_items[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GCol: return QStringLiteral("G%1").arg(b.goid);
        case ObjectCol: return b.object;
        case LineCol: return b.line;
        case ForeverCol: return b.forever ? tr("blocked forever") : tr("may be woken");
        case ExplanationCol: return b.explanation;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ForeverCol && b.forever) return QColor(200, 30, 30);
    if (role == Qt::ToolTipRole) return b.explanation;
    return {};
}

QVariant BlockedModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case GCol: return tr("G");
    case ObjectCol: return tr("Waits on");
    case LineCol: return tr("Line");
    case ForeverCol: return tr("Verdict");
    case ExplanationCol: return tr("Why");
    default: return {};
    }
}

} // namespace gsl::ui
