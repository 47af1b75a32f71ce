/**
 * Exact amounts of money in yuan, never held as {@code double}. Start with {@link
 * dev.yifa.core.money.Money}: non-negative amounts to the fen, strict parsing, arithmetic that states
 * its rounding, and a JSON form that reads numbers or decimal strings and writes {@code "50000.00"}.
 */
@NullMarked
package dev.yifa.core.money;

import org.jspecify.annotations.NullMarked;
