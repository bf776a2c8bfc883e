package dev.attackj.gap.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A weighted set of adversaries and, for every technique they use, who uses it, how and with what
 * weight. Techniques are keyed by ATT&CK ID in ascending order; a platform filter, when set, keeps
 * only the techniques that run on one of its platforms.
 *
 * <p>Build one with {@link #builder(KnowledgeBase)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThreatProfile.class)
@JsonDeserialize(as = ImmutableThreatProfile.class)
@JsonPropertyOrder({"name", "release", "platforms", "tactics", "actors", "techniques"})
public abstract class ThreatProfile {

  /** A name for the profile, such as the actor names joined by commas. */
  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  /** The ATT&CK release the profile was built from, such as {@code 18.1}; empty if unknown. */
  @JsonProperty("release")
  @Value.Default
  public String release() {
    return "";
  }

  /** The platform filter; empty when every platform counts. */
  @JsonProperty("platforms")
  public abstract List<String> platforms();

  /** The short names of the tactics of the matrix, in kill-chain order. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  @JsonProperty("actors")
  public abstract List<Actor> actors();

  /** The techniques by ATT&CK ID, in ascending order of ID. */
  @JsonProperty("techniques")
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, TechniqueThreat> techniques();

  /** Problems met while reading actor files: unknown technique IDs, revoked IDs replaced. */
  @JsonIgnore
  public abstract List<Problem> problems();

  /** Starts a profile whose actors and techniques are looked up in a knowledge base. */
  public static ThreatProfileBuilder builder(KnowledgeBase knowledgeBase) {
    return new ThreatProfileBuilder(knowledgeBase);
  }

  /** The technique with an ID in any case, or empty when no actor of the profile uses it. */
  public final Optional<TechniqueThreat> technique(String techniqueId) {
    return Optional.ofNullable(techniques().get(techniqueId.trim().toUpperCase(Locale.ROOT)));
  }

  /** The actor with an ID, or empty. */
  public final Optional<Actor> actor(String actorId) {
    return actors().stream().filter(actor -> actor.id().equals(actorId)).findFirst();
  }

  /** Returns the actors by ID, in the order they were added. */
  @Value.Lazy
  public Map<String, Actor> actorsById() {
    Map<String, Actor> byId = new java.util.LinkedHashMap<>();
    actors().forEach(actor -> byId.put(actor.id(), actor));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /** One line, such as {@code Threat profile FIN7, APT38: 3 actors, 212 techniques}. */
  @Override
  public String toString() {
    return "Threat profile " + name() + ": " + actors().size()
        + (actors().size() == 1 ? " actor, " : " actors, ") + techniques().size()
        + (techniques().size() == 1 ? " technique" : " techniques");
  }
}
