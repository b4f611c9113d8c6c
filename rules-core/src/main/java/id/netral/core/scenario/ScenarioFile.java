package id.netral.core.scenario;

import id.netral.core.model.Scenario;
import java.util.List;

/**
 * What was read from one scenario file: its scenarios, or the problems that refuse it. A file with
 * any problem is refused as a whole: {@link #scenarios()} is then empty.
 *
 * @param file the file as named by the caller
 * @param scenarios the scenarios, in file order; empty when refused
 * @param problems the problems, in file order; empty when accepted
 */
public record ScenarioFile(String file, List<Scenario> scenarios, List<Problem> problems) {

  /** Copies the lists; drops the scenarios of a refused file. */
  public ScenarioFile {
    problems = List.copyOf(problems);
    scenarios = problems.isEmpty() ? List.copyOf(scenarios) : List.of();
  }

  /** Whether the file was refused. */
  public boolean refused() {
    return !problems.isEmpty();
  }
}
