package dev.yifa.core.body;

/**
 * The level of government an administrative body belongs to.
 *
 * @since 0.1
 */
public enum BodyLevel {
  /** 国家级: the State Council and its departments. */
  NATIONAL,
  /** 省级: provinces, autonomous regions, municipalities directly under the central government. */
  PROVINCE,
  /** 市级: prefecture-level cities, prefectures, autonomous prefectures, leagues. */
  PREFECTURE,
  /** 县级: counties, county-level cities, districts, banners. */
  COUNTY,
  /** 乡级: townships, towns, sub-districts. */
  TOWNSHIP
}
