/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `swap` module, in the order of its counter array. */
#ifndef KINSIGHT_SWAP_H
#define KINSIGHT_SWAP_H

enum swap_counter {
	SWAP_READ = 0, /* folios read from swap (swap_read_folio / swap_readpage calls) */
	SWAP_WRITE,    /* folios written to swap (swap_writeout / swap_writepage calls) */
	SWAP_COUNTERS
};

#endif
