package dev.attackj.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A technique as an actor uses it: the technique, how the actor comes to use it (directly,
 * through software, through a campaign), and the procedure example with its citations.
 */
@Value.Immutable
public abstract class TechniqueUse {

  private static final Pattern CITATION = Pattern.compile("\\(Citation: ([^)]+)\\)");

  public abstract Technique technique();

  public abstract Via via();

  /** The software or campaign through which the actor uses the technique; empty when direct. */
  public abstract Optional<AttackObject> through();

  /** The {@code uses} relationship that records the procedure. */
  public abstract Relationship relationship();

  /** The procedure example: what the actor did, as ATT&CK describes it. */
  public final String procedure() {
    return relationship().description();
  }

  /**
   * The references cited by the procedure example, in the order the text cites them; every
   * reference of the relationship when the text cites none by name.
   */
  public final List<ExternalReference> references() {
    List<ExternalReference> all = relationship().externalReferences();
    List<ExternalReference> cited = new ArrayList<>();
    Matcher matcher = CITATION.matcher(procedure());
    while (matcher.find()) {
      String name = matcher.group(1).trim();
      all.stream()
          .filter(reference -> reference.sourceName().equals(name) && !cited.contains(reference))
          .findFirst()
          .ifPresent(cited::add);
    }
    return cited.isEmpty() ? all : cited;
  }

  public static ImmutableTechniqueUse.Builder builder() {
    return ImmutableTechniqueUse.builder();
  }

  @Override
  public String toString() {
    return technique() + through().map(t -> " via " + t).orElse("");
  }
}
