package id.netral.core;

/**
 * A text in Indonesian and in English. In the result JSON and the catalog files it is written as
 * {@code {"id": ..., "en": ...}}, {@code id} being the language code of Indonesian.
 *
 * <p>Example: {@code new LocalizedText("pernyataan secara terbuka", "open statement").in(Language.EN)}
 * is {@code "open statement"}; {@code finding.explanation().indonesian()} is the explanation in
 * Indonesian.
 *
 * @param indonesian the Indonesian text (the JSON key {@code id})
 * @param english the English text (the JSON key {@code en})
 */
public record LocalizedText(String indonesian, String english) {

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.ID ? indonesian : english;
  }

  // equals and hashCode written out: a record's own are linked through invokedynamic on first
  // use, which costs a one-file command milliseconds (README, Performance)

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText t && java.util.Objects.equals(indonesian, t.indonesian)
        && java.util.Objects.equals(english, t.english);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(indonesian) + java.util.Objects.hashCode(english);
  }
}
