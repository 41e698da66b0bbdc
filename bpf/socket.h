/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* The `socket` module ("network viewer"): counters, and the connection table's layout. */
#ifndef KINSIGHT_SOCKET_H
#define KINSIGHT_SOCKET_H

/* BPF builds take the types from vmlinux.h, included after this header. */
#ifndef __bpf__
#include <linux/types.h>
#endif

enum socket_counter {
	SOCKET_TCP_SEND_CALL = 0,
	SOCKET_TCP_SEND_BYTES,   /* bytes tcp_sendmsg accepted (sum of positive returns) */
	SOCKET_TCP_SEND_ERROR,
	SOCKET_TCP_RECV_CALL,
	SOCKET_TCP_RECV_BYTES,   /* bytes copied to the caller; MSG_PEEK copies are not counted */
	SOCKET_TCP_RECV_ERROR,
	SOCKET_TCP_CLOSE,
	SOCKET_TCP_RETRANSMIT,   /* counted for the socket's owner, not for whoever the timer interrupted */
	SOCKET_TCP_CONNECT_V4,
	SOCKET_TCP_CONNECT_V6,
	SOCKET_TCP_ACCEPT,       /* inbound TCP connections handed to a process */
	SOCKET_UDP_SEND_CALL,
	SOCKET_UDP_SEND_BYTES,
	SOCKET_UDP_SEND_ERROR,
	SOCKET_UDP_RECV_CALL,
	SOCKET_UDP_RECV_BYTES,
	SOCKET_UDP_RECV_ERROR,
	SOCKET_UDP_INBOUND,      /* never counted: UDP has no connection to accept */
	SOCKET_COUNTERS
};

/*
 * The connection table: one row per socket end and process (a socket shared
 * after fork has a row per process that used it). LRU: when full, the
 * connection idle the longest is forgotten; its traffic stays in the global
 * and per-process counters, which are kept apart. 16384 is Netdata's default
 * `socket monitoring table size`.
 */
#define SOCKET_CONNECTIONS_MAX 16384

/* TCP sockets whose owner a retransmission (timer or softirq context) is counted
 * for: those connected or accepted most recently (LRU). A retransmission of a
 * socket forgotten here still counts system-wide. */
#define SOCKET_OWNERS_MAX 8192

/* Calls in flight between a kprobe and its kretprobe (Netdata's `udp connection table size`). */
#define SOCKET_INFLIGHT_MAX 4096

#define SOCKET_COMM_LEN 16

/*
 * Syscall-exit fallback (kernels before 6.3 in the tracepoint family: no
 * sock_send_length / sock_recv_length). An action of the dispatch table is a
 * syscall kind (bits 8..15) and the hooks that want it (bits 0..7): tcp_send
 * and udp_send both register sendto, and the engine ORs their actions.
 */
enum socket_syscall_kind {
	SOCKET_SYS_WRITE = 1,
	SOCKET_SYS_WRITEV,
	SOCKET_SYS_SENDTO,
	SOCKET_SYS_SENDMSG,
	SOCKET_SYS_SENDMMSG,
	SOCKET_SYS_READ,     /* receives from here on */
	SOCKET_SYS_READV,
	SOCKET_SYS_RECVFROM,
	SOCKET_SYS_RECVMSG,
	SOCKET_SYS_RECVMMSG,
	SOCKET_SYS_ACCEPT,   /* accept and accept4: the socket they return */
};

#define SOCKET_WANT_TCP_SEND 0x1
#define SOCKET_WANT_TCP_RECV 0x2
#define SOCKET_WANT_UDP_SEND 0x4
#define SOCKET_WANT_UDP_RECV 0x8
#define SOCKET_WANT_ACCEPT 0x10
#define SOCKET_SYS_ACTION(kind, want) (((kind) << 8) | (want))

/* sendmmsg / recvmmsg: the bytes of at most this many messages of one call are read. */
#define SOCKET_MMSG_MAX 64

/* No implicit padding: the key is hashed as bytes. */
struct socket_conn_key {
	__u8 local_addr[16];  /* IPv4: the first 4 bytes, network order */
	__u8 remote_addr[16]; /* UDP: the datagram's peer where the hook sees it, else the connected peer */
	__u16 local_port;     /* host order */
	__u16 remote_port;
	__u16 family;         /* AF_INET or AF_INET6 */
	__u8 protocol;        /* IPPROTO_TCP, IPPROTO_UDP or IPPROTO_UDPLITE */
	__u8 reserved;
	__u32 tgid;
	char comm[SOCKET_COMM_LEN]; /* the process's name when the row was made */
};

/* The connection table's values, all u64, in this order. */
enum socket_conn_value {
	SOCKET_CONN_BYTES_SENT = 0,
	SOCKET_CONN_BYTES_RECEIVED,
	SOCKET_CONN_SENDS,
	SOCKET_CONN_RECEIVES,
	SOCKET_CONN_RETRANSMITS,
	SOCKET_CONN_CONNECTS,   /* 1: this process connected it (outbound) */
	SOCKET_CONN_ACCEPTS,    /* 1: this process accepted it (inbound) */
	SOCKET_CONN_CLOSES,
	SOCKET_CONN_STATE,      /* TCP state (TCP_ESTABLISHED = 1 ...) at the row's last event; TCP_CLOSE once closed */
	SOCKET_CONN_VALUES
};

struct socket_conn_values {
	__u64 v[SOCKET_CONN_VALUES];
};

#endif
