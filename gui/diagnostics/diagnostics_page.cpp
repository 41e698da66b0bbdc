#include "diagnostics_page.h"

#include "attach_matrix_model.h"
#include "check_details_panel.h"
#include "check_list_model.h"
#include "diagnostics_client.h"
#include "diagnostics_controller.h"
#include "status_icon.h"

#include "diagnostics/report.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using diagnostics::Check;
using diagnostics::Status;

DiagnosticsPage::DiagnosticsPage(QWidget *parent) : QWidget(parent)
{
    auto *client = new DiagnosticsClient(this);
    controller_ = new DiagnosticsController(client, this);
    build();
}

DiagnosticsPage::DiagnosticsPage(DiagnosticsController *controller, QWidget *parent)
    : QWidget(parent), controller_(controller)
{
    build();
}

void DiagnosticsPage::build()
{
    setObjectName(u"diagnosticsPage"_s);
    checks_ = new CheckListModel(this);
    matrix_ = new AttachMatrixModel(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->setSpacing(8);

    // Verdict and the page's actions.
    auto *top = new QHBoxLayout;
    verdictIcon_ = new QLabel(this);
    verdictIcon_->setFixedSize(32, 32);
    top->addWidget(verdictIcon_, 0, Qt::AlignTop);
    verdict_ = new QLabel(this);
    verdict_->setTextFormat(Qt::PlainText);
    verdict_->setWordWrap(true);
    verdict_->setObjectName(u"verdict"_s);
    QFont verdictFont = verdict_->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdict_->setFont(verdictFont);
    counts_ = new QLabel(this);
    counts_->setTextFormat(Qt::PlainText);
    counts_->setWordWrap(true);
    auto *verdictColumn = new QVBoxLayout;
    verdictColumn->setSpacing(2);
    verdictColumn->addWidget(verdict_);
    verdictColumn->addWidget(counts_);
    top->addLayout(verdictColumn, 1);
    runButton_ = new QPushButton(tr("&Run again"), this);
    runButton_->setToolTip(tr("Read this machine's state again and rerun every check"));
    copyButton_ = new QPushButton(tr("&Copy report"), this);
    copyButton_->setToolTip(tr("Copy every check as Markdown, to paste into a bug report"));
    saveButton_ = new QPushButton(tr("Save re&port…"), this);
    saveButton_->setToolTip(tr("Save the report as Markdown, JSON or plain text"));
    for (QPushButton *button : {runButton_, copyButton_, saveButton_})
        top->addWidget(button, 0, Qt::AlignTop);
    outer->addLayout(top);

    // The helper: what it added, or why not, and the offer to ask.
    auto *helperRow = new QHBoxLayout;
    helper_ = new QLabel(this);
    helper_->setTextFormat(Qt::PlainText);
    helper_->setWordWrap(true);
    helper_->setObjectName(u"helperState"_s);
    helperRow->addWidget(helper_, 1);
    askButton_ = new QPushButton(tr("&Ask the helper…"), this);
    askButton_->setToolTip(tr("Ask kinsight-helper for the lockdown mode, the audit log's BPF denials and the live "
                              "attach matrix; you may be asked to authenticate"));
    helperRow->addWidget(askButton_, 0, Qt::AlignTop);
    outer->addLayout(helperRow);

    banner_ = new QLabel(this);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setWordWrap(true);
    banner_->setObjectName(u"banner"_s);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setAutoFillBackground(true);
    banner_->setMargin(6);
    banner_->setVisible(false);
    outer->addWidget(banner_);

    tabs_ = new QTabWidget(this);
    outer->addWidget(tabs_, 1);

    // Checks: the list and the selected check in full.
    auto *splitter = new QSplitter(Qt::Horizontal, tabs_);
    checkView_ = new QTreeView(splitter);
    checkView_->setModel(checks_);
    checkView_->setAccessibleName(tr("Checks"));
    checkView_->setUniformRowHeights(true);
    checkView_->setAllColumnsShowFocus(true);
    checkView_->setIconSize(QSize(16, 16));
    checkView_->header()->setStretchLastSection(true);
    checkView_->header()->setSectionResizeMode(CheckListModel::TitleColumn, QHeaderView::Interactive);
    checkView_->header()->setSectionResizeMode(CheckListModel::StatusColumn, QHeaderView::ResizeToContents);
    checkView_->setColumnWidth(CheckListModel::TitleColumn, 300);
    details_ = new CheckDetailsPanel(splitter);
    splitter->addWidget(checkView_);
    splitter->addWidget(details_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The details need room for commands and fstab lines; the list elides its summaries.
    splitter->setSizes({640, 560});
    // Mnemonics avoid the main window's menus (File, View, Session, Help).
    tabs_->addTab(splitter, tr("Chec&ks"));

    // Attach matrix: module × family, and the reason of the selected cell.
    auto *matrixTab = new QWidget(tabs_);
    auto *matrixLayout = new QVBoxLayout(matrixTab);
    auto *matrixTop = new QHBoxLayout;
    matrixInfo_ = new QLabel(matrixTab);
    matrixInfo_->setTextFormat(Qt::PlainText);
    matrixInfo_->setWordWrap(true);
    matrixTop->addWidget(matrixInfo_, 1);
    auto *modeLabel = new QLabel(tr("&Load mode:"), matrixTab);
    loadMode_ = new QComboBox(matrixTab);
    loadMode_->addItem(tr("entry (counts calls)"), u"entry"_s);
    loadMode_->addItem(tr("return (also counts errors)"), u"return"_s);
    loadMode_->setToolTip(tr("The matrix is measured per load mode: 'return' also attaches the return hooks"));
    modeLabel->setBuddy(loadMode_);
    matrixTop->addWidget(modeLabel, 0, Qt::AlignTop);
    matrixTop->addWidget(loadMode_, 0, Qt::AlignTop);
    matrixLayout->addLayout(matrixTop);
    matrixView_ = new QTableView(matrixTab);
    matrixView_->setModel(matrix_);
    matrixView_->setAccessibleName(tr("Attach matrix"));
    matrixView_->setSelectionMode(QAbstractItemView::SingleSelection);
    matrixView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    matrixView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // One line per module: uniform rows read as a grid.
    matrixView_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    matrixView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    matrixView_->setWordWrap(false);
    matrixView_->setIconSize(QSize(16, 16));
    matrixLayout->addWidget(matrixView_, 3);  // the reason below gets the rest: it is what one reads
    auto *reasonLabel = new QLabel(tr("R&eason:"), matrixTab);
    matrixReason_ = new QPlainTextEdit(matrixTab);
    matrixReason_->setReadOnly(true);
    matrixReason_->setTabChangesFocus(true);
    matrixReason_->setAccessibleName(tr("Reason of the selected cell"));
    matrixReason_->setPlaceholderText(tr("Select a cell to read why the module attached, or did not, in that "
                                         "family."));
    reasonLabel->setBuddy(matrixReason_);
    matrixLayout->addWidget(reasonLabel);
    matrixLayout->addWidget(matrixReason_, 2);
    tabs_->addTab(matrixTab, tr("Attach ma&trix"));

    setTabOrder(runButton_, copyButton_);
    setTabOrder(copyButton_, saveButton_);
    setTabOrder(saveButton_, askButton_);
    setTabOrder(askButton_, tabs_);
    setTabOrder(tabs_, checkView_);
    setTabOrder(checkView_, details_);

    connect(runButton_, &QPushButton::clicked, controller_, &DiagnosticsController::refresh);
    connect(copyButton_, &QPushButton::clicked, this, &DiagnosticsPage::copyReport);
    connect(saveButton_, &QPushButton::clicked, this, &DiagnosticsPage::saveReportDialog);
    connect(askButton_, &QPushButton::clicked, this, [this] { controller_->askHelper(true); });
    connect(details_, &CheckDetailsPanel::askHelperRequested, this, [this] { controller_->askHelper(true); });
    connect(details_, &CheckDetailsPanel::fixRequested, this, [this](const QString &fix, const QString &checkId) {
        fixCheckId_ = checkId;
        controller_->applyFix(fix);
    });
    connect(details_, &CheckDetailsPanel::snippetCopied, this, [this](const QString &caption) {
        showBanner(tr("Copied to the clipboard: %1").arg(caption), false);
    });
    connect(checkView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosticsPage::onCurrentCheckChanged);
    connect(matrixView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosticsPage::onMatrixCellChanged);
    connect(loadMode_, &QComboBox::currentIndexChanged, this,
            [this] { controller_->setLoadMode(loadMode_->currentData().toString()); });

    connect(controller_, &DiagnosticsController::checksChanged, this, &DiagnosticsPage::onChecksChanged);
    connect(controller_, &DiagnosticsController::gatheringChanged, this, [this](bool gathering) {
        runButton_->setEnabled(!gathering);
        updateVerdict();
    });
    connect(controller_, &DiagnosticsController::helperStateChanged, this, &DiagnosticsPage::onHelperStateChanged);
    connect(controller_, &DiagnosticsController::fixStateChanged, this, &DiagnosticsPage::onFixStateChanged);

    onChecksChanged();
    onHelperStateChanged();
}

void DiagnosticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The checks run when the page is first shown, not when the window is built.
    if (!controller_->hasRun() && !controller_->isGathering())
        controller_->refresh();
}

void DiagnosticsPage::onChecksChanged()
{
    const QString keep = currentCheckId_;
    QWidget *focus = QApplication::focusWidget();
    const bool focusInDetails = focus && details_->isAncestorOf(focus);

    checks_->setChecks(controller_->checks());
    matrix_->setMatrix(controller_->attachMatrix());
    checkView_->expandAll();
    // Forty attach rows bury the rest; the matrix tab shows them better. Open the group only when it has news.
    const QModelIndex attach = checks_->indexOfGroup(u"attach"_s);
    if (attach.isValid() && checks_->rowCount(attach) > 6
        && Status(attach.data(CheckListModel::StatusRole).toInt()) == Status::Ok)
        checkView_->collapse(attach);

    QString target = keep;
    if (target.isEmpty() || !checks_->indexOfCheck(target).isValid()) {
        // First the most serious problem; everything fine: the first check.
        int best = -1;
        for (const Check &check : controller_->checks())
            if (statusSeverity(check.status) > best) {
                best = statusSeverity(check.status);
                target = check.id;
            }
    }
    if (!target.isEmpty())
        selectCheck(target);
    else
        details_->showCheck(nullptr);

    if (focusInDetails) {
        // The panel was rebuilt under the keyboard: put focus somewhere sensible.
        if (details_->fixButton() && details_->fixButton()->isEnabled())
            details_->fixButton()->setFocus();
        else
            checkView_->setFocus();
    }
    updateVerdict();
    onHelperStateChanged();  // its words count the checks that wait for the helper
    updateFixState();
}

bool DiagnosticsPage::selectCheck(const QString &id)
{
    const QModelIndex index = checks_->indexOfCheck(id);
    if (!index.isValid())
        return false;
    checkView_->expand(index.parent());
    checkView_->setCurrentIndex(index);
    checkView_->scrollTo(index);
    // setCurrentIndex does not signal when the index is unchanged after a model reset.
    onCurrentCheckChanged();
    return true;
}

void DiagnosticsPage::onCurrentCheckChanged()
{
    const Check *check = checks_->check(checkView_->currentIndex());
    if (!check)
        return;  // a group: keep showing the last check
    currentCheckId_ = check->id;
    // Always rebuilt: after a rerun the same id may carry a new status and fix.
    details_->showCheck(check);
    updateFixState();
}

void DiagnosticsPage::updateVerdict()
{
    const QList<Check> &checks = controller_->checks();
    if (!controller_->hasRun()) {
        verdictIcon_->setPixmap(statusIcon(Status::Unknown).pixmap(32, 32));
        verdict_->setText(tr("Running the checks…"));
        counts_->clear();
        return;
    }
    int counts[4] = {0, 0, 0, 0};
    Status worst = Status::Ok;
    QStringList blocking;
    for (const Check &check : checks) {
        ++counts[int(check.status)];
        if (statusSeverity(check.status) > statusSeverity(worst))
            worst = check.status;
        if (diagnostics::blocksMonitoring(check))
            blocking.append(check.title);
    }
    verdictIcon_->setPixmap(statusIcon(worst).pixmap(32, 32));
    const QString text = blocking.isEmpty() ? tr("Monitoring is possible on this machine")
                                            : tr("Monitoring is blocked by: %1").arg(blocking.join(u", "_s));
    QString detail = tr("%1 OK, %2 warning(s), %3 error(s), %4 unknown — checked at %5")
                         .arg(counts[int(Status::Ok)])
                         .arg(counts[int(Status::Warning)])
                         .arg(counts[int(Status::Error)])
                         .arg(counts[int(Status::Unknown)])
                         .arg(QLocale().toString(controller_->lastRun().time(), QLocale::ShortFormat));
    if (controller_->isGathering())
        detail += u" "_s + tr("(running again…)");
    verdict_->setText(text);
    counts_->setText(detail);
    verdict_->setAccessibleName(text + u". "_s + detail);
}

void DiagnosticsPage::onHelperStateChanged()
{
    using State = DiagnosticsController::HelperState;
    const State state = controller_->helperState();
    helper_->setText(controller_->helperMessage());
    QPalette palette = helper_->palette();
    const bool problem = state == State::Refused || state == State::Missing || state == State::Failed;
    palette.setColor(QPalette::WindowText, problem ? statusColor(Status::Error)
                                                   : QApplication::palette().color(QPalette::WindowText));
    helper_->setPalette(palette);
    askButton_->setVisible(controller_->hasHelper());
    askButton_->setEnabled(state != State::Asking);
    askButton_->setText(state == State::Answered ? tr("&Ask the helper again") : tr("&Ask the helper…"));
    details_->setHelperAskable(controller_->hasHelper(), state != State::Asking);
    updateMatrixInfo();
}

void DiagnosticsPage::onFixStateChanged()
{
    const QString inFlight = controller_->fixInFlight();
    if (!inFlight.isEmpty()) {
        showBanner(tr("%1: asking kinsight-helper… you may be asked to authenticate.").arg(fixDescription(inFlight)),
                   false);
    } else if (const auto note = controller_->lastFix()) {
        // The helper's own words say what it did; a failure also says what was tried.
        showBanner(note->ok ? note->text : tr("%1 failed. %2").arg(fixDescription(note->fix), note->text),
                   !note->ok);
    }
    updateFixState();
}

QString DiagnosticsPage::fixDescription(const QString &fixId)
{
    if (fixId == diagnostics::mountTracefsFix)
        return tr("Mounting tracefs");
    if (fixId == diagnostics::mountDebugfsFix)
        return tr("Mounting debugfs");
    if (fixId == diagnostics::mountSecurityfsFix)
        return tr("Mounting securityfs");
    return tr("The fix %1").arg(fixId);
}

void DiagnosticsPage::updateFixState()
{
    const QString inFlight = controller_->fixInFlight();
    const bool thisCheck = !fixCheckId_.isEmpty() && fixCheckId_ == currentCheckId_;
    QString note;
    bool isError = false;
    if (thisCheck && inFlight.isEmpty()) {
        if (const auto last = controller_->lastFix()) {
            note = last->text;
            isError = !last->ok;
        }
    }
    details_->setFixState(!inFlight.isEmpty(), thisCheck && !inFlight.isEmpty(), note, isError);
}

void DiagnosticsPage::updateMatrixInfo()
{
    using State = DiagnosticsController::HelperState;
    const auto &caps = controller_->capabilities();
    QString text;
    if (matrix_->hasMatrix()) {
        text = tr("What kinsight-helper actually loaded and attached on kernel %1 (load mode %2): %3 modules. "
                  "Select a cell for the reason.")
                   .arg(caps ? caps->kernel : QString(), controller_->loadMode())
                   .arg(matrix_->rowCount());
        const QStringList missing = matrix_->unreportedModules();
        if (!missing.isEmpty())
            text += u" "_s + tr("Not built into this helper: %1.").arg(missing.join(u", "_s));
    } else if (caps && !caps->btf) {
        text = tr("kinsight-helper loads nothing on this kernel: no usable BTF (%1).").arg(caps->btfError);
    } else if (controller_->helperState() == State::Asking) {
        text = tr("Asking kinsight-helper to load and attach every module in each family…");
    } else {
        text = tr("No attach matrix yet: only kinsight-helper can load BPF programs to find out which module "
                  "attaches through which family (polkit action %1). %2")
                   .arg(diagnostics::monitorPolkitAction, controller_->helperMessage());
    }
    matrixInfo_->setText(text);
    onMatrixCellChanged();
}

void DiagnosticsPage::onMatrixCellChanged()
{
    const QModelIndex index = matrixView_->currentIndex();
    if (!index.isValid()) {
        matrixReason_->clear();
        return;
    }
    matrixReason_->setPlainText(index.data(Qt::ToolTipRole).toString());
}

void DiagnosticsPage::showBanner(const QString &text, bool isError)
{
    banner_->setText(text);
    QPalette palette = banner_->palette();
    const QColor tint = isError ? statusColor(Status::Error) : QApplication::palette().color(QPalette::Highlight);
    QColor background = QApplication::palette().color(QPalette::Window);
    background = QColor::fromRgbF(background.redF() * 0.85 + tint.redF() * 0.15,
                                  background.greenF() * 0.85 + tint.greenF() * 0.15,
                                  background.blueF() * 0.85 + tint.blueF() * 0.15);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, isError ? statusColor(Status::Error)
                                                   : QApplication::palette().color(QPalette::WindowText));
    banner_->setPalette(palette);
    banner_->setVisible(!text.isEmpty());
}

