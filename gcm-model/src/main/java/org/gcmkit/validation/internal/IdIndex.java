package org.gcmkit.validation.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkit.model.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * The ids seen in a stream, each with the pointer of its first record, in about 30 bytes per id.
 *
 * <p>A stream validator must remember every id to find duplicates and dangling references, so this
 * index is what bounds the heap a large file needs. A {@code HashMap<String, String>} costs about
 * 155 bytes per id (two strings, a node, a slot). Here an entry is packed into shared byte chunks:
 * the type, the id's characters (ids are ASCII, at most 128 of them) and the pointer, which readers
 * write as a prefix shared by many records and a number ({@code /figures/123456}); the table holds
 * an int per slot plus the id's hash.
 *
 * <p>One thread writes; {@link #contains} and {@link #containsEach} may also be called on other
 * threads while it does, so that readers on several threads can resolve the references to ids
 * already seen where they check their records, not all on the one thread that keeps the index. Such
 * a call may miss an id added meanwhile, never finds one not added, and never fails: a slot's entry
 * is published with a release store after its bytes and hash, and read with an acquire load before
 * them; a new table or chunk list is filled before it is published through a volatile field. Every
 * other method belongs to the writing thread.
 */
// Ordinals only live in memory for the life of one stream; they are never written out.
@SuppressWarnings("EnumOrdinal")
public final class IdIndex {
  private static final int CHUNK_BITS = 20;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int MAX_CHUNKS = 1 << (31 - CHUNK_BITS);
  // The first chunk starts at 4 KiB and doubles up to a chunk's size: a MiB made and zeroed for
  // each validation was most of the bytes allocated to read a small package (a service checking
  // many small uploads, the fuzzers, a pipeline's small parts).
  private static final int FIRST_CHUNK_SIZE = 1 << 12;
  private static final int LITERAL = 0;
  private static final int NUMBERED = 1;

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

  // Copied to add a chunk (one per MiB of entries), so that a reader never sees a list half grown.
  private volatile byte[][] chunks = new byte[0][];
  // Where the entries of each chunk end, to walk them in the order added.
  private int[] chunkEnds = new int[8];
  private int chunkUsed = CHUNK_SIZE;
  // A pointer prefix such as "/actors/" is stored once; entries name it by number.
  private final List<String> prefixes = new ArrayList<>();
  private final Map<String, Integer> prefixNumbers = new HashMap<>();
  private @Nullable String lastPrefix;
  private int lastPrefixNumber;
  private volatile Slots slots = new Slots(new int[2 * 1024]);
  private int size;

  /**
   * The farthest from its own slot that an entry is placed. Without a bound, ids of one String hash
   * (which anyone can make: "Aa" and "BB" hash alike, and so do all 2^k strings of k such pairs)
   * would each walk past all the others: 32,768 of them took 13 s to add, and a file of a million
   * would hang validation for hours. Beyond the bound an entry goes to {@link Slots#overflow}, a
   * map whose bins of one hash are trees; valid data is hardly ever there (a run of 128 full slots
   * at three quarters full is rare), so the table stays the fast path.
   */
  static final int MAX_PROBE = 128;

  /**
   * Open addressing with linear probing, a slot being two ints side by side (one cache line for
   * both): the entry reference + 1 (0 is empty), and the key's hash; and the entries whose {@link
   * #MAX_PROBE} slots from their own were full. Published together, so that a reader on another
   * thread never sees an entry moved between the two by growing.
   */
  private static final class Slots {
    final int[] table;

    /** By {@link #key}, the entry reference; null until an entry is placed there. */
    volatile @Nullable ConcurrentHashMap<String, Integer> overflow;

    Slots(int[] table) {
      this.table = table;
    }
  }

  /** An empty index. */
  public IdIndex() {}

  /**
   * Adds {@code id} of {@code type}, first seen at {@code pointer}.
   *
   * @return null when the id is new, else the pointer it was first seen at
   */
  public @Nullable String putIfAbsent(RecordType type, String id, String pointer) {
    int hash = hash(type, id);
    Slots s = slots;
    int[] t = s.table;
    int mask = t.length / 2 - 1;
    int i = hash & mask;
    for (int probed = 0; t[2 * i] != 0; probed++) {
      if (t[2 * i + 1] == hash && matches(t[2 * i] - 1, type, id)) {
        return pointerAt(t[2 * i] - 1);
      }
      if (probed == MAX_PROBE - 1) {
        Integer known = overflowed(s, type, id);
        if (known != null) {
          return pointerAt(known);
        }
        overflow(s).put(key(type, id), store(type, id, pointer));
        size++;
        return null;
      }
      i = (i + 1) & mask;
    }
    int ref = store(type, id, pointer);
    t[2 * i + 1] = hash;
    SLOT.setRelease(t, 2 * i, ref + 1);
    if (++size > t.length / 2 / 4 * 3) {
      grow();
    }
    return null;
  }

  /**
   * Whether {@code id} of {@code type} was added; on a thread other than the writer's, whether it
   * was added before this call began, an id added during it being found or not.
   */
  public boolean contains(RecordType type, String id) {
    int hash = hash(type, id);
    Slots s = slots;
    return probe(s, hash & (s.table.length / 2 - 1), 0, hash, type, id);
  }

  /**
   * Whether each of {@code count} ids was added, as {@link #contains} answers for each, into {@code
   * found}. Faster than a call per id: in a large index nearly every lookup waits for memory twice,
   * for its slot and then for its entry's bytes. Here the slots of all the ids are loaded before
   * any is compared, then the entries, so the CPU waits for many loads at once, not one at a time.
   *
   * @param types the record type of each id
   * @param ids the ids
   * @param count how many of {@code types} and {@code ids} to look up
   * @param found set to whether each was added
   */
  public void containsEach(RecordType[] types, String[] ids, int count, boolean[] found) {
    Slots s = slots;
    int[] t = s.table;
    int mask = t.length / 2 - 1;
    int[] hashes = new int[count];
    int[] entries = new int[count];
    for (int i = 0; i < count; i++) {
      int hash = hash(types[i], ids[i]);
      hashes[i] = hash;
      entries[i] = (int) SLOT.getAcquire(t, 2 * (hash & mask));
    }
    // Read after the slots: the chunks of every entry acquired above are in it.
    byte[][] all = chunks;
    byte[] heads = new byte[count];
    for (int i = 0; i < count; i++) {
      int ref = entries[i] - 1;
      if (ref >= 0) {
        heads[i] = all[ref >>> CHUNK_BITS][ref & (CHUNK_SIZE - 1)];
      }
    }
    for (int i = 0; i < count; i++) {
      int hash = hashes[i];
      int slot = hash & mask;
      int entry = entries[i];
      found[i] =
          entry != 0
              && ((t[2 * slot + 1] == hash
                      && heads[i] == types[i].ordinal()
                      && matches(entry - 1, types[i], ids[i]))
                  || probe(s, (slot + 1) & mask, 1, hash, types[i], ids[i]));
    }
  }

  /**
   * Whether the id is in {@code s}, probing from slot {@code from}, {@code probed} slots from its
   * own slot.
   */
  private boolean probe(Slots s, int from, int probed, int hash, RecordType type, String id) {
    int[] t = s.table;
    int mask = t.length / 2 - 1;
    for (int i = from, n = probed; ; i = (i + 1) & mask, n++) {
      if (n == MAX_PROBE) {
        return overflowed(s, type, id) != null;
      }
      int entry = (int) SLOT.getAcquire(t, 2 * i);
      if (entry == 0) {
        return false;
      }
      if (t[2 * i + 1] == hash && matches(entry - 1, type, id)) {
        return true;
      }
    }
  }

  /**
   * The pointer {@code id} of {@code type} was added with, or null when it was not added.
   *
   * @param type the record type
   * @param id the id
   * @return the pointer, or null
   */
  public @Nullable String pointerOf(RecordType type, String id) {
    int hash = hash(type, id);
    Slots s = slots;
    int[] t = s.table;
    int mask = t.length / 2 - 1;
    for (int i = hash & mask, n = 0; ; i = (i + 1) & mask, n++) {
      if (n == MAX_PROBE) {
        Integer ref = overflowed(s, type, id);
        return ref == null ? null : pointerAt(ref);
      }
      if (t[2 * i] == 0) {
        return null;
      }
      if (t[2 * i + 1] == hash && matches(t[2 * i] - 1, type, id)) {
        return pointerAt(t[2 * i] - 1);
      }
    }
  }

  /** Receives the entries of an index. */
  @FunctionalInterface
  public interface EntryConsumer {
    /**
     * Takes one entry.
     *
     * @param type the record type
     * @param id the id
     * @param pointer the pointer it was added with
     */
    void accept(RecordType type, String id, String pointer);
  }

  /**
   * Hands every entry to {@code sink}, in the order they were added.
   *
   * @param sink receives the entries
   */
  public void forEach(EntryConsumer sink) {
    RecordType[] types = RecordType.values();
    byte[][] all = chunks;
    for (int k = 0; k < all.length; k++) {
      byte[] c = all[k];
      int p = 0;
      while (p < chunkEnds[k]) {
        int ref = (k << CHUNK_BITS) | p;
        RecordType type = types[c[p]];
        int length = c[p + 1] & 0xff;
        String id = idAt(ref);
        int[] at = {p + 2 + length + 1};
        if (c[p + 2 + length] == LITERAL) {
          int n = (int) getVarint(c, at);
          at[0] += n;
        } else {
          getVarint(c, at);
          getVarint(c, at);
        }
        sink.accept(type, id, pointerAt(ref));
        p = at[0];
      }
    }
  }

  /** The number of ids added. */
  public int size() {
    return size;
  }

  /**
   * The id's hash, mixed (MurmurHash3's finaliser) so that every bit of it moves the slot: ids are
   * often a prefix and a running number, whose String hashes are consecutive, and consecutive slots
   * make long runs for linear probing to walk.
   */
  private static int hash(RecordType type, String id) {
    int h = id.hashCode() * 31 + type.ordinal();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /**
   * Doubles the table. The entries of the overflow are placed again too, where they now fit, so
   * that an entry is in the overflow only while the slots it may take are full: a lookup that finds
   * an empty slot first need not look there.
   */
  private void grow() {
    Slots old = slots;
    Slots grown = new Slots(new int[old.table.length * 2]);
    int[] o = old.table;
    for (int j = 0; j < o.length; j += 2) {
      if (o[j] != 0) {
        place(grown, o[j] - 1, o[j + 1]);
      }
    }
    Map<String, Integer> overflowed = old.overflow;
    if (overflowed != null) {
      for (int ref : overflowed.values()) {
        place(grown, ref, hash(typeAt(ref), idAt(ref)));
      }
    }
    slots = grown;
  }

  /** Places entry {@code ref} in unpublished slots {@code s}, in its table if it fits. */
  private void place(Slots s, int ref, int hash) {
    int[] t = s.table;
    int mask = t.length / 2 - 1;
    int i = hash & mask;
    for (int probed = 0; t[2 * i] != 0; probed++) {
      if (probed == MAX_PROBE - 1) {
        overflow(s).put(key(typeAt(ref), idAt(ref)), ref);
        return;
      }
      i = (i + 1) & mask;
    }
    t[2 * i] = ref + 1;
    t[2 * i + 1] = hash;
  }

  /** The record type of entry {@code ref}. */
  private RecordType typeAt(int ref) {
    return RecordType.values()[chunks[ref >>> CHUNK_BITS][ref & (CHUNK_SIZE - 1)]];
  }

  /** The id of entry {@code ref}. */
  private String idAt(int ref) {
    byte[] c = chunks[ref >>> CHUNK_BITS];
    int p = ref & (CHUNK_SIZE - 1);
    return new String(c, p + 2, c[p + 1] & 0xff, StandardCharsets.ISO_8859_1);
  }

  /** The overflow of {@code s}, made on the first entry that needs it (by the writing thread). */
  private static ConcurrentHashMap<String, Integer> overflow(Slots s) {
    ConcurrentHashMap<String, Integer> o = s.overflow;
    if (o == null) {
      o = new ConcurrentHashMap<>();
      s.overflow = o;
    }
    return o;
  }

  /** The reference of the entry of {@code id} in the overflow of {@code s}, or null. */
  private static @Nullable Integer overflowed(Slots s, RecordType type, String id) {
    Map<String, Integer> o = s.overflow;
    return o == null ? null : o.get(key(type, id));
  }

  /**
   * An entry's key in the overflow: its type, then its id. Strings, so that the map's bins of one
   * hash are trees ordered by comparing keys, and a lookup there stays logarithmic.
   */
  private static String key(RecordType type, String id) {
    return (char) ('A' + type.ordinal()) + id;
  }

  /*
   * An entry: type ordinal, id length, id characters, then either LITERAL, a length and the
   * pointer's UTF-8 bytes, or NUMBERED, a prefix number and the trailing number (varints).
   */
  private int store(RecordType type, String id, String pointer) {
    for (int k = 0; k < id.length(); k++) {
      if (id.charAt(k) > 0x7F || k > 0xFF) {
        throw new IllegalArgumentException("not a well-formed id: " + id);
      }
    }
    int cut = pointer.lastIndexOf('/') + 1;
    long number = cut > 0 ? number(pointer, cut) : -1;
    if (number < 0) {
      byte[] literal = pointer.getBytes(StandardCharsets.UTF_8);
      return write(type, id, 2 + id.length() + 1 + 5 + literal.length, literal, 0, 0);
    }
    return write(type, id, 2 + id.length() + 1 + 5 + 10, null, prefixNumber(pointer, cut), number);
  }

  /**
   * The number of the prefix {@code pointer[0, cut)}. Records mostly come in runs of one type, so
   * the last prefix is compared first: no substring and no hash for the usual record.
   */
  private int prefixNumber(String pointer, int cut) {
    String last = lastPrefix;
    if (last != null && last.length() == cut && pointer.startsWith(last)) {
      return lastPrefixNumber;
    }
    String prefix = pointer.substring(0, cut);
    Integer known = prefixNumbers.get(prefix);
    if (known == null) {
      known = prefixes.size();
      prefixes.add(prefix);
      prefixNumbers.put(prefix, known);
    }
    lastPrefix = prefix;
    lastPrefixNumber = known;
    return known;
  }

  private int write(
      RecordType type, String id, int maxSize, byte @Nullable [] literal, int prefix, long number) {
    if (chunkUsed + maxSize > CHUNK_SIZE) {
      byte[][] old = chunks;
      if (old.length == MAX_CHUNKS) {
        throw new IllegalStateException("more than 2 GiB of ids");
      }
      byte[][] grown = Arrays.copyOf(old, old.length + 1);
      // A pointer longer than a chunk gets a chunk of its own.
      grown[old.length] =
          new byte[Math.max(old.length == 0 ? FIRST_CHUNK_SIZE : CHUNK_SIZE, maxSize)];
      chunks = grown;
      if (grown.length > chunkEnds.length) {
        chunkEnds = Arrays.copyOf(chunkEnds, 2 * chunkEnds.length);
      }
      chunkUsed = 0;
    } else if (chunkUsed + maxSize > chunks[chunks.length - 1].length) {
      // The first chunk, not yet a chunk's size, grows. Published as a new chunk is: a reader
      // holding the old array still finds there every entry it can have acquired.
      byte[][] grown = chunks.clone();
      byte[] last = grown[grown.length - 1];
      grown[grown.length - 1] =
          Arrays.copyOf(last, Math.min(CHUNK_SIZE, Math.max(2 * last.length, chunkUsed + maxSize)));
      chunks = grown;
    }
    byte[][] all = chunks;
    int ref = ((all.length - 1) << CHUNK_BITS) | chunkUsed;
    byte[] c = all[all.length - 1];
    int p = chunkUsed;
    c[p++] = (byte) type.ordinal();
    c[p++] = (byte) id.length();
    for (int k = 0; k < id.length(); k++) {
      c[p++] = (byte) id.charAt(k);
    }
    if (literal != null) {
      c[p++] = LITERAL;
      p = putVarint(c, p, literal.length);
      System.arraycopy(literal, 0, c, p, literal.length);
      p += literal.length;
    } else {
      c[p++] = NUMBERED;
      p = putVarint(c, p, prefix);
      p = putVarint(c, p, number);
    }
    chunkEnds[all.length - 1] = p;
    // Entries start below CHUNK_SIZE, so a chunk made larger for one long pointer takes no more.
    chunkUsed = c.length > CHUNK_SIZE ? CHUNK_SIZE : p;
    return ref;
  }

  private boolean matches(int ref, RecordType type, String id) {
    byte[] c = chunks[ref >>> CHUNK_BITS];
    int p = ref & (CHUNK_SIZE - 1);
    if (c[p] != type.ordinal() || (c[p + 1] & 0xff) != id.length()) {
      return false;
    }
    p += 2;
    for (int k = 0; k < id.length(); k++) {
      if (c[p + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private String pointerAt(int ref) {
    byte[] c = chunks[ref >>> CHUNK_BITS];
    int p = (ref & (CHUNK_SIZE - 1)) + 1;
    p += 1 + (c[p] & 0xff);
    int[] at = {p + 1};
    if (c[p] == LITERAL) {
      int length = (int) getVarint(c, at);
      return new String(c, at[0], length, StandardCharsets.UTF_8);
    }
    String prefix = prefixes.get((int) getVarint(c, at));
    return prefix + getVarint(c, at);
  }

  /**
   * The decimal number from {@code from} to the end, as written by {@code Long.toString}; else -1.
   */
  private static long number(String s, int from) {
    int length = s.length() - from;
    if (length == 0 || length > 18 || (length > 1 && s.charAt(from) == '0')) {
      return -1;
    }
    long n = 0;
    for (int k = from; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  private static int putVarint(byte[] c, int p, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      c[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    c[p++] = (byte) v;
    return p;
  }

  private static long getVarint(byte[] c, int[] at) {
    long v = 0;
    int shift = 0;
    byte b;
    do {
      b = c[at[0]++];
      v |= (long) (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return v;
  }
}
