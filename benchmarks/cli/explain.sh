#!/usr/bin/env bash
# A cold `explain` of one reply with plain `java -jar` (JVM start included, no JVM option at all),
# this checkout's command-line jar against the jar of an earlier commit, in one hyperfine run; the
# same reply with an option (`--lang en`: same output, but parsed by picocli); and bin/smtp-reply
# (class-data archive, quick JIT). Prints each command's median and mean wall time, the jars' sizes
# and the load.
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
command -v hyperfine > /dev/null || { echo "explain.sh: hyperfine not found; install it with: apt-get install hyperfine" >&2; exit 2; }

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
hyperfine -N -w 3 -r "$runs" --export-json "$work/results.json" \
  -n "after (java -jar)" "java -jar $jar explain '$reply'" \
  -n "before (java -jar, $base)" "java -jar $work/base.jar explain '$reply'" \
  -n "after, --lang en (java -jar)" "java -jar $jar explain --lang en '$reply'" \
  -n "after (bin/smtp-reply)" "$root/bin/smtp-reply explain '$reply'" > /dev/null
python3 - "$work/results.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<28} median {r["median"]:.3f} s  mean {r["mean"]:.3f} s  (min {r["min"]:.3f}, max {r["max"]:.3f})')
PY
echo "load: $(uptime)"
echo "jar sizes: after $(stat -c %s "$jar") bytes, before $(stat -c %s "$work/base.jar") bytes"
