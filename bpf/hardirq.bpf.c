// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * hardirq: how often and how long each hardware interrupt handler runs,
 * per IRQ number, plus the x86 system vectors (local timer, IPIs...). Handler
 * time is system time spent on behalf of no process, so nothing is counted
 * per process here. Tracepoints only: the irq:* and irq_vectors:* events are
 * the stable interface (trampolines and kprobes on handlers would add nothing).
 */
#include "hardirq.h"
#define KS_COUNTERS HARDIRQ_COUNTERS
#include "kinsight.bpf.h"

/* Read by the engine as the table's values, in this order. */
struct hardirq_value {
	__u64 count;
	__u64 time_ns;
};

/* Per CPU: handlers of one CPU never overlap (interrupts are off while they run). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct hardirq_value);
} hardirq_by_irq SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} handler_start SEC(".maps");

static __always_inline void on_entry(void)
{
	__u32 zero = 0;
	__u64 *start = bpf_map_lookup_elem(&handler_start, &zero);

	if (start)
		*start = bpf_ktime_get_ns();
}

static __always_inline void on_exit(__u32 key)
{
	__u32 zero = 0;
	__u64 *start = bpf_map_lookup_elem(&handler_start, &zero);
	struct ks_counters *g;
	struct hardirq_value *v;
	__u64 delta;

	if (!start || !*start)
		return;  /* the entry came before we attached */
	delta = bpf_ktime_get_ns() - *start;
	*start = 0;
	v = bpf_map_lookup_elem(&hardirq_by_irq, &key);
	if (!v) {
		struct hardirq_value fresh = {};
		bpf_map_update_elem(&hardirq_by_irq, &key, &fresh, BPF_NOEXIST);
		v = bpf_map_lookup_elem(&hardirq_by_irq, &key);
		if (!v)
			return;
	}
	v->count++;
	v->time_ns += delta;
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g) {
		g->c[HARDIRQ_COUNT]++;
		g->c[HARDIRQ_TIME_NS] += delta;
	}
}

/* ---- hook irq: device interrupt handlers ---- */

SEC("?tp_btf/irq_handler_entry")
int BPF_PROG(irq_entry__tp_btf)
{
	on_entry();
	return 0;
}

SEC("?tp_btf/irq_handler_exit")
int BPF_PROG(irq_exit__tp_btf, int irq)
{
	on_exit(irq);
	return 0;
}

SEC("?raw_tp/irq_handler_entry")
int BPF_PROG(irq_entry__raw_tp)
{
	on_entry();
	return 0;
}

SEC("?raw_tp/irq_handler_exit")
int BPF_PROG(irq_exit__raw_tp, int irq)
{
	on_exit(irq);
	return 0;
}

SEC("?tracepoint/irq/irq_handler_entry")
int irq_entry__tracepoint(void *ctx)
{
	on_entry();
	return 0;
}

SEC("?tracepoint/irq/irq_handler_exit")
int irq_exit__tracepoint(struct trace_event_raw_irq_handler_exit *ctx)
{
	on_exit(ctx->irq);
	return 0;
}

/* ---- hook vectors: x86 system vectors, one entry/exit pair each ---- */

/* Classic irq_vectors records: common header, then the vector as an int. */
struct vector_record {
	__u64 common;
	int vector;
};

#define VECTOR_PROGRAMS(name, id)                                        \
	SEC("?tp_btf/" #name "_entry")                                    \
	int BPF_PROG(vec_##name##_entry__tp_btf)                          \
	{                                                                 \
		on_entry();                                                \
		return 0;                                                  \
	}                                                                 \
	SEC("?tp_btf/" #name "_exit")                                     \
	int BPF_PROG(vec_##name##_exit__tp_btf)                           \
	{                                                                 \
		on_exit(KS_IRQ_VECTOR_BASE + (id));                        \
		return 0;                                                  \
	}                                                                 \
	SEC("?raw_tp/" #name "_entry")                                    \
	int BPF_PROG(vec_##name##_entry__raw_tp)                          \
	{                                                                 \
		on_entry();                                                \
		return 0;                                                  \
	}                                                                 \
	SEC("?raw_tp/" #name "_exit")                                     \
	int BPF_PROG(vec_##name##_exit__raw_tp)                           \
	{                                                                 \
		on_exit(KS_IRQ_VECTOR_BASE + (id));                        \
		return 0;                                                  \
	}                                                                 \
	SEC("?tracepoint/irq_vectors/" #name "_entry")                    \
	int vec_##name##_entry__tracepoint(struct vector_record *ctx)     \
	{                                                                 \
		on_entry();                                                \
		return 0;                                                  \
	}                                                                 \
	SEC("?tracepoint/irq_vectors/" #name "_exit")                     \
	int vec_##name##_exit__tracepoint(struct vector_record *ctx)      \
	{                                                                 \
		on_exit(KS_IRQ_VECTOR_BASE + (id));                        \
		return 0;                                                  \
	}

VECTOR_PROGRAMS(thermal_apic, HARDIRQ_VECTOR_THERMAL_APIC)
VECTOR_PROGRAMS(threshold_apic, HARDIRQ_VECTOR_THRESHOLD_APIC)
VECTOR_PROGRAMS(error_apic, HARDIRQ_VECTOR_ERROR_APIC)
VECTOR_PROGRAMS(deferred_error_apic, HARDIRQ_VECTOR_DEFERRED_ERROR_APIC)
VECTOR_PROGRAMS(spurious_apic, HARDIRQ_VECTOR_SPURIOUS_APIC)
VECTOR_PROGRAMS(call_function, HARDIRQ_VECTOR_CALL_FUNCTION)
VECTOR_PROGRAMS(call_function_single, HARDIRQ_VECTOR_CALL_FUNCTION_SINGLE)
VECTOR_PROGRAMS(reschedule, HARDIRQ_VECTOR_RESCHEDULE)
VECTOR_PROGRAMS(local_timer, HARDIRQ_VECTOR_LOCAL_TIMER)
VECTOR_PROGRAMS(irq_work, HARDIRQ_VECTOR_IRQ_WORK)
VECTOR_PROGRAMS(x86_platform_ipi, HARDIRQ_VECTOR_X86_PLATFORM_IPI)
