// How a session's StartSession arguments combine with the settings files.
//
// Each argument a client leaves at its "from the settings" value follows the
// files (ebpf.d.conf's [global] and [ebpf programs]); any other value is the
// client's and stays as it is:
//
//   argument        from the settings when   setting
//   modules         empty                    [ebpf programs] (those this build has a collector for)
//   load_mode       ""                       ebpf load mode
//   attach          ""                       ebpf co-re tracing (auto | trampoline | tracepoint | probe)
//   interval        0                        update every
//   pid_table_size  0                        pid table size (at least 64)
//   per_process     false                    apps (true: every process, whatever apps says)
//   cgroups         ""                       cgroups (yes: the unified hierarchy, else v1's memory controller)
//
// Settings no argument names always come from the files: the [syscalls]
// switches of sync.conf and shm.conf, and network.conf's [network connections]
// (whether the socket module's connection table is kept — both `network
// connections` in [ebpf programs] and `enabled` must say yes — and which
// destination ports and addresses it keeps). A session has one value of each
// session-wide setting for all its modules: a module file that overrides one
// of them is reported in the session's notes, and ebpf.d.conf's value applies.
//
// The result says, setting by setting, what the session runs with and where
// each value comes from (SessionInfo::settings), and is what the helper
// compares after a settings write to decide which sessions to restart.
#pragma once

#include "collector_session.h"
#include "start_request.h"

#include "config/effective_config.h"

#include <QString>

#include <optional>

namespace kinsight {

// nullopt with `error` (for InvalidArgs) when an argument is out of bounds or
// the settings leave the session nothing to measure.
std::optional<CollectorOptions> resolveSessionOptions(const StartArguments &request,
                                                      const config::EffectiveConfig &settings, QString *error);

}  // namespace kinsight
