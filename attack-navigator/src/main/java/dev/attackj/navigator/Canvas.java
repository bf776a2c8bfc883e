package dev.attackj.navigator;

import java.util.List;
import java.util.Optional;

/** A surface that a layer picture is drawn on: SVG text or a Java 2D image. */
interface Canvas {

  /** Text alignment relative to the x coordinate. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  void rect(double x, double y, double width, double height, String fill, String stroke);

  /** Draws one line of text with its baseline at y. Colors are {@code #rrggbb}. */
  void text(double x, double y, String text, double size, String color, boolean bold,
      Anchor anchor);

  /** Fills a rectangle with colors spread evenly from left to right. */
  void gradient(double x, double y, double width, double height, List<String> colors);

  /**
   * Starts a group of shapes that share a tooltip and, when a web URL is given, a link. Groups
   * do not nest.
   */
  void beginGroup(String tooltip, Optional<String> url);

  void endGroup();
}
