#include "simple_pattern.h"

#include "config/ini_document.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

bool sameChar(QChar a, QChar b, Qt::CaseSensitivity sensitivity)
{
    return sensitivity == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
}

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

}  // namespace

SimplePattern SimplePattern::parse(QStringView text, Evaluation evaluation, Qt::CaseSensitivity sensitivity)
{
    SimplePattern pattern;
    pattern.evaluation_ = evaluation;
    pattern.sensitivity_ = sensitivity;

    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isNetdataSpace(text.at(i)))
            ++i;
        if (i >= text.size())
            break;
        Rule rule;
        rule.offset = int(i);
        QString word;
        while (i < text.size() && !isNetdataSpace(text.at(i))) {
            if (text.at(i) == u'\\' && i + 1 < text.size() && isNetdataSpace(text.at(i + 1))) {
                word += text.at(i + 1);
                i += 2;
                continue;
            }
            word += text.at(i);
            ++i;
        }
        rule.length = int(i) - rule.offset;
        rule.text = text.mid(rule.offset, rule.length).toString();
        rule.negative = word.startsWith(u'!');
        rule.glob = rule.negative ? word.mid(1) : word;
        if (rule.negative && rule.glob.isEmpty()) {
            pattern.issues_.append({rule.offset, rule.length, Severity::Error, u"empty-negation"_s,
                                    u"'!' must be followed by a pattern, e.g. '!*.example.com'"_s});
            continue;
        }
        pattern.rules_.append(rule);
    }

    // Rules that can never decide anything are almost always a mistake in the order.
    int catchAll = -1;
    for (int r = 0; r < pattern.rules_.size(); ++r) {
        const Rule &rule = pattern.rules_.at(r);
        if (evaluation == Evaluation::FirstMatchWins && catchAll >= 0) {
            pattern.issues_.append({rule.offset, rule.length, Severity::Warning, u"unreachable-rule"_s,
                                    quoted(rule.text) + u" is never used: "_s
                                        + quoted(pattern.rules_.at(catchAll).text)
                                        + u" before it already matches everything (the first match wins)"_s});
        }
        if (catchAll < 0 && rule.glob == u"*")
            catchAll = r;
    }
    if (evaluation == Evaluation::ExclusionsFirst && !pattern.rules_.isEmpty()) {
        bool anyPositive = false;
        for (const Rule &rule : std::as_const(pattern.rules_))
            anyPositive = anyPositive || !rule.negative;
        if (!anyPositive) {
            pattern.issues_.append({0, int(text.size()), Severity::Warning, u"only-exclusions"_s,
                                    u"only exclusions: nothing is accepted when no rule includes it; add '*' at the end to accept everything else"_s});
        }
    }
    return pattern;
}

bool SimplePattern::globMatches(QStringView glob, QStringView subject, Qt::CaseSensitivity sensitivity)
{
    qsizetype g = 0;
    qsizetype s = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (s < subject.size()) {
        if (g < glob.size() && glob.at(g) == u'*') {
            starAt = g++;
            resumeAt = s;
        } else if (g < glob.size() && sameChar(glob.at(g), subject.at(s), sensitivity)) {
            ++g;
            ++s;
        } else if (starAt >= 0) {
            g = starAt + 1;
            s = ++resumeAt;
        } else {
            return false;
        }
    }
    while (g < glob.size() && glob.at(g) == u'*')
        ++g;
    return g == glob.size();
}

PatternVerdict SimplePattern::decide(QStringView subject) const
{
    PatternVerdict verdict;
    if (rules_.isEmpty()) {
        verdict.basis = PatternVerdict::Basis::EmptyList;
        verdict.accepted = evaluation_ == Evaluation::ExclusionsFirst;
        verdict.explanation = verdict.accepted ? u"the list is empty, so everything is accepted"_s
                                               : u"the pattern is empty, so nothing matches"_s;
        return verdict;
    }
    auto decideBy = [&](int index) {
        const Rule &rule = rules_.at(index);
        verdict.basis = PatternVerdict::Basis::Rule;
        verdict.ruleIndex = index;
        verdict.accepted = !rule.negative;
        verdict.explanation = (rule.negative ? u"rejected by "_s : u"accepted by "_s) + quoted(rule.text)
                              + u" (rule "_s + QString::number(index + 1) + u')';
        return verdict;
    };
    if (evaluation_ == Evaluation::FirstMatchWins) {
        for (int i = 0; i < rules_.size(); ++i) {
            if (globMatches(rules_.at(i).glob, subject, sensitivity_))
                return decideBy(i);
        }
    } else {
        for (bool negativePass : {true, false}) {
            for (int i = 0; i < rules_.size(); ++i) {
                if (rules_.at(i).negative == negativePass && globMatches(rules_.at(i).glob, subject, sensitivity_))
                    return decideBy(i);
            }
        }
    }
    verdict.basis = PatternVerdict::Basis::NoRuleMatched;
    verdict.accepted = false;
    verdict.explanation = u"no rule matches, so it is rejected"_s;
    return verdict;
}

}  // namespace kinsight::config
