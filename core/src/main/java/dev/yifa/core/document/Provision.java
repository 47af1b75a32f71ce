package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.law.Citation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something a normative document provides that the law restricts, with the higher-law basis it
 * rests on, if any.
 *
 * <p>Immutable and thread-safe. JSON: {@code {kind, basis?: [<citation>], clause?}}.
 *
 * @param kind what the document provides
 * @param basis the provisions of laws, regulations or rules it rests on, possibly empty
 * @param clause where in the document, e.g. {@code 第五条}, or {@code null}
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provision(
    @JsonProperty(required = true) Kind kind,
    @Nullable List<Citation> basis,
    @Nullable String clause) {

  /** Validates and copies the components; an absent basis is empty. */
  public Provision {
    checkNotNull(kind, "kind");
    basis = basis == null ? List.of() : List.copyOf(basis);
  }

  /**
   * Returns the basis, never {@code null}.
   *
   * @return the basis, possibly empty
   */
  @Override
  public List<Citation> basis() {
    return basis == null ? List.of() : basis;
  }

  /** What a document provides. */
  public enum Kind {
    /** Creates an administrative licence (设定行政许可) or adds licence conditions. */
    CREATES_LICENCE,
    /** Creates an administrative penalty (设定行政处罚). */
    CREATES_PENALTY,
    /** Creates an administrative coercive measure (设定行政强制措施). */
    CREATES_COERCIVE_MEASURE,
    /** Creates a fee or levy (设定收费、行政征收). */
    CREATES_FEE,
    /** Adds an obligation of citizens, legal persons or other organisations (增加义务). */
    ADDS_OBLIGATION,
    /** Reduces their rights (减损权利). */
    REDUCES_RIGHTS,
    /** Adds powers to its issuer or sheds statutory duties (增加本机关权力、减少法定职责). */
    EXPANDS_ISSUER_POWERS,
    /** Restricts fair competition: entry and exit, free flow, costs, conduct (公平竞争审查条例第八条至第十一条). */
    RESTRICTS_COMPETITION
  }
}
