package id.netral.cli;

import id.netral.core.model.Election;
import id.netral.core.scenario.ScenarioReader;
import id.netral.core.scenario.ScenarioReader.Limits;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The limits of the scenario reader, as options of the commands that read scenario files. */
final class ReaderOptions {
  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Size.class,
      defaultValue = "" + ScenarioReader.DEFAULT_MAX_BYTES,
      description = "Refuse a scenario file (or an NDJSON line) larger than SIZE bytes; K, M and G suffixes are "
          + "KiB, MiB, GiB. Default: 16M.")
  long maxFileSize;

  @Option(names = "--max-depth", paramLabel = "N", converter = Count.class, defaultValue = "" + ScenarioReader.DEFAULT_MAX_DEPTH,
      description = "Refuse a file nested deeper than N levels. Default: ${DEFAULT-VALUE}.")
  int maxDepth;

  @Option(names = "--max-string-length", paramLabel = "N", converter = Size.class,
      defaultValue = "" + ScenarioReader.DEFAULT_MAX_STRING_LENGTH,
      description = "Refuse a string (or key) longer than N characters, and a YAML line longer than N + 1024. "
          + "Default: 64K.")
  long maxStringLength;

  @Option(names = "--max-values", paramLabel = "N", converter = Count.class, defaultValue = "" + ScenarioReader.DEFAULT_MAX_VALUES,
      description = "Refuse a file with more than N values (mappings, lists and scalars). Default: ${DEFAULT-VALUE}.")
  int maxValues;

  ScenarioReader reader(Map<String, Election> elections) {
    return new ScenarioReader(elections, new Limits(maxFileSize, maxDepth,
        (int) Math.min(Integer.MAX_VALUE - 1024 - 8, maxStringLength), maxValues));
  }

  /** A count: a whole number from 1 to 2,147,483,647. */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // the message below
      }
      throw new TypeConversionException("'" + value + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
    }
  }

  /** A size in bytes or characters: a whole number, optionally followed by K, M or G (powers of 1024). */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
        unit = switch (v.charAt(v.length() - 1)) {
          case 'K' -> 1024L;
          case 'M' -> 1024L * 1024;
          default -> 1024L * 1024 * 1024;
        };
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Long.parseLong(v);
        if (n < 1) {
          throw new TypeConversionException("'" + value + "' is not a positive size");
        }
        return Math.multiplyExact(n, unit);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException("'" + value + "' is not a size; expected a number such as 65536, 64K or 16M");
      }
    }
  }
}
