package id.netral.core;

/** The languages netral explains itself in. */
public enum Language {
  /** Indonesian (Bahasa Indonesia), the language of the law. */
  ID,
  /** English. */
  EN
}
