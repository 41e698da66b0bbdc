/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `mdflush` module, in the order of its counter array. */
#ifndef KINSIGHT_MDFLUSH_H
#define KINSIGHT_MDFLUSH_H

enum mdflush_counter {
	MDFLUSH_CALLS = 0, /* md_flush_request calls, all md devices */
	MDFLUSH_COUNTERS
};

#endif
