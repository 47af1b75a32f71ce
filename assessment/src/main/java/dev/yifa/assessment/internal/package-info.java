/** Internals of the assessment module shared by its packages: HTML rendering. Not API. */
@NullMarked
package dev.yifa.assessment.internal;

import org.jspecify.annotations.NullMarked;
