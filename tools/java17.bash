# Sourced by ./hubfleet, .ci/run and bench/run: finds the JDK 17 hubfleet is built and tested on (newer
# JDKs can livelock Pulumi's mock engine on few cores).
# java17_home prints its home directory, or fails when there is none.
# is_java17 JAVA: whether that java is a Java 17. A JDK's release file says so (JAVA_VERSION="17.0.15", in every
# JDK since 9) without starting a JVM, which costs ./hubfleet about 40 ms a run; without one, java -version.
is_java17() {
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [[ -f "$release" ]]; then
    grep -qE '^JAVA_VERSION="17([."]|$)' "$release"
  else
    "$1" -version 2>&1 | grep -qE 'version "17[."]'
  fi
}

java17_home() {
  local candidate home
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/java-17-openjdk-amd64/bin/java \
                   /usr/lib/jvm/java-17-openjdk/bin/java "$(command -v java 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]] && is_java17 "$candidate"; then
      home="$(dirname "$(dirname "$(readlink -f "$candidate")")")"
      echo "$home"
      return 0
    fi
  done
  return 1
}
