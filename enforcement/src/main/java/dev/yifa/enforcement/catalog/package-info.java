/**
 * The powers catalog (权力清单 / 行政执法事项目录) and discretion benchmarks (行政处罚裁量基准), with
 * their rule packs and document checkers.
 *
 * <p>Start with {@link dev.yifa.enforcement.catalog.PowerCatalog} (the {@code power-catalog}
 * document), {@link dev.yifa.enforcement.catalog.CatalogRules} (the {@code catalog/2021.1} pack) and
 * {@link dev.yifa.enforcement.catalog.DiscretionBenchmarks} (benchmarks, {@code assess} and the
 * {@link dev.yifa.core.rule.ContextKey} a penalty rule reads them through). {@link
 * dev.yifa.enforcement.catalog.DiscretionRules#forFines} makes the rules a penalty pack includes to
 * check fines against the benchmarks.
 */
@NullMarked
package dev.yifa.enforcement.catalog;

import org.jspecify.annotations.NullMarked;
