package org.smtpreply.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;

/**
 * Replies per second, parse plus classify (bounce kind and subject), for the hand-written parser
 * and for the regex baseline, on the same single-line replies in the same run. One operation is one
 * reply.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplyParseBenchmark {
  private static final int COUNT = 16;
  private final String[] replies = ReplyInputs.REPLIES.toArray(new String[0]);

  /** Our parser: {@link ReplyParser}, then {@link Reply#bounce()} and {@link Reply#subject()}. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void handWritten(Blackhole sink) throws ReplyParseException {
    for (String text : replies) {
      Reply reply = ReplyParser.parse(text);
      sink.consume(reply.bounce());
      sink.consume(reply.subject());
      sink.consume(reply.lines());
    }
  }

  /** The baseline: {@link RegexReplyParser}, which classifies as it parses. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void regex(Blackhole sink) {
    for (String text : replies) {
      RegexReplyParser.Parsed parsed = RegexReplyParser.parse(text);
      sink.consume(parsed.bounce());
      sink.consume(parsed.subject());
      sink.consume(parsed.text());
    }
  }
}
