// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * socket ("network viewer"): TCP and UDP sends and receives with the bytes
 * they really moved, TCP closes, retransmissions, outbound connects and
 * accepted connections, system-wide, per process, and per connection.
 *
 * Whoever runs a program is not always whom to count: retransmissions run
 * from timers and softirqs, on behalf of any process. So a TCP socket
 * remembers the process that connected or accepted it (socket_owners), and
 * retransmissions are counted for that owner.
 *
 * Every family hooks the return where bytes are concerned: only the return
 * value says how many bytes moved.
 */
#include "vmlinux.h" /* socket.h's structs use its types */
#include "socket.h"
#define KS_COUNTERS SOCKET_COUNTERS
#include "kinsight.bpf.h"

#include "kinsight_syscalls.bpf.h"

#include <bpf/bpf_endian.h>

#define KS_AF_INET 2
#define KS_AF_INET6 10
#define KS_MSG_PEEK 2
#define KS_S_IFMT 00170000
#define KS_S_IFSOCK 0140000

extern int LINUX_KERNEL_VERSION __kconfig;

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, SOCKET_CONNECTIONS_MAX);
	__type(key, struct socket_conn_key);
	__type(value, struct socket_conn_values);
} socket_connections SEC(".maps");

enum owner_direction {
	OWNER_OUTBOUND = 1,
	OWNER_INBOUND = 2,
};

struct socket_owner {
	__u32 tgid;
	__u32 direction;
	char comm[SOCKET_COMM_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, SOCKET_OWNERS_MAX);
	__type(key, __u64); /* the struct sock's address */
	__type(value, struct socket_owner);
} socket_owners SEC(".maps");

/* kprobe variants only: the arguments a kretprobe no longer has. */
enum inflight_hook {
	INFLIGHT_TCP_SEND = 1,
	INFLIGHT_TCP_RECV,
	INFLIGHT_CONNECT,
	INFLIGHT_UDP_SEND,
	INFLIGHT_UDP_RECV,
};

struct inflight_key {
	__u64 pid_tgid;
	__u32 hook;
	__u32 reserved;
};

struct inflight_call {
	__u64 sk;
	__u64 msg;
	__u64 flags;
};

/* Not preallocated: only the probe family uses it. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, SOCKET_INFLIGHT_MAX);
	__type(key, struct inflight_key);
	__type(value, struct inflight_call);
} socket_inflight SEC(".maps");

/* ---- the connection table ---- */

/* In an inspecting session (trees or cgroups), only the inspected processes' connections are listed. */
static __always_inline bool conn_wanted(__u32 tgid)
{
	__u32 group;

	if (ks_cfg.pid_mode != KS_PID_TRACKED && ks_cfg.pid_mode != KS_PID_CGROUP)
		return true;
	return ks_pid_wanted(tgid, &group);
}

static __always_inline __u16 sock_family(struct sock *sk)
{
	return BPF_CORE_READ(sk, __sk_common.skc_family);
}

static __always_inline bool is_inet(struct sock *sk)
{
	__u16 family = sock_family(sk);

	return family == KS_AF_INET || family == KS_AF_INET6;
}

/* Addresses and ports of `sk`; false for sockets that are not IPv4 or IPv6. */
static __always_inline bool key_from_sock(struct sock *sk, struct socket_conn_key *key)
{
	__u16 family = sock_family(sk);

	if (family == KS_AF_INET) {
		__u32 local = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
		__u32 remote = BPF_CORE_READ(sk, __sk_common.skc_daddr);

		__builtin_memcpy(key->local_addr, &local, 4);
		__builtin_memcpy(key->remote_addr, &remote, 4);
	} else if (family == KS_AF_INET6) {
		BPF_CORE_READ_INTO(&key->local_addr, sk, __sk_common.skc_v6_rcv_saddr.in6_u.u6_addr8);
		BPF_CORE_READ_INTO(&key->remote_addr, sk, __sk_common.skc_v6_daddr.in6_u.u6_addr8);
	} else {
		return false;
	}
	key->local_port = BPF_CORE_READ(sk, __sk_common.skc_num);
	key->remote_port = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	key->family = family;
	key->protocol = BPF_CORE_READ(sk, sk_protocol);
	return true;
}

static __always_inline long read_name(void *dst, __u32 size, const void *src, bool user)
{
	return user ? bpf_probe_read_user(dst, size, src) : bpf_probe_read_kernel(dst, size, src);
}

/* An unconnected UDP socket's peer is in the message: the destination of a send,
 * the source of a received datagram (when the caller asked for it). `name` is
 * the message's address, in the kernel (a hooked function's msghdr) or in the
 * caller's memory (a syscall's argument, read at its exit). */
