package id.netral.core.internal;

import id.netral.core.FindingType;
import java.util.List;

/**
 * What a rule concludes, read once from its metadata: {@code @basis("id, id")}, {@code
 * @track("CRIMINAL")}, {@code @consequence("id")} and, where the consequence has levels, {@code
 * @level("BERAT")} or {@code @level("interpretation:<id>")} for a finding; {@code @asks("fact")}
 * for a question. {@code @onlyIf("<interpretation> = <OPTION>")} marks a rule that applies only
 * under that choice, so that coverage does not expect it to fire under another.
 *
 * @param name the rule's full name
 * @param id the rule's id: its name up to the first space
 * @param pkg the DRL package
 * @param track the finding type; null for a rule that asks
 * @param basis the cited provision ids, primary first
 * @param consequence the consequence table that gives the finding's sanction; null for a question
 * @param level the level of the breach, resolved (an interpretation's choice read once); null when
 *     the table has no levels
 * @param asks the fact the rule asks for; null for a rule that concludes a finding
 * @param characterises the characterisation the rule concludes ({@code @characterises}); null for
 *     a finding or a question
 * @param dormant whether the rule can conclude nothing under the rule set's interpretation choices:
 *     its {@code @onlyIf("interpretation = OPTION")} names an option the rule set does not choose
 */
public record RuleSpec(
    String name,
    String id,
    String pkg,
    FindingType track,
    List<String> basis,
    String consequence,
    id.netral.core.DisciplineLevel level,
    String asks,
    String characterises,
    boolean dormant) {}
