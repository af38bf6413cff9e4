# Sourced by ./hubfleet, .ci/run and bench/run: finds the JDK 17 hubfleet is built and tested on (newer
# JDKs can livelock Pulumi's mock engine on few cores).
# java17_home prints its home directory, or fails when there is none.
java17_home() {
  local candidate home
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/java-17-openjdk-amd64/bin/java \
                   /usr/lib/jvm/java-17-openjdk/bin/java "$(command -v java 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]] && \
       "$candidate" -version 2>&1 | grep -qE 'version "17[."]'; then
      home="$(dirname "$(dirname "$(readlink -f "$candidate")")")"
      echo "$home"
      return 0
    fi
  done
  return 1
}
