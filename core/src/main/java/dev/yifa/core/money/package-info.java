/**
 * Exact amounts of money in yuan, never held as {@code double}.
 */
@NullMarked
package dev.yifa.core.money;

import org.jspecify.annotations.NullMarked;
