#!/usr/bin/env bash
# Faults on the local 3-node swarm (build/swarm/cluster.sh up), each a check that fails loudly:
#   build/swarm/faults.sh worker-death   a worker dies mid-canary (a good release, then a release failing 20 %)
#   build/swarm/faults.sh drain          a worker drained before a blue-green switch under steady load
#   build/swarm/faults.sh rolling-update a rolling restart, then a scale change, of staging's live slot under steady
#                                        load (after drain: staging serves on 2 replicas)
#   build/swarm/faults.sh registry-unreachable  a worker that cannot pull is refused before any task, by node
# Run from the repository root, after a release was packaged and production deployed to the swarm, e.g.
#   ./build.sh --target=Stage4v2 --deploy-target=swarm --keep-environments
# A worker "dies" as a machine does: every process of its network namespace (engine, containerd, its replicas) is
# killed at once; cluster.sh up brings it back and it rejoins the swarm.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
STATE=/run/qte-swarm
fail() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
now_ms() { date +%s%3N; }
plain() { sed 's/\x1b\[[0-9;]*m//g' "$1"; }

wait_for_line() { # file, text, seconds
  for _ in $(seq $(($3 * 5))); do grep -qF "$2" "$1" && return 0; sleep 0.2; done
  cat "$1" >&2
  fail "'$2' did not appear in $1 within $3 s"
}

kill_worker() {
  local pids
  pids=$(ip netns pids "qte-swarm-$1")
  [[ -n $pids ]] || fail "worker $1 runs nothing to kill (is the cluster up?)"
  kill -9 $pids
}

# The router's samples of a slot as "at status" lines, read with the environment's admin token.
router_samples() { # environment, slot
  local env=.qte/environments/$1 port token
  port=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["router"]["adminPort"])' "$env/state.json")
  token=$(cat "$env/router-state/router.token")
  curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/admin/slots/$2/samples?after=0&max=100000" \
    | python3 -c 'import json,sys; [print(s["at"], s["status"]) for s in json.load(sys.stdin)["samples"]]'
}

# A canary of the packaged release (against itself, or with a fault) in production. Its latency tolerance is wide:
# these checks are about a node's death and failed requests; on this 2-core machine, where all three nodes share
# the cores, latency between replicas is too noisy to judge here (the canary benchmarks judge it).
canary_run() { # log, extra options...
  local log=$1; shift
  ./build.sh --target=Deploy --exclusive --environment=production --keep-environments --deploy-target=swarm --redeploy --time-budget=900 \
    --set canary.durationSeconds=10 --set traffic.ratePerSecond=100 --set canary.latencyTolerancePercent=1000 "$@" > "$log" 2>&1
}

