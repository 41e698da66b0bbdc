// Which rule of network.conf's connection filter decides a port, an address
// or a host name: type any of them and see whether the socket module would
// keep such a connection, why, and the deciding rule highlighted. It tests
// the settings as edited, before they are saved.
#pragma once

#include "config/connection_filter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace kinsight::gui {

class PatternRuleModel;
class SettingsWorkspace;

class PatternTester : public QWidget {
    Q_OBJECT
public:
    explicit PatternTester(SettingsWorkspace *workspace, QWidget *parent = nullptr);

    // Takes the filter from the workspace again (after edits) and retests.
    void refresh();
    void test();

    QLineEdit *portEdit() const { return port_; }
    QLineEdit *addressEdit() const { return address_; }
    QLineEdit *hostnameEdit() const { return hostname_; }
    QString verdictText() const;
    QString explanationText() const;
    PatternRuleModel *rules() const { return model_; }

private:
    SettingsWorkspace *workspace_;
    config::ConnectionFilter filter_;
    QLabel *source_;
    QLineEdit *port_;
    QLineEdit *address_;
    QLineEdit *hostname_;
    QLabel *verdict_;
    QLabel *explanation_;
    PatternRuleModel *model_;
    QTableView *table_;
};

}  // namespace kinsight::gui
