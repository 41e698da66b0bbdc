// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * cachestat: page-cache hits, misses and dirtied pages, per process.
 *
 * bcc's cachestat, and Netdata's after it, count four kernel calls and derive
 * the rest per interval: misses = added - dirtied, hits = (accessed - buffer
 * dirties) - misses, negative results clamped. Differences clamped per interval
 * cannot be kept as per-process counters, and they go wrong whenever a write
 * dirties a page that was already cached (each such write cancels a real miss).
 * So each event is classified when it happens instead, which is what those
 * differences try to approximate:
 *  - a miss is a page added to the page cache other than by a write syscall:
 *    a page a write creates is not read from storage (bcc subtracts it as
 *    "dirtied"), everything else that adds one reads it (read, fault, readahead);
 *  - a hit is an access to a page-cache folio (folio_mark_accessed), except the
 *    first access to a folio that a miss has just brought in;
 *  - a dirtied page is a page that turns dirty (writeback:writeback_dirty_folio).
 * Misses and dirtied pages come from tracepoints; accesses have none, so hits
 * need a trampoline or a kprobe.
 */
#include "cachestat.h"
#define KS_COUNTERS CACHESTAT_COUNTERS
#include "kinsight.bpf.h"

#ifndef __TARGET_ARCH_x86
#error "write-syscall detection reads x86_64 pt_regs and syscall numbers"
#endif

#define KS_ENOSYS 38
/* x86_64 numbers of the syscalls that create the pages they write. */
#define KS_NR_WRITE 1
#define KS_NR_PWRITE64 18
#define KS_NR_WRITEV 20
#define KS_NR_PWRITEV 296
#define KS_NR_PWRITEV2 328

/* A folio's identity that every variant can compute: the classic tracepoint
 * records device, inode and index, the others read them from the folio. */
struct page_key {
	__u64 ino;
	__u64 index;
	__u32 dev;
	__u32 pad;
};

/* Folios that a miss brought in and nobody has accessed yet. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, struct page_key);
	__type(value, __u8);
} missed_folios SEC(".maps");

/*
 * While a task runs a syscall, its saved ax holds -ENOSYS and orig_ax the
 * syscall number; a page fault saves the error code in orig_ax, which can equal
 * a syscall number (0x14, an instruction fetch, is writev's), but then ax holds
 * whatever user space left there. Kernel threads have no syscall either.
 */
static __always_inline bool in_write_syscall(void)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(bpf_get_current_task_btf());
	long nr;

	if ((long)BPF_CORE_READ(regs, ax) != -KS_ENOSYS)
		return false;
	nr = BPF_CORE_READ(regs, orig_ax);
	return nr == KS_NR_WRITE || nr == KS_NR_PWRITE64 || nr == KS_NR_WRITEV || nr == KS_NR_PWRITEV ||
	       nr == KS_NR_PWRITEV2;
}

/* Anonymous and movable folios (low bits of mapping set) are not page cache. */
static __always_inline bool folio_key(struct folio *folio, struct page_key *key)
{
	struct address_space *mapping = BPF_CORE_READ(folio, mapping);
	struct inode *host;
	struct super_block *sb;

	if (!mapping || ((unsigned long)mapping & 3))
		return false;
	host = BPF_CORE_READ(mapping, host);
	sb = BPF_CORE_READ(host, i_sb);
	key->ino = BPF_CORE_READ(host, i_ino);
	key->index = BPF_CORE_READ(folio, index);
	key->dev = sb ? BPF_CORE_READ(sb, s_dev) : BPF_CORE_READ(host, i_rdev);
	key->pad = 0;
	return true;
}

/* 6.1 keeps a large folio's order in a field of its own; later kernels in the
 * low byte of _flags_1. */
struct folio___order_field {
	unsigned char _folio_order;
} __attribute__((preserve_access_index));

/* Page flags are the first word of a folio in every version (a plain unsigned
 * long before 6.18, memdesc_flags_t since), so read it by offset. */
