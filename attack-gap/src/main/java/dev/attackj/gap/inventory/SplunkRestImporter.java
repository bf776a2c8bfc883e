package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the JSON that Splunk's REST endpoint for saved searches returns: an {@code entry} array
 * whose items have a {@code name} and a {@code content} object of settings. Values come as
 * strings, numbers or booleans ({@code disabled} may be {@code "0"}, {@code 0} or
 * {@code false}), and the annotations may be a JSON object, JSON text, or JSON text encoded
 * twice. Problems point at the entry with a JSON Pointer.
 */
public final class SplunkRestImporter extends LimitedImporter {

  private static final Pattern ENTRY = Pattern.compile("\"entry\"\\s*:\\s*\\[");
  private static final Pattern SAVED_SEARCH =
      Pattern.compile("\"(action\\.correlationsearch\\.[a-z]+|search|cron_schedule)\"\\s*:");

  @Override
  public String format() {
    return "splunk-rest";
  }

  @Override
  public String description() {
    return "Splunk saved searches as returned by the REST API (JSON with entry[].content)";
  }

  @Override
  public int detect(String fileName, String content) {
    return Parsing.firstSignificant(content) == '{' && ENTRY.matcher(content).find()
        && SAVED_SEARCH.matcher(content).find() ? 85 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).json(), "JSON", content, source,
          "Splunk REST response");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }
    JsonNode entries = root.get("entry");
    if (entries == null || !entries.isArray()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid Splunk REST response: missing array \"entry\""));
    }

    ImmutableImportResult.Builder result = ImportResult.builder();
    for (int index = 0; index < entries.size(); index++) {
      JsonNode entry = entries.get(index);
      String name = Parsing.text(entry, "name");
      JsonNode values = entry.get("content");
      if (name.isEmpty() || values == null || !values.isObject()) {
        result.addProblem(Problem.builder().file(source)
            .pointer("/entry/" + index)
            .message("invalid saved search: expected a name and a content object").build());
        continue;
      }
      SplunkSearches.Settings settings = key -> Optional.ofNullable(values.get(key))
          .filter(value -> !value.isNull());
      if (SplunkSearches.isDetection(settings)) {
        int at = index;
        result.addRule(SplunkSearches.toRule(name, settings, format(), source, Optional.empty(),
            problem -> result.addProblem(Problem.builder().from(problem)
                .pointer("/entry/" + at + "/content").build())));
      }
    }
    return result.build();
  }
}
