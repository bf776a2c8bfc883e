package dev.attackj.gap.strategy;

import dev.attackj.core.TestData;
import dev.attackj.gap.Enterprise;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.profile.ThreatProfile;
import java.util.Map;
import java.util.Optional;

/** The scoring context the contract tests of the built-in strategies share. */
final class BuiltInContexts {

  private static ScoringContext context;

  private BuiltInContexts() {}

  /** A FIN7 and FIN8 profile on ATT&CK 18.1, with CTID data and two collected sources. */
  static synchronized ScoringContext fin7AndFin8() {
    if (context == null) {
      ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).release("18.1")
          .actor("FIN7").actor("FIN8").build();
      Map<String, String> parameters = Map.of(
          "data", TestData.file("threat-intel/ctid/Techniques.json").toString(),
          "process", "low",
          "collected", "Process Creation,WinEventLog:Security");
      context = ScoringContext.of(Enterprise.v18(), profile,
          Optional.of(Coverage.builder().build()), parameters);
    }
    return context;
  }
}
