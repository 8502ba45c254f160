#!/usr/bin/env bash
# Records what `docker run` really does, for the step-through on the client page: the Engine API
# calls the CLI makes (dockerd -D logs each one), the registry calls the daemon makes (the
# registry's access log), the processes under containerd, and the events, for each variant.
# Writes raw logs to $OUT (default /tmp/docker-run-traces); scripts/record/normalise-run-traces.ts
# turns them into the committed src/data/traces/*.json.
#
# Needs root and Debian's docker.io, docker-registry and busybox-static. Everything it starts
# (dockerd, its containerd, the registry) listens on this machine only and is stopped at the end.
# It uses its own bridge and no iptables rules, so it never touches another daemon's docker0.
set -euo pipefail

OUT="${OUT:-/tmp/docker-run-traces}"
WORK="$(mktemp -d /tmp/dk-record.XXXXXX)"
SOCK="$WORK/docker.sock"
REGISTRY_PORT="${REGISTRY_PORT:-5055}"
IMAGE="localhost:$REGISTRY_PORT/demo/busybox:1"
BRIDGE=dkrec0
mkdir -p "$OUT"
rm -f "$OUT"/*

for tool in dockerd docker-registry busybox ip; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y docker.io docker-registry busybox-static iproute2" >&2; exit 2; }
done

cleanup() {
  [[ -n "${EVENTS_PID:-}" ]] && kill "$EVENTS_PID" 2>/dev/null || true
  [[ -f "$WORK/dockerd.pid" ]] && kill "$(cat "$WORK/dockerd.pid")" 2>/dev/null || true
  [[ -n "${REGISTRY_PID:-}" ]] && kill "$REGISTRY_PID" 2>/dev/null || true
  [[ -n "${PROXY_PID:-}" ]] && kill "$PROXY_PID" 2>/dev/null || true
  sleep 3
  ip link del "$BRIDGE" 2>/dev/null || true
  umount -R "$WORK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ip link add "$BRIDGE" type bridge 2>/dev/null || true
ip addr add 172.31.254.1/24 dev "$BRIDGE" 2>/dev/null || true
ip link set "$BRIDGE" up

cat >"$WORK/registry.yml" <<YAML
version: 0.1
log: { level: info, accesslog: { disabled: false } }
storage: { filesystem: { rootdirectory: $WORK/registry }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$REGISTRY_PORT }
YAML
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
REGISTRY_PID=$!

dockerd -D --host "unix://$SOCK" --data-root "$WORK/data" --exec-root "$WORK/exec" --pidfile "$WORK/dockerd.pid" \
  --storage-driver vfs --bridge "$BRIDGE" --iptables=false --ip-masq=false \
  --insecure-registry "localhost:$REGISTRY_PORT" >"$WORK/dockerd.log" 2>&1 &
for _ in $(seq 50); do DOCKER_HOST="unix://$SOCK" docker version >/dev/null 2>&1 && break; sleep 0.2; done
# The CLI talks to the daemon through a proxy that logs each request and response status.
NODE="$(dirname "$0")/../../node_modules/.bin/node"
"$NODE" "$(dirname "$0")/api-log-proxy.ts" "$WORK/cli.sock" "$SOCK" "$WORK/api.log" &
PROXY_PID=$!
for _ in $(seq 50); do [[ -S "$WORK/cli.sock" ]] && break; sleep 0.1; done
export DOCKER_HOST="unix://$WORK/cli.sock"
docker version --format '{{.Server.Version}}' >"$OUT/engine-version.txt"
docker version --format '{{.Client.Version}} {{.Client.APIVersion}}' >"$OUT/client-version.txt"

# An image from a busybox-static root filesystem, pushed to the local registry, then removed.
mkdir -p "$WORK/root/bin"
cp "$(command -v busybox)" "$WORK/root/bin/busybox"
for applet in sh echo sleep cat ls; do ln -s busybox "$WORK/root/bin/$applet"; done
tar -C "$WORK/root" -c . | docker import -c 'CMD ["sh"]' - "$IMAGE" >/dev/null
docker push "$IMAGE" >/dev/null
docker rmi "$IMAGE" >/dev/null

docker events --format '{{.TimeNano}}|{{.Type}}|{{.Action}}|{{.Actor.Attributes.name}}|{{.Actor.Attributes.signal}}|{{.Actor.Attributes.exitCode}}' >"$WORK/events.log" &
EVENTS_PID=$!
sleep 1

# Notes when each variant begins and ends, so its lines can be cut out of the shared logs.
mark() {
  echo "$(date -u +%Y-%m-%dT%H:%M:%S.%NZ) $1" >>"$OUT/marks.log"
  sleep 0.5
}

# Runs one variant: its command line, its stdout and stderr, its exit code, and the processes
# under containerd while the container runs.
variant() {
  local name="$1"
  shift
  mark "begin $name"
  echo "$*" >"$OUT/$name.command"
  set +e
  "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr"
  echo $? >"$OUT/$name.exit"
  set -e
  sleep 1
  mark "end $name"
}

variant pull-attached-rm docker run --rm "$IMAGE" echo hi
variant local-attached-rm docker run --rm "$IMAGE" echo hi
variant local-attached docker run --name once "$IMAGE" echo hi
docker rm once >/dev/null
variant local-detached docker run -d --name web "$IMAGE" sleep 600
ps -eo pid,ppid,args | grep -E 'containerd|runc|sleep 600' | grep -v grep >"$OUT/local-detached.processes" || true
variant stop docker stop -t 2 web
variant rm docker rm web

sleep 1
for log in dockerd registry events api; do cp "$WORK/$log.log" "$OUT/$log.log"; done
echo "raw traces in $OUT"
