package id.netral.core.internal;

import id.netral.core.FindingType;
import java.util.List;

/**
 * What a rule concludes, read once from its metadata: {@code @basis("id, id")}, {@code
 * @track("CRIMINAL")}, {@code @sanction("id")} for a finding; {@code @asks("fact")} for a question.
 *
 * @param name the rule's full name
 * @param id the rule's id: its name up to the first space
 * @param pkg the DRL package
 * @param track the finding type; null for a rule that asks
 * @param basis the cited provision ids, primary first
 * @param sanction the provision whose sanction applies; may be null
 * @param asks the fact the rule asks for; null for a rule that concludes a finding
 */
public record RuleSpec(
    String name,
    String id,
    String pkg,
    FindingType track,
    List<String> basis,
    String sanction,
    String asks) {}
