/**
 * Internals shared with Yifa's sibling modules; not API.
 */
@NullMarked
package dev.yifa.core.internal;

import org.jspecify.annotations.NullMarked;
