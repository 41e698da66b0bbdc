// Netdata simple patterns: words separated by white space, '*' matches any run
// of characters (any number of times in a word), a leading '!' makes a word
// negative, and a backslash before white space keeps it inside the word.
//
// Two evaluation orders exist in Netdata and both are offered:
//  - FirstMatchWins (libnetdata simple_pattern): words are tried left to right,
//    the first positive or negative match decides, no match rejects; an empty
//    pattern matches nothing.
//  - ExclusionsFirst (network.conf "hostnames"): every word is its own pattern
//    in an include or an exclude list; any exclude match rejects, else any
//    include match accepts, else reject; an empty list accepts everything.
#pragma once

#include "config/config_diagnostic.h"
#include "config/pattern_verdict.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kinsight::config {

class SimplePattern {
public:
    enum class Evaluation { FirstMatchWins, ExclusionsFirst };

    struct Rule {
        QString text;       // as written, including '!' and escapes
        QString glob;       // without '!' and with escapes resolved
        bool negative = false;
        int offset = 0;     // position of the word in the pattern text
        int length = 0;
    };

    SimplePattern() = default;
    static SimplePattern parse(QStringView text, Evaluation evaluation = Evaluation::FirstMatchWins,
                               Qt::CaseSensitivity sensitivity = Qt::CaseSensitive);

    const QList<Rule> &rules() const { return rules_; }
    const QList<ValueIssue> &issues() const { return issues_; }
    Evaluation evaluation() const { return evaluation_; }

    PatternVerdict decide(QStringView subject) const;
    bool matches(QStringView subject) const { return decide(subject).accepted; }

    // '*'-only glob match, iterative (no recursion on hostile input).
    static bool globMatches(QStringView glob, QStringView subject, Qt::CaseSensitivity sensitivity);

private:
    QList<Rule> rules_;
    QList<ValueIssue> issues_;
    Evaluation evaluation_ = Evaluation::FirstMatchWins;
    Qt::CaseSensitivity sensitivity_ = Qt::CaseSensitive;
};

}  // namespace kinsight::config
