#include "attach_matrix_model.h"

#include "status_icon.h"

#include "diagnostics/attach.h"

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using diagnostics::AttachFamily;
using diagnostics::AttachOutcome;
using diagnostics::Status;

namespace {

constexpr AttachFamily kColumns[] = {AttachFamily::Trampoline, AttachFamily::Tracepoint, AttachFamily::Probe};
constexpr int kColumnCount = int(std::size(kColumns));

// The engine joins clauses with "; ": one per line reads better in a tooltip.
QString reasonLines(const QString &reason)
{
    QStringList lines;
    for (const QString &clause : reason.split(u"; "_s, Qt::SkipEmptyParts))
        lines.append(clause.simplified());
    return lines.join(u'\n');
}

}  // namespace

AttachMatrixModel::AttachMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

AttachFamily AttachMatrixModel::familyOfColumn(int column)
{
    return kColumns[qBound(0, column, kColumnCount - 1)];
}

void AttachMatrixModel::setMatrix(const std::optional<diagnostics::AttachMatrix> &matrix)
{
    beginResetModel();
    matrix_ = matrix;
    modules_.clear();
    if (matrix_) {
        for (const QString &module : diagnostics::kinsightModules())
            if (matrix_->modules.count(module))
                modules_.append(module);
        for (const auto &[module, families] : matrix_->modules)
            if (!modules_.contains(module))
                modules_.append(module);
    }
    endResetModel();
}

QStringList AttachMatrixModel::unreportedModules() const
{
    QStringList missing;
    if (!matrix_)
        return missing;
    for (const QString &module : diagnostics::kinsightModules())
        if (!matrix_->modules.count(module))
            missing.append(module);
    return missing;
}

const AttachOutcome *AttachMatrixModel::outcome(int row, int column) const
{
    if (!matrix_ || row < 0 || row >= modules_.size() || column < 0 || column >= kColumnCount)
        return nullptr;
    const auto module = matrix_->modules.find(modules_.at(row));
    if (module == matrix_->modules.end())
        return nullptr;
    const auto family = module->second.find(kColumns[column]);
    return family == module->second.end() ? nullptr : &family->second;
}

bool AttachMatrixModel::anyFamilyWorks(const QString &module) const
{
    const auto found = matrix_->modules.find(module);
    if (found == matrix_->modules.end())
        return false;
    for (const auto &[family, result] : found->second)
        if (result.ok)
            return true;
    return false;
}

int AttachMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(modules_.size());
}

int AttachMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant AttachMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &module = modules_.at(index.row());
    const AttachFamily family = kColumns[index.column()];
    const AttachOutcome *result = outcome(index.row(), index.column());
    // Same reading as the attach checks: a failure is an error only when nothing else works.
    const Status status = !result      ? Status::Unknown
                          : result->ok ? Status::Ok
                          : anyFamilyWorks(module) ? Status::Warning
                                                   : Status::Error;
    const QString familyName = diagnostics::attachFamilyName(family);

    switch (role) {
    case Qt::DisplayRole:
        if (!result)
            return tr("not offered");
        if (result->ok)
            return result->reason.isEmpty() ? tr("attached") : tr("attached, partly");
        return tr("failed");
    case Qt::DecorationRole:
        return result ? QVariant(statusIcon(status)) : QVariant();
    case Qt::ToolTipRole: {
        if (!result)
            return tr("%1 has no hooks in the %2 family.").arg(module, familyName);
        const QString headline = result->ok ? tr("%1 loads and attaches through the %2 family.").arg(module, familyName)
                                            : tr("%1 fails in the %2 family.").arg(module, familyName);
        if (result->reason.isEmpty())
            return headline;
        return QString(headline + u"\n\n"_s + (result->ok ? tr("Unavailable in this family:") : tr("Why:"))
                       + u'\n' + reasonLines(result->reason));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 via %2: %3").arg(module, familyName, data(index, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case StatusRole:
        return int(status);
    case ReasonRole:
        return result ? reasonLines(result->reason) : QString();
    case OfferedRole:
        return result != nullptr;
    case ModuleRole:
        return module;
    case FamilyRole:
        return familyName;
    default:
        return {};
    }
}

QVariant AttachMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kColumnCount)
            return {};
        if (role == Qt::ToolTipRole)
            return diagnostics::attachFamilyDescription(kColumns[section]);
        switch (kColumns[section]) {
        case AttachFamily::Trampoline: return tr("Trampoline (fentry)");
        case AttachFamily::Tracepoint: return tr("Tracepoint (tp_btf, raw_tp, classic)");
        case AttachFamily::Probe: return tr("Probe (kprobe)");
        }
        return {};
    }
    if (section < 0 || section >= modules_.size())
        return {};
    return modules_.at(section);
}

}  // namespace kinsight::gui
