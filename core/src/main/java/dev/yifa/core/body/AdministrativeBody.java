package dev.yifa.core.body;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

/**
 * An administrative body (行政机关) or an organisation that exercises administrative power: the
 * {@code agency} of FORMATS.md ({@code {id, name, level, kind}}), with an optional region and parent.
 *
 * <p>Immutable and thread-safe. JSON fields: {@code id} (USCC), {@code name}, {@code level},
 * {@code kind}, and optionally {@code region} (6-digit division code) and {@code parentId} (USCC of
 * the body it belongs to or was entrusted by).
 *
 * @param id the body's unified social credit code
 * @param name its full name, e.g. {@code 修水县市场监督管理局}
 * @param level the level of government
 * @param kind what kind of body it is
 * @param region the division it serves, if recorded
 * @param parentId the body it belongs to or, for an entrusted organisation, the entrusting body
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrativeBody(
    UnifiedSocialCreditCode id,
    String name,
    BodyLevel level,
    BodyKind kind,
    @Nullable DivisionCode region,
    @Nullable UnifiedSocialCreditCode parentId) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the name is blank or the body is its own parent
   */
  public AdministrativeBody {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(kind, "kind");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    checkArgument(!id.equals(parentId), "parentId must differ from id: %s", id);
  }

  /**
   * Creates a body without region or parent.
   *
   * @param id the body's unified social credit code
   * @param name its full name
   * @param level the level of government
   * @param kind what kind of body it is
   * @return the body
   */
  public static AdministrativeBody of(
      UnifiedSocialCreditCode id, String name, BodyLevel level, BodyKind kind) {
    return new AdministrativeBody(id, name, level, kind, null, null);
  }

  /**
   * Returns whether the body may impose penalties in its own name: governments, departments and
   * authorised organisations may; an entrusted organisation acts in the entrusting body's name
   * (行政处罚法 2021 第二十条; statutes.md APL-20).
   *
   * @return {@code false} for {@link BodyKind#ENTRUSTED_ORGANISATION}
   */
  public boolean actsInOwnName() {
    return kind != BodyKind.ENTRUSTED_ORGANISATION;
  }
}
