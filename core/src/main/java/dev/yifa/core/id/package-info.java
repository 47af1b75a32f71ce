/**
 * Identifiers that every government record carries, as value types that parse and say precisely why a value is invalid: unified social credit code, resident identity number, administrative-division code, document number. Personal identifiers mask themselves in {@code toString()}.
 */
@NullMarked
package dev.yifa.core.id;

import org.jspecify.annotations.NullMarked;
