package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class LayerRendererTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void svg_wellFormedWithEveryVisibleTechnique() throws Exception {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = LayerGenerator.of(kb).forActor(kb.group("FIN7").orElseThrow());
    LayerRenderer renderer = LayerRenderer.of(kb);

    String svg = renderer.svg(layer);

    Document document = parse(svg);
    List<String> titles = texts(document, "title");
    List<String> visible = renderer.visibleTechniques(layer);
    assertEquals("svg", document.getDocumentElement().getLocalName());
    assertTrue(visible.size() > 300, "visible: " + visible.size());
    for (String id : visible) {
      assertTrue(titles.stream().anyMatch(title -> title.startsWith(id + " ")), id);
    }
    for (TechniqueEntry entry : layer.techniques()) {
      assertTrue(visible.contains(entry.techniqueId()), entry.techniqueId());
    }
  }

  @Test
  void svg_markupRendersAsText() throws Exception {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = Layer.builder().name("<script>alert('name')</script>")
        .domain("enterprise-attack").description("<img src=x onerror=\"alert(1)\"> & more")
        .addLegendItem(LegendItem.of("<b onclick=\"x()\">legend</b>", "#ff0000"))
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059")
            .comment("</title><script>alert(2)</script>")
            .addLink(Link.of("bad", "javascript:alert(3)")).score(BigDecimal.TEN).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1003")
            .addLink(Link.of("ok", "https://example.org/?a=1&b=2")).build())
        .build();

    String svg = LayerRenderer.of(kb).svg(layer);

    Document document = parse(svg);
    assertEquals(0, document.getElementsByTagName("script").getLength());
    assertEquals(0, document.getElementsByTagName("img").getLength());
    assertFalse(svg.contains("javascript:"));
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        String name = attributes.item(j).getNodeName();
        assertFalse(name.toLowerCase(java.util.Locale.ROOT).startsWith("on"), name);
      }
    }
    NodeList links = document.getElementsByTagName("a");
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      targets.add(((Element) links.item(i)).getAttribute("href"));
    }
    assertTrue(targets.contains("https://example.org/?a=1&b=2"), targets.toString());
    assertTrue(targets.stream().allMatch(url -> url.startsWith("https://")), targets.toString());
    assertTrue(texts(document, "text").contains("<script>alert('name')</script>"));
    assertTrue(texts(document, "title").stream()
        .anyMatch(title -> title.contains("</title><script>alert(2)</script>")));
  }

  @Test
  void svg_respectsFiltersAndHideDisabled() throws Exception {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = Layer.builder().name("filtered").domain("enterprise-attack")
        .filters(Filters.of(List.of("Containers")))
        .hideDisabled(true)
        .addTechnique(TechniqueEntry.builder().techniqueId("T1610").enabled(false).build())
        .build();
    LayerRenderer renderer = LayerRenderer.of(kb);

    List<String> visible = renderer.visibleTechniques(layer);

    assertFalse(visible.contains("T1610"));
    assertFalse(visible.contains("T1059.001"));
    assertTrue(visible.contains("T1609"));
    assertTrue(visible.size() < 100, "visible: " + visible.size());
  }

  @Test
  void svg_sortsByScore() {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = Layer.builder().name("sorted").domain("enterprise-attack")
        .sorting(Sorting.SCORE_DESCENDING)
        .addTechnique(TechniqueEntry.builder().techniqueId("T1569").tactic("execution")
            .score(BigDecimal.valueOf(90)).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1204").tactic("execution")
            .score(BigDecimal.valueOf(50)).build())
        .build();

    MatrixView view = MatrixView.of(kb, layer);

    MatrixView.Column execution = view.columns.stream()
        .filter(column -> column.tactic.shortName().equals("execution")).findFirst()
        .orElseThrow();
    assertEquals("T1569", execution.cells.get(0).id());
    assertEquals("T1204", execution.cells.get(1).id());
    assertEquals(Optional.of("#a2ce49"), execution.cells.get(0).background);
  }

  @Test
  void png_paintsTheMatrix(@TempDir Path folder) throws Exception {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = LayerGenerator.of(kb).forActor(kb.group("FIN7").orElseThrow());
    Path file = folder.resolve("fin7.png");

    LayerRenderer.of(kb).writePng(layer, file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertTrue(image.getWidth() > 2000, "width " + image.getWidth());
    assertTrue(image.getHeight() > 500, "height " + image.getHeight());
    assertTrue(Files.size(file) > 10_000);
  }
}
