/**
 * Administrative bodies and enforcement officers.
 */
@NullMarked
package dev.yifa.core.body;

import org.jspecify.annotations.NullMarked;
