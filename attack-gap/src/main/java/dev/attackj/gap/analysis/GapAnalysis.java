package dev.attackj.gap.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.TechniqueCoverage;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.TechniqueThreat;
import dev.attackj.gap.profile.ThreatProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A threat profile measured against a detection coverage: every technique of the profile with
 * its {@link GapStatus}, and the counts and percentages overall, per actor and per tactic.
 *
 * <p>A technique is {@link GapStatus#COVERED covered} when rules cover it directly with a score
 * of at least {@link #fullCoverageScore()} (1 by default, so one rule is enough),
 * {@link GapStatus#PARTIAL partly covered} when it is covered only through roll-up or with a
 * lower score above 0, and a {@link GapStatus#GAP gap} otherwise.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGapAnalysis.class)
@JsonDeserialize(as = ImmutableGapAnalysis.class)
@JsonPropertyOrder({"profile", "release", "fullCoverageScore", "overall", "byTactic", "byActor",
    "techniques"})
public abstract class GapAnalysis {

  /** The default {@link #fullCoverageScore()}. */
  public static final double DEFAULT_FULL_COVERAGE_SCORE = 1.0;

  /** The name of the threat profile. */
  @JsonProperty("profile")
  public abstract String profile();

  /** The ATT&CK release of the profile, such as {@code 18.1}. */
  @JsonProperty("release")
  public abstract String release();

  /** The minimum coverage score at which a directly covered technique counts as covered. */
  @JsonProperty("fullCoverageScore")
  public abstract double fullCoverageScore();

  /** Every technique of the profile, in ascending order of ID. */
  @JsonProperty("techniques")
  public abstract List<TechniqueGap> techniques();

  @JsonProperty("overall")
  public abstract Tally overall();

  /** The tally of each tactic's techniques, by tactic short name in matrix order. */
  @JsonProperty("byTactic")
  public abstract Map<String, Tally> byTactic();

  /** The tally of each actor's techniques, by actor ID in the profile's order. */
  @JsonProperty("byActor")
  public abstract Map<String, Tally> byActor();

  /** Analyses a profile with the default full-coverage score of 1. */
  public static GapAnalysis of(ThreatProfile profile, Coverage coverage) {
    return of(profile, coverage, DEFAULT_FULL_COVERAGE_SCORE);
  }

  /**
   * Analyses a profile against a coverage.
   *
   * @param fullCoverageScore the minimum score at which a directly covered technique counts
   *     as covered; must be above 0
   */
  public static GapAnalysis of(ThreatProfile profile, Coverage coverage, double fullCoverageScore) {
    if (!(fullCoverageScore > 0) || Double.isInfinite(fullCoverageScore)) {
      throw new IllegalArgumentException(
          "full coverage score must be a finite number above 0: " + fullCoverageScore);
    }
    List<TechniqueGap> techniques = new ArrayList<>(profile.techniques().size());
    for (TechniqueThreat threat : profile.techniques().values()) {
      techniques.add(gapOf(threat, coverage.get(threat.techniqueId()), fullCoverageScore));
    }

    Map<String, List<TechniqueGap>> tacticGroups = new LinkedHashMap<>();
    profile.tactics().forEach(tactic -> tacticGroups.put(tactic, new ArrayList<>()));
    Map<String, List<TechniqueGap>> actorGroups = new LinkedHashMap<>();
    profile.actors().forEach(actor -> actorGroups.put(actor.id(), new ArrayList<>()));
    for (TechniqueGap technique : techniques) {
      technique.tactics().forEach(tactic ->
          tacticGroups.computeIfAbsent(tactic, key -> new ArrayList<>()).add(technique));
      technique.actors().forEach(actor ->
          actorGroups.computeIfAbsent(actor, key -> new ArrayList<>()).add(technique));
    }

    ImmutableGapAnalysis.Builder analysis = ImmutableGapAnalysis.builder()
        .profile(profile.name())
        .release(profile.release())
        .fullCoverageScore(fullCoverageScore)
        .techniques(techniques)
        .overall(Tally.of(techniques));
    tacticGroups.forEach((tactic, group) -> analysis.putByTactic(tactic, Tally.of(group)));
    actorGroups.forEach((actor, group) -> analysis.putByActor(actor, Tally.of(group)));
    return analysis.build();
  }

  /** Returns the techniques with a status, in ascending order of ID. */
  public final List<TechniqueGap> withStatus(GapStatus status) {
    return techniques().stream().filter(technique -> technique.status() == status).toList();
  }

  /** Returns the techniques that are not fully covered: gaps and partly covered ones. */
  public final List<TechniqueGap> uncovered() {
    return techniques().stream()
        .filter(technique -> technique.status() != GapStatus.COVERED)
        .toList();
  }

  /** Finds the technique with an ID, or returns empty when it is not in the profile. */
  public final Optional<TechniqueGap> technique(String techniqueId) {
    return techniques().stream()
        .filter(technique -> technique.techniqueId().equalsIgnoreCase(techniqueId.trim()))
        .findFirst();
  }

  /** Writes the analysis as JSON. */
  public final String toJson() {
    return Mappers.toJson(this);
  }

  /** Writes the analysis as YAML. */
  public final String toYaml() {
    return Mappers.toYaml(this);
  }

  /** One line, such as {@code Gap analysis of FIN7: 40/120 covered (33.3%), ...}. */
  @Override
  public String toString() {
    return "Gap analysis of " + profile() + ": " + overall();
  }

  private static TechniqueGap gapOf(
      TechniqueThreat threat, Optional<TechniqueCoverage> coverage, double fullCoverageScore) {
    double score = coverage.map(TechniqueCoverage::score).orElse(0.0);
    boolean rolledUp = coverage.map(TechniqueCoverage::rolledUp).orElse(false);
    boolean covered = coverage.map(TechniqueCoverage::isCovered).orElse(false);
    GapStatus status;
    if (!covered) {
      status = GapStatus.GAP;
    } else if (!rolledUp && Math.max(score, ruleCount(coverage)) >= fullCoverageScore) {
      status = GapStatus.COVERED;
    } else {
      status = GapStatus.PARTIAL;
    }
    return TechniqueGap.builder()
        .techniqueId(threat.techniqueId())
        .name(threat.name())
        .status(status)
        .coverageScore(score)
        .ruleCount(ruleCount(coverage))
        .rolledUp(rolledUp)
        .tactics(threat.tactics())
        .actors(threat.actorIds())
        .weight(threat.weight())
        .build();
  }

  private static int ruleCount(Optional<TechniqueCoverage> coverage) {
    return coverage.map(technique -> technique.ruleIds().size()).orElse(0);
  }
}
