package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A body that decides, issues a document or whose act is revoked: its name, level, kind, the line
 * (系统) it belongs to and the region it serves. The line is what the authority checks compare: a
 * county health commission and a township's health office are in the line {@code 卫生健康}; a
 * government has no line (it has general competence over all of its departments).
 *
 * <p>Model of a line, kept simple on purpose: a free label agreed inside one deployment (e.g. {@code
 * 卫生健康}, {@code 市场监管}), compared for equality; two departments are in the same line iff both
 * labels are present and equal. Immutable and thread-safe. JSON: {@code {name, level, kind, line?,
 * region?}}.
 *
 * @param name the body's full name, e.g. {@code 修水县卫生健康委员会}
 * @param level the level of government
 * @param kind what kind of body it is
 * @param line the line (系统 / 主管部门) of a department, or {@code null} for a government
 * @param region the division it serves (a township gives its county's code), or {@code null}
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActingBody(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) BodyLevel level,
    @JsonProperty(required = true) BodyKind kind,
    @Nullable String line,
    @Nullable DivisionCode region) {

  /** Validates the components: the name and the line, if present, must not be blank. */
  public ActingBody {
    checkNotNull(name, "name");
    checkNotNull(level, "level");
    checkNotNull(kind, "kind");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    checkArgument(line == null || !line.isBlank(), "line must not be blank: '%s'", line);
  }

  /**
   * Creates a government (人民政府) of a level and region.
   *
   * @param name its name
   * @param level its level
   * @param region its region
   * @return the body, without a line
   */
  public static ActingBody government(String name, BodyLevel level, DivisionCode region) {
    checkNotNull(name, "name");
    checkNotNull(level, "level");
    checkNotNull(region, "region");
    return new ActingBody(name, level, BodyKind.GOVERNMENT, null, region);
  }

  /**
   * Creates a working department (工作部门) of a government.
   *
   * @param name its name
   * @param level the level of its government
   * @param line its line, e.g. {@code 卫生健康}
   * @param region the region of its government
   * @return the body
   */
  public static ActingBody department(
      String name, BodyLevel level, String line, DivisionCode region) {
    checkNotNull(name, "name");
    checkNotNull(level, "level");
    checkNotNull(line, "line");
    checkNotNull(region, "region");
    return new ActingBody(name, level, BodyKind.DEPARTMENT, line, region);
  }

  /**
   * Tells whether this body is a government (人民政府).
   *
   * @return true for {@link BodyKind#GOVERNMENT}
   */
  @JsonIgnore
  public boolean isGovernment() {
    return kind == BodyKind.GOVERNMENT;
  }

  /**
   * Tells whether this body and another are in the same line: both carry a line and the lines are
   * equal.
   *
   * @param other the other body
   * @return true if both lines are present and equal
   */
  public boolean sameLineAs(ActingBody other) {
    checkNotNull(other, "other");
    return line != null && line.equals(other.line);
  }
}
