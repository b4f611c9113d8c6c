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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The enum properties of the rules' vocabulary, each with how to read it: a getter of {@link
   * ActFact} or {@link Characterisation} written out, not reached by reflection or a lambda (this
   * runs while the engine starts, where each costs milliseconds). A property not listed here keeps
   * its constraints unindexed: slower to match, never wrong.
   */
  enum Property implements Function1<Object, String> {
    ACT_TYPE(ActFact.class, "actType", ActType.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getActType();
      }
    },
    ACTOR_TYPE(ActFact.class, "actorType", ActorType.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getActorType();
      }
    },
    DECLARED_ACTOR_TYPE(ActFact.class, "declaredActorType", ActorType.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getDeclaredActorType();
      }
    },
    ELECTION_KIND(ActFact.class, "electionKind", ElectionKind.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getElectionKind();
      }
    },
    STAGE(ActFact.class, "stage", ElectionStage.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getStage();
      }
    },
    CANDIDATE_STATUS(ActFact.class, "candidateStatus", CandidateStatus.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getCandidateStatus();
      }
    },
    TARGET_KIND(ActFact.class, "targetKind", TargetKind.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getTargetKind();
      }
    },
    POSITION(ActFact.class, "position", Position.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getPosition();
      }
    },
    PARTY_ROLE(ActFact.class, "partyRole", PartyRole.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getPartyRole();
      }
    },
    CAMPAIGN_ROLE(ActFact.class, "campaignRole", CampaignRole.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getCampaignRole();
      }
    },
    HOLDS(ActFact.class, "holds", HeldOffice.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getHolds();
      }
    },
    RUNS_FOR(ActFact.class, "runsFor", Office.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getRunsFor();
      }
    },
    TARGET_OFFICE(ActFact.class, "targetOffice", Office.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getTargetOffice();
      }
    },
    FORM(ActFact.class, "form", SocialMediaForm.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getForm();
      }
    },
    EFFECT(ActFact.class, "effect", Effect.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((ActFact) fact).getEffect();
      }
    },
    KIND(Characterisation.class, "kind", CharacterKind.class) {
      @Override
      Enum<?> read(Object fact) {
        return ((Characterisation) fact).getKind();
      }
    };

    final Class<?> owner;
    final String property;
    final Class<? extends Enum<?>> type;

    Property(Class<?> owner, String property, Class<? extends Enum<?>> type) {
      this.owner = owner;
      this.property = property;
      this.type = type;
    }

    /** The property's value on {@code fact}, an instance of {@link #owner}. */
    abstract Enum<?> read(Object fact);

    /** The name of the property's value on {@code fact}, or null: what Drools hashes. */
    @Override
    public String apply(Object fact) {
      Enum<?> value = read(fact);
      return value == null ? null : value.name();
    }

    boolean hasConstant(String constant) {
      for (Enum<?> e : type.getEnumConstants()) {
        if (e.name().equals(constant)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@link Property} by the class it belongs to, then by name. */
  private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new HashMap<>();

  static {
    for (Property p : Property.values()) {
      Map<String, Property> byName = PROPERTIES.get(p.owner);
      if (byName == null) {
        byName = new HashMap<>();
        PROPERTIES.put(p.owner, byName);
      }
      byName.put(p.property, p);
    }
  }

  private int indexed;

  private EnumIndexes() {
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
    // the tests of a pattern (MULTIPLE) or of an `and` each hold for every match; one alternative
    // of an `or` need not, and keeps no index
    if (constraint.getType() == Constraint.Type.MULTIPLE || constraint.getType() == Constraint.Type.AND) {
      for (Constraint child : constraint.getChildren()) {
        constraint(pattern, child);
      }
    }
  }

  private void index(PatternImpl<?> pattern, SingleConstraint1<?> single) {
    Map<String, Property> properties = PROPERTIES.get(pattern.getPatternVariable().getType());
    String[] names = properties == null ? null
        : equalsConstant(single.predicateInformation().getStringConstraint());
    Property property = names == null ? null : properties.get(names[0]);
    if (property == null || !property.type.getSimpleName().equals(names[1]) || !property.hasConstant(names[2])) {
      return;
    }
    // the property's position in Drools' metadata for the class: the key Drools groups nodes by
    int index = pattern.getPatternVariable() instanceof DeclarationImpl<?> d && d.getMetadata() != null
        ? d.getMetadata().getPropertyIndex(names[0]) : -1;
    if (index < 0) {
      return;
    }
    single.setIndex(new AlphaIndexImpl<>(String.class, Index.ConstraintType.EQUAL, index, property, names[2]));
    indexed++;
  }
}
