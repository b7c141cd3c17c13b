package org.smtpreply.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.result.SiteException;
import org.smtpreply.site.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: previews the site on localhost, rebuilding and reloading on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site on localhost; rebuild and reload when the catalog or a template changes.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--out", description = "Folder to build into (default: a temporary folder).")
  Path out;

  @Mixin SiteSource source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter log = spec.commandLine().getOut();
    Path target = out != null ? out : Files.createTempDirectory("smtp-reply-serve").resolve("site");
    List<Path> watched = new ArrayList<>();
    if (source.catalogDir() != null) {
      watched.add(source.catalogDir());
    }
    if (source.templates != null) {
      watched.add(source.templates);
    }
    DevServer server = new DevServer(target,
        () -> new SiteGenerator(source.catalog()).generate(GenerateCommand.options(target, source)), log);
    try {
      server.start(port, watched);
    } catch (IOException e) {
      throw new SiteException("cannot serve on 127.0.0.1:" + port + " (" + e.getMessage() + "); try another --port");
    }
    log.println("serving " + server.address() + (watched.isEmpty()
        ? " (give --catalog-dir and --templates to rebuild on change)" : " and watching " + watched));
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
