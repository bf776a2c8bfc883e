package dev.attackj.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of a remediation plan: the target coverage, the waves and the assessment date. */
final class PlanOptions {

  @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "80",
      description = "The coverage of the profile to reach, in percent (default: ${DEFAULT-VALUE}).")
  double target;

  @Option(names = "--waves", split = ",", paramLabel = "DAYS", defaultValue = "30,60,90",
      description = "The days after the assessment by which each wave ends "
          + "(default: ${DEFAULT-VALUE}).")
  List<Integer> waves = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The assessment date (default: today, UTC).")
  LocalDate date;

  /** Reads a {@code --date} in ISO form, naming the value and the expected form when invalid. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException error) {
        throw new CommandLine.TypeConversionException(
            "invalid date " + value + ": expected YYYY-MM-DD");
      }
    }
  }
}
