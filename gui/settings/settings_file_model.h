// The settings files the page edits, for its file list: title and file name,
// whether it has unsaved edits or errors, and whether its module is on.
#pragma once

#include <QAbstractListModel>

namespace kinsight::gui {

class SettingsWorkspace;

class SettingsFileModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { FileIdRole = Qt::UserRole + 1, ModifiedRole, ErrorCountRole, EnabledRole };

    explicit SettingsFileModel(SettingsWorkspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOf(const QString &fileId) const;

private:
    SettingsWorkspace *workspace_;
};

}  // namespace kinsight::gui
