package dev.attackj.navigator;

import dev.attackj.core.AttackObject;
import dev.attackj.core.Campaign;
import dev.attackj.core.FileNames;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Software;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueUse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A generator of layers from a {@link KnowledgeBase}: the techniques a group, software or
 * campaign uses; the techniques several actors share; overviews that count, for each technique,
 * the groups, software, mitigations or detection strategies related to it; and one layer per
 * actor in batch.
 *
 * <pre>{@code
 * LayerGenerator generator = LayerGenerator.of(kb);
 * Layer fin7 = generator.forActor(kb.group("FIN7").orElseThrow());
 * }</pre>
 */
public final class LayerGenerator {

  /** The gradient of actor layers: white for unused, blue for used. */
  static final List<String> USED_COLORS = List.of("#ffffff", "#66b1ff");

  private static final Pattern CITATION = Pattern.compile("\\s*\\(Citation:[^)]*\\)");

  private final KnowledgeBase kb;
  private final Optional<String> attackVersion;

  private LayerGenerator(KnowledgeBase kb, Optional<String> attackVersion) {
    this.kb = kb;
    this.attackVersion = attackVersion;
  }

  /** A generator whose layers name the release of the knowledge base, when it has one. */
  public static LayerGenerator of(KnowledgeBase kb) {
    return new LayerGenerator(kb, LayerBuilder.attackVersionOf(kb));
  }

  /**
   * Returns a copy of this generator whose layers name an ATT&CK release, such as {@code 18.1},
   * for knowledge bases read from bundles that do not say their release. Layers keep the major
   * version, {@code 18}.
   */
  public LayerGenerator withAttackVersion(String release) {
    return new LayerGenerator(kb, Optional.of(LayerBuilder.majorVersion(release)));
  }

  /**
   * Generates the layer of the techniques a group, software or campaign uses itself: score 1 for each, the
   * procedure examples as comments (citations removed), and links to the ATT&CK pages of the
   * technique and the actor. The layer's domain is the actor's first domain in the knowledge
   * base, else enterprise-attack when loaded, and techniques of other domains are left out.
   *
   * @throws IllegalArgumentException if the object is not a group, software or campaign, or
   *     the knowledge base contains no domain
   */
  public Layer forActor(AttackObject actor) {
    requireActor(actor);
    String domain = domainOf(actor);
    Map<String, List<String>> procedures = new LinkedHashMap<>();
    Map<String, Technique> techniques = new LinkedHashMap<>();
    for (TechniqueUse use : kb.techniqueUses(actor)) {
      Optional<String> id = use.technique().attackId();
      if (id.isEmpty() || !use.technique().domains().contains(domain)) {
        continue;
      }
      techniques.putIfAbsent(id.get(), use.technique());
      String procedure = CITATION.matcher(use.procedure()).replaceAll("").trim();
      List<String> texts = procedures.computeIfAbsent(id.get(), unused -> new ArrayList<>());
      if (!procedure.isEmpty() && !texts.contains(procedure)) {
        texts.add(procedure);
      }
    }
    ImmutableLayer.Builder layer = actorLayer(domain, kindOf(actor) + " " + actor.label()
        + " " + actor.name(), "Techniques used by " + actor.name() + " (" + actor.label() + ")");
    techniques.forEach((id, technique) -> layer.addTechnique(TechniqueEntry.builder()
        .techniqueId(id).score(BigDecimal.ONE)
        .comment(String.join("\n\n", procedures.get(id)))
        .links(pageLink(technique).stream().collect(Collectors.toList()))
        .build()));
    layer.addLegendItem(LegendItem.of("used by " + actor.name(), USED_COLORS.get(1)));
    pageLink(actor).ifPresent(layer::addLink);
    return layer.build();
  }

