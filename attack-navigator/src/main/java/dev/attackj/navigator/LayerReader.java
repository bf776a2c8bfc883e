package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader of Navigator layer files in every format the Navigator reads, 1.0 to 4.5, holding one
 * layer or a list of layers. Older layers are upgraded to format 4.5 and each change is noted in
 * the result. A lenient reader reports problems and goes on; a strict one throws at the first
 * error. Both throw for input that is not JSON or not a layer.
 *
 * <pre>{@code
 * LayerFile file = LayerReader.lenient().read(Path.of("layer.json"));
 * file.problems().forEach(System.out::println);
 * Layer layer = file.layer();
 * }</pre>
 */
public final class LayerReader {

  private final boolean strict;

  private LayerReader(boolean strict) {
    this.strict = strict;
  }

  /** Returns a reader that reports problems in the result and skips what it cannot read. */
  public static LayerReader lenient() {
    return new LayerReader(false);
  }

  /** Returns a reader that throws {@link InvalidInputException} at the first error. */
  public static LayerReader strict() {
    return new LayerReader(true);
  }

  /**
   * Reads a layer file.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if the file is not a layer file
   */
  public LayerFile read(Path path) throws IOException {
    return read(Files.readAllBytes(path), path.toString());
  }

  /**
   * Reads layers from a stream, which is not closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws InvalidInputException if the content is not a layer file
   */
  public LayerFile read(InputStream input, String source) throws IOException {
    return read(input.readAllBytes(), source);
  }

  /**
   * Reads layers from JSON text.
   *
   * @throws InvalidInputException if the text is not a layer file
   */
  public LayerFile read(String json, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Reads layers from JSON bytes in UTF-8.
   *
   * @throws InvalidInputException if the bytes are not a layer file
   */
  public LayerFile read(byte[] bytes, String source) {
    LocatedJson json = LocatedJson.parse(bytes, source);
    ReadContext context = new ReadContext(source, json, strict);
    ImmutableLayerFile.Builder file = ImmutableLayerFile.builder().source(source);
    JsonNode root = json.root();
    if (root.isObject()) {
      readLayer((ObjectNode) root.deepCopy(), "", context, file);
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        JsonNode element = root.get(i);
        if (element.isObject()) {
          readLayer((ObjectNode) element.deepCopy(), "/" + i, context, file);
        } else {
          context.error("/" + i, null, "layer must be an object and was " + element
              + "; it is skipped");
        }
      }
    } else {
      throw new InvalidInputException(Problem.builder().file(source).pointer("")
          .line(1).column(1)
          .message("layer file must contain an object or a list of objects, not " + root)
          .build());
    }
    return file.problems(context.problems()).json(json).build();
  }

  private static void readLayer(ObjectNode node, String pointer, ReadContext context,
      ImmutableLayerFile.Builder file) {
    LayerUpgrader.upgrade(node, pointer, context);
    LayerDecoder decoder = new LayerDecoder(context);
    file.addLayer(decoder.decode(node, pointer));
    file.addLayerPointer(pointer);
    file.addTechniqueIndexes(decoder.techniqueIndexes());
  }
}
