/**
 * Assessment: case-file review, officer cards and agency assessment. Schemes and scoring arrive
 * with the assessment issue; this package holds what they share.
 */
@NullMarked
package dev.yifa.assessment;

import org.jspecify.annotations.NullMarked;
