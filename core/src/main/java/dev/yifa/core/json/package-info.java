/**
 * JSON for every core type: a strict Jackson configuration, read limits, and errors that name the JSON pointer and what was expected. Start with {@code YifaJson}.
 */
@NullMarked
package dev.yifa.core.json;

import org.jspecify.annotations.NullMarked;
