package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DocumentNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory {@link NormativeDocumentRegistry}, indexed for speed:
 *
 * <ul>
 *   <li>per region, documents sorted by {@code effectiveFrom}, so "in force in X on D" looks only at
 *       the documents of X and the divisions containing it that took effect by D;
 *   <li>an inverted index of character bigrams (and single characters) of titles and of titles plus
 *       texts — Chinese has no spaces to split words on — so a word query intersects a few
 *       postings lists and verifies the survivors;
 *   <li>hash maps by id, document number and issuer.
 * </ul>
 *
 * <p>Every answer is checked against {@link DocumentQuery#matches(NormativeDocument)}, so indexes
 * only narrow. Thread-safe: loading takes a write lock, queries a read lock. Documents cannot be
 * removed (a repealed document stays, with its {@code repealedOn}).
 *
 * @since 0.1
 */
public final class InMemoryNormativeDocumentRegistry implements NormativeDocumentRegistry {
  private static final String NATIONAL = "";

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<NormativeDocument> docs = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<DocumentNumber, Integer> byNumber = new HashMap<>();
  private final Map<String, IntList> byIssuer = new HashMap<>();
  private final Map<String, RegionList> byRegion = new HashMap<>();
  private final Map<Integer, IntList> titleGrams = new HashMap<>();
  private final Map<Integer, IntList> textGrams = new HashMap<>();

  private InMemoryNormativeDocumentRegistry() {}

  /**
   * Creates an empty registry.
   *
   * @return the registry
   */
  public static InMemoryNormativeDocumentRegistry create() {
    return new InMemoryNormativeDocumentRegistry();
  }

  /**
   * Creates a registry holding documents.
   *
   * @param documents the documents
   * @return the registry
   * @throws IllegalArgumentException if two documents share an id or a number
   */
  public static InMemoryNormativeDocumentRegistry of(Iterable<NormativeDocument> documents) {
    InMemoryNormativeDocumentRegistry r = create();
    r.addAll(documents);
    return r;
  }

  /**
   * Adds documents.
   *
   * @param documents the documents
   * @throws IllegalArgumentException if a document's id or number is already held; documents before
   *     it stay added
   */
  public void addAll(Iterable<NormativeDocument> documents) {
    checkNotNull(documents, "documents");
    lock.writeLock().lock();
    try {
      for (NormativeDocument d : documents) {
        addLocked(d);
      }
    } finally {
      sortRegions();
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds a document.
   *
   * @param document the document
   * @throws IllegalArgumentException if its id or number is already held
   */
  public void add(NormativeDocument document) {
    lock.writeLock().lock();
    try {
      addLocked(document);
    } finally {
      sortRegions();
      lock.writeLock().unlock();
    }
  }

  private void addLocked(NormativeDocument d) {
    checkNotNull(d, "document");
    checkArgument(!byId.containsKey(d.id()), "duplicate document id: %s", d.id());
    checkArgument(
        d.number() == null || !byNumber.containsKey(d.number()),
        "duplicate document number: %s",
        d.number());
    int i = docs.size();
    docs.add(d);
    byId.put(d.id(), i);
    if (d.number() != null) {
      byNumber.put(d.number(), i);
    }
    byIssuer.computeIfAbsent(d.issuer().name(), k -> new IntList()).add(i);
    String region = d.issuer().level() == BodyLevel.NATIONAL ? NATIONAL : d.region().toString();
    byRegion.computeIfAbsent(region, k -> new RegionList()).add(d, i);
    indexText(titleGrams, d.title(), i);
    indexText(textGrams, d.title(), i);
    if (d.text() != null) {
      indexText(textGrams, d.text(), i);
    }
  }

  private void sortRegions() {
    for (RegionList r : byRegion.values()) {
      r.sortIfNeeded();
    }
  }

  private static void indexText(Map<Integer, IntList> index, String text, int doc) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      post(index, unigram(c), doc);
      if (k + 1 < text.length()) {
        post(index, bigram(c, text.charAt(k + 1)), doc);
      }
    }
  }

  private static void post(Map<Integer, IntList> index, int key, int doc) {
    IntList list = index.computeIfAbsent(key, x -> new IntList());
    if (list.last() != doc) {
      list.add(doc);
    }
  }

  // Unigrams and bigrams share one key space: a unigram is (0xFFFF, c), a bigram (c1, c2). U+FFFF
  // is a noncharacter, so no text contains it as the first of a pair.
  private static int unigram(char c) {
    return 0xFFFF_0000 | c;
  }

  private static int bigram(char a, char b) {
    return (a << 16) | b;
  }

  @Override
  public Optional<NormativeDocument> find(String idOrNumber) {
    checkNotNull(idOrNumber, "idOrNumber");
    lock.readLock().lock();
    try {
      Integer i = byId.get(idOrNumber);
      if (i == null && DocumentNumber.isValid(idOrNumber)) {
        i = byNumber.get(DocumentNumber.parse(idOrNumber));
      }
      return i == null ? Optional.empty() : Optional.of(docs.get(i));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return docs.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<NormativeDocument> query(DocumentQuery q) {
    checkNotNull(q, "query");
    lock.readLock().lock();
    try {
      int[] candidates = candidates(q);
      List<NormativeDocument> out = new ArrayList<>();
      if (candidates != null && exactByRegion(q)) {
        // The region lists decided region and status exactly; nothing else is asked.
        for (int i : candidates) {
          out.add(docs.get(i));
        }
      } else if (candidates == null) {
        for (NormativeDocument d : docs) {
          if (q.matches(d)) {
            out.add(d);
          }
        }
      } else {
        for (int i : candidates) {
          NormativeDocument d = docs.get(i);
          if (q.matches(d)) {
            out.add(d);
          }
        }
      }
      return Collections.unmodifiableList(out);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** True when {@link #regionCandidates} answers the whole query: region and "in force on a day". */
  private static boolean exactByRegion(DocumentQuery q) {
    return q.region() != null
        && q.status() == DocumentStatus.IN_FORCE
        && q.issuer() == null
        && q.titleWords().isEmpty()
        && q.textWords().isEmpty();
  }

  /** The sorted indexes of the documents that may match, or null to scan them all. */
  private int[] candidates(DocumentQuery q) {
    int[] words = null;
    for (String w : q.titleWords()) {
      words = narrow(words, wordCandidates(titleGrams, w));
    }
    for (String w : q.textWords()) {
      words = narrow(words, wordCandidates(textGrams, w));
    }
    if (words != null) {
      return words;
    }
    if (q.region() != null) {
      return regionCandidates(q);
    }
    if (q.issuer() != null) {
      IntList l = byIssuer.get(q.issuer());
      return l == null ? new int[0] : l.toArray();
    }
    return null;
  }

  private static int[] narrow(int[] current, int[] next) {
    if (current == null) {
      return next;
    }
    IntList a = new IntList();
    for (int v : current) {
      a.add(v);
    }
    return a.intersect(next);
  }

  private static int[] wordCandidates(Map<Integer, IntList> index, String word) {
    if (word.length() == 1) {
      IntList l = index.get(unigram(word.charAt(0)));
      return l == null ? new int[0] : l.toArray();
    }
    IntList smallest = null;
    List<IntList> lists = new ArrayList<>(word.length() - 1);
    for (int k = 0; k + 1 < word.length(); k++) {
      IntList l = index.get(bigram(word.charAt(k), word.charAt(k + 1)));
      if (l == null) {
        return new int[0];
      }
      lists.add(l);
      if (smallest == null || l.size() < smallest.size()) {
        smallest = l;
      }
    }
    int[] result = smallest.toArray();
    for (IntList l : lists) {
      if (l != smallest && result.length > 0) {
        result = l.intersect(result);
      }
    }
    return result;
  }

  private int[] regionCandidates(DocumentQuery q) {
    String x = q.region().toString();
    String[] keys = {x, x.substring(0, 4) + "00", x.substring(0, 2) + "0000", NATIONAL};
    long day = q.day() == null ? Long.MAX_VALUE : q.day().toEpochDay();
    // Documents in force, suspended or expired on the day took effect by then; for "in force" the
    // lists decide exactly.
    DocumentStatus status = q.status();
    boolean effectiveBy =
        status == DocumentStatus.IN_FORCE
            || status == DocumentStatus.SUSPENDED
            || status == DocumentStatus.EXPIRED;
    IntList out = new IntList();
    String previous = null;
    for (String key : keys) {
      if (key.equals(previous)) {
        continue;
      }
      previous = key;
      RegionList list = byRegion.get(key);
      if (list == null) {
        continue;
      }
      if (status == DocumentStatus.IN_FORCE) {
        list.collectInForce(day, out);
      } else {
        list.collect(effectiveBy ? day : Long.MAX_VALUE, out);
      }
    }
    int[] result = out.toArray();
    Arrays.sort(result);
    return result;
  }

  @Override
  public String toString() {
    return "InMemoryNormativeDocumentRegistry[" + size() + " documents]";
  }

  /**
   * The documents of one region, sorted by effective day once loading is done, with the days that
   * decide "in force" kept in arrays so that the common query never touches a document.
   */
  private static final class RegionList {
    private long[] from = new long[4];
    private long[] end = new long[4];
    private long[] suspendedFrom = new long[4];
    private long[] suspendedUntil = new long[4];
    private int[] docs = new int[4];
    private int size;
    private boolean sorted = true;

    void add(NormativeDocument d, int doc) {
      if (size == from.length) {
        int n = size * 2;
        from = Arrays.copyOf(from, n);
        end = Arrays.copyOf(end, n);
        suspendedFrom = Arrays.copyOf(suspendedFrom, n);
        suspendedUntil = Arrays.copyOf(suspendedUntil, n);
        docs = Arrays.copyOf(docs, n);
      }
      long f = d.effectiveFrom().toEpochDay();
      if (size > 0 && from[size - 1] > f) {
        sorted = false;
      }
      // In force iff from <= day < end and not suspended (NormativeDocument.statusOn).
      long e = Long.MAX_VALUE;
      if (d.repealedOn() != null) {
        e = d.repealedOn().toEpochDay();
      }
      if (d.expiresOn() != null) {
        e = Math.min(e, d.expiresOn().toEpochDay() + 1);
      }
      from[size] = f;
      end[size] = e;
      if (d.suspension() == null) {
        suspendedFrom[size] = Long.MAX_VALUE;
        suspendedUntil[size] = Long.MAX_VALUE;
      } else {
        suspendedFrom[size] = d.suspension().from().toEpochDay();
        suspendedUntil[size] =
            d.suspension().until() == null ? Long.MAX_VALUE : d.suspension().until().toEpochDay();
      }
      docs[size] = doc;
      size++;
    }

    void sortIfNeeded() {
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      long[] f = from;
      int[] d = docs;
      Arrays.sort(
          order, (a, b) -> f[a] != f[b] ? Long.compare(f[a], f[b]) : Integer.compare(d[a], d[b]));
      from = permute(from, order);
      end = permute(end, order);
      suspendedFrom = permute(suspendedFrom, order);
      suspendedUntil = permute(suspendedUntil, order);
      int[] nd = new int[docs.length];
      for (int k = 0; k < size; k++) {
        nd[k] = docs[order[k]];
      }
      docs = nd;
      sorted = true;
    }

    private long[] permute(long[] values, Integer[] order) {
      long[] out = new long[values.length];
      for (int k = 0; k < size; k++) {
        out[k] = values[order[k]];
      }
      return out;
    }

    /** Adds the documents that took effect on or before {@code day}. */
    void collect(long day, IntList out) {
      int hi = day == Long.MAX_VALUE ? size : upperBound(day);
      for (int k = 0; k < hi; k++) {
        out.add(docs[k]);
      }
    }

    /** Adds exactly the documents in force on {@code day}. */
    void collectInForce(long day, IntList out) {
      int hi = upperBound(day);
      for (int k = 0; k < hi; k++) {
        if (day < end[k] && (day < suspendedFrom[k] || day >= suspendedUntil[k])) {
          out.add(docs[k]);
        }
      }
    }

    private int upperBound(long day) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (from[mid] <= day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