static __always_inline void peer_from_name(struct socket_conn_key *key, const void *name, bool user)
{
	__u16 family = 0;

	if (!name || read_name(&family, sizeof(family), name, user))
		return;
	if (family == KS_AF_INET) {
		struct sockaddr_in sin;

		if (read_name(&sin, sizeof(sin), name, user))
			return;
		__builtin_memset(key->remote_addr, 0, sizeof(key->remote_addr));
		if (key->family == KS_AF_INET6) {
			/* A v4 peer of a dual-stack socket, written as the kernel does: ::ffff:a.b.c.d */
			key->remote_addr[10] = 0xff;
			key->remote_addr[11] = 0xff;
			__builtin_memcpy(&key->remote_addr[12], &sin.sin_addr.s_addr, 4);
		} else {
			__builtin_memcpy(key->remote_addr, &sin.sin_addr.s_addr, 4);
		}
		key->remote_port = bpf_ntohs(sin.sin_port);
	} else if (family == KS_AF_INET6 && key->family == KS_AF_INET6) {
		struct sockaddr_in6 sin6;

		if (read_name(&sin6, sizeof(sin6), name, user))
			return;
		__builtin_memcpy(key->remote_addr, &sin6.sin6_addr, 16);
		key->remote_port = bpf_ntohs(sin6.sin6_port);
	}
}

static __always_inline struct socket_owner *owner_of(struct sock *sk)
{
	__u64 addr = (__u64)sk;

	return bpf_map_lookup_elem(&socket_owners, &addr);
}

static __always_inline void set_owner(struct sock *sk, __u32 direction)
{
	__u64 addr = (__u64)sk;
	struct socket_owner owner = { .tgid = ks_current_tgid(), .direction = direction };

	bpf_get_current_comm(owner.comm, sizeof(owner.comm));
	bpf_map_update_elem(&socket_owners, &addr, &owner, BPF_ANY);
}

/* The row of `key`, made on first use. A new row of the socket's owner says
 * whether that process connected or accepted it. */
static __always_inline struct socket_conn_values *conn_row(struct socket_conn_key *key, struct sock *sk)
{
	struct socket_conn_values *row = bpf_map_lookup_elem(&socket_connections, key);
	struct socket_owner *owner;

	if (row)
		return row;
	struct socket_conn_values fresh = {};
	owner = owner_of(sk);
	if (owner && owner->tgid == key->tgid) {
		fresh.v[SOCKET_CONN_CONNECTS] = owner->direction == OWNER_OUTBOUND;
		fresh.v[SOCKET_CONN_ACCEPTS] = owner->direction == OWNER_INBOUND;
	}
	bpf_map_update_elem(&socket_connections, key, &fresh, BPF_NOEXIST);
	return bpf_map_lookup_elem(&socket_connections, key);
}

static __always_inline void row_add(struct socket_conn_values *row, struct sock *sk, __u32 i1, __u64 d1,
				    __u32 i2, __u64 d2)
{
	if (i1 < SOCKET_CONN_VALUES && d1)
		__sync_fetch_and_add(&row->v[i1], d1);
	if (i2 < SOCKET_CONN_VALUES && d2)
		__sync_fetch_and_add(&row->v[i2], d2);
	row->v[SOCKET_CONN_STATE] = BPF_CORE_READ(sk, __sk_common.skc_state);
}

/* Adds to the calling process's row of `sk` (its peer taken from `name` when given). */
static __always_inline void conn_add(struct sock *sk, const void *name, bool user, __u32 i1, __u64 d1, __u32 i2,
				     __u64 d2)
{
	struct socket_conn_key key = {};
	struct socket_conn_values *row;
	__u32 tgid = ks_current_tgid();

	if (!conn_wanted(tgid) || !key_from_sock(sk, &key))
		return;
	peer_from_name(&key, name, user);
	key.tgid = tgid;
	bpf_get_current_comm(key.comm, sizeof(key.comm));
	row = conn_row(&key, sk);
	if (row)
		row_add(row, sk, i1, d1, i2, d2);
}

/* Adds to the owner's row of `sk`: for events that run in no process's name. */
static __always_inline void owner_conn_add(struct sock *sk, struct socket_owner *owner, __u32 i1, __u64 d1)
{
	struct socket_conn_key key = {};
	struct socket_conn_values *row;

	if (!conn_wanted(owner->tgid) || !key_from_sock(sk, &key))
		return;
	key.tgid = owner->tgid;
	__builtin_memcpy(key.comm, owner->comm, sizeof(key.comm));
	row = conn_row(&key, sk);
	if (row)
		row_add(row, sk, i1, d1, SOCKET_CONN_VALUES, 0);
}

/* ---- what each event counts, whichever hook saw it ---- */

