/**
 * Jurisdiction profiles: national defaults with province overrides, each value effective-dated.
 */
@NullMarked
package dev.yifa.core.profile;

import org.jspecify.annotations.NullMarked;
