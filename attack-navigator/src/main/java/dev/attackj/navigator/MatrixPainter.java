package dev.attackj.navigator;

import dev.attackj.navigator.Canvas.Anchor;
import dev.attackj.navigator.MatrixView.Cell;
import dev.attackj.navigator.MatrixView.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws a {@link MatrixView} the way the Navigator exports a layer as SVG: a header with the
 * layer's name and description, its domain and version, its legend and gradient, then one column
 * per tactic with a row per technique and its expanded sub-techniques indented below it. A cell
 * shows the ID and name joined by a colon, as the layout selects, in white or black on its fill.
 * A disabled cell is white with grey text.
 */
final class MatrixPainter {

  static final double MARGIN = 10;
  static final double HEADER_HEIGHT = 96;
  static final double TACTIC_HEIGHT = 34;

  private final MatrixView view;
  private final Layer layer;
  private final boolean mini;
  private final double columnWidth;
  private final double cellHeight;

  MatrixPainter(MatrixView view) {
    this.view = view;
    this.layer = view.layer;
    this.mini = layer.layout().layout() == MatrixLayout.MINI;
    this.columnWidth = mini ? 64 : 150;
    this.cellHeight = mini ? 10 : 18;
  }

  double width() {
    return Math.max(640, 2 * MARGIN + view.columns.size() * (columnWidth + 4));
  }

  double height() {
    double tallest = 0;
    for (Column column : view.columns) {
      double height = 0;
      for (Cell cell : column.cells) {
        height += cellHeight + cell.subtechniques.size() * cellHeight;
      }
      tallest = Math.max(tallest, height);
    }
    return MARGIN + HEADER_HEIGHT + TACTIC_HEIGHT + tallest + MARGIN;
  }

  void paint(Canvas canvas) {
    paintHeader(canvas);
    double x = MARGIN;
    for (Column column : view.columns) {
      paintColumn(canvas, column, x);
      x += columnWidth + 4;
    }
  }

  private void paintHeader(Canvas canvas) {
    double width = width() - 2 * MARGIN;
    double layerWidth = width * 0.45;
    double domainWidth = width * 0.2;
    double legendWidth = width - layerWidth - domainWidth - 8;
    double top = MARGIN;
    double height = HEADER_HEIGHT - 10;

    box(canvas, MARGIN, top, layerWidth, height, "layer");
    canvas.text(MARGIN + 6, top + 30, fit(layer.name(), layerWidth - 12, 13), 13, "#000000",
        true, Anchor.START);
    List<String> lines = wrap(layer.description(), layerWidth - 12, 10, 4);
    for (int i = 0; i < lines.size(); i++) {
      canvas.text(MARGIN + 6, top + 46 + i * 12, lines.get(i), 10, "#333333", false,
          Anchor.START);
    }

    double domainX = MARGIN + layerWidth + 4;
    box(canvas, domainX, top, domainWidth, height, "domain");
    canvas.text(domainX + 6, top + 30, fit(domainName(), domainWidth - 12, 11), 11, "#000000",
        true, Anchor.START);
    String version = layer.versions().attack().or(() -> view.release).map(v -> "ATT&CK v" + v)
        .orElse("ATT&CK");
    canvas.text(domainX + 6, top + 44, fit(version, domainWidth - 12, 10), 10, "#333333",
        false, Anchor.START);
    if (!layer.filters().platforms().isEmpty()) {
      List<String> platforms = wrap("platforms: " + String.join(", ",
          layer.filters().platforms()), domainWidth - 12, 9, 3);
      for (int i = 0; i < platforms.size(); i++) {
        canvas.text(domainX + 6, top + 58 + i * 11, platforms.get(i), 9, "#333333", false,
            Anchor.START);
      }
    }

    double legendX = domainX + domainWidth + 4;
    box(canvas, legendX, top, legendWidth, height, "legend");
    paintLegend(canvas, legendX, top, legendWidth);
  }

  private void paintLegend(Canvas canvas, double x, double top, double width) {
    double y = top + 20;
    boolean scored = layer.techniques().stream().anyMatch(entry -> entry.score().isPresent());
    if (scored && layer.gradient().isUsable()) {
      List<String> colors = layer.gradient().colors().stream()
          .map(color -> CssColor.onWhite(color, "#ffffff")).collect(Collectors.toList());
      canvas.gradient(x + 6, y, Math.min(160, width - 12), 10, colors);
      canvas.text(x + 6, y + 21, number(layer.gradient().minValue()), 9, "#333333", false,
          Anchor.START);
      canvas.text(x + 6 + Math.min(160, width - 12), y + 21,
          number(layer.gradient().maxValue()), 9, "#333333", false, Anchor.END);
      y += 28;
    }
    double itemWidth = Math.max(100, (width - 12) / 2);
    int perRow = Math.max(1, (int) ((width - 12) / itemWidth));
    int shown = 0;
    for (LegendItem item : layer.legendItems()) {
      int row = shown / perRow;
      double itemY = y + row * 13;
      if (itemY + 10 > top + HEADER_HEIGHT - 12) {
        break;
      }
      double itemX = x + 6 + (shown % perRow) * itemWidth;
      canvas.rect(itemX, itemY, 9, 9, CssColor.onWhite(item.color(), "#ffffff"), "#666666");
      canvas.text(itemX + 13, itemY + 8, fit(item.label(), itemWidth - 18, 9), 9, "#000000",
          false, Anchor.START);
      shown++;
    }
  }

