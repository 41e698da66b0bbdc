// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Keeps the `tracked` map, shared with every module, equal to the set of live
 * processes of each inspected tree: a tracked parent's new process joins its
 * tree, a process leaves when it is released, and a tree's root starts counting
 * at its exec. The engine arms the root; the kernel does the rest, so no process
 * is missed between two reads.
 */
#define __KINSIGHT_BPF__ 1
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "kinsight_abi.h"

char LICENSE[] SEC("license") = "GPL";

const volatile struct ks_config ks_cfg = {};

#define KS_CLONE_THREAD 0x00010000

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 32768);
	__type(key, __u32);
	__type(value, struct ks_tracked);
} tracked SEC(".maps");

/* The modules' ks_cgroup_filter (kinsight.bpf.h), shared through the engine. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, __u32);
} ks_cgroup_filter SEC(".maps");

/* Live processes of each tree: the engine knows a tree is finished when it reaches 0. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KS_MAX_GROUPS);
	__type(key, __u32);
	__type(value, __s64);
} group_live SEC(".maps");

/* Processes a full `tracked` map could not take (the tree is then incomplete). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KS_MAX_GROUPS);
	__type(key, __u32);
	__type(value, __u64);
} group_overflow SEC(".maps");

static __always_inline void on_new_task(__u32 parent_tgid, __u32 child_pid, __u64 clone_flags)
{
	struct ks_tracked *parent;
	__s64 *live;

	if (clone_flags & KS_CLONE_THREAD)
		return;
	parent = bpf_map_lookup_elem(&tracked, &parent_tgid);
	if (!parent)
		return;
	struct ks_tracked child = *parent;
	__u32 group = child.group;
	if (group >= KS_MAX_GROUPS)
		return;
	if (bpf_map_update_elem(&tracked, &child_pid, &child, BPF_NOEXIST) != 0) {
		__u64 *overflow = bpf_map_lookup_elem(&group_overflow, &group);
		if (overflow)
			__sync_fetch_and_add(overflow, 1);
		return;
	}
	live = bpf_map_lookup_elem(&group_live, &group);
	if (live)
		__sync_fetch_and_add(live, 1);
}

static __always_inline void on_exec(__u32 tgid)
{
	struct ks_tracked *t = bpf_map_lookup_elem(&tracked, &tgid);

	if (t && t->state == KS_TRACK_PENDING_EXEC)
		t->state = KS_TRACK_ACTIVE;
}

static __always_inline void on_process_released(__u32 tgid)
{
	struct ks_tracked *t = bpf_map_lookup_elem(&tracked, &tgid);
	__u32 group;
	__s64 *live;

	if (!t)
		return;
	group = t->group;
	if (bpf_map_delete_elem(&tracked, &tgid) != 0 || group >= KS_MAX_GROUPS)
		return;
	live = bpf_map_lookup_elem(&group_live, &group);
	if (live)
		__sync_fetch_and_add(live, -1);
}

/* task_newtask runs inside copy_process for the new task, before it can run. */
SEC("?tp_btf/task_newtask")
int BPF_PROG(tracking_newtask__tp_btf, struct task_struct *task, u64 clone_flags)
{
	on_new_task(bpf_get_current_pid_tgid() >> 32, task->pid, clone_flags);
	return 0;
}

SEC("?raw_tp/task_newtask")
int BPF_PROG(tracking_newtask__raw_tp, struct task_struct *task, u64 clone_flags)
{
	on_new_task(bpf_get_current_pid_tgid() >> 32, BPF_CORE_READ(task, pid), clone_flags);
	return 0;
}

SEC("?tracepoint/task/task_newtask")
int tracking_newtask__tracepoint(struct trace_event_raw_task_newtask *ctx)
{
	on_new_task(bpf_get_current_pid_tgid() >> 32, ctx->pid, ctx->clone_flags);
	return 0;
}

SEC("?tp_btf/sched_process_exec")
int BPF_PROG(tracking_exec__tp_btf, struct task_struct *p)
{
	on_exec(bpf_get_current_pid_tgid() >> 32);
	return 0;
}

SEC("?raw_tp/sched_process_exec")
int BPF_PROG(tracking_exec__raw_tp, struct task_struct *p)
{
	on_exec(bpf_get_current_pid_tgid() >> 32);
	return 0;
}

SEC("?tracepoint/sched/sched_process_exec")
int tracking_exec__tracepoint(void *ctx)
{
	on_exec(bpf_get_current_pid_tgid() >> 32);
	return 0;
}

