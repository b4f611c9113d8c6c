package id.netral.core.internal;

import id.netral.core.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the files of a rule set are read from: the classpath (bundled) or a folder. */
public interface RuleSource {

  /** The bytes of the file at {@code relativePath} (slash-separated, from the rule set's root). */
  byte[] read(String relativePath);

  /** How to name the file at {@code relativePath} in a message a person reads. */
  String describe(String relativePath);

  /** The rule set bundled on the classpath under {@code root}. */
  static RuleSource classpath(ClassLoader loader, String root) {
    return new RuleSource() {
      @Override
      public byte[] read(String relativePath) {
        String name = root + "/" + relativePath;
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            throw new RuleSetException(describe(relativePath) + ": file not found");
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new RuleSetException(describe(relativePath) + ": " + e.getMessage(), e);
        }
      }

      @Override
      public String describe(String relativePath) {
        return "bundled:" + relativePath;
      }
    };
  }

  /** The largest file of a rule folder, in bytes (the limit on a scenario file). */
  long MAX_FILE_BYTES = id.netral.core.scenario.ScenarioReader.DEFAULT_MAX_BYTES;

  /**
   * Whether {@code relativePath} names a file inside a rule set: relative, slash-separated, without
   * empty, {@code .} or {@code ..} segments, backslashes, colons or control characters.
   */
  static boolean isInside(String relativePath) {
    if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")) {
      return false;
    }
    for (int i = 0; i < relativePath.length(); i++) {
      char c = relativePath.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        return false;
      }
    }
    for (String segment : relativePath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} with control characters shown as {@code ?}, so that a message stays one line. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().limit(200).forEach(c -> b.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
    return s.length() > 200 ? b + "..." : b.toString();
  }

  /**
   * {@code source}, each file read at most once: whoever reads a file again (the guard, then the
   * compiler) gets the same bytes, even if the file changes in between.
   */
  static RuleSource once(RuleSource source) {
    java.util.Map<String, byte[]> read = new java.util.concurrent.ConcurrentHashMap<>();
    return new RuleSource() {
      @Override
      public byte[] read(String relativePath) {
        return read.computeIfAbsent(relativePath, source::read).clone();
      }

      @Override
      public String describe(String relativePath) {
        return source.describe(relativePath);
      }
    };
  }

  /**
   * The rule set in the folder {@code dir}. A file is read only when its path is inside the folder
   * ({@link #isInside}) and, with symbolic links resolved, still is; and only up to {@link
   * #MAX_FILE_BYTES}. A refusal names the path, never what the file holds.
   */
  static RuleSource folder(Path dir) {
    return new RuleSource() {
      @Override
      public byte[] read(String relativePath) {
        if (!isInside(relativePath)) {
          throw new RuleSetException(describe(relativePath) + ": not a path inside the rule folder "
              + "(a rule folder names its files relative to itself, without '..')");
        }
        Path file = dir.resolve(relativePath);
        try {
          Path real = file.toRealPath();
          if (!real.startsWith(dir.toRealPath())) {
            throw new RuleSetException(describe(relativePath) + ": leads outside the rule folder (a symbolic link);"
                + " a rule folder is read only from its own files");
          }
          if (!Files.isRegularFile(real)) {
            throw new RuleSetException(describe(relativePath) + ": not a file");
          }
          long size = Files.size(real);
          if (size > MAX_FILE_BYTES) {
            throw new RuleSetException(describe(relativePath) + ": the file has " + size
                + " bytes, more than the limit of " + MAX_FILE_BYTES);
          }
          try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
              throw new RuleSetException(describe(relativePath) + ": the file has more than " + MAX_FILE_BYTES + " bytes");
            }
            return bytes;
          }
        } catch (NoSuchFileException e) {
          throw new RuleSetException(describe(relativePath) + ": file not found", e);
        } catch (IOException e) {
          throw new RuleSetException(describe(relativePath) + ": cannot read the file ("
              + e.getClass().getSimpleName() + ")", e);
        }
      }

      @Override
      public String describe(String relativePath) {
        return isInside(relativePath) ? dir.resolve(relativePath).toString() : dir + ": '" + printable(relativePath) + "'";
      }
    };
  }
}
