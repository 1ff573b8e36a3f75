#!/usr/bin/env bash
# A 3-node Docker Swarm on one machine, for tests and for trying --deploy-target=swarm:
#   build/swarm/cluster.sh up      ./build.sh --target=ClusterUp: this machine's engine as manager, two workers
#   build/swarm/cluster.sh down    ./build.sh --target=ClusterDown: removes the services, workers, namespaces and links
#   build/swarm/cluster.sh status  the nodes as the manager sees them
# and, for those two tasks, what is not Docker (the swarm membership is theirs, through Cake.Docker's swarm aliases):
#   build/swarm/cluster.sh nodes-up    the bridge, the namespaces, each worker's engine and registry, the base layers
#   build/swarm/cluster.sh nodes-down  stops the workers' engines and registries, removes their data, namespaces, links
#
# Each worker is a dockerd of its own (data root, exec root, socket) started with `nsenter --net` in a network
# namespace (`ip netns exec` fails here: it remounts /sys and the devices cgroup is not mounted), joined to a
# host bridge on 10.77.0.0/24: the manager advertises 10.77.0.1, worker N is 10.77.0.(N+1). No vxlan module, so no
# overlay networks: services use the host network of their node. Every node reaches the registry as
# 127.0.0.1:5000 (a plain-HTTP registry docker trusts without setup): each worker namespace runs its own
# docker-registry over the host registry's storage folder, so one image reference means one image on every node.
# Needs root, iproute2, nsenter, dockerd and docker-registry. `nodes-down` also mends what a failed `nodes-up` left.
set -euo pipefail

WORKERS=${QTE_SWARM_WORKERS:-2}
SUBNET=10.77.0
BRIDGE=qte-swarm0
STATE=/run/qte-swarm
DATA=/var/lib/qte-swarm
REGISTRY_ROOT=${QTE_REGISTRY_ROOT:-/tmp/qte-registry}
BASE_IMAGE=${QTE_DOCKER_BASE_IMAGE:-qte/aspnet-base:10.0}

say() { echo "cluster: $*"; }
fail() { echo "cluster: $*" >&2; exit 1; }
worker_docker() { DOCKER_HOST="unix://$STATE/$1/docker.sock" docker "${@:2}"; }
in_ns() { nsenter --net="/var/run/netns/qte-swarm-$1" "${@:2}"; }

wait_for() { # seconds, description, command...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq $((seconds * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  fail "$what did not happen within ${seconds} s"
}

registry_config() { # listen address -> a config file for it
  local file="$STATE/registry-$1.yml"
  printf 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\nhttp:\n  addr: %s\n' \
    "$REGISTRY_ROOT" "$1" > "$file"
  echo "$file"
}

nodes_up() {
  for tool in ip nsenter dockerd docker docker-registry; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install iproute2 util-linux docker.io docker-registry)"
  done
  docker info >/dev/null 2>&1 || fail "no Docker engine answers the docker CLI on this machine: start one first (dockerd --storage-driver=vfs --iptables=false --bridge=none)"
  mkdir -p "$STATE" "$DATA" "$REGISTRY_ROOT"

  # The host's registry: the one .ci/run starts, or one of our own.
  if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
    docker-registry serve "$(registry_config 127.0.0.1:5000)" > "$STATE/registry.log" 2>&1 &
    echo $! > "$STATE/registry.pid"
    wait_for 10 "the registry on 127.0.0.1:5000 answering" curl -fsS http://127.0.0.1:5000/v2/
  fi

  ip link show "$BRIDGE" >/dev/null 2>&1 || {
    ip link add "$BRIDGE" type bridge
    ip addr add "$SUBNET.1/24" dev "$BRIDGE"
    ip link set "$BRIDGE" up
  }

  for n in $(seq "$WORKERS"); do
    local ns="qte-swarm-$n" address="$SUBNET.$((n + 1))" root="$STATE/$n"
    mkdir -p "$root" "$DATA/$n"
    [[ -e /var/run/netns/$ns ]] || {
      ip netns add "$ns"
      ip link add "qte-sw$n" type veth peer name eth0 netns "$ns"
      ip link set "qte-sw$n" master "$BRIDGE" up
      in_ns "$n" ip link set lo up
      in_ns "$n" ip addr add "$address/24" dev eth0
      in_ns "$n" ip link set eth0 up
      in_ns "$n" ip route add default via "$SUBNET.1"
    }
    if ! worker_docker "$n" info >/dev/null 2>&1; then
      in_ns "$n" docker-registry serve "$(registry_config 127.0.0.1:5000)" > "$root/registry.log" 2>&1 &
      echo $! > "$root/registry.pid"
      in_ns "$n" dockerd --data-root "$DATA/$n" --exec-root "$root/exec" --pidfile "$root/docker.pid" \
        -H "unix://$root/docker.sock" --storage-driver=vfs --iptables=false --bridge=none > "$root/dockerd.log" 2>&1 &
      wait_for 30 "worker $n's engine answering" worker_docker "$n" info
    fi
  done

  # The base layers every release image shares, in every node's store before the first deploy.
  if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    local shared="127.0.0.1:5000/$BASE_IMAGE"
    docker tag "$BASE_IMAGE" "$shared"
    docker push --quiet "$shared" >/dev/null
    for n in $(seq "$WORKERS"); do worker_docker "$n" pull --quiet "$shared" >/dev/null; done
  else
    say "no $BASE_IMAGE here (build/docker/make-base-image.sh makes it): the nodes pull every layer on their first deploy"
  fi
}

