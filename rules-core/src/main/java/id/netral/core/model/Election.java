package id.netral.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An election with its calendar, which decides the stage of the election on the day of an act.
 *
 * <p>Example: {@code election.stageOn(LocalDate.of(2024, 1, 5))} is {@link ElectionStage#CAMPAIGN}
 * for the 2024 general election.
 *
 * @param id the built-in id (such as {@code pemilu-2024}), or null for an election given inline
 * @param kind general or regional election
 * @param candidatesDetermined the day candidates were determined (penetapan calon)
 * @param campaign the campaign period
 * @param quietPeriod the quiet period; when not given, the days between the campaign and voting day
 * @param votingDay voting day
 */
public record Election(
    String id,
    ElectionKind kind,
    LocalDate candidatesDetermined,
    DateRange campaign,
    DateRange quietPeriod,
    LocalDate votingDay) {

  /** Checks that the calendar is complete and in order; derives the quiet period when absent. */
  public Election {
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

  /** Whether candidates were still prospective (bakal calon) or already determined on {@code day}. */
  public CandidateStatus candidateStatusOn(LocalDate day) {
    return day.isBefore(candidatesDetermined) ? CandidateStatus.BAKAL_CALON : CandidateStatus.CALON;
  }
}
