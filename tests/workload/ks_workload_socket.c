// The socket scenario's workload: a known amount of TCP and UDP traffic over
// loopback, in one process, so every socket end belongs to it.
//
//   ks-workload-socket sends=N bytes=B datagrams=K datagram=U peek=0|1 retransmit=0|1 report=FILE
//
// For IPv4, then IPv6: a listener, a client that connects to it, the accepted
// socket; N sends of B bytes from the client, each received by the accepted
// socket in one receive (the data is waited for with poll first, so a receive
// never waits inside the kernel); then the client, the accepted socket and the
// listener are closed. Then, for each family, an unconnected UDP client sends K
// datagrams of U bytes to an unconnected UDP server, which takes each in one
// receive, asking for the sender's address.
//
// Every way into a socket's sendmsg / recvmsg is taken in turn, since the
// tracepoint fallback of kernels before 6.3 handles each syscall itself: TCP
// sends rotate through send, write, sendmsg and writev (receives: recv, read,
// recvmsg, readv); UDP through sendto/recvfrom, sendmsg/recvmsg (with the
// address in the message) and sendmmsg/recvmmsg of two datagrams. Each is one
// sendmsg or recvmsg of the socket per message. peek=1 adds, before the first
// receive of each socket, one MSG_PEEK receive: a call that moves no bytes.
//
// retransmit=1 adds one IPv4 SYN retransmission: a listener with a backlog of 0
// holds connection A unaccepted, so the SYN of connection B is dropped; A is
// accepted, and B's SYN, retransmitted by its timer about a second later, gets
// through. Two more connects and accepts, five more closes.
//
// The report file gets one line per socket end: "<name> <lport> <rport>", and
// "pid <pid>". Exit status 0 when everything went as planned.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static FILE *report;

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 1; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

static const char *text_arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 1; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return argv[i] + len + 1;
	return NULL;
}

static int fail(const char *what)
{
	fprintf(stderr, "ks-workload-socket: %s: %s\n", what, strerror(errno));
	return -1;
}

/* The qemu guests boot with lo down; the host's is up already. An AF_UNIX
 * socket carries the ioctl, so no inet socket is made for it. */
static int loopback_up(void)
{
	struct ifreq ifr = { 0 };
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);

	if (fd < 0)
		return fail("socket for ioctl");
	strcpy(ifr.ifr_name, "lo");
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) != 0)
		return close(fd), fail("SIOCGIFFLAGS lo");
	if (!(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr) != 0)
			return close(fd), fail("SIOCSIFFLAGS lo");
		/* ::1 may need a moment to be usable after the link comes up. */
		usleep(200 * 1000);
	}
	close(fd);
	return 0;
}

static socklen_t loopback(int family, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof(*ss));
	if (family == AF_INET) {
		struct sockaddr_in *sin = (struct sockaddr_in *)ss;
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return sizeof(*sin);
	}
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
	sin6->sin6_family = AF_INET6;
	sin6->sin6_addr = in6addr_loopback;
	return sizeof(*sin6);
}

static int port_of(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0)
		return -1;
	return ntohs(ss.ss_family == AF_INET ? ((struct sockaddr_in *)&ss)->sin_port
					     : ((struct sockaddr_in6 *)&ss)->sin6_port);
}

static int bound(int family, int type, struct sockaddr_storage *addr, socklen_t *len)
{
	int fd = socket(family, type, 0);
	int one = 1;

	if (fd < 0)
		return fail("socket");
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	*len = loopback(family, addr);
	if (bind(fd, (struct sockaddr *)addr, *len) != 0)
		return close(fd), fail("bind");
	*len = sizeof(*addr);
	getsockname(fd, (struct sockaddr *)addr, len);
	return fd;
}

static int readable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return poll(&p, 1, 5000) == 1 ? 0 : fail("poll for data");
}

static void record(const char *name, int local_fd, int remote_port)
{
	fprintf(report, "%s %d %d\n", name, port_of(local_fd), remote_port);
}

static int peek;

