package org.gcmkit.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.validation.internal.Chains;
import org.gcmkit.validation.internal.IdIndex;
import org.gcmkit.validation.internal.IdKey;
import org.gcmkit.validation.internal.ReferenceIndex;
import org.gcmkit.validation.internal.StreamChains;
import org.jspecify.annotations.Nullable;

/**
 * Validates the records of a dataset one at a time, as a reader streams them, and still applies the
 * dataset rules across the whole stream: ids unique per record type ({@link Rule#ID_DUPLICATE}) and
 * references that resolve ({@link Rule#REFERENCE_UNRESOLVED}), forward references included.
 *
 * <p>Memory grows with the number of distinct ids seen (each kept with the pointer of its first
 * record, about 57 bytes), the records that refer to their own type ({@code partOf}, {@code
 * parent}: about 40 bytes each, for {@link Rule#REFERENCE_LOOP}) and the references whose target
 * has not been seen yet, never with the size of the records. Not thread-safe, but for {@link
 * #withKnownTargets}: use one instance per stream. Create it with {@link #create(GcmValidator)},
 * call {@link #accept} for each record and {@link #finish()} once at the end.
 */
public final class StreamValidator {
  private final GcmValidator validator;
  private final IdIndex ids = new IdIndex();
  private final Map<IdKey, List<Pending>> pending = new LinkedHashMap<>();
  private final StreamChains chains = new StreamChains();
  private boolean finished;

  private StreamValidator(GcmValidator validator) {
    this.validator = validator;
  }

