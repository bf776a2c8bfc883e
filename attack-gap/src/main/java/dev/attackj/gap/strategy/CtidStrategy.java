package dev.attackj.gap.strategy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Center for Threat-Informed Defense's Top ATT&CK Techniques score, from the per-technique
 * inputs CTID publishes ({@code Techniques.json}, parameter {@code data}; by default the copy
 * of 2025-05-28 bundled with this library):
 *
 * <pre>
 * score = (choke point + prevalence + actionability) * (1 + sum of m(level) / 5)
 * </pre>
 *
 * <p>The sum runs over the monitoring types (process, network, file, cloud, hardware) that CTID
 * marks as able to see the technique; {@code m} is 1 for monitoring level {@code none}, 2/3 for
 * {@code low}, 1/3 for {@code medium} and 0 for {@code high}, so weak monitoring of a type raises
 * the techniques that type could see. Actionability is CTID's combined score of mitigations and
 * detections. With every level {@code high}, the default, the score is CTID's cumulative score
 * and the ranking is CTID's published list. A technique the file does not list scores 0.
 */
final class CtidStrategy implements TwoPhaseStrategy<CtidStrategy.Setup> {

  static final String NAME = "ctid";
  static final String DATA = "data";
  private static final List<String> LEVELS = List.of("none", "low", "medium", "high");

  /** The data and the modifier of each monitoring type for one context. */
  record Setup(CtidData data, double[] modifiers, String[] levels) {}

  private final Map<String, CtidData> cache = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "CTID Top ATT&CK Techniques: choke point + prevalence + actionability, raised for"
        + " techniques that weakly monitored data could see";
  }

  @Override
  public List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(Parameter.of(DATA, Parameter.Type.PATH, "",
        "CTID's Techniques.json with the per-technique inputs (default: the bundled copy of "
            + "2025-05-28)"));
    for (String type : CtidData.MONITORING) {
      parameters.add(Parameter.choice(type, "high", LEVELS,
          "how well " + type + " monitoring covers the environment"));
    }
    return parameters;
  }

  @Override
  public Setup summarize(ScoringContext context) {
    Parameters parameters = context.parametersFor(this);
    CtidData data = data(parameters.path(DATA));
    double[] modifiers = new double[CtidData.MONITORING.length];
    String[] levels = new String[CtidData.MONITORING.length];
    for (int i = 0; i < modifiers.length; i++) {
      levels[i] = parameters.choice(CtidData.MONITORING[i]);
      modifiers[i] = modifier(levels[i]);
    }
    return new Setup(data, modifiers, levels);
  }

  @Override
  public Score score(String techniqueId, ScoringContext context, Setup setup) {
    CtidData.Entry entry = setup.data().get(techniqueId);
    if (entry == null) {
      return Score.zero(techniqueId, "not in the CTID data " + setup.data().source());
    }

    double multiplier = 1;
    List<String> raised = new ArrayList<>();
    for (int i = 0; i < CtidData.MONITORING.length; i++) {
      if (entry.monitoring()[i] && setup.modifiers()[i] > 0) {
        multiplier += setup.modifiers()[i] / CtidData.MONITORING.length;
        raised.add(CtidData.MONITORING[i] + " " + setup.levels()[i]);
      }
    }
    String source = "CTID " + Path.of(setup.data().source()).getFileName();
    List<Factor> factors = List.of(
        Factor.of("choke point", entry.chokePoint(), multiplier,
            entry.chokePoint() * multiplier, source + " choke_point_score"),
        Factor.of("prevalence", entry.prevalence(), multiplier,
            entry.prevalence() * multiplier, source + " prevalence_score"),
        Factor.builder().name("actionability").input(entry.actionability()).weight(multiplier)
            .contribution(entry.actionability() * multiplier)
            .source(source + " actionability_score.combined_score")
            .addDetail(Factor.of("mitigation score", entry.mitigationScore(), 0, 0, source))
            .addDetail(Factor.of("detection score", entry.detectionScore(), 0, 0, source))
            .build());
    double value = (entry.chokePoint() + entry.prevalence() + entry.actionability()) * multiplier;
    String note = raised.isEmpty()
        ? ""
        : String.format(Locale.ROOT, "monitoring multiplier %.4f from %s", multiplier,
            String.join(", ", raised));
    return Score.builder().techniqueId(techniqueId).value(value).factors(factors)
        .note(note).build();
  }

  /** Maps a monitoring level to its modifier: none 1, low 2/3, medium 1/3, high 0. */
  static double modifier(String level) {
    return switch (level) {
      case "none" -> 1.0;
      case "low" -> 2.0 / 3.0;
      case "medium" -> 1.0 / 3.0;
      case "high" -> 0.0;
      default -> throw new IllegalArgumentException(
          "monitoring level must be one of none, low, medium, high: \"" + level + "\"");
    };
  }

  /** The IDs of the techniques the CTID data lists, in ascending order. */
  List<String> techniqueIds(Optional<Path> file) {
    return data(file).entries().keySet().stream().sorted().toList();
  }

  private CtidData data(Optional<Path> file) {
    if (file.isEmpty()) {
      return cache.computeIfAbsent(CtidData.BUNDLED, key -> CtidData.readBundled());
    }
    Path path = file.get().toAbsolutePath().normalize();
    return cache.computeIfAbsent(path.toString(), key -> CtidData.read(path));
  }
}
