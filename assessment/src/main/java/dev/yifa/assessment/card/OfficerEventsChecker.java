package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.yifa.core.law.Laws.APL_2021;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.ContextKey;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an {@code officer-events} log for what the log itself shows to be wrong: an officer who
 * handled a case on a day when, by the log, the officer could not enforce (行政处罚法 2021 第四十二条,
 * 第七十六条第一款第五项), and misconduct recorded without the finding it rests on. Registered as a
 * {@link DocumentChecker} service for {@code yifa check}. Cards are computed under the policy in
 * the context ({@link #POLICY}), or the {@linkplain CardPolicy#defaultPolicy() default policy}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OfficerEventsChecker implements DocumentChecker {
  /** The card policy to compute cards with; absent for the default policy. */
  public static final ContextKey<CardPolicy> POLICY = ContextKey.of("cardPolicy", CardPolicy.class);

  private static final ContextKey<Cards> CARDS = ContextKey.of("cards", Cards.class);

  private static final Messages MESSAGES =
      Messages.load("messages", OfficerEventsChecker.class::getResourceAsStream);

  /**
   * 行政处罚法（2021）第四十二条第一款、第七十六条第一款第五项：行政处罚应当由具有行政执法资格的执法人员实施；执法人员未取得执法证件的，
   * 对直接负责的主管人员和其他直接责任人员依法给予处分。Only certified officers enforce.
   */
  static final Rule<OfficerLog> ENFORCED_WITHOUT_CERTIFICATE =
      Rule.<OfficerLog>builder("APL-076-enforced-without-certificate")
          .cites(APL_2021.article(76).paragraph(1).item(5), APL_2021.article(42).paragraph(1))
          .severity(Severity.ERROR)
          .message("card.enforcedWithoutCertificate")
          .check(
              (log, ctx, out) -> {
                Cards cards = ctx.get(CARDS);
                Set<String> superseded = superseded(log);
                List<OfficerEvent> events = log.events();
                for (int i = 0; i < events.size(); i++) {
                  OfficerEvent e = events.get(i);
                  if (e.type() != OfficerEventType.CASE_HANDLED
                      || superseded.contains(e.id())
                      || e.date().isAfter(ctx.asOf())) {
                    continue;
                  }
                  Card card = cards.card(e.officer(), e.date());
                  if (!card.mayEnforce()) {
                    out.finding("/events/" + i)
                        .value("officer", e.officer())
                        .value("date", e.date().toString())
                        .value("caseId", String.valueOf(e.caseId()))
                        .value("reason", reason(card));
                  }
                }
              })
          .build();

  /**
   * 行政处罚法（2021）第七十六条第一款：对直接负责的主管人员和其他直接责任人员依法给予处分 — discipline rests on a
   * finding, so a misconduct event names it.
   */
  static final Rule<OfficerLog> MISCONDUCT_WITHOUT_BASIS =
      Rule.<OfficerLog>builder("APL-076-misconduct-without-basis")
          .cites(APL_2021.article(76).paragraph(1))
          .severity(Severity.WARNING)
          .message("card.misconductWithoutBasis")
          .check(
              (log, ctx, out) -> {
                List<OfficerEvent> events = log.events();
                for (int i = 0; i < events.size(); i++) {
                  OfficerEvent e = events.get(i);
                  if (e.type() == OfficerEventType.MISCONDUCT_FOUND
                      && (e.basis() == null || e.basis().isBlank())) {
                    out.finding("/events/" + i + "/basis")
                        .value("event", e.id())
                        .value("officer", e.officer())
                        .value("misconduct", String.valueOf(e.misconduct()));
                  }
                }
              })
          .build();

  /** The rule pack of {@code officer-events} logs. */
  static final RulePack<OfficerLog> PACK =
      RulePack.builder("officer-events", "2025.1", OfficerLog.class)
          .documentType(OfficerLog.TYPE)
          .subjectId(OfficerLog::id)
          .messages(MESSAGES)
          .add(ENFORCED_WITHOUT_CERTIFICATE)
          .add(MISCONDUCT_WITHOUT_BASIS)
          .build();

  private static final Checker<OfficerLog> CHECKER = Checker.of(PACK);

  /** Creates the checker; used by {@link java.util.ServiceLoader}. */
  public OfficerEventsChecker() {}

  @Override
  public String type() {
    return OfficerLog.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    OfficerLog log;
    try {
      log = YifaJson.mapper().treeToValue(document, OfficerLog.class);
    } catch (JsonProcessingException e) {
      RuntimeException t = YifaJson.translate(e, OfficerLog.class);
      throw t;
    }
    return check(log, context);
  }

  /**
   * Checks a log that is already read.
   *
   * @param log the log
   * @param context the context, optionally with a {@link #POLICY}
   * @return the report
   * @throws InvalidInputException if a finding names a misconduct the policy does not know
   */
  public Report check(OfficerLog log, RuleContext context) {
    checkNotNull(log, "log");
    checkNotNull(context, "context");
    CardPolicy policy = context.find(POLICY).orElseGet(CardPolicy::defaultPolicy);
    return CHECKER.check(log, context.with(CARDS, Cards.of(log, policy)));
  }

  private static Set<String> superseded(OfficerLog log) {
    Set<String> ids = new HashSet<>();
    for (OfficerEvent e : log.events()) {
      if (e.supersedes() != null) {
        ids.add(e.supersedes());
      }
    }
    return ids;
  }

  private static String reason(Card card) {
    Card.Certificate c = card.certificate();
    if (!c.recorded()) {
      return "NO_CERTIFICATE";
    }
    if (c.status() != dev.yifa.core.body.OfficerStatus.ACTIVE) {
      return "CERTIFICATE_" + c.status();
    }
    if (c.validUntil() != null && c.validUntil().isBefore(card.asOf())) {
      return "CERTIFICATE_EXPIRED";
    }
    for (Card.ConsequenceInForce q : card.consequences()) {
      if (q.kind().barsEnforcement()) {
        return q.kind().name();
      }
    }
    return "UNKNOWN";
  }
}
