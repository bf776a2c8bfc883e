package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A reader of Navigator layer files in every format the Navigator reads, 1.0 to 4.5, holding one
 * layer or a list of layers. Older layers are upgraded to format 4.5 and each change is noted in
 * the result. A lenient reader reports problems and goes on; a strict one throws at the first
 * error. Both throw for input that is not JSON or not a layer.
 *
 * <p>Input is read within {@link ReadLimits#defaults()}: at most 256 MiB after gzip
 * decompression, nesting depth 100, strings of 20,000,000 characters and 2,000,000 JSON values.
 * Numbers must fit in 1000 digits when written out. Raise the limits with
 * {@link #withLimits(ReadLimits)}.
 *
 * <pre>{@code
 * LayerFile file = LayerReader.lenient().read(Path.of("layer.json"));
 * file.problems().forEach(System.out::println);
 * Layer layer = file.layer();
 * }</pre>
 */
public final class LayerReader {

  private final boolean strict;
  private final ReadLimits limits;

  private LayerReader(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
  }

  /** Returns a reader that reports problems in the result and skips what it cannot read. */
  public static LayerReader lenient() {
    return new LayerReader(false, ReadLimits.defaults());
  }

  /** Returns a reader that throws {@link InvalidInputException} at the first error. */
  public static LayerReader strict() {
    return new LayerReader(true, ReadLimits.defaults());
  }

  /** Returns a reader like this one that applies other limits. */
  public LayerReader withLimits(ReadLimits newLimits) {
    return new LayerReader(strict, newLimits);
  }

  /**
   * Reads a layer file.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if the file is not a layer file or exceeds a limit
   */
  public LayerFile read(Path path) throws IOException {
    return parse(limits.readAllBytes(path), path.toString());
  }

  /**
   * Reads layers from a stream, which is not closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws InvalidInputException if the content is not a layer file or exceeds a limit
   */
  public LayerFile read(InputStream input, String source) throws IOException {
    return parse(limits.readAllBytes(input, source), source);
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
   * Reads layers from JSON bytes in UTF-8, or gzip-compressed JSON.
   *
   * @throws InvalidInputException if the bytes are not a layer file or exceed a limit
   */
  public LayerFile read(byte[] bytes, String source) {
    return parse(limits.checkedBytes(bytes, source), source);
  }

  private LayerFile parse(byte[] bytes, String source) {
    LocatedJson json = LocatedJson.parse(bytes, source, limits);
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
