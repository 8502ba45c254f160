#!/usr/bin/env bash
# Records real builds of the layer-cache scenarios on a throw-away Engine (scripts/record/daemon.sh)
# and writes src/data/traces/build-cache.json. Needs root and Debian's docker.io,
# docker-registry and busybox-static.
set -euo pipefail
IMAGE=local/busybox:1
source "$(dirname "$0")/daemon.sh"
"$(dirname "$0")/../../node_modules/.bin/node" "$(dirname "$0")/build-cache-traces.ts"
