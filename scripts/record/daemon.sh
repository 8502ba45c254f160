# Sourced by the recorders: starts a throw-away Docker Engine for recording and stops it on exit.
# dockerd -D runs as root with vfs storage, its own data and exec roots, pidfile and socket in
# a temporary folder, its own bridge and no iptables rules, so it never touches another daemon's
# docker0 or firewall; Debian's docker-registry listens on 127.0.0.1 only. The image
# $IMAGE comes from `docker import` of a busybox-static root filesystem.
# Sets WORK, SOCK and DOCKER_HOST (the daemon's socket, or the logging proxy's with PROXY=1).
WORK="$(mktemp -d /tmp/dk-record.XXXXXX)"
SOCK="$WORK/docker.sock"
REGISTRY_PORT="${REGISTRY_PORT:-5055}"
BRIDGE=dkrec0

for tool in dockerd docker-registry busybox ip; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y docker.io docker-registry busybox-static iproute2" >&2; exit 2; }
done

stop_daemon() {
  [[ -n "${EVENTS_PID:-}" ]] && kill "$EVENTS_PID" 2>/dev/null || true
  [[ -f "$WORK/dockerd.pid" ]] && kill "$(cat "$WORK/dockerd.pid")" 2>/dev/null || true
  [[ -n "${REGISTRY_PID:-}" ]] && kill "$REGISTRY_PID" 2>/dev/null || true
  [[ -n "${PROXY_PID:-}" ]] && kill "$PROXY_PID" 2>/dev/null || true
  sleep 3
  ip link del "$BRIDGE" 2>/dev/null || true
  umount -R "$WORK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop_daemon EXIT

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
for _ in $(seq 100); do DOCKER_HOST="unix://$SOCK" docker version >/dev/null 2>&1 && break; sleep 0.2; done
export DOCKER_HOST="unix://$SOCK"

if [[ "${PROXY:-0}" == 1 ]]; then
  # The CLI talks to the daemon through a proxy that logs each request and response status.
  "$(dirname "${BASH_SOURCE[0]}")/../../node_modules/.bin/node" "$(dirname "${BASH_SOURCE[0]}")/api-log-proxy.ts" "$WORK/cli.sock" "$SOCK" "$WORK/api.log" &
  PROXY_PID=$!
  for _ in $(seq 50); do [[ -S "$WORK/cli.sock" ]] && break; sleep 0.1; done
  export DOCKER_HOST="unix://$WORK/cli.sock"
fi

# An image from a busybox-static root filesystem.
mkdir -p "$WORK/root/bin"
cp "$(command -v busybox)" "$WORK/root/bin/busybox"
for applet in sh echo sleep cat ls cp; do ln -s busybox "$WORK/root/bin/$applet"; done
tar -C "$WORK/root" -c . | docker import -c 'CMD ["sh"]' - "$IMAGE" >/dev/null
