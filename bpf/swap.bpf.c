// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * swap: folios read from and written to swap, counted for the process that
 * does the I/O (the faulting process for reads; for writes whoever reclaims:
 * kswapd, a process in direct reclaim, or the caller of MADV_PAGEOUT).
 *
 * Reads have no tracepoint at all. Writes have one: reclaim's pageout() traces
 * every folio it wrote, and a swap-backed one (anonymous or shmem) went to
 * swap through swap_writeout/swap_writepage, so the tracepoint variants count
 * the same calls, less the few that do not come from reclaim (zswap writeback).
 */
#include "swap.h"
#define KS_COUNTERS SWAP_COUNTERS
#include "kinsight.bpf.h"

/* ---- hook read ---- */

SEC("?fentry/swap_read_folio")
int BPF_PROG(read__fentry)
{
	ks_add(SWAP_READ, 1);
	return 0;
}

SEC("?kprobe/swap_read_folio")
int BPF_KPROBE(read__kprobe)
{
	ks_add(SWAP_READ, 1);
	return 0;
}

/* ---- hook write ---- */

SEC("?fentry/swap_writepage")
int BPF_PROG(write__fentry)
{
	ks_add(SWAP_WRITE, 1);
	return 0;
}

SEC("?kprobe/swap_writepage")
int BPF_KPROBE(write__kprobe)
{
	ks_add(SWAP_WRITE, 1);
	return 0;
}

/* Page flags are the first word of struct page and struct folio in every
 * version (a plain unsigned long before 6.18, memdesc_flags_t since). */
static __always_inline bool folio_swapbacked(struct folio *folio)
{
	unsigned long flags = 0;

	bpf_probe_read_kernel(&flags, sizeof(flags), folio);
	return flags & (1UL << bpf_core_enum_value(enum pageflags, PG_swapbacked));
}

SEC("?tp_btf/mm_vmscan_write_folio")
int BPF_PROG(write__tp_btf, struct folio *folio)
{
	if (folio_swapbacked(folio))
		ks_add(SWAP_WRITE, 1);
	return 0;
}

SEC("?raw_tp/mm_vmscan_write_folio")
int BPF_PROG(write__raw_tp, struct folio *folio)
{
	if (folio_swapbacked(folio))
		ks_add(SWAP_WRITE, 1);
	return 0;
}

/* include/trace/events/vmscan.h: trace_reclaim_flags() marks swap-backed folios
 * RECLAIM_WB_ANON, file folios RECLAIM_WB_FILE. */
#define KS_RECLAIM_WB_ANON 0x0001

SEC("?tracepoint/vmscan/mm_vmscan_write_folio")
int write__tracepoint(struct trace_event_raw_mm_vmscan_write_folio *ctx)
{
	if (ctx->reclaim_flags & KS_RECLAIM_WB_ANON)
		ks_add(SWAP_WRITE, 1);
	return 0;
}

KS_RELEASE_PROGRAMS(swap, KS_NO_RELEASE_WORK)
