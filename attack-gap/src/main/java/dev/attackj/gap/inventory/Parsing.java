package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Shared mappers and helpers of the importers: reading values, building problems. */
final class Parsing {

  /** The limits every importer applies: those of {@link ReadLimits#defaults()}. */
  static final ReadLimits LIMITS = ReadLimits.defaults();

  static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(LIMITS.jsonConstraints()).build()).build();
  static final YAMLMapper YAML = YAMLMapper.builder(yamlFactory(LIMITS)).build();
  static final TomlMapper TOML = TomlMapper.builder(TomlFactory.builder()
      .streamReadConstraints(LIMITS.jsonConstraints()).build()).build();
  static final CsvMapper CSV = csvMapper(LIMITS);

  private static final Mappers DEFAULT_MAPPERS = new Mappers(LIMITS, JSON, YAML, TOML, CSV);

  /** The mappers of the limits last asked for other than the defaults, built once for all. */
  private static volatile Mappers lastMappers = DEFAULT_MAPPERS;

  /**
   * The maximum length of one YAML file in characters, SnakeYAML's default. SnakeYAML needs
   * seconds for a few megabytes and its time grows faster than the size, so larger files are
   * rejected before parsing. Rule files have a few kilobytes, DeTT&CT administration files well
   * under a megabyte.
   */
  static final int MAX_YAML_CODE_POINTS = 3 << 20;

  /** A value that is meant as a technique ID, even a mistyped one: T followed by a digit. */
  private static final Pattern TECHNIQUE_LIKE = Pattern.compile("(?i)T\\d[\\d.]*");

  /** A place in a SnakeYAML message, such as {@code in 'reader', line 5, column 3:}. */
  private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");

  private Parsing() {}

  /** The mappers of the importers, all built within one set of limits. */
  record Mappers(ReadLimits limits, ObjectMapper json, YAMLMapper yaml, TomlMapper toml,
      CsvMapper csv) {}

  /** Returns mappers within the limits, reusing those built for the same limits last time. */
  static Mappers mappers(ReadLimits limits) {
    Mappers last = lastMappers;
    if (last.limits().equals(limits)) {
      return last;
    }
    if (limits.equals(LIMITS)) {
      return DEFAULT_MAPPERS;
    }
    Mappers built = new Mappers(limits,
        JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(limits.jsonConstraints()).build()).build(),
        YAMLMapper.builder(yamlFactory(limits)).build(),
        TomlMapper.builder(TomlFactory.builder()
            .streamReadConstraints(limits.jsonConstraints()).build()).build(),
        csvMapper(limits));
    lastMappers = built;
    return built;
  }

  private static CsvMapper csvMapper(ReadLimits limits) {
    return CsvMapper.builder(CsvFactory.builder()
            .streamReadConstraints(limits.jsonConstraints()).build())
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.TRIM_SPACES)
        .build();
  }

  /**
   * Builds the problem of input that exceeds one of the {@link ReadLimits}, naming the limit, its
   * value and how to raise it.
   *
   * @param limit the name of the limit, such as {@code maxDocumentBytes}
   * @param value the value of the limit in force
   * @param found what the input has, such as {@code the file has 70000000 bytes}
   */
  static Problem limitExceeded(String source, String limit, long value, String found) {
    return problem(source, "limit exceeded: " + found + ", more than " + limit + " = " + value
        + " allows; raise it with ReadLimits.builder()." + limit
        + "(...) and InventoryReader.withLimits");
  }

  /**
   * A YAML factory within limits: SnakeYAML's alias count (against "billion laughs" documents),
   * nesting depth and document size, and Jackson's string and nesting constraints.
   */
  static YAMLFactory yamlFactory(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxYamlAliases());
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit((int) Math.min(MAX_YAML_CODE_POINTS, limits.maxDocumentBytes()));
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(limits.jsonConstraints()).build();
  }

  /** The text of a field, or empty when the field is absent, null or not a scalar. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
  }

  /** The texts of a field that contains a scalar or an array of scalars. */
  static List<String> texts(JsonNode node, String field) {
    return texts(node == null ? null : node.get(field));
  }

  /** The texts of a scalar or an array of scalars; nested containers are skipped. */
  static List<String> texts(JsonNode value) {
    List<String> texts = new ArrayList<>();
    if (value == null || value.isNull()) {
      return texts;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
          texts.add(item.asText().trim());
        }
      }
    } else if (value.isValueNode() && !value.asText().isBlank()) {
      texts.add(value.asText().trim());
    }
    return texts;
  }

  /**
   * A boolean of mixed type: {@code true}, {@code 1}, {@code "1"}, {@code "true"}, {@code "yes"}
   * are true; {@code false}, {@code 0} and their texts are false; anything else is empty.
   */
  static Optional<Boolean> flag(JsonNode value) {
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    return flag(value.asText());
  }

  /** A boolean written as text: {@code true}, {@code 1}, {@code yes}, {@code on} or the opposites. */
  static Optional<Boolean> flag(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "yes":
      case "on":
        return Optional.of(true);
      case "0":
      case "false":
      case "no":
      case "off":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether a line of the content starts with a key followed by optional spaces and a separator,
   * such as {@code title:} in YAML or {@code search =} in a Splunk conf file. Format detection
   * runs for every file and every importer, so this avoids regular expressions.
   */
  static boolean hasKeyLine(String content, String key, char separator) {
    int from = 0;
    while (true) {
      int at = content.indexOf(key, from);
      if (at < 0) {
        return false;
      }
      if (at == 0 || content.charAt(at - 1) == '\n') {
        int end = at + key.length();
        while (end < content.length() && content.charAt(end) == ' ') {
          end++;
        }
        if (end < content.length() && content.charAt(end) == separator) {
          return true;
        }
      }
      from = at + 1;
    }
  }

  /** Whether a line of YAML content starts with a top-level key, such as {@code title:}. */
  static boolean hasYamlKey(String content, String key) {
    return hasKeyLine(content, key, ':');
  }

  /** The first character that is not white space, or 0 for blank content. */
  static char firstSignificant(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return 0;
  }

  /**
   * Returns whether the content starts like JSON: with a {, or with a [ whose first tokens
   * parse as JSON. A Splunk stanza header, such as {@code [Suspicious PowerShell]}, also
   * starts with a [ but fails within its first line.
   */
  static boolean looksLikeJson(String content) {
    char first = firstSignificant(content);
    if (first == '{') {
      return true;
    }
    if (first != '[') {
      return false;
    }
    try (JsonParser parser = JSON.getFactory().createParser(content)) {
      for (int token = 0; token < 64 && parser.nextToken() != null; token++) {
        // Reading the first tokens is the check.
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a mapping value is meant as a technique ID: {@code T1059}, {@code t1059.001}. */
  static boolean isTechniqueLike(String text) {
    return TECHNIQUE_LIKE.matcher(text.trim()).matches();
  }

  /**
   * Reads a document of one rule file whose top level must be an object (a mapping in YAML). An
   * empty document reads as an empty object.
   *
   * @param mapper a JSON, YAML or TOML mapper, such as {@link #JSON}
   * @param format the format name for messages, such as {@code YAML}
   * @param what the kind of file for messages, such as {@code Sentinel rule}
   * @throws InvalidInputException with the syntax error or the wrong top level, at its place
   */
  static JsonNode readObject(ObjectMapper mapper, String format, String content, String source,
      String what) {
    if (mapper instanceof YAMLMapper) {
      checkYamlSize(content, source);
    }
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (JsonProcessingException error) {
      throw new InvalidInputException(syntaxError(source, format, error), error);
    }
    if (root == null || root.isMissingNode()) {
      return mapper.createObjectNode();
    }
    if (!root.isObject()) {
      throw new InvalidInputException(problem(source,
          "invalid " + what + ": expected an object at the top level, found "
              + root.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return root;
  }

  /**
   * Checks that YAML content is within {@link #MAX_YAML_CODE_POINTS}.
   *
   * @throws InvalidInputException naming the limit if it is not
   */
  static void checkYamlSize(String content, String source) {
    if (content.length() > MAX_YAML_CODE_POINTS
        && content.codePointCount(0, content.length()) > MAX_YAML_CODE_POINTS) {
      throw new InvalidInputException(problem(source, "limit exceeded: YAML file has more than "
          + MAX_YAML_CODE_POINTS + " characters, the most a YAML rule file may have; split "
          + "the file"));
    }
  }

  static Problem problem(String source, String message) {
    return Problem.builder().file(source).message(message).build();
  }

  static Problem problem(String source, int line, String message) {
    return Problem.builder().file(source).line(line).message(message).build();
  }

  static Problem warning(String source, Optional<Integer> line, String ruleId, String message) {
    return Problem.builder().file(source).line(line).objectId(ruleId).message(message)
        .severity(Problem.Severity.WARNING).build();
  }

  /**
   * Builds the problem of a parse error, at the line and column the parser reported. A YAML
   * parser's message spans several lines with excerpts of the input; the problem keeps its
   * sentences on one line and takes the place of the last mark, where the error was found.
   */
  static Problem syntaxError(String source, String format, JsonProcessingException error) {
    JsonLocation location = error.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    String message = String.valueOf(error.getOriginalMessage());
    if (message.contains("\n")) {
      Matcher mark = YAML_MARK.matcher(message);
      while (mark.find()) {
        line = Integer.parseInt(mark.group(1));
        column = Integer.parseInt(mark.group(2));
      }
      message = message.lines()
          .filter(text -> !text.isEmpty() && !Character.isWhitespace(text.charAt(0)))
          .collect(Collectors.joining(": "));
    }

    ImmutableProblem.Builder problem = Problem.builder().file(source)
        .message(describe(format, message));
    if (line > 0) {
      problem.line(line);
      if (column > 0) {
        problem.column(column);
      }
    }
    return problem.build();
  }

  /**
   * Returns the name of the {@link ReadLimits} value that a Jackson or SnakeYAML parse error
   * reports as exceeded, or empty if the error is no limit.
   */
  static Optional<String> exceededLimit(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return Optional.of("maxNestingDepth");
    }
    if (lower.contains("string value length")) {
      return Optional.of("maxStringLength");
    }
    if (lower.contains("number of aliases")) {
      return Optional.of("maxYamlAliases");
    }
    if (lower.contains("document length") || lower.contains("code points")) {
      return Optional.of("maxDocumentBytes");
    }
    return Optional.empty();
  }

  /**
   * Returns a problem of another reader of the library, such as {@code LayerReader}, whose
   * message tells how to raise a limit with that reader, telling instead how to raise it with
   * {@link InventoryReader#withLimits}.
   */
  static Problem withInventoryRemedy(Problem problem) {
    String message = problem.message();
    for (String remedy : List.of("and the reader's withLimits", "and LayerReader.withLimits")) {
      if (message.endsWith(remedy)) {
        return Problem.builder().from(problem)
            .message(message.substring(0, message.length() - remedy.length())
                + "and InventoryReader.withLimits")
            .build();
      }
    }
    return problem;
  }

  /** A problem for a parse error of a line-oriented format, at a known line. */
  static Problem syntaxError(String source, String format, int line, Exception error) {
    String message = error instanceof JsonProcessingException
        ? ((JsonProcessingException) error).getOriginalMessage()
        : String.valueOf(error.getMessage());
    return problem(source, line, describe(format, message));
  }

  /** The message of a parse error: a limit exceeded and how to raise it, or invalid input. */
  private static String describe(String format, String message) {
    Optional<String> limit = exceededLimit(message);
    return limit.isPresent()
        ? "limit exceeded: " + format + " " + message + "; raise it with ReadLimits.builder()."
            + limit.get() + "(...) and InventoryReader.withLimits"
        : "invalid " + format + ": " + message;
  }
}
