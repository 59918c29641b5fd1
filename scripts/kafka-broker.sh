#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft, combined broker+controller) for tests
# and development, run straight from the Maven Central jars in deploy/kafka/lib.
#
#   kafka-broker.sh fetch                        download the jars (idempotent)
#   kafka-broker.sh start [--port N] [--dir DIR] prints 127.0.0.1:PORT when ready
#         [--tls-dir CERTS --sasl-user NAME:PASSWORD]
#                                                also a SASL_SSL listener (PLAIN, SCRAM-SHA-256 and
#                                                SCRAM-SHA-512 for that user) and an SSL listener
#                                                that requires a client certificate; CERTS holds
#                                                ca.pem, server.pem and server.key (PEM, key
#                                                unencrypted); their ports are written to
#                                                DIR/sasl_ssl.port and DIR/ssl.port
#         [--keep]                               restart a stopped broker of DIR: same ports,
#                                                same data (topics, offsets, groups)
#   kafka-broker.sh stop  [--dir DIR]
#
# Only `start` writes to stdout (the bootstrap address), so callers can capture it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_HOME="$ROOT/deploy/kafka"
LIB="$KAFKA_HOME/lib"
# Written only after a complete copy and keyed on the pom, so an interrupted
# fetch or a version bump triggers a fresh download.
STAMP="$LIB/.complete"
LAST_DIR="$KAFKA_HOME/.last-dir"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"

die() { echo "kafka-broker: $*" >&2; exit 1; }
log() { echo "kafka-broker: $*" >&2; }

pom_sum() { sha256sum "$KAFKA_HOME/pom.xml" | cut -d' ' -f1; }

cmd_fetch() {
  if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$(pom_sum)" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (needed to fetch Kafka from Maven Central)"
  rm -rf "$LIB"
  log "fetching Kafka jars with Maven into $LIB"
  mvn -q -B -Dstyle.color=never -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies >&2 \
    || die "mvn dependency:copy-dependencies failed"
  pom_sum >"$STAMP"
}

# Prints N distinct free loopback ports. All sockets are held open together so
# the kernel cannot hand out the same port twice.
free_ports() {
  node -e '
    const net = require("net");
    const n = Number(process.argv[1]);
    const servers = [];
    const next = () => {
      if (servers.length === n) {
        console.log(servers.map((s) => s.address().port).join(" "));
        servers.forEach((s) => s.close());
        return;
      }
      const s = net.createServer();
      s.listen(0, "127.0.0.1", () => { servers.push(s); next(); });
    };
    next();
  ' "$1"
}

# The cause of a failed start sits in the first ERROR lines, not at the end of
# the log (which is shutdown noise), so show both.
show_log() {
  local log="$DIR/kafka.log"
  echo "--- first errors in $log ---" >&2
  grep -E '^\[[^]]*\] (ERROR|FATAL) |^Caused by: |^([a-z]\w*\.)+\w+(Exception|Error)\b' "$log" \
    | head -n 8 >&2 || true
  echo "--- last lines of $log ---" >&2
  tail -n 15 "$log" >&2
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

parse_args() {
  PORT="" DIR="" TLS_DIR="" SASL_USER="" KEEP=""
  while (($#)); do
    case "$1" in
      --keep) KEEP=1; shift ;;
      --port) PORT="${2:?--port needs a value}"; shift 2 ;;
      --dir) DIR="${2:?--dir needs a value}"; shift 2 ;;
      --tls-dir) TLS_DIR="${2:?--tls-dir needs a value}"; shift 2 ;;
      --sasl-user) SASL_USER="${2:?--sasl-user needs NAME:PASSWORD}"; shift 2 ;;
      *) die "unknown argument: $1" ;;
    esac
  done
}

