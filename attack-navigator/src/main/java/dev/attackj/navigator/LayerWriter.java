package dev.attackj.navigator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A writer of layers in format 4.5: UTF-8 JSON in the Navigator's key order, indented with tabs
 * as the Navigator saves layers, with every property written out. Scores are written as numbers
 * with the scale they carry, so integers stay integers and fractions keep their digits.
 * Properties the format does not define follow the known ones.
 */
public final class LayerWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build());

  private LayerWriter() {}

  /** Writes a layer as JSON text. */
  public static String toJson(Layer layer) {
    return new String(toBytes(List.of(layer), false), StandardCharsets.UTF_8);
  }

  /** Writes layers as a JSON list, the Navigator's form for several layers in one file. */
  public static String toJson(List<Layer> layers) {
    return new String(toBytes(layers, true), StandardCharsets.UTF_8);
  }

  /**
   * Writes a layer to a file in UTF-8, replacing it. The file is written beside the target and
   * then moved into place, so a failure leaves the previous file intact.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Layer layer, Path path) throws IOException {
    AtomicFiles.write(path, output -> write(List.of(layer), false, output));
  }

  /**
   * Writes layers to a file as a JSON list in UTF-8, replacing it in the same way as
   * {@link #write(Layer, Path)}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(List<Layer> layers, Path path) throws IOException {
    AtomicFiles.write(path, output -> write(layers, true, output));
  }

  /**
   * Writes a layer to a stream in UTF-8, leaving the stream open.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Layer layer, OutputStream output) throws IOException {
    write(List.of(layer), false, output);
  }

  private static byte[] toBytes(List<Layer> layers, boolean asList) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try {
      write(layers, asList, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(List<Layer> layers, boolean asList, OutputStream output)
      throws IOException {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(output)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new TabPrettyPrinter());
      if (asList) {
        json.writeStartArray();
      }
      for (Layer layer : layers) {
        writeLayer(json, layer);
      }
      if (asList) {
        json.writeEndArray();
      }
      json.writeRaw('\n');
    }
  }

  private static void writeLayer(JsonGenerator json, Layer layer) throws IOException {
    json.writeStartObject();
    writeIdentity(json, layer);
    writeFilters(json, layer.filters());
    json.writeNumberField("sorting", layer.sorting().code());
    writeLayout(json, layer.layout());
    json.writeBooleanField("hideDisabled", layer.hideDisabled());
    writeTechniques(json, layer.techniques());
    writeGradient(json, layer.gradient());
    writeLegendItems(json, layer.legendItems());
    writeMetadata(json, layer.metadata());
    writeLinks(json, layer.links());
    writeSelection(json, layer);
    writeExtras(json, layer.extraFields());
    json.writeEndObject();
  }

  /** Writes the name, versions, domain, custom data URL and description. */
  private static void writeIdentity(JsonGenerator json, Layer layer) throws IOException {
    json.writeStringField("name", layer.name());
    writeVersions(json, layer.versions());
    json.writeStringField("domain", layer.domain());
    if (layer.customDataUrl().isPresent()) {
      json.writeStringField("customDataURL", layer.customDataUrl().get());
    }
    json.writeStringField("description", layer.description());
  }

  private static void writeFilters(JsonGenerator json, Filters filters) throws IOException {
    json.writeObjectFieldStart("filters");
    json.writeArrayFieldStart("platforms");
    for (String platform : filters.platforms()) {
      json.writeString(platform);
    }
    json.writeEndArray();
    writeExtras(json, filters.extraFields());
    json.writeEndObject();
  }

  private static void writeTechniques(JsonGenerator json, List<TechniqueEntry> entries)
      throws IOException {
    json.writeArrayFieldStart("techniques");
    for (TechniqueEntry entry : entries) {
      writeTechnique(json, entry);
    }
    json.writeEndArray();
  }

  private static void writeLegendItems(JsonGenerator json, List<LegendItem> items)
      throws IOException {
    json.writeArrayFieldStart("legendItems");
    for (LegendItem item : items) {
      json.writeStartObject();
      json.writeStringField("label", item.label());
      json.writeStringField("color", item.color());
      writeExtras(json, item.extraFields());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes the tactic row background and the selection behaviour. */
  private static void writeSelection(JsonGenerator json, Layer layer) throws IOException {
    json.writeBooleanField("showTacticRowBackground", layer.showTacticRowBackground());
    json.writeStringField("tacticRowBackground", layer.tacticRowBackground());
    json.writeBooleanField("selectTechniquesAcrossTactics",
        layer.selectTechniquesAcrossTactics());
    json.writeBooleanField("selectSubtechniquesWithParent",
        layer.selectSubtechniquesWithParent());
    json.writeBooleanField("selectVisibleTechniques", layer.selectVisibleTechniques());
  }

  private static void writeVersions(JsonGenerator json, Versions versions) throws IOException {
    json.writeObjectFieldStart("versions");
    if (versions.attack().isPresent()) {
      json.writeStringField("attack", versions.attack().get());
    }
    json.writeStringField("navigator", versions.navigator());
    json.writeStringField("layer", versions.layer());
    writeExtras(json, versions.extraFields());
    json.writeEndObject();
  }

  private static void writeLayout(JsonGenerator json, Layout layout) throws IOException {
    json.writeObjectFieldStart("layout");
    json.writeStringField("layout", layout.layout().jsonName());
    json.writeStringField("aggregateFunction", layout.aggregateFunction().jsonName());
    json.writeBooleanField("showID", layout.showId());
    json.writeBooleanField("showName", layout.showName());
    json.writeBooleanField("showAggregateScores", layout.showAggregateScores());
    json.writeBooleanField("countUnscored", layout.countUnscored());
    json.writeStringField("expandedSubtechniques", layout.expandedSubtechniques().jsonName());
    writeExtras(json, layout.extraFields());
    json.writeEndObject();
  }

  private static void writeTechnique(JsonGenerator json, TechniqueEntry entry)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("techniqueID", entry.techniqueId());
    if (entry.tactic().isPresent()) {
      json.writeStringField("tactic", entry.tactic().get());
    }
    if (entry.score().isPresent()) {
      json.writeFieldName("score");
      writeNumber(json, entry.score().get());
    }
    json.writeStringField("color", entry.color());
    json.writeStringField("comment", entry.comment());
    json.writeBooleanField("enabled", entry.enabled());
    writeMetadata(json, entry.metadata());
    writeLinks(json, entry.links());
    json.writeBooleanField("showSubtechniques", entry.showSubtechniques());
    writeExtras(json, entry.extraFields());
    json.writeEndObject();
  }

  private static void writeGradient(JsonGenerator json, Gradient gradient) throws IOException {
    json.writeObjectFieldStart("gradient");
    json.writeArrayFieldStart("colors");
    for (String color : gradient.colors()) {
      json.writeString(color);
    }
    json.writeEndArray();
    json.writeFieldName("minValue");
    writeNumber(json, gradient.minValue());
    json.writeFieldName("maxValue");
    writeNumber(json, gradient.maxValue());
    writeExtras(json, gradient.extraFields());
    json.writeEndObject();
  }

  private static void writeMetadata(JsonGenerator json, List<Metadata> metadata)
      throws IOException {
    json.writeArrayFieldStart("metadata");
    for (Metadata item : metadata) {
      json.writeStartObject();
      if (item.isDivider()) {
        json.writeBooleanField("divider", true);
      } else {
        json.writeStringField("name", item.name());
        json.writeStringField("value", item.value());
      }
      writeExtras(json, item.extraFields());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeLinks(JsonGenerator json, List<Link> links) throws IOException {
    json.writeArrayFieldStart("links");
    for (Link link : links) {
      json.writeStartObject();
      if (link.isDivider()) {
        json.writeBooleanField("divider", true);
      } else {
        json.writeStringField("label", link.label());
        json.writeStringField("url", link.url());
      }
      writeExtras(json, link.extraFields());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeExtras(JsonGenerator json, Map<String, JsonNode> extras)
      throws IOException {
    for (Map.Entry<String, JsonNode> field : extras.entrySet()) {
      json.writeFieldName(field.getKey());
      MAPPER.writeTree(json, field.getValue());
    }
  }

  /**
   * Indents with tabs and writes {@code "key": value} and empty lists as {@code []}, as
   * JavaScript's {@code JSON.stringify(layer, null, '\t')} does.
   */
  private static final class TabPrettyPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    TabPrettyPrinter() {
      super(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      DefaultIndenter tabs = new DefaultIndenter("\t", "\n");
      indentObjectsWith(tabs);
      indentArraysWith(tabs);
    }

    @Override
    public TabPrettyPrinter createInstance() {
      return new TabPrettyPrinter();
    }

    @Override
    public void writeEndArray(JsonGenerator json, int valueCount) throws IOException {
      if (valueCount > 0) {
        super.writeEndArray(json, valueCount);
        return;
      }
      _nesting--;
      json.writeRaw(']');
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entryCount) throws IOException {
      if (entryCount > 0) {
        super.writeEndObject(json, entryCount);
        return;
      }
      _nesting--;
      json.writeRaw('}');
    }
  }

  /**
   * Writes an integer-valued number without a fraction, any other with its digits. A number
   * that does not fit {@link Decimals#RULE} is written in scientific notation, such as
   * {@code 1E+999999999}, because writing it out in full would take gigabytes.
   */
  private static void writeNumber(JsonGenerator json, BigDecimal value) throws IOException {
    if (!Decimals.fits(value)) {
      json.writeNumber(value.toString());
    } else if (value.scale() <= 0) {
      json.writeNumber(value.toBigIntegerExact());
    } else {
      json.writeNumber(value);
    }
  }
}
