/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Maps and helpers every collector shares. A module defines KS_COUNTERS (the
 * length of its counter array) and includes this header once.
 *
 * Counting model:
 *  - ks_global: per-CPU array of the module's counters, system-wide. No atomics
 *    on the hot path; the engine sums the CPUs.
 *  - ks_pids: one row per process (key = tgid), bounded by `pid table size`,
 *    allocated on first event and removed here when the process is released.
 *    Rows of processes in an inspected tree carry the tree's group, and their
 *    counts are folded into ks_group_totals when they go, so a tree's totals
 *    stay exact however many of its processes come and go between two reads.
 */
#ifndef KINSIGHT_BPF_H
#define KINSIGHT_BPF_H

#ifndef KS_COUNTERS
#error "define KS_COUNTERS before including kinsight.bpf.h"
#endif

#define __KINSIGHT_BPF__ 1
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "kinsight_abi.h"

#define KS_E2BIG 7
#define KS_EEXIST 17

char LICENSE[] SEC("license") = "GPL";

const volatile struct ks_config ks_cfg = {};

struct ks_counters {
	__u64 c[KS_COUNTERS];
};

struct ks_pid_value {
	__u32 group;
	__u32 reserved;
	__u64 c[KS_COUNTERS];
};

struct ks_health_value {
	__u64 c[KS_HEALTH_COUNT];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct ks_counters);
} ks_global SEC(".maps");

/* max_entries is set by the engine from `pid table size`. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 32768);
	__type(key, __u32);
	__type(value, struct ks_pid_value);
} ks_pids SEC(".maps");

/* Counts of processes of each inspected tree that are gone (slot 0 unused). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KS_MAX_GROUPS);
	__type(key, __u32);
	__type(value, struct ks_counters);
} ks_group_totals SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct ks_health_value);
} ks_health SEC(".maps");

/* Counters per cgroup (key: the cgroup's kernfs id), when the engine asks for them. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, struct ks_counters);
} ks_cgroups SEC(".maps");

/* Shared by every module of an engine (the engine passes one fd to all). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 32768);
	__type(key, __u32);
	__type(value, struct ks_tracked);
} tracked SEC(".maps");

/* Inspected cgroups and their descendants (key: kernfs id in the filter's hierarchy,
 * value: the group their processes count in). Shared like `tracked`; the engine
 * sizes it and fills it with each inspected subtree, tracking.bpf.c adds cgroups
 * created below them. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, __u32);
} ks_cgroup_filter SEC(".maps");

/*
 * The inspected cgroup of a v2 filter (slot 0), so that a task outside it is
 * told apart by one ancestor check before any hash lookup. Empty for a v1
 * filter or one of several cgroups: then ks_cgroup_filter alone decides.
 */
