/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `dcstat` module, in the order of its counter array. */
#ifndef KINSIGHT_DCSTAT_H
#define KINSIGHT_DCSTAT_H

enum dcstat_counter {
	DCSTAT_REFERENCE = 0, /* lookup_fast calls: path components looked up in the dentry cache */
	DCSTAT_SLOW,          /* d_lookup calls */
	DCSTAT_MISS,          /* d_lookup calls that found no dentry */
	DCSTAT_COUNTERS
};

#endif
