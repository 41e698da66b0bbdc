/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Latency histograms as Netdata draws them: 24 log2 bins of microseconds, bin 0
 * for [0, 1) us, bin i for [2^(i-1), 2^i) us, the last one open (>= 2^22 us,
 * "4s->+Inf"). Shared by the BPF programs and the engine (KS_LATENCY_BINS).
 */
#ifndef KINSIGHT_LATENCY_H
#define KINSIGHT_LATENCY_H

#define KS_LATENCY_BINS 24

#ifdef __KINSIGHT_BPF__

/* A keyed table's value: cumulative calls per bin. */
struct ks_latency_bins {
	__u64 bin[KS_LATENCY_BINS];
};

static __always_inline __u32 ks_latency_bin(__u64 ns)
{
	__u64 us = ns / 1000;
	__u32 bin = 0;

	/* One more than the index of the highest bit set (no clz in the BPF ISA). */
	if (us >> 32) {
		bin += 32;
		us >>= 32;
	}
	if (us >> 16) {
		bin += 16;
		us >>= 16;
	}
	if (us >> 8) {
		bin += 8;
		us >>= 8;
	}
	if (us >> 4) {
		bin += 4;
		us >>= 4;
	}
	if (us >> 2) {
		bin += 2;
		us >>= 2;
	}
	if (us >> 1) {
		bin += 1;
		us >>= 1;
	}
	bin += (__u32)us;
	return bin < KS_LATENCY_BINS - 1 ? bin : KS_LATENCY_BINS - 1;
}

/* One call of `ns` into the row of `key` of a per-CPU hash of bins, created on first use. */
static __always_inline void ks_latency_add(void *map, const void *key, __u64 ns)
{
	struct ks_latency_bins *row = bpf_map_lookup_elem(map, key);
	__u32 bin = ks_latency_bin(ns);

	if (!row) {
		struct ks_latency_bins fresh = {};

		bpf_map_update_elem(map, key, &fresh, BPF_NOEXIST);
		row = bpf_map_lookup_elem(map, key);
		if (!row)
			return;
	}
	/* ks_latency_bin() caps the bin, so the compiler drops this test as redundant,
	 * but the verifier does not follow the cap: hide the value to keep the test. */
	asm volatile("" : "+r"(bin));
	if (bin < KS_LATENCY_BINS)
		row->bin[bin]++;
}

#endif
#endif
