#!/usr/bin/env bash
# Makes a base image for the service and router images on a machine that reaches no image registry: Debian
# minbase (debootstrap) with the ASP.NET Core runtime of this machine's .NET SDK copied in, imported with
# `docker import`. Select it with --docker-base-image=<tag>. About a minute; root (or sudo) for debootstrap.
#   build/docker/make-base-image.sh [tag]      default tag: qte/aspnet-base:10.0
set -euo pipefail
tag=${1:-qte/aspnet-base:10.0}
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi

docker version --format '{{.Server.Version}}' >/dev/null 2>&1 || {
  echo "make-base-image: the docker CLI cannot reach an engine; start one (e.g. sudo dockerd) first." >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "make-base-image: debootstrap is not installed (apt-get install debootstrap)." >&2; exit 1; }

# The runtime the services target: the newest 10.x shared frameworks next to the dotnet on PATH.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
newest() { ls "$1" | grep -E '^10\.' | sort -V | tail -1; }
aspnet=$(newest "$dotnet_root/shared/Microsoft.AspNetCore.App")
netcore=$(newest "$dotnet_root/shared/Microsoft.NETCore.App")
fxr=$(newest "$dotnet_root/host/fxr")
test -n "$aspnet" && test -n "$netcore" && test -n "$fxr" || { echo "make-base-image: no .NET 10 runtime under $dotnet_root" >&2; exit 1; }

rootfs=$(mktemp -d)
chmod 755 "$rootfs"  # the image's /: mktemp makes it 0700, and the unprivileged user could then open nothing
trap '$sudo rm -rf "$rootfs"' EXIT
echo "debootstrap $suite (minbase) from $mirror"
$sudo debootstrap --variant=minbase --include=libicu72,libssl3,ca-certificates "$suite" "$rootfs" "$mirror" > "$rootfs.log" 2>&1 \
  || { tail -20 "$rootfs.log" >&2; echo "make-base-image: debootstrap failed (log above)" >&2; exit 1; }
rm -f "$rootfs.log"

echo "ASP.NET Core $aspnet, .NET $netcore, hostfxr $fxr from $dotnet_root"
$sudo mkdir -p "$rootfs/usr/share/dotnet/host/fxr" "$rootfs/usr/share/dotnet/shared/Microsoft.AspNetCore.App" "$rootfs/usr/share/dotnet/shared/Microsoft.NETCore.App"
$sudo cp -a "$dotnet_root/dotnet" "$rootfs/usr/share/dotnet/"
$sudo cp -a "$dotnet_root/host/fxr/$fxr" "$rootfs/usr/share/dotnet/host/fxr/"
$sudo cp -a "$dotnet_root/shared/Microsoft.AspNetCore.App/$aspnet" "$rootfs/usr/share/dotnet/shared/Microsoft.AspNetCore.App/"
$sudo cp -a "$dotnet_root/shared/Microsoft.NETCore.App/$netcore" "$rootfs/usr/share/dotnet/shared/Microsoft.NETCore.App/"
$sudo ln -sf /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
# What a runtime image needs not: docs, man pages, locales, apt's caches.
$sudo rm -rf "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/*

$sudo tar -C "$rootfs" -c . | docker import \
  --change 'ENV DOTNET_ROOT=/usr/share/dotnet' \
  --change 'ENV PATH=/usr/share/dotnet:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
  --change 'CMD ["bash"]' \
  --message "Debian $suite minbase with ASP.NET Core $aspnet" - "$tag" >/dev/null
docker image ls "$tag" --format '{{.Repository}}:{{.Tag}} {{.ID}} {{.Size}}'
