package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that an SVG document cannot run script: it parses as XML without a DOCTYPE, has no
 * script or foreign elements, no event-handler attributes, links only to http and https
 * addresses, and paints only with colors and its own gradients.
 */
final class SafeSvg {

  private static final Set<String> ELEMENTS = Set.of("svg", "rect", "text", "g", "a", "title",
      "defs", "linearGradient", "stop");
  private static final Pattern PAINT = Pattern.compile(
      "#[0-9a-fA-F]{3,8}|url\\(#gradient\\d+\\)|none");

  private SafeSvg() {}

  static void check(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Node element = all.item(i);
      assertTrue(ELEMENTS.contains(element.getLocalName()), element.getNodeName());
      for (int j = 0; j < element.getAttributes().getLength(); j++) {
        checkAttribute(element.getAttributes().item(j));
      }
    }
    assertEquals(0, document.getElementsByTagName("script").getLength());
  }

  private static void checkAttribute(Node attribute) {
    String name = attribute.getLocalName() == null ? attribute.getNodeName()
        : attribute.getLocalName();
    String value = attribute.getNodeValue();
    assertFalse(name.toLowerCase(Locale.ROOT).startsWith("on"), name);
    if (name.equals("href")) {
      assertTrue(value.startsWith("https://") || value.startsWith("http://"), value);
    }
    if (name.equals("fill") || name.equals("stroke") || name.equals("stop-color")) {
      assertTrue(PAINT.matcher(value).matches(), name + "=" + value);
    }
  }
}
