package org.smtpreply.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.smtpreply.bounce.BounceMessage;
import org.smtpreply.bounce.BounceReader;

/**
 * Bounce messages per second read in process by {@link BounceReader}: MIME parts, delivery status,
 * reply, reason, provider and verdicts of every recipient. The messages are the .eml files of a
 * folder (by default the bounce corpus, relative to the repository root), held in memory as bytes;
 * one operation reads all of them, and the score is turned into messages per second by
 * benchmarks/bounces/compare.sh, which runs Sisimai's loop over the same files
 * (benchmarks/bounces/sisimai-loop.pl).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BounceReadBenchmark {
  /** The folder whose .eml files are read. */
  @Param("test-fixtures/src/main/resources/org/smtpreply/fixtures/bounces")
  public String folder;

  private final BounceReader reader = BounceReader.builtIn();
  private byte[][] messages;

  /** Loads every .eml file of {@link #folder} into memory, in name order. */
  @Setup
  public void load() throws IOException {
    messages = emails(Path.of(folder)).stream().map(BounceReadBenchmark::bytes).toArray(byte[][]::new);
    if (messages.length == 0) {
      throw new IllegalStateException("no .eml file in " + folder + "; run from the repository root or set -p folder=DIR");
    }
  }

  /** Reads every message once; divide the score by the message count for messages per second. */
  @Benchmark
  public void readAll(Blackhole sink) throws IOException {
    for (byte[] message : messages) {
      List<BounceMessage> read = reader.read(new ByteArrayInputStream(message));
      sink.consume(read);
    }
  }

  /** The .eml files of {@code folder}, in name order. */
  static List<Path> emails(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
