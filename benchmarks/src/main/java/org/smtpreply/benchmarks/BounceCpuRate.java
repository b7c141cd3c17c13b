package org.smtpreply.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.smtpreply.bounce.BounceReader;

/**
 * Bounce messages read per second of the reading thread's CPU time, the figure to set beside
 * Sisimai's own (benchmarks/bounces/sisimai-loop.pl prints its messages per CPU second too) on a
 * machine other work keeps busy: there JMH's wall-clock throughput measures the share of a core the
 * benchmark got more than the reader. The .eml files of a folder are held in memory; each round reads
 * them over and over for one CPU second; the first half of the rounds warm up and the median of the
 * others is printed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.smtpreply.benchmarks.BounceCpuRate DIR [ROUNDS]</pre>
 */
public final class BounceCpuRate {
  private BounceCpuRate() {}

  /** Reads the .eml files of {@code args[0]} for {@code args[1]} (default 10) CPU seconds and prints the rate. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BounceCpuRate DIR [ROUNDS]; DIR holds the .eml files to read");
      System.exit(2);
    }
    List<byte[]> messages = new ArrayList<>();
    for (Path file : BounceReadBenchmark.emails(Path.of(args[0]))) {
      messages.add(Files.readAllBytes(file));
    }
    if (messages.isEmpty()) {
      System.err.println("BounceCpuRate: no .eml file in " + args[0] + "; give a folder of bounce messages");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    BounceReader reader = BounceReader.builtIn();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> rates = new ArrayList<>();
    long results = 0;
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      long count = 0;
      while (threads.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
        for (byte[] message : messages) {
          results += reader.read(new ByteArrayInputStream(message)).size();
          count++;
        }
      }
      rates.add(count / ((threads.getCurrentThreadCpuTime() - start) / 1e9));
    }
    List<Double> measured = new ArrayList<>(rates.subList(rounds / 2, rounds));
    Collections.sort(measured);
    List<String> shown = measured.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList();
    System.out.printf(Locale.ROOT, "BounceReader: %d messages, %d messages read, rounds %s msg per CPU second%n",
        messages.size(), results, String.join(" ", shown));
    System.out.printf(Locale.ROOT, "cpu median %.1f msg per CPU second%n", measured.get(measured.size() / 2));
  }
}
