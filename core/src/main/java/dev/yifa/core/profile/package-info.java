/**
 * Jurisdiction profiles: national defaults with province overrides, each value effective-dated.
 * Start with {@code Profiles.builtIn().profileFor("360424", day)} and the keys in {@code ProfileKeys};
 * thresholds ({@code Threshold}) keep the statute's own bound, {@code 以上} (≥) or {@code 超过} (&gt;).
 */
@NullMarked
package dev.yifa.core.profile;

import org.jspecify.annotations.NullMarked;