  /**
   * {@return a stream validator that checks each record's own rules with {@code validator}}
   *
   * @param validator the Jakarta validator to delegate to
   */
  public static StreamValidator create(GcmValidator validator) {
    return new StreamValidator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Validates one top-level record found at {@code pointer} (such as {@code /meetings/3}), and
   * records its id and references.
   *
   * @param record the record
   * @param pointer the pointer
   * @param locator gives the file location of a pointer within the record, where known; it is
   *     called while this method runs, also for references kept until {@link #finish()}
   * @return the violations of the record's own rules and a duplicate id, with locations
   */
  public ValidationReport accept(
      Object record, String pointer, Function<String, Optional<Location>> locator) {
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    List<Violation> own = validator.validate(record, pointer).getViolations();
    Optional<Violation> duplicate = accept(Links.of(record), pointer, locator);
    if (own.isEmpty() && duplicate.isEmpty()) {
      // The usual case, with no report to build: a valid record with a new id.
      return ValidationReport.empty();
    }
    List<Violation> found = new ArrayList<>(own);
    duplicate.ifPresent(found::add);
    List<Violation> located = new ArrayList<>(found.size());
    for (Violation v : found) {
      located.add(
          v.getLocation().isPresent()
              ? v
              : v.toBuilder().location(locator.apply(v.getPointer())).build());
    }
    return ValidationReport.of(located);
  }

  /**
   * {@return {@code links} in the same order, each with the references whose targets this validator
   * has accepted already marked as resolved, so that {@link #accept(Links, String, Function)} need
   * not look them up}
   *
   * <p>For readers that check records on worker threads: a lookup among millions of ids mostly
   * waits for memory. Made here, it waits on the worker, not on the one thread that accepts the
   * records in order, and the lookups of many records wait together. Safe to call on any thread
   * while another calls {@code accept}: a target accepted meanwhile may be left unmarked, and
   * {@code accept} then looks it up itself, so the report is the same whether this is called or
   * not.
   *
   * @param links the ids and references of some records
   */
  public List<Links> withKnownTargets(List<Links> links) {
    int count = 0;
    for (Links l : links) {
      count += l.targets.size();
    }
    RecordType[] types = new RecordType[count];
    String[] values = new String[count];
    int n = 0;
    for (Links l : links) {
      for (RecordId ref : l.targets) {
        types[n] = ref.type();
        values[n++] = ref.value();
      }
    }
    boolean[] found = new boolean[count];
    ids.containsEach(types, values, count, found);
    List<Links> marked = new ArrayList<>(links.size());
    int from = 0;
    for (Links l : links) {
      int size = l.targets.size();
      boolean any = false;
      for (int i = from; i < from + size && !any; i++) {
        any = found[i];
      }
      marked.add(
          any
              ? new Links(
                  l.id,
                  l.targets,
                  l.paths,
                  Arrays.copyOfRange(found, from, from + size),
                  l.chainProperties)
              : l);
      from += size;
    }
    return marked;
  }

  /**
   * Takes the id and references of one record found at {@code pointer}, as {@link #accept(Object,
   * String, Function)} does after checking the record's own rules: for a reader that checks records
   * on several threads ({@link GcmValidator#validate(Object, String)} and {@link Links#of} are
   * thread-safe) and then hands their links to this method in input order, so that the report is
   * the one a single thread gives.
   *
   * @param links the record's id and references
   * @param pointer the record's pointer
   * @param locator gives the file location of a pointer within the record; it is called while this
   *     method runs, only for references kept until {@link #finish()}
   * @return the duplicate id violation, unlocated, if another record had the id already
   */
  public Optional<Violation> accept(
      Links links, String pointer, Function<String, Optional<Location>> locator) {
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    RecordId id = links.id;
    String first = ids.putIfAbsent(id.type(), id.value(), pointer);
    if (first == null && !pending.isEmpty()) {
      pending.remove(new IdKey(id));
    }
    for (int i = 0; i < links.targets.size(); i++) {
      RecordId ref = links.targets.get(i);
      Supplier<List<Object>> path = links.paths.get(i);
      if (!links.known(i) && !ids.contains(ref.type(), ref.value())) {
        String at = pointer + toPointer(path.get());
        pending
            .computeIfAbsent(new IdKey(ref), r -> new ArrayList<>(1))
            .add(new Pending(ref, at, locator.apply(at).orElse(null)));
      }
      // A reference to its own type, held by the record itself, is a link of a chain that must
      // not loop. A record whose id is taken already is reported as such; its links would only
      // echo it.
      String property = first == null ? links.chainProperty(i) : null;
      if (property != null) {
        String at = pointer + chainPointer(property);
        chains.add(id, property, ref, locator.apply(at).orElse(null));
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(DatasetViolations.duplicateId(id.type(), id.value(), pointer, first));
  }

  /**
   * Reports every reference whose target never appeared, by pointer with list indexes compared as
   * numbers; the report keeps the first {@value ValidationReport#DEFAULT_MAX_VIOLATIONS} and counts
   * the rest. Call once, after the last record.
   *
   * @return the report of the unresolved references
   */
  public ValidationReport finish() {
    ValidationReport.Builder report = ValidationReport.builder();
    finish(report::add);
    return report.build();
  }

  /**
   * Hands each reference whose target never appeared to {@code unresolved}, by pointer with list
   * indexes compared as numbers, making each violation only as it is handed over: with a {@link
   * ValidationReport#builder(int)} as the receiver, memory stays bounded however many there are.
   * Call once (this or {@link #finish()}), after the last record.
   *
   * @param unresolved the unresolved
   */
  public void finish(Consumer<Violation> unresolved) {
    Objects.requireNonNull(unresolved, "unresolved");
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    finished = true;
    List<Pending> all = new ArrayList<>();
    pending.values().forEach(all::addAll);
    pending.clear();
    all.sort(Comparator.comparing(p -> p.pointer, GcmValidator::comparePointers));
    for (Pending p : all) {
      unresolved.accept(
          DatasetViolations.unresolvedReference(
              p.target.type(), p.target.value(), p.pointer, Optional.ofNullable(p.location)));
    }
    chains.loops(ids, unresolved);
  }

  /**
   * {@return the pointer of the chain link held in {@code property}, below its record's pointer}
   * One concatenation: it is made for every link of a chain, on the merging thread of a parallel
   * read, where a StringBuilder and its growth showed in the profile.
   */
  private static String chainPointer(String property) {
    return "/" + ReportParts.pointerToken(property);
  }

  /** {@return the number of distinct ids seen so far, over all record types} */
  public long idCount() {
    return ids.size();
  }

  private static String toPointer(List<Object> path) {
    StringBuilder s = new StringBuilder();
    for (Object segment : path) {
      s.append('/').append(ReportParts.pointerToken(String.valueOf(segment)));
    }
    return s.toString();
  }

  /**
   * What the dataset rules need of one record: its id and the ids it refers to, with their paths in
   * the record. Made on any thread; immutable.
   */
  public static final class Links {
    private final RecordId id;
    private final List<RecordId> targets;
    private final List<Supplier<List<Object>>> paths;
    // Which targets were found already accepted (see withKnownTargets); null for none.
    private final boolean @Nullable [] known;
    // The property of each target that is a link of a chain (Chains.property), whose path in the
    // record is that property alone, else null; null for none. Found where the links are made, on
    // the reading thread, where the path was just built: accept, on the merging thread, then
    // neither loads the target nor builds the path again. In a profile of JSON Lines on two
    // threads, building it there was a tenth of the merging thread's samples (BENCHMARKS.md, "The
    // targets still missed").
    private final @Nullable String @Nullable [] chainProperties;

    private Links(
        RecordId id,
        List<RecordId> targets,
        List<Supplier<List<Object>>> paths,
        boolean @Nullable [] known,
        @Nullable String @Nullable [] chainProperties) {
      this.id = id;
      this.targets = targets;
      this.paths = paths;
      this.known = known;
      this.chainProperties = chainProperties;
    }

    private boolean known(int i) {
      return known != null && known[i];
    }

    private @Nullable String chainProperty(int i) {
      return chainProperties != null ? chainProperties[i] : null;
    }

    /**
     * {@return the id and references of {@code record}}
     *
     * @param record a top-level record of a dataset
     * @throws IllegalArgumentException if {@code record} is not one
     */
    public static Links of(Object record) {
      RecordId id = ReferenceIndex.idOf(record);
      List<RecordId> targets = new ArrayList<>(4);
      List<Supplier<List<Object>>> paths = new ArrayList<>(4);
      ReferenceIndex.references(
          record,
          (path, ref) -> {
            targets.add(ref);
            paths.add(path);
          });
      String[] chainProperties = null;
      for (int i = 0; i < targets.size(); i++) {
        String property = Chains.property(id, targets.get(i), paths.get(i));
        if (property != null) {
          if (chainProperties == null) {
            chainProperties = new String[targets.size()];
          }
          chainProperties[i] = property;
        }
      }
      return new Links(id, targets, paths, null, chainProperties);
    }

    /** {@return the record's id} */
    public RecordId id() {
      return id;
    }

    /**
     * {@return the pointer, below the record's, of each of the record's links of a chain (a
     * reference to its own type held by the record itself, such as {@code "/partOf"}), in the
     * record's order; usually none} {@link StreamValidator#accept(Links, String, Function) accept}
     * asks its locator for each one's place at the record's pointer followed by this one: a reader
     * that checks records on several threads can find those places where it reads, not on the
     * merging thread.
     */
    public List<String> chainPointers() {
      if (chainProperties == null) {
        return List.of();
      }
      List<String> all = new ArrayList<>(1);
      for (String p : chainProperties) {
        if (p != null) {
          all.add(chainPointer(p));
        }
      }
      return Collections.unmodifiableList(all);
    }

    /**
     * {@return the record's references in the record's order, for engines that resolve them as
     * joins of ids across workers}
     */
    public List<Reference> references() {
      List<Reference> all = new ArrayList<>(targets.size());
      for (int i = 0; i < targets.size(); i++) {
        RecordId ref = targets.get(i);
        Supplier<List<Object>> path = paths.get(i);
        all.add(new Reference(ref, toPointer(path.get()), Optional.ofNullable(chainProperty(i))));
      }
      return all;
    }
  }

  /**
   * One reference of a record.
   *
   * @param target the id it refers to
   * @param pointer its pointer within the record, such as {@code /hosts/0/actor}
   * @param chainProperty the property, when the reference is a link of a chain that must not loop
   *     ({@link Rule#REFERENCE_LOOP}): a record's own reference to its own type, such as {@code
   *     partOf}
   */
  public record Reference(RecordId target, String pointer, Optional<String> chainProperty) {
    /**
     * Checks that no component is null.
     *
     * @param target the id it refers to
     * @param pointer its pointer within the record
     * @param chainProperty the property of a chain link, if it is one
     */
    public Reference {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(chainProperty, "chainProperty");
    }
  }

  private static final class Pending {
    final RecordId target;
    final String pointer;
    final @Nullable Location location;

    Pending(RecordId target, String pointer, @Nullable Location location) {
      this.target = target;
      this.pointer = pointer;
      this.location = location;
    }
  }
}
