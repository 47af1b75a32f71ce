package dev.yifa.enforcement.catalog;

/**
 * A ground on which a penalty must be lighter or mitigated (应当从轻或者减轻), 行政处罚法（2021）第三十二条
 * (reference/statutes.md APL-32). A fine below a benchmark level or below the statutory minimum is
 * lawful only with such a ground.
 *
 * @since 0.1
 */
public enum MitigationGround {
  /** (一) 主动消除或者减轻违法行为危害后果的. */
  REMOVED_OR_REDUCED_HARM,
  /** (二) 受他人胁迫或者诱骗实施违法行为的. */
  COERCED_OR_DECEIVED,
  /** (三) 主动供述行政机关尚未掌握的违法行为的. */
  CONFESSED_UNKNOWN_VIOLATIONS,
  /** (四) 配合行政机关查处违法行为有立功表现的. */
  MERITORIOUS_SERVICE,
  /** (五) 法律、法规、规章规定其他应当从轻或者减轻行政处罚的. */
  OTHER_BY_LAW
}
