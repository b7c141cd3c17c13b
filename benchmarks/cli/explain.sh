#!/usr/bin/env bash
# A cold `explain` of one reply with plain `java -jar` (JVM start included, no JVM option at all),
# this checkout's command-line jar against the jar of an earlier commit, taking turns in one run; the
# same reply with an option (`--lang en`: same output, but parsed by picocli); and bin/smtp-reply
# (class-data archive, quick JIT). Prints each command's median, mean, min and max wall time and median
# CPU time, the jars' sizes and the load.
#   usage: benchmarks/cli/explain.sh [RUNS] [BASE_COMMIT]   (after `mvn -B -DskipTests package`)
# BASE_COMMIT defaults to c7cec2f, the last commit before the cold-start work of issue 11 (give
# 4d86b30 for the last one before the cli module, whose jar was site/target/smtp-reply-site-*-cli.jar);
# it is built once into /tmp/smtp-reply-explain-BASE_COMMIT.
set -euo pipefail
runs=${1:-30}
base=${2:-c7cec2f}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(ls "$root"/cli/target/smtp-reply-cli-*-app.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { echo "explain.sh: no CLI jar; build it first with: mvn -B -DskipTests package" >&2; exit 2; }

work=/tmp/smtp-reply-explain-$base
if [[ ! -f "$work/base.jar" ]]; then
  rm -rf "$work"
  git -C "$root" worktree add --detach "$work/src" "$base" > /dev/null
  module=site
  [[ -d "$work/src/cli" ]] && module=cli
  (cd "$work/src" && mvn -B -q -DskipTests package -pl $module -am > "$work/build.log" 2>&1) \
    || { echo "explain.sh: the base commit did not build; see $work/build.log" >&2; exit 1; }
  cp "$(ls "$work"/src/cli/target/smtp-reply-cli-*-app.jar "$work"/src/site/target/smtp-reply-site-*-cli.jar 2>/dev/null \
    | head -1)" "$work/base.jar"
  git -C "$root" worktree remove --force "$work/src"
fi

echo "load before: $(uptime)"
reply='550 5.1.1 <bob@example.com>: Recipient address rejected'
# The commands take turns, run by run, so that a change of load on a shared machine falls on all of
# them alike (hyperfine runs one command's runs in a block). CPU time is the process's user+system.
python3 - "$runs" \
  "after (java -jar)" "java -jar $jar explain '$reply'" \
  "before (java -jar, $base)" "java -jar $work/base.jar explain '$reply'" \
  "after, --lang en (java -jar)" "java -jar $jar explain --lang en '$reply'" \
  "after (bin/smtp-reply)" "$root/bin/smtp-reply explain '$reply'" <<'PY'
import resource, shlex, statistics, subprocess, sys, time
runs, pairs = int(sys.argv[1]), sys.argv[2:]
commands = list(zip(pairs[0::2], pairs[1::2]))
wall = {name: [] for name, _ in commands}
cpu = {name: [] for name, _ in commands}
for i in range(3 + runs):
    for name, command in commands:
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        end, after = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        if i >= 3:
            wall[name].append(end - start)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
for name, _ in commands:
    w, c = wall[name], cpu[name]
    print(f"{name:<28} median {statistics.median(w):.3f} s  mean {statistics.mean(w):.3f} s  "
          f"(min {min(w):.3f}, max {max(w):.3f});  CPU median {statistics.median(c):.3f} s")
PY
echo "load: $(uptime)"
echo "jar sizes: after $(stat -c %s "$jar") bytes, before $(stat -c %s "$work/base.jar") bytes"
