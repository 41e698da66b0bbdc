// A process whose child the OOM killer kills, for exactness tests. Static, so
// nothing runs before main.
//
//   ks-workload-oomkill CGROUP
//
// CGROUP is an empty memory cgroup with a small limit and no swap (made by the
// scenario). The child joins it and allocates until it is killed; the parent
// waits for it and removes the cgroup. Exit status 0 when the child died of
// SIGKILL, which is what the OOM killer sends.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHUNK (1L << 20)
#define GIVE_UP (4096L * CHUNK)  /* a limit that did not hold */

static int join(const char *cgroup)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/cgroup.procs", cgroup);
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	/* "0" moves the writer itself, in cgroup v1 and v2 alike. */
	int ok = write(fd, "0", 1) == 1;
	close(fd);
	return ok ? 0 : -1;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s CGROUP\n", argv[0]);
		return 2;
	}
	pid_t child = fork();
	if (child == 0) {
		if (join(argv[1]) != 0)
			_exit(3);
		for (long used = 0; used < GIVE_UP; used += CHUNK) {
			char *p = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (p == MAP_FAILED)
				_exit(4);
			memset(p, 0x5a, CHUNK);
		}
		_exit(5);
	}
	int status = 0;
	if (child < 0 || waitpid(child, &status, 0) != child)
		return 1;
	/* The cgroup is empty once its last task is reaped; a moment later at worst. */
	for (int i = 0; i < 100 && rmdir(argv[1]) != 0; i++)
		usleep(10000);
	if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) {
		fprintf(stderr, "ks-workload-oomkill: child ended with status 0x%x, not killed\n", status);
		return 1;
	}
	return 0;
}
