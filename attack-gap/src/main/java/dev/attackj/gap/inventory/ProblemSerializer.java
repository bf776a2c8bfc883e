package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.attackj.core.Problem;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a {@link Problem} as a JSON object with {@code file}, {@code line}, {@code column},
 * {@code pointer}, {@code id}, {@code severity} and {@code message}, leaving out absent parts.
 */
public final class ProblemSerializer extends StdSerializer<Problem> {

  private static final long serialVersionUID = 1L;

  public ProblemSerializer() {
    super(Problem.class);
  }

  @Override
  public void serialize(Problem problem, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("file", problem.file());
    if (problem.line().isPresent()) {
      out.writeNumberField("line", problem.line().get());
    }
    if (problem.column().isPresent()) {
      out.writeNumberField("column", problem.column().get());
    }
    if (problem.pointer().isPresent()) {
      out.writeStringField("pointer", problem.pointer().get());
    }
    if (problem.objectId().isPresent()) {
      out.writeStringField("id", problem.objectId().get());
    }
    out.writeStringField("severity", problem.severity().name().toLowerCase(Locale.ROOT));
    out.writeStringField("message", problem.message());
    out.writeEndObject();
  }
}
