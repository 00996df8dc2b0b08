// outcomemodel.h — an exploration's outcome rows as a table: configuration,
// outcome, count, share with its Wilson 95 % interval, correct, and the
// smallest seed that produced it (the witness a click replays).
#pragma once

#ifndef Q_MOC_RUN
#include "sim/explore/explorer.h"
#endif

#include <QAbstractTableModel>

#include <optional>

namespace gsl::ui {

class OutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ConfigCol, OutcomeCol, CountCol, ShareCol, IntervalCol, CorrectCol, SeedCol, ColumnCount };
    enum Role { SeedRole = Qt::UserRole + 1, ManifestedRole, ConfigIndexRole };

    explicit OutcomeModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // setResult shows r; base is the configuration the rows' configurations
    // were applied to (replayConfig starts from it).
    void setResult(const explore::ExploreResult &r, const runtime::RunConfig &base);
    const explore::ExploreResult &result() const { return m_result; }
    // replayConfig: the exact configuration + witness seed of a row.
    std::optional<runtime::RunConfig> replayConfig(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Ref { size_t config; size_t row; };
    explore::ExploreResult m_result;
    runtime::RunConfig m_base;
    std::vector<Ref> m_rows;
};

} // namespace gsl::ui
