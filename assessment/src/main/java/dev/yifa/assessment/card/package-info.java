/**
 * Enforcement-officer cards (红黄绿卡): the append-only {@code officer-events} log ({@link
 * dev.yifa.assessment.card.OfficerLog}), card policies as data ({@link
 * dev.yifa.assessment.card.CardPolicy}, with a default from county practice), and the card an
 * officer holds on a day with the explanation of every point ({@link
 * dev.yifa.assessment.card.Cards#card}). {@link dev.yifa.assessment.card.FindingMapping} turns the
 * findings of a case check into misconduct events for the officers who signed the case.
 *
 * <p>Start with {@link dev.yifa.assessment.card.Cards#of}.
 */
@NullMarked
package dev.yifa.assessment.card;

import org.jspecify.annotations.NullMarked;
