package id.netral.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of an option with a closed vocabulary (an enum), spelt as the documentation spells
 * them: lowercase ({@code --lang id}, {@code --format json}), accepted in any case. A value outside
 * the vocabulary is refused as "'jv' is not one of id, en", which picocli prefixes with "Invalid
 * value for option '--lang': ".
 */
final class Choice<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  private Choice(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", names(type)));
  }

  /** The documented spelling of {@code type}'s values: lowercase, in declaration order. */
  static java.util.List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Registers a converter for every enum type an option of {@code cli} or of its subcommands takes,
   * and offers the lowercase values to shell completion. Call it after the subcommands are added.
   */
  static void registerAll(CommandLine cli) {
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(cli, types);
    for (Class<?> t : types) {
      register(cli, t);
    }
  }

  private static void collect(CommandLine cli, Set<Class<?>> types) {
    for (OptionSpec o : cli.getCommandSpec().options()) {
      if (o.type().isEnum()) {
        types.add(o.type());
      }
    }
    cli.getSubcommands().values().forEach(sub -> collect(sub, types));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CommandLine cli, Class<?> type) {
    cli.registerConverter((Class) type, new Choice(type));
  }

  /** The lowercase values of the enum {@code type}, for help and completion. */
  static String joined(Class<? extends Enum<?>> type) {
    return names(type).stream().collect(Collectors.joining(", "));
  }
}
