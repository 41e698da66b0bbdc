// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * softirq: how often and how long each software interrupt vector runs (timer,
 * network receive, block completion, RCU...). System time on behalf of no
 * process: counted system-wide only. Tracepoints only (irq:softirq_entry/exit).
 */
#include "softirq.h"
#define KS_COUNTERS SOFTIRQ_COUNTERS
#include "kinsight.bpf.h"

/* Read by the engine as the per-vector table's values, in this order. */
struct vector_value {
	__u64 time_ns;
	__u64 count;
};

/* Per vector (the key: a lookup bounds-checks it for the verifier). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, KS_SOFTIRQ_VECTORS);
	__type(key, __u32);
	__type(value, struct vector_value);
} softirq_by_vector SEC(".maps");

/* Per CPU and vector: a softirq is never interrupted by another on its CPU, but
 * a hard IRQ can raise and the kernel may run softirqs on its way out of one. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, KS_SOFTIRQ_VECTORS);
	__type(key, __u32);
	__type(value, __u64);
} vector_start SEC(".maps");

static __always_inline void on_entry(__u32 vec)
{
	__u64 *start = bpf_map_lookup_elem(&vector_start, &vec);

	if (start)
		*start = bpf_ktime_get_ns();
}

static __always_inline void on_exit(__u32 vec)
{
	__u64 *start = bpf_map_lookup_elem(&vector_start, &vec);
	struct vector_value *v = bpf_map_lookup_elem(&softirq_by_vector, &vec);
	__u32 zero = 0;
	struct ks_counters *g;
	__u64 delta;

	if (!start || !*start || !v)
		return;
	delta = bpf_ktime_get_ns() - *start;
	*start = 0;
	v->time_ns += delta;
	v->count++;
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g) {
		g->c[SOFTIRQ_TIME_NS] += delta;
		g->c[SOFTIRQ_COUNT]++;
	}
}

SEC("?tp_btf/softirq_entry")
int BPF_PROG(softirq_entry__tp_btf, unsigned int vec)
{
	on_entry(vec);
	return 0;
}

SEC("?tp_btf/softirq_exit")
int BPF_PROG(softirq_exit__tp_btf, unsigned int vec)
{
	on_exit(vec);
	return 0;
}

SEC("?raw_tp/softirq_entry")
int BPF_PROG(softirq_entry__raw_tp, unsigned int vec)
{
	on_entry(vec);
	return 0;
}

SEC("?raw_tp/softirq_exit")
int BPF_PROG(softirq_exit__raw_tp, unsigned int vec)
{
	on_exit(vec);
	return 0;
}

SEC("?tracepoint/irq/softirq_entry")
int softirq_entry__tracepoint(struct trace_event_raw_softirq *ctx)
{
	on_entry(ctx->vec);
	return 0;
}

SEC("?tracepoint/irq/softirq_exit")
int softirq_exit__tracepoint(struct trace_event_raw_softirq *ctx)
{
	on_exit(ctx->vec);
	return 0;
}
