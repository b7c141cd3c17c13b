#!/usr/bin/env bash
# Proves that the annotation processor's jar (and the annotations jar) are byte-identical across
# two clean builds: the source tree is copied twice, without any build output, and each copy
# builds only the processor and what it needs, offline (run it after `mvn -B verify`, which has
# fetched every plugin and dependency). Prints one line per jar; exits 1 if any differs.
# Usage: .ci/reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
  mkdir "$work/$n"
  tar --exclude=./.git --exclude='*/target' --exclude=./target --exclude='*/node_modules' -cf - . | tar -xf - -C "$work/$n"
  (cd "$work/$n" && mvn -B -q -o clean package -DskipTests -Dinvoker.skip=true -Dbrowser.skip=true \
    -pl processor/processor,processor/annotations -am)
done
status=0
for first in "$work"/1/processor/processor/target/smtp-reply-processor-*.jar "$work"/1/processor/annotations/target/smtp-reply-annotations-*.jar; do
  second="$work/2/${first#"$work"/1/}"
  name=${first#"$work"/1/}
  if cmp -s "$first" "$second"; then
    echo "reproducible: $name $(sha256sum < "$first" | cut -c1-16)"
  else
    echo "NOT reproducible: $name differs between two clean builds; entries that differ:" >&2
    diff <(unzip -lv "$first" | awk '{ print $7, $8 }') <(unzip -lv "$second" | awk '{ print $7, $8 }') >&2 || true
    status=1
  fi
done
exit $status
