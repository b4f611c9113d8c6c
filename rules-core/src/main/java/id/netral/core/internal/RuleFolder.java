package id.netral.core.internal;

import id.netral.core.RuleSetException;
import id.netral.core.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a rule set from a folder laid out like the bundled one ({@code catalog.yaml},
 * {@code provisions/}, {@code rules/}, ...), compiling its DRL at load time.
 *
 * <p>DRL can call Java, so compiling a folder can run its author's code. Unless trusted, the
 * folder's DRL is first checked by the {@link RuleCompiler}'s guard, which parses it without
 * compiling or running anything and accepts only the constructs the bundled rules are made of
 * (ActFact patterns whose constraints read the model, and consequences that record a conclusion);
 * anything else refuses the folder before it is compiled. Every file is read once, so the bytes
 * checked are the bytes compiled.
 */
public final class RuleFolder {
  /** At most this many problems are listed; then their number. */
  private static final int MAX_PROBLEMS = 20;

  private RuleFolder() {}

  /**
   * Loads the rule set in {@code dir}.
   *
   * @param dir the folder
   * @param trusted when false, refuse DRL that reaches outside the model (see the class comment)
   * @throws RuleSetException naming the file, and line and column where known
   */
  public static RuleSetRuntime load(Path dir, boolean trusted) {
    if (!Files.isDirectory(dir)) {
      throw new RuleSetException(dir + ": not a folder");
    }
    RuleSource source = RuleSource.once(RuleSource.folder(dir));
    CatalogLoader.Manifest manifest = CatalogLoader.manifest(source);
    checkListed(dir, manifest);
    RuleCompiler compiler = compiler();
    if (!trusted) {
      List<String> problems = compiler.untrusted(source, manifest.rules());
      if (!problems.isEmpty()) {
        throw new RuleSetException(joined(problems));
      }
    }
    Catalog catalog = CatalogLoader.load(source, manifest);
    return RuleSetRuntime.of(catalog, compiler.compile(source, manifest.rules()), source);
  }

  /** The problems one per line, at most {@value #MAX_PROBLEMS}, then how many more there are. */
  private static String joined(List<String> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return String.join("\n", problems);
    }
    return String.join("\n", problems.subList(0, MAX_PROBLEMS)) + "\n(and " + (problems.size() - MAX_PROBLEMS)
        + " more problems)";
  }

  /** Every DRL and provision file in the folder is listed in the manifest, and every listed one exists. */
  private static void checkListed(Path dir, CatalogLoader.Manifest manifest) {
    Set<String> present = new TreeSet<>();
    for (String sub : List.of("rules", "provisions")) {
      Path p = dir.resolve(sub);
      if (Files.isSymbolicLink(p)) {
        throw new RuleSetException(p + ": a symbolic link; a rule folder is read only from its own files");
      }
      if (!Files.isDirectory(p)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(p)) {
        files.filter(Files::isRegularFile)
            .map(f -> dir.relativize(f).toString().replace('\\', '/'))
            .filter(f -> f.endsWith(".drl") || f.endsWith(".yaml"))
            .forEach(present::add);
      } catch (IOException e) {
        throw new RuleSetException(p + ": " + e.getMessage(), e);
      }
    }
    Set<String> listed = new TreeSet<>(manifest.rules());
    listed.addAll(manifest.provisions());
    for (String f : present) {
      if (!listed.contains(f)) {
        throw new RuleSetException(dir.resolve(f) + ": not listed in " + dir.resolve(CatalogLoader.MANIFEST)
            + "; add it under '" + (f.endsWith(".drl") ? "rules" : "provisions") + "' or remove it");
      }
    }
    for (String f : listed) {
      if (!present.contains(f)) {
        throw new RuleSetException(dir.resolve(CatalogLoader.MANIFEST) + ": lists " + f + ", which is not in the folder");
      }
    }
  }

  private static RuleCompiler compiler() {
    Iterator<RuleCompiler> it = ServiceLoader.load(RuleCompiler.class, RuleFolder.class.getClassLoader()).iterator();
    if (!it.hasNext()) {
      throw new RuleSetException("compiling a rule folder needs the module id.netral:rules-drafting on the classpath");
    }
    return it.next();
  }
}
