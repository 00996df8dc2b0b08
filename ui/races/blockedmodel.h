// blockedmodel.h — deadlock and leak findings: the goroutines still blocked
// when the run ended, what they wait on, and whether anybody can wake them.
#pragma once

#include "ui/races/analysisdata.h"

#include <QAbstractTableModel>

namespace gsl::ui {

class BlockedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GCol, ObjectCol, LineCol, ForeverCol, ExplanationCol, ColumnCount };

    explicit BlockedModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setBlocked(const QVector<BlockedItem> &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<BlockedItem> m_items;
};

} // namespace gsl::ui
