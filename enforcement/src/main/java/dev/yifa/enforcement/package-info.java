/**
 * Enforcement: penalty cases, licensing, coercive measures and the powers catalog. The rule packs
 * arrive with the enforcement issues; this package holds what they share.
 */
@NullMarked
package dev.yifa.enforcement;

import org.jspecify.annotations.NullMarked;
