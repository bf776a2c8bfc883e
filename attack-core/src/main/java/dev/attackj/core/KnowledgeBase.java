package dev.attackj.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;

/**
 * An indexed, immutable view of one or more ATT&CK bundles (for example Enterprise, Mobile and
 * ICS together) that answers lookups in constant time and relationship questions from
 * precomputed adjacency lists. It is safe to share between threads.
 *
 * <p>Relationship queries list related objects by ATT&CK id. Listings and relationship
 * queries hold only active objects (neither revoked nor
 * deprecated) unless {@link Include#ALL} is asked for; lookups by id or name find every object,
 * and {@link #resolve(String)} follows revocations to the current object.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Path.of("enterprise-attack-18.1.json.gz"));
 * Group apt29 = kb.group("APT29").orElseThrow();
 * List<Technique> used = kb.techniquesUsedBy(apt29);   // 66 techniques in ATT&CK 18.1
 * }</pre>
 */
public final class KnowledgeBase {

  private static final Comparator<AttackObject> BY_LABEL =
      Comparator.comparing(AttackObject::label);

  private final List<StixBundle> bundles;
  private final ParseReport report;
  private final Index index;
  private final Optional<String> release;

  private KnowledgeBase(List<StixBundle> bundles) {
    this.bundles = ImmutableList.copyOf(bundles);
    this.index = new Index(bundles);
    this.release = releaseOf(bundles);
    ParseReport all = ParseReport.empty();
    for (StixBundle bundle : bundles) {
      all = all.plus(bundle.report());
    }
    this.report = all;
  }

  /**
   * Reads bundle files (gzip-compressed or not) with a {@linkplain StixReader#lenient() lenient}
   * reader and indexes them together.
   *
   * @throws IOException if a file cannot be read
   * @throws InvalidInputException if a file is not a readable bundle
   */
  public static KnowledgeBase load(Path... bundleFiles) throws IOException {
    List<StixBundle> bundles = new ArrayList<>();
    for (Path file : bundleFiles) {
      bundles.add(StixReader.lenient().read(file));
    }
    return new KnowledgeBase(bundles);
  }

  /** Indexes bundles that were already read. */
  public static KnowledgeBase of(StixBundle... bundles) {
    return new KnowledgeBase(Arrays.asList(bundles));
  }

  /** Indexes bundles that were already read. */
  public static KnowledgeBase of(List<StixBundle> bundles) {
    return new KnowledgeBase(bundles);
  }

  /** The bundles this knowledge base was built from. */
  public List<StixBundle> bundles() {
    return bundles;
  }

  /** The problems found while reading the bundles. */
  public ParseReport report() {
    return report;
  }

  /**
   * The ATT&CK release, such as {@code 18.1}, from the bundles' collection objects; empty when
   * the bundles carry none (STIX 2.0 bundles of mitre/cti) or name different releases.
   */
  public Optional<String> release() {
    return release;
  }

  private static Optional<String> releaseOf(List<StixBundle> bundles) {
    Set<String> releases = new LinkedHashSet<>();
    for (StixBundle bundle : bundles) {
      bundle.collections().forEach(c -> c.version().ifPresent(releases::add));
    }
    return releases.size() == 1 ? Optional.of(releases.iterator().next()) : Optional.empty();
  }

  /**
   * The ATT&CK domains loaded, such as {@code enterprise-attack}, from the tactics and matrices.
   */
  public Set<String> domains() {
    return index.domains;
  }

  // ---------------------------------------------------------------- lookups

  /** The object with a STIX id, revoked or not. */
  public Optional<AttackObject> byStixId(String stixId) {
    return Optional.ofNullable(index.byStixId.get(stixId));
  }

  /** The object of a kind with a STIX id. */
  public <T extends AttackObject> Optional<T> byStixId(String stixId, Class<T> type) {
    return byStixId(stixId).filter(type::isInstance).map(type::cast);
  }

  /**
   * Every object with an ATT&CK id, in any case, active ones first: an id can name objects of
   * several kinds (old mitigations reused technique ids) and revoked objects keep theirs.
   */
  public List<AttackObject> byAttackId(String attackId) {
    return index.byAttackId.get(attackId.trim().toUpperCase(Locale.ROOT));
  }

  /** Every object with a name or alias, in any case, active ones first. */
  public List<AttackObject> byName(String nameOrAlias) {
    return index.byName.get(Index.nameKey(nameOrAlias));
  }

  /** The technique with an ATT&CK id or name, such as {@code T1059.001} or {@code PowerShell}. */
  public Optional<Technique> technique(String idOrName) {
    return lookup(idOrName, Technique.class);
  }

  /**
   * The group with an ATT&CK id, name or alias, such as {@code G0016}, {@code APT29} or {@code Cozy
   * Bear}.
   */
  public Optional<Group> group(String idNameOrAlias) {
    return lookup(idNameOrAlias, Group.class);
  }

