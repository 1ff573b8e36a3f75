#!/usr/bin/env bash
# Issue 23's checks on the local 3-node swarm, end to end, in a repository clone on a machine with dockerd, the
# base image and a registry on 127.0.0.1:5000 (as .ci/run prepares them): ClusterUp; bad input refused before
# any task (a node that cannot pull among it); production deployed as services with a replica on each node; a worker dies mid-canary; a worker drained
# before a blue-green switch; a rolling restart and a scale change under load; every environment down; ClusterDown
# leaves nothing. .ci/run runs it last.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=build/swarm

expect_failure() { # text, command...
  local expected=$1 output; shift
  if output=$("$@" 2>&1); then echo "FAILED: '$*' exited 0" >&2; exit 1; fi
  grep -qF -- "$expected" <<<"$(sed 's/\x1b\[[0-9;]*m//g' <<<"$output" | tr -s '[:space:]' ' ')" \
    || { printf '%s\n' "$output" | tail -20; echo "FAILED: '$*' did not print: $expected" >&2; exit 1; }
  echo "ok: '$*' failed with: $expected"
}

down_all() { for environment in dev staging production; do ./build.sh --target=Down --exclusive --environment=$environment > /dev/null; done; }

down_all
./build.sh --target=ClusterUp --exclusive
test "$(docker node ls --format '{{.Status}} {{.Availability}}' | grep -c '^Ready Active$')" -eq 3 || { echo "FAILED: the local swarm has not 3 ready nodes" >&2; exit 1; }
expect_failure "replicas: 4 for dev is more than the swarm's 3 available nodes" ./build.sh --target=Stage4v2 --deploy-target=swarm --replicas=4
expect_failure "--swarm-manager: 'nowhere' is not a Docker host address" ./build.sh --target=Stage4v2 --deploy-target=swarm --swarm-manager=nowhere
"$here/faults.sh" registry-unreachable

# The packaged release (.ci/run's earlier steps made one; else one of this commit, tests cached), first into production
# (no A/A canary: the checks here are about nodes; the A/A canary on the swarm is in --target=Stage4v4's run).
if ! compgen -G 'artifacts/releases/*.zip' > /dev/null; then
  ./build.sh --target=Package > /tmp/qte-swarm-package.log 2>&1 || { tail -30 /tmp/qte-swarm-package.log; echo "FAILED: Package" >&2; exit 1; }
fi
./build.sh --target=Deploy --exclusive --environment=production --deploy-target=swarm --keep-environments --set canary.onEmptyEnvironment=deploy
live=$(python3 -c 'import json; s=json.load(open(".qte/environments/production/state.json")); print(s["slots"][s["liveSlot"]]["service"])')
docker service ps --filter desired-state=running "$live"
nodes=$(for task in $(docker service ps -q --filter desired-state=running "$live"); do docker inspect --format '{{.NodeID}} {{.Status.State}}' "$task"; done | grep ' running$' | sort -u | wc -l)
test "$nodes" -eq 3 || { echo "FAILED: production's live service $live runs on $nodes nodes, not 3" >&2; exit 1; }
echo "ok: production's live slot is a Swarm service with a replica on each of the 3 nodes"

"$here/faults.sh" worker-death
./build.sh --target=Down --exclusive --environment=production > /dev/null
"$here/faults.sh" drain
"$here/faults.sh" rolling-update
down_all
if pgrep -f 'Qte\.(Service|Router)\.dll' > /dev/null; then pgrep -af 'Qte\.(Service|Router)\.dll' >&2; echo "FAILED: environment processes left after Down" >&2; exit 1; fi

./build.sh --target=ClusterDown --exclusive
test -z "$(docker service ls --quiet)" || { echo "FAILED: services left after ClusterDown" >&2; exit 1; }
test "$(docker info --format '{{.Swarm.LocalNodeState}}')" = inactive || { echo "FAILED: this engine is still in a swarm" >&2; exit 1; }
test -z "$(ip netns list | grep qte-swarm || true)" || { echo "FAILED: network namespaces left" >&2; exit 1; }
test -z "$(ip -o link show | grep -E 'qte-sw|qte-swarm' || true)" || { echo "FAILED: links left" >&2; exit 1; }
test ! -e /run/qte-swarm && test ! -e /var/lib/qte-swarm || { echo "FAILED: cluster state left on disk" >&2; exit 1; }
if pgrep -af '/run/qte-swarm|/var/lib/qte-swarm' >&2; then echo "FAILED: processes of the cluster left running" >&2; exit 1; fi
echo "ok: ClusterDown left no service, worker, namespace or link"
expect_failure "--deploy-target=swarm: this machine's engine is not a swarm manager (swarm state inactive/false)" ./build.sh --target=Stage4v1 --exclusive --deploy-target=swarm
echo "swarm checks passed"
