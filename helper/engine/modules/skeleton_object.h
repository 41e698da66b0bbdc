// Opens a module's object through its bpftool-generated skeleton, which embeds
// the compiled BPF ELF in the binary and gives typed access to .rodata.
#pragma once

#include "../module_descriptor.h"
#include "kinsight_abi.h"

namespace kinsight::engine {

template <class Skeleton>
OpenedObject openSkeleton()
{
    Skeleton *skel = Skeleton::open();
    if (!skel)
        return {};
    return OpenedObject{
        skel->obj,
        [skel](const ks_config &config) { skel->rodata->ks_cfg = config; },
        [skel] { Skeleton::destroy(skel); },
    };
}

}  // namespace kinsight::engine