static __always_inline bool is_udp(__u16 protocol)
{
	return protocol == IPPROTO_UDP || protocol == IPPROTO_UDPLITE;
}

/* `calls` sends or receives that moved `moved` bytes, or (ret < 0) one that failed: the totals. */
static __always_inline void io_totals(bool udp, bool sent, long ret, __u64 calls, __u64 moved)
{
	__u32 call, bytes, error;

	if (udp) {
		call = sent ? SOCKET_UDP_SEND_CALL : SOCKET_UDP_RECV_CALL;
		bytes = sent ? SOCKET_UDP_SEND_BYTES : SOCKET_UDP_RECV_BYTES;
		error = sent ? SOCKET_UDP_SEND_ERROR : SOCKET_UDP_RECV_ERROR;
	} else {
		call = sent ? SOCKET_TCP_SEND_CALL : SOCKET_TCP_RECV_CALL;
		bytes = sent ? SOCKET_TCP_SEND_BYTES : SOCKET_TCP_RECV_BYTES;
		error = sent ? SOCKET_TCP_SEND_ERROR : SOCKET_TCP_RECV_ERROR;
	}
	if (ret < 0)
		ks_call(call, error, ret);
	else
		ks_add2_for(ks_current_tgid(), call, calls, bytes, moved);
}

/* ... and the connection row (the peer from `name`, if any). */
static __always_inline void io_row(struct sock *sk, const void *name, bool user, bool sent, __u64 calls,
				   __u64 moved)
{
	if (sent)
		conn_add(sk, name, user, SOCKET_CONN_SENDS, calls, SOCKET_CONN_BYTES_SENT, moved);
	else
		conn_add(sk, name, user, SOCKET_CONN_RECEIVES, calls, SOCKET_CONN_BYTES_RECEIVED, moved);
}

static __always_inline void io_done(struct sock *sk, struct msghdr *msg, bool udp, bool sent, long ret, bool peek)
{
	const void *name = msg ? BPF_CORE_READ(msg, msg_name) : NULL;

	/* A peek copies bytes that the next receive copies again. */
	__u64 moved = peek || ret < 0 ? 0 : ret;

	io_totals(udp, sent, ret, 1, moved);
	if (ret >= 0)
		io_row(sk, name, false, sent, 1, moved);
}

static __always_inline void connect_done(struct sock *sk, bool v6, long ret)
{
	ks_add(v6 ? SOCKET_TCP_CONNECT_V6 : SOCKET_TCP_CONNECT_V4, 1);
	if (ret != 0)
		return;
	set_owner(sk, OWNER_OUTBOUND);
	conn_add(sk, NULL, false, SOCKET_CONN_VALUES, 0, SOCKET_CONN_VALUES, 0);
}

static __always_inline void accepted(struct sock *sk)
{
	if (!sk || BPF_CORE_READ(sk, sk_protocol) != IPPROTO_TCP || !is_inet(sk))
		return;
	ks_add(SOCKET_TCP_ACCEPT, 1);
	set_owner(sk, OWNER_INBOUND);
	conn_add(sk, NULL, false, SOCKET_CONN_VALUES, 0, SOCKET_CONN_VALUES, 0);
}

static __always_inline void closing(struct sock *sk)
{
	struct socket_conn_key key = {};
	struct socket_conn_values *row;
	__u32 tgid = ks_current_tgid();

	ks_add(SOCKET_TCP_CLOSE, 1);
	/* Only rows that exist: a listener or a never-used socket gets none. */
	if (!conn_wanted(tgid) || !key_from_sock(sk, &key))
		return;
	key.tgid = tgid;
	bpf_get_current_comm(key.comm, sizeof(key.comm));
	row = bpf_map_lookup_elem(&socket_connections, &key);
	if (!row)
		return;
	__sync_fetch_and_add(&row->v[SOCKET_CONN_CLOSES], 1);
	row->v[SOCKET_CONN_STATE] = TCP_CLOSE;
}

static __always_inline void retransmitted(struct sock *sk)
{
	struct socket_owner *owner = owner_of(sk);

	ks_add_existing(owner ? owner->tgid : 0, SOCKET_TCP_RETRANSMIT, 1);
	if (owner)
		owner_conn_add(sk, owner, SOCKET_CONN_RETRANSMITS, 1);
}

/* The `flags` argument of tcp_recvmsg / udp_recvmsg / udpv6_recvmsg: 5.19 removed
 * the `noblock` argument before it. */
static __always_inline int recv_flags_arg(void)
{
	return LINUX_KERNEL_VERSION >= KERNEL_VERSION(5, 19, 0) ? 3 : 4;
}

/* ---- trampoline variants ---- */

