package dev.attackj.navigator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/** A canvas that paints on a Java 2D image, headless and without native libraries. */
final class ImageCanvas implements Canvas {

  private final BufferedImage image;
  private final Graphics2D graphics;

  ImageCanvas(double width, double height, double scale) {
    image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
        BufferedImage.TYPE_INT_RGB);
    graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
        RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    graphics.scale(scale, scale);
    graphics.setColor(Color.WHITE);
    graphics.fill(new Rectangle2D.Double(0, 0, width, height));
    graphics.setStroke(new BasicStroke(0.5f));
  }

  @Override
  public void rect(double x, double y, double width, double height, String fill,
      String stroke) {
    Rectangle2D box = new Rectangle2D.Double(x, y, width, height);
    if (!fill.equals("none")) {
      graphics.setColor(color(fill));
      graphics.fill(box);
    }
    if (!stroke.equals("none")) {
      graphics.setColor(color(stroke));
      graphics.draw(box);
    }
  }

  @Override
  public void text(double x, double y, String text, double size, String color, boolean bold,
      Anchor anchor) {
    graphics.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1)
        .deriveFont((float) size));
    FontMetrics metrics = graphics.getFontMetrics();
    double width = metrics.getStringBounds(text, graphics).getWidth();
    double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2
        : x - width;
    graphics.setColor(color(color));
    graphics.drawString(text, (float) left, (float) y);
  }

  @Override
  public void gradient(double x, double y, double width, double height, List<String> colors) {
    if (colors.size() < 2) {
      rect(x, y, width, height, colors.isEmpty() ? "#ffffff" : colors.get(0), "#999999");
      return;
    }
    float[] fractions = new float[colors.size()];
    Color[] paints = new Color[colors.size()];
    for (int i = 0; i < colors.size(); i++) {
      fractions[i] = (float) i / (colors.size() - 1);
      paints[i] = color(colors.get(i));
    }
    graphics.setPaint(new LinearGradientPaint((float) x, (float) y, (float) (x + width),
        (float) y, fractions, paints));
    graphics.fill(new Rectangle2D.Double(x, y, width, height));
    rect(x, y, width, height, "none", "#999999");
  }

  @Override
  public void beginGroup(String tooltip, Optional<String> url) {
    // An image has no tooltips or links.
  }

  @Override
  public void endGroup() {
    // An image has no tooltips or links.
  }

  BufferedImage image() {
    graphics.dispose();
    return image;
  }

  private static Color color(String text) {
    double[] rgba = CssColor.parse(text).orElse(new double[] {255, 255, 255, 1});
    return new Color((int) Math.round(rgba[0]), (int) Math.round(rgba[1]),
        (int) Math.round(rgba[2]));
  }
}