  /**
   * Generates the layer of the techniques several groups, software or campaigns use. Each
   * technique is scored with how many of them use it and has their names as comment. The
   * layer's domain is chosen for the first actor as {@link #forActor} does.
   *
   * @throws IllegalArgumentException if the list is empty, an object is not a group, software
   *     or campaign, or the knowledge base contains no domain
   */
  public Layer forActors(String name, List<? extends AttackObject> actors) {
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("a layer of several actors needs at least one actor");
    }
    actors.forEach(LayerGenerator::requireActor);
    String domain = domainOf(actors.get(0));
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (AttackObject actor : actors) {
      for (Technique technique : kb.techniquesUsedBy(actor)) {
        if (!technique.domains().contains(domain)) {
          continue;
        }
        technique.attackId().ifPresent(id -> {
          List<String> names = users.computeIfAbsent(id, unused -> new ArrayList<>());
          if (!names.contains(actor.name())) {
            names.add(actor.name());
          }
        });
      }
    }
    String description = "Techniques used by " + actors.stream().map(AttackObject::name)
        .collect(Collectors.joining(", ")) + "; the score counts the actors using each";
    ImmutableLayer.Builder layer = actorLayer(domain, name, description);
    users.forEach((id, names) -> layer.addTechnique(TechniqueEntry.builder().techniqueId(id)
        .score(BigDecimal.valueOf(names.size())).comment("Used by " + String.join(", ", names))
        .build()));
    layer.gradient(Gradient.of(USED_COLORS, 0, Math.max(1, actors.size())));
    actors.forEach(actor -> pageLink(actor).ifPresent(layer::addLink));
    return layer.build();
  }

  /**
   * Generates a layer of a domain where each technique's score is the number of related groups,
   * software, mitigations or detection strategies. Techniques with none are left out.
   */
  public Layer overview(Overview kind, String domain) {
    String counted = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    ImmutableLayer.Builder layer = Layer.builder()
        .from(LayerBuilder.of(kb, domain).build()).versions(Versions.of(attackVersion))
        .name("Overview: " + counted + " per technique")
        .description("Score: the number of " + counted + " related to each technique");
    int max = 0;
    for (Technique technique : kb.techniques()) {
      if (technique.attackId().isEmpty() || !technique.domains().contains(domain)) {
        continue;
      }
      int count = count(kind, technique);
      if (count > 0) {
        max = Math.max(max, count);
        layer.addTechnique(TechniqueEntry.builder().techniqueId(technique.attackId().get())
            .score(BigDecimal.valueOf(count)).build());
      }
    }
    layer.gradient(Gradient.of(List.of("#ffffff", "#ff6666"), 0, Math.max(1, max)));
    layer.layout(Layout.builder().expandedSubtechniques(SubtechniqueExpansion.ANNOTATED)
        .showAggregateScores(true).aggregateFunction(AggregateFunction.MAX).build());
    return layer.build();
  }

  /** Generates one layer per group, software or campaign, in the given order. */
  public List<Layer> forEach(List<? extends AttackObject> actors) {
    return actors.stream().map(this::forActor).collect(Collectors.toList());
  }

  /**
   * Writes one layer per actor into a folder, named by {@link #fileName(AttackObject)}, and
   * returns the files written. Names that differ only in case get {@code -2}, {@code -3}, ...
   * so that no layer replaces another, and each file is written atomically.
   *
   * @throws IOException if the folder or a file cannot be written
   */
  public List<Path> writeEach(List<? extends AttackObject> actors, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (AttackObject actor : actors) {
      String name = FileNames.unique(fileName(actor), ".json", taken);
      Path file = FileNames.resolveWithin(folder, name);
      LayerWriter.write(forActor(actor), file);
      files.add(file);
    }
    return files;
  }

  /**
   * Returns the file name of an actor's layer, such as {@code G0046-FIN7.json}: the ID and
   * name made safe by {@link FileNames#sanitize}, so that names from a bundle cannot leave the
   * folder or name a device.
   */
  public static String fileName(AttackObject actor) {
    return FileNames.sanitize(actor.label() + "-" + actor.name(), ".json");
  }

  private int count(Overview kind, Technique technique) {
    return switch (kind) {
      case GROUPS -> kb.groupsUsing(technique).size();
      case SOFTWARE -> kb.softwareUsing(technique).size();
      case MITIGATIONS -> kb.mitigationsOf(technique).size();
      case DETECTION_STRATEGIES -> kb.detectionStrategiesOf(technique).size();
    };
  }

  /** Chooses the domain of an actor's layer among those of the knowledge base. */
  private String domainOf(AttackObject actor) {
    Optional<String> shared = actor.domains().stream().filter(kb.domains()::contains).findFirst();
    if (shared.isPresent()) {
      return shared.get();
    }
    if (kb.domains().isEmpty()) {
      throw new IllegalArgumentException("a layer of " + actor + " needs a domain, but the "
          + "knowledge base contains none; the actor's domains are " + actor.domains()
          + " and a knowledge base takes its domains from tactics and matrices");
    }
    return kb.domains().contains("enterprise-attack") ? "enterprise-attack"
        : kb.domains().iterator().next();
  }

  private ImmutableLayer.Builder actorLayer(String domain, String name, String description) {
    return Layer.builder().name(name).description(description).domain(domain)
        .versions(Versions.of(attackVersion))
        .gradient(Gradient.of(USED_COLORS, 0, 1))
        .layout(Layout.builder().expandedSubtechniques(SubtechniqueExpansion.ANNOTATED).build());
  }

  private static Optional<Link> pageLink(AttackObject object) {
    return object.url().filter(SafeText::isWebUrl)
        .map(url -> Link.of(object.label() + " " + object.name(), url));
  }

  private static String kindOf(AttackObject actor) {
    if (actor instanceof Group) {
      return "Group";
    }
    if (actor instanceof Campaign) {
      return "Campaign";
    }
    return "Software";
  }

  private static void requireActor(AttackObject actor) {
    if (!(actor instanceof Group || actor instanceof Software || actor instanceof Campaign)) {
      throw new IllegalArgumentException(actor + " is not a group, software or campaign");
    }
  }
}
