/**
 * Administrative normative documents (行政规范性文件): what a document may not provide, the procedure
 * before it issues (legality review, collective deliberation, publication, filing), and a registry
 * to ask which documents were in force where and when (规范性文件查询系统).
 *
 * <p>Start with {@link dev.yifa.core.document.NormativeDocument} (the {@code normative-document}
 * document), {@link dev.yifa.core.document.DocumentRules#PACK} (rule pack {@code document/2018}),
 * {@link dev.yifa.core.document.NormativeDocumentRegistry} with its in-memory implementation {@link
 * dev.yifa.core.document.InMemoryNormativeDocumentRegistry}, and {@link
 * dev.yifa.core.document.DocumentBasis}, which lets any rule pack flag a case resting on a document
 * that was not in force or not published.
 *
 * <p>Rule ids are {@code NDOC-<nnn>-<what>}, where {@code nnn} is the article the rule cites first;
 * for 国办发〔2018〕37号, which has no articles, it is the number of the sub-item (一)(二)… (see the
 * catalog note of {@code normative-documents-circular-2018}).
 */
@NullMarked
package dev.yifa.core.document;

import org.jspecify.annotations.NullMarked;
