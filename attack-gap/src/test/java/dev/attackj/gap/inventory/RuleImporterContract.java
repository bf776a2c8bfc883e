package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RuleImporter} must have. A test class of an importer implements
 * this interface and names the importer and a sample file whose descriptions, queries and URLs
 * mention technique IDs that its mapping fields do not hold.
 */
interface RuleImporterContract {

  RuleImporter importer();

  /** The name of a fixture in this package, read with {@link Fixtures#read(String)}. */
  String sample();

  /** The technique IDs that the sample's mapping fields hold, upper-cased. */
  Set<String> mappedTechniques();

  @Test
  default void read_emptyInput_givesNoRules() {
    for (String empty : List.of("", " ", "\n\n")) {
      ImportResult result = importer().read(empty, "empty.txt");

      assertEquals(List.of(), result.rules(), () -> "rules of " + empty.length() + " spaces");
    }
  }

  @Test
  default void read_garbageInput_givesProblemNamingFile() {
    List<String> garbage = List.of(
        "{{{{ ::: ]]] \"unterminated",
        "\u0000\u0001\u0002 binary \uFFFD",
        "[[[\n---\n: : :\n\"",
        "title: [unclosed\nlogsource: {");

    for (String input : garbage) {
      ImportResult result = importer().read(input, "garbage.txt");

      assertFalse(result.problems().isEmpty(), () -> "no problem for " + input);
      assertTrue(result.problems().stream().allMatch(p -> p.file().equals("garbage.txt")),
          () -> result.problems().toString());
    }
  }

  @Test
  default void read_randomInput_neverThrows() {
    Random random = new Random(20261204L);
    String alphabet = "{}[]:,;=\"'\\#-\n\t TtAa0123456789.|";

    for (int round = 0; round < 300; round++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        input.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }

      ImportResult result = importer().read(input.toString(), "random.txt");

      assertTrue(result.problems().stream().map(Problem::file).allMatch("random.txt"::equals));
    }
  }

  @Test
  default void read_sample_takesIdsOnlyFromMappingFields() {
    String content = Fixtures.read(sample());

    ImportResult result = importer().read(content, sample());

    Set<String> ids = new TreeSet<>();
    result.rules().forEach(rule -> ids.addAll(rule.techniqueIds()));
    assertEquals(new TreeSet<>(mappedTechniques()), ids);
  }

  @Test
  default void read_sample_namesSourceInEveryRule() {
    String content = Fixtures.read(sample());

    ImportResult result = importer().read(content, sample());

    assertFalse(result.rules().isEmpty());
    assertTrue(result.rules().stream().allMatch(rule -> rule.file().equals(sample())));
    assertTrue(result.rules().stream().allMatch(rule -> rule.format().equals(importer().format())));
  }

  @Test
  default void detect_sample_choosesThisImporter() {
    String content = Fixtures.read(sample());

    Inventory inventory = InventoryReader.create().read(content, sample());

    assertEquals(java.util.Map.of(importer().format(), 1), inventory.report().formats());
  }

  @Test
  default void serviceLoader_findsImporter() {
    List<String> formats = InventoryReader.create().formats();

    assertTrue(formats.contains(importer().format()), () -> formats.toString());
  }
}
