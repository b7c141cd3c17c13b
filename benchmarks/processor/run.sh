#!/usr/bin/env bash
# Compile-time cost of the @SmtpReply processor: javac on N generated annotated classes, with the
# processor and with -proc:none, alternating in the same run; prints the medians of each and
# their ratios, in CPU time (user + system, all of javac's threads) and in wall-clock time. On a
# shared machine CPU time is the steadier of the two. Not a test: numbers depend on the machine.
# Floors (see build_floor): noop, one, and registry, the one that compiles the same registry
# without running the processor. The last line of each size gives paired ratios (see there).
# Build the jars first:
#   mvn -B -DskipTests package
# then run from the repository root:
#   benchmarks/processor/run.sh [RUNS] [N ...]        (default: 5 runs, N = 1000 10000 1000:50)
# N is a number of classes that all carry @SmtpReply, or N:A for N classes of which only A do (a
# realistic mix: a mail server's code base where a few exception types and handlers declare replies).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
shift || true
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 10000 1000:50); fi
ANNOTATIONS=$(ls processor/annotations/target/smtp-reply-annotations-*.jar | head -1)
PROCESSOR=$(ls processor/processor/target/smtp-reply-processor-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# N classes in 10 packages, the first A of them annotated: an exception type, a constant and a
# handler method each, so every element kind the processor reads is there; codes cycle through
# valid pairings. The other classes have the same shape without the annotation.
generate() {
  local n=$1 annotated=$2 dir=$3
  local codes=("550 5.1.1" "421 4.3.2" "552 5.2.2" "250 2.1.5" "451 4.7.1" "554 5.7.1")
  for ((i = 0; i < n; i++)); do
    local pkg="bench.p$((i % 10))" pair=(${codes[$((i % ${#codes[@]}))]})
    mkdir -p "$dir/${pkg//.//}"
    if ((i >= annotated)); then
      cat > "$dir/${pkg//.//}/Plain$i.java" <<JAVA
package $pkg;

public class Plain$i extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final String CLOSING = "221 2.0.0 Bye";

  public String handle(String command) {
    return command.isEmpty() ? CLOSING : "250 Ok $i " + command.length();
  }
}
JAVA
      continue
    fi
    cat > "$dir/${pkg//.//}/Reply$i.java" <<JAVA
package $pkg;

import org.smtpreply.annotation.SmtpReply;

@SmtpReply(code = ${pair[0]}, enhanced = "${pair[1]}", text = "Reply number $i")
public class Reply$i extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SmtpReply(code = 221, enhanced = "2.0.0", text = "Bye from $i")
  public static final String CLOSING = "221 2.0.0 Bye";

  @SmtpReply(code = 250, text = "Ok $i")
  public String handle(String command) {
    return command.isEmpty() ? CLOSING : "250 Ok $i " + command.length();
  }
}
JAVA
  done
  find "$dir" -name '*.java' | sort > "$dir.files"
}

# A floor for comparison: javac's own cost of annotation processing, with a processor that does
# nothing (floor=noop) or only generates one empty class (floor=one, which costs javac a round).
# floor=registry generates, as its one class, a copy of the registry source the real processor
# wrote for the same classes: what javac pays to compile that registry, without the processor's
# own work (reading the catalog, checking the annotations, writing the files).
build_floor() {
  mkdir -p "$WORK/floor/src/floor" "$WORK/floor/jar/META-INF/services"
  cat > "$WORK/floor/src/floor/Floor.java" <<'JAVA'
package floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

@SupportedAnnotationTypes("org.smtpreply.annotation.SmtpReply")
@SupportedOptions({"floor", "floor.file"})
public final class Floor extends AbstractProcessor {
  private boolean generated;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String floor = processingEnv.getOptions().get("floor");
    if (("one".equals(floor) || "registry".equals(floor)) && !generated) {
      generated = true;
      boolean one = "one".equals(floor);
      try (Writer out = processingEnv.getFiler().createSourceFile(one ? "floor.gen.One" : "bench.SmtpReplyRegistry").openWriter()) {
        out.write(one ? "package floor.gen;\npublic final class One {}\n"
            : Files.readString(Path.of(processingEnv.getOptions().get("floor.file"))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
JAVA
  javac -d "$WORK/floor/jar" "$WORK/floor/src/floor/Floor.java"
  echo floor.Floor > "$WORK/floor/jar/META-INF/services/javax.annotation.processing.Processor"
}

# Runs a command; appends "WALL_MS CPU_MS" to the file $1.
measure() {
  local into=$1
  shift
  local TIMEFORMAT='%R %U %S'
  if ! { time "$@" > "$WORK/log" 2>&1; } 2> "$WORK/time"; then
    echo "failed: $*" >&2
    cat "$WORK/log" >&2
    exit 1
  fi
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$WORK/time" >> "$into"
}

# The median of the numbers on standard input, printed with the printf format $1 (default: whole).
median() { sort -g | awk -v format="${1:-%d}" '{a[NR] = $1} END {printf format, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

build_floor
echo "java: $(java -version 2>&1 | head -1); runs per variant: $RUNS; $(nproc) cores"
for size in "${SIZES[@]}"; do
  n=${size%%:*}
  annotated=$n
  [[ $size == *:* ]] && annotated=${size##*:}
  src="$WORK/src$n-$annotated"
  generate "$n" "$annotated" "$src"
  rm -f "$WORK"/t.*
  for ((r = 0; r < RUNS; r++)); do
    for variant in none noop one processor registry; do
      rm -rf "$WORK/out" "$WORK/gen" && mkdir -p "$WORK/out" "$WORK/gen"
      case $variant in
        none) args=(-proc:none) ;;
        noop) args=(-processorpath "$WORK/floor/jar" -Afloor=noop) ;;
        one) args=(-processorpath "$WORK/floor/jar" -Afloor=one) ;;
        processor) args=(-processorpath "$PROCESSOR") ;;
        registry) args=(-processorpath "$WORK/floor/jar" -Afloor=registry -Afloor.file="$WORK/registry.java") ;;
      esac
      measure "$WORK/t.$variant" javac -d "$WORK/out" -s "$WORK/gen" -cp "$ANNOTATIONS" "${args[@]}" @"$src.files"
      # The processor's registry, which the next variant has the floor write as it is.
      [ "$variant" = processor ] && cp "$WORK/gen/bench/SmtpReplyRegistry.java" "$WORK/registry.java"
    done
  done
  c0=$(cut -d' ' -f2 "$WORK/t.none" | median)
  echo "N=$n classes, $annotated annotated ($((3 * annotated)) annotations), $RUNS runs, medians; ratio = CPU time / CPU time of -proc:none"
  for variant in none noop one processor registry; do
    c=$(cut -d' ' -f2 "$WORK/t.$variant" | median); w=$(cut -d' ' -f1 "$WORK/t.$variant" | median)
    printf '  %-10s cpu %6d ms  wall %6d ms  ratio %s   (wall,cpu per run: %s)\n' "$variant" "$c" "$w" \
      "$(awk "BEGIN {printf \"%.3f\", $c / $c0}")" "$(tr '\n' ' ' < "$WORK/t.$variant")"
  done
  # Paired: in each round the variants ran one after the other, so the ratio of their CPU times
  # in that round is less touched by the load drifting over the whole run than the medians' ratio.
  paired() { paste -d' ' "$WORK/t.$1" "$WORK/t.$2" | awk '{printf "%.4f\n", $2 / $4}' | median %.3f; }
  printf '  paired (median over runs of the ratio within a run): processor/one %s, registry/one %s, processor/registry %s\n' \
    "$(paired processor one)" "$(paired registry one)" "$(paired processor registry)"
done
