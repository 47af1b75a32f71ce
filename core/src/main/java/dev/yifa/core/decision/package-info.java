/**
 * Major administrative decisions (重大行政决策) under the Interim Regulations on Major Administrative
 * Decision Procedures (重大行政决策程序暂行条例, State Council Decree 713, in force 2019-09-01).
 *
 * <p>Start with {@link dev.yifa.core.decision.MajorDecision} (the {@code major-decision} document),
 * {@link dev.yifa.core.decision.DecisionRules#PACK} (rule pack {@code decision/2019}), {@link
 * dev.yifa.core.decision.AgendaGate} ("may this go to the meeting?"), {@link
 * dev.yifa.core.decision.DecisionAuthority} (which body may revoke or amend whose act), {@link
 * dev.yifa.core.decision.Accountability} (who answers for a defect) and {@link
 * dev.yifa.core.decision.DecisionStatistics} (counts by step, body and year).
 *
 * <p>Rule ids are {@code MAJ-<nnn>-<what>}, where {@code nnn} is the article of Decree 713 the rule
 * cites first, e.g. {@code MAJ-015-comment-period-short}.
 */
@NullMarked
package dev.yifa.core.decision;

import org.jspecify.annotations.NullMarked;
