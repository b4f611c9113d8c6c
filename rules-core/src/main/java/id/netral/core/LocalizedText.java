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
}