cmd_start() {
  parse_args "$@"
  [[ -f "$STAMP" ]] || die "Kafka jars missing: run '$0 fetch' first"
  command -v java >/dev/null || die "java not found (Kafka 4.x needs Java 17+)"

  if [[ -z "$DIR" ]]; then
    DIR="$(mktemp -d "${TMPDIR:-/tmp}/kafka-broker.XXXXXX")"
  fi
  mkdir -p "$DIR"
  DIR="$(cd "$DIR" && pwd)"
  if [[ -f "$DIR/kafka.pid" ]] && kill -0 "$(cat "$DIR/kafka.pid")" 2>/dev/null; then
    die "a broker is already running from $DIR (pid $(cat "$DIR/kafka.pid"))"
  fi

  if [[ -n "$KEEP" ]]; then
    [[ -f "$DIR/server.properties" && -f "$DIR/ports" && -d "$DIR/data" ]] \
      || die "--keep: no stopped broker in $DIR"
    read -r PORT _ <"$DIR/ports"
    mv "$DIR/kafka.log" "$DIR/kafka.log.$(date +%s)" 2>/dev/null || true
    launch_broker
    return
  fi

  local controller_port
  if [[ -z "$PORT" ]]; then
    read -r PORT controller_port <<<"$(free_ports 2)"
  else
    until controller_port="$(free_ports 1)" && [[ "$controller_port" != "$PORT" ]]; do :; done
  fi

  # Optional secured listeners, for testing SASL and TLS clients.
  local listeners="PLAINTEXT://127.0.0.1:$PORT" protocol_map="PLAINTEXT:PLAINTEXT"
  local secure_props="" scram_args=()
  rm -f "$DIR/sasl_ssl.port" "$DIR/ssl.port"
  if [[ -n "$TLS_DIR" || -n "$SASL_USER" ]]; then
    [[ -n "$TLS_DIR" && -n "$SASL_USER" ]] || die "--tls-dir and --sasl-user go together"
    [[ "$SASL_USER" == *:* ]] || die "--sasl-user must be NAME:PASSWORD"
    TLS_DIR="$(cd "$TLS_DIR" && pwd)"
    local f
    for f in ca.pem server.pem server.key; do
      [[ -f "$TLS_DIR/$f" ]] || die "$TLS_DIR/$f missing"
    done
    local sasl_name="${SASL_USER%%:*}" sasl_password="${SASL_USER#*:}" sasl_ssl_port ssl_port
    until read -r sasl_ssl_port ssl_port <<<"$(free_ports 2)" \
      && [[ "$sasl_ssl_port" != "$PORT" && "$ssl_port" != "$PORT" \
        && "$sasl_ssl_port" != "$controller_port" && "$ssl_port" != "$controller_port" ]]; do :; done
    # Kafka reads a PEM key store as one file holding the private key and the certificate chain.
    cat "$TLS_DIR/server.key" "$TLS_DIR/server.pem" >"$DIR/keystore.pem"
    listeners+=",SASL_SSL://127.0.0.1:$sasl_ssl_port,SSL://127.0.0.1:$ssl_port"
    protocol_map+=",SASL_SSL:SASL_SSL,SSL:SSL"
    secure_props="ssl.keystore.type=PEM
ssl.keystore.location=$DIR/keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$TLS_DIR/ca.pem
ssl.endpoint.identification.algorithm=
listener.name.ssl.ssl.client.auth=required
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$sasl_name=\"$sasl_password\";
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
    scram_args=(--add-scram "SCRAM-SHA-256=[name=$sasl_name,password=$sasl_password]"
      --add-scram "SCRAM-SHA-512=[name=$sasl_name,password=$sasl_password]")
    echo "$sasl_ssl_port" >"$DIR/sasl_ssl.port.tmp"
    echo "$ssl_port" >"$DIR/ssl.port.tmp"
  fi

  # Each start gets fresh storage: tests must not see a previous run's topics.
  rm -rf "$DIR/data" "$DIR/kafka.log"
  cat >"$DIR/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=$listeners,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=$listeners
listener.security.protocol.map=$protocol_map,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DIR/data
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
min.insync.replicas=1
# One node: internal topics cannot have more than one replica, and their
# default 50 partitions only slow the first group/transaction down.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
share.coordinator.state.topic.num.partitions=3
# Tests start consumers one by one; don't hold the first join back 3 s.
group.initial.rebalance.delay.ms=0
# Sized for a 2-core CI machine.
num.network.threads=2
num.io.threads=4
$secure_props
EOF
  # Console appender: stdout is redirected into kafka.log below.
  cat >"$DIR/log4j2.properties" <<'EOF'
status = warn
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
logger.state.name = state.change.logger
logger.state.level = WARN
# The full config dump is repeated for every component: thousands of lines.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
EOF

  local java_opts=(-Xms256m -Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true "-Dlog4j2.configurationFile=$DIR/log4j2.properties")
  # A KRaft cluster id is 16 random bytes, base64url without padding; like
  # Kafka's own Uuid.randomUuid, avoid a leading '-' (read as an option flag).
  local cluster_id="-"
  while [[ "$cluster_id" == -* ]]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  done
  java "${java_opts[@]}" -cp "$LIB/*" kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$DIR/server.properties" "${scram_args[@]}" >"$DIR/format.log" 2>&1 \
    || { cat "$DIR/format.log" >&2; die "formatting KRaft storage in $DIR/data failed"; }

  echo "$PORT $controller_port" >"$DIR/ports"
  launch_broker
}

