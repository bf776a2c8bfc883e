package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Writing results: one JSON document, or plain text tables. */
final class Output {

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  /** A count and the noun that fits it, such as {@code 1 file} or {@code 2 files}. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** Whether {@code --verbose} was given to a command or to any command above it. */
  static boolean verbose(CommandSpec spec) {
    for (CommandSpec command = spec; command != null; command = command.parent()) {
      CommandLine.ParseResult parsed = command.commandLine().getParseResult();
      if (parsed != null && parsed.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Prints one JSON document. */
  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value instanceof JsonNode ? value : JSON.valueToTree(value)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    out.flush();
  }

  /** Prints rows as columns padded to the widest cell, the first row being the header. */
  static void table(PrintWriter out, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Integer> widths = new ArrayList<>();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        int width = row.get(i).length();
        if (i >= widths.size()) {
          widths.add(width);
        } else {
          widths.set(i, Math.max(widths.get(i), width));
        }
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths.get(i) - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }
}
