package dev.yifa.examples.embedding;

import dev.yifa.core.validation.DivisionCode;
import dev.yifa.core.validation.ResidentIdNumber;
import dev.yifa.core.validation.UnifiedSocialCreditCode;

/**
 * An embedder's own entity with Yifa's Bean Validation constraints on its fields.
 *
 * @param holderUscc the licence holder's unified social credit code
 * @param legalRepresentativeId the legal representative's resident identity number
 * @param region the administrative-division code of the issuing body
 */
// tag::bean-validation[]
public record Licence(
    @UnifiedSocialCreditCode String holderUscc,
    @ResidentIdNumber String legalRepresentativeId,
    @DivisionCode String region) {}
// end::bean-validation[]
