#include "pattern_tester.h"

#include "pattern_rule_model.h"
#include "settings_workspace.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

PatternTester::PatternTester(SettingsWorkspace *workspace, QWidget *parent) : QWidget(parent), workspace_(workspace)
{
    source_ = new QLabel(this);
    source_->setWordWrap(true);
    source_->setTextFormat(Qt::PlainText);

    port_ = new QLineEdit(this);
    port_->setPlaceholderText(tr("e.g. 443 or https"));
    address_ = new QLineEdit(this);
    address_->setPlaceholderText(tr("e.g. 10.1.2.3 or 2001:db8::1"));
    hostname_ = new QLineEdit(this);
    hostname_->setPlaceholderText(tr("e.g. www.example.com"));
    auto *form = new QFormLayout;
    form->addRow(tr("Destination &port:"), port_);
    form->addRow(tr("Destination &address:"), address_);
    form->addRow(tr("&Host name:"), hostname_);

    verdict_ = new QLabel(this);
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    verdict_->setFont(big);
    verdict_->setAccessibleName(tr("Verdict"));
    explanation_ = new QLabel(this);
    explanation_->setWordWrap(true);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    model_ = new PatternRuleModel(this);
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setAccessibleName(tr("Rules of the connection filter"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);


    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source_);
    layout->addLayout(form);
    layout->addWidget(verdict_);
    layout->addWidget(explanation_);
    layout->addWidget(table_, 1);

    for (QLineEdit *edit : {port_, address_, hostname_})
        connect(edit, &QLineEdit::textChanged, this, &PatternTester::test);
    refresh();
}

void PatternTester::refresh()
{
    filter_ = config::ConnectionFilter::fromConfig(workspace_->effective(), workspace_->validator().services());
    auto value = [this](const char16_t *key) {
        const auto v = workspace_->effective().value(u"socket", u"network connections", key);
        return v ? v->value : QString();
    };
    source_->setText(tr("Rules of ebpf.d/network.conf as edited, [network connections]: ports = %1; ips = %2; "
                        "hostnames = %3. A connection is kept when its destination port, its address and (only "
                        "when 'resolve hostnames' is yes) its host name are all kept.")
                         .arg(value(u"ports"), value(u"ips"), value(u"hostnames")));
    model_->setFilter(filter_);
    table_->resizeColumnToContents(PatternRuleModel::ListColumn);
    test();
}

void PatternTester::test()
{
    std::optional<config::PatternVerdict> port, address, hostname;
    QStringList lines;
    const QString portText = port_->text().trimmed();
    const QString addressText = address_->text().trimmed();
    const QString hostText = hostname_->text().trimmed();
    if (!portText.isEmpty()) {
        port = filter_.ports().decide(QStringView(portText));
        lines.append(tr("Port %1: %2").arg(portText, port->explanation));
    }
    if (!addressText.isEmpty()) {
        address = filter_.ips().decide(QStringView(addressText));
        lines.append(tr("Address %1: %2").arg(addressText, address->explanation));
    }
    if (!hostText.isEmpty()) {
        hostname = filter_.hostnames().decide(QStringView(hostText));
        lines.append(filter_.resolvesHostnames()
                         ? tr("Host name %1: %2").arg(hostText, hostname->explanation)
                         : tr("Host name %1: %2 (not applied: 'resolve hostnames' is no, so connections have no "
                              "host name to test)")
                               .arg(hostText, hostname->explanation));
    }
    model_->setVerdicts(port, address, hostname);
    // Bold deciding rows are wider than the plain text they had.
    for (int column : {PatternRuleModel::ListColumn, PatternRuleModel::RuleColumn, PatternRuleModel::EffectColumn})
        table_->resizeColumnToContents(column);

    auto bad = [](const std::optional<config::PatternVerdict> &v) {
        return v && v->basis == config::PatternVerdict::Basis::BadSubject;
    };
    QString verdict;
    QString color;
    if (!port && !address && !hostname) {
        verdict = tr("Type a port, an address or a host name to test.");
    } else if (bad(port) || bad(address)) {
        verdict = tr("Cannot test that");
        color = u"#c66400"_s;
    } else {
        bool kept = (!port || port->accepted) && (!address || address->accepted)
                    && (!hostname || !filter_.resolvesHostnames() || hostname->accepted);
        verdict = kept ? tr("Kept") : tr("Dropped");
        color = kept ? u"#267a3c"_s : u"#c01c28"_s;
        if (!port || !address)
            verdict += u' ' + tr("(so far: a connection also needs its %1 kept)")
                                  .arg(!port && !address ? tr("port and address") : !port ? tr("port") : tr("address"));
    }
    verdict_->setText(verdict);
    verdict_->setStyleSheet(color.isEmpty() ? QString() : u"color: "_s + color + u';');
    explanation_->setText(lines.join(u'\n'));
}

QString PatternTester::verdictText() const
{
    return verdict_->text();
}

QString PatternTester::explanationText() const
{
    return explanation_->text();
}

}  // namespace kinsight::gui
