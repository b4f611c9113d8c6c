package id.netral.cli;

import id.netral.core.NeutralityEngine;
import id.netral.server.NetralServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netral serve}. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Runs netral as an HTTP service, with a web page.",
    description = {
      "Runs netral as an HTTP service, with a web page at /: POST /v1/assess (a scenario document in",
      "YAML or JSON, the result document out; ?lang=id|en), GET /v1/catalog, GET /v1/provisions/{id},",
      "GET /v1/elections, GET /health, GET /openapi.json. Prints the address once it listens, then",
      "nothing unless --access-log is given. On SIGTERM or Ctrl-C, requests in flight finish and it exits."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  ReaderOptions readerOptions;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port; 0 for any free port (the address printed says which). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--threads", paramLabel = "N", converter = ReaderOptions.Count.class,
      description = "Worker threads that read requests and assess. Default: twice the number of cores, the number of"
          + " rule sessions an engine keeps; more make it dispose and rebuild sessions, and run slower.")
  Integer threads;

  @Option(names = "--access-log", paramLabel = "FILE", arity = "0..1", fallbackValue = "-",
      description = "Write one line per request (Common Log Format and the milliseconds taken) to FILE,"
          + " appending, or to standard output when no FILE is given.")
  String accessLog;

  @Option(names = "--drain", paramLabel = "SECONDS", converter = ReaderOptions.Count.class, defaultValue = "30",
      description = "On SIGTERM, how long requests in flight may take to finish. Default: ${DEFAULT-VALUE}.")
  int drain;

  @Mixin
  RuleFolderOptions ruleFolder;

  @Option(names = {"-v", "--verbose"}, description = "Log what the engine does.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("netral: --port " + port + " is not from 0 to 65535");
      return Netral.REFUSED;
    }
    NeutralityEngine engine = ruleFolder.engine();
    NetralServer.Options options = NetralServer.Options.DEFAULT
        .withHost(host)
        .withPort(port)
        .withLimits(readerOptions.reader(engine.catalog().elections()).limits());
    if (threads != null) {
      options = options.withThreads(threads);
    }
    Writer logFile = null;
    if (accessLog != null) {
      if (accessLog.equals("-")) {
        options = options.withAccessLog(line -> {
          synchronized (out) {
            out.println(line);
            out.flush();
          }
        });
      } else {
        try {
          logFile = Files.newBufferedWriter(Path.of(accessLog), StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
          err.println("netral: cannot write the access log " + accessLog + ": " + e.getMessage());
          return Netral.REFUSED;
        }
        options = options.withAccessLog(toFile(logFile));
      }
    }
    NetralServer server;
    try {
      server = NetralServer.start(engine, options);
    } catch (IOException | IllegalArgumentException e) {
      err.println("netral: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return Netral.REFUSED;
    }
    Thread hook = new Thread(() -> server.stop(Duration.ofSeconds(drain)), "netral-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("netral serve: listening on " + server.uri());
    out.flush();
    server.awaitStop();
    if (logFile != null) {
      logFile.close();
    }
    return 0;
  }

  private static Consumer<String> toFile(Writer w) {
    return line -> {
      synchronized (w) {
        try {
          w.write(line);
          w.write('\n');
          w.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
