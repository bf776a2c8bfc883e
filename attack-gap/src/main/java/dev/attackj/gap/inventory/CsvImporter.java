package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads rules from CSV with a header row: a rule a row, or a rule over several rows that share
 * its id. Columns are found by their header in any case and spelling, such as {@code rule_id},
 * {@code Rule ID} or {@code id}; the technique column ({@code technique}, {@code techniques},
 * {@code technique_id}, {@code mitre_attack_id}, ...) is required. A technique cell may hold
 * several IDs separated by commas, semicolons, bars or spaces. The separator is the one of
 * {@code ,}, {@code ;} and tab found most often in the header.
 */
public final class CsvImporter extends LimitedImporter {

  private static final Pattern CELL_SEPARATOR = Pattern.compile("[,;|\\s]+");
  private static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String name : List.of("id", "ruleid", "ruleuid", "uid", "uuid", "detectionid",
        "searchid", "identifier")) {
      columns.put(name, "id");
    }
    for (String name : List.of("title", "name", "rulename", "detectionname", "searchname")) {
      columns.put(name, "title");
    }
    for (String name : List.of("technique", "techniques", "techniqueid", "techniqueids",
        "subtechnique", "subtechniques", "subtechniqueid", "mitreattackid", "mitreattackids",
        "mitretechnique", "mitretechniques", "mitreid", "attackid", "attackids",
        "attacktechnique", "attacktechniques", "mitreattack", "mitre")) {
      columns.put(name, "technique");
    }
    for (String name : List.of("tactic", "tactics", "mitretactic", "mitretactics",
        "attacktactic", "attacktactics")) {
      columns.put(name, "tactic");
    }
    for (String name : List.of("status", "maturity", "state")) {
      columns.put(name, "status");
    }
    columns.put("enabled", "enabled");
    columns.put("active", "enabled");
    columns.put("disabled", "disabled");
    for (String name : List.of("severity", "level", "priority", "risk")) {
      columns.put(name, "severity");
    }
    for (String name : List.of("platform", "platforms", "os")) {
      columns.put(name, "platform");
    }
    for (String name : List.of("logsource", "datasource", "datasources", "source", "index",
        "sourcetype")) {
      columns.put(name, "source");
    }
    for (String name : List.of("score", "detectionscore", "quality")) {
      columns.put(name, "score");
    }
    return columns;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String description() {
    return "CSV with a header row and a technique column";
  }

  @Override
  public int detect(String fileName, String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    String lower = header.toLowerCase(Locale.ROOT);
    if (!lower.contains("techni") && !lower.contains("mitre") && !lower.contains("attack")) {
      return 0;
    }
    char separator = separator(header);
    boolean technique = false;
    for (String cell : header.split(Pattern.quote(String.valueOf(separator)))) {
      technique |= "technique".equals(COLUMNS.get(key(cell)));
    }
    if (!technique) {
      return 0;
    }
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? 80 : 50;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    int end = content.indexOf('\n');
    char separator = separator(end < 0 ? content : content.substring(0, end));
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    ImmutableImportResult.Builder result = ImportResult.builder();
    try (MappingIterator<String[]> iterator =
        Parsing.mappers(limits).csv().readerFor(String[].class).with(schema).readValues(content)) {
      while (iterator.hasNextValue()) {
        if (rows.size() >= limits.maxObjects()) {
          Problem exceeded = Parsing.limitExceeded(source, "maxObjects", limits.maxObjects(),
              "the CSV file has at least " + (rows.size() + 1) + " rows");
          result.addProblem(Problem.builder().from(exceeded)
              .message(exceeded.message() + "; the rest of the file is skipped").build());
          break;
        }
        int line = iterator.getParser().currentLocation().getLineNr();
        rows.add(iterator.nextValue());
        lines.add(Math.max(line, 1));
      }
    } catch (JsonProcessingException error) {
      result.addProblem(Parsing.syntaxError(source, "CSV", error));
    } catch (IOException error) {
      result.addProblem(Parsing.problem(source, "cannot read CSV: " + error.getMessage()));
    }
    if (rows.isEmpty()) {
      return result.build();
    }
    readRows(rows, lines, source, result);
    return result.build();
  }

  private void readRows(List<String[]> rows, List<Integer> lines, String source,
      ImmutableImportResult.Builder result) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    String[] header = rows.get(0);
    for (int index = 0; index < header.length; index++) {
      String column = COLUMNS.get(key(header[index]));
      if (column != null) {
        columns.putIfAbsent(column, index);
      }
    }
    if (!columns.containsKey("technique")) {
      result.addProblem(Parsing.problem(source, 1,
          "invalid rule CSV: no technique column in the header; expected one of technique,"
              + " techniques, technique_id, mitre_attack_id"));
      return;
    }

    Map<String, ImmutableDetectionRule.Builder> rules = new LinkedHashMap<>();
    for (int row = 1; row < rows.size(); row++) {
      String[] cells = rows.get(row);
      if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
        continue;
      }
      int line = lines.get(row);
      String id = cell(cells, columns, "id").orElse("row " + line);
      ImmutableDetectionRule.Builder rule = rules.computeIfAbsent(id, key ->
          newRule(key, cells, columns, source, line, result));
      cell(cells, columns, "technique")
          .ifPresent(text -> addTechniques(text, id, source, line, rule, result));
      cell(cells, columns, "tactic").ifPresent(text -> splitCell(text).forEach(rule::addTactic));
    }
    rules.values().forEach(rule -> result.addRule(rule.build()));
  }

  private ImmutableDetectionRule.Builder newRule(String id, String[] cells,
      Map<String, Integer> columns, String source, int line,
      ImmutableImportResult.Builder result) {
    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(id).format(format()).file(source).line(line);
    cell(cells, columns, "title").ifPresent(rule::title);
    cell(cells, columns, "status").map(RuleStatus::parse).ifPresent(rule::status);
    cell(cells, columns, "severity").ifPresent(rule::severity);
    cell(cells, columns, "enabled").flatMap(Parsing::flag).ifPresent(rule::enabled);
    cell(cells, columns, "disabled").flatMap(Parsing::flag)
        .ifPresent(disabled -> rule.enabled(!disabled));
    cell(cells, columns, "platform").ifPresent(text -> splitCell(text).forEach(rule::addPlatform));
    cell(cells, columns, "source").ifPresent(rule::addDataSource);
    cell(cells, columns, "score").ifPresent(text -> {
      try {
        rule.score(Double.parseDouble(text));
      } catch (NumberFormatException error) {
        result.addProblem(Parsing.warning(source, Optional.of(line), id,
            "invalid score \"" + text + "\": expected a number; the rule has no score"));
      }
    });
    return rule;
  }

  private static void addTechniques(String text, String id, String source, int line,
      ImmutableDetectionRule.Builder rule, ImmutableImportResult.Builder result) {
    List<String> ids = splitCell(text).stream().filter(Parsing::isTechniqueLike).toList();
    if (ids.isEmpty()) {
      result.addProblem(Parsing.warning(source, Optional.of(line), id,
          "no technique ID in technique cell \"" + text + "\": expected IDs such as T1059.001"));
    }
    ids.forEach(technique -> rule.addTechniqueId(technique.toUpperCase(Locale.ROOT)));
  }

  private static List<String> splitCell(String text) {
    return List.of(CELL_SEPARATOR.split(text.trim())).stream().filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<String> cell(String[] cells, Map<String, Integer> columns,
      String column) {
    Integer index = columns.get(column);
    if (index == null || index >= cells.length || cells[index].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cells[index].trim());
  }

  private static String key(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static char separator(String header) {
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
