package org.gcmkit.io.internal;

import java.util.List;
import java.util.function.Function;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.StreamValidator;
import org.jspecify.annotations.Nullable;

/**
 * The places of one record's chain links ({@code partOf}, {@code parent}), found by the thread that
 * read the record, for the merge's {@link StreamValidator#accept(StreamValidator.Links, String,
 * Function) accept} to take. The merge asks for each link's place; found there, it searched the
 * part's places in memory that another core had just written, a fifth of the merging thread's
 * samples in a parallel read of JSON Lines (BENCHMARKS.md, "Faster checks, and the merging thread's
 * share").
 */
public final class ChainPlaces {
  /** A record's without chain links, as most are: it finds nothing. */
  public static final ChainPlaces NONE = new ChainPlaces(new String[0], new Location[0]);

  // Each link's pointer below its record's ("/partOf"), and its place (null where unknown).
  private final String[] below;
  private final @Nullable Location[] places;

  private ChainPlaces(String[] below, @Nullable Location[] places) {
    this.below = below;
    this.places = places;
  }

  /**
   * {@return the places of the chain links of {@code links}, each found by {@code locate} from its
   * pointer below the record's ({@code "/partOf"}); {@link #NONE} when the record has none}
   *
   * @param links the record's links
   * @param locate the place of a pointer below the record's, or null
   */
  public static ChainPlaces of(
      StreamValidator.Links links, Function<String, @Nullable Location> locate) {
    List<String> pointers = links.chainPointers();
    if (pointers.isEmpty()) {
      return NONE;
    }
    String[] below = pointers.toArray(new String[0]);
    @Nullable Location[] places = new Location[below.length];
    for (int i = 0; i < below.length; i++) {
      places[i] = locate.apply(below[i]);
    }
    return new ChainPlaces(below, places);
  }

  /**
   * {@return the place found for {@code pointer} if it is a chain link's under a record pointer of
   * {@code recordLength} characters, else null}
   *
   * @param pointer the pointer accept asks for
   * @param recordLength the length of the record's pointer, which {@code pointer} starts with
   */
  public @Nullable Location find(String pointer, int recordLength) {
    for (int i = 0; i < below.length; i++) {
      String own = below[i];
      if (pointer.length() == recordLength + own.length()
          && pointer.startsWith(own, recordLength)) {
        return places[i];
      }
    }
    return null;
  }
}
