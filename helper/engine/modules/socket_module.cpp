// The `socket` collector ("network viewer"): TCP and UDP calls and bytes,
// closes, retransmissions, connects and accepts, and a table of connections.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "socket.h"
#include "socket.skel.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

namespace kinsight::engine {

namespace {

constexpr std::string_view kOwnerNote = "counted for the process that connected or accepted the socket";

// The three tracepoint flavours of one program family `<prefix>__{tp_btf,raw_tp,tracepoint}`.
std::vector<Candidate> tracepoints(std::string_view prefix, std::string_view note)
{
    const std::string p(prefix);
    return {
        {ProgramKind::TpBtf, ModeUse::Both, {{intern(p + "__tp_btf")}}, {}, {}, note},
        {ProgramKind::RawTp, ModeUse::Both, {{intern(p + "__raw_tp")}}, {}, {}, note},
        {ProgramKind::Tracepoint, ModeUse::Both, {{intern(p + "__tracepoint")}}, {}, {}, note},
    };
}

// Functions are hooked at their return in both load modes where the result
// matters (bytes, the new socket), else at their entry.
Candidate fexit(std::vector<Attachment> attachments, std::string_view note = {})
{
    return {ProgramKind::Fexit, ModeUse::Both, std::move(attachments), {}, {}, note};
}

Candidate fentry(std::vector<Attachment> attachments, std::string_view note = {})
{
    return {ProgramKind::Fentry, ModeUse::Both, std::move(attachments), {}, {}, note};
}

// A kretprobe, with the kprobe that keeps the arguments for it when listed.
Candidate kretprobe(std::vector<Attachment> attachments, std::string_view note = {})
{
    return {ProgramKind::Kretprobe, ModeUse::Both, std::move(attachments), {}, {}, note};
}

Candidate kprobe(std::vector<Attachment> attachments, std::string_view note = {})
{
    return {ProgramKind::Kprobe, ModeUse::Both, std::move(attachments), {}, {}, note};
}

void append(std::vector<Candidate> &list, Candidate c)
{
    list.push_back(std::move(c));
}

void append(std::vector<Candidate> &list, std::vector<Candidate> more)
{
    for (Candidate &c : more)
        list.push_back(std::move(c));
}

// A hook counted in both load modes, its candidates given cheapest first.
template <class... Candidates>
Hook hook(std::string_view name, std::vector<int> counters, Candidates... candidates)
{
    std::vector<Candidate> list;
    (append(list, std::move(candidates)), ...);
    return {name, std::move(counters), false, std::move(list)};
}

// Last of a send or receive hook's list (after the probes, so `auto` still takes
// a kprobe): where sock_send_length / sock_recv_length are missing and the
// syscall-exit fallback cannot load either (it needs BTF, tp_btf or raw_tp, and
// for classic tracepoints bpf_task_pt_regs of Linux 5.15), the tracepoint
// family says so in plain words rather than with a zero.
Candidate noLengthEvent(std::string_view event, std::vector<int> counters, std::string_view what)
{
    std::vector<UnavailableCounter> unavailable;
    const std::string reason = "this kernel has no usable sock:" + std::string(event)
                               + " tracepoint (it appeared in Linux 6.3), the only tracepoint with the result of a "
                               + std::string(what)
                               + ", and the fallback on the exit of the socket syscalls could not be loaded (see "
                                 "the rejected candidates); use trampoline or probe mode";
    for (int c : counters)
        unavailable.push_back({c, intern(reason)});
    return {ProgramKind::Tracepoint, ModeUse::Both, {}, {}, std::move(unavailable)};
}

// Kernels before 6.3 in the tracepoint family: the syscalls that end in a socket's
// sendmsg / recvmsg, taken at their exit (socket.bpf.c). `want` says which
// protocol's hook this is; hooks sharing a syscall combine their bits.
std::vector<Candidate> syscallFallback(bool sent, unsigned want, std::string_view note)
{
    const auto act = [want](unsigned kind) { return uint32_t(SOCKET_SYS_ACTION(kind, want)); };
    std::vector<SyscallAction> syscalls;
    if (sent)
        syscalls = {{"write", act(SOCKET_SYS_WRITE)},
                    {"writev", act(SOCKET_SYS_WRITEV)},
                    {"sendto", act(SOCKET_SYS_SENDTO)},
                    {"sendmsg", act(SOCKET_SYS_SENDMSG)},
                    {"sendmmsg", act(SOCKET_SYS_SENDMMSG)}};
    else
        syscalls = {{"read", act(SOCKET_SYS_READ)},
                    {"readv", act(SOCKET_SYS_READV)},
                    {"recvfrom", act(SOCKET_SYS_RECVFROM)},
                    {"recvmsg", act(SOCKET_SYS_RECVMSG)},
                    {"recvmmsg", act(SOCKET_SYS_RECVMMSG)}};
    return KS_SYSCALL_EXIT_CANDIDATES("socket", ModeUse::Both, std::move(syscalls), {}, note);
}

// "tcp 127.0.0.1:40000 > 127.0.0.1:5000 pid 1234": one socket end of one process.
std::string connectionLabel(const void *key, size_t size)
{
    socket_conn_key k{};
    std::memcpy(&k, key, std::min(size, sizeof k));
    auto address = [&](const __u8 *bytes) {
        char text[INET6_ADDRSTRLEN] = "?";
        inet_ntop(k.family == AF_INET6 ? AF_INET6 : AF_INET, bytes, text, sizeof text);
        return k.family == AF_INET6 ? "[" + std::string(text) + "]" : std::string(text);
    };
    const char *protocol = k.protocol == IPPROTO_TCP ? "tcp" : k.protocol == IPPROTO_UDPLITE ? "udplite" : "udp";
    return std::string(protocol) + " " + address(k.local_addr) + ":" + std::to_string(k.local_port) + " > "
           + address(k.remote_addr) + ":" + std::to_string(k.remote_port) + " pid " + std::to_string(k.tgid);
}

constexpr std::string_view kTcpRecvNote =
    "counts tcp_recvmsg calls; Netdata's tcp_cleanup_rbuf also runs before each wait for data, which counted "
    "partial copies twice; receives through tcp_read_sock (splice, in-kernel readers) are not seen";
constexpr std::string_view kTcpRecvTpNote =
    "counts recvmsg calls on TCP sockets (sock:sock_recv_length), also those refused before tcp_recvmsg "
    "(MSG_ERRQUEUE, listening sockets); receives through tcp_read_sock (splice, in-kernel readers) are not seen";
constexpr std::string_view kTcpSendTpNote = "counts sendmsg calls on TCP sockets (sock:sock_send_length)";
constexpr std::string_view kUdpTpNote =
    "counts sendmsg/recvmsg calls on UDP and UDP-Lite sockets (sock:sock_send_length / sock_recv_length); the "
    "event has no message, so an unconnected socket's rows have no peer address";
constexpr std::string_view kCloseTpNote =
    "a close is the state change close(2) makes in the closing process (ESTABLISHED or SYN_RECV to FIN_WAIT1, "
    "CLOSE_WAIT to LAST_ACK, LISTEN to CLOSE): shutdown(SHUT_WR) counts too; closing a socket that never "
    "connected or is still connecting, or one with unread data (a reset), does not";
constexpr std::string_view kRetransmitNote =
    "counts tcp_retransmit_skb calls (timeouts, fast retransmits, SYN retransmits); tail loss probes bypass it; "
    "counted for the process that connected or accepted the socket";
constexpr std::string_view kRetransmitTpNote =
    "tcp:tcp_retransmit_skb: retransmissions sent (and, on kernels whose event has an err field, failed "
    "attempts), tail loss probes included; counted for the process that connected or accepted the socket";
constexpr std::string_view kConnectTpNote =
    "a connect is the CLOSE to SYN_SENT change made by tcp_v4_connect / tcp_v6_connect: connects that fail "
    "before sending a SYN (no route, no free port) are not counted";
constexpr std::string_view kConnectNote = "counts every tcp_v4_connect / tcp_v6_connect call, failed ones included";
constexpr std::string_view kAcceptNote =
    "counts sockets returned by inet_csk_accept: accept syscalls, io_uring and in-kernel accepts";
constexpr std::string_view kUdpNote =
    "an unconnected socket's rows take the peer from the message (the sendto destination, the recvfrom source "
    "when the caller asks for it)";
constexpr std::string_view kSyscallIoNote =
    "this kernel has no sock:sock_send_length / sock_recv_length (Linux 6.3): counts read, write, readv, writev, "
    "sendto, recvfrom, sendmsg, recvmsg, sendmmsg and recvmmsg on the sockets, at their exit, with their result "
    "(sendmmsg/recvmmsg: each message, with the bytes of the first 64 of a call); sendfile, splice, io_uring and "
    "in-kernel senders are not seen, and a call that fails before reaching the socket counts as a failed call";
constexpr std::string_view kAcceptTpNote =
    "counts accept and accept4 syscalls that returned a TCP socket; io_uring and in-kernel accepts are not seen";

}  // namespace

const ModuleDescriptor &socketModule()
{
    static const ModuleDescriptor descriptor{
        "socket",
        "TCP and UDP: calls and bytes sent and received, closes, retransmissions, connects and accepted "
        "connections, and a table of connections",
        {
            {"tcp_send_call", "calls", "tcp_sendmsg calls"},
            {"tcp_send_bytes", "bytes", "bytes sent over TCP (sum of successful return values)"},
            {"tcp_send_error", "calls", "TCP sends that failed", true},
            {"tcp_recv_call", "calls", "TCP receive calls"},
            {"tcp_recv_bytes", "bytes", "bytes received over TCP (peeked bytes are not counted)"},
            {"tcp_recv_error", "calls", "TCP receives that failed", true},
            {"tcp_close", "calls", "TCP sockets closed"},
            {"tcp_retransmit", "calls", "TCP retransmissions, counted for the socket's owner"},
            {"tcp_v4_connect", "calls", "IPv4 TCP connects"},
            {"tcp_v6_connect", "calls", "IPv6 TCP connects"},
            {"tcp_accept", "connections", "inbound TCP connections accepted"},
            {"udp_send_call", "calls", "UDP sendmsg calls"},
            {"udp_send_bytes", "bytes", "bytes sent over UDP"},
            {"udp_send_error", "calls", "UDP sends that failed", true},
            {"udp_recv_call", "calls", "UDP recvmsg calls"},
            {"udp_recv_bytes", "bytes", "bytes received over UDP"},
            {"udp_recv_error", "calls", "UDP receives that failed", true},
            {"udp_inbound", "connections", "inbound UDP connections"},
        },
        {
            hook("tcp_send", {SOCKET_TCP_SEND_CALL, SOCKET_TCP_SEND_BYTES, SOCKET_TCP_SEND_ERROR},
                 fexit({{"tcp_send__fexit", {"tcp_sendmsg"}}}),
                 tracepoints("tcp_send", kTcpSendTpNote),
                 kretprobe({{"tcp_send__kprobe", {"tcp_sendmsg"}}, {"tcp_send__kretprobe", {"tcp_sendmsg"}}}),
                 syscallFallback(true, SOCKET_WANT_TCP_SEND, kSyscallIoNote),
                 noLengthEvent("sock_send_length",
                               {SOCKET_TCP_SEND_CALL, SOCKET_TCP_SEND_BYTES, SOCKET_TCP_SEND_ERROR}, "TCP send")),
            hook("tcp_recv", {SOCKET_TCP_RECV_CALL, SOCKET_TCP_RECV_BYTES, SOCKET_TCP_RECV_ERROR},
                 fexit({{"tcp_recv__fexit", {"tcp_recvmsg"}}}, kTcpRecvNote),
                 tracepoints("tcp_recv", kTcpRecvTpNote),
                 kretprobe({{"tcp_recv__kprobe", {"tcp_recvmsg"}}, {"tcp_recv__kretprobe", {"tcp_recvmsg"}}},
                           kTcpRecvNote),
                 syscallFallback(false, SOCKET_WANT_TCP_RECV, kSyscallIoNote),
                 noLengthEvent("sock_recv_length",
                               {SOCKET_TCP_RECV_CALL, SOCKET_TCP_RECV_BYTES, SOCKET_TCP_RECV_ERROR}, "TCP receive")),
            hook("tcp_close", {SOCKET_TCP_CLOSE},
                 fentry({{"tcp_close__fentry", {"tcp_close"}}}),
                 tracepoints("tcp_close", kCloseTpNote),
                 kprobe({{"tcp_close__kprobe", {"tcp_close"}}})),
            hook("tcp_retransmit", {SOCKET_TCP_RETRANSMIT},
                 fentry({{"retransmit__fentry", {"tcp_retransmit_skb"}}}, kRetransmitNote),
                 tracepoints("retransmit", kRetransmitTpNote),
                 kprobe({{"retransmit__kprobe", {"tcp_retransmit_skb"}}}, kRetransmitNote)),
            hook("connect_v4", {SOCKET_TCP_CONNECT_V4},
                 fexit({{"connect4__fexit", {"tcp_v4_connect"}}}, kConnectNote),
                 tracepoints("connect4", kConnectTpNote),
                 kretprobe({{"connect4__kprobe", {"tcp_v4_connect"}}, {"connect__kretprobe", {"tcp_v4_connect"}}},
                           kConnectNote)),
            hook("connect_v6", {SOCKET_TCP_CONNECT_V6},
                 fexit({{"connect6__fexit", {"tcp_v6_connect"}}}, kConnectNote),
                 tracepoints("connect6", kConnectTpNote),
                 kretprobe({{"connect6__kprobe", {"tcp_v6_connect"}}, {"connect__kretprobe", {"tcp_v6_connect"}}},
                           kConnectNote)),
            hook("accept", {SOCKET_TCP_ACCEPT},
                 fexit({{"accept__fexit", {"inet_csk_accept"}}}, kAcceptNote),
                 // The module's one sys_exit program, shared with the syscall fallback of sends and receives.
                 KS_SYSCALL_EXIT_CANDIDATES("socket", ModeUse::Both,
                                            {{"accept", SOCKET_SYS_ACTION(SOCKET_SYS_ACCEPT, SOCKET_WANT_ACCEPT)},
                                             {"accept4", SOCKET_SYS_ACTION(SOCKET_SYS_ACCEPT, SOCKET_WANT_ACCEPT)}},
                                            {}, kAcceptTpNote),
                 kretprobe({{"accept__kretprobe", {"inet_csk_accept"}}}, kAcceptNote)),
            // IPv6 may be a module that is not loaded: IPv4 alone is still worth counting.
            hook("udp_send", {SOCKET_UDP_SEND_CALL, SOCKET_UDP_SEND_BYTES, SOCKET_UDP_SEND_ERROR},
                 fexit({{"udp_send4__fexit", {"udp_sendmsg"}}, {"udp_send6__fexit", {"udpv6_sendmsg"}, true}},
                       kUdpNote),
                 tracepoints("udp_send", kUdpTpNote),
                 kretprobe({{"udp_send4__kprobe", {"udp_sendmsg"}},
                            {"udp_send6__kprobe", {"udpv6_sendmsg"}, true},
                            {"udp_send__kretprobe", {"udp_sendmsg"}},
                            {"udp_send__kretprobe", {"udpv6_sendmsg"}, true}},
                           kUdpNote),
                 syscallFallback(true, SOCKET_WANT_UDP_SEND, kSyscallIoNote),
                 noLengthEvent("sock_send_length",
                               {SOCKET_UDP_SEND_CALL, SOCKET_UDP_SEND_BYTES, SOCKET_UDP_SEND_ERROR}, "UDP send")),
            hook("udp_recv", {SOCKET_UDP_RECV_CALL, SOCKET_UDP_RECV_BYTES, SOCKET_UDP_RECV_ERROR},
                 fexit({{"udp_recv4__fexit", {"udp_recvmsg"}}, {"udp_recv6__fexit", {"udpv6_recvmsg"}, true}},
                       kUdpNote),
                 tracepoints("udp_recv", kUdpTpNote),
                 kretprobe({{"udp_recv__kprobe", {"udp_recvmsg"}},
                            {"udp_recv__kprobe", {"udpv6_recvmsg"}, true},
                            {"udp_recv__kretprobe", {"udp_recvmsg"}},
                            {"udp_recv__kretprobe", {"udpv6_recvmsg"}, true}},
                           kUdpNote),
                 syscallFallback(false, SOCKET_WANT_UDP_RECV, kSyscallIoNote),
                 noLengthEvent("sock_recv_length",
                               {SOCKET_UDP_RECV_CALL, SOCKET_UDP_RECV_BYTES, SOCKET_UDP_RECV_ERROR}, "UDP receive")),
            // Netdata's connected_udp is fed only by listening ports read from /proc at start, and stays 0.
            hook("udp_inbound", {SOCKET_UDP_INBOUND},
                 Candidate{ProgramKind::Tracepoint,
                           ModeUse::Both,
                           {},
                           {},
                           {{SOCKET_UDP_INBOUND,
                             "UDP is connectionless: no kernel event marks an inbound UDP \"connection\""}}}),
            releaseHook("socket", {}),
        },
        {
            {"ip.inbound_conn", "Inbound connections", "connections/s", "eBPF", "Socket",
             {{"connected_tcp", "connected_tcp", {{SOCKET_TCP_ACCEPT, 1}}},
              {"connected_udp", "connected_udp", {{SOCKET_UDP_INBOUND, 1}}}}},
            {"ip.tcp_outbound_conn", "TCP outbound connections", "connections/s", "eBPF", "Socket",
             {{"connected_V4", "connected_V4", {{SOCKET_TCP_CONNECT_V4, 1}}},
              {"connected_V6", "connected_V6", {{SOCKET_TCP_CONNECT_V6, 1}}}}},
            {"ip.tcp_functions", "Calls to internal functions", "calls/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_TCP_RECV_CALL, 1}}},
              {"sent", "sent", {{SOCKET_TCP_SEND_CALL, 1}}},
              {"close", "close", {{SOCKET_TCP_CLOSE, 1}}}}},
            // Netdata draws kilobits/s; the data stay bytes, the scale is the display.
            {"ip.total_tcp_bandwidth", "TCP bandwidth", "kilobits/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_TCP_RECV_BYTES, 1}}}, {"sent", "sent", {{SOCKET_TCP_SEND_BYTES, 1}}}},
             false, 8.0 / 1000.0},
            {"ip.tcp_error", "TCP errors", "calls/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_TCP_RECV_ERROR, 1}}}, {"sent", "sent", {{SOCKET_TCP_SEND_ERROR, 1}}}},
             true},
            {"ip.tcp_retransmit", "Packages retransmitted", "calls/s", "eBPF", "Socket",
             {{"retransmitted", "retransmitted", {{SOCKET_TCP_RETRANSMIT, 1}}}}},
            {"ip.udp_functions", "UDP calls", "calls/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_UDP_RECV_CALL, 1}}}, {"sent", "sent", {{SOCKET_UDP_SEND_CALL, 1}}}}},
            {"ip.total_udp_bandwidth", "UDP bandwidth", "kilobits/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_UDP_RECV_BYTES, 1}}}, {"sent", "sent", {{SOCKET_UDP_SEND_BYTES, 1}}}},
             false, 8.0 / 1000.0},
            {"ip.udp_error", "UDP errors", "calls/s", "eBPF", "Socket",
             {{"received", "received", {{SOCKET_UDP_RECV_ERROR, 1}}}, {"sent", "sent", {{SOCKET_UDP_SEND_ERROR, 1}}}},
             true},
        },
        {
            {"total_bandwidth_sent", "network", "bytes", {SOCKET_TCP_SEND_BYTES, SOCKET_UDP_SEND_BYTES}},
            {"total_bandwidth_recv", "network", "bytes", {SOCKET_TCP_RECV_BYTES, SOCKET_UDP_RECV_BYTES}},
            {"bandwidth_tcp_send", "network", "calls", {SOCKET_TCP_SEND_CALL}},
            {"bandwidth_tcp_recv", "network", "calls", {SOCKET_TCP_RECV_CALL}},
            {"bandwidth_tcp_retransmit", "network", "calls", {SOCKET_TCP_RETRANSMIT}},
            {"bandwidth_udp_send", "network", "calls", {SOCKET_UDP_SEND_CALL}},
            {"bandwidth_udp_recv", "network", "calls", {SOCKET_UDP_RECV_CALL}},
            {"tcp_v4_connection", "network", "calls", {SOCKET_TCP_CONNECT_V4}},
            {"tcp_v6_connection", "network", "calls", {SOCKET_TCP_CONNECT_V6}},
        },
        // On in Kinsight (Netdata ships it off): which application talks to the network is a main question.
        true,
        openSkeleton<socket_bpf>,
        {
            {"socket_connections",
             "connections",
             {
                 {"bytes_sent", "bytes", "bytes this process sent on the connection"},
                 {"bytes_received", "bytes", "bytes this process received on the connection"},
                 {"sends", "calls", "send calls"},
                 {"receives", "calls", "receive calls"},
                 {"retransmits", "calls", "TCP retransmissions (for the process that connected or accepted it)"},
                 {"connects", "connections", "1 when this process connected it (outbound)"},
                 {"accepts", "connections", "1 when this process accepted it (inbound)"},
                 {"closes", "calls", "closes by this process"},
                 {"state", "state", "TCP state at the last event (1 established ... 7 closed, 10 listen)"},
             },
             connectionLabel,
             {}},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
