// The filesystem and irq scenarios' workload: file operations of a known
// number on one file, each one call of the file system's read, write, open and
// fsync functions, then optionally some CPU and timer load.
//
//   ks-workload-fs DIR opens=O reads=R writes=W fsyncs=S spin_ms=M
//
// Creates DIR/fs-data (one open), writes W blocks of 4 KiB to it (W write(2)),
// fsyncs it S times, opens and closes it O more times, reads it back with R
// pread(2) of 4 KiB; then spins M ms on the CPU in 1 ms slices separated by
// 100 us sleeps (timer interrupts and softirqs). Exit status 0 when every call
// did what was asked.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BLOCK 4096

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR opens=O reads=R writes=W fsyncs=S spin_ms=M\n", argv[0]);
		return 2;
	}
	const long opens = arg(argc, argv, "opens"), reads = arg(argc, argv, "reads");
	const long writes = arg(argc, argv, "writes"), fsyncs = arg(argc, argv, "fsyncs");
	const long spin_ms = arg(argc, argv, "spin_ms");
	char path[4096], block[BLOCK];
	snprintf(path, sizeof path, "%s/fs-data", argv[1]);
	memset(block, 'k', sizeof block);

	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		perror("ks-workload-fs: create");
		return 1;
	}
	for (long i = 0; i < writes; i++)
		if (write(fd, block, BLOCK) != BLOCK) {
			perror("ks-workload-fs: write");
			return 1;
		}
	for (long i = 0; i < fsyncs; i++)
		if (fsync(fd) != 0) {
			perror("ks-workload-fs: fsync");
			return 1;
		}
	for (long i = 0; i < opens; i++) {
		int again = open(path, O_RDONLY | O_CLOEXEC);
		if (again < 0 || close(again) != 0) {
			perror("ks-workload-fs: open");
			return 1;
		}
	}
	for (long i = 0; i < reads; i++)
		if (pread(fd, block, BLOCK, (off_t)(writes ? i % writes : 0) * BLOCK) < 0) {
			perror("ks-workload-fs: pread");
			return 1;
		}
	close(fd);

	const double end = now_ms() + spin_ms;
	volatile unsigned long sink = 0;
	while (now_ms() < end) {
		const double slice = now_ms() + 1;
		while (now_ms() < slice)
			sink++;
		const struct timespec pause = {0, 100000};
		nanosleep(&pause, NULL);
	}
	return 0;
}
