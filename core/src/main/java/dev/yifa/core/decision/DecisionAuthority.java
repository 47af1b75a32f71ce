package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.Findings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which body may revoke or amend which body's act, under the Organic Law of Local People's
 * Congresses and Governments (地方各级人民代表大会和地方各级人民政府组织法, 2022).
 *
 * <ul>
 *   <li>第七十三条第（三）项：县级以上的地方各级人民政府……改变或者撤销所属各工作部门的不适当的命令、指示和下级人民政府的不适当的决定、命令。
 *       A government at county level or above may amend or revoke acts of its own departments and
 *       of lower governments in its region.
 *   <li>第七十六条：乡、民族乡、镇的人民政府行使下列职权 — the list gives a township no power to amend or revoke
 *       any other body's act.
 *   <li>第八十三条第二款：县……人民政府的各工作部门受人民政府统一领导，并且依照法律或者行政法规的规定受上级人民政府主管部门的业务指导或者领导。
 *       A department answers to its own government; a higher department of the same line guides
 *       it, and leads it only where a law or regulation says so — which this model does not
 *       assume.
 * </ul>
 *
 * <p>The model: a body may always amend or revoke its own act; a government at county level or
 * above may amend or revoke acts of its own departments (same level and region) and of lower
 * governments within its region; nothing else is allowed. Regions nest by GB/T 2260 prefix
 * ({@code 360000} ⊃ {@code 360400} ⊃ {@code 360424}); a township gives its county's code. Stateless
 * and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionAuthority {
  private DecisionAuthority() {}

  /** Why a body may or may not amend or revoke another's act. */
  public enum Ground {
    /** The act is the body's own. */
    OWN_ACT,
    /** A government over one of its own working departments (第七十三条第（三）项). */
    GOVERNMENT_OVER_OWN_DEPARTMENT,
    /** A government over a lower government in its region (第七十三条第（三）项). */
    GOVERNMENT_OVER_LOWER_GOVERNMENT,
    /** A township government has no such power (第七十六条). */
    TOWNSHIP_HAS_NO_POWER,
    /** A department acting on an act of a department in another line. */
    OTHER_LINE,
    /** A higher department of the same line guides, it does not revoke (第八十三条第二款). */
    SAME_LINE_GUIDANCE_ONLY,
    /** A department acting on a government's act. */
    DEPARTMENT_OVER_GOVERNMENT,
    /** The act's issuer is at a higher level than, or outside the region of, the actor. */
    NOT_SUPERIOR
  }

  /**
   * The answer to "may this body amend or revoke that body's act?".
   *
   * @param allowed whether it may
   * @param ground why
   * @param citations the provisions the answer rests on, possibly empty for {@link Ground#OWN_ACT}
   * @since 0.1
   */
  public record Verdict(boolean allowed, Ground ground, List<Citation> citations) {
    /** Validates and copies the components. */
    public Verdict {
      checkNotNull(ground, "ground");
      citations = List.copyOf(checkNotNull(citations, "citations"));
    }
  }

  /**
   * Tells whether {@code actor} may amend or revoke an act issued by {@code issuer}.
   *
   * @param actor the body that amends or revokes
   * @param issuer the body that issued the act
   * @return the verdict with its ground and citations
   */
  public static Verdict mayAmendOrRevoke(ActingBody actor, ActingBody issuer) {
    checkNotNull(actor, "actor");
    checkNotNull(issuer, "issuer");
    Citation art73 = Laws.ORGANIC_LAW_2022.article(73).item(3);
    if (sameBody(actor, issuer)) {
      return new Verdict(true, Ground.OWN_ACT, List.of());
    }
    if (actor.isGovernment() && actor.level() == BodyLevel.TOWNSHIP) {
      return new Verdict(
          false, Ground.TOWNSHIP_HAS_NO_POWER, List.of(Laws.ORGANIC_LAW_2022.article(76), art73));
    }
    if (actor.isGovernment()) {
      if (!issuer.isGovernment()
          && issuer.level() == actor.level()
          && sameRegion(actor.region(), issuer.region())) {
        return new Verdict(true, Ground.GOVERNMENT_OVER_OWN_DEPARTMENT, List.of(art73));
      }
      if (issuer.isGovernment()
          && lower(issuer.level(), actor.level())
          && covers(actor.region(), issuer.region())) {
        return new Verdict(true, Ground.GOVERNMENT_OVER_LOWER_GOVERNMENT, List.of(art73));
      }
      return new Verdict(false, Ground.NOT_SUPERIOR, List.of(art73));
    }
    // The actor is a department or an organisation: it answers to its own government.
    Citation art83 = Laws.ORGANIC_LAW_2022.article(83).paragraph(2);
    if (issuer.isGovernment()) {
      return new Verdict(false, Ground.DEPARTMENT_OVER_GOVERNMENT, List.of(art73));
    }
    if (!actor.sameLineAs(issuer)) {
      return new Verdict(false, Ground.OTHER_LINE, List.of(art73, art83));
    }
    if (lower(issuer.level(), actor.level()) && covers(actor.region(), issuer.region())) {
      return new Verdict(false, Ground.SAME_LINE_GUIDANCE_ONLY, List.of(art83, art73));
    }
    return new Verdict(false, Ground.NOT_SUPERIOR, List.of(art73, art83));
  }

  private static boolean sameBody(ActingBody a, ActingBody b) {
    return a.name().equals(b.name()) && a.level() == b.level() && a.kind() == b.kind();
  }

  /** True if {@code a} is a lower level of government than {@code b}. */
  private static boolean lower(BodyLevel a, BodyLevel b) {
    // BodyLevel is declared from NATIONAL down to TOWNSHIP.
    return a.ordinal() > b.ordinal();
  }

  private static boolean sameRegion(@Nullable DivisionCode a, @Nullable DivisionCode b) {
    return a == null || b == null || a.equals(b);
  }

  /**
   * True if region {@code outer} contains region {@code inner} (GB/T 2260 prefixes); unknown regions
   * are taken to nest, so that a missing region never invents a finding.
   *
   * @param outer the outer region
   * @param inner the inner region
   * @return whether {@code outer} contains {@code inner}
   */
  static boolean covers(@Nullable DivisionCode outer, @Nullable DivisionCode inner) {
    if (outer == null || inner == null) {
      return true;
    }
    return covers(outer.toString(), inner.toString());
  }

  static boolean covers(String outer, String inner) {
    if (outer.endsWith("0000")) {
      return inner.startsWith(outer.substring(0, 2));
    }
    if (outer.endsWith("00")) {
      return inner.startsWith(outer.substring(0, 4));
    }
    return outer.equals(inner);
  }

  /**
   * Reports, for a rule, every act in {@code acts} that {@code actor} may not revoke or amend: one
   * finding per act at {@code /revokes/i/issuer} and {@code actorPointer}, with the actor, the issuer
   * and the ground. Shared by the decision and normative-document packs, whose subjects both revoke.
   *
   * @param actor the body that revokes or amends
   * @param actorPointer the JSON pointer of the actor in the subject, e.g. {@code /issuer}
   * @param acts the acts the subject revokes or amends
   * @param out where the rule's findings go
   */
  public static void reportRevocationsBeyondAuthority(
      ActingBody actor, String actorPointer, List<ActReference> acts, Findings out) {
    checkNotNull(actor, "actor");
    checkNotNull(actorPointer, "actorPointer");
    checkNotNull(acts, "acts");
    checkNotNull(out, "out");
    for (int i = 0; i < acts.size(); i++) {
      ActReference a = acts.get(i);
      Verdict v = mayAmendOrRevoke(actor, a.issuer());
      if (!v.allowed()) {
        out.finding("/revokes/" + i + "/issuer", actorPointer)
            .value("actor", actor.name())
            .value("issuer", a.issuer().name())
            .value("ground", v.ground().name());
      }
    }
  }
}
