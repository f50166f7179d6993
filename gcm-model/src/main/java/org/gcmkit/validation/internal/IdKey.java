package org.gcmkit.validation.internal;

import org.gcmkit.model.RecordId;

/**
 * A record id as the key of a hash map that stays fast when many ids share a String hash. Anyone
 * can make such ids ("Aa" and "BB" hash alike, and so do all 2^k strings of k such pairs), and a
 * {@link java.util.HashMap} searches the keys of one hash one by one unless they are of one class
 * that compares them, when it keeps them in a tree. Ids themselves are of eight classes; with keys
 * of two of them sharing a hash, each lookup walked the other's, and a file of 32,768 records
 * referring to missing ids of one hash took 66 s to validate.
 *
 * @param id the id
 */
public record IdKey(RecordId id) implements Comparable<IdKey> {
  /**
   * Compares by record type, then by value.
   *
   * @param other the key to compare with
   * @return negative, zero or positive as this key sorts before, with or after the other
   */
  @Override
  public int compareTo(IdKey other) {
    int byType = id.type().compareTo(other.id.type());
    return byType != 0 ? byType : id.value().compareTo(other.id.value());
  }
}
