/**
 * The law itself: legal instruments, their versions with effective intervals, and citations that render the Chinese and English forms. Start with {@code Citation} and {@code LawCatalog}.
 */
@NullMarked
package dev.yifa.core.law;

import org.jspecify.annotations.NullMarked;
