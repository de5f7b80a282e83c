#!/usr/bin/env bash
# Benchmarks jwks-server against its two physical ceilings, on this machine, in one run:
#   - GET /api/jwks against nginx serving the same bytes from a file;
#   - POST /api/token (RS256, ES256, EdDSA active key) against the JVM's signing rate measured by JMH.
# Usage: bench/run.sh            (JDK from JAVA_HOME, or the default java)
#        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/run.sh
# Tunables: BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (10s), BENCH_RUNS (3), BENCH_WARMUP (30s: the
# JIT needs that long to compile the server's request path and the JDK's big-number arithmetic).
# BENCH_PROFILE=1 also samples the server's CPU with async-profiler (from Maven Central) during the measured runs of
# each case and prints where the time goes, per thread and per layer (bench/profile.py); sampling costs some
# throughput, so take the figures from a run without it.
# Traffic goes to 127.0.0.1 only; every process started here is stopped by its PID on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/bench
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-10s}
RUNS=${BENCH_RUNS:-3}
WARMUP=${BENCH_WARMUP:-30s}
PROFILE=${BENCH_PROFILE:-0}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The JVM options the README recommends for production: a fixed small heap and the throughput collector, whose
# pauses at this heap size are shorter than G1's and which keeps the resident set smaller.
SERVER_JVM_OPTIONS="-Xms256m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:+UseParallelGC"
ASYNC_PROFILER_VERSION=4.1
STARTED_PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v python3 >/dev/null || missing+=(python3)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  STARTED_PIDS=()
}
trap stop_started EXIT INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() {
  local url=$1
  for _ in $(seq 1 180); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 1
  done
  log "no answer from $url"; return 1
}

build() {
  log "building the WAR and provisioning WildFly (mvn package)"
  mvn -B -q -ntp -DskipTests package
  log "measuring the signing ceiling with JMH"
  mvn -B -q -ntp -Pbench test-compile exec:exec@jmh -Djmh.result="$WORK/jmh.json" > "$WORK/jmh.log"
}

new_client() {
  local output secret digest
  output=$("$JAVA_BIN" -cp target/classes dev.jwksserver.clients.NewClientSecret)
  secret=$(sed -n 's/^client_secret: //p' <<< "$output")
  digest=$(sed -n 's/^secret_digest: //p' <<< "$output")
  export BENCH_CLIENT_ID=bench-client BENCH_CLIENT_SECRET=$secret
  cat > "$WORK/clients.json" <<JSON
{"clients": [{"client_id": "bench-client", "secret_digest": "$digest", "scopes": ["bench"],
  "default_scopes": ["bench"], "audiences": ["bench-api"], "token_lifetime_seconds": 300}]}
JSON
}

start_server() {
  local algorithm=$1 http mgmt jvm_options=$SERVER_JVM_OPTIONS
  rm -rf "$WORK/server" && cp -r target/server "$WORK/server"
  "$WORK/server/bin/jboss-cli.sh" --commands="embed-server,run-batch --file=$ROOT/server-config/wildfly/tuning.cli" \
    > "$WORK/tuning-$algorithm.log"
  cp target/jwks-server.war "$WORK/server/standalone/deployments/"
  http=$(free_port); mgmt=$(free_port)
  log "starting WildFly with generated $algorithm keys on 127.0.0.1:$http"
  JAVA_OPTS="$jvm_options -Djava.net.preferIPv4Stack=true" \
    JAVA_HOME=${JAVA_HOME:-} LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/server.pid" \
    "$WORK/server/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.http.port="$http" -Djboss.https.port="$(free_port)" \
      -Djboss.management.http.port="$mgmt" -Djboss.management.https.port="$(free_port)" \
      -Djwks.generate.algorithm="$algorithm" -Djwks.clients.file="$WORK/clients.json" \
      > "$WORK/server-$algorithm.log" 2>&1 &
  STARTED_PIDS+=($!)
  SERVER_URL="http://127.0.0.1:$http"
  wait_for "$SERVER_URL/api/jwks"
  SERVER_PID=$(cat "$WORK/server.pid")
  STARTED_PIDS+=("$SERVER_PID")
}

