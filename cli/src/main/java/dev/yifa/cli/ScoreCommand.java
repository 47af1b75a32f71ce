package dev.yifa.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.review.CaseFileReviewer;
import dev.yifa.assessment.review.ReviewBatch;
import dev.yifa.assessment.review.ReviewBatchResult;
import dev.yifa.assessment.review.ReviewScheme;
import dev.yifa.assessment.review.ReviewedFile;
import dev.yifa.assessment.review.ReviewerMark;
import dev.yifa.assessment.scheme.AssessmentData;
import dev.yifa.assessment.scheme.AssessmentReport;
import dev.yifa.assessment.scheme.AssessmentResult;
import dev.yifa.assessment.scheme.AssessmentScheme;
import dev.yifa.assessment.scheme.AssessmentScorer;
import dev.yifa.assessment.scheme.SchemeRules;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yifa score --scheme FILE --data FILE|DIR}: scores with a scheme, dispatching on the scheme
 * document's {@code type}.
 *
 * <ul>
 *   <li>{@code assessment-scheme}: the data are {@code assessment-data} documents (one per period);
 *       prints each period's league table with every indicator explained, the awards, and the
 *       change between consecutive periods. A scheme the {@code scheme/2021.1} rules find unlawful
 *       (e.g. scoring by fine revenue) is not used: its report is printed and the exit code is 1.
 *   <li>{@code review-scheme}: the data are case files (any document type {@code yifa check}
 *       knows, e.g. {@code penalty-case}), reports of case files (as {@code yifa check --format
 *       json} prints them), and optional {@code review-marks} documents with reviewers' marks by
 *       case id; prints each file's score with its deductions, the unit averages and the commonest
 *       defects.
 * </ul>
 *
 * <p>{@code --scheme default:county} and {@code --scheme default:review} use the built-in schemes.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {"Scores units (assessment-scheme) or case files (review-scheme) and explains every number."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:the scheme itself is unlawful (e.g. ties fines to assessment); its report is printed",
      "2:bad input: a file that cannot be read or a document that does not fit (reported on stderr)"
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--scheme", required = true, paramLabel = "FILE", description = "An assessment-scheme or review-scheme document, or default:county / default:review.")
  String scheme;

  @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "Data: a .json/.jsonl file or a directory of them.")
  Path data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write index.html, score.json or score.txt into DIR instead of standard output.")
  Path out;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day case files are checked as of (default: today in China).")
  LocalDate asOf;

  enum Format {
    text,
    json,
    html
  }

  /**
   * Reviewers' marks by case id, and the units of case files given as reports: {@code {"type":
   * "review-marks", "marks": {"<case id>": [<mark>…]}, "units": {"<case id>": "<unit>"}}}.
   */
  record ReviewMarks(
      @JsonProperty(required = true) String type,
      @org.jspecify.annotations.Nullable Map<String, List<ReviewerMark>> marks,
      @org.jspecify.annotations.Nullable Map<String, String> units) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      JsonNode schemeDoc = schemeDocument();
      String type = schemeDoc.path("type").asText("");
      List<DocumentFiles.Source> sources = new ArrayList<>();
      for (Path p : DocumentFiles.expand(List.of(data))) {
        sources.addAll(DocumentFiles.read(p));
      }
      return switch (type) {
        case AssessmentScheme.TYPE -> assess(AssessmentScheme.parse(bytes(schemeDoc)), sources);
        case ReviewScheme.TYPE -> review(ReviewScheme.parse(bytes(schemeDoc)), sources);
        default -> throw new InvalidInputException(
            "/type", "assessment-scheme or review-scheme", "at /type: not a scheme: '" + type + "'", scheme, null);
      };
    } catch (InvalidInputException e) {
      err.println("yifa: " + e.getMessage());
      err.flush();
      return Yifa.BAD_INPUT;
    }
  }

  private JsonNode schemeDocument() {
    if (scheme.equals("default:county")) {
      return YifaJson.read(AssessmentScheme.defaultCountyScheme().toJson(), JsonNode.class);
    }
    if (scheme.equals("default:review")) {
      return YifaJson.read(ReviewScheme.defaultScheme().toJson(), JsonNode.class);
    }
    List<DocumentFiles.Source> s = DocumentFiles.read(Path.of(scheme));
    if (s.size() != 1) {
      throw new InvalidInputException("", "one scheme document", "expected one scheme document in " + scheme, scheme, null);
    }
    return s.get(0).document();
  }

  private int assess(AssessmentScheme assessmentScheme, List<DocumentFiles.Source> sources) {
    Report schemeReport = SchemeRules.check(assessmentScheme);
    if (!schemeReport.compliant()) {
      emit(format == Format.json ? schemeReport.toJson() + "\n" : schemeReport.toText(Locale.SIMPLIFIED_CHINESE),
          format == Format.html ? "report.txt" : format == Format.json ? "report.json" : "report.txt");
      spec.commandLine().getErr().println("yifa: scheme " + assessmentScheme.id() + " rejected: it ties fines to assessment");
      spec.commandLine().getErr().flush();
      return Yifa.FINDINGS;
    }
    AssessmentScorer scorer = AssessmentScorer.of(assessmentScheme);
    List<AssessmentResult> results = new ArrayList<>();
    for (DocumentFiles.Source s : sources) {
      try {
        results.add(scorer.score(AssessmentData.parse(bytes(s.document()))));
      } catch (InvalidInputException e) {
        throw e.withSource(s.name());
      }
    }
    if (results.isEmpty()) {
      throw new InvalidInputException("", "assessment-data documents", "no assessment-data documents in " + data, data.toString(), null);
    }
    AssessmentReport report;
    try {
      report = AssessmentReport.of(results);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("/period", "one document per period", e.getMessage(), data.toString(), e);
    }
    switch (format) {
      case json -> emit(report.toJson() + "\n", "score.json");
      case html -> emit(report.toHtml(), "index.html");
      default -> emit(report.toText(), "score.txt");
    }
    return Yifa.OK;
  }

  private int review(ReviewScheme reviewScheme, List<DocumentFiles.Source> sources) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(CheckCommand.CHINA);
    Map<String, List<ReviewerMark>> marks = new HashMap<>();
    Map<String, String> unitsById = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    List<String> units = new ArrayList<>();
    List<JsonNode> documents = new ArrayList<>();
    List<String> documentUnits = new ArrayList<>();
    for (DocumentFiles.Source s : sources) {
      JsonNode doc = s.document();
      try {
        if ("review-marks".equals(doc.path("type").asText())) {
          ReviewMarks m = YifaJson.read(doc, ReviewMarks.class);
          if (m.marks() != null) {
            marks.putAll(m.marks());
          }
          if (m.units() != null) {
            unitsById.putAll(m.units());
          }
        } else if (doc.has("rulePack") && doc.has("findings")) {
          reports.add(YifaJson.read(doc, Report.class));
          units.add(null);
        } else {
          documents.add(doc);
          JsonNode agency = doc.path("agency").path("name");
          documentUnits.add(agency.isTextual() ? agency.asText() : null);
        }
      } catch (InvalidInputException e) {
        throw e.withSource(s.name());
      }
    }
    if (!documents.isEmpty()) {
      reports.addAll(DocumentCheckers.load().checkBatch(documents, day));
      units.addAll(documentUnits);
    }
    CaseFileReviewer reviewer = CaseFileReviewer.of(reviewScheme);
    List<ReviewedFile> files = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String unit = units.get(i) != null ? units.get(i) : unitsById.get(r.subject());
      files.add(new ReviewedFile(r, marks.getOrDefault(r.subject(), List.of()), unit));
    }
    ReviewBatchResult result = ReviewBatch.review(reviewer, files);
    switch (format) {
      case json -> emit(result.toJson() + "\n", "score.json");
      case html -> emit(result.toHtml(), "index.html");
      default -> emit(result.toText(), "score.txt");
    }
    return Yifa.OK;
  }

  private void emit(String text, String fileName) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    try {
      Files.createDirectories(out);
      Path target = out.resolve(fileName);
      Path tmp = out.resolve(fileName + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      spec.commandLine().getOut().println(target);
      spec.commandLine().getOut().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return YifaJson.mapper().writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
