package id.netral.core.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An election with its calendar, which decides the stage of the election on the day of an act.
 *
 * <p>Example: {@code election.stageOn(LocalDate.of(2024, 1, 5))} is {@link ElectionStage#CAMPAIGN}
 * for the 2024 general election ({@code engine.catalog().election("pemilu-2024")}). An election the
 * catalog does not hold is built with {@link #builder(ElectionKind)}:
 *
 * <pre>{@code
 * Election pilkada = Election.builder(ElectionKind.PILKADA)
 *     .candidatesDetermined(LocalDate.of(2024, 9, 22))
 *     .campaign(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23))
 *     .votingDay(LocalDate.of(2024, 11, 27))
 *     .build();
 * }</pre>
 *
 * @param id the built-in id (such as {@code pemilu-2024}), or null for an election given inline
 * @param kind general or regional election
 * @param candidatesDetermined the day candidates were determined (penetapan calon); where the
 *     election determines them by office on different days, the last of those days: the stage
 *     {@link ElectionStage#BEFORE_DETERMINATION} lasts until every office's candidates are known
 * @param campaign the campaign period
 * @param quietPeriod the quiet period; when not given, the days between the campaign and voting day
 * @param votingDay voting day
 * @param candidatesDeterminedByOffice the day candidates for each office were determined, where
 *     the election fixes them on different days; empty when one day holds for every office
 */
public record Election(
    String id,
    ElectionKind kind,
    LocalDate candidatesDetermined,
    DateRange campaign,
    DateRange quietPeriod,
    LocalDate votingDay,
    Map<Office, LocalDate> candidatesDeterminedByOffice) {

  /**
   * Checks that the calendar is complete and in order; derives the quiet period when absent, and
   * {@code candidatesDetermined}, when null, as the last day of {@code
   * candidatesDeterminedByOffice}.
   */
  public Election {
    candidatesDeterminedByOffice = candidatesDeterminedByOffice == null || candidatesDeterminedByOffice.isEmpty()
        ? Map.of() : Map.copyOf(new EnumMap<>(candidatesDeterminedByOffice));
    if (candidatesDetermined == null) {
      candidatesDetermined = candidatesDeterminedByOffice.values().stream().max(LocalDate::compareTo).orElse(null);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(candidatesDetermined, "candidatesDetermined");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(campaign.from(), "campaign.from");
    Objects.requireNonNull(campaign.to(), "campaign.to");
    Objects.requireNonNull(votingDay, "votingDay");
    if (quietPeriod == null) {
      quietPeriod = new DateRange(campaign.to().plusDays(1), votingDay.minusDays(1));
    }
  }

  /** An election that determines the candidates of every office on one day. */
  public Election(String id, ElectionKind kind, LocalDate candidatesDetermined, DateRange campaign,
      DateRange quietPeriod, LocalDate votingDay) {
    this(id, kind, candidatesDetermined, campaign, quietPeriod, votingDay, Map.of());
  }

  /** The day candidates for {@code office} were determined; {@link #candidatesDetermined()} when not known by office. */
  public LocalDate candidatesDetermined(Office office) {
    LocalDate d = office == null ? null : candidatesDeterminedByOffice.get(office);
    return d == null ? candidatesDetermined : d;
  }

  /** The stage of this election on {@code day}. */
  public ElectionStage stageOn(LocalDate day) {
    if (day.isBefore(candidatesDetermined)) {
      return ElectionStage.BEFORE_DETERMINATION;
    }
    if (day.isBefore(campaign.from())) {
      return ElectionStage.BEFORE_CAMPAIGN;
    }
    if (!day.isAfter(campaign.to())) {
      return ElectionStage.CAMPAIGN;
    }
    if (day.isBefore(votingDay)) {
      return ElectionStage.QUIET_PERIOD;
    }
    return day.equals(votingDay) ? ElectionStage.VOTING_DAY : ElectionStage.AFTER_VOTING;
  }

  /**
   * The stage of this election on {@code day} for a candidate running for {@code office}: as {@link
   * #stageOn(LocalDate)}, except that once that office's candidates are determined the stage is no
   * longer {@link ElectionStage#BEFORE_DETERMINATION}.
   */
  public ElectionStage stageOn(LocalDate day, Office office) {
    ElectionStage stage = stageOn(day);
    if (stage == ElectionStage.BEFORE_DETERMINATION && office != null && !day.isBefore(candidatesDetermined(office))) {
      return ElectionStage.BEFORE_CAMPAIGN;
    }
    return stage;
  }

  /** Whether candidates were still prospective (bakal calon) or already determined on {@code day}. */
  public CandidateStatus candidateStatusOn(LocalDate day) {
    return day.isBefore(candidatesDetermined) ? CandidateStatus.BAKAL_CALON : CandidateStatus.CALON;
  }

  /**
   * Whether candidates for {@code office} were still prospective (bakal calon) or already determined
   * on {@code day}; for a null office, as {@link #candidateStatusOn(LocalDate)}.
   */
  public CandidateStatus candidateStatusOn(LocalDate day, Office office) {
    return day.isBefore(candidatesDetermined(office)) ? CandidateStatus.BAKAL_CALON : CandidateStatus.CALON;
  }

  /**
   * Starts an election of {@code kind}, given inline (no built-in id unless {@link Builder#id(String)}
   * sets one). The day candidates were determined (once, or by office), the campaign and voting day
   * are required; the quiet period, when not set, is the days between the campaign and voting day.
   */
  public static Builder builder(ElectionKind kind) {
    return new Builder(kind);
  }

  /** Builds an {@link Election}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private final ElectionKind kind;
    private String id;
    private LocalDate candidatesDetermined;
    private final Map<Office, LocalDate> byOffice = new EnumMap<>(Office.class);
    private DateRange campaign;
    private DateRange quietPeriod;
    private LocalDate votingDay;

    private Builder(ElectionKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Sets {@link Election#id()}. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** Sets {@link Election#candidatesDetermined()}: one day for every office. */
    public Builder candidatesDetermined(LocalDate value) {
      candidatesDetermined = value;
      return this;
    }

    /** Sets the day the candidates for {@code office} were determined ({@link Election#candidatesDeterminedByOffice()}). */
    public Builder candidatesDetermined(Office office, LocalDate day) {
      byOffice.put(Objects.requireNonNull(office, "office"), Objects.requireNonNull(day, "day"));
      return this;
    }

    /** Sets {@link Election#campaign()}: from {@code from} to {@code to}, both included. */
    public Builder campaign(LocalDate from, LocalDate to) {
      campaign = new DateRange(from, to);
      return this;
    }

    /** Sets {@link Election#quietPeriod()}: from {@code from} to {@code to}, both included. */
    public Builder quietPeriod(LocalDate from, LocalDate to) {
      quietPeriod = new DateRange(from, to);
      return this;
    }

    /** Sets {@link Election#votingDay()}. */
    public Builder votingDay(LocalDate value) {
      votingDay = value;
      return this;
    }

    /**
     * Builds the election.
     *
     * @throws NullPointerException naming the first required component not set
     */
    public Election build() {
      return new Election(id, kind, candidatesDetermined, campaign, quietPeriod, votingDay, byOffice);
    }
  }
}