SEC("?fexit/tcp_sendmsg")
int BPF_PROG(tcp_send__fexit, struct sock *sk, struct msghdr *msg, size_t size, int ret)
{
	io_done(sk, NULL, false, true, ret, false);
	return 0;
}

static __always_inline void recv_fexit(void *ctx, bool udp)
{
	__u64 sk = 0, msg = 0, flags = 0, ret = 0;

	bpf_get_func_arg(ctx, 0, &sk);
	bpf_get_func_arg(ctx, 1, &msg);
	bpf_get_func_arg(ctx, recv_flags_arg(), &flags);
	bpf_get_func_ret(ctx, &ret);
	io_done((struct sock *)sk, udp ? (struct msghdr *)msg : NULL, udp, false, (int)ret, flags & KS_MSG_PEEK);
}

SEC("?fexit/tcp_recvmsg")
int BPF_PROG(tcp_recv__fexit)
{
	recv_fexit(ctx, false);
	return 0;
}

SEC("?fentry/tcp_close")
int BPF_PROG(tcp_close__fentry, struct sock *sk)
{
	closing(sk);
	return 0;
}

SEC("?fentry/tcp_retransmit_skb")
int BPF_PROG(retransmit__fentry, struct sock *sk)
{
	retransmitted(sk);
	return 0;
}

/* tcp_v6_connect hands v4-mapped peers to tcp_v4_connect: counted once, as IPv6. */
SEC("?fexit/tcp_v4_connect")
int BPF_PROG(connect4__fexit, struct sock *sk, struct sockaddr *uaddr, int addr_len, int ret)
{
	if (sock_family(sk) == KS_AF_INET)
		connect_done(sk, false, ret);
	return 0;
}

SEC("?fexit/tcp_v6_connect")
int BPF_PROG(connect6__fexit, struct sock *sk, struct sockaddr *uaddr, int addr_len, int ret)
{
	connect_done(sk, true, ret);
	return 0;
}

/* The argument list changed in 6.10 (struct proto_accept_arg); only the result matters. */
SEC("?fexit/inet_csk_accept")
int BPF_PROG(accept__fexit)
{
	__u64 ret = 0;

	bpf_get_func_ret(ctx, &ret);
	accepted((struct sock *)ret);
	return 0;
}

/* udpv6_sendmsg hands v4 destinations to udp_sendmsg: counted once, by udpv6_sendmsg. */
SEC("?fexit/udp_sendmsg")
int BPF_PROG(udp_send4__fexit, struct sock *sk, struct msghdr *msg, size_t len, int ret)
{
	if (sock_family(sk) == KS_AF_INET)
		io_done(sk, msg, true, true, ret, false);
	return 0;
}

SEC("?fexit/udpv6_sendmsg")
int BPF_PROG(udp_send6__fexit, struct sock *sk, struct msghdr *msg, size_t len, int ret)
{
	io_done(sk, msg, true, true, ret, false);
	return 0;
}

SEC("?fexit/udp_recvmsg")
int BPF_PROG(udp_recv4__fexit)
{
	recv_fexit(ctx, true);
	return 0;
}

SEC("?fexit/udpv6_recvmsg")
int BPF_PROG(udp_recv6__fexit)
{
	recv_fexit(ctx, true);
	return 0;
}

/* ---- probe variants ---- */

static __always_inline void remember(__u32 hook, void *sk, void *msg, __u64 flags)
{
	struct inflight_key key = { .pid_tgid = bpf_get_current_pid_tgid(), .hook = hook };
	struct inflight_call call = { .sk = (__u64)sk, .msg = (__u64)msg, .flags = flags };

	bpf_map_update_elem(&socket_inflight, &key, &call, BPF_ANY);
}

static __always_inline bool recall(__u32 hook, struct inflight_call *out)
{
	struct inflight_key key = { .pid_tgid = bpf_get_current_pid_tgid(), .hook = hook };
	struct inflight_call *call = bpf_map_lookup_elem(&socket_inflight, &key);

	if (!call)
		return false;
	*out = *call;
	bpf_map_delete_elem(&socket_inflight, &key);
	return true;
}

static __always_inline __u64 recv_flags_kprobe(struct pt_regs *ctx)
{
	return LINUX_KERNEL_VERSION >= KERNEL_VERSION(5, 19, 0) ? PT_REGS_PARM4_CORE(ctx) : PT_REGS_PARM5_CORE(ctx);
}

SEC("?kprobe/tcp_sendmsg")
int BPF_KPROBE(tcp_send__kprobe, struct sock *sk)
{
	remember(INFLIGHT_TCP_SEND, sk, NULL, 0);
	return 0;
}

