// The sync scenario's workload: exactly the given number of each flushing
// syscall, then of each failing one. Static, syscalls made directly.
//
//   ks-workload-sync DIR sync=S syncfs=N fsync=N fdatasync=N msync=N range=N failing=F
//
// On DIR/sync-data (created, one page written and mapped shared) it does S sync,
// N syncfs, N fsync, N fdatasync, N msync(MS_SYNC) of the page and N
// sync_file_range(SYNC_FILE_RANGE_WRITE); then F of each but sync, failing:
// syncfs, fsync, fdatasync and sync_file_range on a descriptor that is not open
// (EBADF), msync of an unaligned address (EINVAL). sync(2) cannot fail.
// Exit status 0 when every call went as planned.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOT_OPEN 1000

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR key=value...\n", argv[0]);
		return 2;
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/sync-data", argv[1]);
	long syncs = arg(argc, argv, "sync"), n_syncfs = arg(argc, argv, "syncfs");
	long n_fsync = arg(argc, argv, "fsync"), n_fdatasync = arg(argc, argv, "fdatasync");
	long n_msync = arg(argc, argv, "msync"), ranges = arg(argc, argv, "range");
	long failing = arg(argc, argv, "failing");
	const long page = sysconf(_SC_PAGESIZE);
	int failures = 0;

	int fd = syscall(SYS_openat, AT_FDCWD, path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || syscall(SYS_ftruncate, fd, page) != 0) {
		perror("ks-workload-sync: data file");
		return 1;
	}
	char *map = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED) {
		perror("ks-workload-sync: mmap");
		return 1;
	}
	memset(map, 'k', page);

	for (long i = 0; i < syncs; i++)
		syscall(SYS_sync);
	for (long i = 0; i < n_syncfs; i++)
		failures += syscall(SYS_syncfs, fd) != 0;
	for (long i = 0; i < n_fsync; i++)
		failures += syscall(SYS_fsync, fd) != 0;
	for (long i = 0; i < n_fdatasync; i++)
		failures += syscall(SYS_fdatasync, fd) != 0;
	for (long i = 0; i < n_msync; i++)
		failures += syscall(SYS_msync, map, page, MS_SYNC) != 0;
	for (long i = 0; i < ranges; i++)
		failures += syscall(SYS_sync_file_range, fd, 0L, 0L, SYNC_FILE_RANGE_WRITE) != 0;

	for (long i = 0; i < failing; i++) {
		failures += syscall(SYS_syncfs, NOT_OPEN) == 0;
		failures += syscall(SYS_fsync, NOT_OPEN) == 0;
		failures += syscall(SYS_fdatasync, NOT_OPEN) == 0;
		failures += syscall(SYS_msync, map + 1, page, MS_SYNC) == 0;
		failures += syscall(SYS_sync_file_range, NOT_OPEN, 0L, 0L, SYNC_FILE_RANGE_WRITE) == 0;
	}
	if (failures)
		fprintf(stderr, "ks-workload-sync: %d calls did not go as planned\n", failures);
	return failures ? 1 : 0;
}
