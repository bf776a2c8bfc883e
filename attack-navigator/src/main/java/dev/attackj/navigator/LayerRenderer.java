package dev.attackj.navigator;

import dev.attackj.core.AtomicFiles;
import dev.attackj.core.KnowledgeBase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A renderer of layers as pictures, in the manner of the Navigator's SVG export. A header shows
 * the layer's name, description, domain, version, legend and gradient. Below it, the tactics of
 * the domain are columns in matrix order, and each technique is a cell colored by its explicit
 * color or its score, with sub-techniques indented below their parent when the layer expands
 * them.
 * Platform filters, sorting, {@code hideDisabled}, IDs, names and aggregate score colors follow
 * the layer. As in the Navigator's export, side and flat layouts both draw sub-techniques as
 * rows below their parent.
 *
 * <p>SVG output escapes all text, writes no scripts or event attributes and links only to http
 * and https URLs. PNG output is painted with Java 2D and needs no display or native library
 * beyond the JDK.
 *
 * <pre>{@code
 * LayerRenderer renderer = LayerRenderer.of(kb);
 * renderer.writeSvg(layer, Path.of("layer.svg"));
 * renderer.writePng(layer, Path.of("layer.png"));
 * }</pre>
 */
public final class LayerRenderer {

  private final KnowledgeBase kb;
  private final double scale;

  private LayerRenderer(KnowledgeBase kb, double scale) {
    this.kb = kb;
    this.scale = scale;
  }

  /** Returns a renderer that draws PNG pictures at twice the SVG size, for sharp text. */
  public static LayerRenderer of(KnowledgeBase kb) {
    return new LayerRenderer(kb, 2);
  }

  /**
   * Returns a renderer with another PNG scale.
   *
   * @throws IllegalArgumentException unless the scale is from 0.25 to 8
   */
  public LayerRenderer pngScale(double pngScale) {
    if (!(pngScale >= 0.25 && pngScale <= 8)) {
      throw new IllegalArgumentException("PNG scale must be from 0.25 to 8, not " + pngScale);
    }
    return new LayerRenderer(kb, pngScale);
  }

  /** Renders a layer as an SVG document. */
  public String svg(Layer layer) {
    MatrixPainter painter = new MatrixPainter(MatrixView.of(kb, layer));
    SvgCanvas canvas = new SvgCanvas();
    painter.paint(canvas);
    return canvas.document(painter.width(), painter.height());
  }

  /** Renders a layer as an image. */
  public BufferedImage image(Layer layer) {
    MatrixPainter painter = new MatrixPainter(MatrixView.of(kb, layer));
    ImageCanvas canvas = new ImageCanvas(painter.width(), painter.height(), scale);
    painter.paint(canvas);
    return canvas.image();
  }

  /**
   * Writes a layer as an SVG file in UTF-8. The file is written beside the target and then
   * moved into place, so a failure leaves the previous file intact.
   *
   * @throws IOException if the file cannot be written
   */
  public void writeSvg(Layer layer, Path file) throws IOException {
    byte[] document = svg(layer).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, output -> output.write(document));
  }

  /**
   * Writes a layer as a PNG file, replacing it in the same way as {@link #writeSvg}.
   *
   * @throws IOException if the file cannot be written
   */
  public void writePng(Layer layer, Path file) throws IOException {
    BufferedImage image = image(layer);
    AtomicFiles.write(file, output -> writePng(image, output));
  }

  /**
   * Writes a layer as PNG to a stream, leaving it open.
   *
   * @throws IOException if the stream cannot be written
   */
  public void writePng(Layer layer, OutputStream output) throws IOException {
    writePng(image(layer), output);
  }

  private static void writePng(BufferedImage image, OutputStream output) throws IOException {
    if (!ImageIO.write(image, "png", output)) {
      throw new IOException("no PNG writer is available in this Java runtime");
    }
  }

  /** The IDs of the techniques and sub-techniques a picture of the layer shows. */
  public List<String> visibleTechniques(Layer layer) {
    return MatrixView.of(kb, layer).visibleIds();
  }
}
