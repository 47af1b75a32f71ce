package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry of normative documents (规范性文件查询系统): load documents, then ask what was in force
 * where and when, by issuer, by status, by title and full-text words. {@link
 * InMemoryNormativeDocumentRegistry} is the default; an embedder may back this interface with its
 * own database, as long as {@link #query(DocumentQuery)} returns exactly the documents {@link
 * DocumentQuery#matches(NormativeDocument)} accepts.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface NormativeDocumentRegistry {
  /**
   * Finds a document by its id or its document number (文号, in any bracket style {@link
   * dev.yifa.core.id.DocumentNumber} accepts).
   *
   * @param idOrNumber the id or number
   * @return the document, or empty
   */
  Optional<NormativeDocument> find(String idOrNumber);

  /**
   * Returns the documents that match a query, in the order they were loaded.
   *
   * @param query the query
   * @return the documents, unmodifiable
   */
  List<NormativeDocument> query(DocumentQuery query);

  /**
   * Returns how many documents the registry holds.
   *
   * @return the count
   */
  int size();

  /**
   * Returns the documents in force in a region on a day.
   *
   * @param region the region
   * @param day the day
   * @return the documents, in load order
   */
  default List<NormativeDocument> inForce(DivisionCode region, LocalDate day) {
    return query(DocumentQuery.all().inRegion(region).inForceOn(day));
  }

  /**
   * Tells whether a document could be the basis of an act on a day.
   *
   * @param idOrNumber the document's id or number
   * @param day the day of the act
   * @return the status: {@link BasisStatus#IN_FORCE} if in force and published by that day
   */
  default BasisStatus basisStatus(String idOrNumber, LocalDate day) {
    checkNotNull(idOrNumber, "idOrNumber");
    checkNotNull(day, "day");
    Optional<NormativeDocument> found = find(idOrNumber);
    if (found.isEmpty()) {
      return BasisStatus.UNKNOWN;
    }
    NormativeDocument d = found.get();
    switch (d.statusOn(day)) {
      case NOT_YET_IN_FORCE:
        return BasisStatus.NOT_YET_IN_FORCE;
      case SUSPENDED:
        return BasisStatus.SUSPENDED;
      case EXPIRED:
        return BasisStatus.EXPIRED;
      case REPEALED:
        return BasisStatus.REPEALED;
      case IN_FORCE:
      default:
        return d.publishedBy(day) ? BasisStatus.IN_FORCE : BasisStatus.NOT_PUBLISHED;
    }
  }

  /**
   * Tells whether a document was in force and published on a day.
   *
   * @param idOrNumber the document's id or number
   * @param day the day
   * @return true if it could be a basis of administration that day
   */
  default boolean isInForceAndPublished(String idOrNumber, LocalDate day) {
    return basisStatus(idOrNumber, day).isValidBasis();
  }
}
