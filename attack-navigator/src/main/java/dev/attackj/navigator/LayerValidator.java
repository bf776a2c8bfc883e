package dev.attackj.navigator;

import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.Problem.Severity;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validator of layers against a {@link KnowledgeBase}. It finds unknown technique IDs, revoked
 * IDs (naming the replacement), deprecated IDs and tactics a technique is not in. It also finds
 * colors the Navigator would not understand, unusable gradients, scores outside the gradient and
 * links that are not http or https. Finally, it reports a domain or ATT&CK version that does not
 * match the knowledge base.
 *
 * <pre>{@code
 * LayerValidation result = LayerValidator.of(kb).withMigrateRevoked(true).validate(layer);
 * result.problems().forEach(System.out::println);
 * }</pre>
 */
public final class LayerValidator {

  private final KnowledgeBase kb;
  private final boolean migrateRevoked;
  private final String source;
  private final Optional<String> release;

  private LayerValidator(KnowledgeBase kb, boolean migrateRevoked, String source,
      Optional<String> release) {
    this.kb = kb;
    this.migrateRevoked = migrateRevoked;
    this.source = source;
    this.release = release;
  }

  /** Returns a validator that reports revoked IDs and leaves them in the layer. */
  public static LayerValidator of(KnowledgeBase kb) {
    return new LayerValidator(kb, false, "", kb.release());
  }

  /**
   * Returns a copy of this validator that replaces revoked IDs by their replacements when
   * {@code migrate} is true.
   */
  public LayerValidator withMigrateRevoked(boolean migrate) {
    return new LayerValidator(kb, migrate, source, release);
  }

  /** Returns a copy of this validator whose findings name this file. */
  public LayerValidator withSource(String file) {
    return new LayerValidator(kb, migrateRevoked, file, release);
  }

  /**
   * Returns a copy of this validator that compares layer versions with this ATT&CK release, such
   * as {@code 18.1}, for knowledge bases read from bundles that do not say their release.
   */
  public LayerValidator withRelease(String attackRelease) {
    return new LayerValidator(kb, migrateRevoked, source, Optional.of(attackRelease));
  }

  /**
   * Validates every layer of a file, placing each finding by file, line, column and JSON Pointer
   * in the file as read.
   */
  public List<LayerValidation> validate(LayerFile file) {
    List<LayerValidation> results = new ArrayList<>();
    for (int i = 0; i < file.layers().size(); i++) {
      LayerValidation validation = withSource(file.source()).validate(file.layers().get(i));
      List<Problem> placed = new ArrayList<>();
      for (Problem problem : validation.problems()) {
        String pointer = file.pointerInFile(i, problem.pointer().orElse(""));
        ImmutableProblem.Builder moved = Problem.builder().from(problem);
        moved.pointer(pointer.isEmpty() ? Optional.empty() : Optional.of(pointer));
        file.json().flatMap(json -> json.location(pointer))
            .ifPresent(place -> moved.line(place[0]).column(place[1]));
        placed.add(moved.build());
      }
      results.add(ImmutableLayerValidation.copyOf(validation).withProblems(placed));
    }
    return results;
  }

  /** Validates a layer. */
  public LayerValidation validate(Layer layer) {
    List<Problem> problems = new ArrayList<>();
    checkDomainAndVersion(layer, problems);
    checkGradient(layer.gradient(), problems);
    checkLayerColors(layer, problems);
    checkLinks(layer.links(), "", null, problems);

    List<TechniqueEntry> entries = new ArrayList<>();
    for (int i = 0; i < layer.techniques().size(); i++) {
      entries.add(checkEntry(layer, layer.techniques().get(i), "/techniques/" + i, problems));
    }
    Layer result = migrateRevoked ? Layer.builder().from(layer).techniques(entries).build()
        : layer;
    return ImmutableLayerValidation.builder().layer(result).problems(problems).build();
  }

