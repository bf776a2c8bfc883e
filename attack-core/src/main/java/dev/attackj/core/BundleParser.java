package dev.attackj.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Streams one bundle: reads each object as a small tree and turns it into a value. */
final class BundleParser {

  private final String source;
  private final boolean strict;
  private final int maxObjects;
  private final JsonFactory factory;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> strings = new HashMap<>(1 << 12);
  /** Long strings seen recently, by a hash of their last characters. */
  private final String[] recent = new String[256];
  private final Map<String, List<ExternalReference>> referencesBySource = new HashMap<>(1 << 14);
  private final Set<String> ids = new HashSet<>(1 << 16);
  /** The elements of every objects array read so far, for the limit on objects. */
  private int objectCount;
  /** References to objects not mapped yet when the referring object was mapped. */
  private final List<Reference> forwardReferences = new ArrayList<>();

  /** A reference from one object to another, by STIX id, with the referring object's place. */
  private record Reference(String source, String target, JsonLocation location, int index) {}

  BundleParser(String source, boolean strict, ReadLimits limits) {
    this.source = source;
    this.strict = strict;
    this.maxObjects = limits.maxObjects();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.jsonConstraints())
        .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.factory = factory;
  }

  StixBundle parse(InputStream in) throws IOException {
    return parse(factory.createParser(in));
  }

  /** Parses plain JSON bytes, which the caller has checked against the size limit. */
  StixBundle parse(byte[] json) throws IOException {
    return parse(factory.createParser(json));
  }

  private StixBundle parse(JsonParser jsonParser) throws IOException {
    ImmutableStixBundle.Builder builder = StixBundle.builder().source(source);
    List<AttackObject> objects = new ArrayList<>();
    try (JsonParser parser = jsonParser) {
      try {
        readBundle(parser, builder, objects);
      } catch (StreamConstraintsException e) {
        throw new InvalidInputException(problem(placeOf(e, parser), pointerOf(parser), null,
            "limit exceeded: " + e.getOriginalMessage()
                + "; raise it with ReadLimits.builder() and StixReader.withLimits"), e);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException(problem(placeOf(e, parser), pointerOf(parser), null,
            "malformed JSON: " + e.getOriginalMessage()), e);
      } catch (CharConversionException e) {
        throw new InvalidInputException(problem(null, null, null,
            "malformed JSON: invalid text encoding: " + e.getMessage()), e);
      }
    }
    checkReferences();
    return builder.objects(objects).report(ParseReport.of(problems)).build();
  }

  /** Reads the bundle's own properties and its objects, up to the end of the document. */
  private void readBundle(JsonParser parser, ImmutableStixBundle.Builder builder,
      List<AttackObject> objects) throws IOException {
    expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "",
        "a JSON object (a STIX bundle)");
    boolean bundleType = false;
    boolean hasObjects = false;
    Set<String> fields = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!fields.add(field)) {
        String outcome = field.equals("objects") ? "the objects of every such array are read"
            : "only the last of its values is kept";
        report(Problem.Severity.WARNING, parser.currentTokenLocation(),
            Trees.pointerOfKey(parser), null, "duplicate key \"" + field + "\": " + outcome);
      }
      switch (field) {
        case "objects" -> {
          hasObjects = true;
          readObjects(parser, value, objects);
        }
        case "id" -> builder.bundleId(text(parser, value, "/id"));
        case "spec_version" -> builder.specVersion(text(parser, value, "/spec_version"));
        case "type" -> {
          String type = text(parser, value, "/type");
          bundleType = "bundle".equals(type);
          if (!bundleType) {
            report(Problem.Severity.ERROR, parser.currentTokenLocation(), "/type", null,
                "bundle type must be \"bundle\": \"" + type + "\"");
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw failure(parser.currentTokenLocation(), "", "content after the end of the bundle");
    }
    if (!bundleType && !hasObjects) {
      throw failure(null, "", "not a STIX bundle: the document has neither \"type\": "
          + "\"bundle\" nor an \"objects\" array");
    }
  }

  /**
   * Returns where the parser failed: the location of the exception, or the start of the token
   * being read for exceptions without one, such as an exceeded limit on strings or nesting.
   */
  private static JsonLocation placeOf(JsonProcessingException e, JsonParser parser) {
    return e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
  }

  /** Returns the JSON Pointer of the value the parser was reading when it failed. */
  private static String pointerOf(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** One element of the objects array as read: an object's properties, or another value. */
  private record Element(int index, JsonLocation location, ObjectFields fields, JsonToken token) {}

  /**
   * Reads the objects array. Past the first batch, on a machine with more than one core, the
   * objects are mapped on a second thread while this one reads on.
   */
  private void readObjects(JsonParser parser, JsonToken token, List<AttackObject> objects)
      throws IOException {
    expect(parser, token, JsonToken.START_ARRAY, "/objects", "an array of objects");
    MappingThread<Element> mapping = null;
    try {
      int index = 0;
      for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY;
          next = parser.nextToken()) {
        Element element = readElement(parser, next, index++);
        if (mapping != null) {
          mapping.accept(element);
        } else {
          map(element, objects);
          if (index == MappingThread.BATCH && MappingThread.hasSecondCore()) {
            mapping = new MappingThread<>(e -> map(e, objects));
          }
        }
      }
      if (mapping != null) {
        mapping.finish();
      }
    } catch (IOException | RuntimeException | Error e) {
      if (mapping != null) {
        finishAfter(mapping, e);
      }
      throw e;
    }
  }

  /**
   * Reads one element of an objects array, whose first token is {@code token}, counting it
   * against the limit on objects in the bundle.
   */
  private Element readElement(JsonParser parser, JsonToken token, int index) throws IOException {
    if (objectCount++ >= maxObjects) {
      throw failure(parser.currentTokenLocation(), "/objects/" + index,
          "limit exceeded: more than " + maxObjects + " objects (maxObjects); raise it with "
              + "ReadLimits.builder().maxObjects(...) and StixReader.withLimits");
    }
    JsonLocation location = parser.currentTokenLocation();
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return new Element(index, location, null, token);
    }
    return new Element(index, location, ObjectFields.read(parser), token);
  }

  /**
   * Stops the mapping after the reader failed. In strict mode the objects read before the
   * failure are mapped first, so that a problem among them is thrown instead, as it comes first
   * in the bundle. The failure may also be the mapping's own, passed on to the reader.
   */
  private void finishAfter(MappingThread<Element> mapping, Throwable readerFailure) {
    try {
      if (strict && mapping.failure() == null && readerFailure instanceof Exception
          && !(readerFailure instanceof InterruptedIOException)) {
        mapping.finish();
      }
    } catch (RuntimeException | InterruptedIOException e) {
      // The mapping's failure is dealt with below, and an interruption ends the read anyway.
    } finally {
      mapping.abandon();
    }
    Throwable earlier = mapping.failure();
    if (earlier == null || earlier == readerFailure) {
      return;
    }
    if (strict && earlier instanceof InvalidInputException problem) {
      problem.addSuppressed(readerFailure);
      throw problem;
    }
    readerFailure.addSuppressed(earlier);
  }

  /** Maps one element into {@code objects}, reporting what is wrong with it. */
  private void map(Element element, List<AttackObject> objects) {
    if (element.fields() == null) {
      report(Problem.Severity.ERROR, element.location(), "/objects/" + element.index(), null,
          "object must be a JSON object, not " + describe(element.token()));
      return;
    }
    AttackObject object =
        new ObjectMapping(element.fields(), element.location(), element.index(), this).build();
    if (object == null) {
      return;
    }
    if (!ids.add(object.stixId())) {
      report(Problem.Severity.WARNING, element.location(), "/objects/" + element.index() + "/id",
          object.stixId(), "duplicate STIX id: the first object with this id is kept");
      return;
    }
    objects.add(object);
    for (String ref : references(object)) {
      if (!ref.isEmpty() && !ids.contains(ref)) {
        forwardReferences.add(new Reference(object.stixId(), ref, element.location(),
            element.index()));
      }
    }
  }

  /**
   * Reports references to objects that the bundle lacks. References to objects mapped earlier
   * were checked as their object was mapped, so only those to objects further on remain.
   */
  private void checkReferences() {
    for (Reference reference : forwardReferences) {
      if (!ids.contains(reference.target())) {
        report(Problem.Severity.WARNING, reference.location(), "/objects/" + reference.index(),
            reference.source(),
            "reference to an object the bundle lacks: " + reference.target());
      }
    }
  }

  private static List<String> references(AttackObject object) {
    if (object instanceof Relationship relationship) {
      return List.of(relationship.sourceRef(), relationship.targetRef());
    } else if (object instanceof Matrix matrix) {
      return matrix.tacticRefs();
    } else if (object instanceof DetectionStrategy strategy) {
      return strategy.analyticRefs();
    } else if (object instanceof DataComponent component) {
      return component.dataSourceRef().map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /**
   * Returns the one shared copy of a short, often repeated string, such as a platform or a
   * version. A long string (a STIX id, mostly) is shared only with a recent copy, found by its
   * last characters: that catches the references every object repeats, such as its marking
   * and creator, without hashing every id.
   */
  String share(String value) {
    int length = value.length();
    if (length > 32) {
      int slot = (value.charAt(length - 1) * 31 + value.charAt(length - 2)) & (recent.length - 1);
      String known = recent[slot];
      if (value.equals(known)) {
        return known;
      }
      recent[slot] = value;
      return value;
    }
    String shared = strings.putIfAbsent(value, value);
    return shared == null ? value : shared;
  }

  /**
   * The one shared copy of a citation: relationships cite the same sources as the objects
   * they join, so sharing saves a fifth of the memory a knowledge base needs. References with
   * an external id (an object's own ATT&CK id, CAPEC, ...) are rarely repeated and not shared.
   */
  ExternalReference share(ExternalReference reference) {
    if (reference.externalId().isPresent()) {
      return reference;
    }
    List<ExternalReference> sameSource = referencesBySource.computeIfAbsent(
        reference.sourceName(), name -> new ArrayList<>(1));
    for (ExternalReference known : sameSource) {
      if (known.equals(reference)) {
        return known;
      }
    }
    sameSource.add(reference);
    return reference;
  }

  /** A STIX timestamp; the common {@code 2024-01-31T12:00:00.000Z} form is parsed directly. */
  Instant instant(String text) {
    return Timestamps.parse(text);
  }

  void report(Problem.Severity severity, JsonLocation location, String pointer, String objectId,
      String message) {
    Problem problem = ImmutableProblem.copyOf(problem(location, pointer, objectId, message))
        .withSeverity(severity);
    if (strict) {
      throw new InvalidInputException(problem);
    }
    problems.add(problem);
  }

  Problem problem(JsonLocation location, String pointer, String objectId, String message) {
    ImmutableProblem.Builder problem = Problem.builder().file(source).message(message);
    if (location != null && location.getLineNr() > 0) {
      problem.line(location.getLineNr()).column(location.getColumnNr());
    }
    if (pointer != null && !pointer.isEmpty()) {
      problem.pointer(pointer);
    }
    if (objectId != null) {
      problem.objectId(objectId);
    }
    return problem.build();
  }

  private InvalidInputException failure(JsonLocation location, String pointer, String message) {
    return new InvalidInputException(problem(location, pointer, null, message));
  }

  private void expect(JsonParser parser, JsonToken actual, JsonToken expected, String pointer,
      String what) {
    if (actual != expected) {
      throw failure(parser.currentTokenLocation(), pointer,
          "expected " + what + ", found " + describe(actual));
    }
  }

  private String text(JsonParser parser, JsonToken token, String pointer) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      report(Problem.Severity.ERROR, parser.currentTokenLocation(), pointer, null,
          "value must be a string, not " + describe(token));
      parser.skipChildren();
      return "";
    }
    return parser.getText();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
