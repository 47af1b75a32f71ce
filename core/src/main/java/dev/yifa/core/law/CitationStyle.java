package dev.yifa.core.law;

/**
 * How an instrument divides its text, and so how a citation of it reads. Laws, regulations and
 * rules have articles (条); many Party and State Council documents have none, only numbered parts.
 *
 * @since 0.1
 */
public enum CitationStyle {
  /** Articles, paragraphs and items: 第六十三条第一款第（二）项 (article 63, paragraph 1, item 2). */
  ARTICLES,
  /**
   * Parts 一、二、… with numbered points （一）（二）… under each: the citation's article is the part
   * and its item the point, 第二部分第（三）项; paragraphs are not used. E.g. 国办发〔2022〕27号.
   */
  PARTS,
  /**
   * Numbered points （一）（二）… that run on across the document's parts: the citation's article is the
   * point, 第（八）项. E.g. 国办发〔2018〕37号.
   */
  NUMBERED_POINTS
}
