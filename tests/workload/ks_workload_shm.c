// The shm scenario's workload: exactly the given number of System V shared
// memory cycles, then of failing calls. Static, syscalls made directly.
//
//   ks-workload-shm segments=N stats=T failing=F
//
// N times: shmget(IPC_PRIVATE), shmat, shmdt, T x shmctl(IPC_STAT), then
// shmctl(IPC_RMID). Then F times each of: shmget of a key that does not exist
// without IPC_CREAT (ENOENT), shmat and shmctl(IPC_STAT) of id -1 (EINVAL), shmdt
// of an address where nothing is attached (EINVAL).
// Exit status 0 when every call went as planned.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

/* A key no one uses: the scenario checks that a shmget of it fails. */
#define UNUSED_KEY 0x6b730d0e

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 1; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

int main(int argc, char **argv)
{
	long segments = arg(argc, argv, "segments"), stats = arg(argc, argv, "stats");
	long failing = arg(argc, argv, "failing");
	const long page = sysconf(_SC_PAGESIZE);
	static char not_attached[1 << 16] __attribute__((aligned(1 << 16)));
	int failures = 0;

	for (long i = 0; i < segments; i++) {
		long id = syscall(SYS_shmget, IPC_PRIVATE, page, IPC_CREAT | 0600);
		if (id < 0) {
			perror("ks-workload-shm: shmget");
			return 1;
		}
		long addr = syscall(SYS_shmat, id, NULL, 0);
		failures += addr == -1;
		if (addr != -1)
			failures += syscall(SYS_shmdt, addr) != 0;
		struct shmid_ds ds;
		for (long s = 0; s < stats; s++)
			failures += syscall(SYS_shmctl, id, IPC_STAT, &ds) != 0;
		failures += syscall(SYS_shmctl, id, IPC_RMID, NULL) != 0;
	}
	for (long i = 0; i < failing; i++) {
		struct shmid_ds ds;
		failures += syscall(SYS_shmget, UNUSED_KEY, page, 0600) != -1;
		failures += syscall(SYS_shmat, -1, NULL, 0) != -1;
		failures += syscall(SYS_shmdt, not_attached) != -1;
		failures += syscall(SYS_shmctl, -1, IPC_STAT, &ds) != -1;
	}
	if (failures)
		fprintf(stderr, "ks-workload-shm: %d calls did not go as planned\n", failures);
	return failures ? 1 : 0;
}
