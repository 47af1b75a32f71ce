/**
 * Agency assessment (依法行政量化考核): indicator schemes as data ({@link
 * dev.yifa.assessment.scheme.AssessmentScheme}, with a default county scheme drawn from the 2021
 * national indicator system), the data of units per period ({@link
 * dev.yifa.assessment.scheme.AssessmentData}), the scorer with its explanations, ranking with ties
 * and awards ({@link dev.yifa.assessment.scheme.AssessmentScorer}, {@link
 * dev.yifa.assessment.scheme.AssessmentResult}), year-over-year change ({@link
 * dev.yifa.assessment.scheme.YearOverYear}), and the {@code scheme/2021.1} rule pack that rejects
 * schemes tying fines to assessment ({@link dev.yifa.assessment.scheme.SchemeRules}).
 */
@NullMarked
package dev.yifa.assessment.scheme;

import org.jspecify.annotations.NullMarked;