nodes_down() {
  for root in "$STATE"/[0-9]*; do
    [[ -d $root ]] || continue
    local n=${root##*/}
    for pidfile in "$root/docker.pid" "$root/registry.pid"; do
      [[ -f $pidfile ]] || continue
      local pid; pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    done
    # Containers outlive a killed dockerd in their shims; so do the mounts of its data root.
    pkill -9 -f "containerd-shim.*$root/exec" 2>/dev/null || true
    pkill -9 -f "containerd .*$root/exec" 2>/dev/null || true
    { grep -o " $DATA/$n[^ ]*\| $root[^ ]*" /proc/mounts || true; } | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
    rm -rf "$root" "$DATA/$n"
  done
  # A namespace lives on while a process runs in it, after `ip netns delete` too: every process in it goes first. A
  # worker's registry runs under nsenter in a background subshell, so its pid file holds the subshell's, not its own.
  for ns in $(ip netns list 2>/dev/null | awk '/^qte-swarm-/ {print $1}'); do
    local pids; pids=$(ip netns pids "$ns" 2>/dev/null || true)
    [[ -z $pids ]] || kill -9 $pids 2>/dev/null || true
    ip netns delete "$ns"
  done
  # What earlier runs left in namespaces already deleted (their command lines name this state folder).
  pkill -9 -f "docker-registry serve $STATE/" 2>/dev/null || true
  for link in $(ip -o link show 2>/dev/null | awk -F': ' '$2 ~ /^qte-sw/ {sub(/@.*/, "", $2); print $2}'); do ip link delete "$link" 2>/dev/null || true; done
  if ip link show "$BRIDGE" >/dev/null 2>&1; then ip link delete "$BRIDGE"; fi
  if [[ -f $STATE/registry.pid ]]; then kill "$(cat "$STATE/registry.pid")" 2>/dev/null || true; fi
  rm -rf "$STATE" "$DATA"
}

status() {
  docker node ls --format '{{.Hostname}} {{.Status}} {{.Availability}} {{.ManagerStatus}} {{.EngineVersion}}' | sed 's/^/cluster: node /'
  for n in $(seq "$WORKERS"); do say "worker $n: 10.77.0.$((n + 1)), DOCKER_HOST=unix://$STATE/$n/docker.sock"; done
}

case ${1:-} in
  up) cd "$(dirname "${BASH_SOURCE[0]}")/../.." && exec ./build.sh --target=ClusterUp --exclusive ;;
  down) cd "$(dirname "${BASH_SOURCE[0]}")/../.." && exec ./build.sh --target=ClusterDown --exclusive ;;
  status) status ;;
  nodes-up) nodes_up ;;
  nodes-down) nodes_down ;;
  *) echo "usage: $0 up|down|status|nodes-up|nodes-down" >&2; exit 2 ;;
esac
