package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Splunk Enterprise Security correlation searches from {@code savedsearches.conf}:
 * {@code [stanza]} headers, {@code key = value} settings with values continued over lines ending
 * in a backslash, and comment lines starting with {@code #}. Stanzas that are neither correlation
 * searches nor raise notables are skipped; {@code [default]} is never a rule.
 */
public final class SplunkConfImporter implements RuleImporter {

  private static final Pattern STANZA = Pattern.compile("^\\[(.*)]\\s*$");
  private static final Pattern SETTING = Pattern.compile("^([^=\\s][^=]*?)\\s*=\\s?(.*)$");

  @Override
  public String format() {
    return "splunk-conf";
  }

  @Override
  public String description() {
    return "Splunk savedsearches.conf with correlation searches";
  }

  @Override
  public int detect(String fileName, String content) {
    boolean stanza = Parsing.firstSignificant(content) == '[' || content.contains("\n[");
    boolean search = Parsing.hasKeyLine(content, "search", '=')
        || content.contains("\naction.correlationsearch.");
    if (!stanza || !search || Parsing.looksLikeJson(content)) {
      return 0;
    }
    return fileName.endsWith(".conf") ? 90 : 70;
  }

  @Override
  public ImportResult read(String content, String source) {
    ImmutableImportResult.Builder result = ImportResult.builder();
    String[] lines = content.split("\r?\n", -1);
    String stanza = null;
    int stanzaLine = 0;
    Map<String, JsonNode> settings = new LinkedHashMap<>();
    for (int index = 0; index < lines.length; index++) {
      int lineNumber = index + 1;
      String line = lines[index];
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      Matcher header = STANZA.matcher(trimmed);
      if (header.matches()) {
        addRule(stanza, stanzaLine, settings, source, result);
        stanza = header.group(1).trim();
        stanzaLine = lineNumber;
        settings = new LinkedHashMap<>();
        continue;
      }
      Matcher setting = SETTING.matcher(trimmed);
      if (!setting.matches()) {
        result.addProblem(Parsing.problem(source, lineNumber,
            "invalid savedsearches.conf line: expected [stanza] or key = value, found \""
                + abbreviate(trimmed) + "\""));
        continue;
      }
      StringBuilder value = new StringBuilder(setting.group(2));
      while (endsWithContinuation(value) && index + 1 < lines.length) {
        value.setLength(value.length() - 1);
        value.append('\n').append(lines[++index]);
      }
      if (stanza == null) {
        continue;
      }
      settings.put(setting.group(1).trim(), TextNode.valueOf(value.toString().trim()));
    }
    addRule(stanza, stanzaLine, settings, source, result);
    return result.build();
  }

  private void addRule(String stanza, int line, Map<String, JsonNode> settings, String source,
      ImmutableImportResult.Builder result) {
    SplunkSearches.Settings lookup = key -> Optional.ofNullable(settings.get(key));
    if (stanza == null || stanza.equals("default") || !SplunkSearches.isDetection(lookup)) {
      return;
    }
    result.addRule(SplunkSearches.toRule(stanza, lookup, format(), source, Optional.of(line),
        result::addProblem));
  }

  private static boolean endsWithContinuation(StringBuilder value) {
    return value.length() > 0 && value.charAt(value.length() - 1) == '\\';
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
