// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * mdflush: flush requests (REQ_PREFLUSH bios: fsync of a file on the array,
 * journal commits) that reach an md software RAID device, per device. The md
 * driver has no tracepoint for them; md_flush_request is the one function every
 * personality hands them to, so this needs a trampoline or a kprobe, and the
 * md driver (module md_mod) loaded.
 */
#include "mdflush.h"
#define KS_COUNTERS MDFLUSH_COUNTERS
#include "kinsight.bpf.h"

/* drivers/md/md.h is not in vmlinux's BTF when md is a module: CO-RE finds the
 * field in md_mod's BTF at load time. */
struct mddev___ks {
	int md_minor;
} __attribute__((preserve_access_index));

/* md minor -> flushes. Per CPU: flushes of one array come from every CPU. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} mdflush_by_minor SEC(".maps");

static __always_inline void count_flush(struct mddev___ks *mddev)
{
	__u32 minor = BPF_CORE_READ(mddev, md_minor), zero = 0;
	struct ks_counters *g = bpf_map_lookup_elem(&ks_global, &zero);
	__u64 *n = bpf_map_lookup_elem(&mdflush_by_minor, &minor);

	if (g)
		g->c[MDFLUSH_CALLS]++;
	if (!n) {
		__u64 fresh = 0;

		bpf_map_update_elem(&mdflush_by_minor, &minor, &fresh, BPF_NOEXIST);
		n = bpf_map_lookup_elem(&mdflush_by_minor, &minor);
		if (!n)
			return;
	}
	(*n)++;
}

SEC("?fentry/md_flush_request")
int BPF_PROG(flush__fentry, struct mddev___ks *mddev)
{
	count_flush(mddev);
	return 0;
}

SEC("?kprobe/md_flush_request")
int BPF_KPROBE(flush__kprobe, struct mddev___ks *mddev)
{
	count_flush(mddev);
	return 0;
}