  /** The software (malware or tool) with an ATT&CK id, name or alias. */
  public Optional<Software> software(String idNameOrAlias) {
    return lookup(idNameOrAlias, Software.class);
  }

  /**
   * The campaign with an ATT&CK id, name or alias, such as {@code C0024} or {@code SolarWinds
   * Compromise}.
   */
  public Optional<Campaign> campaign(String idNameOrAlias) {
    return lookup(idNameOrAlias, Campaign.class);
  }

  /** The mitigation with an ATT&CK id or name, such as {@code M1038}. */
  public Optional<Mitigation> mitigation(String idOrName) {
    return lookup(idOrName, Mitigation.class);
  }

  /**
   * The tactic with an ATT&CK id, short name or name, such as {@code TA0002}, {@code execution}.
   */
  public Optional<Tactic> tactic(String idShortNameOrName) {
    Optional<Tactic> tactic = lookup(idShortNameOrName, Tactic.class);
    if (tactic.isPresent()) {
      return tactic;
    }
    String shortName = idShortNameOrName.trim().toLowerCase(Locale.ROOT).replace(' ', '-')
        .replace('_', '-');
    return tactics(Include.ALL).stream()
        .filter(t -> t.shortName().equals(shortName))
        .min(Comparator.comparing(t -> !t.isActive()));
  }

  /**
   * The detection strategy with an ATT&CK id or name, such as {@code DET0103} (ATT&CK v18 and
   * later).
   */
  public Optional<DetectionStrategy> detectionStrategy(String idOrName) {
    return lookup(idOrName, DetectionStrategy.class);
  }

  /** The analytic with an ATT&CK id or name, such as {@code AN0110} (ATT&CK v18 and later). */
  public Optional<Analytic> analytic(String idOrName) {
    return lookup(idOrName, Analytic.class);
  }

  /**
   * The data component with an ATT&CK id or name, such as {@code DC0084} or {@code Process
   * Creation}.
   */
  public Optional<DataComponent> dataComponent(String idOrName) {
    return lookup(idOrName, DataComponent.class);
  }

  /** The data source with an ATT&CK id or name, such as {@code DS0009} or {@code Process}. */
  public Optional<DataSource> dataSource(String idOrName) {
    return lookup(idOrName, DataSource.class);
  }

  /** The asset (ICS) with an ATT&CK id or name, such as {@code A0008}. */
  public Optional<Asset> asset(String idOrName) {
    return lookup(idOrName, Asset.class);
  }

  /**
   * The object named by a STIX id, an ATT&CK id, a name or an alias, preferring active objects
   * and, among several kinds, techniques, then tactics, groups, software, campaigns and the rest.
   */
  public Optional<AttackObject> find(String anyIdNameOrAlias) {
    return lookup(anyIdNameOrAlias, AttackObject.class);
  }

  private <T extends AttackObject> Optional<T> lookup(String key, Class<T> type) {
    String trimmed = key.trim();
    Optional<T> byStix = byStixId(trimmed, type);
    if (byStix.isPresent()) {
      return byStix;
    }
    Optional<T> byId = first(byAttackId(trimmed), type);
    return byId.isPresent() ? byId : first(byName(trimmed), type);
  }

