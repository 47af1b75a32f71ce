package dev.yifa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import dev.yifa.core.id.IdentifierDefect;
import dev.yifa.core.id.IdentifierKind;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.json.YifaJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yifa id VALUE…}: validates unified social credit codes, resident identity numbers,
 * division codes and document numbers, detecting the kind of each value.
 *
 * <p>Text output: one line per valid value on stdout, one per invalid value on stderr with the
 * reason. JSON output: one array on stdout with an object per value. Resident identity numbers are
 * always shown masked. Exit 0 if every value is valid, 2 if any is not.
 */
@Command(
    name = "id",
    mixinStandardHelpOptions = true,
    description = {
      "Validates identifiers: unified social credit codes (统一社会信用代码), resident identity numbers"
          + " (公民身份号码, shown masked), administrative-division codes (行政区划代码) and document"
          + " numbers (文号).",
      "Exit code 0 if all are valid, 2 if any is not."
    })
final class IdCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "VALUE", description = "Identifiers to validate.")
  private List<String> values = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: text).")
  private String format = "text";

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Reject resident identity numbers of people born after DATE (ISO, 2025-03-01).")
  private String asOf;

  IdCommand() {}

  @Override
  public Integer call() {
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new ParameterException(spec.commandLine(), "--format must be text or json: " + format);
    };
    LocalDate asOfDate = null;
    if (asOf != null) {
      try {
        asOfDate = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--as-of must be an ISO date (2025-03-01): " + asOf);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Map<String, Object>> results = new ArrayList<>();
    boolean allValid = true;
    for (String value : values) {
      Result r = validate(value, asOfDate);
      allValid &= r.defect.isEmpty();
      if (json) {
        results.add(r.toJson());
      } else if (r.defect.isEmpty()) {
        out.printf(Locale.ROOT, "VALID    %-16s %s  %s%n", r.kind, r.shown, r.details);
      } else {
        IdentifierDefect d = r.defect.get();
        err.printf(Locale.ROOT, "INVALID  %-16s %s  %s: %s%n", r.kind, d.maskedValue(), d.reason(), d.detail());
      }
    }
    if (json) {
      try {
        out.println(YifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.flush();
    err.flush();
    return allValid ? Yifa.OK : Yifa.BAD_INPUT;
  }

  /** Guesses the kind of a value, preferring a valid reading when 18 digits fit two kinds. */
  static IdentifierKind detect(String v) {
    for (int i = 0; i < v.length(); i++) {
      if ("号〔〕[]［］()（）【】﹝﹞".indexOf(v.charAt(i)) >= 0) {
        return IdentifierKind.DOCUMENT_NUMBER;
      }
    }
    boolean digits = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean lastX = i == v.length() - 1 && (c == 'X' || c == 'x');
      digits &= (c >= '0' && c <= '9') || lastX;
    }
    if (v.length() == 18) {
      if (!digits || ResidentIdNumber.isValid(v)) {
        return digits ? IdentifierKind.RESIDENT_ID : IdentifierKind.USCC;
      }
      return UnifiedSocialCreditCode.isValid(v) ? IdentifierKind.USCC : IdentifierKind.RESIDENT_ID;
    }
    if (digits && v.length() <= 8) {
      return IdentifierKind.DIVISION_CODE;
    }
    // Long digit strings are most likely mistyped identity numbers: treat them as personal data.
    return digits ? IdentifierKind.RESIDENT_ID : IdentifierKind.USCC;
  }

  private static Result validate(String v, LocalDate asOf) {
    IdentifierKind kind = detect(v);
    Map<String, Object> details = new LinkedHashMap<>();
    return switch (kind) {
      case USCC -> {
        Optional<IdentifierDefect> d = UnifiedSocialCreditCode.check(v);
        String text = "";
        if (d.isEmpty()) {
          UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse(v);
          details.put("registrationAuthority", String.valueOf(c.registrationAuthority()));
          details.put("organisationType", String.valueOf(c.organisationType()));
          details.put("divisionCode", c.divisionCode());
          details.put("organisationCode", c.organisationCode());
          text = "registration authority " + c.registrationAuthority() + ", organisation type "
              + c.organisationType() + ", division " + c.divisionCode() + ", organisation code "
              + c.organisationCode();
        }
        yield new Result(kind, v, d, text, details);
      }
      case RESIDENT_ID -> {
        Optional<IdentifierDefect> d = asOf == null ? ResidentIdNumber.check(v) : ResidentIdNumber.check(v, asOf);
        String shown = IdentifierDefect.mask(v);
        String text = "";
        if (d.isEmpty()) {
          ResidentIdNumber id = ResidentIdNumber.parse(v);
          shown = id.masked();
          details.put("birthDate", id.birthDate().toString());
          details.put("sex", id.sex().name());
          details.put("divisionCode", id.divisionCode().toString());
          text = "born " + id.birthDate() + ", " + id.sex() + ", division " + id.divisionCode();
          if (asOf != null) {
            details.put("ageOnAsOf", id.ageOn(asOf));
            text += ", aged " + id.ageOn(asOf) + " on " + asOf;
          }
        }
        yield new Result(kind, shown, d, text, details);
      }
      case DIVISION_CODE -> {
        Optional<IdentifierDefect> d = DivisionCode.check(v);
        String text = "";
        if (d.isEmpty()) {
          DivisionCode c = DivisionCode.parse(v);
          details.put("level", c.level().name());
          details.put("province", c.province().toString());
          c.prefecture().ifPresent(p -> details.put("prefecture", p.toString()));
          text = c.level() + ", province " + c.province()
              + c.prefecture().map(p -> ", prefecture " + p).orElse("");
        }
        yield new Result(kind, v, d, text, details);
      }
      case DOCUMENT_NUMBER -> {
        Optional<IdentifierDefect> d = DocumentNumber.check(v);
        String shown = v;
        String text = "";
        if (d.isEmpty()) {
          DocumentNumber n = DocumentNumber.parse(v);
          shown = n.toString();
          details.put("issuer", n.issuer());
          details.put("year", n.year());
          details.put("number", n.number());
          text = "issuer " + n.issuer() + ", year " + n.year() + ", number " + n.number();
        }
        yield new Result(kind, shown, d, text, details);
      }
    };
  }

  /** The outcome for one value; {@code shown} is masked for personal values. */
  private record Result(
      IdentifierKind kind,
      String shown,
      Optional<IdentifierDefect> defect,
      String details,
      Map<String, Object> parts) {
    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", kind.name());
      m.put("valid", defect.isEmpty());
      if (defect.isPresent()) {
        IdentifierDefect d = defect.get();
        m.put("value", d.maskedValue());
        m.put("reason", d.reason().name());
        d.position().ifPresent(p -> m.put("position", p));
        m.put("message", d.detail());
      } else {
        m.put("value", shown);
        m.put("details", parts);
      }
      return m;
    }
  }
}
