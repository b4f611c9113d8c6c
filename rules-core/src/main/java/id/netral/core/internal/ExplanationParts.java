package id.netral.core.internal;

import id.netral.core.Language;
import id.netral.core.LocalizedText;
import java.util.function.Supplier;

/**
 * An explanation written in two parts: what the act was (who, what, when, which stage), and what
 * follows from the rule (provisions, track, sanction, authority), which is the same for every
 * finding of a rule on the same provisions and so is written once and kept.
 */
public interface ExplanationParts extends Supplier<LocalizedText> {

  /** What the act was, in {@code language}, ending with a space. */
  String head(Language language);

  /** What follows from the rule, in {@code language}: the same string for the same rule and provisions. */
  String tail(Language language);

  @Override
  default LocalizedText get() {
    return new LocalizedText(head(Language.ID) + tail(Language.ID), head(Language.EN) + tail(Language.EN));
  }
}
