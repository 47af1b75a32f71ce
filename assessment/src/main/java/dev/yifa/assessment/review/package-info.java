/**
 * Case-file review (案卷评查): review schemes as data ({@link dev.yifa.assessment.review.ReviewScheme},
 * with a default built from real provincial standards), the scorer that turns a case's report and
 * a reviewer's marks into a score with its grade and every deduction explained ({@link
 * dev.yifa.assessment.review.CaseFileReviewer}), and batch review of a county's files ({@link
 * dev.yifa.assessment.review.ReviewBatch}). Start with {@code ReviewScheme.defaultScheme()} and
 * {@code CaseFileReviewer.of(scheme).review(report)}.
 */
@NullMarked
package dev.yifa.assessment.review;

import org.jspecify.annotations.NullMarked;
