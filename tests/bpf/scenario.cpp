#include "scenario.h"

#include <fcntl.h>
#include <unistd.h>

namespace kinsight::exactness {

namespace {
std::vector<Scenario> &registry()
{
    static std::vector<Scenario> all;
    return all;
}
}  // namespace

bool registerScenario(Scenario scenario)
{
    registry().push_back(std::move(scenario));
    return true;
}

const std::vector<Scenario> &scenarios()
{
    return registry();
}

std::optional<engine::Family> ScenarioContext::family(const std::string &module, const std::string &hook) const
{
    for (const auto &report : engine->reports())
        if (report.module == module)
            for (const auto &h : report.hooks)
                if (h.hook == hook && h.kind)
                    return engine::familyOf(*h.kind);
    return std::nullopt;
}

const engine::ModuleSnapshot *SystemContext::module(const engine::Snapshot &snap, const std::string &name) const
{
    for (const auto &m : snap.modules)
        if (m.module == name)
            return &m;
    return nullptr;
}

const engine::ModuleReport *SystemContext::report(const std::string &module) const
{
    if (!engine)
        return nullptr;
    for (const auto &r : engine->reports())
        if (r.module == module)
            return &r;
    return nullptr;
}

std::optional<engine::Family> SystemContext::family(const std::string &module, const std::string &hook) const
{
    return engine ? ScenarioContext{returnMode, engine}.family(module, hook) : std::nullopt;
}

const engine::KeyedRow *SystemContext::row(const engine::Snapshot &snap, const std::string &module,
                                           const std::string &table, const std::string &label) const
{
    const engine::ModuleSnapshot *m = engine ? this->module(snap, module) : nullptr;
    if (!m)
        return nullptr;
    auto it = m->keyed.find(table);
    if (it == m->keyed.end())
        return nullptr;
    for (const auto &r : it->second)
        if (r.label == label)
            return &r;
    return nullptr;
}

bool writeFile(const std::string &path, long size)
{
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    std::vector<char> block(65536, 'k');
    for (long left = size; left > 0;) {
        long n = std::min<long>(left, long(block.size()));
        if (write(fd, block.data(), size_t(n)) != n) {
            close(fd);
            return false;
        }
        left -= n;
    }
    return close(fd) == 0;
}

}  // namespace kinsight::exactness
