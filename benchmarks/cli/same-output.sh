#!/usr/bin/env bash
# Whether this checkout's command-line jar explains exactly as an earlier jar does: the same bytes
# on standard output and standard error and the same exit code, in text and JSON, in English and
# Spanish, for every reply of the real-world corpus (test-fixtures .../fixtures/replies, one reply
# per argument, with no option at all, and all of them on standard input) and every bounce email of
# .../fixtures/bounces (--mail). Prints one line per difference and exits 1 if there is any.
#   usage: benchmarks/cli/same-output.sh BASE_JAR   (after `mvn -B -DskipTests package`)
set -euo pipefail
base=${1:?usage: same-output.sh BASE_JAR}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(ls "$root"/cli/target/smtp-reply-cli-*-app.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { echo "same-output.sh: no CLI jar; build it first with: mvn -B -DskipTests package" >&2; exit 2; }
fixtures=$root/test-fixtures/src/main/resources/org/smtpreply/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each reply of the corpus: its '> ' lines joined with newlines (a multi-line reply is one argument).
replies=()
while IFS= read -r -d '' reply; do
  replies+=("$reply")
done < <(python3 - "$fixtures"/replies/*.txt <<'PY'
import sys
for name in sys.argv[1:]:
    lines = []
    for line in open(name, encoding="utf-8").read().splitlines() + [""]:
        if line.startswith("> "):
            lines.append(line[2:])
        elif lines:
            sys.stdout.write("\n".join(lines) + "\0")
            lines = []
PY
)

differences=0
compare() { # NAME STDIN ARGS...
  local name=$1 stdin=$2
  shift 2
  local a b
  for side in base after; do
    local which=$jar
    [[ $side == base ]] && which=$base
    set +e
    java -jar "$which" "$@" < "$stdin" > "$work/$side.out" 2> "$work/$side.err"
    echo "exit $?" >> "$work/$side.err"
    set -e
  done
  if ! cmp -s "$work/base.out" "$work/after.out" || ! cmp -s "$work/base.err" "$work/after.err"; then
    echo "differs: $name"
    differences=$((differences + 1))
  fi
}

printf '%s\n' "${replies[@]}" > "$work/replies.txt"
compare "each reply as an argument, no option" /dev/null explain "${replies[@]}"
for reply in "${replies[@]:0:12}"; do
  compare "one reply, no option: ${reply%%$'\n'*}" /dev/null explain "$reply"
done
for lang in en es; do
  for format in text json; do
    compare "arguments, --lang $lang --format $format" /dev/null explain --lang "$lang" --format "$format" "${replies[@]}"
    compare "standard input, --lang $lang --format $format" "$work/replies.txt" explain --lang "$lang" --format "$format"
    compare "bounce emails, --lang $lang --format $format" /dev/null explain --mail --lang "$lang" --format "$format" "$fixtures/bounces"
  done
done
echo "${#replies[@]} replies and $(ls "$fixtures"/bounces | wc -l) bounce files compared; $differences difference(s)"
[[ $differences -eq 0 ]]
