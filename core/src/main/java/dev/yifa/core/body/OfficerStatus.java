package dev.yifa.core.body;

/**
 * The standing of an enforcement officer's certificate.
 *
 * @since 0.1
 */
public enum OfficerStatus {
  /** 在岗、证件有效: may enforce, within the certificate's validity. */
  ACTIVE,
  /** 暂扣: the certificate is suspended. */
  SUSPENDED,
  /** 吊销、注销: the certificate is revoked. */
  REVOKED,
  /** 离岗、退休: the officer no longer enforces. */
  RETIRED
}
