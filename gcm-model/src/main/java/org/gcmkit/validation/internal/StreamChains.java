package org.gcmkit.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.validation.DatasetViolations;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The chain references of a stream ({@link Chains} says which they are), kept packed: one entry per
 * record that has one, in an {@link IdIndex} of its own whose "pointer" holds the property, the
 * target, the record's place in the order and the reference's location, about 40 bytes in all. A
 * {@code Map} of objects cost some 300 bytes per link, more than the id itself, which broke the
 * bound of a large file's validation in 256 MB. The report is the one {@link Chains} gives.
 */
public final class StreamChains {
  private static final char SEP = '\u0001';

  private final IdIndex links = new IdIndex();

  /** The files and headers of the locations, stored once: entries name them by number. */
  private final List<String[]> places = new ArrayList<>();

  private final Map<String, Integer> placeNumbers = new HashMap<>();
  private int count;

  /**
   * Records that the record {@code from} refers to {@code to} through {@code property}, unless it
   * did already. Callers leave out records whose id another record has already.
   *
   * @param from the id of the record
   * @param property the property that holds the reference
   * @param to the target
   * @param at where the reference is in the input, if known
   */
  public void add(RecordId from, String property, RecordId to, @Nullable Location at) {
    StringBuilder v = new StringBuilder(property.length() + to.value().length() + 24);
    v.append(property).append(SEP).append(to.value()).append(SEP).append(count);
    if (at != null) {
      String file = at.getFile().orElse("");
      String header = at.getHeader().orElse("");
      String key = file + SEP + header;
      Integer n = placeNumbers.get(key);
      if (n == null) {
        n = places.size();
        places.add(new String[] {file, header});
        placeNumbers.put(key, n);
      }
      v.append(SEP)
          .append(n)
          .append(SEP)
          .append(at.getLine().isPresent() ? String.valueOf(at.getLine().getAsLong()) : "")
          .append(SEP)
          .append(at.getColumn().isPresent() ? String.valueOf(at.getColumn().getAsInt()) : "");
    }
    if (links.putIfAbsent(from.type(), from.value(), v.toString()) == null) {
      count++;
    }
  }

  /**
   * Hands each loop to {@code sink} once, as a violation at the reference of the loop's first
   * record in input order, saying the records it goes through.
   *
   * @param ids the stream's ids, with the pointers of their records
   * @param sink receives the violations
   */
  public void loops(IdIndex ids, Consumer<Violation> sink) {
    // The walk that reached each record with a link, by the link's number: 4 bytes a link. A walk
    // keeps no path: a loop, once met, is walked again to list it.
    int[] walkOf = new int[count];
    int[] walk = {0};
    links.forEach(
        (type, id, link) -> {
          if (walkOf[ordinal(link)] != 0) {
            return;
          }
          walk[0]++;
          String at = id;
          String atLink = link;
          while (true) {
            int o = ordinal(atLink);
            if (walkOf[o] != 0) {
              if (walkOf[o] == walk[0]) {
                sink.accept(loop(ids, type, at));
              }
              return;
            }
            walkOf[o] = walk[0];
            String target = field(atLink, 1);
            String targetLink = links.pointerOf(type, target);
            if (targetLink == null) {
              return;
            }
            at = target;
            atLink = targetLink;
          }
        });
  }

  /** The violation of the loop through {@code member}, at its first record in input order. */
  private Violation loop(IdIndex ids, RecordType type, String member) {
    List<String> loop = new ArrayList<>();
    String at = member;
    do {
      loop.add(at);
      at = field(java.util.Objects.requireNonNull(links.pointerOf(type, at), "a loop link"), 1);
    } while (!at.equals(member));
    String first = loop.get(0);
    for (String r : loop) {
      if (order(type, r) < order(type, first)) {
        first = r;
      }
    }
    return violation(ids, type, first, loop);
  }

  private static int ordinal(String link) {
    return Integer.parseInt(field(link, 2));
  }

  private long order(RecordType type, String id) {
    String l = links.pointerOf(type, id);
    return l == null ? Long.MAX_VALUE : ordinal(l);
  }

  private Violation violation(IdIndex ids, RecordType type, String first, List<String> loop) {
    String link = java.util.Objects.requireNonNull(links.pointerOf(type, first), "a loop link");
    int from = loop.indexOf(first);
    List<String> fromFirst = new ArrayList<>(loop.size());
    for (int i = 0; i < loop.size(); i++) {
      fromFirst.add(loop.get((from + i) % loop.size()));
    }
    String record = java.util.Objects.requireNonNull(ids.pointerOf(type, first), "a record's id");
    String property = field(link, 0);
    return DatasetViolations.loop(
        type,
        record + "/" + ReportParts.pointerToken(property),
        property,
        fromFirst,
        location(link));
  }

  private Optional<Location> location(String link) {
    String[] f = link.split(String.valueOf(SEP), -1);
    if (f.length < 6) {
      return Optional.empty();
    }
    String[] place = places.get(Integer.parseInt(f[3]));
    Location.Builder b = Location.builder();
    if (!place[0].isEmpty()) {
      b.file(place[0]);
    }
    if (!place[1].isEmpty()) {
      b.header(place[1]);
    }
    if (!f[4].isEmpty()) {
      b.line(Long.parseLong(f[4]));
    }
    if (!f[5].isEmpty()) {
      b.column(Integer.parseInt(f[5]));
    }
    return Optional.of(b.build());
  }

  private static String field(String link, int n) {
    int start = 0;
    for (int i = 0; i < n; i++) {
      start = link.indexOf(SEP, start) + 1;
    }
    int end = link.indexOf(SEP, start);
    return end < 0 ? link.substring(start) : link.substring(start, end);
  }
}
