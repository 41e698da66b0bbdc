// What a one-application dashboard shows: an application (by the name the
// grouping rules give it), one process, a cgroup, or an inspected process tree
// (the group number of frames' per-tree counters, for Launch and inspect).
#pragma once

#include <QString>

namespace kinsight::apps::ui {

struct AppSubject {
    enum class Kind { None, Application, Process, Cgroup, Tree };

    Kind kind = Kind::None;
    QString key;    // application name, cgroup path, or the PID / tree group in decimal
    QString label;  // what the header says ("make", "nginx.service", "gcc (pid 4242)")

    bool isValid() const { return kind != Kind::None; }
    bool operator==(const AppSubject &o) const { return kind == o.kind && key == o.key; }

    static AppSubject application(const QString &name) { return {Kind::Application, name, name}; }
    static AppSubject process(quint32 pid, const QString &label)
    {
        return {Kind::Process, QString::number(pid), label};
    }
    static AppSubject cgroup(const QString &path, const QString &label) { return {Kind::Cgroup, path, label}; }
    static AppSubject tree(int group, const QString &label) { return {Kind::Tree, QString::number(group), label}; }
};

}  // namespace kinsight::apps::ui
