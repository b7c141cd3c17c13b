package org.smtpreply.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.result.SiteException;
import org.smtpreply.site.result.SiteReport;
import org.smtpreply.site.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: previews the site on localhost, rebuilding and reloading on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site on localhost; rebuild and reload when the catalog or a template changes.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8000", converter = Port.class,
      description = "Port on 127.0.0.1, 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--out", description = "Folder to build into (default: a temporary folder).")
  Path out;

  @Mixin SiteSource source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A port number, 0 to 65535: anything else is a bad option, found before the site is built. */
  static final class Port implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int port = Integer.parseInt(value.strip());
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // Said below, in the same words as a number out of range.
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a port; give a number from 1 to 65535,"
          + " or 0 for any free port");
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter log = spec.commandLine().getOut();

    List<Path> watched = new ArrayList<>();
    if (source.catalogDir() != null) {
      watched.add(source.catalogDir());
    }
    if (source.templates != null) {
      watched.add(source.templates);
    }
    Function<Path, SiteReport> build = target -> new SiteGenerator(source.catalog())
        .generate(GenerateCommand.options(target, source));
    DevServer server = out != null ? new DevServer(out, () -> build.apply(out), log) : DevServer.inTemporaryFolder(build, log);
    // Stopped by Ctrl-C or a signal (the hook), or by an interrupt (the finally): either way the
    // server is closed, and its temporary folder removed.
    Thread hook = new Thread(server::close, "smtp-reply-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      try {
        server.start(port, watched);
      } catch (IOException e) {
        throw new SiteException("cannot serve on 127.0.0.1:" + port + " (" + e.getMessage() + "); try another --port");
      }
      log.println("serving " + server.address() + " from " + server.root() + (watched.isEmpty()
          ? " (give --catalog-dir and --templates to rebuild on change)" : " and watching " + watched));
      new CountDownLatch(1).await();
      return ExitCodes.OK;
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down, and the hook is running or has run.
      }
    }
  }
}
