// Which application a process belongs to. Without a rule, a process is its
// own executable's application ("make", "firefox"); rules merge names into one
// application ("compilers: cc1 cc1plus gcc* clang*"), in the spirit of
// Netdata's apps_groups.conf. The text form is what users edit and what is
// saved per user:
//
//     # comment
//     compilers: cc1 cc1plus gcc* g++* clang* ld ld.* as
//     browser: firefox* chromium* /opt/google/chrome/*
//
// A pattern is a shell glob (* ? [...]) matched against the task name and the
// executable's file name; a pattern with a '/' is matched against the whole
// executable path. The first rule with a matching pattern wins.
#pragma once

#include "frame.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace kinsight::apps {

struct AppRule {
    QString application;
    QStringList patterns;
    int line = 0;  // in the text it came from, for messages
};

class AppRules {
public:
    AppRules() = default;

    // Parses the text form; lines that cannot be read are skipped and described in `errors`
    // ("line 3: ...").
    static AppRules parse(const QString &text, QStringList *errors = nullptr);
    // Kinsight's defaults: build tools and a few well-known multi-process programs.
    static AppRules defaults();
    static QString defaultText();

    QString toText() const;
    const QList<AppRule> &rules() const { return rules_; }

    // The application of `process`: the first matching rule's, else its executable's name.
    QString applicationOf(const ProcessIdentity &process) const;
    // The rule (index into rules()) that decides `process`, or -1.
    int ruleFor(const ProcessIdentity &process) const;

    // The name of a process without rules: the executable's file name when known
    // (not cut at 15 characters), else the task name.
    static QString executableName(const ProcessIdentity &process);

private:
    struct Compiled {
        QRegularExpression regex;
        bool onPath = false;
    };
    QList<AppRule> rules_;
    QList<QList<Compiled>> compiled_;
};

}  // namespace kinsight::apps
