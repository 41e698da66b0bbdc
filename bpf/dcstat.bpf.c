// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * dcstat: directory-cache lookups as Netdata counts them. A reference is a
 * lookup_fast call (a path component looked up in the dentry cache during a
 * path walk); slow is a d_lookup call (the locked hash lookup that opens with
 * O_CREAT, unlink, mkdir, rename and friends do); a miss is a d_lookup that
 * found nothing. No tracepoint sits on either function.
 */
#include "dcstat.h"
#define KS_COUNTERS DCSTAT_COUNTERS
#include "kinsight.bpf.h"

/* ---- hook reference ---- */

SEC("?fentry/lookup_fast")
int BPF_PROG(reference__fentry)
{
	ks_add(DCSTAT_REFERENCE, 1);
	return 0;
}

SEC("?kprobe/lookup_fast")
int BPF_KPROBE(reference__kprobe)
{
	ks_add(DCSTAT_REFERENCE, 1);
	return 0;
}

/* ---- hook slow: the return says whether d_lookup found the dentry ---- */

static __always_inline void count_d_lookup(const void *found)
{
	ks_add2_for(ks_current_tgid(), DCSTAT_SLOW, 1, DCSTAT_MISS, found ? 0 : 1);
}

SEC("?fexit/d_lookup")
int BPF_PROG(slow__fexit, const struct dentry *parent, const struct qstr *name, struct dentry *ret)
{
	count_d_lookup(ret);
	return 0;
}

SEC("?kretprobe/d_lookup")
int BPF_KRETPROBE(slow__kretprobe, void *ret)
{
	count_d_lookup(ret);
	return 0;
}

KS_RELEASE_PROGRAMS(dcstat, KS_NO_RELEASE_WORK)
