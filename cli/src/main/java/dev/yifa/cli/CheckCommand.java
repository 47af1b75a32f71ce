package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Report;
import dev.yifa.enforcement.catalog.DiscretionBenchmarks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yifa check FILE|DIR …}: checks documents against the law and prints a report per document.
 * A {@code .json} file holds one document; a {@code .jsonl} file holds one document per line; a
 * directory is searched recursively for both, in path order. Documents of every known type are
 * checked together, so that findings across documents (the same party fined twice) are seen.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Checks documents (penalty-case, power-catalog, …) against the law and reports every finding with its citation."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every document is compliant (no ERROR finding)",
      "1:some document has an ERROR finding",
      "2:bad input: a file that cannot be read or a document that does not fit its type (reported on stderr)"
    })
final class CheckCommand implements Callable<Integer> {
  /** The time zone "today" is taken in when no --as-of is given. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents: .json files, .jsonl files, or directories of them.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json: one report per line (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day the check is made as of (default: today in China).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "Text in zh or en (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Option(names = "--benchmarks", paramLabel = "FILE", description = "A discretion-benchmarks document: penalty-case fines are checked against it (行政处罚法 art. 34).")
  Path benchmarks;

  enum Format {
    text,
    json
  }

  enum Lang {
    zh,
    en
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now(CHINA);
    DocumentCheckers checkers = DocumentCheckers.load();
    if (benchmarks != null) {
      DiscretionBenchmarks b;
      try {
        b = DiscretionBenchmarks.fromJson(Files.readString(benchmarks, StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.println("yifa: cannot read " + benchmarks + ": " + e.getMessage());
        return Yifa.BAD_INPUT;
      } catch (InvalidInputException e) {
        err.println("yifa: " + e.withSource(benchmarks.toString()).getMessage());
        return Yifa.BAD_INPUT;
      }
      checkers = checkers.withContext(ctx -> ctx.with(DiscretionBenchmarks.CONTEXT_KEY, b));
    }
    boolean badInput = false;
    List<DocumentFiles.Source> sources = new ArrayList<>();
    for (Path path : DocumentFiles.expand(paths)) {
      try {
        sources.addAll(DocumentFiles.read(path));
      } catch (InvalidInputException e) {
        err.println("yifa: " + e.getMessage());
        badInput = true;
      }
    }
    // Documents whose type or region is wrong are reported and left out; the rest are checked together.
    List<DocumentFiles.Source> checkable = new ArrayList<>();
    List<JsonNode> documents = new ArrayList<>();
    for (DocumentFiles.Source s : sources) {
      try {
        checkers.contextFor(s.document(), day);
        JsonNode type = s.document().get("type");
        if (type == null || checkers.forType(type.asText()).isEmpty()) {
          checkers.check(s.document(), day); // throws the precise error
        }
        checkable.add(s);
        documents.add(s.document());
      } catch (InvalidInputException e) {
        err.println("yifa: " + e.withSource(s.name()).getMessage());
        badInput = true;
      }
    }
    List<Report> reports;
    try {
      reports = checkers.checkBatch(documents, day);
    } catch (InvalidInputException e) {
      // A shape error in one document: check one by one so the others still get their reports.
      reports = new ArrayList<>();
      List<DocumentFiles.Source> kept = new ArrayList<>();
      for (DocumentFiles.Source s : checkable) {
        try {
          reports.add(checkers.check(s.document(), day));
          kept.add(s);
        } catch (InvalidInputException one) {
          err.println("yifa: " + one.withSource(s.name()).getMessage());
          badInput = true;
        }
      }
      checkable = kept;
    }
    boolean findings = false;
    Locale locale = lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      findings |= !r.compliant();
      if (format == Format.json) {
        out.println(r.toJson());
      } else {
        out.println("== " + checkable.get(i).name());
        out.println(r.toText(locale));
      }
    }
    out.flush();
    err.flush();
    if (badInput) {
      return Yifa.BAD_INPUT;
    }
    return findings ? Yifa.FINDINGS : Yifa.OK;
  }
}
