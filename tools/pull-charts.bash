#!/usr/bin/env bash
# Fetches every chart hubfleet pins (components/**/chart.yaml) with `helm pull`, at its pinned version,
# into DIR/charts/<chart>-<version>/: the layout of ../shared/upstream/charts/, which the rendering tests
# read (set HUBFLEET_UPSTREAM=DIR). Subcharts packaged as .tgz are unpacked in place, as there.
# Usage: tools/pull-charts.bash DIR      (needs helm 3.8 or newer, for OCI charts)
set -euo pipefail

out="${1:?usage: tools/pull-charts.bash DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v helm >/dev/null || { echo "error: helm is not installed (https://helm.sh/docs/intro/install/)" >&2; exit 1; }
mkdir -p "$out/charts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

field() { sed -n "s/^$1: *//p" "$2" | head -1 | tr -d '"'"'"; }

find "$root/components" -name chart.yaml | sort | while read -r file; do
  chart="$(field chart "$file")"
  version="$(field version "$file")"
  repository="$(field repository "$file")"
  name="${chart##*/}"
  target="$out/charts/$name-$version"
  if [[ -d "$target" ]]; then
    echo "have   $name $version"
    continue
  fi
  rm -rf "${work:?}/pull" && mkdir -p "$work/pull"
  if [[ "$chart" == oci://* ]]; then
    helm pull "$chart" --version "$version" --untar --untardir "$work/pull"
  else
    helm pull "$chart" --repo "$repository" --version "$version" --untar --untardir "$work/pull"
  fi
  # Dependencies ship as archives in a packaged chart: unpack them where the upstream folder has them.
  find "$work/pull/$name" -path '*/charts/*.tgz' | while read -r archive; do
    tar -xzf "$archive" -C "$(dirname "$archive")" && rm "$archive"
  done
  mv "$work/pull/$name" "$target"
  echo "pulled $name $version"
done