  private void checkDomainAndVersion(Layer layer, List<Problem> problems) {
    if (!kb.domains().contains(layer.domain())) {
      problems.add(problem("/domain", null, Severity.ERROR, "layer domain \"" + layer.domain()
          + "\" does not match the knowledge base, which contains " + kb.domains()));
    }
    Optional<String> expected = release.map(LayerBuilder::majorVersion);
    Optional<String> actual = layer.versions().attack().map(LayerBuilder::majorVersion);
    if (expected.isPresent() && actual.isPresent() && !expected.equals(actual)) {
      problems.add(problem("/versions/attack", null, Severity.WARNING, "layer is for ATT&CK "
          + layer.versions().attack().get() + " but the knowledge base is release "
          + release.orElse("?") + "; IDs and tactics may differ"));
    }
  }

  private void checkGradient(Gradient gradient, List<Problem> problems) {
    if (gradient.colors().size() < 2) {
      problems.add(problem("/gradient/colors", null, Severity.ERROR, "gradient has "
          + gradient.colors().size() + " colors and needs at least two"));
    }
    for (int i = 0; i < gradient.colors().size(); i++) {
      String color = gradient.colors().get(i);
      if (!CssColor.isValid(color)) {
        problems.add(problem("/gradient/colors/" + i, null, Severity.ERROR,
            "gradient color \"" + color + "\" is not a color the Navigator understands"));
      }
    }
    if (gradient.minValue().compareTo(gradient.maxValue()) >= 0) {
      problems.add(problem("/gradient", null, Severity.ERROR, "gradient minValue "
          + gradient.minValue().toPlainString() + " must be less than maxValue "
          + gradient.maxValue().toPlainString()));
    }
  }

  private void checkLayerColors(Layer layer, List<Problem> problems) {
    if (!CssColor.isValid(layer.tacticRowBackground())) {
      problems.add(problem("/tacticRowBackground", null, Severity.WARNING,
          "tacticRowBackground \"" + layer.tacticRowBackground()
              + "\" is not a color the Navigator understands"));
    }
    for (int i = 0; i < layer.legendItems().size(); i++) {
      LegendItem item = layer.legendItems().get(i);
      if (!CssColor.isValid(item.color())) {
        problems.add(problem("/legendItems/" + i + "/color", item.label(), Severity.WARNING,
            "legend color \"" + item.color() + "\" is not a color the Navigator understands"));
      }
    }
    Set<String> platforms = kb.techniques().stream()
        .filter(t -> t.domains().contains(layer.domain()))
        .flatMap(t -> t.platforms().stream()).collect(Collectors.toSet());
    for (int i = 0; i < layer.filters().platforms().size(); i++) {
      String platform = layer.filters().platforms().get(i);
      if (!platforms.isEmpty() && !platforms.contains(platform)) {
        problems.add(problem("/filters/platforms/" + i, platform, Severity.WARNING,
            "platform \"" + platform + "\" has no techniques in " + layer.domain()));
      }
    }
  }

