package dev.attackj.navigator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A canvas that writes SVG 1.1. Every text and attribute value is XML-escaped, and links are
 * written only for http and https URLs; no script or event attribute is ever written.
 */
final class SvgCanvas implements Canvas {

  private final StringBuilder body = new StringBuilder(1 << 16);
  private int gradients;
  private boolean openLink;

  @Override
  public void rect(double x, double y, double width, double height, String fill,
      String stroke) {
    body.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
        .append("\" width=\"").append(number(width)).append("\" height=\"")
        .append(number(height)).append("\" fill=\"").append(SafeText.xml(fill))
        .append("\" stroke=\"").append(SafeText.xml(stroke)).append("\"/>\n");
  }

  @Override
  public void text(double x, double y, String text, double size, String color, boolean bold,
      Anchor anchor) {
    body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
        .append("\" font-size=\"").append(number(size)).append("\" fill=\"")
        .append(SafeText.xml(color)).append('"');
    if (bold) {
      body.append(" font-weight=\"bold\"");
    }
    if (anchor != Anchor.START) {
      body.append(" text-anchor=\"").append(anchor.name().toLowerCase(Locale.ROOT)).append('"');
    }
    body.append('>').append(SafeText.xml(text)).append("</text>\n");
  }

  @Override
  public void gradient(double x, double y, double width, double height, List<String> colors) {
    String id = "gradient" + gradients++;
    body.append("<defs><linearGradient id=\"").append(id).append("\">");
    for (int i = 0; i < colors.size(); i++) {
      double offset = colors.size() == 1 ? 0 : 100.0 * i / (colors.size() - 1);
      body.append("<stop offset=\"").append(number(offset)).append("%\" stop-color=\"")
          .append(SafeText.xml(colors.get(i))).append("\"/>");
    }
    body.append("</linearGradient></defs>\n");
    rect(x, y, width, height, "url(#" + id + ")", "#999999");
  }

  @Override
  public void beginGroup(String tooltip, Optional<String> url) {
    Optional<String> link = url.filter(SafeText::isWebUrl);
    if (link.isPresent()) {
      body.append("<a href=\"").append(SafeText.xml(link.get().trim()))
          .append("\" target=\"_blank\">");
    }
    body.append("<g>");
    if (!tooltip.isEmpty()) {
      body.append("<title>").append(SafeText.xml(tooltip)).append("</title>");
    }
    body.append('\n');
    this.openLink = link.isPresent();
  }

  @Override
  public void endGroup() {
    body.append("</g>");
    if (openLink) {
      body.append("</a>");
      openLink = false;
    }
    body.append('\n');
  }

  /** The SVG document of the given size. */
  String document(double width, double height) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + number(width)
        + "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(width) + " "
        + number(height) + "\" font-family=\"sans-serif\">\n"
        + "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        + body + "</svg>\n";
  }

  private static String number(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