/* The kretprobes read int results as int: rax's upper half is not sign-extended. */
SEC("?kretprobe/tcp_sendmsg")
int BPF_KRETPROBE(tcp_send__kretprobe, int ret)
{
	struct inflight_call call;

	if (recall(INFLIGHT_TCP_SEND, &call))
		io_done((struct sock *)call.sk, NULL, false, true, ret, false);
	return 0;
}

SEC("?kprobe/tcp_recvmsg")
int BPF_KPROBE(tcp_recv__kprobe, struct sock *sk)
{
	remember(INFLIGHT_TCP_RECV, sk, NULL, recv_flags_kprobe(ctx));
	return 0;
}

SEC("?kretprobe/tcp_recvmsg")
int BPF_KRETPROBE(tcp_recv__kretprobe, int ret)
{
	struct inflight_call call;

	if (recall(INFLIGHT_TCP_RECV, &call))
		io_done((struct sock *)call.sk, NULL, false, false, ret, call.flags & KS_MSG_PEEK);
	return 0;
}

SEC("?kprobe/tcp_close")
int BPF_KPROBE(tcp_close__kprobe, struct sock *sk)
{
	closing(sk);
	return 0;
}

SEC("?kprobe/tcp_retransmit_skb")
int BPF_KPROBE(retransmit__kprobe, struct sock *sk)
{
	retransmitted(sk);
	return 0;
}

/* A v4-mapped tcp_v6_connect nests a tcp_v4_connect on the same socket: that
 * entry is skipped, and the first return (the same result) counts it, as IPv6. */
SEC("?kprobe/tcp_v4_connect")
int BPF_KPROBE(connect4__kprobe, struct sock *sk)
{
	if (sock_family(sk) == KS_AF_INET)
		remember(INFLIGHT_CONNECT, sk, NULL, 0);
	return 0;
}

SEC("?kprobe/tcp_v6_connect")
int BPF_KPROBE(connect6__kprobe, struct sock *sk)
{
	remember(INFLIGHT_CONNECT, sk, NULL, 0);
	return 0;
}

SEC("?kretprobe")
int BPF_KRETPROBE(connect__kretprobe, int ret)
{
	struct inflight_call call;

	if (recall(INFLIGHT_CONNECT, &call)) {
		struct sock *sk = (struct sock *)call.sk;

		connect_done(sk, sock_family(sk) == KS_AF_INET6, ret);
	}
	return 0;
}

SEC("?kretprobe/inet_csk_accept")
int BPF_KRETPROBE(accept__kretprobe, struct sock *sk)
{
	accepted(sk);
	return 0;
}

/* udp_sendmsg nested in udpv6_sendmsg (a v4 destination) keeps the outer entry. */
SEC("?kprobe/udp_sendmsg")
int BPF_KPROBE(udp_send4__kprobe, struct sock *sk, struct msghdr *msg)
{
	if (sock_family(sk) == KS_AF_INET)
		remember(INFLIGHT_UDP_SEND, sk, msg, 0);
	return 0;
}

SEC("?kprobe/udpv6_sendmsg")
int BPF_KPROBE(udp_send6__kprobe, struct sock *sk, struct msghdr *msg)
{
	remember(INFLIGHT_UDP_SEND, sk, msg, 0);
	return 0;
}

SEC("?kretprobe")
int BPF_KRETPROBE(udp_send__kretprobe, int ret)
{
	struct inflight_call call;

	if (recall(INFLIGHT_UDP_SEND, &call))
		io_done((struct sock *)call.sk, (struct msghdr *)call.msg, true, true, ret, false);
	return 0;
}

SEC("?kprobe")
int BPF_KPROBE(udp_recv__kprobe, struct sock *sk, struct msghdr *msg)
{
	remember(INFLIGHT_UDP_RECV, sk, msg, recv_flags_kprobe(ctx));
	return 0;
}

SEC("?kretprobe")
int BPF_KRETPROBE(udp_recv__kretprobe, int ret)
{
	struct inflight_call call;

	if (recall(INFLIGHT_UDP_RECV, &call))
		io_done((struct sock *)call.sk, (struct msghdr *)call.msg, true, false, ret,
			call.flags & KS_MSG_PEEK);
	return 0;
}

/* ---- tracepoint variants ---- */

/*
 * sock:sock_send_length / sock_recv_length (6.3+) follow every sendmsg and
 * recvmsg of every socket, with the result. The socket's own protocol decides
 * which hook counts it. A UDP peer is the connected one: the message is not
 * in the event.
 */
static __always_inline void msg_length(struct sock *sk, __u16 family, __u16 protocol, int ret, int flags, bool udp,
				       bool sent)
{
	if (family != KS_AF_INET && family != KS_AF_INET6)
		return;
	if (udp ? !is_udp(protocol) : protocol != IPPROTO_TCP)
		return;
	io_done(sk, NULL, udp, sent, ret, !sent && (flags & KS_MSG_PEEK));
}