  private void paintColumn(Canvas canvas, Column column, double x) {
    double top = MARGIN + HEADER_HEIGHT;
    String background = layer.showTacticRowBackground()
        ? CssColor.onWhite(layer.tacticRowBackground(), "#dddddd") : "#ffffff";
    String ink = CssColor.readableOn(background);
    canvas.beginGroup(column.tactic.label() + " " + column.tactic.name(),
        column.tactic.url());
    canvas.rect(x, top, columnWidth, TACTIC_HEIGHT - 4, background, "#999999");
    String title = layer.layout().showId() && !mini
        ? column.tactic.label() + " " + column.tactic.name() : column.tactic.name();
    double size = mini ? 8 : 11;
    canvas.text(x + columnWidth / 2, top + 13, fit(title, columnWidth - 6, size), size, ink,
        true, Anchor.MIDDLE);
    canvas.text(x + columnWidth / 2, top + 25, column.cells.size() + " techniques", mini ? 7 : 9,
        ink, false, Anchor.MIDDLE);
    canvas.endGroup();

    double y = top + TACTIC_HEIGHT;
    for (Cell cell : column.cells) {
      paintCell(canvas, cell, x, y, 0);
      y += cellHeight;
      for (Cell subtechnique : cell.subtechniques) {
        paintCell(canvas, subtechnique, x, y, mini ? 4 : 10);
        y += cellHeight;
      }
    }
  }

  private void paintCell(Canvas canvas, Cell cell, double x, double y, double indent) {
    String fill = cell.enabled ? cell.background.orElse("#ffffff") : "#ffffff";
    String ink = cell.enabled ? CssColor.readableOn(fill) : "#aaaaaa";
    canvas.beginGroup(tooltip(cell), cell.entry.flatMap(MatrixPainter::firstWebLink));
    canvas.rect(x + indent, y, columnWidth - indent, cellHeight, fill, "#cccccc");
    String text = cellText(cell);
    if (!text.isEmpty()) {
      double size = indent > 0 ? 8 : 9;
      canvas.text(x + indent + 3, y + cellHeight - 5,
          fit(text, columnWidth - indent - 6, size), size, ink, false, Anchor.START);
    }
    canvas.endGroup();
  }

  private String cellText(Cell cell) {
    if (mini) {
      return "";
    }
    Layout layout = layer.layout();
    List<String> parts = new ArrayList<>();
    if (layout.showId()) {
      parts.add(cell.id());
    }
    if (layout.showName()) {
      parts.add(cell.technique.name());
    }
    return String.join(": ", parts);
  }

  private static String tooltip(Cell cell) {
    StringBuilder text = new StringBuilder(cell.id()).append(' ').append(cell.technique.name());
    cell.score.ifPresent(score -> text.append("\nscore: ").append(number(score)));
    cell.entry.ifPresent(entry -> {
      if (!entry.comment().isEmpty()) {
        text.append("\n").append(entry.comment());
      }
      if (!entry.enabled()) {
        text.append("\n(disabled)");
      }
      for (Metadata item : entry.metadata()) {
        text.append("\n").append(item);
      }
    });
    return text.toString();
  }

  private static Optional<String> firstWebLink(TechniqueEntry entry) {
    return entry.links().stream().filter(link -> !link.isDivider())
        .map(Link::url).filter(SafeText::isWebUrl).findFirst();
  }

  private String domainName() {
    switch (layer.domain()) {
      case "enterprise-attack":
        return "Enterprise ATT&CK";
      case "mobile-attack":
        return "Mobile ATT&CK";
      case "ics-attack":
        return "ICS ATT&CK";
      default:
        return layer.domain();
    }
  }

  private static void box(Canvas canvas, double x, double y, double width, double height,
      String label) {
    canvas.rect(x, y, width, height, "#ffffff", "#999999");
    canvas.text(x + 6, y + 12, label, 9, "#777777", false, Anchor.START);
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The average width of a character of sans-serif text, as a share of the font size. */
  private static final double CHARACTER_WIDTH = 0.56;

  /** Shortens text with an ellipsis so that it fits a width at a font size. */
  static String fit(String text, double width, double size) {
    String line = text.replaceAll("\\s+", " ").trim();
    int fits = (int) (width / (size * CHARACTER_WIDTH));
    if (line.length() <= fits) {
      return line;
    }
    return fits <= 1 ? "" : line.substring(0, fits - 1).stripTrailing() + "\u2026";
  }

  /** Breaks text into at most {@code maxLines} lines that fit a width at a font size. */
  static List<String> wrap(String text, double width, double size, int maxLines) {
    int fits = Math.max(1, (int) (width / (size * CHARACTER_WIDTH)));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > fits) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + " \u2026", width, size));
      return kept;
    }
    return lines.stream().map(l -> fit(l, width, size)).collect(Collectors.toList());
  }
}
