// racemodel.h — the run's data races as a table: one row per report, with
// the variable and both accesses (goroutine, line, read/write). The Go-format
// text, the HB excerpt and the trace indices are under roles.
#pragma once

#include "ui/races/analysisdata.h"

#include <QAbstractTableModel>

namespace gsl::ui {

class RaceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexCol, VarCol, CurrentCol, PreviousCol, ColumnCount };
    enum Role {
        TextRole = Qt::UserRole + 1, // Go's report (QString)
        CurrentEventRole,            // trace index of the current access (qulonglong)
        PreviousEventRole,           // trace index of the previous access (qulonglong)
        CurrentLineRole,             // source line (int)
        PreviousLineRole,
    };

    explicit RaceModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRaces(const QVector<RaceItem> &races);
    const RaceItem *race(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<RaceItem> m_races;
};

// accessText: "G7 write at line 12" (the model's cell text).
QString accessText(const analysis::RaceAccess &a);

} // namespace gsl::ui
