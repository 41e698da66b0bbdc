// The Settings page, offscreen, on the fixture settings and a fake service:
// the form is built from the schema with typed editors, a form edit changes
// exactly one line, the diff preview shows it, validation errors are shown in
// the text view and the form and block saving, saving reports success, polkit
// refusal and helper validation errors in words while keeping the edits, the
// pattern tester names the deciding rule, and the models pass
// QAbstractItemModelTester. Screenshots go to the build tree's screenshots/.
#include "diff_dialog.h"
#include "pattern_rule_model.h"
#include "pattern_tester.h"
#include "settings_diff.h"
#include "settings_file_model.h"
#include "settings_form.h"
#include "settings_page.h"
#include "settings_text_view.h"
#include "settings_workspace.h"
#include "ini_highlighter.h"

#include "config/config_validator.h"
#include "config/ini_document.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace kinsight;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

namespace {

QString fixtures()
{
    return QString::fromUtf8(KINSIGHT_SETTINGS_FIXTURES) + u"/etc-kinsight"_s;
}

class FakeSettings : public SettingsService {
public:
    enum class Mode { Accept, Deny, Invalid };
    Mode mode = Mode::Accept;
    QList<std::pair<QString, QByteArray>> writes;
    SettingsSnapshot snapshot = SettingsClient::readDirectly(fixtures());

