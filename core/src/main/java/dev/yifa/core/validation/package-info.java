/**
 * Jakarta Validation constraints for Yifa's identifiers and a class-level constraint that runs a rule pack.
 */
@NullMarked
package dev.yifa.core.validation;

import org.jspecify.annotations.NullMarked;
