#include "launch_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kinsight::inspect {

namespace {

enum Column { NameColumn, ValueColumn, UnsetColumn };

}  // namespace

LaunchDialog::LaunchDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Launch and inspect"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kinsight starts the program as you and counts it and every process it starts, from "
                                "its exec on: nothing it does is missed, nothing of the launcher is counted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    program_ = new QLineEdit(this);
    program_->setPlaceholderText(tr("a program in PATH, or its path"));
    auto *browseProgram = new QToolButton(this);
    browseProgram->setText(tr("Browse…"));
    connect(browseProgram, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the program"), workingDirectory_->text());
        if (!path.isEmpty())
            program_->setText(path);
    });
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(program_, 1);
    programRow->addWidget(browseProgram);
    // A row holding a layout gets no buddy from QFormLayout: without one the & would show.
    auto *programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(program_);
    form->addRow(programLabel, programRow);

    arguments_ = new QLineEdit(this);
    arguments_->setPlaceholderText(tr("quoted like in a shell: -o \"my file\""));
    form->addRow(tr("&Arguments:"), arguments_);

    workingDirectory_ = new QLineEdit(this);
    workingDirectory_->setPlaceholderText(tr("Kinsight's own working directory"));
    auto *browseDir = new QToolButton(this);
    browseDir->setText(tr("Browse…"));
    connect(browseDir, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the working directory"),
                                                              workingDirectory_->text());
        if (!dir.isEmpty())
            workingDirectory_->setText(dir);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(workingDirectory_, 1);
    dirRow->addWidget(browseDir);
    auto *dirLabel = new QLabel(tr("&Working directory:"), this);
    dirLabel->setBuddy(workingDirectory_);
    form->addRow(dirLabel, dirRow);
    layout->addLayout(form);

    auto *envBox = new QGroupBox(tr("Environment changes (the rest is inherited from Kinsight)"), this);
    auto *envLayout = new QVBoxLayout(envBox);
    environment_ = new QTableWidget(0, 3, envBox);
    environment_->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Unset")});
    environment_->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    environment_->horizontalHeader()->setSectionResizeMode(UnsetColumn, QHeaderView::ResizeToContents);
    environment_->verticalHeader()->hide();
    environment_->setMinimumHeight(110);
    auto *envButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add variable"), envBox);
    auto *remove = new QPushButton(tr("Remove"), envBox);
    connect(add, &QPushButton::clicked, this, [this] {
        addEnvironmentRow();
        environment_->setCurrentCell(environment_->rowCount() - 1, NameColumn);
        environment_->editItem(environment_->item(environment_->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (environment_->currentRow() >= 0)
            environment_->removeRow(environment_->currentRow());
        updatePreview();
    });
    envButtons->addWidget(add);
    envButtons->addWidget(remove);
    envButtons->addStretch(1);
    envLayout->addWidget(environment_);
    envLayout->addLayout(envButtons);
    layout->addWidget(envBox);

    auto *measureBox = new QGroupBox(tr("Measuring"), this);
    auto *measure = new QFormLayout(measureBox);
    modules_ = new QLineEdit(measureBox);
    modules_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z_]*(,[a-z_]*)*")), modules_));
    modules_->setToolTip(tr("Comma-separated collectors: process, fd, vfs, socket, cachestat, dcstat, swap, shm, "
                            "sync, mount, oomkill…"));
    measure->addRow(tr("&Modules:"), modules_);
    returnMode_ = new QCheckBox(tr("Count &errors too (return mode)"), measureBox);
    returnMode_->setToolTip(tr("Return mode also counts failed calls (open_error, vfs_read_error…), at a small "
                               "extra cost per call."));
    measure->addRow(QString(), returnMode_);
    interval_ = new QDoubleSpinBox(measureBox);
    interval_->setRange(0.1, 60);
    interval_->setDecimals(1);
    interval_->setSingleStep(0.5);
    interval_->setSuffix(tr(" s"));
    interval_->setToolTip(tr("How often the charts get a new point. Totals do not depend on it."));
    measure->addRow(tr("&Sample every:"), interval_);
    layout->addWidget(measureBox);

    preview_ = new QLabel(this);
    preview_->setWordWrap(true);
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = preview_->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    preview_->setPalette(dim);
    layout->addWidget(preview_);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem_->hide();
    layout->addWidget(problem_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Launch"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &LaunchDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &LaunchDialog::reject);
    layout->addWidget(buttons_);

    for (QLineEdit *edit : {program_, arguments_, workingDirectory_, modules_})
        connect(edit, &QLineEdit::textChanged, this, &LaunchDialog::updatePreview);
    connect(returnMode_, &QCheckBox::toggled, this, &LaunchDialog::updatePreview);
    connect(environment_, &QTableWidget::itemChanged, this, &LaunchDialog::updatePreview);
    resize(640, 560);
    setSpec(LaunchSpec::load());
}

void LaunchDialog::addEnvironmentRow(const EnvironmentEdit &edit)
{
    const int row = environment_->rowCount();
    environment_->insertRow(row);
    environment_->setItem(row, NameColumn, new QTableWidgetItem(edit.name));
    environment_->setItem(row, ValueColumn, new QTableWidgetItem(edit.value));
    auto *unset = new QTableWidgetItem;
    unset->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    unset->setCheckState(edit.unset ? Qt::Checked : Qt::Unchecked);
    environment_->setItem(row, UnsetColumn, unset);
}

void LaunchDialog::setSpec(const LaunchSpec &spec)
{
    program_->setText(spec.program);
    arguments_->setText(spec.arguments);
    workingDirectory_->setText(spec.workingDirectory);
    environment_->setRowCount(0);
    for (const EnvironmentEdit &e : spec.environment)
        addEnvironmentRow(e);
    modules_->setText(spec.modules.join(QLatin1Char(',')));
    returnMode_->setChecked(spec.loadMode == QLatin1String("return"));
    interval_->setValue(spec.intervalSeconds);
    updatePreview();
}

LaunchSpec LaunchDialog::spec() const
{
    LaunchSpec spec;
    spec.program = program_->text().trimmed();
    spec.arguments = arguments_->text();
    spec.workingDirectory = workingDirectory_->text().trimmed();
    for (int row = 0; row < environment_->rowCount(); ++row) {
        const QString name = environment_->item(row, NameColumn) ? environment_->item(row, NameColumn)->text().trimmed()
                                                                 : QString();
        if (name.isEmpty())
            continue;
        spec.environment.append({name, environment_->item(row, ValueColumn) ? environment_->item(row, ValueColumn)->text()
                                                                             : QString(),
                                 environment_->item(row, UnsetColumn)
                                     && environment_->item(row, UnsetColumn)->checkState() == Qt::Checked});
    }
    spec.modules = modules_->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.loadMode = returnMode_->isChecked() ? QStringLiteral("return") : QStringLiteral("entry");
    spec.intervalSeconds = interval_->value();
    return spec;
}

void LaunchDialog::updatePreview()
{
    problem_->hide();
    const LaunchSpec s = spec();
    preview_->setText(s.program.isEmpty() ? QString()
                                          : tr("Same measurement in a terminal: %1").arg(s.cliEquivalent()));
}

void LaunchDialog::accept()
{
    const LaunchSpec s = spec();
    const QString problem = LaunchCheck::problem(s);
    if (!problem.isEmpty()) {
        problem_->setText(problem);
        problem_->show();
        return;
    }
    s.save();
    QDialog::accept();
}

}  // namespace kinsight::inspect
