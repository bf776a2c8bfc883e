package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A set of techniques over which coverage is measured, each with the tactics it belongs to: the
 * whole matrix, the techniques of some platforms, or a list such as a threat profile.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechniqueScope.class)
@JsonDeserialize(as = ImmutableTechniqueScope.class)
@JsonPropertyOrder({"name", "tactics", "techniques"})
public abstract class TechniqueScope {

  /** What the scope is, such as {@code enterprise 18.1, windows}. */
  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  /** The tactic short names in matrix order, such as {@code initial-access}. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  /** The technique IDs of the scope, each with the short names of its tactics. */
  @JsonProperty("techniques")
  public abstract Map<String, List<String>> techniques();

  public static ImmutableTechniqueScope.Builder builder() {
    return ImmutableTechniqueScope.builder();
  }

  /** The whole matrix: every active technique and sub-technique of a knowledge base. */
  public static TechniqueScope of(KnowledgeBase knowledgeBase) {
    return from(knowledgeBase, knowledgeBase.techniques(), release(knowledgeBase));
  }

  /**
   * The active techniques and sub-techniques available on any of the given platforms, such as
   * {@code Windows}, in any case. An empty collection gives the whole matrix.
   */
  public static TechniqueScope forPlatforms(KnowledgeBase knowledgeBase,
      Collection<String> platforms) {
    if (platforms.isEmpty()) {
      return of(knowledgeBase);
    }
    List<Technique> techniques = knowledgeBase.techniques().stream()
        .filter(technique -> technique.platforms().stream()
            .anyMatch(platform -> platforms.stream().anyMatch(platform::equalsIgnoreCase)))
        .toList();
    return from(knowledgeBase, techniques,
        release(knowledgeBase) + ", " + String.join(", ", platforms));
  }

  /**
   * A list of technique IDs, such as those of a threat profile. Revoked IDs are replaced by their
   * current technique; IDs the knowledge base does not know stay in the scope without tactics.
   */
  public static TechniqueScope of(KnowledgeBase knowledgeBase, Collection<String> techniqueIds,
      String name) {
    ImmutableTechniqueScope.Builder scope = builder().name(name);
    scope.tactics(tacticNames(knowledgeBase));
    for (String id : techniqueIds) {
      Optional<Technique> technique = knowledgeBase.resolve(id)
          .filter(Technique.class::isInstance).map(Technique.class::cast);
      if (technique.isPresent() && technique.get().attackId().isPresent()) {
        scope.putTechnique(technique.get().attackId().get(), tacticsOf(knowledgeBase,
            technique.get()));
      } else {
        scope.putTechnique(id.trim().toUpperCase(Locale.ROOT), List.of());
      }
    }
    return scope.build();
  }

  /** The same scope without sub-techniques. */
  public final TechniqueScope withoutSubtechniques() {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    techniques().forEach((id, tactics) -> {
      if (TechniqueId.tryParse(id).map(parsed -> !parsed.isSubTechnique()).orElse(true)) {
        parents.put(id, tactics);
      }
    });
    return builder().from(this).techniques(parents).name(name() + ", without sub-techniques")
        .build();
  }

  private static TechniqueScope from(KnowledgeBase knowledgeBase, List<Technique> techniques,
      String name) {
    ImmutableTechniqueScope.Builder scope = builder().name(name)
        .tactics(tacticNames(knowledgeBase));
    for (Technique technique : techniques) {
      technique.attackId().ifPresent(id ->
          scope.putTechnique(id, tacticsOf(knowledgeBase, technique)));
    }
    return scope.build();
  }

  private static List<String> tacticNames(KnowledgeBase knowledgeBase) {
    return knowledgeBase.tactics().stream().map(Tactic::shortName).distinct().toList();
  }

  private static List<String> tacticsOf(KnowledgeBase knowledgeBase, Technique technique) {
    return knowledgeBase.tacticsOf(technique).stream().map(Tactic::shortName).distinct().toList();
  }

  private static String release(KnowledgeBase knowledgeBase) {
    return "ATT&CK " + knowledgeBase.release().map(version -> version + " ").orElse("")
        + String.join(", ", knowledgeBase.domains());
  }
}
