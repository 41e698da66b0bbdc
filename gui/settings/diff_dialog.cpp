#include "diff_dialog.h"

#include "settings_diff.h"
#include "settings_workspace.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

// Removed lines red, added lines green, hunk and file headers blue.
class DiffHighlighter : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(u"+++") || text.startsWith(u"---") || text.startsWith(u"@@")) {
            format.setForeground(QColor(0x1a, 0x5f, 0xb4));
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u'+')) {
            format.setBackground(QColor(0xdf, 0xf5, 0xe3));
            format.setForeground(QColor(0x14, 0x5a, 0x2a));
        } else if (text.startsWith(u'-')) {
            format.setBackground(QColor(0xfc, 0xe8, 0xe6));
            format.setForeground(QColor(0x8f, 0x14, 0x1d));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

}  // namespace

DiffDialog::DiffDialog(const SettingsWorkspace &workspace, const QStringList &fileIds, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Review changes before saving"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    view_ = new QPlainTextEdit(this);
    view_->setReadOnly(true);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setAccessibleName(tr("Changes to save"));
    new DiffHighlighter(view_->document());

    QStringList text;
    QStringList blocked;
    int added = 0, removed = 0;
    for (const QString &id : fileIds) {
        const SettingsWorkspace::File &file = workspace.file(id);
        text.append(unifiedDiff(file.relativePath, file.saved, file.current));
        for (const DiffLine &line : diffLines(file.saved, file.current)) {
            added += line.kind == DiffLine::Kind::Added;
            removed += line.kind == DiffLine::Kind::Removed;
        }
        if (const int errors = workspace.errorCount(id); errors > 0)
            blocked.append(tr("%1 has %n error(s)", nullptr, errors).arg(file.relativePath));
    }
    view_->setPlainText(text.join(u'\n'));
    canSave_ = blocked.isEmpty() && !fileIds.isEmpty();
    QString summary = tr("%n file(s) in %1 change: ", nullptr, int(fileIds.size())).arg(workspace.snapshot().directory)
                      + tr("%n line(s) added, ", nullptr, added) + tr("%n removed.", nullptr, removed);
    if (!blocked.isEmpty())
        summary += u' ' + tr("Not possible yet: %1. Fix them in the Text view.").arg(blocked.join(u"; "_s));
    else
        summary += u' ' + tr("Saving asks kinsight-helper to write them (you may be asked to authenticate); "
                              "the previous version of each file is kept as .bak, and running sessions apply "
                              "the change at once.");
    summary_->setText(summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    save_ = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save_->setEnabled(canSave_);
    save_->setDefault(canSave_);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString DiffDialog::diffText() const
{
    return view_->toPlainText();
}

}  // namespace kinsight::gui
