# Sourced by ./hubfleet and bench/run: the JVM flags hubfleet's short runs use (docs/performance.md has
# the measurements). hubfleet_jvm_flags prints them, one per line.
#   C1 only: a run of a second or two never profits from C2, and C2 would compete for the cores;
#   the serial collector: small heaps, no collector threads;
#   a common pool of 4: with two cores the JDK's is 1, and CompletableFuture then starts a thread for
#   every asynchronous step of the Pulumi SDK;
#   one compiler thread on two cores or fewer: a second one takes the core the plan needs (11 % faster).
hubfleet_jvm_flags() {
  local flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.util.concurrent.ForkJoinPool.common.parallelism=4)
  if (( $(nproc 2>/dev/null || echo 4) <= 2 )); then
    flags+=(-XX:CICompilerCount=1)
  fi
  printf '%s\n' "${flags[@]}"
}
