// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * oomkill: OOM victims, counted for the victim's process and cgroup (not for
 * the process whose allocation invoked the OOM killer). The victim is alive
 * when it is marked, so its row is created here if need be; when it is
 * released, the shared release programs fold the row into its tree's totals
 * and hand its final counters to user space, so the kill outlives the process.
 */
#include "oomkill.h"
#define KS_COUNTERS OOMKILL_COUNTERS
#include "kinsight.bpf.h"

/* The victim's cgroup, found as ks_current_cgroup() finds the current task's. */
static __always_inline __u64 task_cgroup(struct task_struct *task)
{
	struct css_set *cset = BPF_CORE_READ(task, cgroups);
	struct cgroup_subsys_state *css = NULL;
	__u32 subsys = ks_cfg.cgroup_subsys;

	if (!cset)
		return 0;
	if (ks_cfg.cgroup_source == KS_CGROUP_V2)
		return BPF_CORE_READ(cset, dfl_cgrp, kn, id);
	if (subsys >= CGROUP_SUBSYS_COUNT)
		return 0;
	bpf_core_read(&css, sizeof(css), &cset->subsys[subsys]);
	return css ? BPF_CORE_READ(css, cgroup, kn, id) : 0;
}

/* ks_add_for counts for the current task's cgroup only, which is the victim's
 * when the victim invoked the OOM killer itself; otherwise it is counted here. */
static __always_inline void count_victim_cgroup(struct task_struct *task, __u32 tgid)
{
	struct ks_counters *row;
	__u64 id;

	if (ks_cfg.cgroup_source == KS_CGROUP_OFF || tgid == ks_current_tgid())
		return;
	id = task_cgroup(task);
	if (!id)
		return;
	row = bpf_map_lookup_elem(&ks_cgroups, &id);
	if (!row) {
		struct ks_counters fresh = {};
		if (bpf_map_update_elem(&ks_cgroups, &id, &fresh, BPF_NOEXIST) == -KS_E2BIG)
			ks_health_inc(KS_HEALTH_CGROUP_TABLE_FULL);
		row = bpf_map_lookup_elem(&ks_cgroups, &id);
	}
	if (row)
		__sync_fetch_and_add(&row->c[OOMKILL_KILLS], 1);
}

static __always_inline void count_victim(struct task_struct *task)
{
	__u32 tgid = BPF_CORE_READ(task, tgid);

	ks_add_for(tgid, OOMKILL_KILLS, 1);
	count_victim_cgroup(task, tgid);
}

/* ---- hook kill: oom:mark_victim, traced once per task by mark_oom_victim ---- */

SEC("?tp_btf/mark_victim")
int BPF_PROG(kill__tp_btf, struct task_struct *task)
{
	count_victim(task);
	return 0;
}

SEC("?raw_tp/mark_victim")
int BPF_PROG(kill__raw_tp, struct task_struct *task)
{
	count_victim(task);
	return 0;
}

/* The classic record carries the victim task's pid (a thread id), not the task.
 * The victim is the first thread of its process that still has an mm, which is
 * the group leader unless the leader already exited; that thread id is the
 * process id. Its cgroup is known only when it invoked the OOM killer itself. */
SEC("?tracepoint/oom/mark_victim")
int kill__tracepoint(struct trace_event_raw_mark_victim *ctx)
{
	ks_add_for(ctx->pid, OOMKILL_KILLS, 1);
	return 0;
}

/*
 * mark_oom_victim returns early, untraced, for a task already marked (a memcg
 * OOM racing with a global one, or an exiting task that keeps allocating), and a
 * function-entry hook cannot see that: tasks already counted are remembered by
 * thread id and start time, which a recycled thread id does not share.
 */
struct victim_key {
	__u64 start_time;
	__u32 tid;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 1024);
	__type(key, struct victim_key);
	__type(value, __u8);
} victims_seen SEC(".maps");

static __always_inline void count_marked(struct task_struct *task)
{
	struct victim_key key = {
		.start_time = BPF_CORE_READ(task, start_time),
		.tid = BPF_CORE_READ(task, pid),
	};
	__u8 one = 1;

	if (bpf_map_update_elem(&victims_seen, &key, &one, BPF_NOEXIST) == 0)
		count_victim(task);
}

SEC("?fentry/mark_oom_victim")
int BPF_PROG(kill__fentry, struct task_struct *task)
{
	count_marked(task);
	return 0;
}

SEC("?kprobe/mark_oom_victim")
int BPF_KPROBE(kill__kprobe, struct task_struct *task)
{
	count_marked(task);
	return 0;
}

KS_RELEASE_PROGRAMS(oomkill, KS_NO_RELEASE_WORK)
