#!/usr/bin/env bash
# Everything `npm test` needs beyond node_modules, installed when missing (run by npm's `pretest`):
#   - the Debian packages in deploy/ci/apt-packages.txt (rsyslog, prometheus's promtool,
#     docker-compose, openssl): real receivers and tools the tests run against;
#   - the Apache Kafka broker jars, from Maven Central (needs Java 17+ and Maven).
# As root it installs with apt-get; otherwise it says what is missing and how to install it, and
# stops (the tests would fail later with less helpful messages). Idempotent and quick when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "test-setup: $*" >&2; }

for tool in java mvn; do
  command -v "$tool" >/dev/null || {
    log "$tool is required (Java 17+ and Maven run the Kafka broker of the integration tests)"
    exit 1
  }
done

packages=$(grep -v '^\s*#' deploy/ci/apt-packages.txt | xargs)
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
missing=$(echo "$missing" | xargs)
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: $missing"
    log "install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing"
    exit 1
  fi
  if ! command -v apt-get >/dev/null; then
    log "missing packages ($missing) and no apt-get: install them with your package manager"
    exit 1
  fi
  log "installing $missing (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

bash scripts/kafka-broker.sh fetch
