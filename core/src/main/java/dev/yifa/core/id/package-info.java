/**
 * Identifiers that every government record carries, as value types that parse and say precisely
 * why a value is invalid: {@link dev.yifa.core.id.UnifiedSocialCreditCode} (统一社会信用代码),
 * {@link dev.yifa.core.id.ResidentIdNumber} (公民身份号码), {@link dev.yifa.core.id.DivisionCode}
 * (行政区划代码) and {@link dev.yifa.core.id.DocumentNumber} (文号).
 *
 * <p>Each type has {@code parse(String)}, which throws {@link
 * dev.yifa.core.InvalidIdentifierException}, and the non-throwing {@code isValid(String)} and
 * {@code check(String)}, which return a boolean or an {@link dev.yifa.core.id.IdentifierDefect}
 * naming the {@link dev.yifa.core.id.DefectReason} and position, and allocate nothing for a valid
 * value. Personal identifiers mask themselves in {@code toString()} and in every message.
 */
@NullMarked
package dev.yifa.core.id;

import org.jspecify.annotations.NullMarked;
