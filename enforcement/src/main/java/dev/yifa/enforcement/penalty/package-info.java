/**
 * Administrative penalty cases ({@code penalty-case} documents, FORMATS.md) and the rule packs that
 * check them against the Administrative Penalty Law (行政处罚法), in its 2017 and 2021 versions.
 *
 * <p>Start with {@link dev.yifa.enforcement.penalty.PenaltyCase} (the document, read with {@link
 * dev.yifa.enforcement.penalty.PenaltyCase#read(String)}) and {@link
 * dev.yifa.enforcement.penalty.PenaltyPacks} ({@code forCase}, {@code check}, {@code checkBatch}).
 * {@link dev.yifa.enforcement.penalty.PenaltyCaseChecker} plugs the packs into {@code yifa check}.
 */
@NullMarked
package dev.yifa.enforcement.penalty;

import org.jspecify.annotations.NullMarked;
