/**
 * Administrative bodies and enforcement officers: {@link dev.yifa.core.body.AdministrativeBody}
 * (the {@code agency} of a case) and {@link dev.yifa.core.body.EnforcementOfficer}, whose {@code
 * mayEnforceOn(LocalDate)} says whether a person counts as a certified officer on a day.
 */
@NullMarked
package dev.yifa.core.body;

import org.jspecify.annotations.NullMarked;
