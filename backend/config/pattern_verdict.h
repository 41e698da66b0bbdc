// The answer of every filter in the pattern engine to "is this accepted, and
// which rule decided?", so a GUI pattern tester can highlight the deciding
// rule and the socket collector can log why a connection was dropped.
#pragma once

#include <QString>

namespace kinsight::config {

struct PatternVerdict {
    enum class Basis {
        Rule,          // a rule matched; ruleIndex says which
        NoRuleMatched, // rules exist but none matched: rejected
        EmptyList,     // nothing to match against (the filter's empty-list meaning applies)
        BadSubject,    // the tested text is not a port / address
    };

    bool accepted = false;
    Basis basis = Basis::NoRuleMatched;
    int ruleIndex = -1;  // index into the filter's rules() when basis == Rule
    QString explanation; // one sentence for people, e.g. "excluded by '!22' (rule 2)"
};

}  // namespace kinsight::config
