#pragma once
// DownloadsModel: one row per course this device downloads or holds offline, with its
// transfer state (progress, rate, time left). Filled by StudentController from the
// DownloadService's signals; read by DownloadsPage.

#include <QAbstractTableModel>
#include <vector>

#include "satchel/ids.h"

namespace satchel::ui {

class DownloadsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CourseColumn, ProgressColumn, RateColumn, TimeLeftColumn, StateColumn, kColumns };
    enum Role {
        CourseIdRole = Qt::UserRole + 1,  // QString
        FractionRole,                     // double 0..1
        StateRole,                        // int (State)
    };
    enum class State { Queued, Downloading, Paused, Downloaded, Failed };

    struct Row {
        Uuid courseId;
        QString title;
        State state = State::Queued;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;  // -1: unknown
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;  // -1: unknown
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Adds the course or updates its row (keeps its place).
    void upsert(const Row& row);
    void remove(const Uuid& courseId);
    const Row* row(const Uuid& courseId) const;
    const Row* row(int index) const;
    int rowOf(const Uuid& courseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Re-reads every text (after a language change).
    void retranslate();

    static QString describe(State state);
    static QString formatRate(double bytesPerSecond);
    static QString formatTimeLeft(qint64 seconds);

private:
    std::vector<Row> rows_;
};

}  // namespace satchel::ui