struct {
	__uint(type, BPF_MAP_TYPE_CGROUP_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} ks_cgroup_root SEC(".maps");

/* Final counters of released processes, for per-application totals. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} ks_exits SEC(".maps");


static __always_inline void ks_health_inc(__u32 idx)
{
	__u32 zero = 0;
	struct ks_health_value *h = bpf_map_lookup_elem(&ks_health, &zero);

	if (h && idx < KS_HEALTH_COUNT)
		h->c[idx]++;
}

static __always_inline __u32 ks_current_tgid(void)
{
	return bpf_get_current_pid_tgid() >> 32;
}

/* The current task's cgroup in hierarchy `source` (enum ks_cgroup_source). */
static __always_inline __u64 ks_cgroup_in(__u32 source)
{
	if (source == KS_CGROUP_V2)
		return bpf_get_current_cgroup_id();
	/* v1: task->cgroups->subsys[controller]->cgroup->kn->id */
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct css_set *cset = BPF_CORE_READ(task, cgroups);
	struct cgroup_subsys_state *css = NULL;
	__u32 subsys = ks_cfg.cgroup_subsys;

	if (!cset || subsys >= CGROUP_SUBSYS_COUNT)
		return 0;
	bpf_core_read(&css, sizeof(css), &cset->subsys[subsys]);
	return css ? BPF_CORE_READ(css, cgroup, kn, id) : 0;
}

/*
 * Whether events of process `tgid` are counted per process, and in which
 * inspected group (0: none). In an inspecting session (tree or cgroup) this is
 * the first per-PID map lookup, so a process outside pays one lookup in a
 * small map and nothing else of the per-process accounting.
 */
static __always_inline bool ks_pid_wanted(__u32 tgid, __u32 *group)
{
	*group = 0;
	if (ks_cfg.pid_mode == KS_PID_TRACKED) {
		struct ks_tracked *t = bpf_map_lookup_elem(&tracked, &tgid);

		if (!t || t->state != KS_TRACK_ACTIVE)
			return false;
		*group = t->group;
		return true;
	}
	if (ks_cfg.pid_mode == KS_PID_CGROUP) {
		if (tgid != ks_current_tgid()) {
			/* Another process's cgroup is not at hand (a victim, a socket's owner):
			 * it counts when it already has a row, i.e. was seen inside. */
			struct ks_pid_value *row = bpf_map_lookup_elem(&ks_pids, &tgid);

			if (!row)
				return false;
			*group = row->group;
			return true;
		}
		/* 0: outside the inspected cgroup; 1 (inside) or an error (slot empty): ask the map. */
		if (ks_cfg.filter_source == KS_CGROUP_V2 && bpf_current_task_under_cgroup(&ks_cgroup_root, 0) == 0)
			return false;
		__u64 id = ks_cgroup_in(ks_cfg.filter_source);
		__u32 *g = bpf_map_lookup_elem(&ks_cgroup_filter, &id);

		if (!g)
			return false;
		*group = *g;
		return true;
	}
	return ks_cfg.pid_mode == KS_PID_ALL;
}

/* The row that counts events of process `tgid`, created on first use; NULL when not counted. */
static __always_inline struct ks_pid_value *ks_pid_row(__u32 tgid)
{
	struct ks_pid_value *row;
	__u32 group = 0;

	if (!ks_pid_wanted(tgid, &group))
		return NULL;
	row = bpf_map_lookup_elem(&ks_pids, &tgid);
	if (row)
		return row;

	struct ks_pid_value fresh = { .group = group };
	if (bpf_map_update_elem(&ks_pids, &tgid, &fresh, BPF_NOEXIST) == -KS_E2BIG) {
		ks_health_inc(KS_HEALTH_PID_TABLE_FULL);
		return NULL;
	}
	return bpf_map_lookup_elem(&ks_pids, &tgid);
}

/* The current task's cgroup in the hierarchy of the per-cgroup counters. */
static __always_inline __u64 ks_current_cgroup(void)
{
	return ks_cgroup_in(ks_cfg.cgroup_source);
}

/* The current task's cgroup row, created on first use; NULL when cgroups are off. */
static __always_inline struct ks_counters *ks_cgroup_row(void)
{
	struct ks_counters *row;
	__u64 id;

	if (ks_cfg.cgroup_source == KS_CGROUP_OFF)
		return NULL;
	id = ks_current_cgroup();
	if (!id)
		return NULL;
	row = bpf_map_lookup_elem(&ks_cgroups, &id);
	if (row)
		return row;
	struct ks_counters fresh = {};
	if (bpf_map_update_elem(&ks_cgroups, &id, &fresh, BPF_NOEXIST) == -KS_E2BIG) {
		ks_health_inc(KS_HEALTH_CGROUP_TABLE_FULL);
		return NULL;
	}
	return bpf_map_lookup_elem(&ks_cgroups, &id);
}

/* Adds to one counter, system-wide and for process `tgid`. */
static __always_inline void ks_add_for(__u32 tgid, __u32 idx, __u64 delta)
{
	__u32 zero = 0;
	struct ks_counters *g;
	struct ks_pid_value *row;

	if (idx >= KS_COUNTERS)
		return;
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g)
		g->c[idx] += delta;
	row = ks_pid_row(tgid);
	if (row)
		__sync_fetch_and_add(&row->c[idx], delta);
	/* A cgroup is the current task's: only events of the current process count there. */
	if (ks_cfg.cgroup_source != KS_CGROUP_OFF && tgid == ks_current_tgid()) {
		struct ks_counters *cg = ks_cgroup_row();
		if (cg)
			__sync_fetch_and_add(&cg->c[idx], delta);
	}
}

/* Adds to two counters with one row lookup (a call and its bytes, say). */
static __always_inline void ks_add2_for(__u32 tgid, __u32 i1, __u64 d1, __u32 i2, __u64 d2)
{
	__u32 zero = 0;
	struct ks_counters *g;
	struct ks_pid_value *row;

	if (i1 >= KS_COUNTERS || i2 >= KS_COUNTERS)
		return;
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g) {
		g->c[i1] += d1;
		g->c[i2] += d2;
	}
	row = ks_pid_row(tgid);
	if (row) {
		__sync_fetch_and_add(&row->c[i1], d1);
		if (d2)
			__sync_fetch_and_add(&row->c[i2], d2);
	}
	if (ks_cfg.cgroup_source != KS_CGROUP_OFF && tgid == ks_current_tgid()) {
		struct ks_counters *cg = ks_cgroup_row();
		if (cg) {
			__sync_fetch_and_add(&cg->c[i1], d1);
			if (d2)
				__sync_fetch_and_add(&cg->c[i2], d2);
		}
	}
}

