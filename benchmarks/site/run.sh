#!/usr/bin/env bash
# Site generator versus Hugo, side by side in one run. Builds (RUNS times each, alternating):
#   real      - the reference site from the real catalog, with bin/smtp-reply, the documented
#               launcher (the build's class-data archive; quick JIT only); JVM start included
#   synth     - the site from a synthetic catalog of CODES codes (2 x CODES code pages), the same way
#   hugo      - Hugo building the same code pages from generated content
#   real-jar  - as real, with plain `java -jar` (no JVM option at all)
#   synth-jar - as synth, with plain `java -jar`
# Everything is written to /dev/shm, so the disk is not what is measured. Prints, per build, the
# median wall time, pages per second and peak memory (maximum resident set size) of /usr/bin/time -v.
#   usage: benchmarks/site/run.sh [RUNS] [CODES]     (after `mvn -B -DskipTests package`)
set -euo pipefail
runs=${1:-5}
codes=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=$(ls "$root"/cli/target/smtp-reply-cli-*-app.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { echo "run.sh: no CLI jar; build it first with: mvn -B -DskipTests package" >&2; exit 2; }
archive=${jar%.jar}.jsa
# The JVM ignores an archive that does not match the jar; measure with one that does, or not at all.
java -Xshare:on "-XX:SharedArchiveFile=$archive" -jar "$jar" --help > /dev/null 2>&1 \
  || { echo "run.sh: $archive is missing or does not match the jar; rebuild with: mvn -B -DskipTests package" >&2; exit 2; }
command -v hugo > /dev/null || { echo "run.sh: hugo not found; install it with: apt-get install hugo" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time not found; install it with: apt-get install time" >&2; exit 2; }

work=/dev/shm/smtp-reply-bench
rm -rf "$work"
mkdir -p "$work"
"$here/synthetic-catalog.sh" "$work/catalog" "$codes"
"$here/hugo-site.sh" "$work/catalog" "$work/hugo"

# One timed build: NAME then the command. Appends "name seconds kilobytes pages" to results.
measure() {
  local name=$1 out=$2; shift 2
  rm -rf "$out"
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  local wall kb pages
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  pages=$(find "$out/" -name '*.html' | wc -l)
  echo "$name $wall $kb $pages" >> "$work/results.txt"
  printf '  %-9s %6.2f s %8d KB %6d pages\n' "$name" "$wall" "$kb" "$pages"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2)"
for ((r = 1; r <= runs; r++)); do
  echo "run $r of $runs"
  measure real "$work/real-out" "$root/bin/smtp-reply" generate --out "$work/real-out"
  measure synth "$work/synth-out" "$root/bin/smtp-reply" generate --catalog-dir "$work/catalog" --out "$work/synth-out"
  measure hugo "$work/hugo-out" hugo --source "$work/hugo" --destination "$work/hugo-out" --quiet
  measure real-jar "$work/real-out" java -jar "$jar" generate --out "$work/real-out"
  measure synth-jar "$work/synth-out" java -jar "$jar" generate --catalog-dir "$work/catalog" --out "$work/synth-out"
done

echo
echo "| build | HTML pages | median wall time | pages per second | median peak memory |"
echo "| --- | ---: | ---: | ---: | ---: |"
for name in real synth hugo real-jar synth-jar; do
  awk -v name="$name" '
    $1 == name { t[++n] = $2; m[n] = $3; p = $4 }
    function median(a, n,   i, j, x) {
      for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END { w = median(t, n); printf "| %s | %d | %.2f s | %.0f | %.0f MB |\n", name, p, w, p / w, median(m, n) / 1024 }' "$work/results.txt"
done
rm -rf "$work"
