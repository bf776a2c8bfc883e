package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.Analytic;
import dev.attackj.core.AttackObject;
import dev.attackj.core.DataComponent;
import dev.attackj.core.DetectionStrategy;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.LogSourceReference;
import dev.attackj.core.Mitigation;
import dev.attackj.core.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The guidance ATT&CK offers to detect and mitigate a technique. From ATT&CK v18 on, it is the
 * technique's detection strategies, their analytics and the log sources they read. Before v18,
 * it is the data components that detect it. The data components are listed in both cases, as
 * {@code Process: Process Creation} where the data source is known.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDetectionGuidance.class)
@JsonDeserialize(as = ImmutableDetectionGuidance.class)
@JsonPropertyOrder({"detectionStrategies", "analytics", "logSources", "dataComponents",
    "mitigations"})
public abstract class DetectionGuidance {

  /** The detection strategies, such as {@code DET0455 Detection of ...}. */
  @JsonProperty("detectionStrategies")
  public abstract List<String> detectionStrategies();

  /** The analytics of the detection strategies, such as {@code AN1234 ...}. */
  @JsonProperty("analytics")
  public abstract List<String> analytics();

  /** The log sources the analytics read, such as {@code WinEventLog:Security (EventCode=4688)}. */
  @JsonProperty("logSources")
  public abstract List<String> logSources();

  /** The data components that carry the evidence, such as {@code Process: Process Creation}. */
  @JsonProperty("dataComponents")
  public abstract List<String> dataComponents();

  /** The mitigations, such as {@code M1038 Execution Prevention}. */
  @JsonProperty("mitigations")
  public abstract List<String> mitigations();

  /**
   * For each data component label, the names that identify it in lower case: its ATT&CK ID, its
   * name, its label, and the names of the log sources that carry it.
   */
  @JsonIgnore
  @Value.Auxiliary
  abstract Map<String, Set<String>> componentKeys();

  /** Looks up what the knowledge base offers for a technique. */
  public static DetectionGuidance of(KnowledgeBase knowledgeBase, Technique technique) {
    List<String> strategies = new ArrayList<>();
    Set<String> analytics = new LinkedHashSet<>();
    Set<String> logSources = new LinkedHashSet<>();
    Map<DataComponent, Set<String>> components = new LinkedHashMap<>();
    for (DetectionStrategy strategy : knowledgeBase.detectionStrategiesOf(technique)) {
      strategies.add(strategy.toString());
      for (Analytic analytic : knowledgeBase.analyticsOf(strategy)) {
        analytics.add(analytic.toString());
        for (LogSourceReference reference : analytic.logSourceReferences()) {
          logSources.add(reference.toString());
          knowledgeBase.byStixId(reference.dataComponentRef())
              .filter(DataComponent.class::isInstance)
              .map(DataComponent.class::cast)
              .ifPresent(component -> components
                  .computeIfAbsent(component, key -> new LinkedHashSet<>())
                  .add(lowerCase(reference.name())));
        }
      }
    }
    for (DataComponent component : knowledgeBase.dataComponentsDetecting(technique)) {
      components.computeIfAbsent(component, key -> new LinkedHashSet<>());
    }

    Map<String, Set<String>> keys = new LinkedHashMap<>();
    components.forEach((component, names) -> {
      String label = label(knowledgeBase, component);
      Set<String> all = new LinkedHashSet<>(names);
      all.add(lowerCase(component.name()));
      all.add(lowerCase(label));
      component.attackId().ifPresent(id -> all.add(lowerCase(id)));
      component.logSources().forEach(source -> all.add(lowerCase(source.name())));
      keys.merge(label, all, (a, b) -> {
        a.addAll(b);
        return a;
      });
    });
    return ImmutableDetectionGuidance.builder()
        .detectionStrategies(strategies)
        .analytics(analytics)
        .logSources(logSources)
        .dataComponents(keys.keySet())
        .componentKeys(keys)
        .mitigations(knowledgeBase.mitigationsOf(technique).stream().map(Mitigation::toString)
            .toList())
        .build();
  }

  /** Guidance with nothing in it, for a technique the knowledge base does not hold. */
  public static DetectionGuidance empty() {
    return ImmutableDetectionGuidance.builder().build();
  }

  /** Whether ATT&CK offers any detection: a detection strategy or a data component. */
  public final boolean hasDetection() {
    return !detectionStrategies().isEmpty() || !dataComponents().isEmpty();
  }

  /**
   * Returns the data components that a set of collected sources makes visible. A source matches
   * a data component by its ATT&CK ID, its name, its {@code Data Source: Component} label, or
   * the name of a log source that carries it, all ignoring case.
   *
   * @param collected the collected sources, in lower case
   */
  public final List<String> visibleWith(Set<String> collected) {
    return componentKeys().entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(collected::contains))
        .map(Map.Entry::getKey)
        .toList();
  }

  static String lowerCase(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  private static String label(KnowledgeBase knowledgeBase, DataComponent component) {
    return knowledgeBase.dataSourceOf(component)
        .map(AttackObject::name)
        .map(source -> source + ": " + component.name())
        .orElse(component.name());
  }
}
