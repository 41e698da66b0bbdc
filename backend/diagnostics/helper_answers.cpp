#include "helper_answers.h"

#include "diagnostics.h"

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

SystemSnapshot withHelperAnswers(const SystemSnapshot &base, const HelperAnswers &answers)
{
    SystemSnapshot effective = base;
    if (answers.inputs) {
        if (!effective.lockdown && answers.inputs->lockdown)
            effective.lockdown = answers.inputs->lockdown;
        // The helper's reading is the one whose note is shown (bounded to the
        // last denials about BPF), so it is also the one counted: a root
        // process reading the whole log itself would otherwise report other
        // numbers than the page does.
        if (answers.inputs->auditLines)
            effective.auditLog = answers.inputs->auditLines;
    }
    if (answers.attach && answers.attach->btf)
        effective.attachMatrix = answers.attach->matrix;
    return effective;
}

QList<Check> runChecks(const SystemSnapshot &base, const HelperAnswers &answers)
{
    QList<Check> checks = runChecks(withHelperAnswers(base, answers));
    const QString &reader = answers.reader;
    for (Check &check : checks) {
        if (answers.inputs && check.id == u"lockdown" && check.status == Status::Unknown && !answers.inputs->lockdown) {
            check.needsHelper.clear();
            check.summary += u" (%1: %2)"_s.arg(reader, answers.inputs->lockdownNote);
        }
        if (answers.inputs && check.id == u"selinux" && !answers.inputs->auditNote.isEmpty()) {
            if (check.status == Status::Unknown && !answers.inputs->auditLines) {
                check.needsHelper.clear();
                check.summary += u" (%1: %2)"_s.arg(reader, answers.inputs->auditNote);
            } else {
                check.explanation += u"\n%1 read the audit log: %2."_s.arg(reader, answers.inputs->auditNote);
            }
        }
        if (answers.attach && answers.attach->btf && check.id.startsWith(u"attach:")
            && check.status == Status::Unknown)
            check.needsHelper.clear();  // the helper has answered: a module it did not report is not built in
        if (answers.attach && !answers.attach->btf && check.id == u"attach") {
            // Without BTF the helper loads nothing, so there is no matrix to wait for.
            check.status = Status::Error;
            check.needsHelper.clear();
            check.summary = u"%1 cannot load any module on this kernel: no usable BTF (%2)"_s.arg(
                reader, answers.attach->btfError);
            check.fix = u"See the BTF check above."_s;
        }
    }
    return checks;
}

}  // namespace kinsight::diagnostics
