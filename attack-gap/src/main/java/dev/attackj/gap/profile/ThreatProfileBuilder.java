package dev.attackj.gap.profile;

import dev.attackj.core.AttackObject;
import dev.attackj.core.Software;
import dev.attackj.core.Campaign;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueUse;
import dev.attackj.core.Via;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles a {@link ThreatProfile}: ATT&CK groups, campaigns and software by ID, name or alias,
 * and custom actors from files, each with a weight (1 unless given), and an optional platform
 * filter. Technique IDs from files are looked up in the knowledge base; a revoked ID is replaced
 * by its successor and an unknown one skipped, each noted as a {@link Problem} of the profile.
 *
 * <p>A builder is not thread-safe; the profile it builds is immutable.
 */
public final class ThreatProfileBuilder {

  private final KnowledgeBase knowledgeBase;
  private String release; // looked up on first use, because the lookup scans the bundles
  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, List<ActorUse>> usesByTechnique = new LinkedHashMap<>();
  private final Set<String> platforms = new LinkedHashSet<>();
  private final List<Problem> problems = new ArrayList<>();
  private String name = "";
  private ReadLimits limits = ReadLimits.defaults();

  ThreatProfileBuilder(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /**
   * Sets the ATT&CK release, such as {@code 18.1}, for bundles that do not name it (STIX 2.0
   * bundles carry no collection object). Call it before adding actors, whose source names it.
   * Without it the builder asks the knowledge base, which scans its bundles, so a caller that
   * builds many profiles passes the release it found once.
   */
  public ThreatProfileBuilder release(String release) {
    this.release = release.trim();
    return this;
  }

  /**
   * Sets the limits within which the actor files of {@link #dettect}, {@link #layer},
   * {@link #csv} and {@link #file} are read; by default {@link ReadLimits#defaults()}. Call it
   * before adding files.
   *
   * <pre>{@code
   * ThreatProfile.builder(knowledgeBase)
   *     .limits(ReadLimits.builder().maxDocumentBytes(1L << 30).build())
   *     .file(Path.of("groups.yaml"));
   * }</pre>
   */
  public ThreatProfileBuilder limits(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return this;
  }

  /** Sets the profile's name; by default the actor names joined by commas. */
  public ThreatProfileBuilder name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Keeps only techniques that run on at least one of these platforms, such as {@code Windows},
   * compared ignoring case. Calling it again adds platforms.
   */
  public ThreatProfileBuilder platforms(Collection<String> platforms) {
    platforms.forEach(platform -> this.platforms.add(platform.trim()));
    return this;
  }

  /** Adds ATT&CK actors, each by ID, name or alias, with weight 1. */
  public ThreatProfileBuilder actors(Collection<String> idsNamesOrAliases) {
    idsNamesOrAliases.forEach(this::actor);
    return this;
  }

  /** Adds an ATT&CK group, campaign or software by ID, name or alias, with weight 1. */
  public ThreatProfileBuilder actor(String idNameOrAlias) {
    return actor(idNameOrAlias, 1.0);
  }

  /**
   * Adds an ATT&CK group, campaign or software by ID, name or alias, looked up in that order.
   * A group brings the techniques it uses directly, through its software and through the
   * campaigns attributed to it. A campaign brings its own and its software's techniques, and
   * software its own.
   *
   * @throws UnknownActorException if no group, campaign or software has that ID, name or alias
   * @throws IllegalArgumentException if the actor is already in the profile or the weight is
   *     negative or not finite
   */
  public ThreatProfileBuilder actor(String idNameOrAlias, double weight) {
    AttackObject object = lookUp(idNameOrAlias.trim())
        .orElseThrow(() -> new UnknownActorException(idNameOrAlias, release(),
            knowledgeBase.suggestNames(idNameOrAlias, Group.class, Campaign.class,
                Software.class)));
    Actor actor = add(Actor.builder().id(object.label()).name(object.name()).kind(kindOf(object))
        .weight(weight).source(releaseLabel()).build());

    for (TechniqueUse use : knowledgeBase.techniqueUses(object, Via.values())) {
      if (!use.technique().isActive()) {
        continue;
      }
      use.technique().attackId().ifPresent(id -> addUse(id, ActorUse.builder()
          .actor(actor.id())
          .via(ActorUse.Via.valueOf(use.via().name()))
          .through(use.through().map(AttackObject::toString).orElse(""))
          .weight(actor.weight())
          .build()));
    }
    return this;
  }

  /** Adds every enabled group of a DeTT&CT group administration file, each with weight 1. */
  public ThreatProfileBuilder dettect(Path file) throws IOException {
    for (CustomActor actor : ActorFiles.readDettect(file, limits, problems)) {
      addCustom(actor, 1.0);
    }
    return this;
  }

  /** Adds the techniques of a Navigator layer as one actor named after the layer. */
  public ThreatProfileBuilder layer(Path file, double weight) throws IOException {
    addCustom(ActorFiles.readLayer(file, limits, problems), weight);
    return this;
  }

  /** Adds a CSV file of technique IDs, with optional weights, as one actor named after it. */
  public ThreatProfileBuilder csv(Path file, double weight) throws IOException {
    addCustom(ActorFiles.readCsv(file, limits, problems), weight);
    return this;
  }

  /**
   * Adds the actors of a file chosen by its extension: {@code .yaml} or {@code .yml} is a
   * DeTT&CT group file, {@code .json} a Navigator layer, anything else a CSV file.
   */
  public ThreatProfileBuilder file(Path file) throws IOException {
    String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
      return dettect(file);
    }
    return fileName.endsWith(".json") ? layer(file, 1.0) : csv(file, 1.0);
  }

