package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.ContextKey;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets any rule pack flag an act whose basis is a normative document that was not in force or not
 * published on the day of the act (优化营商环境条例第六十四条第二款：未经公布的不得作为行政管理依据).
 *
 * <pre>{@code
 * static final Rule<PenaltyCase> BASIS = DocumentBasis.rule("APL-005-basis-not-in-force",
 *     List.of(Laws.APL_2021.article(5).paragraph(3)),
 *     c -> c.documentBases().stream()
 *         .map(b -> new DocumentBasis.Reference("/decision/basis/0", b, c.decidedOn())).toList());
 * RuleContext ctx = RuleContext.of(asOf, profile).with(DocumentBasis.REGISTRY, registry);
 * }</pre>
 *
 * <p>The rule reads the registry from {@link #REGISTRY} in the context; without one it finds
 * nothing (nothing can be known). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentBasis {
  /** The context slot rules read the registry from. */
  public static final ContextKey<NormativeDocumentRegistry> REGISTRY =
      ContextKey.of("normativeDocuments", NormativeDocumentRegistry.class);

  private DocumentBasis() {}

  /**
   * One document an act rests on.
   *
   * @param pointer the JSON pointer of the field that names the document
   * @param document the document's id or number (文号)
   * @param day the day of the act
   * @since 0.1
   */
  public record Reference(String pointer, String document, LocalDate day) {
    /** Validates the components. */
    public Reference {
      checkNotNull(pointer, "pointer");
      checkNotNull(document, "document");
      checkNotNull(day, "day");
      checkArgument(pointer.isEmpty() || pointer.startsWith("/"), "pointer must be a JSON pointer: '%s'", pointer);
    }
  }

  /**
   * The default citations: 37号（八） and 优化营商环境条例第六十四条第二款.
   *
   * @return the citations
   */
  public static List<Citation> defaultCitations() {
    return List.of(
        DocumentRules.CIRCULAR_37_2018.article(8),
        Laws.BUSINESS_ENVIRONMENT_2019.article(64).paragraph(2));
  }

  /**
   * Builds an {@code ERROR} rule with the default citations.
   *
   * @param id the rule id
   * @param references gives the documents a subject rests on
   * @param <S> the subject type
   * @return the rule
   */
  public static <S> Rule<S> rule(String id, Function<? super S, List<Reference>> references) {
    return rule(id, defaultCitations(), references);
  }

  /**
   * Builds an {@code ERROR} rule that finds every referenced document whose {@link BasisStatus} on
   * the day of the act is not {@link BasisStatus#IN_FORCE}; the finding's values are {@code
   * document}, {@code day} and {@code status}.
   *
   * @param id the rule id
   * @param citations the provisions the rule rests on, not empty
   * @param references gives the documents a subject rests on
   * @param <S> the subject type
   * @return the rule
   */
  public static <S> Rule<S> rule(
      String id, List<Citation> citations, Function<? super S, List<Reference>> references) {
    checkNotNull(id, "id");
    checkNotNull(citations, "citations");
    checkNotNull(references, "references");
    return Rule.<S>builder(id)
        .cites(citations)
        .severity(Severity.ERROR)
        .message(DocumentRules.MESSAGES, "document.basisNotInForce")
        .check(
            (s, ctx, out) -> {
              Optional<NormativeDocumentRegistry> registry = ctx.find(REGISTRY);
              if (registry.isEmpty()) {
                return;
              }
              for (Reference r : references.apply(s)) {
                BasisStatus status = registry.get().basisStatus(r.document(), r.day());
                if (!status.isValidBasis()) {
                  out.finding(r.pointer())
                      .value("document", r.document())
                      .value("day", r.day())
                      .value("status", status.name());
                }
              }
            })
        .build();
  }
}
