package id.netral.core;

/**
 * A text in Indonesian and in English.
 *
 * <p>Example: {@code new LocalizedText("pernyataan secara terbuka", "open statement").in(Language.EN)}.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record LocalizedText(String id, String en) {

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.ID ? id : en;
  }

  // equals and hashCode written out: a record's own are linked through invokedynamic on first
  // use, which costs a one-file command milliseconds (README, Performance)

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText t && java.util.Objects.equals(id, t.id) && java.util.Objects.equals(en, t.en);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(en);
  }
}