  private static <T extends AttackObject> Optional<T> first(List<AttackObject> objects,
      Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * The ATT&CK ids, names and aliases of active objects of the given kinds closest to a text
   * that found nothing, for "did you mean" messages: at most five, those containing the text or
   * within an edit distance of a third of its length (at least 2), closest first.
   */
  @SafeVarargs
  public final List<String> suggestNames(String text, Class<? extends AttackObject>... types) {
    List<String> names = new ArrayList<>();
    for (Class<? extends AttackObject> type : types) {
      for (AttackObject object : objects(type)) {
        object.attackId().ifPresent(names::add);
        names.add(object.name());
        names.addAll(object.aliases());
      }
    }
    return NameSuggester.closest(text, names);
  }

  /**
   * The current object for an id (ATT&CK or STIX) or name: the object itself when it is not
   * revoked, otherwise the end of its revoked-by chain ({@code T1086} resolves to
   * {@code T1059.001}). Empty when nothing has the id or the chain ends nowhere.
   */
  public Optional<AttackObject> resolve(String id) {
    String key = id.trim();
    List<AttackObject> candidates = new ArrayList<>();
    byStixId(key).ifPresent(candidates::add);
    candidates.addAll(byAttackId(key));
    candidates.addAll(byName(key));
    Optional<AttackObject> fallback = Optional.empty();
    for (AttackObject candidate : candidates) {
      Optional<AttackObject> current = current(candidate);
      if (current.isPresent() && current.get().isActive()) {
        return current;
      }
      fallback = fallback.or(() -> current);
    }
    return fallback;
  }

  /** The object that replaces a revoked one, following the whole revoked-by chain. */
  public Optional<AttackObject> replacementOf(AttackObject object) {
    return object.isRevoked() ? current(object) : Optional.empty();
  }

  private Optional<AttackObject> current(AttackObject object) {
    AttackObject at = object;
    Set<String> seen = new java.util.HashSet<>();
    while (at.isRevoked()) {
      if (!seen.add(at.stixId())) {
        return Optional.empty();
      }
      String next = index.revokedBy.get(at.stixId());
      at = next == null ? null : index.byStixId.get(next);
      if (at == null) {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  // ---------------------------------------------------------------- listings

  /** The objects of a kind, such as {@code objects(Group.class)}, active ones only. */
  public <T extends AttackObject> List<T> objects(Class<T> type) {
    return objects(type, Include.ACTIVE);
  }

  /** The objects of a kind, in bundle order. */
  @SuppressWarnings("unchecked")
  public <T extends AttackObject> List<T> objects(Class<T> type, Include include) {
    List<AttackObject> all = include == Include.ALL ? index.all : index.active;
    if (type == AttackObject.class) {
      return (List<T>) all;
    }
    ImmutableList<AttackObject> ofType = (include == Include.ALL ? index.allByClass
        : index.activeByClass).get(type);
    return (List<T>) (ofType == null ? List.of() : ofType);
  }

  /** The objects of a kind, such as {@link ObjectType#MALWARE}. */
  public List<AttackObject> objects(ObjectType type, Include include) {
    return objects(type.valueClass(), include).stream()
        .filter(o -> o.objectType() == type)
        .map(AttackObject.class::cast)
        .toList();
  }

  /** Techniques and sub-techniques. */
  public List<Technique> techniques() {
    return objects(Technique.class);
  }

  /** Techniques and sub-techniques, revoked and deprecated ones too with {@link Include#ALL}. */
  public List<Technique> techniques(Include include) {
    return objects(Technique.class, include);
  }

  /** The tactics in matrix order (domain by domain when several are loaded). */
  public List<Tactic> tactics() {
    return tactics(Include.ACTIVE);
  }

  /** The tactics in matrix order, deprecated ones too with {@link Include#ALL}. */
  public List<Tactic> tactics(Include include) {
    return include == Include.ALL ? index.tacticsAll : index.tacticsActive;
  }

  /** Active groups, in bundle order. */
  public List<Group> groups() {
    return objects(Group.class);
  }

  /** Active software, malware and tools together, in bundle order. */
  public List<Software> software() {
    return objects(Software.class);
  }

  /** Active campaigns, in bundle order. */
  public List<Campaign> campaigns() {
    return objects(Campaign.class);
  }

  /** Active mitigations, in bundle order. */
  public List<Mitigation> mitigations() {
    return objects(Mitigation.class);
  }

  /** Active data sources, in bundle order. */
  public List<DataSource> dataSources() {
    return objects(DataSource.class);
  }

  /** Active data components, in bundle order. */
  public List<DataComponent> dataComponents() {
    return objects(DataComponent.class);
  }

  /** Active detection strategies (ATT&CK v18 and later), in bundle order. */
  public List<DetectionStrategy> detectionStrategies() {
    return objects(DetectionStrategy.class);
  }

  /** Active analytics (ATT&CK v18 and later), in bundle order. */
  public List<Analytic> analytics() {
    return objects(Analytic.class);
  }

  /** Active assets (ICS), in bundle order. */
  public List<Asset> assets() {
    return objects(Asset.class);
  }

  /** Active matrices, in bundle order. */
  public List<Matrix> matrices() {
    return objects(Matrix.class);
  }

  /** Matrices, deprecated ones too with {@link Include#ALL}. */
  public List<Matrix> matrices(Include include) {
    return objects(Matrix.class, include);
  }

  /** Relationships whose both ends are active, and which are active themselves. */
  public List<Relationship> relationships() {
    return objects(Relationship.class);
  }

  /** Active techniques available on a platform, such as {@code Windows}, in any case. */
  public List<Technique> techniquesForPlatform(String platform) {
    return techniques().stream()
        .filter(t -> t.platforms().stream().anyMatch(p -> p.equalsIgnoreCase(platform)))
        .toList();
  }

  /** Active objects of a kind modified after an instant. */
  public <T extends AttackObject> List<T> modifiedAfter(Class<T> type, Instant after) {
    return filter(type, o -> o.modified().map(after::isBefore).orElse(false));
  }

  /** Active objects of a kind created after an instant. */
  public <T extends AttackObject> List<T> createdAfter(Class<T> type, Instant after) {
    return filter(type, o -> o.created().map(after::isBefore).orElse(false));
  }

  /**
   * Active objects of a kind whose name, aliases or description hold a text, in any case;
   * matches in names and aliases come first.
   */
  public <T extends AttackObject> List<T> search(Class<T> type, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    Predicate<AttackObject> inName = o -> o.name().toLowerCase(Locale.ROOT).contains(needle)
        || o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    List<T> hits = new ArrayList<>(filter(type, inName));
    hits.addAll(filter(type, o -> !inName.test(o)
        && o.description().toLowerCase(Locale.ROOT).contains(needle)));
    return hits;
  }

  private <T extends AttackObject> List<T> filter(Class<T> type, Predicate<? super T> test) {
    return objects(type).stream().filter(test).toList();
  }

  // ---------------------------------------------------------------- tactics and hierarchy

  /** The tactics a technique belongs to, in matrix order. */
  public List<Tactic> tacticsOf(Technique technique) {
    return index.tacticsOf.getOrDefault(technique.stixId(), ImmutableList.of());
  }

  /** The active techniques and sub-techniques of a tactic, in bundle order. */
  public List<Technique> techniquesOf(Tactic tactic) {
    return index.techniquesOf.get(tactic.stixId());
  }

  /** The active sub-techniques of a technique, by ATT&CK id. */
  public List<Technique> subTechniquesOf(Technique technique) {
    return index.subTechniques.get(technique.stixId());
  }

  /** The parent of a sub-technique. */
  public Optional<Technique> parentOf(Technique subTechnique) {
    return Optional.ofNullable(index.parent.get(subTechnique.stixId()));
  }

  // ---------------------------------------------------------------- relationships

  /** Active relationships from an object, such as the {@code uses} of a group. */
  public List<Relationship> relationshipsFrom(String stixId) {
    return index.outgoing.get(stixId);
  }

  /** Active relationships to an object, such as the {@code mitigates} of a technique. */
  public List<Relationship> relationshipsTo(String stixId) {
    return index.incoming.get(stixId);
  }

  private <T extends AttackObject> List<T> targets(AttackObject source, String type,
      Class<T> targetClass) {
    Distinct<T> found = new Distinct<>();
    for (Relationship r : relationshipsFrom(source.stixId())) {
      if (r.relationshipType().equals(type)) {
        AttackObject target = index.byStixId.get(r.targetRef());
        if (targetClass.isInstance(target)) {
          found.add(targetClass.cast(target));
        }
      }
    }
    return found.list();
  }

  private <T extends AttackObject> List<T> sources(AttackObject target, String type,
      Class<T> sourceClass) {
    Distinct<T> found = new Distinct<>();
    for (Relationship r : relationshipsTo(target.stixId())) {
      if (r.relationshipType().equals(type)) {
        AttackObject source = index.byStixId.get(r.sourceRef());
        if (sourceClass.isInstance(source)) {
          found.add(sourceClass.cast(source));
        }
      }
    }
    return found.list();
  }

  /** The techniques a group, software or campaign uses itself, each once. */
  public List<Technique> techniquesUsedBy(AttackObject actor) {
    return targets(actor, "uses", Technique.class);
  }

  /**
   * The techniques a group, software or campaign uses, with how and the procedure examples.
   * {@link Via#DIRECT} is always included; pass {@link Via#SOFTWARE} to add the techniques of the
   * software the actor uses, {@link Via#CAMPAIGN} to add those of campaigns attributed to a group.
   * A technique appears once for each {@code uses} relationship that leads to it: once directly,
   * and once more for each software or campaign that also uses it.
   */
  public List<TechniqueUse> techniqueUses(AttackObject actor, Via... routes) {
    Set<Via> vias = EnumSet.of(Via.DIRECT, routes);
    List<TechniqueUse> uses = new ArrayList<>(directUses(actor, Via.DIRECT, null));
    if (vias.contains(Via.SOFTWARE)) {
      for (Software software : softwareUsedBy(actor)) {
        uses.addAll(directUses(software, Via.SOFTWARE, software));
      }
    }
    if (vias.contains(Via.CAMPAIGN) && actor instanceof Group group) {
      for (Campaign campaign : campaignsAttributedTo(group)) {
        uses.addAll(directUses(campaign, Via.CAMPAIGN, campaign));
      }
    }
    return uses;
  }

  /** The distinct techniques of {@link #techniqueUses}, by ATT&CK id. */
  public List<Technique> techniquesUsedBy(AttackObject actor, Via... routes) {
    Distinct<Technique> techniques = new Distinct<>();
    techniqueUses(actor, routes).forEach(use -> techniques.add(use.technique()));
    return techniques.list();
  }

  private List<TechniqueUse> directUses(AttackObject actor, Via via, AttackObject through) {
    List<TechniqueUse> uses = new ArrayList<>();
    for (Relationship r : relationshipsFrom(actor.stixId())) {
      if (r.relationshipType().equals("uses")
          && index.byStixId.get(r.targetRef()) instanceof Technique technique) {
        uses.add(TechniqueUse.builder().technique(technique).via(via)
            .through(Optional.ofNullable(through)).relationship(r).build());
      }
    }
    return uses;
  }

  /**
   * The groups that use a technique directly; with {@link Via#CAMPAIGN}, also the groups to which
   * a campaign using it is attributed; with {@link Via#SOFTWARE}, also groups using software that
   * has it.
   */
  public List<Group> groupsUsing(Technique technique, Via... routes) {
    Set<Via> vias = EnumSet.of(Via.DIRECT, routes);
    Distinct<Group> groups = new Distinct<>();
    groups.addAll(sources(technique, "uses", Group.class));
    if (vias.contains(Via.CAMPAIGN)) {
      campaignsUsing(technique).forEach(c -> groups.addAll(groupsOf(c)));
    }
    if (vias.contains(Via.SOFTWARE)) {
      softwareUsing(technique).forEach(s -> groups.addAll(groupsUsingSoftware(s)));
    }
    return groups.list();
  }

  /** The software that has a technique. */
  public List<Software> softwareUsing(Technique technique) {
    return sources(technique, "uses", Software.class);
  }

  /** The campaigns that use a technique. */
  public List<Campaign> campaignsUsing(Technique technique) {
    return sources(technique, "uses", Campaign.class);
  }

  /** The software a group or campaign uses. */
  public List<Software> softwareUsedBy(AttackObject groupOrCampaign) {
    return targets(groupOrCampaign, "uses", Software.class);
  }

  /** The groups that use a piece of software. */
  public List<Group> groupsUsingSoftware(Software software) {
    return sources(software, "uses", Group.class);
  }

  /** The campaigns that use a piece of software. */
  public List<Campaign> campaignsUsingSoftware(Software software) {
    return sources(software, "uses", Campaign.class);
  }

  /** The campaigns attributed to a group. */
  public List<Campaign> campaignsAttributedTo(Group group) {
    return sources(group, "attributed-to", Campaign.class);
  }

  /** The groups a campaign is attributed to. */
  public List<Group> groupsOf(Campaign campaign) {
    return targets(campaign, "attributed-to", Group.class);
  }

  /** The mitigations of a technique. */
  public List<Mitigation> mitigationsOf(Technique technique) {
    return sources(technique, "mitigates", Mitigation.class);
  }

  /** The techniques a mitigation mitigates. */
  public List<Technique> techniquesMitigatedBy(Mitigation mitigation) {
    return targets(mitigation, "mitigates", Technique.class);
  }

  /** The detection strategies that detect a technique (ATT&CK v18 and later). */
  public List<DetectionStrategy> detectionStrategiesOf(Technique technique) {
    return sources(technique, "detects", DetectionStrategy.class);
  }

  /** The analytics of a detection strategy, in the order it lists them. */
  public List<Analytic> analyticsOf(DetectionStrategy strategy) {
    List<Analytic> analytics = new ArrayList<>();
    for (String ref : strategy.analyticRefs()) {
      AttackObject analytic = index.byStixId.get(ref);
      if (analytic instanceof Analytic a && a.isActive()) {
        analytics.add(a);
      }
    }
    return analytics;
  }

  /**
   * The techniques a detection strategy or data component detects. A data component detects a
   * technique through a {@code detects} relationship before ATT&CK v18, and from v18 on through
   * the detection strategies whose analytics read it.
   */
  public List<Technique> techniquesDetectedBy(AttackObject strategyOrComponent) {
    Distinct<Technique> techniques = new Distinct<>();
    techniques.addAll(targets(strategyOrComponent, "detects", Technique.class));
    for (DetectionStrategy strategy : index.strategiesReading.get(strategyOrComponent.stixId())) {
      techniques.addAll(targets(strategy, "detects", Technique.class));
    }
    return techniques.list();
  }

  /**
   * The data components that detect a technique: through {@code detects} relationships before
   * ATT&CK v18, and through the log sources of its detection strategies' analytics from v18 on.
   */
  public List<DataComponent> dataComponentsDetecting(Technique technique) {
    Distinct<DataComponent> components = new Distinct<>();
    components.addAll(sources(technique, "detects", DataComponent.class));
    for (DetectionStrategy strategy : detectionStrategiesOf(technique)) {
      for (Analytic analytic : analyticsOf(strategy)) {
        for (LogSourceReference ref : analytic.logSourceReferences()) {
          byStixId(ref.dataComponentRef(), DataComponent.class)
              .filter(AttackObject::isActive)
              .ifPresent(components::add);
        }
      }
    }
    return components.list();
  }

  /** The data source a data component belongs to. */
  public Optional<DataSource> dataSourceOf(DataComponent component) {
    return component.dataSourceRef().flatMap(ref -> byStixId(ref, DataSource.class));
  }

  /** The data components of a data source. */
  public List<DataComponent> dataComponentsOf(DataSource source) {
    return filter(DataComponent.class,
        c -> c.dataSourceRef().map(source.stixId()::equals).orElse(false));
  }

  /** The assets a technique targets (ICS). */
  public List<Asset> assetsTargetedBy(Technique technique) {
    return targets(technique, "targets", Asset.class);
  }

  /** The techniques that target an asset (ICS). */
  public List<Technique> techniquesTargeting(Asset asset) {
    return sources(asset, "targets", Technique.class);
  }

  /**
   * Objects each once, listed by ATT&CK id (STIX id for objects without one). Objects are told
   * apart by STIX id, which is much cheaper than the deep equality of the values.
   */
  private static final class Distinct<T extends AttackObject> {
    private final List<T> list = new ArrayList<>();
    private final Set<String> ids = new java.util.HashSet<>();

    void add(T object) {
      if (ids.add(object.stixId())) {
        list.add(object);
      }
    }

    void addAll(List<? extends T> objects) {
      objects.forEach(this::add);
    }

    /** The objects by label; relationship lists are kept in that order, so mostly no sort. */
    List<T> list() {
      for (int i = 1; i < list.size(); i++) {
        if (BY_LABEL.compare(list.get(i - 1), list.get(i)) > 0) {
          list.sort(BY_LABEL);
          break;
        }
      }
      return List.copyOf(list);
    }
  }



  @Override
  public String toString() {
    return "KnowledgeBase" + index.domains + release().map(r -> " " + r).orElse("")
        + " (" + index.active.size() + " active objects)";
  }

  /** The indexes, built once. */
  private static final class Index {

    final Map<String, AttackObject> byStixId;
    final ImmutableListMultimap<String, AttackObject> byAttackId;
    final ImmutableListMultimap<String, AttackObject> byName;
    final ImmutableList<AttackObject> all;
    final ImmutableList<AttackObject> active;
    final ImmutableMap<Class<?>, ImmutableList<AttackObject>> allByClass;
    final ImmutableMap<Class<?>, ImmutableList<AttackObject>> activeByClass;
    final ImmutableListMultimap<String, Relationship> outgoing;
    final ImmutableListMultimap<String, Relationship> incoming;
    final Map<String, String> revokedBy = new HashMap<>();
    final ImmutableList<Tactic> tacticsAll;
    final ImmutableList<Tactic> tacticsActive;
    final Map<String, ImmutableList<Tactic>> tacticsOf = new HashMap<>();
    final ImmutableListMultimap<String, Technique> techniquesOf;
    final ImmutableListMultimap<String, Technique> subTechniques;
    final Map<String, Technique> parent = new HashMap<>();
    final ImmutableSet<String> domains;
    final ImmutableListMultimap<String, DetectionStrategy> strategiesReading;

    Index(List<StixBundle> bundles) {
      int objects = bundles.stream().mapToInt(bundle -> bundle.objects().size()).sum();
      byStixId = new HashMap<>(objects + objects / 2);
      all = firstOfEachId(bundles);
      // The adjacency lists are the largest part, so they are built on a second core if there
      // is one, while this thread builds the rest. Both only read what is built above.
      ForkJoinTask<Adjacency> adjacency = ForkJoinPool.commonPool().submit(this::adjacencyLists);
      try {
        active = all.stream().filter(this::isLive).collect(ImmutableList.toImmutableList());
        allByClass = byClass(all);
        activeByClass = byClass(active);
        domains = active.stream().filter(o -> o instanceof Tactic || o instanceof Matrix)
            .flatMap(o -> o.domains().stream())
            .collect(ImmutableSet.toImmutableSet());
        List<AttackObject> lookupOrder = lookupOrder();
        byAttackId = lookupIndex(lookupOrder, true);
        byName = lookupIndex(lookupOrder, false);

        indexRevocations();

        tacticsAll = orderedTactics(false);
        tacticsActive = tacticsAll.stream().filter(AttackObject::isActive)
            .collect(ImmutableList.toImmutableList());
        techniquesOf = indexTactics();
        subTechniques = indexSubTechniques();
        strategiesReading = indexStrategiesByComponent();
      } catch (RuntimeException | Error e) {
        adjacency.cancel(false);
        throw e;
      }
      Adjacency lists = adjacency.join();
      outgoing = lists.outgoing();
      incoming = lists.incoming();
    }

    /** Active detection strategies by the STIX ids of the data components their analytics read. */
    private ImmutableListMultimap<String, DetectionStrategy> indexStrategiesByComponent() {
      ImmutableListMultimap.Builder<String, DetectionStrategy> index =
          ImmutableListMultimap.builder();
      for (AttackObject object : active) {
        if (object instanceof DetectionStrategy strategy) {
          Set<String> components = new LinkedHashSet<>();
          for (String ref : strategy.analyticRefs()) {
            if (byStixId.get(ref) instanceof Analytic analytic && analytic.isActive()) {
              analytic.logSourceReferences().forEach(r -> components.add(r.dataComponentRef()));
            }
          }
          components.forEach(component -> index.put(component, strategy));
        }
      }
      return index.build();
    }

    /** Every object once, the first of each STIX id in bundle order. */
    private ImmutableList<AttackObject> firstOfEachId(List<StixBundle> bundles) {
      ImmutableList.Builder<AttackObject> objects = ImmutableList.builder();
      for (StixBundle bundle : bundles) {
        for (AttackObject object : bundle.objects()) {
          if (byStixId.putIfAbsent(object.stixId(), object) == null) {
            objects.add(object);
          }
        }
      }
      return objects.build();
    }

    private void indexRevocations() {
      for (AttackObject object : all) {
        if (object instanceof Relationship r && r.relationshipType().equals("revoked-by")) {
          revokedBy.put(r.sourceRef(), r.targetRef());
        }
      }
    }

    /** Relationship lists by source and by target STIX id. */
    private record Adjacency(ImmutableListMultimap<String, Relationship> outgoing,
        ImmutableListMultimap<String, Relationship> incoming) {}

    /** Builds the outgoing and the incoming adjacency lists. */
    private Adjacency adjacencyLists() {
      List<AttackObject> nodes = new ArrayList<>();
      List<Relationship> edges = new ArrayList<>();
      for (AttackObject object : all) {
        if (object instanceof Relationship r) {
          if (isLive(r) && !r.relationshipType().equals("revoked-by")) {
            edges.add(r);
          }
        } else if (object.isActive()) {
          nodes.add(object);
        }
      }
      Map<String, Integer> labelRank = labelRanks(nodes);
      return new Adjacency(adjacency(true, edges, labelRank), adjacency(false, edges, labelRank));
    }

    /**
     * Lists live relationships other than revocations by their source (or target) STIX id,
     * each list ordered by the label of the object at the other end, and relationships whose
     * other end is a relationship last. Relationships are placed in buckets by the rank of that
     * label, so no list needs sorting; equal labels keep bundle order.
     */
    private static ImmutableListMultimap<String, Relationship> adjacency(boolean bySource,
        List<Relationship> edges, Map<String, Integer> labelRank) {
      // One bucket per rank, and a last one for relationships between relationships.
      int last = labelRank.size();
      List<List<Relationship>> buckets = new ArrayList<>(last + 1);
      for (int i = 0; i <= last; i++) {
        buckets.add(null);
      }
      for (Relationship r : edges) {
        int rank = labelRank.getOrDefault(bySource ? r.targetRef() : r.sourceRef(), last);
        List<Relationship> bucket = buckets.get(rank);
        if (bucket == null) {
          bucket = new ArrayList<>(4);
          buckets.set(rank, bucket);
        }
        bucket.add(r);
      }
      ImmutableListMultimap.Builder<String, Relationship> index = ImmutableListMultimap.builder();
      for (List<Relationship> bucket : buckets) {
        if (bucket != null) {
          for (Relationship r : bucket) {
            index.put(bySource ? r.sourceRef() : r.targetRef(), r);
          }
        }
      }
      return index.build();
    }

    /**
     * Returns, by STIX id, the rank of each object's label in sorted order. Equal labels share a
     * rank.
     */
    private static Map<String, Integer> labelRanks(List<AttackObject> objects) {
      List<String> labels = new ArrayList<>(objects.size());
      Integer[] order = new Integer[objects.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
        labels.add(objects.get(i).label());
      }
      Arrays.sort(order, Comparator.comparing(labels::get));
      Map<String, Integer> ranks = new HashMap<>(objects.size() * 2);
      int rank = -1;
      String previous = null;
      for (Integer i : order) {
        String label = labels.get(i);
        if (!label.equals(previous)) {
          rank++;
          previous = label;
        }
        ranks.put(objects.get(i).stixId(), rank);
      }
      return ranks;
    }

    /** Active, and for a relationship, both ends present and active. */
    private boolean isLive(AttackObject object) {
      if (!object.isActive()) {
        return false;
      }
      if (object instanceof Relationship r) {
        AttackObject source = byStixId.get(r.sourceRef());
        AttackObject target = byStixId.get(r.targetRef());
        return source != null && target != null && source.isActive() && target.isActive();
      }
      return true;
    }

    private static ImmutableMap<Class<?>, ImmutableList<AttackObject>> byClass(
        List<AttackObject> objects) {
      Map<Class<?>, ImmutableList.Builder<AttackObject>> builders = new LinkedHashMap<>();
      for (AttackObject object : objects) {
        builders.computeIfAbsent(object.objectType().valueClass(), c -> ImmutableList.builder())
            .add(object);
      }
      ImmutableMap.Builder<Class<?>, ImmutableList<AttackObject>> result = ImmutableMap.builder();
      builders.forEach((type, list) -> result.put(type, list.build()));
      return result.buildOrThrow();
    }

    static String nameKey(String name) {
      return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Lists the objects other than relationships: active objects first, then by kind. */
    private List<AttackObject> lookupOrder() {
      List<AttackObject> ordered = new ArrayList<>(all);
      ordered.removeIf(o -> o instanceof Relationship);
      ordered.sort(Comparator.comparing((AttackObject o) -> !o.isActive())
          .thenComparing(AttackObject::objectType));
      return ordered;
    }

    /** Maps ids or names to objects, in the given order. */
    private static ImmutableListMultimap<String, AttackObject> lookupIndex(
        List<AttackObject> ordered, boolean ids) {
      ImmutableListMultimap.Builder<String, AttackObject> index = ImmutableListMultimap.builder();
      for (AttackObject object : ordered) {
        if (ids) {
          object.attackId().ifPresent(id -> index.put(id.toUpperCase(Locale.ROOT), object));
        } else {
          Set<String> keys = new LinkedHashSet<>();
          if (!object.name().isEmpty()) {
            keys.add(nameKey(object.name()));
          }
          object.aliases().forEach(alias -> keys.add(nameKey(alias)));
          keys.forEach(key -> index.put(key, object));
        }
      }
      return index.build();
    }

    /** Tactics in the order of the matrices that list them, then any others by name. */
    private ImmutableList<Tactic> orderedTactics(boolean activeOnly) {
      Set<Tactic> ordered = new LinkedHashSet<>();
      List<Matrix> matrices = new ArrayList<>();
      all.forEach(o -> {
        if (o instanceof Matrix m) {
          matrices.add(m);
        }
      });
      matrices.sort(Comparator.comparing(m -> !m.isActive()));
      for (Matrix matrix : matrices) {
        for (String ref : matrix.tacticRefs()) {
          if (byStixId.get(ref) instanceof Tactic tactic) {
            ordered.add(tactic);
          }
        }
      }
      all.stream().filter(o -> o instanceof Tactic).map(Tactic.class::cast)
          .sorted(Comparator.comparing(Tactic::name)).forEach(ordered::add);
      return ordered.stream().filter(t -> !activeOnly || t.isActive())
          .collect(ImmutableList.toImmutableList());
    }

    private ImmutableListMultimap<String, Technique> indexTactics() {
      Map<String, Tactic> byPhase = new HashMap<>();
      Map<Tactic, Integer> order = new HashMap<>();
      for (Tactic tactic : tacticsAll) {
        order.put(tactic, order.size());
        for (String domain : tactic.domains().isEmpty() ? List.of("") : tactic.domains()) {
          byPhase.putIfAbsent(killChainOf(domain) + ":" + tactic.shortName(), tactic);
        }
        byPhase.putIfAbsent(":" + tactic.shortName(), tactic);
      }
      ImmutableListMultimap.Builder<String, Technique> techniques = ImmutableListMultimap.builder();
      for (AttackObject object : all) {
        if (object instanceof Technique technique) {
          Set<Tactic> tactics = new LinkedHashSet<>();
          for (KillChainPhase phase : technique.killChainPhases()) {
            Tactic tactic = byPhase.getOrDefault(phase.killChainName() + ":" + phase.phaseName(),
                byPhase.get(":" + phase.phaseName()));
            if (tactic != null && (tactic.isActive() || !technique.isActive())) {
              tactics.add(tactic);
            }
          }
          List<Tactic> sorted = new ArrayList<>(tactics);
          sorted.sort(Comparator.comparing(order::get));
          tacticsOf.put(technique.stixId(), ImmutableList.copyOf(sorted));
          if (technique.isActive()) {
            sorted.forEach(t -> techniques.put(t.stixId(), technique));
          }
        }
      }
      return techniques.build();
    }

    private static String killChainOf(String domain) {
      return switch (domain) {
        case "mobile-attack" -> "mitre-mobile-attack";
        case "ics-attack" -> "mitre-ics-attack";
        case "pre-attack" -> "mitre-pre-attack";
        default -> "mitre-attack";
      };
    }

    private ImmutableListMultimap<String, Technique> indexSubTechniques() {
      Map<String, List<Technique>> children = new HashMap<>();
      for (AttackObject object : all) {
        if (object instanceof Relationship r && r.relationshipType().equals("subtechnique-of")
            && byStixId.get(r.sourceRef()) instanceof Technique child
            && byStixId.get(r.targetRef()) instanceof Technique parentTechnique) {
          if (r.isActive()) {
            parent.putIfAbsent(child.stixId(), parentTechnique);
          }
          if (isLive(r)) {
            children.computeIfAbsent(parentTechnique.stixId(), k -> new ArrayList<>()).add(child);
          }
        }
      }
      ImmutableListMultimap.Builder<String, Technique> result = ImmutableListMultimap.builder();
      children.forEach((parentId, list) -> {
        list.sort(Comparator.comparing(AttackObject::label));
        result.putAll(parentId, list);
      });
      return result.build();
    }
  }
}
