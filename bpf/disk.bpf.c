// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * disk: block request latency, from issue to the driver (block_rq_issue) to
 * completion (block_rq_complete), per disk, in Netdata's log2 microsecond bins.
 * Tracepoints only: they are the stable interface of the block layer.
 *
 * A request is recognised at completion by what the variant can see: tp_btf
 * and raw_tp get the request itself, whose address is unique while it is in
 * flight; the classic records carry only (device, sector), which two requests
 * in flight to the same sector would share (Netdata matches that way too).
 * A completion whose issue was not seen (issued before the programs attached,
 * or the later parts of a request completed in parts) is counted apart and
 * never timed, so no latency is invented.
 */
#include "disk.h"
#define KS_COUNTERS DISK_COUNTERS
#include "kinsight.bpf.h"
#include "latency.h"

/* Argument of block_rq_issue that is the request: 1 before 5.11, which passed the
 * queue first, else 0. Set from the kernel's BTF before load. */
const volatile __u32 issue_rq_index = 0;

struct disk_request {
	__u64 id;     /* the request's address, or the device (classic) */
	__u64 sector; /* 0, or the first sector (classic) */
};

struct disk_issue {
	__u64 ts;
	__u32 dev;
	__u32 reserved;
};

/* Requests in flight. LRU: an issue whose completion was never seen (a classic
 * program skipped while another BPF program held the CPU) ages out instead of
 * holding a slot forever. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8192);
	__type(key, struct disk_request);
	__type(value, struct disk_issue);
} disk_in_flight SEC(".maps");

/* Per disk (kernel dev_t: major << 20 | minor): calls per latency bin. Per CPU,
 * completions of one disk run on every CPU; no prealloc, rows only for disks seen. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct ks_latency_bins);
} disk_latency SEC(".maps");

static __always_inline void count(__u32 idx)
{
	__u32 zero = 0;
	struct ks_counters *g = bpf_map_lookup_elem(&ks_global, &zero);

	if (g && idx < KS_COUNTERS)
		g->c[idx]++;
}

static __always_inline void on_issue(__u64 id, __u64 sector, __u32 dev)
{
	struct disk_request key = { .id = id, .sector = sector };
	struct disk_issue issue = { .ts = bpf_ktime_get_ns(), .dev = dev };

	if (!dev)
		return; /* no disk behind the queue */
	/* A requeued request is issued again: its latency counts from the last issue. */
	bpf_map_update_elem(&disk_in_flight, &key, &issue, BPF_ANY);
}

static __always_inline void on_complete(__u64 id, __u64 sector)
{
	struct disk_request key = { .id = id, .sector = sector };
	struct disk_issue *issue = bpf_map_lookup_elem(&disk_in_flight, &key);
	__u64 now = bpf_ktime_get_ns(), ts;
	__u32 dev;

	if (!issue) {
		count(DISK_UNTIMED);
		return;
	}
	ts = issue->ts;
	dev = issue->dev;
	/* Whoever deletes the entry times the request, once. */
	if (bpf_map_delete_elem(&disk_in_flight, &key) != 0)
		return;
	ks_latency_add(&disk_latency, &dev, now > ts ? now - ts : 0);
	count(DISK_TIMED);
}

/* rq->rq_disk until 5.16, rq->q->disk since. */
struct request___ks_old {
	struct gendisk *rq_disk;
} __attribute__((preserve_access_index));

static __always_inline __u32 request_dev(struct request *rq)
{
	struct request___ks_old *old = (void *)rq;
	struct gendisk *disk;

	if (bpf_core_field_exists(old->rq_disk))
		disk = BPF_CORE_READ(old, rq_disk);
	else
		disk = BPF_CORE_READ(rq, q, disk);
	if (!disk)
		return 0;
	/* The kernel's MKDEV, as the classic records carry it. */
	return ((__u32)BPF_CORE_READ(disk, major) << 20) | (__u32)BPF_CORE_READ(disk, first_minor);
}

/* One load at an index the verifier knows (frozen .rodata): a branch over two loads
 * could be merged by the compiler into reading an argument this kernel lacks. */
static __always_inline struct request *issued_request(unsigned long long *ctx)
{
	return (struct request *)ctx[issue_rq_index & 1];
}

/* ---- hook issue ---- */

SEC("?tp_btf/block_rq_issue")
int BPF_PROG(issue__tp_btf)
{
	struct request *rq = issued_request(ctx);

	on_issue((__u64)rq, 0, request_dev(rq));
	return 0;
}

SEC("?raw_tp/block_rq_issue")
int BPF_PROG(issue__raw_tp)
{
	struct request *rq = issued_request(ctx);

	on_issue((__u64)rq, 0, request_dev(rq));
	return 0;
}

SEC("?tracepoint/block/block_rq_issue")
int issue__tracepoint(struct trace_event_raw_block_rq *ctx)
{
	on_issue(ctx->dev, ctx->sector, ctx->dev);
	return 0;
}

/* ---- hook complete ---- */

SEC("?tp_btf/block_rq_complete")
int BPF_PROG(complete__tp_btf, struct request *rq)
{
	on_complete((__u64)rq, 0);
	return 0;
}

SEC("?raw_tp/block_rq_complete")
int BPF_PROG(complete__raw_tp, struct request *rq)
{
	on_complete((__u64)rq, 0);
	return 0;
}

SEC("?tracepoint/block/block_rq_complete")
int complete__tracepoint(struct trace_event_raw_block_rq_completion *ctx)
{
	on_complete(ctx->dev, ctx->sector);
	return 0;
}
