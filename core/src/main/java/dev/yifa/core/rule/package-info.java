/**
 * The rule engine: rules that cite the article they enforce, versioned rule packs, the context a rule may read, findings and deterministic reports. Start with {@code Rule} and {@code Checker}.
 */
@NullMarked
package dev.yifa.core.rule;

import org.jspecify.annotations.NullMarked;