void DiagnosticsPage::copyReport()
{
    QApplication::clipboard()->setText(controller_->markdownReport());
    showBanner(tr("The report (Markdown, %n check(s)) is on the clipboard.", nullptr,
                  int(controller_->checks().size())),
               false);
}

bool DiagnosticsPage::saveReport(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == u"json")
        data = diagnostics::toJson(controller_->checks()).toJson(QJsonDocument::Indented);
    else if (suffix == u"md" || suffix == u"markdown")
        data = controller_->markdownReport().toUtf8();
    else
        data = diagnostics::toPlainText(controller_->checks()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        const QString why = file.errorString();
        if (error)
            *error = why;
        showBanner(tr("Could not save the report to %1: %2").arg(QDir::toNativeSeparators(path), why), true);
        return false;
    }
    showBanner(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void DiagnosticsPage::saveReportDialog()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the diagnostics report"),
                                                QDir::home().filePath(u"kinsight-diagnostics.md"_s),
                                                tr("Markdown (*.md);;JSON (*.json);;Plain text (*.txt)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(u"*.json"_s) ? u".json"_s : filter.contains(u"*.txt"_s) ? u".txt"_s : u".md"_s;
    saveReport(path);
}

QString DiagnosticsPage::verdictText() const
{
    return verdict_->text() + u'\n' + counts_->text();
}

QString DiagnosticsPage::helperText() const
{
    return helper_->text();
}

QString DiagnosticsPage::bannerText() const
{
    return banner_->isVisibleTo(this) ? banner_->text() : QString();
}

QString DiagnosticsPage::matrixInfoText() const
{
    return matrixInfo_->text();
}

QString DiagnosticsPage::matrixReasonText() const
{
    return matrixReason_->toPlainText();
}

}  // namespace kinsight::gui