/* Classic records of sock_msg_length events (fixed by the tracing ABI). */
struct msg_length_record {
	__u64 common;
	void *sk;
	__u16 family;
	__u16 protocol;
	int ret;
	int flags;
};

#define MSG_LENGTH_PROGRAMS(name, event, udp, sent)                                                   \
	SEC("?tp_btf/" #event)                                                                          \
	int BPF_PROG(name##__tp_btf, struct sock *sk, int ret, int flags)                               \
	{                                                                                               \
		msg_length(sk, sock_family(sk), BPF_CORE_READ(sk, sk_protocol), ret, flags, udp, sent);  \
		return 0;                                                                               \
	}                                                                                               \
	SEC("?raw_tp/" #event)                                                                          \
	int BPF_PROG(name##__raw_tp, struct sock *sk, int ret, int flags)                               \
	{                                                                                               \
		msg_length(sk, sock_family(sk), BPF_CORE_READ(sk, sk_protocol), ret, flags, udp, sent);  \
		return 0;                                                                               \
	}                                                                                               \
	SEC("?tracepoint/sock/" #event)                                                                 \
	int name##__tracepoint(struct msg_length_record *ctx)                                           \
	{                                                                                               \
		msg_length((struct sock *)ctx->sk, ctx->family, ctx->protocol, ctx->ret, ctx->flags, udp, \
			   sent);                                                                       \
		return 0;                                                                               \
	}

MSG_LENGTH_PROGRAMS(tcp_send, sock_send_length, false, true)
MSG_LENGTH_PROGRAMS(tcp_recv, sock_recv_length, false, false)
MSG_LENGTH_PROGRAMS(udp_send, sock_send_length, true, true)
MSG_LENGTH_PROGRAMS(udp_recv, sock_recv_length, true, false)

/*
 * sock:inet_sock_set_state. A close is taken as the state change close(2)
 * makes in the closing process: ESTABLISHED -> FIN_WAIT1, CLOSE_WAIT ->
 * LAST_ACK, SYN_RECV -> FIN_WAIT1, LISTEN -> CLOSE. Changes made by arriving
 * segments run in softirq, in the name of whichever process was interrupted,
 * and are not counted.
 */
static __always_inline bool is_close_transition(int oldstate, int newstate)
{
	return (newstate == TCP_FIN_WAIT1 && (oldstate == TCP_ESTABLISHED || oldstate == TCP_SYN_RECV))
	       || (oldstate == TCP_CLOSE_WAIT && newstate == TCP_LAST_ACK)
	       || (oldstate == TCP_LISTEN && newstate == TCP_CLOSE);
}

static __always_inline void state_close(struct sock *sk, __u16 protocol, int oldstate, int newstate)
{
	if (protocol == IPPROTO_TCP && is_close_transition(oldstate, newstate))
		closing(sk);
}

/*
 * A connect is CLOSE -> SYN_SENT, made by tcp_v4_connect / tcp_v6_connect in
 * the connecting process, before the source port is chosen: the row is made at
 * SYN_SENT -> ESTABLISHED, when the socket's ports are known, for the owner.
 */
static __always_inline void state_connect(struct sock *sk, __u16 family, __u16 protocol, int oldstate,
					  int newstate, bool v6)
{
	struct socket_owner *owner;

	if (protocol != IPPROTO_TCP || family != (v6 ? KS_AF_INET6 : KS_AF_INET))
		return;
	if (oldstate == TCP_CLOSE && newstate == TCP_SYN_SENT) {
		ks_add(v6 ? SOCKET_TCP_CONNECT_V6 : SOCKET_TCP_CONNECT_V4, 1);
		set_owner(sk, OWNER_OUTBOUND);
	} else if (oldstate == TCP_SYN_SENT && newstate == TCP_ESTABLISHED) {
		owner = owner_of(sk);
		if (owner && owner->direction == OWNER_OUTBOUND)
			owner_conn_add(sk, owner, SOCKET_CONN_VALUES, 0);
	}
}

struct set_state_record {
	__u64 common;
	void *skaddr;
	int oldstate;
	int newstate;
	__u16 sport;
	__u16 dport;
	__u16 family;
	__u16 protocol;
};

#define SET_STATE_PROGRAMS(name, call)                                                             \
	SEC("?tp_btf/inet_sock_set_state")                                                           \
	int BPF_PROG(name##__tp_btf, struct sock *sk, int oldstate, int newstate)                    \
	{                                                                                            \
		__u16 family = sock_family(sk), protocol = BPF_CORE_READ(sk, sk_protocol);            \
		call;                                                                                \
		return 0;                                                                            \
	}                                                                                            \
	SEC("?raw_tp/inet_sock_set_state")                                                           \
	int BPF_PROG(name##__raw_tp, struct sock *sk, int oldstate, int newstate)                    \
	{                                                                                            \
		__u16 family = sock_family(sk), protocol = BPF_CORE_READ(sk, sk_protocol);            \
		call;                                                                                \
		return 0;                                                                            \
	}                                                                                            \
	SEC("?tracepoint/sock/inet_sock_set_state")                                                  \
	int name##__tracepoint(struct set_state_record *ctx)                                         \
	{                                                                                            \
		struct sock *sk = ctx->skaddr;                                                       \
		int oldstate = ctx->oldstate, newstate = ctx->newstate;                              \
		__u16 family = ctx->family, protocol = ctx->protocol;                                \
		call;                                                                                \
		return 0;                                                                            \
	}

SET_STATE_PROGRAMS(tcp_close, (void)family; state_close(sk, protocol, oldstate, newstate))
SET_STATE_PROGRAMS(connect4, state_connect(sk, family, protocol, oldstate, newstate, false))
SET_STATE_PROGRAMS(connect6, state_connect(sk, family, protocol, oldstate, newstate, true))

/* tcp:tcp_retransmit_skb: the socket comes first in every version of the event. */
struct retransmit_record {
	__u64 common;
	void *skbaddr;
	void *skaddr;
};

SEC("?tp_btf/tcp_retransmit_skb")
int BPF_PROG(retransmit__tp_btf, struct sock *sk)
{
	retransmitted(sk);
	return 0;
}

SEC("?raw_tp/tcp_retransmit_skb")
int BPF_PROG(retransmit__raw_tp, struct sock *sk)
{
	retransmitted(sk);
	return 0;
}

SEC("?tracepoint/tcp/tcp_retransmit_skb")
int retransmit__tracepoint(struct retransmit_record *ctx)
{
	retransmitted((struct sock *)ctx->skaddr);
	return 0;
}

/*
 * Accepted connections: no tracepoint fires in the accepting process (the
 * handshake completes in softirq), so the accept and accept4 syscalls' exits
 * are taken (the dispatch below), and the descriptor they return is looked up.
 */
static __always_inline struct sock *socket_of_fd(long fd)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
	struct file **fds;
	struct file *file = NULL;
	struct socket *sock;

	if (fd < 0 || fd >= BPF_CORE_READ(fdt, max_fds))
		return NULL;
	fds = BPF_CORE_READ(fdt, fd);
	if (bpf_probe_read_kernel(&file, sizeof(file), &fds[fd]) || !file)
		return NULL;
	if ((BPF_CORE_READ(file, f_inode, i_mode) & KS_S_IFMT) != KS_S_IFSOCK)
		return NULL;
	sock = BPF_CORE_READ(file, private_data);
	return sock ? BPF_CORE_READ(sock, sk) : NULL;
}

/*
 * The socket module's syscall-exit dispatch: accepts (above), and, on kernels
 * before 6.3, which have no sock_send_length / sock_recv_length, the
 * tracepoint family's sends and receives, taken at the exit of the
 * syscalls that reach sendmsg / recvmsg of a socket (read, write, readv,
 * writev, sendto, recvfrom, sendmsg, recvmsg, sendmmsg, recvmmsg), the
 * descriptor looked up as accept's is. The result is the syscall's. A
 * datagram's peer is read from the caller's memory (the sendto / recvfrom
 * address, the msghdr's name).
 */
#define KS_MSGHDR_SIZE 56  /* struct user_msghdr, x86_64 */
#define KS_MMSGHDR_SIZE 64 /* struct mmsghdr: the msghdr, msg_len, padding */

/* What identifies a peer in a sockaddr_in or sockaddr_in6 (the first 24 bytes of either). */
struct peer_words {
	__u16 family;
	__u16 port;
	__u32 v4_or_flowinfo;
	__u64 v6_high;
	__u64 v6_low;
};

/*
 * The messages of a sendmmsg / recvmmsg vector are read by two global
 * functions, which the verifier checks once each: their results are then
 * unknown numbers to the caller, whose tail (the connection-table update) is
 * checked once instead of once per loop exit. Past SOCKET_MMSG_MAX messages
 * only the calls count.
 */

/* Bytes of the first `n` messages (msg_len, set by the kernel). */
__noinline __u64 socket_mmsg_bytes(unsigned long vec, long n)
{
	__u64 total = 0;

	for (int i = 0; i < SOCKET_MMSG_MAX; i++) {
		unsigned int len = 0;

		if (i >= n)
			break;
		bpf_probe_read_user(&len, sizeof(len), (void *)(vec + i * KS_MMSGHDR_SIZE + KS_MSGHDR_SIZE));
		total += len;
	}
	return total;
}

/* 1 when the first `n` messages name one and the same peer. A failed read leaves
 * zeros, which differ from any peer. */
__noinline int socket_mmsg_one_peer(unsigned long vec, long n)
{
	struct peer_words first = {};
	const void *name = NULL;
	__u64 differs = 0, v4_mask, v6_mask;

	if (bpf_probe_read_user(&name, sizeof(name), (void *)vec) || !name
	    || bpf_probe_read_user(&first, sizeof(first), name))
		return 0;
	/* sockaddr_in ends at byte 16 and its caller's buffer may hold anything after. */
	v4_mask = first.family == KS_AF_INET ? ~0ULL : 0;
	v6_mask = ~v4_mask;
	for (int i = 1; i < SOCKET_MMSG_MAX; i++) {
		struct peer_words other = {};
		const void *each = NULL;

		if (i >= n)
			break;
		bpf_probe_read_user(&each, sizeof(each), (void *)(vec + i * KS_MMSGHDR_SIZE));
		bpf_probe_read_user(&other, sizeof(other), each);
		differs |= (__u64)(first.family ^ other.family) | (first.port ^ other.port)
			   | ((first.v4_or_flowinfo ^ other.v4_or_flowinfo) & v4_mask)
			   | (((first.v6_high ^ other.v6_high) | (first.v6_low ^ other.v6_low)) & v6_mask);
	}
	return differs == 0;
}

/* A sendmmsg / recvmmsg that moved `n` (> 0) messages: each is one sendmsg / recvmsg
 * of the socket. They go to the row of their peer when all have the same one (a
 * burst to one destination), else to the socket's row without a datagram peer. */
static __always_inline void mmsg_done(struct sock *sk, bool udp, bool sent, bool peek, unsigned long vec, long n)
{
	const void *name = NULL;
	__u64 total = socket_mmsg_bytes(vec, n);

	if (peek)
		total = 0;
	if (udp && socket_mmsg_one_peer(vec, n))
		bpf_probe_read_user(&name, sizeof(name), (void *)vec);
	io_totals(udp, sent, n, n, total);
	io_row(sk, name, true, sent, n, total);
}

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	__u32 kind = action >> 8, want = action & 0xff;
	bool sent = kind < SOCKET_SYS_READ, udp, peek = false;
	const void *name = NULL;
	struct sock *sk;
	__u16 protocol;
	__u64 moved;

	if (kind == SOCKET_SYS_ACCEPT) {
		if (ret >= 0 && (want & SOCKET_WANT_ACCEPT))
			accepted(socket_of_fd(ret));
		return;
	}
	sk = socket_of_fd((int)ks_syscall_arg(regs, 0));
	if (!sk || !is_inet(sk))
		return;
	protocol = BPF_CORE_READ(sk, sk_protocol);
	udp = is_udp(protocol);
	if (!udp && protocol != IPPROTO_TCP)
		return;
	if (!(want & (udp ? (sent ? SOCKET_WANT_UDP_SEND : SOCKET_WANT_UDP_RECV)
			  : (sent ? SOCKET_WANT_TCP_SEND : SOCKET_WANT_TCP_RECV))))
		return;
	switch (kind) {
	case SOCKET_SYS_SENDTO:
		name = (const void *)BPF_CORE_READ(regs, r8);
		break;
	case SOCKET_SYS_RECVFROM:
		name = (const void *)BPF_CORE_READ(regs, r8);
		peek = ks_syscall_arg(regs, 3) & KS_MSG_PEEK;
		break;
	case SOCKET_SYS_RECVMSG:
		peek = ks_syscall_arg(regs, 2) & KS_MSG_PEEK;
		/* fall through */
	case SOCKET_SYS_SENDMSG:
		if (bpf_probe_read_user(&name, sizeof(name), (void *)ks_syscall_arg(regs, 1)))
			name = NULL;
		break;
	case SOCKET_SYS_RECVMMSG:
		peek = ks_syscall_arg(regs, 3) & KS_MSG_PEEK;
		/* fall through */
	case SOCKET_SYS_SENDMMSG:
		/* The result is a count of messages; 0 means none was sent or received. */
		if (ret > 0)
			mmsg_done(sk, udp, sent, peek, ks_syscall_arg(regs, 1), ret);
		else if (ret < 0)
			io_totals(udp, sent, ret, 1, 0);
		return;
	}
	moved = peek || ret < 0 ? 0 : ret;
	io_totals(udp, sent, ret, 1, moved);
	if (ret >= 0)
		io_row(sk, udp ? name : NULL, true, sent, 1, moved);
}

KS_SYSCALL_EXIT_PROGRAMS(socket)

KS_RELEASE_PROGRAMS(socket, KS_NO_RELEASE_WORK)
