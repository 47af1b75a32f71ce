package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.card.Card;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.Cards;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Report;
import dev.yifa.testkit.DemoCounty;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yifa demo [--out DIR]}: generates the demo county ({@link DemoCounty}), checks every
 * document, computes the officers' cards and writes a report — {@code report.json} for programs,
 * {@code report.txt} and {@code index.html} for people — next to the documents it checked.
 *
 * <p>The output is the same bytes on every run (fixed seed, fixed as-of day, no clock). Files are
 * written to a temporary directory beside the target and moved into place at the end, so a failed
 * run leaves nothing half-written. An existing non-empty directory is refused unless an earlier
 * demo made it (it holds {@value #MARKER}) or {@code --force} is given.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generates the demo county (示范县: 45 units, 294 powers, ~800 officers, 300 penalty cases, 24 major decisions,"
          + " 12 normative documents), checks every document, computes the officers' red/yellow/green cards and writes a report (report.txt, report.json,"
          + " index.html)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the demo ran (its findings are expected)",
      "2:the output directory cannot be used (not empty, not a directory, not writable)"
    })
final class DemoCommand implements Callable<Integer> {
  /** The file that marks a directory as written by {@code yifa demo}. */
  static final String MARKER = ".yifa-demo";

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "yifa-demo", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--force", description = "Replace the output directory even if yifa demo did not create it.")
  boolean force;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "Text in zh or en (default: ${DEFAULT-VALUE}).")
  CheckCommand.Lang lang;

  @Option(names = "--seed", paramLabel = "N", description = "Another seed for the county (default: the standard demo).")
  Long seed;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path target = out.toAbsolutePath().normalize();
    String refusal = refusal(target);
    if (refusal != null) {
      err.println("yifa: " + refusal);
      err.flush();
      return Yifa.BAD_INPUT;
    }

    DemoCounty county = DemoCounty.generate(seed == null ? DemoCounty.DEFAULT_SEED : seed);
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    documents.put("documents/catalog/power-catalog.json", county.catalog());
    for (JsonNode c : county.penaltyCases()) {
      documents.put("documents/penalty/" + c.get("id").asText() + ".json", c);
    }
    documents.put("documents/officers/officer-events.json", county.officerEvents());
    for (JsonNode d : county.majorDecisions()) {
      documents.put("documents/decision/" + d.get("id").asText() + ".json", d);
    }
    for (JsonNode d : county.normativeDocuments()) {
      documents.put("documents/normative/" + d.get("id").asText() + ".json", d);
    }

    List<Report> reports = DocumentCheckers.load().checkBatch(new ArrayList<>(documents.values()), DemoCounty.AS_OF);
    OfficerLog log = OfficerLog.parse(DemoCounty.toJson(county.officerEvents()).getBytes(StandardCharsets.UTF_8));
    List<Card> cards = Cards.of(log, CardPolicy.defaultPolicy()).all(DemoCounty.AS_OF);
    DemoGovernance governance = DemoGovernance.of(county, reports);
    DemoScoring.Result scoring = DemoScoring.of(county, reports, log, cards, governance);
    DemoReport report = DemoReport.of(county, List.copyOf(documents.keySet()), reports, log, cards)
        .withGovernance(governance).withScoring(scoring);
    boolean zh = lang == CheckCommand.Lang.zh;

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(MARKER, "yifa demo output; safe to delete\n".getBytes(StandardCharsets.UTF_8));
    documents.forEach((path, doc) -> files.put(path, utf8(DemoCounty.toJson(doc))));
    StringBuilder lines = new StringBuilder();
    for (Report r : reports) {
      lines.append(r.toJson()).append('\n');
    }
    files.put("reports.jsonl", utf8(lines.toString()));
    files.put("assessment/assessment-data.json", utf8(scoring.data()));
    files.put("assessment/case-file-review.json", utf8(scoring.review().toJson() + "\n"));
    files.put("report.json", utf8(report.toJson()));
    String text = report.toText(zh);
    files.put("report.txt", utf8(text));
    files.put("index.html", utf8(report.toHtml(zh)));
    try {
      write(target, files);
    } catch (IOException | UncheckedIOException e) {
      err.println("yifa: cannot write " + target + ": " + e.getMessage());
      err.flush();
      return Yifa.BAD_INPUT;
    }
    stdout.print(text);
    stdout.println();
    stdout.println((zh ? "已写入 " : "Written to ") + target);
    stdout.println("  report.txt  report.json  index.html  reports.jsonl  documents/  assessment/");
    stdout.println(zh
        ? "再查一遍：./yifa check " + target.resolve("documents") + " --as-of " + DemoCounty.AS_OF
        : "Check again: ./yifa check " + target.resolve("documents") + " --as-of " + DemoCounty.AS_OF + " --lang en");
    stdout.flush();
    return Yifa.OK;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Why the target cannot be written, or null if it can. */
  private String refusal(Path target) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      return target + " exists and is not a directory";
    }
    if (Files.isDirectory(target) && !isEmpty(target) && !Files.exists(target.resolve(MARKER)) && !force) {
      return target + " is not empty and was not made by yifa demo; choose another --out or add --force";
    }
    return null;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every file into a fresh sibling directory, then swaps it into place. */
  private static void write(Path target, Map<String, byte[]> files) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = tmp.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
      } else {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
          throw new IOException("appeared while writing", e);
        }
      }
    } finally {
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
