// Engine (Qt-free) -> wire types (backend): what a session measures and its samples.
#pragma once

#include "engine.h"
#include "frame.h"
#include "session_info.h"

namespace kinsight {

// `tables`: the module's keyed tables as the engine runs them (descriptor's when null).
ModuleInfo describeModule(const engine::ModuleDescriptor &descriptor, const engine::ModuleReport *report,
                          const std::vector<engine::KeyedTableDef> *tables = nullptr);
SessionInfo describeSession(const engine::Engine &engine, double intervalSeconds);
Frame toFrame(const engine::Snapshot &snapshot, quint64 sequence);

QString pidModeName(ks_pid_mode mode);

}  // namespace kinsight
