#!/usr/bin/env bash
# Bounce reading against Sisimai (issue 12), both sides in one run on the same bounce messages:
#  1. whole runs, start-up included: `bin/smtp-reply explain --mail --format json DIR` against
#     `perl -MSisimai -e 'Sisimai->make(DIR)'`, on the corpus's .eml files (45 messages: start-up
#     shows) and on COPIES copies of them (throughput shows), RUNS hyperfine runs each after one
#     warm-up run; prints each median and the ratio (ours / Sisimai's; below 1 is faster);
#  2. in process, parse time only: messages per second of BounceReader (JMH, BounceReadBenchmark,
#     the messages held in memory) against Sisimai's own loop over the same messages
#     (sisimai-loop.pl, after warm-up rounds); prints both and the ratio (ours / Sisimai's);
#  3. in process, per second of CPU time: BounceCpuRate against sisimai-loop.pl's CPU figure. On a
#     machine other work keeps busy, wall-clock throughput measures the share of a core each side got;
#     CPU time is the steadier figure there.
#   usage: benchmarks/bounces/compare.sh [RUNS] [COPIES]   (defaults 10 and 100; from any folder)
#          benchmarks/bounces/compare.sh --reasons         refresh Sisimai's side of the corpus's
#                                                          sisimai.yaml (keeps mapping and why)
# Build first: mvn -B -DskipTests -Dinvoker.skip=true package -pl cli,benchmarks -am
# Needs: Sisimai (apt-get install libsisimai-perl), hyperfine (apt-get install hyperfine),
# python3 with PyYAML for --reasons (apt-get install python3-yaml). `mvn verify` needs none of them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/benchmarks/bounces
corpus=$root/test-fixtures/src/main/resources/org/smtpreply/fixtures/bounces
perl -MSisimai -e 1 2> /dev/null \
  || { echo "compare.sh: Sisimai not found; install it with: apt-get install libsisimai-perl" >&2; exit 2; }

if [[ "${1:-}" == "--reasons" ]]; then
  python3 -c 'import yaml' 2> /dev/null \
    || { echo "compare.sh: PyYAML not found; install it with: apt-get install python3-yaml" >&2; exit 2; }
  perl "$here/sisimai-reasons.pl" "$corpus"/*.eml "$corpus"/bounces.mbox | python3 "$here/sisimai-yaml.py" "$corpus"
  echo "compare.sh: entries whose reasons differ without a why: $(grep -c 'why: ""' "$corpus/sisimai.yaml" || true)"
  exit 0
fi

runs=${1:-10}
copies=${2:-100}
command -v hyperfine > /dev/null || { echo "compare.sh: hyperfine not found; install it with: apt-get install hyperfine" >&2; exit 2; }
ls "$root"/cli/target/smtp-reply-cli-*-app.jar > /dev/null 2>&1 && [[ -f "$root/benchmarks/target/benchmarks.jar" ]] \
  || { echo "compare.sh: no CLI or benchmarks jar; build them first with: mvn -B -DskipTests -Dinvoker.skip=true package -pl cli,benchmarks -am" >&2; exit 2; }

work=/tmp/smtp-reply-bounces-compare
rm -rf "$work"
mkdir -p "$work/small" "$work/large"
cp "$corpus"/*.eml "$work/small/"
small=$(ls "$work/small" | wc -l)
for i in $(seq -w 1 "$copies"); do
  for f in "$work"/small/*.eml; do cp "$f" "$work/large/$i-$(basename "$f")"; done
done
large=$(ls "$work/large" | wc -l)

echo "== whole runs (JVM and Perl start included), $runs runs each, median wall time"
hyperfine -N -w 1 -r "$runs" --export-json "$work/whole.json" \
  -n "smtp-reply $small" "$root/bin/smtp-reply explain --mail --format json $work/small" \
  -n "sisimai $small" "perl -MSisimai -e 'Sisimai->make(shift)' $work/small" \
  -n "smtp-reply $large" "$root/bin/smtp-reply explain --mail --format json $work/large" \
  -n "sisimai $large" "perl -MSisimai -e 'Sisimai->make(shift)' $work/large" > /dev/null
python3 - "$work/whole.json" "$small" "$large" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for n in sys.argv[2:]:
    ours, theirs = r[f"smtp-reply {n}"], r[f"sisimai {n}"]
    print(f'{n:>5} messages: smtp-reply median {ours["median"]:.3f} s (user {ours["user"]:.2f} s), '
          f'sisimai median {theirs["median"]:.3f} s (user {theirs["user"]:.2f} s), '
          f'ratio {ours["median"] / theirs["median"]:.2f}')
PY

echo "== in process, parse time only, messages per second ($small messages in memory)"
(cd "$root" && java -jar benchmarks/target/benchmarks.jar BounceRead -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 \
  -p folder="$work/small" -rf json -rff "$work/jmh.json" > "$work/jmh.log")
perl "$here/sisimai-loop.pl" "$work/small" 5 3 | tee "$work/sisimai-loop.log"
python3 - "$work/jmh.json" "$small" "$work/sisimai-loop.log" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"] * int(sys.argv[2])
theirs = float(open(sys.argv[3]).read().split("median ")[1].split()[0])
print(f"BounceReader (JMH) {score:.0f} msg/s, sisimai {theirs:.1f} msg/s, ratio {score / theirs:.1f}")
PY

echo "== in process, messages per second of CPU time ($small messages in memory)"
java -cp "$root/benchmarks/target/benchmarks.jar" org.smtpreply.benchmarks.BounceCpuRate "$work/small" 10 \
  | tee "$work/cpu-rate.log"
python3 - "$work/cpu-rate.log" "$work/sisimai-loop.log" <<'PY'
import sys
ours, theirs = (float(open(f).read().split("cpu median ")[1].split()[0]) for f in sys.argv[1:])
print(f"BounceReader {ours:.0f} msg per CPU second, sisimai {theirs:.1f}, ratio {ours / theirs:.1f}")
PY
