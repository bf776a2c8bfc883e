package dev.attackj.gap.plan;

import dev.attackj.gap.analysis.GapStatus;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.strategy.DetectionGuidance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A way to estimate the effort of closing a gap. */
@FunctionalInterface
public interface EffortEstimator {

  /**
   * Estimates the effort of closing a gap.
   *
   * @param gap the technique and its coverage status
   * @param guidance what ATT&CK offers to detect and mitigate the technique
   * @param visible the technique's data components that collected sources already show
   */
  Effort estimate(TechniqueGap gap, DetectionGuidance guidance, List<String> visible);

  /**
   * The standard estimate, in person-days, a rule of thumb rather than a measurement:
   *
   * <pre>
   * days = 2                                   to write, test and tune one detection
   *      + 1 per data component not yet visible to onboard its source (at most 3)
   *      + 2 when ATT&CK offers no detection strategy or data component for it
   * days = days / 2 when the technique is already partly covered
   * </pre>
   */
  static EffortEstimator standard() {
    return (gap, guidance, visible) -> {
      List<String> basis = new ArrayList<>();
      double days = 2;
      basis.add("2 days to write, test and tune a detection");

      List<String> missing = new ArrayList<>(guidance.dataComponents());
      missing.removeAll(visible);
      int onboarding = Math.min(missing.size(), 3);
      if (onboarding > 0) {
        days += onboarding;
        basis.add(String.format(Locale.ROOT, "+%d for data not yet collected (%s)", onboarding,
            String.join(", ", missing.subList(0, onboarding))));
      }
      if (!guidance.hasDetection()) {
        days += 2;
        basis.add("+2 because ATT&CK offers no detection guidance");
      }
      if (gap.status() == GapStatus.PARTIAL) {
        days /= 2;
        basis.add("halved because the technique is already partly covered");
      }
      return Effort.of(days, String.join("; ", basis));
    };
  }
}
