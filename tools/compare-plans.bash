#!/usr/bin/env bash
# Plans every example offline, as JSON and as text, and compares them byte for byte with a snapshot:
# the check for a refactoring that must not change what any stack creates.
#   tools/compare-plans.bash snapshot DIR   write DIR/all.json and DIR/all.txt from the current sources
#   tools/compare-plans.bash compare DIR    plan again into a temporary folder and diff against DIR;
#                                           exit 1 (and print the first differences) when any byte differs
# It builds target/hubfleet.jar when the sources are newer (extra Maven flags, such as -o, from
# HUBFLEET_MVN_FLAGS) and runs it on Java 17.
set -euo pipefail

mode="${1:-}"; dir="${2:-}"
[[ ( "$mode" == snapshot || "$mode" == compare ) && -n "$dir" ]] \
  || { echo "usage: tools/compare-plans.bash snapshot|compare DIR" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/hubfleet.jar"
# shellcheck source=tools/java17.bash
source "$root/tools/java17.bash"
java_home="$(java17_home)" || { echo "error: needs Java 17" >&2; exit 1; }

if [[ ! -f "$jar" || -n "$(find "$root/pom.xml" "$root/src/main" "$root/components" "$root/schema" \
        -newer "$jar" -print -quit 2>/dev/null)" ]]; then
  # shellcheck disable=SC2086
  JAVA_HOME="$java_home" mvn -B -q ${HUBFLEET_MVN_FLAGS:-} -f "$root/pom.xml" -Dmaven.test.skip=true package
  touch "$jar"
fi

plan_into() {
  mkdir -p "$1"
  (cd "$root" && "$java_home/bin/java" -cp "$jar" io.hubfleet.cli.HubfleetCli plan --all --json -o "$1/all.json")
  (cd "$root" && "$java_home/bin/java" -cp "$jar" io.hubfleet.cli.HubfleetCli plan --all >"$1/all.txt")
}

if [[ "$mode" == snapshot ]]; then
  plan_into "$dir"
  echo "snapshot in $dir" >&2
  exit 0
fi
now="$(mktemp -d)"
trap 'rm -rf "$now"' EXIT
plan_into "$now"
status=0
for f in all.json all.txt; do
  if cmp -s "$dir/$f" "$now/$f"; then
    echo "$f: identical" >&2
  else
    echo "$f: DIFFERS" >&2
    diff "$dir/$f" "$now/$f" | head -40 >&2 || true
    status=1
  fi
done
exit "$status"
