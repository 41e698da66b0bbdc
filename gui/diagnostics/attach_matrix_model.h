// The live attach matrix as a table: one row per module the helper reported,
// one column per attach family (trampoline, tracepoint, probe). A cell says
// whether the helper actually loaded and attached the module that way; its
// tooltip and ReasonRole carry the engine's reason (why it failed, or what
// stayed unavailable although it attached).
#pragma once

#include "diagnostics/check.h"
#include "diagnostics/system_snapshot.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace kinsight::gui {

class AttachMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1,  // int(diagnostics::Status); Unknown for a family the module does not offer
        ReasonRole,                     // QString: the engine's reason, one clause per line
        OfferedRole,                    // bool: the module has hooks in this family
        ModuleRole,                     // QString
        FamilyRole,                     // QString: "trampoline", "tracepoint", "probe"
    };

    explicit AttachMatrixModel(QObject *parent = nullptr);

    // No matrix: an empty table (the page says why).
    void setMatrix(const std::optional<diagnostics::AttachMatrix> &matrix);
    bool hasMatrix() const { return matrix_.has_value(); }
    QStringList modules() const { return modules_; }
    // Kinsight's modules the helper did not report (not built into it).
    QStringList unreportedModules() const;

    static diagnostics::AttachFamily familyOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const diagnostics::AttachOutcome *outcome(int row, int column) const;
    bool anyFamilyWorks(const QString &module) const;

    std::optional<diagnostics::AttachMatrix> matrix_;
    QStringList modules_;  // Kinsight's order first, then any others the helper reported
};

}  // namespace kinsight::gui
