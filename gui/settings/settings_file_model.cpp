#include "settings_file_model.h"

#include "settings_workspace.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

SettingsFileModel::SettingsFileModel(SettingsWorkspace *workspace, QObject *parent)
    : QAbstractListModel(parent), workspace_(workspace)
{
    // Any edit can change a row's marks (and [ebpf programs] every module's state).
    auto changedAll = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    };
    connect(workspace_, &SettingsWorkspace::fileChanged, this, changedAll);
    connect(workspace_, &SettingsWorkspace::loaded, this, changedAll);
}

int SettingsFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(workspace_->fileIds().size());
}

QModelIndex SettingsFileModel::indexOf(const QString &fileId) const
{
    const qsizetype row = workspace_->fileIds().indexOf(fileId);
    return row < 0 ? QModelIndex() : index(int(row));
}

QVariant SettingsFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString id = workspace_->fileIds().at(index.row());
    const SettingsWorkspace::File &file = workspace_->file(id);
    const bool modified = workspace_->isModified(id);
    const int errors = workspace_->errorCount(id);
    const bool enabled = workspace_->moduleEnabled(id);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = file.relativePath.section(QLatin1Char('/'), -1);
        QString text = tr("%1 (%2)").arg(file.title, name);
        if (modified)
            text += u" \u25cf"_s;  // a dot: unsaved edits
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines{workspace_->path(id)};
        lines.append(file.existsOnDisk ? tr("The file exists.") : tr("The file does not exist: defaults apply."));
        if (id != QLatin1String("main"))
            lines.append(enabled ? tr("The module is on.") : tr("The module is off in [ebpf programs]."));
        if (modified)
            lines.append(tr("Unsaved edits."));
        if (errors > 0)
            lines.append(tr("%n error(s).", nullptr, errors));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return data(index, Qt::ToolTipRole);
    case Qt::DecorationRole:
        if (errors > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::ForegroundRole:
        if (!enabled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (modified) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FileIdRole:
        return id;
    case ModifiedRole:
        return modified;
    case ErrorCountRole:
        return errors;
    case EnabledRole:
        return enabled;
    default:
        return {};
    }
}

}  // namespace kinsight::gui