static __always_inline __u32 folio_pages(struct folio *folio)
{
	unsigned long flags = 0;
	unsigned int order;

	bpf_probe_read_kernel(&flags, sizeof(flags), folio);
	if (!(flags & (1UL << bpf_core_enum_value(enum pageflags, PG_head))))
		return 1;
	if (bpf_core_field_exists(((struct folio___order_field *)0)->_folio_order))
		order = BPF_CORE_READ((struct folio___order_field *)folio, _folio_order);
	else
		order = BPF_CORE_READ(folio, _flags_1) & 0xff;
	return 1U << (order & 31);
}

/* ---- hook add: pages entering the page cache ---- */

static __always_inline void count_added(const struct page_key *key, __u32 pages)
{
	__u8 one = 1;

	if (in_write_syscall())
		return;
	ks_add(CACHESTAT_MISSES, pages);
	bpf_map_update_elem(&missed_folios, key, &one, BPF_ANY);
}

static __always_inline void count_added_folio(struct folio *folio)
{
	struct page_key key;

	if (folio_key(folio, &key))
		count_added(&key, folio_pages(folio));
}

SEC("?tp_btf/mm_filemap_add_to_page_cache")
int BPF_PROG(add__tp_btf, struct folio *folio)
{
	count_added_folio(folio);
	return 0;
}

SEC("?raw_tp/mm_filemap_add_to_page_cache")
int BPF_PROG(add__raw_tp, struct folio *folio)
{
	count_added_folio(folio);
	return 0;
}

SEC("?tracepoint/filemap/mm_filemap_add_to_page_cache")
int add__tracepoint(struct trace_event_raw_mm_filemap_op_page_cache *ctx)
{
	struct page_key key = {.ino = ctx->i_ino, .index = ctx->index, .dev = ctx->s_dev};

	count_added(&key, 1U << (ctx->order & 31));
	return 0;
}

/* ---- hook dirty: pages turning dirty (traced by __folio_mark_dirty) ---- */

SEC("?tp_btf/writeback_dirty_folio")
int BPF_PROG(dirty__tp_btf, struct folio *folio)
{
	ks_add(CACHESTAT_DIRTIED, folio_pages(folio));
	return 0;
}

SEC("?raw_tp/writeback_dirty_folio")
int BPF_PROG(dirty__raw_tp, struct folio *folio)
{
	ks_add(CACHESTAT_DIRTIED, folio_pages(folio));
	return 0;
}

/* The classic record has no folio size: one per folio (a page unless large). */
SEC("?tracepoint/writeback/writeback_dirty_folio")
int dirty__tracepoint(void *ctx)
{
	ks_add(CACHESTAT_DIRTIED, 1);
	return 0;
}

/* Before folios (5.16), the same event was writeback_dirty_page. */
SEC("?tp_btf/writeback_dirty_page")
int BPF_PROG(dirty_page__tp_btf)
{
	ks_add(CACHESTAT_DIRTIED, 1);
	return 0;
}

SEC("?raw_tp/writeback_dirty_page")
int BPF_PROG(dirty_page__raw_tp)
{
	ks_add(CACHESTAT_DIRTIED, 1);
	return 0;
}

/* ---- hook access: folio_mark_accessed, which no tracepoint reports ---- */

static __always_inline void count_access(struct folio *folio)
{
	struct page_key key;

	if (!folio_key(folio, &key))
		return;
	if (bpf_map_delete_elem(&missed_folios, &key) == 0)
		return; /* the read that a miss was for */
	ks_add(CACHESTAT_HITS, 1);
}

SEC("?fentry/folio_mark_accessed")
int BPF_PROG(access__fentry, struct folio *folio)
{
	count_access(folio);
	return 0;
}

SEC("?kprobe/folio_mark_accessed")
int BPF_KPROBE(access__kprobe, struct folio *folio)
{
	count_access(folio);
	return 0;
}

KS_RELEASE_PROGRAMS(cachestat, KS_NO_RELEASE_WORK)
