#!/usr/bin/env bash
# kinsight-cli export against the real kernel (root, --direct), read by the real
# consumers: promtool checks the Prometheus text, an HTTP client scrapes
# --listen, a protocol checker and a real Netdata agent read --netdata.
#   test-export.sh KINSIGHT_CLI
set -uo pipefail
cli=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/kinsight-export.XXXXXX)
failures=0
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
ok() { echo "ok   - $*"; }
bad() { echo "FAIL - $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (--direct loads BPF)"; exit 77; }
promtool=$(command -v promtool || echo /usr/local/lib/kinsight-test-tools/promtool)
modules=process,fd,vfs,hardirq,softirq

# 1. One exposition after one interval, both text formats.
"$cli" export --openmetrics --once --direct --modules $modules --cgroups v2 >"$work/prom.txt" 2>"$work/prom.err"
check "export --once exits 0" [ $? -eq 0 ]
if [ -x "$promtool" ]; then
  "$promtool" check metrics <"$work/prom.txt" >"$work/promtool.out" 2>&1
  check "promtool check metrics accepts the Prometheus text" [ $? -eq 0 ]
  [ -s "$work/promtool.out" ] && cat "$work/promtool.out"
else
  bad "promtool not found (packaging/dev/install-deps.sh test fetches it)"
fi
reads=$(awk '/^kinsight_vfs_read_call_total\{scope="system"\}/ {print $2}' "$work/prom.txt")
check "system-wide vfs reads counted over the interval (got '${reads}')" [ "${reads:-0}" -gt 0 ]
check "per-cgroup series labelled with the cgroup path" grep -q '^kinsight_vfs_read_call_total{scope="cgroup",cgroup="/' "$work/prom.txt"
check "unmeasurable metrics named with their reason" grep -q '^kinsight_metric_unavailable{module="fd",metric="open_error",reason="' "$work/prom.txt"
"$cli" export --openmetrics --once --direct --format openmetrics --modules vfs >"$work/om.txt" 2>&1
check "OpenMetrics text ends with # EOF" [ "$(tail -1 "$work/om.txt")" = "# EOF" ]
check "OpenMetrics counter family without _total" grep -q '^# TYPE kinsight_vfs_read_call counter$' "$work/om.txt"
check "OpenMetrics units" grep -q '^# UNIT kinsight_vfs_read_bytes bytes$' "$work/om.txt"

# 2. Served over HTTP: content negotiation, errors, and the text still valid.
"$cli" export --openmetrics --listen 127.0.0.1:0 --direct --modules vfs 2>"$work/listen.err" >/dev/null &
pids+=($!)
address=
for _ in $(seq 50); do
  address=$(sed -n 's|.*serving http://\(.*\)/metrics.*|\1|p' "$work/listen.err")
  [ -n "$address" ] && break
  sleep 0.1
done
check "--listen says where it serves ($address)" [ -n "$address" ]
python3 - "$address" "$work" <<'PY'
import sys, time, urllib.request, urllib.error
address, work = sys.argv[1], sys.argv[2]
def get(path, accept=None, method="GET"):
    req = urllib.request.Request(f"http://{address}{path}", method=method)
    if accept:
        req.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode()
failed = 0
def check(what, cond):
    global failed
    print(("ok   - " if cond else "FAIL - ") + what)
    failed += 0 if cond else 1
deadline = time.time() + 10
while True:
    status, ctype, body = get("/metrics")
    if status != 503 or time.time() > deadline:
        break
    time.sleep(0.2)
check(f"GET /metrics answers 200 (got {status})", status == 200)
check(f"default is Prometheus 0.0.4 text ({ctype})", ctype == "text/plain; version=0.0.4; charset=utf-8")
open(f"{work}/scraped.txt", "w").write(body)
status, ctype, body = get("/metrics", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
check(f"OpenMetrics when the scraper asks ({ctype})", status == 200 and ctype.startswith("application/openmetrics-text; version=1.0.0") and body.endswith("# EOF\n"))
check("unknown path is 404", get("/nope")[0] == 404)
check("POST is 405", get("/metrics", method="POST")[0] == 405)
sys.exit(1 if failed else 0)
PY
[ $? -eq 0 ] || failures=$((failures + 1))
if [ -x "$promtool" ] && [ -s "$work/scraped.txt" ]; then
  "$promtool" check metrics <"$work/scraped.txt"
  check "promtool accepts the scraped text" [ $? -eq 0 ]
fi

# 3. Netdata's plugin protocol, as plugins.d would parse it ("<plugin> <update_every>").
timeout 3.5 "$cli" export --netdata --direct --modules $modules 1 >"$work/netdata.txt" 2>"$work/netdata.err"
python3 "$here/check-netdata-stream.py" filesystem.vfs_io filesystem.file_descriptor system.process_thread \
  <"$work/netdata.txt"
check "the Netdata stream parses, with data for vfs, fd and process charts" [ $? -eq 0 ]

# 4. A real Netdata agent running Kinsight as its plugin, asked through its API.
if [ -x /usr/sbin/netdata ]; then
  nd=$work/netdata
  mkdir -p "$nd"/{plugins,cache,lib,log,etc}
  printf '#!/bin/sh\nexec %s export --netdata --direct --modules process,fd,vfs "$1"\n' "$cli" >"$nd/plugins/kinsight.plugin"
  chmod +x "$nd/plugins/kinsight.plugin"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  sed -e "s|@ND@|$nd|g" -e "s|@PORT@|$port|g" "$here/netdata-test.conf" >"$nd/netdata.conf"
  /usr/sbin/netdata -D -c "$nd/netdata.conf" -P "$nd/netdata.pid" >"$nd/stdout" 2>&1 &
  pids+=($!)
  python3 - "$port" <<'PY'
import json, sys, time, urllib.request
port = sys.argv[1]
def get(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
        return json.load(r)
deadline = time.time() + 40
charts, data = {}, None
while time.time() < deadline:
    try:
        charts = get("/api/v1/charts")["charts"]
        if "filesystem.vfs_io" in charts:
            data = get("/api/v1/data?chart=filesystem.vfs_io&after=-5&points=5&options=abs")
            if data["data"] and any(row[1] > 0 for row in data["data"]):
                break
    except Exception:
        pass
    time.sleep(1)
ours = sorted(c for c in charts if not c.startswith("netdata."))
print("netdata charts from kinsight.plugin:", ", ".join(ours))
ok = {"filesystem.vfs_io", "filesystem.file_descriptor", "system.process_thread"} <= set(ours)
ok = ok and data is not None and any(row[1] > 0 for row in data["data"])
if data:
    print("filesystem.vfs_io reads/s as Netdata stored them:", [row[1] for row in data["data"]])
sys.exit(0 if ok else 1)
PY
  agent=$?
  check "a Netdata agent charts Kinsight's data (filesystem.vfs_io reads/s > 0)" [ $agent -eq 0 ]
  [ $agent -eq 0 ] || grep -E 'PLUGINSD|ERROR' "$nd/log/error.log" | tail -20
else
  bad "Netdata agent not installed (packaging/dev/install-deps.sh test installs netdata-core)"
fi

echo "export: $failures failure(s)"
[ "$failures" -eq 0 ]
