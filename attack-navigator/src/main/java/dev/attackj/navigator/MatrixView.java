package dev.attackj.navigator;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the Navigator shows for a layer: the tactics of its domain as columns in matrix order,
 * each with its visible techniques sorted as the layer sets, the sub-techniques that are
 * expanded, and the color and text of every cell.
 */
final class MatrixView {

  /** A technique or sub-technique as drawn under one tactic. */
  static final class Cell {
    final Technique technique;
    final Optional<TechniqueEntry> entry;
    final Optional<BigDecimal> score;
    final Optional<String> background;
    final boolean enabled;
    final List<Cell> subtechniques;

    Cell(Technique technique, Optional<TechniqueEntry> entry, Optional<BigDecimal> score,
        Optional<String> background, boolean enabled, List<Cell> subtechniques) {
      this.technique = technique;
      this.entry = entry;
      this.score = score;
      this.background = background;
      this.enabled = enabled;
      this.subtechniques = subtechniques;
    }

    String id() {
      return technique.attackId().orElse("");
    }
  }

  /** A tactic column. */
  static final class Column {
    final Tactic tactic;
    final List<Cell> cells;

    Column(Tactic tactic, List<Cell> cells) {
      this.tactic = tactic;
      this.cells = cells;
    }
  }

  final Layer layer;
  final List<Column> columns;
  final Optional<String> release;

  private MatrixView(Layer layer, List<Column> columns, Optional<String> release) {
    this.layer = layer;
    this.columns = columns;
    this.release = release;
  }

  static MatrixView of(KnowledgeBase kb, Layer layer) {
    Builder builder = new Builder(kb, layer);
    List<Column> columns = new ArrayList<>();
    for (Tactic tactic : kb.tactics()) {
      if (tactic.domains().contains(layer.domain())) {
        List<Cell> cells = builder.cells(tactic);
        if (!cells.isEmpty()) {
          columns.add(new Column(tactic, cells));
        }
      }
    }
    return new MatrixView(layer, columns, kb.release());
  }

  /** The IDs of every technique and sub-technique cell drawn. */
  List<String> visibleIds() {
    List<String> ids = new ArrayList<>();
    for (Column column : columns) {
      for (Cell cell : column.cells) {
        ids.add(cell.id());
        cell.subtechniques.forEach(sub -> ids.add(sub.id()));
      }
    }
    return ids;
  }

  /** Computes cells for one tactic from the layer's entries, filters, sorting and layout. */
  private static final class Builder {
    private final KnowledgeBase kb;
    private final Layer layer;
    private final Collator collator = Collator.getInstance(Locale.ENGLISH);

    Builder(KnowledgeBase kb, Layer layer) {
      this.kb = kb;
      this.layer = layer;
    }

    List<Cell> cells(Tactic tactic) {
      List<Cell> cells = new ArrayList<>();
      for (Technique technique : kb.techniquesOf(tactic)) {
        if (technique.isSubTechnique() || !matchesPlatforms(technique)) {
          continue;
        }
        Cell cell = cell(technique, tactic);
        if (layer.hideDisabled() && !cell.enabled
            && cell.subtechniques.stream().noneMatch(sub -> sub.enabled)) {
          continue;
        }
        cells.add(cell);
      }
      cells.sort(order());
      return cells;
    }

    private Cell cell(Technique technique, Tactic tactic) {
      Optional<TechniqueEntry> entry = entry(technique, tactic);
      List<Technique> subtechniques = kb.subTechniquesOf(technique).stream()
          .filter(this::matchesPlatforms).collect(Collectors.toList());
      List<Cell> subCells = new ArrayList<>();
      boolean anySubAnnotated = false;
      for (Technique subtechnique : subtechniques) {
        Optional<TechniqueEntry> subEntry = entry(subtechnique, tactic);
        anySubAnnotated |= subEntry.map(TechniqueEntry::isAnnotated).orElse(false);
        Cell subCell = leaf(subtechnique, subEntry, subEntry.flatMap(TechniqueEntry::score));
        if (!layer.hideDisabled() || subCell.enabled) {
          subCells.add(subCell);
        }
      }
      Optional<BigDecimal> score = entry.flatMap(TechniqueEntry::score);
      Layout layout = layer.layout();
      if (layout.showAggregateScores() && !kb.subTechniquesOf(technique).isEmpty()) {
        score = layer.aggregateScore(kb, technique, tactic.shortName());
      }
      boolean expanded = layout.expandedSubtechniques() == SubtechniqueExpansion.ALL
          || entry.map(TechniqueEntry::showSubtechniques).orElse(false)
          || (layout.expandedSubtechniques() == SubtechniqueExpansion.ANNOTATED
              && anySubAnnotated);
      subCells.sort(subOrder());
      Cell parent = leaf(technique, entry, score);
      return new Cell(technique, entry, score, parent.background, parent.enabled,
          expanded ? subCells : List.of());
    }

    private Cell leaf(Technique technique, Optional<TechniqueEntry> entry,
        Optional<BigDecimal> score) {
      Optional<String> background = entry.map(TechniqueEntry::color)
          .filter(color -> !color.isEmpty()).flatMap(CssColor::toHex);
      if (background.isEmpty()) {
        background = score.flatMap(value -> layer.gradient().colorOf(value));
      }
      boolean enabled = entry.map(TechniqueEntry::enabled).orElse(true);
      return new Cell(technique, entry, score, background, enabled, List.of());
    }

    private Optional<TechniqueEntry> entry(Technique technique, Tactic tactic) {
      return technique.attackId().flatMap(id -> layer.entryFor(id, tactic.shortName()));
    }

    private boolean matchesPlatforms(Technique technique) {
      List<String> platforms = layer.filters().platforms();
      return platforms.isEmpty() || technique.platforms().stream().anyMatch(platforms::contains);
    }

    private Comparator<Cell> order() {
      Comparator<Cell> byName = (a, b) -> collator.compare(a.technique.name(), b.technique.name());
      Comparator<Cell> byScore = Comparator.comparing(
          cell -> cell.score.map(BigDecimal::doubleValue).orElse(Double.NEGATIVE_INFINITY));
      return sorted(byName, byScore);
    }

    private Comparator<Cell> subOrder() {
      Comparator<Cell> byName = (a, b) -> collator.compare(a.technique.name(), b.technique.name());
      Comparator<Cell> byScore = Comparator.comparing(
          cell -> cell.score.map(BigDecimal::doubleValue).orElse(0.0));
      return sorted(byName, byScore);
    }

    private Comparator<Cell> sorted(Comparator<Cell> byName, Comparator<Cell> byScore) {
      return switch (layer.sorting()) {
        case NAME_ASCENDING -> byName;
        case NAME_DESCENDING -> byName.reversed();
        case SCORE_ASCENDING -> byScore.thenComparing(byName);
        case SCORE_DESCENDING -> byScore.reversed().thenComparing(byName);
      };
    }
  }
}
