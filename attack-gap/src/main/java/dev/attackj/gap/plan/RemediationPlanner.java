package dev.attackj.gap.plan;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.GapStatus;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.profile.Actor;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.DetectionGuidance;
import dev.attackj.gap.strategy.RankedTechnique;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes remediation plans: ranks the gaps and partly covered techniques of a threat profile with
 * a strategy, takes the shortest list of them, in rank order, that lifts the coverage to the
 * target, and splits it into waves.
 *
 * <p>Each closed gap adds one fully covered technique, so the shortest list is the first
 * {@code ceil(target * techniques / 100) - covered} gaps of the ranking. Waves take the items
 * in rank order, each up to its share of the total effort: a wave ending at day {@code d} of a
 * plan whose last wave ends at day {@code D} takes the items whose cumulative effort is at most
 * {@code d / D} of the total, and always at least one item. Defaults: the
 * {@linkplain Strategies#defaultStrategy() default strategy}, target 80%, waves of 30, 60 and 90
 * days, the {@linkplain EffortEstimator#standard() standard effort estimate}, and today's date
 * in UTC.
 */
public final class RemediationPlanner {

  private final KnowledgeBase knowledgeBase;
  private Strategy strategy = Strategies.defaultStrategy();
  private Map<String, String> parameters = Map.of();
  private double targetCoverage = 80;
  private List<Integer> waveDays = List.of(30, 60, 90);
  private EffortEstimator effortEstimator = EffortEstimator.standard();
  private LocalDate assessmentDate = LocalDate.now(java.time.ZoneOffset.UTC);
  private double fullCoverageScore = GapAnalysis.DEFAULT_FULL_COVERAGE_SCORE;

  private RemediationPlanner(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** Starts a planner that looks up detection guidance in a knowledge base. */
  public static RemediationPlanner builder(KnowledgeBase knowledgeBase) {
    return new RemediationPlanner(knowledgeBase);
  }

  /** Sets the strategy that orders the gaps. */
  public RemediationPlanner strategy(Strategy strategy) {
    this.strategy = strategy;
    return this;
  }

  /**
   * Sets the strategy's parameter values; {@code collected} also marks data as already visible
   * in the effort estimate.
   */
  public RemediationPlanner parameters(Map<String, String> parameters) {
    this.parameters = Map.copyOf(parameters);
    return this;
  }

  /**
   * Sets the target coverage in percent.
   *
   * @throws IllegalArgumentException unless it is from 0 to 100
   */
  public RemediationPlanner targetCoverage(double percent) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("target coverage must be from 0 to 100 percent: "
          + percent);
    }
    this.targetCoverage = percent;
    return this;
  }

  /**
   * Sets the days after the assessment by which each wave ends, such as 30, 60 and 90.
   *
   * @throws IllegalArgumentException unless there is at least one and they rise strictly from 1
   */
  public RemediationPlanner waves(List<Integer> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a plan must have at least one wave");
    }
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i) < 1 || i > 0 && days.get(i) <= days.get(i - 1)) {
        throw new IllegalArgumentException(
            "wave days must be whole numbers from 1 that rise strictly: " + days);
      }
    }
    this.waveDays = List.copyOf(days);
    return this;
  }

  public RemediationPlanner effortEstimator(EffortEstimator effortEstimator) {
    this.effortEstimator = effortEstimator;
    return this;
  }

  public RemediationPlanner assessmentDate(LocalDate assessmentDate) {
    this.assessmentDate = assessmentDate;
    return this;
  }

  /** Sets the minimum coverage score at which a technique counts as covered (1 by default). */
  public RemediationPlanner fullCoverageScore(double fullCoverageScore) {
    this.fullCoverageScore = fullCoverageScore;
    return this;
  }

  /** Plans the way from a profile's coverage to the target. */
  public RemediationPlan plan(ThreatProfile profile, Coverage coverage) {
    GapAnalysis analysis = GapAnalysis.of(profile, coverage, fullCoverageScore);
    int total = analysis.overall().total();
    int covered = analysis.overall().covered();
    Map<String, TechniqueGap> uncovered = new LinkedHashMap<>();
    analysis.uncovered().forEach(gap -> uncovered.put(gap.techniqueId(), gap));

    ScoringContext context = ScoringContext.builder()
        .knowledgeBase(knowledgeBase).profile(profile).coverage(coverage)
        .parameters(parameters).techniqueIds(uncovered.keySet()).build();
    Ranking ranking = Ranking.of(strategy, context);
    int needed = Math.max(0, (int) Math.ceil(targetCoverage * total / 100 - 1e-9) - covered);
    int planned = Math.min(needed, ranking.ranking().size());

    Set<String> collected = context.parametersFor(Strategies.dataAvailability()).list("collected")
        .stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<PlanItem> items = new ArrayList<>();
    for (RankedTechnique entry : ranking.top(planned)) {
      items.add(item(entry, uncovered.get(entry.techniqueId()), profile, collected));
    }

    return RemediationPlan.builder()
        .assessmentDate(assessmentDate.toString())
        .attackRelease(profile.release())
        .profile(profile.name())
        .primaryThreats(primaryThreats(profile))
        .strategy(strategy.name())
        .techniques(total)
        .currentCoverage(percent(covered, total))
        .targetCoverage(targetCoverage)
        .plannedCoverage(percent(covered + planned, total))
        .waves(waves(items, covered, total))
        .remainingGaps(ranking.ranking().subList(planned, ranking.ranking().size()).stream()
            .map(RankedTechnique::techniqueId).toList())
        .build();
  }

  private PlanItem item(RankedTechnique entry, TechniqueGap gap, ThreatProfile profile,
      Set<String> collected) {
    Optional<Technique> technique = knowledgeBase.technique(gap.techniqueId());
    DetectionGuidance guidance = technique
        .map(found -> DetectionGuidance.of(knowledgeBase, found))
        .orElseGet(DetectionGuidance::empty);
    List<String> visible = guidance.visibleWith(collected);
    List<String> dataSources = guidance.logSources().isEmpty()
        ? guidance.dataComponents()
        : guidance.logSources();
    return PlanItem.builder()
        .rank(entry.rank())
        .techniqueId(gap.techniqueId())
        .name(gap.name())
        .status(gap.status())
        .tactics(gap.tactics())
        .actors(gap.actors().stream()
            .map(id -> profile.actor(id).map(Actor::toString).orElse(id)).toList())
        .score(entry.score())
        .rationale(entry.explanation().isEmpty() ? entry.note() : entry.explanation())
        .detectionApproach(approach(guidance, gap))
        .dataSources(dataSources)
        .detectionStrategies(guidance.detectionStrategies())
        .analytics(guidance.analytics())
        .logSources(guidance.logSources())
        .dataComponents(guidance.dataComponents())
        .mitigations(guidance.mitigations())
        .effort(effortEstimator.estimate(gap, guidance, visible))
        .build();
  }

  private List<Wave> waves(List<PlanItem> items, int covered, int total) {
    double totalEffort = items.stream().mapToDouble(item -> item.effort().days()).sum();
    int last = waveDays.get(waveDays.size() - 1);
    List<Wave> waves = new ArrayList<>();
    int next = 0;
    double cumulative = 0;
    int closed = covered;
    for (int w = 0; w < waveDays.size(); w++) {
      int days = waveDays.get(w);
      double budget = totalEffort * days / last + 1e-9;
      List<PlanItem> wave = new ArrayList<>();
      while (next < items.size()) {
        double effort = items.get(next).effort().days();
        boolean lastWave = w == waveDays.size() - 1;
        if (!lastWave && !wave.isEmpty() && cumulative + effort > budget) {
          break;
        }
        wave.add(items.get(next++));
        cumulative += effort;
      }
      closed += wave.size();
      waves.add(Wave.builder().name(days + " days").days(days)
          .coverageAfter(percent(closed, total)).items(wave).build());
    }
    return waves;
  }

  private static String approach(DetectionGuidance guidance, TechniqueGap gap) {
    String prefix = gap.status() == GapStatus.PARTIAL ? "Extend the existing coverage: " : "";
    if (!guidance.detectionStrategies().isEmpty()) {
      return prefix + "implement " + guidance.detectionStrategies().get(0)
          + (guidance.analytics().isEmpty() ? "" : " with " + guidance.analytics().size()
          + (guidance.analytics().size() == 1 ? " analytic" : " analytics")) + (guidance.logSources().isEmpty() ? "" : ", reading "
          + String.join(", ", guidance.logSources().stream().limit(3).toList()));
    }
    if (!guidance.dataComponents().isEmpty()) {
      return prefix + "build a detection on " + String.join(", ", guidance.dataComponents());
    }
    return prefix + "no ATT&CK detection guidance: start from the technique's procedure examples";
  }

  private static List<String> primaryThreats(ThreatProfile profile) {
    return profile.actors().stream()
        .sorted(Comparator.comparingDouble(Actor::weight).reversed())
        .map(Actor::toString)
        .toList();
  }

  private static double percent(int count, int total) {
    return total == 0 ? 0 : 100.0 * count / total;
  }
}
