/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `cachestat` module, in the order of its counter array. */
#ifndef KINSIGHT_CACHESTAT_H
#define KINSIGHT_CACHESTAT_H

enum cachestat_counter {
	CACHESTAT_HITS = 0, /* accesses to page-cache folios, less each miss's first access */
	CACHESTAT_MISSES,   /* pages added to the page cache other than by a write syscall */
	CACHESTAT_DIRTIED,  /* pages that turned dirty */
	CACHESTAT_COUNTERS
};

#endif