  /** Builds the profile: every technique an actor uses that passes the platform filter. */
  public ThreatProfile build() {
    ImmutableThreatProfile.Builder profile = ImmutableThreatProfile.builder()
        .name(name.isEmpty() ? String.join(", ", actors.stream().map(Actor::name).toList()) : name)
        .release(release())
        .platforms(platforms)
        .tactics(knowledgeBase.tactics().stream().map(Tactic::shortName).distinct().toList())
        .actors(actors)
        .problems(problems);
    usesByTechnique.forEach((id, uses) -> knowledgeBase.technique(id)
        .filter(technique -> technique.isActive() && onPlatforms(technique))
        .ifPresent(technique -> profile.putTechnique(id, threat(technique, uses))));
    return profile.build();
  }

  private TechniqueThreat threat(Technique technique, List<ActorUse> uses) {
    return TechniqueThreat.builder()
        .techniqueId(technique.attackId().orElseThrow())
        .name(technique.name())
        .tactics(knowledgeBase.tacticsOf(technique).stream().map(Tactic::shortName).toList())
        .platforms(technique.platforms())
        .uses(uses)
        .build();
  }

  private void addCustom(CustomActor custom, double weight) {
    String id = custom.name();
    for (int n = 2; isTaken(id); n++) {
      id = custom.name() + " (" + n + ")";
    }
    Actor actor = add(Actor.builder().id(id).name(id).kind(Actor.Kind.CUSTOM).weight(weight)
        .source(custom.source()).build());

    custom.techniques().forEach((rawId, techniqueWeight) ->
        resolveTechnique(rawId, custom).filter(t -> onPlatforms(t, custom.platforms()))
            .ifPresent(technique -> addUse(technique.attackId().orElseThrow(), ActorUse.builder()
                .actor(actor.id()).via(ActorUse.Via.DIRECT)
                .weight(actor.weight() * techniqueWeight).build())));
    for (String softwareId : custom.softwareIds()) {
      addSoftwareOf(actor, softwareId, custom);
    }
  }

  private void addSoftwareOf(Actor actor, String softwareId, CustomActor custom) {
    Optional<? extends AttackObject> software = knowledgeBase.software(softwareId);
    if (software.isEmpty()) {
      problems.add(Problem.builder().file(custom.source()).objectId(softwareId)
          .severity(Problem.Severity.WARNING)
          .message("software " + softwareId + " of actor " + actor.name() + " not found in "
              + releaseLabel() + "; its techniques were skipped")
          .build());
      return;
    }
    for (TechniqueUse use : knowledgeBase.techniqueUses(software.get(), Via.DIRECT)) {
      if (use.technique().isActive() && onPlatforms(use.technique(), custom.platforms())) {
        use.technique().attackId().ifPresent(id -> addUse(id, ActorUse.builder()
            .actor(actor.id()).via(ActorUse.Via.SOFTWARE).through(software.get().toString())
            .weight(actor.weight()).build()));
      }
    }
  }

  private Optional<Technique> resolveTechnique(String rawId, CustomActor custom) {
    Optional<Technique> technique = knowledgeBase.technique(rawId).filter(Technique::isActive);
    if (technique.isPresent()) {
      return technique;
    }
    Optional<Technique> replacement = knowledgeBase.resolve(rawId)
        .filter(Technique.class::isInstance)
        .map(Technique.class::cast);
    problems.add(Problem.builder().file(custom.source()).objectId(rawId)
        .severity(replacement.isPresent() ? Problem.Severity.INFO : Problem.Severity.WARNING)
        .message(replacement
            .map(found -> "technique " + rawId + " of actor " + custom.name()
                + " is revoked in " + releaseLabel() + "; its successor " + found + " was used")
            .orElse("technique " + rawId + " of actor " + custom.name() + " not found in "
                + releaseLabel() + " and was skipped"))
        .build());
    return replacement;
  }

  private Actor add(Actor actor) {
    if (actors.stream().anyMatch(known -> known.id().equals(actor.id()))) {
      throw new IllegalArgumentException("actor " + actor + " is already in the profile");
    }
    actors.add(actor);
    return actor;
  }

  private boolean isTaken(String actorId) {
    return actors.stream().anyMatch(known -> known.id().equals(actorId));
  }

  private void addUse(String techniqueId, ActorUse use) {
    usesByTechnique.computeIfAbsent(techniqueId, id -> new ArrayList<>()).add(use);
  }

  private Optional<? extends AttackObject> lookUp(String text) {
    Optional<? extends AttackObject> group = knowledgeBase.group(text);
    if (group.isPresent()) {
      return group;
    }
    Optional<? extends AttackObject> campaign = knowledgeBase.campaign(text);
    return campaign.isPresent() ? campaign : knowledgeBase.software(text);
  }

  private boolean onPlatforms(Technique technique) {
    return onPlatforms(technique, List.copyOf(platforms));
  }

  private static boolean onPlatforms(Technique technique, List<String> filter) {
    // DeTT&CT files name every platform as "all".
    if (filter.isEmpty() || filter.stream().anyMatch("all"::equalsIgnoreCase)) {
      return true;
    }
    return technique.platforms().stream()
        .anyMatch(platform -> filter.stream().anyMatch(platform::equalsIgnoreCase));
  }

  private static Actor.Kind kindOf(AttackObject object) {
    if (object.objectType() == ObjectType.GROUP) {
      return Actor.Kind.GROUP;
    }
    return object.objectType() == ObjectType.CAMPAIGN ? Actor.Kind.CAMPAIGN : Actor.Kind.SOFTWARE;
  }

  private String release() {
    if (release == null) {
      release = knowledgeBase.release().orElse("");
    }
    return release;
  }

  private String releaseLabel() {
    return release().isEmpty() ? "ATT&CK" : "ATT&CK " + release();
  }
}