stop_server() {
  stop_started
}

start_nginx() {
  local port
  port=$(free_port)
  mkdir -p "$WORK/nginx/tmp"
  curl -fsS "$SERVER_URL/api/jwks" -o "$WORK/nginx/jwks.json"
  chmod -R a+rX "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    location = /api/jwks {
      default_type application/json;
      add_header Cache-Control "public, max-age=300";
      alias $WORK/nginx/jwks.json;
    }
  }
}
CONF
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  STARTED_PIDS+=($!)
  NGINX_URL="http://127.0.0.1:$port"
  wait_for "$NGINX_URL/api/jwks"
}

fetch_profiler() {
  log "fetching async-profiler $ASYNC_PROFILER_VERSION from Maven Central"
  mvn -B -q -ntp dependency:copy -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION:jar:linux-x64" \
    -DoutputDirectory="$WORK/async-profiler"
  (cd "$WORK/async-profiler" && unzip -q -o ./*.jar 'linux-x64/*')
  PROFILER_LIB=$WORK/async-profiler/linux-x64/libasyncProfiler.so
}

# profiler COMMAND: loads async-profiler into the running server (jcmd) with one command, such as start or stop.
profiler() {
  # The quotes keep the command one argument of JVMTI.agent_load, whose parser would split it at "=".
  "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$SERVER_PID" JVMTI.agent_load "$PROFILER_LIB" "\"$1\"" > /dev/null
}

# wrk_case NAME URL [wrk args...]: a warm-up, then RUNS measured runs saved for the report.
wrk_case() {
  local name=$1 url=$2; shift 2
  log "$name: warm-up $WARMUP, then $RUNS x $DURATION ($THREADS threads, $CONNECTIONS connections)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" > /dev/null
  # nginx is not profiled; every other case is the server's.
  local profiled=0
  if [ "$PROFILE" = 1 ] && [[ $url == "$SERVER_URL/"* ]]; then
    profiled=1
    profiler "start,event=cpu,interval=1ms,threads"
  fi
  for run in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$WORK/wrk-$name-$run.txt"
  done
  if [ "$profiled" = 1 ]; then
    profiler "stop,collapsed,file=$WORK/profile-$name.collapsed"
  fi
}

record_rss() {
  # VmHWM: the peak resident set size of the server process since it started.
  awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status" > "$WORK/rss-$1.txt"
}

main() {
  install_tools
  rm -rf "$WORK" && mkdir -p "$WORK"
  build
  if [ "$PROFILE" = 1 ]; then fetch_profiler; fi
  new_client

  start_server RS256
  start_nginx
  wrk_case jwks-nginx "$NGINX_URL/api/jwks"
  wrk_case jwks-server "$SERVER_URL/api/jwks"
  wrk_case token-RS256 "$SERVER_URL/api/token" -s bench/token.lua
  record_rss RS256
  stop_server

  for algorithm in ES256 EdDSA; do
    start_server "$algorithm"
    wrk_case "token-$algorithm" "$SERVER_URL/api/token" -s bench/token.lua
    record_rss "$algorithm"
    stop_server
  done

  python3 bench/report.py "$WORK" "$("$JAVA_BIN" -version 2>&1 | head -1)" "$(nproc)" "$THREADS" "$CONNECTIONS" \
    "$DURATION" "$RUNS"
  if [ "$PROFILE" = 1 ]; then
    for name in jwks-server token-RS256 token-ES256 token-EdDSA; do
      echo; echo "Where the server's CPU went during the measured runs of $name:"
      python3 bench/profile.py "$WORK/profile-$name.collapsed"
    done
  fi
}

main "$@"
