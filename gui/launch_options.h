// kinsight's command line: a live session (the default) or a recording to replay.
#pragma once

#include "stream_source.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kinsight::gui {

struct LaunchOptions {
    SessionRequest request;  // for a live session
    QString replayPath;      // non-empty: replay this recording instead
    double replaySpeed = 0;  // frames per second; 0 = all at once

    static SessionRequest defaultRequest();
};

class LaunchParser {
    Q_DECLARE_TR_FUNCTIONS(LaunchParser)
public:
    enum class Result { Ok, Error, HelpShown, VersionShown };

    // Parses `arguments` (arguments[0] is the program); on Error, `message` says why.
    static Result parse(const QStringList &arguments, LaunchOptions *options, QString *message);
};

}  // namespace kinsight::gui
