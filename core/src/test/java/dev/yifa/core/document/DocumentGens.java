package dev.yifa.core.document;

import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.decision.ActingBody;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of normative documents and queries over a small world, so that queries hit. */
final class DocumentGens {
  static final List<String> REGIONS =
      List.of("360000", "360400", "360424", "360423", "360100", "360102", "110000", "110105");
  static final List<String> WORDS =
      List.of("农贸市场", "管理", "办法", "计划生育", "社会抚养费", "公交", "补贴", "通知", "暂行", "规定", "实施", "意见");
  static final List<String> ISSUERS = List.of("修水县人民政府", "九江市人民政府", "江西省人民政府", "国务院办公厅", "修水县市场监督管理局");

  /** The grid step of generated dates, in days. */
  static final int STEP = 73;

  private DocumentGens() {}

  static LocalDate day(int k) {
    return LocalDate.of(2015, 1, 1).plusDays((long) k * STEP);
  }

  /** A document made from a seed and an index (the index keeps ids unique). */
  static NormativeDocument document(long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed);
    String region = REGIONS.get(r.nextInt(REGIONS.size()));
    BodyLevel level =
        region.endsWith("0000") ? BodyLevel.PROVINCE : region.endsWith("00") ? BodyLevel.PREFECTURE : BodyLevel.COUNTY;
    if (r.nextInt(10) == 0) {
      level = BodyLevel.NATIONAL;
    }
    String issuerName = ISSUERS.get(r.nextInt(ISSUERS.size()));
    ActingBody issuer =
        new ActingBody(issuerName, level, BodyKind.GOVERNMENT, null, DivisionCode.parse(region));
    // Dates fall on a coarse grid so that query days often hit a boundary exactly.
    LocalDate effective = day(r.nextInt(60));
    LocalDate issued = effective.minusDays(r.nextInt(3) * STEP);
    LocalDate expires = r.nextBoolean() ? effective.plusDays(r.nextInt(20) * STEP) : null;
    LocalDate repealed = r.nextInt(4) == 0 ? issued.plusDays(r.nextInt(30) * STEP) : null;
    NormativeDocument.Suspension suspension = null;
    if (r.nextInt(6) == 0) {
      LocalDate from = effective.plusDays(r.nextInt(10) * STEP);
      suspension =
          new NormativeDocument.Suspension(from, r.nextBoolean() ? from.plusDays((1 + r.nextInt(5)) * STEP) : null);
    }
    NormativeDocument.Publication publication =
        r.nextInt(5) == 0 ? null : new NormativeDocument.Publication(issued.plusDays(r.nextInt(3) * STEP), null);
    String title = phrase(r, 2 + r.nextInt(3));
    String text = r.nextBoolean() ? phrase(r, 3 + r.nextInt(6)) : null;
    DocumentNumber number = r.nextBoolean() ? DocumentNumber.of("修府规", issued.getYear(), index + 1) : null;
    return new NormativeDocument(
        NormativeDocument.TYPE, "D" + index, DivisionCode.parse(region), number, title, issuer,
        Set.of(), null, null, null, null, issued, publication, effective, expires, null,
        repealed, suspension, null, null, text);
  }

  private static String phrase(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(WORDS.get(r.nextInt(WORDS.size())));
    }
    return sb.toString();
  }

  static Gen<List<NormativeDocument>> documents(int max) {
    return SourceDSL.lists()
        .of(SourceDSL.longs().all())
        .ofSizeBetween(0, max)
        .map(
            seeds -> {
              List<NormativeDocument> out = new ArrayList<>();
              for (int i = 0; i < seeds.size(); i++) {
                out.add(document(seeds.get(i), i));
              }
              return out;
            });
  }

  static Gen<DocumentQuery> queries() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DocumentQuery q = DocumentQuery.all();
              if (r.nextInt(4) != 0) {
                q = q.inRegion(DivisionCode.parse(REGIONS.get(r.nextInt(REGIONS.size()))));
              }
              if (r.nextInt(4) != 0) {
                DocumentStatus[] all = DocumentStatus.values();
                DocumentStatus status = r.nextBoolean() ? DocumentStatus.IN_FORCE : all[r.nextInt(all.length)];
                int offset = r.nextInt(5) < 3 ? 0 : r.nextBoolean() ? 1 : -1;
                q = q.withStatusOn(status, day(r.nextInt(70)).plusDays(offset));
              }
              if (r.nextInt(4) == 0) {
                q = q.issuedBy(ISSUERS.get(r.nextInt(ISSUERS.size())));
              }
              if (r.nextInt(4) == 0) {
                q = q.titleContaining(word(r));
              }
              if (r.nextInt(4) == 0) {
                q = q.textContaining(word(r));
              }
              return q;
            });
  }

  /** A whole word, a fragment of one, or a pair across a word boundary. */
  private static String word(SplittableRandom r) {
    String w = WORDS.get(r.nextInt(WORDS.size()));
    switch (r.nextInt(4)) {
      case 0:
        return w.substring(0, 1);
      case 1:
        return w.substring(w.length() - 2);
      case 2:
        return w.substring(w.length() - 1) + WORDS.get(r.nextInt(WORDS.size())).substring(0, 1);
      default:
        return w;
    }
  }
}