worker_death() {
  local interval_ms
  ./build.sh --target=EnvironmentConfig --exclusive --environment=production > /dev/null   # writes its effective config
  interval_ms=$(python3 -c 'import json; print(json.load(open("artifacts/deploy/production/effective-config.json"))["config"]["healthCheckIntervalMs"])')

  # 1. A good release: the step that sees the node die starts its window again; the canary promotes on the
  #    replicas that answer, or ends inconclusive. Failed requests are counted in the canary's report.
  local log=/tmp/qte-swarm-worker-death.log
  canary_run "$log" &
  local build=$!
  wait_for_line "$log" "Canary step 1 of" 180
  sleep 3
  local killed_at; killed_at=$(now_ms)
  kill_worker 2
  local rc=0; wait "$build" || rc=$?
  grep -F "replicas taking requests changed" "$log" || fail "no canary step saw the worker's replicas leave"
  if [[ $rc -eq 0 ]]; then
    ok "the good release was promoted, its steps judged on the replicas that answered"
  else
    grep -qi "inconclusive" "$log" || { tail -30 "$log"; fail "the good release failed for a reason other than an inconclusive step"; }
    ok "the good release's step was judged inconclusive, not passed on a dying node's data"
  fi
  grep -E "^Generated traffic: .* failed\.$" artifacts/deploy/production/canary-analysis.md \
    || fail "the canary report does not count the generated traffic's failed requests"
  local live; live=$(python3 -c 'import json; print(json.load(open(".qte/environments/production/state.json"))["liveSlot"])')
  # Every failed answer the router gave after the kill came within the health-check interval (one failed check
  # takes a replica out) plus its 2 s timeout.
  local last_failure
  last_failure=$(for slot in blue green; do router_samples production "$slot" 2>/dev/null || true; done \
    | awk -v t="$killed_at" '$1 >= t && $2 >= 500 {print $1}' | sort -n | tail -1)
  if [[ -n $last_failure ]]; then
    local took=$((last_failure - killed_at))
    echo "last failed answer through the router: $took ms after the kill (health-check interval $interval_ms ms)"
    [[ $took -le $((interval_ms + 2000)) ]] || fail "the router sent requests to the dead worker's replicas for $took ms"
  else
    echo "no failed answer through the router after the kill"
  fi
  ok "the router took the dead worker's replicas out; production serves from slot $live"
  "$here/cluster.sh" up > /dev/null
  ok "worker 2 is back in the swarm"

  # 2. A release failing 20 % of requests: a worker dying mid-step never turns its canary into a pass.
  local stable; stable=$(curl -fsS http://127.0.0.1:18082/version)
  log=/tmp/qte-swarm-worker-death-bad.log
  canary_run "$log" --set release.env.QTE_FAULT_RATE=0.2 --set release.env.QTE_FAULT_AFTER_REQUESTS=1 &
  build=$!
  wait_for_line "$log" "Canary step 1 of" 180
  sleep 1
  kill_worker 1
  rc=0; wait "$build" || rc=$?
  [[ $rc -ne 0 ]] || { tail -30 "$log"; fail "a release failing 20 % of requests was promoted while a worker died"; }
  grep -qF "Deploy to production rolled back" "$log" || { tail -30 "$log"; fail "the bad canary was not rolled back"; }
  [[ $(curl -fsS http://127.0.0.1:18082/version) == "$stable" ]] || fail "production does not serve the stable release after the rollback"
  ok "the bad release was rolled back, not passed, with a worker dying mid-canary"
  "$here/cluster.sh" up > /dev/null
  ok "worker 1 is back in the swarm"
}

drain() {
  # Two replicas on three nodes: draining a node that runs one moves it to the free node.
  ./build.sh --target=Deploy --exclusive --environment=staging --keep-environments --deploy-target=swarm --redeploy --replicas=2 > /tmp/qte-swarm-drain-1.log 2>&1 \
    || { tail -30 /tmp/qte-swarm-drain-1.log; fail "staging did not deploy with 2 replicas"; }
  local service; service=$(python3 -c 'import json; s=json.load(open(".qte/environments/staging/state.json")); print(s["slots"][s["liveSlot"]]["service"])')
  local manager; manager=$(docker info --format '{{.Swarm.NodeID}}')
  local node
  node=$(for task in $(docker service ps -q --filter desired-state=running "$service"); do docker inspect --format '{{.NodeID}}' "$task"; done | grep -v "$manager" | head -1)
  [[ -n $node ]] || node=$(for task in $(docker service ps -q --filter desired-state=running "$service"); do docker inspect --format '{{.NodeID}}' "$task"; done | head -1)
  docker node update --availability drain "$node" > /dev/null
  for _ in $(seq 150); do
    local on
    on=$(for task in $(docker service ps -q --filter desired-state=running "$service"); do docker inspect --format '{{.NodeID}} {{.Status.State}}' "$task"; done)
    [[ $(grep -c " running$" <<<"$on") -eq 2 ]] && ! grep -q "^$node " <<<"$on" && break
    sleep 0.4
  done
  ! grep -q "^$node " <<<"$on" || fail "Swarm did not move the replica off the drained node"
  ok "the drained node's replica moved to another node"

  python3 .ci/steady-load.py http://127.0.0.1:18081/api/quotes/MSFT 100 2 > /tmp/qte-swarm-drain-load.log 2>&1 &
  local load=$!
  sleep 1
  local rc=0
  ./build.sh --target=Deploy --exclusive --environment=staging --keep-environments --deploy-target=swarm --redeploy --replicas=2 > /tmp/qte-swarm-drain-2.log 2>&1 || rc=$?
  sleep 1
  kill -TERM "$load"
  local lost=0; wait "$load" || lost=$?
  docker node update --availability active "$node" > /dev/null
  cat /tmp/qte-swarm-drain-load.log
  [[ $rc -eq 0 ]] || { tail -30 /tmp/qte-swarm-drain-2.log; fail "the blue-green switch after the drain failed"; }
  grep -q "Switched in" /tmp/qte-swarm-drain-2.log || fail "the deploy to staging did not switch slots"
  [[ $lost -eq 0 ]] || fail "requests failed during the blue-green switch after the drain"
  ok "a blue-green switch after a drain lost no request"
}

# Runs a task under 100 requests/s through staging's router; fails if the task or any request failed.
under_load() { # log, task options...
  local log=$1; shift
  python3 .ci/steady-load.py http://127.0.0.1:18081/api/quotes/MSFT 100 2 > "$log.load" 2>&1 &
  local load=$!
  sleep 1
  local rc=0
  ./build.sh --exclusive --environment=staging --deploy-target=swarm "$@" > "$log" 2>&1 || rc=$?
  sleep 1
  kill -TERM "$load"
  local lost=0; wait "$load" || lost=$?
  cat "$log.load"
  [[ $rc -eq 0 ]] || { tail -30 "$log"; fail "'$*' failed"; }
  [[ $lost -eq 0 ]] || fail "requests failed during '$*'"
}

replicas_on_nodes() { # service: "<running replicas> <distinct nodes>"
  local on
  on=$(for task in $(docker service ps -q --filter desired-state=running "$1"); do docker inspect --format '{{.NodeID}} {{.Status.State}}' "$task"; done | grep ' running$')
  echo "$(wc -l <<<"$on") $(cut -d' ' -f1 <<<"$on" | sort -u | wc -l)"
}

rolling_update() {
  local service; service=$(python3 -c 'import json; s=json.load(open(".qte/environments/staging/state.json")); print(s["slots"][s["liveSlot"]]["service"])')
  local before; before=$(replicas_on_nodes "$service")
  [[ $before == "2 2" ]] || fail "staging's live slot runs $before replicas/nodes, not the drain check's 2 on 2"
  # 2 replicas on 3 nodes: a replacement may start on the free node, so the router must follow the replicas.
  under_load /tmp/qte-swarm-restart.log --target=Restart --replicas=2
  grep -q "Restarted replica by replica" /tmp/qte-swarm-restart.log || fail "Restart did not report its replicas"
  [[ $(docker service inspect --format '{{.UpdateStatus.State}}' "$service") == completed ]] || fail "Swarm's update of $service did not complete"
  [[ $(replicas_on_nodes "$service") == "$before" ]] || fail "$service runs $(replicas_on_nodes "$service") replicas/nodes after the restart, not $before"
  ok "a rolling restart of $service (2 replicas on 3 nodes) lost no request"

  under_load /tmp/qte-swarm-scale.log --target=Scale --replicas=0
  [[ $(replicas_on_nodes "$service") == "3 3" ]] || fail "$service runs $(replicas_on_nodes "$service") replicas/nodes after a scale to one per node, not 3 3"
  ok "scaling $service to one replica per node lost no request"
}

# Worker 2's registry (cluster.sh's, in its namespace: the node's 127.0.0.1:5000) stopped: a swarm run must refuse in
# one line naming that node, before any task; with the registry back, the check passes.
registry_unreachable() {
  local ns=qte-swarm-2 config=$STATE/registry-127.0.0.1:5000.yml pid address log=/tmp/qte-swarm-registry.log
  address=$(nsenter --net=/var/run/netns/$ns ip -4 -o addr show eth0 | awk '{sub(/\/.*/, "", $4); print $4}')
  for pid in $(ip netns pids $ns); do
    if tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q '^docker-registry serve'; then kill "$pid"; fi
  done
  if ./build.sh --target=Stage4v2 --deploy-target=swarm > "$log" 2>&1; then fail "a swarm run with worker 2's registry stopped exited 0"; fi
  plain "$log" | grep -q "($address) cannot pull from 127.0.0.1:5000" || { plain "$log" | tail -20 >&2; fail "the refusal does not name worker 2 ($address)"; }
  if plain "$log" | grep -qx 'Stage1A\|Restore'; then fail "a task ran before the refusal"; fi
  ok "refused before any task: $(plain "$log" | grep -o "swarm node [^ ]* ($address) cannot pull from [^ ]*")"

  nsenter --net=/var/run/netns/$ns docker-registry serve "$config" >> "$STATE/2/registry.log" 2>&1 &
  for _ in $(seq 50); do nsenter --net=/var/run/netns/$ns curl -fsS http://127.0.0.1:5000/v2/ > /dev/null 2>&1 && break; sleep 0.2; done
  ./build.sh --target=EnvironmentConfig --exclusive --deploy-target=swarm > "$log" 2>&1 || { plain "$log" | tail -20 >&2; fail "the pull check failed with worker 2's registry back"; }
  plain "$log" | grep -q "Swarm: each of the 3 nodes pulled a probe image from 127.0.0.1:5000 (" || fail "the pull check did not report 3 nodes"
  ok "with worker 2's registry back: $(plain "$log" | grep -o 'Swarm: each of the 3 nodes pulled.*')"
}

case ${1:-} in
  worker-death) worker_death ;;
  drain) drain ;;
  rolling-update) rolling_update ;;
  registry-unreachable) registry_unreachable ;;
  *) echo "usage: $0 worker-death|drain|rolling-update|registry-unreachable" >&2; exit 2 ;;
esac
