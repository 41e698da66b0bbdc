#include "cgroup_directory.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kinsight::engine {

std::optional<std::string> CgroupDirectory::findMount(bool v2, const std::string &controller,
                                                      const std::string &mountinfo)
{
    std::ifstream in(mountinfo);
    std::string line;
    while (std::getline(in, line)) {
        // id parent major:minor root mountpoint options [optional fields] - fstype source superoptions
        const auto dash = line.find(" - ");
        if (dash == std::string::npos)
            continue;
        std::istringstream head(line.substr(0, dash)), tail(line.substr(dash + 3));
        std::string id, parent, dev, root, mountPoint, fstype, source, superOptions;
        head >> id >> parent >> dev >> root >> mountPoint;
        tail >> fstype >> source >> superOptions;
        if (v2 && fstype == "cgroup2")
            return mountPoint;
        if (!v2 && fstype == "cgroup") {
            std::istringstream opts(superOptions);
            std::string opt;
            while (std::getline(opts, opt, ','))
                if (opt == controller)
                    return mountPoint;
        }
    }
    return std::nullopt;
}

void CgroupDirectory::walk()
{
    lastWalk_ = std::chrono::steady_clock::now();
    paths_.clear();
    std::error_code ec;
    struct stat st {};
    // A cgroup's kernfs id is its directory's inode number.
    if (stat(root_.c_str(), &st) == 0)
        paths_[st.st_ino] = "/";
    for (auto it = std::filesystem::recursive_directory_iterator(
             root_, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_directory(ec) || it->is_symlink(ec))
            continue;
        if (stat(it->path().c_str(), &st) == 0)
            paths_[st.st_ino] = "/" + std::filesystem::relative(it->path(), root_, ec).string();
    }
}

std::string CgroupDirectory::pathOf(uint64_t id)
{
    auto it = paths_.find(id);
    if (it != paths_.end())
        return it->second;
    if (std::chrono::steady_clock::now() - lastWalk_ < std::chrono::seconds(1))
        return "#" + std::to_string(id);  // new since the last walk: named at the next one
    walk();
    it = paths_.find(id);
    return it == paths_.end() ? std::string() : it->second;
}

}  // namespace kinsight::engine