    void read() override
    {
        snapshot.fromHelper = true;
        snapshot.directory = u"/etc/kinsight"_s;
        emit readFinished(snapshot);
    }
    void write(const QString &fileId, const QByteArray &content) override
    {
        writes.append({fileId, content});
        switch (mode) {
        case Mode::Accept:
            snapshot.files.insert(fileId, content);
            emit writeFinished(fileId, {}, {u"1 running session now measures with the new settings"_s});
            return;
        case Mode::Deny: {
            const QDBusError error(QDBusError::AccessDenied, u"not authorized for org.kinsight.configure"_s);
            emit writeFailed(fileId, SettingsClient::failureFor(error), SettingsClient::explainWriteFailure(error), {});
            return;
        }
        case Mode::Invalid: {
            const QDBusError error(QDBusError::InvalidArgs, u"ebpf.d.conf:3:22: error: not a number"_s);
            emit writeFailed(fileId, SettingsClient::failureFor(error), SettingsClient::explainWriteFailure(error),
                             error.message().split(u'\n'));
            return;
        }
        }
    }
};

// The changed lines between two texts: (removed, added) counts.
std::pair<int, int> changedLines(const QByteArray &before, const QByteArray &after)
{
    int removed = 0, added = 0;
    for (const DiffLine &line : diffLines(before, after)) {
        removed += line.kind == DiffLine::Kind::Removed;
        added += line.kind == DiffLine::Kind::Added;
    }
    return {removed, added};
}

void shoot(QWidget *widget, const QString &name)
{
    widget->resize(widget->size().expandedTo(QSize(1100, 720)));
    widget->show();
    QApplication::processEvents();
    const QString dir = QString::fromUtf8(KINSIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

}  // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeSettings> service;
    std::unique_ptr<SettingsPage> page;

private slots:
    void init()
    {
        service = std::make_unique<FakeSettings>();
        page = std::make_unique<SettingsPage>(service.get());
        page->setConfirmation([](DiffDialog &dialog) { return dialog.canSave(); });
        page->resize(1100, 720);
        page->reload();
    }
    void cleanup()
    {
        page.reset();
        service.reset();
    }

    void modelsAreWellBehaved()
    {
        QAbstractItemModelTester files(page->fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rules(page->tester()->rules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->tester()->portEdit()->setText(u"22"_s);
        page->workspace()->setValue(u"socket"_s, u"network connections"_s, u"ports"_s, u"!23 *"_s);
        page->workspace()->setValue(u"main"_s, u"ebpf programs"_s, u"vfs"_s, u"no"_s);
        page->reload();
        QCOMPARE(page->fileModel()->rowCount(), int(page->workspace()->fileIds().size()));
    }

    void formIsBuiltFromTheSchemaWithTypedEditors()
    {
        QCOMPARE(page->currentFile(), u"main"_s);
        SettingsForm *form = page->form();
        auto *mode = qobject_cast<QComboBox *>(form->editor(u"global"_s, u"ebpf load mode"_s));
        QVERIFY(mode);
        QCOMPARE(mode->currentData().toString(), u"entry"_s);
        auto *apps = qobject_cast<QCheckBox *>(form->editor(u"global"_s, u"apps"_s));
        QVERIFY(apps && apps->isTristate());
        QCOMPARE(apps->checkState(), Qt::Checked);
        auto *interval = qobject_cast<QSpinBox *>(form->editor(u"global"_s, u"update every"_s));
        QVERIFY(interval);
        QCOMPARE(interval->maximum(), 3600);
        QCOMPARE(interval->value(), 1);
        // Not set in the file: the spin box says what applies instead.
        auto *pids = qobject_cast<QSpinBox *>(form->editor(u"global"_s, u"pid table size"_s));
        QVERIFY(pids);
        QCOMPARE(pids->value(), pids->minimum());
        QVERIFY(pids->specialValueText().contains(u"32768"_s));
        QVERIFY(qobject_cast<QLineEdit *>(form->editor(u"global"_s, u"btf path"_s)));
        QVERIFY(qobject_cast<QCheckBox *>(form->editor(u"ebpf programs"_s, u"socket"_s)));
        // Origins and Netdata's defaults.
        QVERIFY2(form->originText(u"global"_s, u"update every"_s).contains(u"set in this file (line 5)"_s),
                 qPrintable(form->originText(u"global"_s, u"update every"_s)));
        QVERIFY2(form->originText(u"global"_s, u"update every"_s).contains(u"Netdata's default is 5"_s),
                 qPrintable(form->originText(u"global"_s, u"update every"_s)));
        QVERIFY(form->originText(u"global"_s, u"pid table size"_s).contains(u"Kinsight's default"_s));
        // Help is the option's explanation.
        QVERIFY(form->helpHtml(*config::OptionSchema::instance().find(u"global", u"apps"))
                    .contains(u"Per-application metrics"_s));

        // A module file: what it inherits from ebpf.d.conf.
        page->selectFile(u"socket"_s);
        QVERIFY2(form->originText(u"global"_s, u"update every"_s).contains(u"from ebpf.d.conf (line 5)"_s),
                 qPrintable(form->originText(u"global"_s, u"update every"_s)));
        QVERIFY(qobject_cast<QLineEdit *>(form->editor(u"network connections"_s, u"ports"_s)));
        QVERIFY(qobject_cast<QSpinBox *>(form->editor(u"global"_s, u"socket monitoring table size"_s)));
    }

    void formEditsChangeExactlyOneLine()
    {
        SettingsWorkspace *ws = page->workspace();
        SettingsForm *form = page->form();
        const QByteArray saved = ws->file(u"main"_s).saved;

        auto *mode = qobject_cast<QComboBox *>(form->editor(u"global"_s, u"ebpf load mode"_s));
        mode->setCurrentIndex(mode->findData(u"return"_s));
        QCOMPARE(changedLines(saved, ws->file(u"main"_s).current), std::pair(1, 1));
        QVERIFY(ws->file(u"main"_s).current.contains("    ebpf load mode = return\n"));
        mode->setCurrentIndex(mode->findData(u"entry"_s));
        QCOMPARE(ws->file(u"main"_s).current, saved);  // back to the same bytes
        QVERIFY(!ws->isModified(u"main"_s));

        auto *pids = qobject_cast<QSpinBox *>(form->editor(u"global"_s, u"pid table size"_s));
        pids->setValue(4096);
        QCOMPARE(changedLines(saved, ws->file(u"main"_s).current), std::pair(0, 1));
        QVERIFY(ws->file(u"main"_s).current.contains("    pid table size = 4096\n"));
        pids->setValue(pids->minimum());
        QCOMPARE(ws->file(u"main"_s).current, saved);

        auto *apps = qobject_cast<QCheckBox *>(form->editor(u"global"_s, u"apps"_s));
        apps->setCheckState(Qt::PartiallyChecked);  // not set: the line goes
        QCOMPARE(changedLines(saved, ws->file(u"main"_s).current), std::pair(1, 0));
        ws->revert(u"main"_s);
        QCOMPARE(apps->checkState(), Qt::Checked);

        // A CRLF module file keeps its line ends.
        page->selectFile(u"sync"_s);
        auto *msync = qobject_cast<QCheckBox *>(form->editor(u"syscalls"_s, u"msync"_s));
        QVERIFY(msync);
        QCOMPARE(msync->checkState(), Qt::Unchecked);
        msync->setCheckState(Qt::Checked);
        QCOMPARE(ws->file(u"sync"_s).current, QByteArray("[syscalls]\r\n    sync = yes\r\n    msync = yes\r\n"));

        // A pattern typed in the form.
        page->selectFile(u"socket"_s);
        auto *ports = qobject_cast<QLineEdit *>(form->editor(u"network connections"_s, u"ports"_s));
        QCOMPARE(ports->text(), u"!22 1-1024 *"_s);
        QTest::keyClicks(ports, u" !25"_s);
        QCOMPARE(changedLines(ws->file(u"socket"_s).saved, ws->file(u"socket"_s).current), std::pair(1, 1));
        QVERIFY(ws->file(u"socket"_s).current.contains("    ports = !22 1-1024 * !25\n"));
    }

    void diffPreviewShowsTheChange()
    {
        SettingsWorkspace *ws = page->workspace();
        ws->setValue(u"main"_s, u"global"_s, u"ebpf load mode"_s, u"return"_s);
        ws->setValue(u"sync"_s, u"syscalls"_s, u"fsync"_s, u"no"_s);
        DiffDialog dialog(*ws, ws->modifiedFiles());
        const QString text = dialog.diffText();
        QVERIFY2(text.contains(u"--- a/ebpf.d.conf\n+++ b/ebpf.d.conf\n@@ -1,6 +1,6 @@"_s), qPrintable(text));
        QVERIFY(text.contains(u"\n-    ebpf load mode = entry\n+    ebpf load mode = return\n"_s));
        QVERIFY(text.contains(u"--- a/ebpf.d/sync.conf"_s));
        QVERIFY(text.contains(u"\n+    fsync = no"_s));
        QVERIFY(dialog.canSave());
        QCOMPARE(unifiedDiff(u"x"_s, "a\nb\n", "a\nb\n"), u"--- a/x\n+++ b/x\n"_s);
        shoot(&dialog, u"settings-diff-preview.png"_s);
    }

    void validationErrorsAreShownAndBlockSaving()
    {
        SettingsWorkspace *ws = page->workspace();
        page->tabs()->setCurrentWidget(page->textView());
        QPlainTextEdit *editor = page->textView()->editor();
        QString text = editor->toPlainText();
        text.replace(u"update every = 1"_s, u"update every = soon"_s);
        editor->setPlainText(text);  // as if typed: the workspace follows the text view
        QVERIFY(ws->isModified(u"main"_s));
        QCOMPARE(ws->errorCount(u"main"_s), 1);
        QListWidget *findings = page->textView()->findings();
        QCOMPARE(findings->count(), 1);
        QVERIFY2(findings->item(0)->text().startsWith(u"Line 5, column 20: error:"_s),
                 qPrintable(findings->item(0)->text()));
        QVERIFY(!page->form()->problemText(u"global"_s, u"update every"_s).isEmpty());
        shoot(page.get(), u"settings-text-errors.png"_s);

        bool previewed = false;
        page->setConfirmation([&](DiffDialog &dialog) {
            previewed = true;
            return dialog.canSave();
        });
        page->requestSave();
        QVERIFY(previewed);
        QVERIFY(service->writes.isEmpty());
        QVERIFY(page->statusText().contains(u"fix the errors"_s));
        QVERIFY(ws->isModified(u"main"_s));

        // The finding takes the cursor to its place.
        page->textView()->goTo(5, 20);
        QCOMPARE(editor->textCursor().blockNumber(), 4);
        QCOMPARE(editor->textCursor().positionInBlock(), 19);
    }

    void saveGoesThroughTheServiceAndReports()
    {
        SettingsWorkspace *ws = page->workspace();
        ws->setValue(u"main"_s, u"global"_s, u"ebpf load mode"_s, u"return"_s);
        QSignalSpy done(page.get(), &SettingsPage::saveFinished);
        page->requestSave();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(service->writes.size(), 1);
        QCOMPARE(service->writes[0].first, u"main"_s);
        QVERIFY(service->writes[0].second.contains("ebpf load mode = return"));
        QVERIFY(!ws->isModified(u"main"_s));
        QVERIFY2(page->statusText().contains(u"Saved ebpf.d.conf. 1 running session now measures"_s),
                 qPrintable(page->statusText()));
    }

    void refusalsAreExplainedAndEditsKept()
    {
        SettingsWorkspace *ws = page->workspace();
        ws->setValue(u"main"_s, u"global"_s, u"update every"_s, u"2"_s);
        service->mode = FakeSettings::Mode::Deny;
        page->requestSave();
        QVERIFY2(page->statusText().contains(u"not allowed to change Kinsight's settings"_s),
                 qPrintable(page->statusText()));
        QVERIFY(page->statusText().contains(u"org.kinsight.configure"_s));
        QVERIFY(page->statusText().contains(u"edits of ebpf.d.conf are kept"_s));
        QVERIFY(ws->isModified(u"main"_s));
        shoot(page.get(), u"settings-refused.png"_s);

        service->mode = FakeSettings::Mode::Invalid;
        page->requestSave();
        QVERIFY(page->statusText().contains(u"found errors"_s));
        QCOMPARE(page->detailLines(), QStringList{u"ebpf.d.conf:3:22: error: not a number"_s});
        QVERIFY(ws->isModified(u"main"_s));
    }

    void revertAndRestoreDefaults()
    {
        SettingsWorkspace *ws = page->workspace();
        page->selectFile(u"socket"_s);
        page->restoreDefaultsOfCurrent();
        const QByteArray restored = ws->file(u"socket"_s).current;
        QVERIFY(!restored.contains(" = "));                  // every setting gone
        QVERIFY(restored.contains("# network.conf as Netdata ships it"));  // comments stay
        QVERIFY(restored.contains("[network connections]"));
        QCOMPARE(ws->effective().value(u"socket", u"network connections", u"ports")->value, u"*"_s);
        page->revertCurrent();
        QVERIFY(!ws->isModified(u"socket"_s));
    }

    void patternTesterNamesTheDecidingRule()
    {
        page->selectFile(u"socket"_s);
        page->tabs()->setCurrentWidget(page->tester());
        PatternTester *tester = page->tester();
        tester->portEdit()->setText(u"22"_s);
        QVERIFY2(tester->verdictText().startsWith(u"Dropped"_s), qPrintable(tester->verdictText()));
        PatternRuleModel *rules = tester->rules();
        const int port = rules->decidingRow(PatternRuleModel::List::Ports);
        QVERIFY(port >= 0);
        QCOMPARE(rules->index(port, PatternRuleModel::RuleColumn).data().toString(), u"!22"_s);

        tester->portEdit()->setText(u"443"_s);
        tester->addressEdit()->setText(u"10.1.2.3"_s);
        QVERIFY(tester->verdictText().startsWith(u"Dropped"_s));
        const int address = rules->decidingRow(PatternRuleModel::List::Ips);
        QCOMPARE(rules->index(address, PatternRuleModel::RuleColumn).data().toString(), u"!10.1.0.0/16"_s);
        QVERIFY(tester->explanationText().contains(u"Address 10.1.2.3"_s));

        tester->addressEdit()->setText(u"10.9.0.1"_s);
        tester->hostnameEdit()->setText(u"ads.example.com"_s);
        QVERIFY2(tester->verdictText().startsWith(u"Kept"_s), qPrintable(tester->verdictText()));
        QVERIFY(tester->explanationText().contains(u"not applied"_s));  // resolve hostnames = no
        shoot(page.get(), u"settings-pattern-tester.png"_s);

        // The tester follows edits before they are saved.
        page->workspace()->setValue(u"socket"_s, u"network connections"_s, u"ips"_s, u"!10.9.0.0/16 *"_s);
        QVERIFY(tester->verdictText().startsWith(u"Dropped"_s));
    }

    void keyboardReachesEveryEditor()
    {
        page->show();
        QApplication::processEvents();
        SettingsForm *form = page->form();
        for (const QString &key : {u"ebpf load mode"_s, u"apps"_s, u"update every"_s, u"btf path"_s}) {
            QWidget *editor = form->editor(u"global"_s, key);
            QVERIFY(editor->focusPolicy() & Qt::TabFocus);
            QVERIFY(!editor->accessibleName().isEmpty());
        }
        // Tab walks from one option to the next; the help follows the focus.
        QWidget *first = form->editor(u"global"_s, u"ebpf load mode"_s);
        first->setFocus();
        QApplication::processEvents();
        QVERIFY(form->help()->toPlainText().contains(u"ebpf load mode"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // its Reset button
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // the next option
        QCOMPARE(QApplication::focusWidget(), form->editor(u"global"_s, u"apps"_s));
        QVERIFY(form->help()->toPlainText().contains(u"Per-application metrics"_s));
        // Ctrl+S opens the preview.
        page->workspace()->setValue(u"main"_s, u"global"_s, u"apps"_s, u"no"_s);
        bool previewed = false;
        page->setConfirmation([&](DiffDialog &) { return previewed = true, false; });
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
        QVERIFY(previewed);
    }

    // The config corpus through the text view: showing a file never changes it,
    // and its text gives back the same bytes (byte-order mark and CRLF kept)
    // whenever the file is valid UTF-8 with one kind of line end.
    void textViewRoundTripsTheCorpus()
    {
        const QDir corpus(QString::fromUtf8(KINSIGHT_SETTINGS_FIXTURES) + u"/../../config/fixtures"_s);
        QDirIterator it(corpus.path(), {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            SettingsTextView view;
            QSignalSpy edited(&view, &SettingsTextView::edited);
            view.setContent(bytes, {});
            QCOMPARE(edited.count(), 0);
            const bool uniformEnds = bytes.count("\r\n") == 0 || bytes.count("\r\n") == bytes.count('\n');
            const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
            const bool noLoneCarriageReturn = bytes.count('\r') == bytes.count("\r\n");
            if (uniformEnds && utf8 && noLoneCarriageReturn) {
                QCOMPARE(view.bytes(), bytes);
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }

    // The raw text view colours what Netdata reads (section, key, value,
    // comment) and underlines the validator's finding at its line and column
    // in the error colour.
    void textViewColoursAndUnderlinesFindings()
    {
        const QByteArray bytes = "[global]\n    update every = soon\n# a comment\n";
        const config::ConfigValidator validator;
        const QList<config::Diagnostic> findings =
            validator.validate(config::IniDocument::parse(bytes), config::FileRole::main(), u"ebpf.d.conf"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, 2);
        QCOMPARE(findings.first().column, 20);
        SettingsTextView view;
        view.setContent(bytes, findings);
        QCoreApplication::processEvents();
        const QTextDocument *document = view.editor()->document();
        auto formatAt = [&](int block, int column) {
            for (const QTextLayout::FormatRange &range : document->findBlockByNumber(block).layout()->formats())
                if (column >= range.start && column < range.start + range.length)
                    return range.format;
            return QTextCharFormat();
        };
        QCOMPARE(formatAt(0, 1).fontWeight(), int(QFont::Bold));           // [global]
        QVERIFY(formatAt(2, 3).fontItalic());                               // # a comment
        QVERIFY(formatAt(1, 4).foreground() != formatAt(1, 19).foreground());  // key and value differ
        QCOMPARE(formatAt(1, 4).underlineStyle(), QTextCharFormat::NoUnderline);  // the key is fine
        const QTextCharFormat error = formatAt(1, 19);                      // "soon", column 20
        QVERIFY(error.underlineStyle() != QTextCharFormat::NoUnderline);
        QCOMPARE(error.underlineColor(), IniHighlighter::severityColor(config::Severity::Error));
    }

    void screenshots()
    {
        shoot(page.get(), u"settings-form-main.png"_s);
        page->selectFile(u"socket"_s);
        page->form()->editor(u"network connections"_s, u"ports"_s)->setFocus();
        qobject_cast<QLineEdit *>(page->form()->editor(u"network connections"_s, u"ports"_s))->setText(u"!22 *"_s);
        page->workspace()->setValue(u"socket"_s, u"network connections"_s, u"ports"_s, u"!22 *"_s);
        shoot(page.get(), u"settings-form-network.png"_s);
        page->selectFile(u"cachestat"_s);
        shoot(page.get(), u"settings-form-module-off.png"_s);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