/* Adds to a counter for a process that may be gone: never creates a row. */
static __always_inline void ks_add_existing(__u32 tgid, __u32 idx, __u64 delta)
{
	__u32 zero = 0;
	struct ks_counters *g;
	struct ks_pid_value *row;

	if (idx >= KS_COUNTERS)
		return;
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g)
		g->c[idx] += delta;
	if (!tgid || ks_cfg.pid_mode == KS_PID_NONE)
		return;
	row = bpf_map_lookup_elem(&ks_pids, &tgid);
	if (row)
		__sync_fetch_and_add(&row->c[idx], delta);
}

static __always_inline void ks_add(__u32 idx, __u64 delta)
{
	ks_add_for(ks_current_tgid(), idx, delta);
}

/* Counts a call, and its failure when the load mode is `return`. */
static __always_inline void ks_call(__u32 call_idx, __u32 error_idx, long ret)
{
	if (ks_cfg.return_mode && ret < 0)
		ks_add2_for(ks_current_tgid(), call_idx, 1, error_idx, 1);
	else
		ks_add(call_idx, 1);
}

/*
 * A process is gone: fold its row into its tree's totals, hand its final
 * counters to user space, and free the row. Called on the release of the
 * thread-group leader, which comes after every other thread of the group.
 */
/* sched_process_free's classic record: comm was char[16] until 6.x kernels made it
 * a __data_loc string. Both flavours, resolved by CO-RE against the running kernel. */
struct trace_event_raw_sched_process_template___fixed {
	char comm[16];
} __attribute__((preserve_access_index));
struct trace_event_raw_sched_process_template___dyn {
	__u32 __data_loc_comm;
} __attribute__((preserve_access_index));

static __always_inline void ks_free_record_comm(void *ctx, char *out, __u32 size)
{
	struct trace_event_raw_sched_process_template___fixed *fixed = ctx;
	struct trace_event_raw_sched_process_template___dyn *dyn = ctx;
	__u32 loc = 0;

	out[0] = 0;
	if (bpf_core_field_exists(fixed->comm)) {
		bpf_probe_read_kernel_str(out, size, fixed->comm);
	} else if (bpf_core_field_exists(dyn->__data_loc_comm)) {
		bpf_probe_read_kernel(&loc, sizeof(loc), &dyn->__data_loc_comm);
		bpf_probe_read_kernel_str(out, size, (char *)ctx + (loc & 0xffff));
	}
}

static __always_inline void ks_process_released(__u32 tgid, struct task_struct *p, void *classic_ctx)
{
	struct ks_pid_value *row = bpf_map_lookup_elem(&ks_pids, &tgid);
	struct ks_counters *totals;
	__u32 group;

	if (!row)
		return;
	group = row->group;
	if (group > 0 && group < KS_MAX_GROUPS) {
		totals = bpf_map_lookup_elem(&ks_group_totals, &group);
		if (totals) {
#pragma unroll
			for (int i = 0; i < KS_COUNTERS; i++)
				if (row->c[i])
					__sync_fetch_and_add(&totals->c[i], row->c[i]);
		}
	}
	if (ks_cfg.emit_exits) {
		struct ks_exit_record *rec;
		__u32 size = sizeof(*rec) + sizeof(__u64) * KS_COUNTERS;

		rec = bpf_ringbuf_reserve(&ks_exits, size, 0);
		if (rec) {
			rec->tgid = tgid;
			rec->group = group;
			rec->reserved = 0;
			if (p) {
				rec->ppid = BPF_CORE_READ(p, real_parent, tgid);
				BPF_CORE_READ_STR_INTO(&rec->comm, p, comm);
			} else {
				/* The classic sched_process_free record has the name but no task. */
				rec->ppid = 0;
				if (classic_ctx)
					ks_free_record_comm(classic_ctx, rec->comm, sizeof(rec->comm));
				else
					rec->comm[0] = 0;
			}
#pragma unroll
			for (int i = 0; i < KS_COUNTERS; i++)
				rec->counters[i] = row->c[i];
			bpf_ringbuf_submit(rec, 0);
		} else {
			ks_health_inc(KS_HEALTH_EXITS_DROPPED);
		}
	}
	bpf_map_delete_elem(&ks_pids, &tgid);
}

/* True when `p` leads its thread group (robust across exec by a non-leader thread). */
static __always_inline bool ks_is_group_leader(struct task_struct *p)
{
	return BPF_CORE_READ(p, group_leader) == p;
}

/*
 * Release hook variants shared by every module: release_task where a trampoline
 * or a kprobe can reach it, else the sched_process_free tracepoint that follows
 * it. `on_task_released(tgid, is_leader)` runs once for every released task, and
 * always before its process's row is folded.
 *
 * sched_process_free runs from RCU callbacks, so a thread's can come after its
 * leader's on another CPU. The tracepoint variants therefore take a thread's
 * release at its exit instead (threads reap themselves in do_exit) and keep
 * sched_process_free for leaders. Only modules that count releases
 * (KS_COUNTS_RELEASES) attach those thread-exit programs.
 */
