package dev.yifa.core.document;

import java.util.Arrays;

/** A growable list of ints, for postings; not thread-safe (the registry guards it). */
final class IntList {
  private int[] values = new int[4];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  int last() {
    return size == 0 ? -1 : values[size - 1];
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The sorted intersection of this sorted list and a sorted array. */
  int[] intersect(int[] sorted) {
    int[] out = new int[Math.min(size, sorted.length)];
    int n = 0;
    for (int i = 0, j = 0; i < size && j < sorted.length; ) {
      int a = values[i];
      int b = sorted[j];
      if (a == b) {
        out[n++] = a;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
