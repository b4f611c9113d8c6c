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

  /** The rule set in the folder {@code dir}. */
  static RuleSource folder(Path dir) {
    return new RuleSource() {
      @Override
      public byte[] read(String relativePath) {
        try {
          return Files.readAllBytes(dir.resolve(relativePath));
        } catch (NoSuchFileException e) {
          throw new RuleSetException(describe(relativePath) + ": file not found", e);
        } catch (IOException e) {
          throw new RuleSetException(describe(relativePath) + ": " + e.getMessage(), e);
        }
      }

      @Override
      public String describe(String relativePath) {
        return dir.resolve(relativePath).toString();
      }
    };
  }
}