/* One send of `bytes` on a connected socket, the way number `way` says. */
static long tcp_send(int fd, char *buf, long bytes, long way)
{
	struct iovec iov[2] = { { buf, bytes / 2 }, { buf + bytes / 2, bytes - bytes / 2 } };
	struct msghdr msg = { .msg_iov = iov, .msg_iovlen = 2 };

	switch (way % 4) {
	case 0:
		return send(fd, buf, bytes, 0);
	case 1:
		return write(fd, buf, bytes);
	case 2:
		return sendmsg(fd, &msg, 0);
	default:
		return writev(fd, iov, 2);
	}
}

static long tcp_recv(int fd, char *buf, long bytes, long way)
{
	struct iovec iov[2] = { { buf, bytes / 2 }, { buf + bytes / 2, bytes - bytes / 2 } };
	struct msghdr msg = { .msg_iov = iov, .msg_iovlen = 2 };

	switch (way % 4) {
	case 0:
		return recv(fd, buf, bytes, 0);
	case 1:
		return read(fd, buf, bytes);
	case 2:
		return recvmsg(fd, &msg, 0);
	default:
		return readv(fd, iov, 2);
	}
}

static int tcp_round(int family, long sends, long bytes, char *buf)
{
	const char *tag = family == AF_INET ? "tcp4" : "tcp6";
	struct sockaddr_storage addr;
	socklen_t len;
	char name[32];
	int listener = bound(family, SOCK_STREAM, &addr, &len);

	if (listener < 0 || listen(listener, 8) != 0)
		return fail("listen");
	int client = socket(family, SOCK_STREAM, 0);
	if (client < 0 || connect(client, (struct sockaddr *)&addr, len) != 0)
		return fail("connect");
	int server = accept(listener, NULL, NULL);
	if (server < 0)
		return fail("accept");
	for (long i = 0; i < sends; i++) {
		if (tcp_send(client, buf, bytes, i) != bytes)
			return fail("send");
		if (readable(server) != 0)
			return -1;
		if (peek && i == 0 && recv(server, buf, bytes, MSG_PEEK) != bytes)
			return fail("recv MSG_PEEK");
		if (tcp_recv(server, buf, bytes, i) != bytes)
			return fail("recv (data did not arrive in one piece)");
	}
	snprintf(name, sizeof(name), "%s-client", tag);
	record(name, client, port_of(listener));
	snprintf(name, sizeof(name), "%s-server", tag);
	record(name, server, port_of(client));
	close(client);
	close(server);
	close(listener);
	return 0;
}

static int udp_round(int family, long datagrams, long size, char *buf)
{
	const char *tag = family == AF_INET ? "udp4" : "udp6";
	struct sockaddr_storage server_addr, client_addr, from[2];
	socklen_t server_len, client_len, from_len;
	char name[32];
	int server = bound(family, SOCK_DGRAM, &server_addr, &server_len);
	int client = bound(family, SOCK_DGRAM, &client_addr, &client_len);

	if (server < 0 || client < 0)
		return -1;
	for (long i = 0; i < datagrams; i++) {
		struct iovec iov[2] = { { buf, size }, { buf, size } };
		struct mmsghdr m[2];

		memset(m, 0, sizeof(m));
		for (int k = 0; k < 2; k++) {
			m[k].msg_hdr.msg_iov = &iov[k];
			m[k].msg_hdr.msg_iovlen = 1;
		}
		if (i % 3 == 2 && i + 1 < datagrams) {
			/* Two datagrams in one sendmmsg, both taken by one recvmmsg. */
			for (int k = 0; k < 2; k++) {
				m[k].msg_hdr.msg_name = &server_addr;
				m[k].msg_hdr.msg_namelen = server_len;
			}
			if (sendmmsg(client, m, 2, 0) != 2)
				return fail("sendmmsg");
			for (int k = 0; k < 2; k++) {
				m[k].msg_hdr.msg_name = &from[k];
				m[k].msg_hdr.msg_namelen = sizeof(from[k]);
			}
			if (readable(server) != 0 || recvmmsg(server, m, 2, 0, NULL) != 2 || m[0].msg_len != size
			    || m[1].msg_len != size)
				return fail("recvmmsg");
			i++;
			continue;
		}
		if (i % 3 == 0) {
			if (sendto(client, buf, size, 0, (struct sockaddr *)&server_addr, server_len) != size)
				return fail("sendto");
		} else {
			m[0].msg_hdr.msg_name = &server_addr;
			m[0].msg_hdr.msg_namelen = server_len;
			if (sendmsg(client, &m[0].msg_hdr, 0) != size)
				return fail("sendmsg");
		}
		if (readable(server) != 0)
			return -1;
		from_len = sizeof(from[0]);
		if (peek && i == 0
		    && recvfrom(server, buf, size, MSG_PEEK, (struct sockaddr *)&from[0], &from_len) != size)
			return fail("recvfrom MSG_PEEK");
		from_len = sizeof(from[0]);
		if (i % 3 == 0) {
			if (recvfrom(server, buf, size, 0, (struct sockaddr *)&from[0], &from_len) != size)
				return fail("recvfrom");
		} else {
			m[0].msg_hdr.msg_name = &from[0];
			m[0].msg_hdr.msg_namelen = sizeof(from[0]);
			if (recvmsg(server, &m[0].msg_hdr, 0) != size)
				return fail("recvmsg");
		}
	}
	snprintf(name, sizeof(name), "%s-client", tag);
	record(name, client, port_of(server));
	snprintf(name, sizeof(name), "%s-server", tag);
	record(name, server, port_of(client));
	close(client);
	close(server);
	return 0;
}

