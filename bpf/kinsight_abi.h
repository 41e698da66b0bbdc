/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Layouts shared by the BPF programs and the engine that reads their maps.
 * Fixed-width types only: this header is compiled by clang for the BPF target
 * (types from vmlinux.h) and by the C++ compiler (types from <linux/types.h>).
 */
#ifndef KINSIGHT_ABI_H
#define KINSIGHT_ABI_H

#ifndef __KINSIGHT_BPF__
#include <linux/types.h>
#endif

/* Process trees inspected at the same time by one engine (slot 0 = not tracked). */
#define KS_MAX_GROUPS 16

/* Syscall numbers handled by the sys_exit dispatch programs (x86_64 has < 512). */
#define KS_SYSCALL_SLOTS 512

/* Which processes get a row in a module's per-process table. */
enum ks_pid_mode {
	KS_PID_NONE = 0,    /* system-wide counters only */
	KS_PID_ALL = 1,     /* every process */
	KS_PID_TRACKED = 2, /* only processes in the `tracked` map (inspected trees) */
	KS_PID_CGROUP = 3,  /* only tasks whose cgroup is in `ks_cgroup_filter` (inspected cgroups) */
};

/* A tracked process counts only once it has exec'd: nothing its launcher does is counted. */
enum ks_track_state {
	KS_TRACK_PENDING_EXEC = 1,
	KS_TRACK_ACTIVE = 2,
};

struct ks_tracked {
	__u32 group;
	__u32 state;
};

/* Which cgroup a per-cgroup row is for. */
enum ks_cgroup_source {
	KS_CGROUP_OFF = 0,
	KS_CGROUP_V2 = 1, /* the unified hierarchy (bpf_get_current_cgroup_id) */
	KS_CGROUP_V1 = 2, /* a v1 controller's hierarchy: ks_config.cgroup_subsys */
};

/* Read-only configuration fixed at load time (.rodata of every module). */
struct ks_config {
	__u32 pid_mode;      /* enum ks_pid_mode */
	__u32 return_mode;   /* 1: count errors (load mode "return") */
	__u32 emit_exits;    /* 1: send a process's final counters to the exits ring buffer */
	__u32 cgroup_source; /* enum ks_cgroup_source */
	__u32 cgroup_subsys; /* KS_CGROUP_V1: the controller's cgroup_subsys_id */
	__u32 filter_source; /* KS_PID_CGROUP: the hierarchy of ks_cgroup_filter's ids (enum ks_cgroup_source;
			      * a v1 hierarchy is cgroup_subsys's, shared with the per-cgroup counters) */
};

/* Engine-wide diagnostics counters kept by every module (per-CPU array, key 0). */
enum ks_health_counter {
	KS_HEALTH_PID_TABLE_FULL = 0, /* events not attributed to a process: table full */
	KS_HEALTH_EXITS_DROPPED = 1,  /* final-counter records lost: ring buffer full */
	KS_HEALTH_CGROUP_TABLE_FULL = 2, /* events not attributed to a cgroup: table full */
	KS_HEALTH_COUNT = 3,
};

/* Header of a final-counters record in a module's exits ring buffer. The name
 * and parent let user space group a process it never saw alive (one that lived
 * less than an interval). */
struct ks_exit_record {
	__u32 tgid;
	__u32 group;
	__u32 ppid;       /* real parent's tgid at release; 0 when the hook cannot tell */
	__u32 reserved;
	char comm[16];    /* the task name */
	__u64 counters[]; /* the module's counter array */
};

#endif
