/**
 * Yifa's exception hierarchy: {@link dev.yifa.core.YifaException} and its typed subclasses, each exposing the failing field through accessors so callers never parse messages.
 */
@NullMarked
package dev.yifa.core;

import org.jspecify.annotations.NullMarked;
