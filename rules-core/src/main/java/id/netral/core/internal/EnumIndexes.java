package id.netral.core.internal;

import id.netral.core.model.ActType;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.CandidateStatus;
import id.netral.core.model.Effect;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.ElectionStage;
import id.netral.core.model.HeldOffice;
import id.netral.core.model.Office;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.TargetKind;
import id.netral.core.rules.ActFact;
import id.netral.core.rules.CharacterKind;
import id.netral.core.rules.Characterisation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Condition;
import org.drools.model.Constraint;
import org.drools.model.Index;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.constraints.SingleConstraint1;
import org.drools.model.functions.Function1;
import org.drools.model.impl.DeclarationImpl;
import org.drools.model.index.AlphaIndexImpl;
import org.drools.model.patterns.PatternImpl;

/**
 * Lets Drools hash the alpha network on the rules' enum tests ({@code actType == ActType.VOTING}).
 *
 * <p>The executable model of Drools 10 gives a constraint an alpha index only when its right side
 * is a literal, and hashes sibling alpha nodes only on a value that is not an object; an enum
 * constant is neither. So an {@code ActFact} was tested against each of the 34 constraints below
 * its type node in turn, 20 of them tests of one enum property against one constant, and so on
 * down the network. This adds to every constraint of the exact form {@code property == Type.CONSTANT}
 * (an enum property of {@link ActFact} or {@link Characterisation}, listed below, whose type is
 * {@code Type} and has {@code CONSTANT}) an index on the constant's name, which Drools hashes: one
 * lookup instead of a test per sibling.
 * The constraint itself is unchanged and still tested on the node the lookup leads to, so what
 * matches is the same; only how the network finds it changes. Constraints of any other form are
 * left as they are.
 */
final class EnumIndexes {

  /** An enum property of a fact class: its type's simple name, its constants, and how to read it. */
  private record Property(String type, Set<String> constants, Function1<Object, String> name) {
  }

  /**
   * The enum properties of the rules' vocabulary, by class and name. A property not listed here
   * keeps its constraints unindexed: slower to match, never wrong. (Read by a switch rather than
   * by lambdas or reflection: this runs while the engine starts, where each costs milliseconds.)
   */
  private static final Map<Class<?>, Map<String, Property>> PROPERTIES = Map.of(
      ActFact.class, Map.ofEntries(
          property("actType", ActType.class, 0),
          property("actorType", ActorType.class, 1),
          property("declaredActorType", ActorType.class, 2),
          property("electionKind", ElectionKind.class, 3),
          property("stage", ElectionStage.class, 4),
          property("candidateStatus", CandidateStatus.class, 5),
          property("targetKind", TargetKind.class, 6),
          property("position", Position.class, 7),
          property("partyRole", PartyRole.class, 8),
          property("campaignRole", CampaignRole.class, 9),
          property("holds", HeldOffice.class, 10),
          property("runsFor", Office.class, 11),
          property("targetOffice", Office.class, 12),
          property("form", SocialMediaForm.class, 13),
          property("effect", Effect.class, 14)),
      Characterisation.class, Map.ofEntries(
          property("kind", CharacterKind.class, 15)));

  private int indexed;

  private EnumIndexes() {
  }

  private static Map.Entry<String, Property> property(String name, Class<? extends Enum<?>> type, int read) {
    Set<String> constants = new HashSet<>();
    for (Enum<?> e : type.getEnumConstants()) {
      constants.add(e.name());
    }
    return Map.entry(name, new Property(type.getSimpleName(), constants, new Read(read)));
  }

  /** Reads one of the properties above and gives the name of its value, or null. */
  private static final class Read implements Function1<Object, String> {
    private static final long serialVersionUID = 1L;
    private final int property;

    Read(int property) {
      this.property = property;
    }

    @Override
    public String apply(Object fact) {
      Enum<?> value = switch (property) {
        case 0 -> ((ActFact) fact).getActType();
        case 1 -> ((ActFact) fact).getActorType();
        case 2 -> ((ActFact) fact).getDeclaredActorType();
        case 3 -> ((ActFact) fact).getElectionKind();
        case 4 -> ((ActFact) fact).getStage();
        case 5 -> ((ActFact) fact).getCandidateStatus();
        case 6 -> ((ActFact) fact).getTargetKind();
        case 7 -> ((ActFact) fact).getPosition();
        case 8 -> ((ActFact) fact).getPartyRole();
        case 9 -> ((ActFact) fact).getCampaignRole();
        case 10 -> ((ActFact) fact).getHolds();
        case 11 -> ((ActFact) fact).getRunsFor();
        case 12 -> ((ActFact) fact).getTargetOffice();
        case 13 -> ((ActFact) fact).getForm();
        case 14 -> ((ActFact) fact).getEffect();
        case 15 -> ((Characterisation) fact).getKind();
        default -> throw new IllegalStateException("no enum property " + property);
      };
      return value == null ? null : value.name();
    }
  }

  /**
   * {@code text} as {@code property == Type.CONSTANT}: the three names, or null for any other form.
   */
  static String[] equalsConstant(String text) {
    int eq = text == null ? -1 : text.indexOf("==");
    if (eq < 0 || text.indexOf("==", eq + 2) >= 0) {
      return null;
    }
    String left = text.substring(0, eq).trim();
    String right = text.substring(eq + 2).trim();
    int dot = right.indexOf('.');
    if (dot < 0 || right.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    String[] names = {left, right.substring(0, dot), right.substring(dot + 1)};
    for (String n : names) {
      if (!identifier(n)) {
        return null;
      }
    }
    return names;
  }

  private static boolean identifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the indexes to {@code models}, before a KieBase is built from them.
   *
   * @return how many constraints were given an index
   */
  static int add(List<Model> models) {
    EnumIndexes indexes = new EnumIndexes();
    for (Model model : models) {
      for (Rule rule : model.getRules()) {
        indexes.condition(rule.getView());
      }
    }
    return indexes.indexed;
  }

  private void condition(Condition condition) {
    if (condition instanceof PatternImpl<?> pattern) {
      constraint(pattern, pattern.getConstraint());
      return;
    }
    for (Condition sub : condition.getSubConditions()) {
      condition(sub);
    }
  }

  private void constraint(PatternImpl<?> pattern, Constraint constraint) {
    if (constraint == null) {
      return;
    }
    if (constraint instanceof SingleConstraint1<?> single) {
      if (single.getIndex() == null) {
        index(pattern, single);
      }
      return;
    }
    for (Constraint child : constraint.getChildren()) {
      if (child != constraint) {
        constraint(pattern, child);
      }
    }
  }

  private void index(PatternImpl<?> pattern, SingleConstraint1<?> single) {
    Map<String, Property> properties = PROPERTIES.get(pattern.getPatternVariable().getType());
    String[] names = properties == null ? null
        : equalsConstant(single.predicateInformation().getStringConstraint());
    Property property = names == null ? null : properties.get(names[0]);
    if (property == null || !property.type().equals(names[1]) || !property.constants().contains(names[2])) {
      return;
    }
    // the property's position in Drools' metadata for the class: the key Drools groups nodes by
    int index = pattern.getPatternVariable() instanceof DeclarationImpl<?> d && d.getMetadata() != null
        ? d.getMetadata().getPropertyIndex(names[0]) : -1;
    if (index < 0) {
      return;
    }
    single.setIndex(new AlphaIndexImpl<>(String.class, Index.ConstraintType.EQUAL, index, property.name(), names[2]));
    indexed++;
  }
}
