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
IMAGE="localhost:${REGISTRY_PORT:-5055}/demo/busybox:1"
mkdir -p "$OUT"
rm -f "$OUT"/*
PROXY=1 source "$(dirname "$0")/daemon.sh"

docker version --format '{{.Server.Version}}' >"$OUT/engine-version.txt"
docker version --format '{{.Client.Version}} {{.Client.APIVersion}}' >"$OUT/client-version.txt"

# The image, pushed to the local registry, then removed, so the first run must pull it.
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