# Starts the broker of $DIR/server.properties and waits until it serves on $PORT.
launch_broker() {
  local java_opts=(-Xms256m -Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true "-Dlog4j2.configurationFile=$DIR/log4j2.properties")
  # No inherited fds: a caller reading our stdout until EOF (e.g. Node's
  # child_process) would otherwise wait for the broker to exit.
  java "${java_opts[@]}" -cp "$LIB/*" kafka.Kafka "$DIR/server.properties" \
    </dev/null >"$DIR/kafka.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$DIR/kafka.pid"
  echo "$DIR" >"$LAST_DIR"

  # The listener can accept TCP before request processing is enabled, so also
  # wait for the line KafkaRaftServer logs once startup has fully completed.
  local deadline=$((SECONDS + START_TIMEOUT))
  until port_open "$PORT" && grep -q 'Kafka Server started' "$DIR/kafka.log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log
      die "broker exited during startup (log: $DIR/kafka.log)"
    fi
    if ((SECONDS >= deadline)); then
      show_log
      stop_pid "$pid"
      die "broker not ready on 127.0.0.1:$PORT after ${START_TIMEOUT}s (log: $DIR/kafka.log)"
    fi
    sleep 0.2
  done
  log "broker pid $pid ready, dir $DIR"
  if [[ -f "$DIR/sasl_ssl.port.tmp" ]]; then
    mv "$DIR/sasl_ssl.port.tmp" "$DIR/sasl_ssl.port"
    mv "$DIR/ssl.port.tmp" "$DIR/ssl.port"
  fi
  echo "127.0.0.1:$PORT"
}

# SIGTERM gives a controlled shutdown (a few seconds); SIGKILL only if it hangs.
stop_pid() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  log "broker pid $pid ignored SIGTERM for 30s, killing"
  kill -KILL "$pid" 2>/dev/null || true
}

cmd_stop() {
  parse_args "$@"
  [[ -n "$PORT" ]] && die "stop takes no --port"
  if [[ -z "$DIR" ]]; then
    [[ -f "$LAST_DIR" ]] || die "no --dir given and no previous start recorded"
    DIR="$(cat "$LAST_DIR")"
  fi
  local pid_file="$DIR/kafka.pid" pid
  [[ -f "$pid_file" ]] || { log "no broker pid file in $DIR"; return 0; }
  pid="$(cat "$pid_file")"
  # Guard against a recycled pid belonging to some other process.
  if ps -p "$pid" -o args= 2>/dev/null | grep -q 'kafka\.Kafka'; then
    stop_pid "$pid"
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  fetch) shift; cmd_fetch "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *) die "usage: $0 fetch | start [--port N] [--dir DIR] | stop [--dir DIR]" ;;
esac
