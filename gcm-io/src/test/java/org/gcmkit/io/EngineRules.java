package org.gcmkit.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.Violation;

/**
 * What an engine such as gcm-beam does with the records that a reader hands over ({@link
 * PartRecord}): it numbers them, places their own violations, and applies the dataset rules to
 * their links, here with one {@link StreamValidator}. The report so made must be the reader's own.
 */
public final class EngineRules {
  private EngineRules() {}

  /** Reads an input, handing its records and its other violations over. */
  @FunctionalInterface
  public interface Reading {
    void read(Consumer<PartRecord> records, Consumer<Violation> others);
  }

  /**
   * The report of an input read by {@code reading}, which hands the records and the other
   * violations to the two consumers it is given, with the dataset rules applied here.
   */
  public static List<Violation> report(Reading reading) {
    List<Violation> all = new ArrayList<>();
    StreamValidator stream = StreamValidator.create(GcmValidator.create());
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    Set<String> broken = new HashSet<>();
    Map<String, PartRecord.Reference> handed = new HashMap<>();
    reading.read(
        r -> {
          int index = counts.merge(r.type(), 1, Integer::sum) - 1;
          String pointer = "/" + r.type().listName() + "/" + index;
          r.violations()
              .forEach(v -> all.add(v.toBuilder().pointer(pointer + v.getPointer()).build()));
          r.brokenId().ifPresent(id -> broken.add(r.type() + "/" + id));
          Map<String, Location> places = new HashMap<>();
          for (PartRecord.Reference ref : r.references()) {
            String at = pointer + ref.reference().pointer();
            places.put(at, ref.location());
            handed.put(at, ref);
          }
          r.links()
              .ifPresent(
                  links ->
                      stream
                          .accept(links, pointer, p -> Optional.ofNullable(places.get(p)))
                          .filter(d -> !r.idUnread())
                          .ifPresent(d -> all.add(d.toBuilder().location(r.idLocation()).build())));
        },
        all::add);
    stream.finish(
        v -> {
          if (v.getCode().equals(Rule.REFERENCE_UNRESOLVED.code())) {
            PartRecord.Reference ref = handed.get(v.getPointer());
            // Not handed over: a reference to a table that is not read, counted by the reader.
            if (ref == null) {
              return;
            }
            if (broken.contains(ref.reference().target().type() + "/" + v.getValue().orElse(""))) {
              return;
            }
          }
          all.add(v);
        });
    return all;
  }
}
