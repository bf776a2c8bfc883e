package dev.attackj.core.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a bundle once to find its {@code x-mitre-collection} object and the SHA-256 digest of
 * its uncompressed bytes.
 */
final class BundleInspector {

  private static final String COLLECTION_TYPE = "x-mitre-collection";
  private static final String NAME_SUFFIX = " ATT&CK";

  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .streamReadConstraints(ReadLimits.defaults().jsonConstraints()).build());

  private BundleInspector() {}

  static Optional<BundleIdentity> identify(Path bundle, ReleaseCatalogue catalogue)
      throws IOException {
    MessageDigest digest = Sha256.newDigest();
    Optional<JsonNode> collection;
    String bundleSpec;
    try (InputStream in = openDigested(bundle, digest)) {
      Scan scan = scan(in, bundle);
      collection = scan.collection;
      bundleSpec = scan.specVersion;
      in.transferTo(OutputStream.nullOutputStream());
    }
    String sha256 = Sha256.hex(digest.digest());

    Optional<BundleIdentity> fromCollection =
        collection.flatMap(node -> fromCollection(node, bundleSpec, sha256, catalogue));
    return fromCollection.isPresent() ? fromCollection : fromDigest(sha256, catalogue);
  }

  private static Optional<BundleIdentity> fromCollection(
      JsonNode collection, String bundleSpec, String sha256, ReleaseCatalogue catalogue) {
    String name = collection.path("name").asText("");
    String version = collection.path("x_mitre_version").asText("");
    if (!name.endsWith(NAME_SUFFIX) || !ReleaseVersion.isValid(version)) {
      return Optional.empty();
    }
    String domain = name.substring(0, name.length() - NAME_SUFFIX.length()).trim()
        .toLowerCase(Locale.ROOT).replace(' ', '-');
    String spec = collection.path("spec_version").asText(bundleSpec);
    StixVersion stix = "2.1".equals(spec) ? StixVersion.STIX_2_1 : StixVersion.STIX_2_0;
    try {
      return Optional.of(BundleIdentity.builder()
          .domain(Release.normalizeDomain(domain))
          .version(version)
          .stixVersion(stix)
          .method(BundleIdentity.Method.COLLECTION)
          .sha256(sha256)
          .release(catalogue.find(domain, version, stix))
          .build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<BundleIdentity> fromDigest(String sha256, ReleaseCatalogue catalogue) {
    return catalogue.withDigest(sha256).stream()
        .max(Comparator.comparing(Release::version, ReleaseVersion.ORDER))
        .map(release -> BundleIdentity.builder()
            .domain(release.domain())
            .version(release.version())
            .stixVersion(release.stixVersion())
            .method(BundleIdentity.Method.DIGEST)
            .sha256(sha256)
            .release(release)
            .build());
  }

  /** The collection object and STIX version found by scanning a bundle. */
  private static final class Scan {
    Optional<JsonNode> collection = Optional.empty();
    String specVersion = "2.0";
  }

  private static Scan scan(InputStream in, Path bundle) throws IOException {
    Scan scan = new Scan();
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("bundle must be a JSON object: " + bundle);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME && scan.collection.isEmpty()) {
        String field = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        if (field.equals("spec_version") && value == JsonToken.VALUE_STRING) {
          scan.specVersion = parser.getText();
        } else if (field.equals("objects") && value == JsonToken.START_ARRAY) {
          scan.collection = findCollection(parser);
        } else {
          parser.skipChildren();
        }
      }
    }
    return scan;
  }

  /**
   * Reads the objects array up to the first collection object, or to its end. Only the top-level
   * string properties of each object are kept, and every other value is skipped unread, which
   * keeps a scan of a large bundle without a collection object fast.
   */
  private static Optional<JsonNode> findCollection(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      ObjectNode strings = MAPPER.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.getCurrentName();
        if (parser.nextToken() == JsonToken.VALUE_STRING) {
          strings.put(field, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      if (COLLECTION_TYPE.equals(strings.path("type").asText())) {
        return Optional.of(strings);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens a file within the default read limits, gunzipping it when it starts with the gzip
   * signature, and digests the bytes.
   */
  private static InputStream openDigested(Path file, MessageDigest digest) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return new DigestInputStream(ReadLimits.defaults().open(raw, file.toString()), digest);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