#ifdef KS_COUNTS_RELEASES
/* Threads whose release was taken at exit, so that the classic sched_process_free
 * (tid only) does not take them again. Entries live one RCU grace period. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 2048);
	__type(key, __u32);
	__type(value, __u8);
} ks_threads_gone SEC(".maps");

#define KS_THREAD_EXIT_PROGRAMS(prefix, on_task_released)                                      \
	static __always_inline void prefix##_thread_exit(void)                                  \
	{                                                                                    \
		__u64 id = bpf_get_current_pid_tgid();                                        \
		__u32 tid = (__u32)id, tgid = id >> 32;                                       \
		__u8 one = 1;                                                                 \
		if (tid == tgid)                                                              \
			return;                                                               \
		on_task_released(tgid, false);                                                \
		bpf_map_update_elem(&ks_threads_gone, &tid, &one, BPF_ANY);                   \
	}                                                                                    \
	SEC("?tp_btf/sched_process_exit")                                                    \
	int BPF_PROG(prefix##_release_thread__tp_btf)                                        \
	{                                                                                    \
		prefix##_thread_exit();                                                       \
		return 0;                                                                     \
	}                                                                                    \
	SEC("?raw_tp/sched_process_exit")                                                    \
	int BPF_PROG(prefix##_release_thread__raw_tp)                                        \
	{                                                                                    \
		prefix##_thread_exit();                                                       \
		return 0;                                                                     \
	}                                                                                    \
	SEC("?tracepoint/sched/sched_process_exit")                                          \
	int prefix##_release_thread__tracepoint(void *ctx)                                   \
	{                                                                                    \
		prefix##_thread_exit();                                                       \
		return 0;                                                                     \
	}
#define KS_FREE_IS_THREAD(tid) (bpf_map_delete_elem(&ks_threads_gone, &(tid)) == 0)
#else
#define KS_THREAD_EXIT_PROGRAMS(prefix, on_task_released)
#define KS_FREE_IS_THREAD(tid) ((void)(tid), false)
#endif

#define KS_RELEASE_PROGRAMS(prefix, on_task_released)                                        \
	static __always_inline void prefix##_released(struct task_struct *p)                  \
	{                                                                                    \
		__u32 tgid = BPF_CORE_READ(p, tgid);                                          \
		bool leader = ks_is_group_leader(p);                                          \
		on_task_released(tgid, leader);                                               \
		if (leader)                                                                   \
			ks_process_released(tgid, p, NULL);                                   \
	}                                                                                    \
	/* At sched_process_free a thread was already taken at its exit. */                  \
	static __always_inline void prefix##_freed(struct task_struct *p)                     \
	{                                                                                    \
		__u32 tid = BPF_CORE_READ(p, pid);                                            \
		if (KS_FREE_IS_THREAD(tid) || !ks_is_group_leader(p))                         \
			return;                                                               \
		prefix##_released(p);                                                         \
	}                                                                                    \
	SEC("?fentry/release_task")                                                          \
	int BPF_PROG(prefix##_release__fentry, struct task_struct *p)                        \
	{                                                                                    \
		prefix##_released(p);                                                         \
		return 0;                                                                     \
	}                                                                                    \
	SEC("?tp_btf/sched_process_free")                                                    \
	int BPF_PROG(prefix##_release__tp_btf, struct task_struct *p)                        \
	{                                                                                    \
		prefix##_freed(p);                                                            \
		return 0;                                                                     \
	}                                                                                    \
	SEC("?raw_tp/sched_process_free")                                                    \
	int BPF_PROG(prefix##_release__raw_tp, struct task_struct *p)                        \
	{                                                                                    \
		prefix##_freed(p);                                                            \
		return 0;                                                                     \
	}                                                                                    \
	/* The classic record carries only the tid; a thread's was taken at its exit. */     \
	SEC("?tracepoint/sched/sched_process_free")                                          \
	int prefix##_release__tracepoint(struct trace_event_raw_sched_process_template *ctx) \
	{                                                                                    \
		__u32 tid = ctx->pid;                                                         \
		if (KS_FREE_IS_THREAD(tid))                                                   \
			return 0;                                                             \
		on_task_released(tid, true);                                                  \
		ks_process_released(tid, NULL, ctx);                                          \
		return 0;                                                                     \
	}                                                                                    \
	SEC("?kprobe/release_task")                                                          \
	int BPF_KPROBE(prefix##_release__kprobe, struct task_struct *p)                      \
	{                                                                                    \
		prefix##_released(p);                                                         \
		return 0;                                                                     \
	}                                                                                    \
	KS_THREAD_EXIT_PROGRAMS(prefix, on_task_released)

#define KS_NO_RELEASE_WORK(tgid, leader) \
	do {                             \
	} while (0)

#endif
