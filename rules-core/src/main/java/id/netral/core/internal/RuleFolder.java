package id.netral.core.internal;

import id.netral.core.RuleSetException;
import id.netral.core.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a rule set from a folder laid out like the bundled one ({@code catalog.yaml},
 * {@code provisions/}, {@code rules/}, ...), compiling its DRL at load time.
 *
 * <p>DRL can call Java, so loading a folder runs its author's code. Unless trusted, a folder is
 * refused when its DRL imports anything outside the netral model packages and {@code java.time} /
 * {@code java.util}, or names classes that reach outside the engine (System, Runtime, reflection,
 * files, processes, threads). This is a guard against accidents and casual misuse, not a sandbox.
 */
public final class RuleFolder {
  private static final List<String> ALLOWED_IMPORTS =
      List.of("id.netral.core.rules.", "id.netral.core.model.", "java.time.", "java.util.");
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)\\s*;?");
  private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_][a-z0-9_]*\\.)+)[A-Z]\\w*");
  private static final Pattern FORBIDDEN_NAME = Pattern.compile(
      "\\b(System|Runtime|ProcessBuilder|Process|Thread|ThreadGroup|ClassLoader|Class|Files|Paths|File"
          + "|FileInputStream|FileOutputStream|Socket|URL|URI|HttpClient|ObjectInputStream|SecurityManager"
          + "|Unsafe|MethodHandles|Method|Field|Constructor)\\s*[.:(]");

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
    RuleSource source = RuleSource.folder(dir);
    CatalogLoader.Manifest manifest = CatalogLoader.manifest(source);
    checkListed(dir, manifest);
    if (!trusted) {
      List<String> problems = new ArrayList<>();
      for (String drl : manifest.rules()) {
        problems.addAll(untrusted(source.describe(drl), new String(source.read(drl), StandardCharsets.UTF_8)));
      }
      if (!problems.isEmpty()) {
        throw new RuleSetException(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
            + " more); DRL can run any Java: give --trust-rules only for a folder whose author you trust" : ""));
      }
    }
    Catalog catalog = CatalogLoader.load(source, manifest);
    return RuleSetRuntime.of(catalog, compiler().compile(source, manifest.rules()), source);
  }

  /** What in {@code drl} reaches outside the model, one line each with file:line. */
  public static List<String> untrusted(String file, String drl) {
    List<String> out = new ArrayList<>();
    String[] lines = drl.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]);
      Matcher imp = IMPORT.matcher(line);
      if (imp.find()) {
        String name = imp.group(1);
        if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
          out.add(file + ":" + (i + 1) + ": import " + name + " reaches outside the netral model and java.time/java.util");
        }
        continue;
      }
      if (line.trim().startsWith("package ") || line.trim().startsWith("global ")) {
        if (line.trim().startsWith("global ") && !line.contains("id.netral.core.rules.Conclusions")) {
          out.add(file + ":" + (i + 1) + ": only the global id.netral.core.rules.Conclusions is allowed");
        }
        continue;
      }
      Matcher q = QUALIFIED.matcher(line);
      while (q.find()) {
        String pkg = q.group(1);
        if (ALLOWED_IMPORTS.stream().noneMatch(pkg::startsWith) && !pkg.startsWith("drools.")) {
          out.add(file + ":" + (i + 1) + ": " + q.group() + " reaches outside the netral model and java.time/java.util");
        }
      }
      Matcher f = FORBIDDEN_NAME.matcher(line);
      if (f.find()) {
        out.add(file + ":" + (i + 1) + ": " + f.group(1) + " reaches outside the engine");
      }
    }
    return out;
  }

  private static String stripComment(String line) {
    int c = line.indexOf("//");
    return c < 0 ? line : line.substring(0, c);
  }

  /** Every DRL and provision file in the folder is listed in the manifest, and every listed one exists. */
  private static void checkListed(Path dir, CatalogLoader.Manifest manifest) {
    Set<String> present = new TreeSet<>();
    for (String sub : List.of("rules", "provisions")) {
      Path p = dir.resolve(sub);
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
