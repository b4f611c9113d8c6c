package id.netral.core;

/**
 * Something the reader of an assessment should know that is neither a finding nor a question: for
 * now, that an act's date lies outside what the rule set covers, so that "no violation" for it
 * says nothing about the law of its day.
 *
 * <p>Example: a like on 1 March 2031 under {@code pemilu-2024} gives
 * {@code Notice("a1", "AFTER_ELECTION_CALENDAR", ...)}.
 *
 * @param act the act's id
 * @param code what kind of notice: {@link #BEFORE_ENCODED_LAW} or {@link #AFTER_ELECTION_CALENDAR}
 * @param text the notice, in Indonesian and English
 */
public record Notice(String act, String code, LocalizedText text) {
  /** The act is dated before the earliest day any encoded provision is in force. */
  public static final String BEFORE_ENCODED_LAW = "BEFORE_ENCODED_LAW";
  /** The act is dated after the election's voting day, where its calendar ends. */
  public static final String AFTER_ELECTION_CALENDAR = "AFTER_ELECTION_CALENDAR";
}