static int syn_retransmission(void)
{
	struct sockaddr_storage addr;
	socklen_t len;
	int listener = bound(AF_INET, SOCK_STREAM, &addr, &len);

	if (listener < 0 || listen(listener, 0) != 0)
		return fail("listen 0");
	int a = socket(AF_INET, SOCK_STREAM, 0);
	if (a < 0 || connect(a, (struct sockaddr *)&addr, len) != 0)
		return fail("connect A");
	/* A's handshake is complete and it waits in the accept queue, which is now full. */
	if (readable(listener) != 0)
		return -1;
	int b = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (b < 0 || connect(b, (struct sockaddr *)&addr, len) != -1 || errno != EINPROGRESS)
		return fail("connect B");
	usleep(200 * 1000);
	int a_server = accept(listener, NULL, NULL);
	if (a_server < 0)
		return fail("accept A");
	struct pollfd p = { .fd = b, .events = POLLOUT };
	int err = 0;
	socklen_t err_len = sizeof(err);
	if (poll(&p, 1, 10000) != 1 || getsockopt(b, SOL_SOCKET, SO_ERROR, &err, &err_len) != 0 || err != 0)
		return errno = err, fail("B did not connect after its SYN was retransmitted");
	int b_server = accept(listener, NULL, NULL);
	if (b_server < 0)
		return fail("accept B");
	record("retransmit-a", a, port_of(listener));
	record("retransmit-b", b, port_of(listener));
	close(a);
	close(b);
	close(a_server);
	close(b_server);
	close(listener);
	return 0;
}

int main(int argc, char **argv)
{
	long sends = arg(argc, argv, "sends"), bytes = arg(argc, argv, "bytes");
	long datagrams = arg(argc, argv, "datagrams"), datagram = arg(argc, argv, "datagram");
	const char *report_path = text_arg(argc, argv, "report");
	static char buf[1 << 16];

	if (bytes <= 0 || bytes > (long)sizeof(buf) || datagram <= 0 || datagram > (long)sizeof(buf) || !report_path) {
		fprintf(stderr, "usage: ks-workload-socket sends=N bytes=B datagrams=K datagram=U peek=0|1 retransmit=0|1 report=FILE\n");
		return 2;
	}
	peek = arg(argc, argv, "peek") != 0;
	memset(buf, 'k', sizeof(buf));
	report = fopen(report_path, "w");
	if (!report)
		return fail("report file"), 1;
	fprintf(report, "pid %d\n", getpid());
	if (loopback_up() != 0)
		return 1;
	for (int family = AF_INET; ; family = AF_INET6) {
		if (tcp_round(family, sends, bytes, buf) != 0 || udp_round(family, datagrams, datagram, buf) != 0)
			return 1;
		if (family == AF_INET6)
			break;
	}
	if (arg(argc, argv, "retransmit") && syn_retransmission() != 0)
		return 1;
	return fclose(report) == 0 ? 0 : 1;
}
