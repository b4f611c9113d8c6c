package id.netral.cli;

import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every command shares, and what they need. */
final class Common {
  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en", completionCandidates = Languages.class,
      description = "Language of texts: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  Language lang;

  /** The values of {@code --lang} as the documentation spells them, for shell completion. */
  static final class Languages implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Choice.names(Language.class).iterator();
    }
  }

  @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, and show stack traces of internal errors.")
  boolean verbose;

  @Mixin
  RuleFolderOptions ruleFolder = new RuleFolderOptions();

  NeutralityEngine engine() {
    return ruleFolder.engine();
  }

  /** The bundled rules for "bundled", else the rule folder at {@code where}. */
  static NeutralityEngine load(String where, boolean trust) {
    if (!where.equals("bundled")) {
      return NeutralityEngine.withRuleFolder(Path.of(where), trust);
    }
    java.util.concurrent.FutureTask<NeutralityEngine> early = preloaded;
    if (early == null) {
      return NeutralityEngine.withBundledRules();
    }
    preloaded = null;
    try {
      return early.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the bundled rules loaded", e);
    }
  }

  /** The bundled rules, loading since before the command's options were parsed; null when not asked for. */
  private static volatile java.util.concurrent.FutureTask<NeutralityEngine> preloaded;

  /**
   * Starts loading the bundled rules on a thread of their own, for a command that will need them
   * ({@code serve} without {@code --rules}), while picocli builds its model of the command: about a
   * tenth of a second of a service's start-up, since picocli's classes cannot be archived for
   * class-data sharing. The next {@link #load load("bundled")} takes it.
   */
  static void preloadBundled() {
    java.util.concurrent.FutureTask<NeutralityEngine> task = new java.util.concurrent.FutureTask<>(
        NeutralityEngine::withBundledRules);
    Thread t = new Thread(task, "netral-preload");
    t.setDaemon(true);
    t.start();
    preloaded = task;
  }

  /** A file refused before it is read, with {@code message}. */
  static id.netral.core.scenario.ScenarioFile refused(Path file, String message) {
    String name = file.toString();
    return new id.netral.core.scenario.ScenarioFile(name, List.of(),
        List.of(new id.netral.core.scenario.Problem(name, 0, 0, "", message)));
  }

  /** The extensions of scenario files searched for in folders. */
  static final List<String> YAML = List.of(".yaml", ".yml", ".json");
  /** The extensions of NDJSON streams searched for in folders ({@code --input ndjson}). */
  static final List<String> NDJSON = List.of(".ndjson", ".jsonl");

  /** The argument that names standard input. */
  static final String STDIN_ARG = "-";
  /** The name standard input goes by in messages and results ({@code file}). */
  static final String STDIN = "<stdin>";
  /** The file of a rule folder's manifest: a folder that holds one is a rule set, not scenarios. */
  static final String MANIFEST = "catalog.yaml";

  /** Whether {@code file} is the argument {@code -}: standard input. */
  static boolean isStdin(Path file) {
    return file.toString().equals(STDIN_ARG);
  }

  /** Standard input: {@link System#in}, read when the command runs (tests replace it). */
  static java.io.InputStream stdin() {
    return System.in;
  }

  /**
   * The scenario files named by {@code paths}: files as given, folders searched for scenario files
   * ({@link #walk}).
   */
  static List<Path> files(List<Path> paths) {
    return files(paths, YAML);
  }

  /**
   * The files named by {@code paths}: files as given ({@code -} for standard input), folders searched
   * for files ending in one of {@code extensions} ({@link #walk}). A folder with none is kept as
   * itself, for {@link #refusal} to refuse: an empty selection is a mistake, not a run that evaluates
   * nothing.
   */
  static List<Path> files(List<Path> paths, List<String> extensions) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!isStdin(p) && Files.isDirectory(p)) {
        int before = out.size();
        walk(p, extensions, out);
        if (out.size() == before) {
          out.add(p);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Adds to {@code out}, sorted, the input files under {@code root}. The walk skips what holds no
   * scenarios: hidden files and folders ({@code .git}, {@code .idea}), build output ({@code target},
   * {@code node_modules}), and rule folders (a folder with a {@code catalog.yaml} manifest: provisions,
   * consequences, elections). For scenario files ({@link #YAML}), a YAML or JSON file whose top level
   * is not a mapping with {@code version} or {@code scenarios} is not a scenario file either (a JSON
   * Schema, a CI workflow, a result document) and is skipped; one that cannot be parsed far enough
   * to tell is kept, so that a broken scenario file is refused with its located error, never
   * skipped. The folder named in {@code root} itself is always walked.
   */
  static void walk(Path root, List<String> extensions, List<Path> out) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
          if (!dir.equals(root) && skippedFolder(dir)) {
            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
          String name = f.getFileName().toString();
          if (a.isRegularFile() && !name.startsWith(".") && extensions.stream().anyMatch(name::endsWith)
              && (extensions != YAML || scenarioFile(f))) {
            found.add(f);
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
          // an unreadable file is kept, for the reader to refuse by name
          if (!Files.isDirectory(f)) {
            found.add(f);
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    out.addAll(found);
  }

  /** Build output, hidden folders and rule folders: walked past. */
  static boolean skippedFolder(Path dir) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    return name.startsWith(".") || name.equals("target") || name.equals("node_modules")
        || Files.isRegularFile(dir.resolve(MANIFEST));
  }

  private static final com.fasterxml.jackson.core.JsonFactory SNIFF_JSON = new com.fasterxml.jackson.core.JsonFactory();
  private static volatile com.fasterxml.jackson.core.JsonFactory sniffYaml;

  /**
   * Whether a file found in a folder is a scenario file: its top level is a mapping with {@code
   * version} or {@code scenarios}, or it cannot be parsed far enough to tell (then the reader refuses
   * it with the located error), or it is empty. Only the top level is read: what lies below a key
   * is skipped.
   */
  static boolean scenarioFile(Path f) {
    com.fasterxml.jackson.core.JsonFactory factory = f.getFileName().toString().endsWith(".json") ? SNIFF_JSON : yaml();
    try (com.fasterxml.jackson.core.JsonParser p = factory.createParser(f.toFile())) {
      com.fasterxml.jackson.core.JsonToken t = p.nextToken();
      if (t == null) {
        return true; // empty: the reader refuses it as such
      }
      if (t != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false; // a list or a scalar: not the contract's mapping
      }
      while ((t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if ("version".equals(key) || "scenarios".equals(key)) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return true; // broken: read it, so that it is refused with its location
    }
  }

  private static com.fasterxml.jackson.core.JsonFactory yaml() {
    com.fasterxml.jackson.core.JsonFactory f = sniffYaml;
    if (f == null) {
      org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(10);
      f = com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder().loaderOptions(options).build();
      sniffYaml = f;
    }
    return f;
  }

  /**
   * Reads the scenario file {@code file} (from {@link #files}): refused when {@link #refusal} says
   * so, read from standard input when it is {@code -} (named {@value #STDIN}).
   */
  static id.netral.core.scenario.ScenarioFile read(id.netral.core.scenario.ScenarioReader reader, Path file) {
    String cannot = refusal(file, YAML);
    if (cannot != null) {
      return refused(file, cannot);
    }
    if (isStdin(file)) {
      try {
        return reader.read(STDIN, stdin().readNBytes(
            (int) Math.min(Integer.MAX_VALUE - 8, reader.limits().maxFileBytes() + 1)));
      } catch (IOException e) {
        return refused(Path.of(STDIN), "cannot read standard input: " + e.getMessage());
      }
    }
    return reader.read(file);
  }

  /**
   * Why {@code paths} cannot be read, in one line; null when they can: standard input ({@code -})
   * is read once, so it can be named once.
   */
  static String stdinTwice(List<Path> paths) {
    return paths.stream().filter(Common::isStdin).count() > 1
        ? "standard input ('-') can be named only once" : null;
  }

  /**
   * Whether none of {@code files} (from {@link #files}) can be read because every one is a folder
   * without input files: the selection is empty. The caller says so in one line per folder and
   * exits 2, without a summary of nothing.
   */
  static boolean emptySelection(List<Path> files) {
    return files.stream().allMatch(f -> !isStdin(f) && Files.isDirectory(f));
  }

  /**
   * Why {@code file} (from {@link #files}) cannot be read as input, in one line; null when it can be
   * (or does not exist: the reader says so). A FIFO or device ({@code /dev/zero}, a pipe with no
   * writer) could block forever or never end, so only regular files are read, and standard input
   * when named {@code -} or {@code /dev/stdin}.
   */
  static String refusal(Path file, List<String> extensions) {
    if (isStdin(file) || file.toString().equals("/dev/stdin")) {
      return null;
    }
    if (Files.isDirectory(file)) {
      return "no " + (extensions == YAML ? "scenario files" : "NDJSON files") + " (" + String.join(", ", extensions)
          + ") in this folder or below it (target/, hidden folders and rule folders are skipped)";
    }
    if (Files.isRegularFile(file) || !Files.exists(file)) {
      return null;
    }
    return "not a regular file (a FIFO, device or socket could block or never end); give a file, or"
        + " - for standard input";
  }
}