static __always_inline void on_task_released(struct task_struct *p)
{
	if (BPF_CORE_READ(p, group_leader) == p)
		on_process_released(BPF_CORE_READ(p, tgid));
}

SEC("?fentry/release_task")
int BPF_PROG(tracking_release__fentry, struct task_struct *p)
{
	on_task_released(p);
	return 0;
}

SEC("?tp_btf/sched_process_free")
int BPF_PROG(tracking_release__tp_btf, struct task_struct *p)
{
	on_task_released(p);
	return 0;
}

SEC("?raw_tp/sched_process_free")
int BPF_PROG(tracking_release__raw_tp, struct task_struct *p)
{
	on_task_released(p);
	return 0;
}

/* The classic record carries only the tid; a tracked key is always a leader's tgid. */
SEC("?tracepoint/sched/sched_process_free")
int tracking_release__tracepoint(struct trace_event_raw_sched_process_template *ctx)
{
	on_process_released(ctx->pid);
	return 0;
}

SEC("?kprobe/release_task")
int BPF_KPROBE(tracking_release__kprobe, struct task_struct *p)
{
	on_task_released(p);
	return 0;
}

/*
 * A cgroup created below an inspected one joins its group before any task can
 * be moved into it, so nothing its tasks do is missed between two engine reads.
 * cgroup_mkdir fires for every hierarchy and kernfs ids are unique only within
 * one, so the new cgroup must be in the filter's hierarchy: the unified one has
 * hierarchy id 0, a v1 one is recognised by its controller.
 */
static __always_inline bool in_filter_hierarchy(struct cgroup *cgrp)
{
	int hierarchy = BPF_CORE_READ(cgrp, root, hierarchy_id);
	struct cgroup_subsys_state *css = NULL;
	__u32 subsys = ks_cfg.cgroup_subsys;

	if (ks_cfg.filter_source == KS_CGROUP_V2)
		return hierarchy == 0;
	if (ks_cfg.filter_source != KS_CGROUP_V1 || hierarchy == 0 || subsys >= CGROUP_SUBSYS_COUNT)
		return false;
	bpf_core_read(&css, sizeof(css), &cgrp->subsys[subsys]);
	return css != NULL;
}

static __always_inline void on_cgroup_mkdir(struct cgroup *cgrp)
{
	__u64 parent_id, id;
	__u32 *group, g;

	if (!in_filter_hierarchy(cgrp))
		return;
	parent_id = BPF_CORE_READ(cgrp, self.parent, cgroup, kn, id);
	group = bpf_map_lookup_elem(&ks_cgroup_filter, &parent_id);
	if (!group)
		return;
	g = *group;
	id = BPF_CORE_READ(cgrp, kn, id);
	/* -EEXIST: the engine's own walk of the subtree got there first. */
	if (bpf_map_update_elem(&ks_cgroup_filter, &id, &g, BPF_NOEXIST) == -7 /* E2BIG */ && g < KS_MAX_GROUPS) {
		/* The filter is full: the group misses this cgroup's tasks. */
		__u64 *overflow = bpf_map_lookup_elem(&group_overflow, &g);
		if (overflow)
			__sync_fetch_and_add(overflow, 1);
	}
}

SEC("?tp_btf/cgroup_mkdir")
int BPF_PROG(tracking_cgroup_mkdir__tp_btf, struct cgroup *cgrp, const char *path)
{
	on_cgroup_mkdir(cgrp);
	return 0;
}

SEC("?raw_tp/cgroup_mkdir")
int BPF_PROG(tracking_cgroup_mkdir__raw_tp, struct cgroup *cgrp, const char *path)
{
	on_cgroup_mkdir(cgrp);
	return 0;
}

/* Kernfs ids are not reused, so a removed cgroup's entry would only take room. */
static __always_inline void on_cgroup_rmdir(struct cgroup *cgrp)
{
	__u64 id;

	if (!in_filter_hierarchy(cgrp))
		return;
	id = BPF_CORE_READ(cgrp, kn, id);
	bpf_map_delete_elem(&ks_cgroup_filter, &id);
}

SEC("?tp_btf/cgroup_rmdir")
int BPF_PROG(tracking_cgroup_rmdir__tp_btf, struct cgroup *cgrp, const char *path)
{
	on_cgroup_rmdir(cgrp);
	return 0;
}

SEC("?raw_tp/cgroup_rmdir")
int BPF_PROG(tracking_cgroup_rmdir__raw_tp, struct cgroup *cgrp, const char *path)
{
	on_cgroup_rmdir(cgrp);
	return 0;
}