  private void checkLinks(List<Link> links, String pointer, String objectId,
      List<Problem> problems) {
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      if (!link.isDivider() && !SafeText.isWebUrl(link.url())) {
        problems.add(problem(pointer + "/links/" + i, objectId, Severity.WARNING,
            "link \"" + link.label() + "\" has URL \"" + link.url()
                + "\", which is not http or https; pictures leave it out"));
      }
    }
  }

  private TechniqueEntry checkEntry(Layer layer, TechniqueEntry entry, String pointer,
      List<Problem> problems) {
    String id = entry.techniqueId();
    checkLinks(entry.links(), pointer, id, problems);
    if (!entry.color().isEmpty() && !CssColor.isValid(entry.color())) {
      problems.add(problem(pointer + "/color", id, Severity.WARNING, "technique color \""
          + entry.color() + "\" is not a color the Navigator understands"));
    }
    checkScore(layer.gradient(), entry, pointer, problems);
    if (TechniqueId.tryParse(id).isEmpty()) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.ERROR,
          "technique ID \"" + id + "\" must look like T1059 or T1059.001"));
      return entry;
    }
    Optional<Technique> found = kb.byAttackId(id).stream()
        .filter(Technique.class::isInstance).map(Technique.class::cast).findFirst();
    if (found.isEmpty()) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.ERROR,
          "technique " + id + " is not in the knowledge base"));
      return entry;
    }
    Technique technique = found.get();
    if (!technique.domains().isEmpty() && !technique.domains().contains(layer.domain())) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.ERROR, "technique " + id
          + " belongs to " + technique.domains() + ", not to " + layer.domain()));
    }
    if (technique.isRevoked()) {
      return checkRevoked(entry, technique, pointer, problems);
    }
    if (technique.isDeprecated()) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.WARNING,
          "technique " + technique + " is deprecated and has no replacement"));
      return entry;
    }
    checkTactic(entry, technique, pointer, problems);
    return entry;
  }

  private TechniqueEntry checkRevoked(TechniqueEntry entry, Technique technique, String pointer,
      List<Problem> problems) {
    String id = entry.techniqueId();
    Optional<Technique> replacement = kb.replacementOf(technique)
        .filter(Technique.class::isInstance).map(Technique.class::cast);
    if (replacement.isEmpty() || replacement.get().attackId().isEmpty()) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.WARNING,
          "technique " + id + " is revoked and has no replacement"));
      return entry;
    }
    String newId = replacement.get().attackId().get();
    if (!migrateRevoked) {
      problems.add(problem(pointer + "/techniqueID", id, Severity.WARNING,
          "technique " + id + " is revoked; its replacement is " + replacement.get()));
      return entry;
    }
    ImmutableTechniqueEntry.Builder migrated = TechniqueEntry.builder().from(entry)
        .techniqueId(newId);
    String note = "replaced revoked technique " + id + " by " + replacement.get();
    if (entry.tactic().isPresent() && !tacticNames(replacement.get())
        .contains(entry.tactic().get())) {
      migrated.tactic(Optional.empty());
      note += "; tactic \"" + entry.tactic().get() + "\" is not one of "
          + newId + "'s, so the entry now applies to all of them";
    }
    problems.add(problem(pointer + "/techniqueID", id, Severity.INFO, note));
    return migrated.build();
  }

  private void checkTactic(TechniqueEntry entry, Technique technique, String pointer,
      List<Problem> problems) {
    if (entry.tactic().isEmpty()) {
      return;
    }
    Set<String> tactics = tacticNames(technique);
    String tactic = entry.tactic().get();
    if (!tactics.contains(tactic)) {
      problems.add(problem(pointer + "/tactic", entry.techniqueId(), Severity.ERROR,
          "technique " + technique + " is not in tactic \"" + tactic + "\"; its tactics are "
              + tactics));
    }
  }

  private void checkScore(Gradient gradient, TechniqueEntry entry, String pointer,
      List<Problem> problems) {
    if (entry.score().isEmpty()) {
      return;
    }
    BigDecimal score = entry.score().get();
    if (score.compareTo(gradient.minValue()) < 0 || score.compareTo(gradient.maxValue()) > 0) {
      problems.add(problem(pointer + "/score", entry.techniqueId(), Severity.WARNING,
          "score " + score.toPlainString() + " is outside the gradient "
              + gradient.minValue().toPlainString() + ".." + gradient.maxValue().toPlainString()
              + " and shows the color of the nearest end"));
    }
  }

  private Set<String> tacticNames(Technique technique) {
    Set<String> names = new LinkedHashSet<>();
    kb.tacticsOf(technique).stream().map(Tactic::shortName).forEach(names::add);
    if (names.isEmpty()) {
      names.addAll(technique.tacticShortNames());
    }
    return names;
  }

  private Problem problem(String pointer, String objectId, Severity severity, String message) {
    ImmutableProblem.Builder problem = Problem.builder().file(source).pointer(pointer)
        .severity(severity).message(message);
    if (objectId != null) {
      problem.objectId(objectId);
    }
    return problem.build();
  }
}
