package dev.yifa.enforcement.penalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.enforcement.catalog.DiscretionRules;
import dev.yifa.enforcement.catalog.FineClaim;
import dev.yifa.core.money.Money;
import java.util.Set;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule packs for {@code penalty-case} documents: {@code penalty/2017.1} (行政处罚法 as amended in
 * 2017, in force 2018-01-01 to 2021-07-14, citing its article numbers) and {@code penalty/2021.1}
 * (the 2021 revision), and the choice between them.
 *
 * <p><b>Which law.</b> A case is checked by the law in force when its procedure was taken: the
 * decision day, else the filing day, else the day the lead was received ({@link
 * PenaltyCase#procedureDay()}); before 2021-07-15 that is the 2017 text. Substantive rules follow
 * 从旧兼从轻 (行政处罚法（2021）第三十七条: the law at the time of the act, unless the law at the time of
 * decision is lighter): under the 2021 pack the five-year limitation applies only to acts completed
 * from 2021-07-15 (heavier, so not retroactive), while no penalty without fault (第三十三条第二款,
 * lighter) applies to every case decided under it. A step taken before 2021-07-15 in a case decided
 * later is judged by the text in force when it was taken (a prior notice then need not state the
 * proposed penalty). Cases whose procedure predates 2018-01-01 get the 2017 pack and a note.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PenaltyPacks {
  /** 市场监督管理行政处罚程序规定 (2021), cited for the filing period of leads. */
  static final InstrumentVersion SAMR_PROCEDURE =
      LawCatalog.builtIn().requireVersion("samr-administrative-penalty-procedure", "2021");

  private static final Messages MESSAGES =
      Messages.load("messages", PenaltyPacks.class::getResourceAsStream);

  /** The rules of the 2017 text, applying to procedure taken before 2021-07-15. */
  public static final RulePack<PenaltyCase> PACK_2017 = pack("2017.1", PenaltyRules.Ver.V2017);

  /** The rules of the 2021 text, applying to procedure taken from 2021-07-15. */
  public static final RulePack<PenaltyCase> PACK_2021 = pack("2021.1", PenaltyRules.Ver.V2021);

  private static final Checker<PenaltyCase> CHECKER_2017 = Checker.of(PACK_2017);
  private static final Checker<PenaltyCase> CHECKER_2021 = Checker.of(PACK_2021);

  private PenaltyPacks() {}

  private static RulePack<PenaltyCase> pack(String version, PenaltyRules.Ver v) {
    RulePack.Builder<PenaltyCase> b =
        RulePack.builder("penalty", version, PenaltyCase.class)
            .documentType(PenaltyCase.TYPE)
            .subjectId(PenaltyCase::id)
            .relevantDate(PenaltyCase::procedureDay)
            .messages(MESSAGES)
            .addAll(PenaltyRules.rules(v));
    if (v == PenaltyRules.Ver.V2021) {
      // Fines against the published discretion benchmarks in the context (行政处罚法（2021）第三十四条);
      // these rules cite the 2021 text, and find nothing when the context holds no benchmarks.
      b.addAll(DiscretionRules.forFines(PenaltyPacks::fineClaims));
    }
    return b.build();
  }

  /**
   * The fines a case imposes, as claims to check against discretion benchmarks: one per FINE
   * penalty, when the case names its violation code and its discretion level.
   *
   * @param c the case
   * @return the claims, possibly none
   */
  static List<FineClaim> fineClaims(PenaltyCase c) {
    PenaltyCase.Decision d = c.decision();
    if (d == null
        || c.violation().code() == null
        || d.discretion() == null
        || d.discretion().level() == null) {
      return List.of();
    }
    @Nullable Money gains = null;
    for (Penalty p : d.penalties()) {
      if (p.kind() == PenaltyKind.CONFISCATE_GAINS && p.amount() != null) {
        gains = p.amount();
      }
    }
    List<FineClaim> claims = new ArrayList<>();
    for (int i = 0; i < d.penalties().size(); i++) {
      Penalty p = d.penalties().get(i);
      if (p.kind() == PenaltyKind.FINE && p.amount() != null) {
        claims.add(
            new FineClaim(
                "/decision/penalties/" + i + "/amount",
                c.violation().code(),
                d.discretion().level().name(),
                p.amount(),
                gains,
                Set.copyOf(d.mitigationGrounds())));
      }
    }
    return claims;
  }

  /**
   * Chooses the pack for a case by the day its procedure was taken.
   *
   * @param penaltyCase the case
   * @param asOf the day used when the case has no procedure day
   * @return {@link #PACK_2017} before 2021-07-15, else {@link #PACK_2021}
   */
  public static RulePack<PenaltyCase> forCase(PenaltyCase penaltyCase, LocalDate asOf) {
    checkNotNull(penaltyCase, "penaltyCase");
    checkNotNull(asOf, "asOf");
    LocalDate day = penaltyCase.procedureDay();
    return (day == null ? asOf : day).isBefore(PenaltyRules.APL_2021_FROM) ? PACK_2017 : PACK_2021;
  }

  /**
   * Chooses the pack for a case with a procedure day; a case without one gets {@link #PACK_2021}.
   *
   * @param penaltyCase the case
   * @return the pack
   */
  public static RulePack<PenaltyCase> forCase(PenaltyCase penaltyCase) {
    checkNotNull(penaltyCase, "penaltyCase");
    LocalDate day = penaltyCase.procedureDay();
    return forCase(penaltyCase, day == null ? PenaltyRules.APL_2021_FROM : day);
  }

  /**
   * Checks one case with the pack of its law.
   *
   * @param penaltyCase the case
   * @param ctx the context (as-of day, profile of the case's region, calendar)
   * @return the report, naming the pack used
   */
  public static Report check(PenaltyCase penaltyCase, RuleContext ctx) {
    checkNotNull(penaltyCase, "penaltyCase");
    checkNotNull(ctx, "ctx");
    RulePack<PenaltyCase> pack = forCase(penaltyCase, ctx.asOf());
    Report report = (pack == PACK_2017 ? CHECKER_2017 : CHECKER_2021).check(penaltyCase, ctx);
    LocalDate day = penaltyCase.procedureDay();
    if (day != null && day.isBefore(PenaltyRules.APL_2017_FROM)) {
      List<String> notes = new ArrayList<>(report.notes());
      notes.add("procedure before 2018-01-01 checked against the 2017 text of the Administrative Penalty Law");
      return new Report(report.subject(), report.type(), report.rulePack(), report.profile(), report.findings(), notes);
    }
    return report;
  }

  /**
   * Checks cases together, adding the findings only a batch shows: the same party fined twice for
   * the same violation ({@link PenaltyBatch}), reported on every case concerned.
   *
   * @param cases the cases
   * @param contexts the context of each case, in the same order
   * @return one report per case, in order
   */
  public static List<Report> checkBatch(List<PenaltyCase> cases, List<RuleContext> contexts) {
    checkNotNull(cases, "cases");
    checkNotNull(contexts, "contexts");
    checkArgument(
        cases.size() == contexts.size(),
        "cases and contexts must have the same size: %s != %s",
        cases.size(),
        contexts.size());
    PenaltyBatch batch = PenaltyBatch.of(cases);
    List<Report> reports = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      reports.add(check(cases.get(i), contexts.get(i).with(PenaltyBatch.KEY, batch)));
    }
    return List.copyOf(reports);
  }

  /**
   * Returns the pack of a name as reports give it.
   *
   * @param name {@code penalty/2017.1} or {@code penalty/2021.1}
   * @return the pack, or null if unknown
   */
  public static @Nullable RulePack<PenaltyCase> byName(String name) {
    checkNotNull(name, "name");
    if (PACK_2017.name().equals(name)) {
      return PACK_2017;
    }
    return PACK_2021.name().equals(name) ? PACK_2021 : null;
  }
}
