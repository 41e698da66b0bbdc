/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `disk` module, in the order of its counter array. */
#ifndef KINSIGHT_DISK_H
#define KINSIGHT_DISK_H

enum disk_counter {
	DISK_TIMED = 0, /* completed requests whose issue was seen: the histograms' calls */
	DISK_UNTIMED,   /* completions with no issue seen (issued before attach, later parts of a request) */
	DISK_COUNTERS
};

#endif
