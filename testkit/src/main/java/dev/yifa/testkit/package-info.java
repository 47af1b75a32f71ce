/**
 * QuickTheories generators ({@code Gen<T>}) for valid and corrupted identifiers, dates inside the
 * calendar, money and citations. Start with the {@code *Gens} classes.
 */
@NullMarked
package dev.yifa.testkit;

import org.jspecify.annotations.NullMarked;
