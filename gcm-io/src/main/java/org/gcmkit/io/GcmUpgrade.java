package org.gcmkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites a dataset file of an earlier {@link FormatVersion} as the current one, in any of the
 * three forms (a JSON document, JSON Lines, a CSV data package as a folder or a zip archive, told
 * apart by name as {@link GcmJson#isJson(Path)} and {@link GcmCsv#isZip(Path)} do), with the list
 * of every change made.
 *
 * <p>It never drops a value: an input that cannot be read whole (a syntax or encoding error, a
 * field or column that is not read, a CSV file the package does not list) is refused, nothing is
 * written, and the result says why. Model rules that the input breaks do not stop the upgrade,
 * which changes the format, not the data; they are in the result's report. The output is written
 * atomically, as the writers of {@link GcmJson} and {@link GcmCsv} write.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * GcmUpgrade.Result r = GcmUpgrade.create().upgrade(Path.of("old.json"), Path.of("new.json"));
 * if (!r.isWritten()) {
 *   System.err.println(r.getRefusal().orElseThrow());
 * }
 * }</pre>
 */
public final class GcmUpgrade {
  private final GcmJson json;
  private final GcmCsv csv;

  private GcmUpgrade(GcmJson json, GcmCsv csv) {
    this.json = json;
    this.csv = csv;
  }

  /**
   * An upgrader with the readers' defaults.
   *
   * @return the upgrader
   */
  public static GcmUpgrade create() {
    return new GcmUpgrade(GcmJson.create(), GcmCsv.create());
  }

  /**
   * A copy whose reports keep at most {@code maxViolations} violations.
   *
   * @param maxViolations how many violations a report keeps at most
   * @return the copy
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public GcmUpgrade withMaxViolations(int maxViolations) {
    return new GcmUpgrade(
        json.withMaxViolations(maxViolations), csv.withMaxViolations(maxViolations));
  }

  /**
   * Reads {@code input} and writes it to {@code output} in the current format version, unless that
   * would lose a value.
   *
   * @param input a dataset file or package of any version
   * @param output where to write, in the form its name says (it may differ from the input's)
   * @return what was changed, or why nothing was written
   * @throws IOException when the output cannot be written
   * @throws UncheckedIOException when the input cannot be read
   */
  public Result upgrade(Path input, Path output) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    ReadResult<Dataset> read =
        GcmJson.isJson(input) ? json.readDataset(input) : csv.readDataset(input);
    ValidationReport report = read.getReport();
    Optional<FormatVersion> from = read.getFormatVersion();
    Optional<String> refusal = refusal(read);
    if (refusal.isPresent()) {
      return new Result(from, List.of(), report, refusal);
    }
    Dataset dataset = read.getValue().orElseThrow();
    List<Change> changes = new ArrayList<>();
    FormatVersion was = from.orElse(FormatVersion.V1_0);
    if (was != FormatVersion.CURRENT) {
      changes.add(
          new Change(
              "/formatVersion",
              was.toString(),
              FormatVersion.CURRENT.toString(),
              "the format version; format 1.1 only adds to 1.0, so every value stays where it"
                  + " was"));
    }
    changes.addAll(tagCases(dataset, report));
    if (GcmJson.isJson(output)) {
      json.writeDataset(dataset, output);
    } else {
      csv.writeDataset(dataset, output);
    }
    return new Result(from, changes, report, Optional.empty());
  }

  /**
   * The language tags that the writers write in the registry's case ({@code EN} as {@code en}),
   * found where the report warned of them ({@code language-tag.case}): as the writers do, through
   * {@link Scalars#writtenValues} for a text's keys and {@link Scalars#languageTag} for a list.
   */
  private static List<Change> tagCases(Dataset dataset, ValidationReport report) {
    List<Change> changes = new ArrayList<>();
    // The report checks a dataset's head last; its warnings' places give the file's order.
    List<Violation> warnings =
        report.getViolations().stream()
            .filter(v -> v.getCode().equals(Rule.LANGUAGE_TAG_CASE.code()))
            .sorted(FILE_ORDER)
            .toList();
    for (Violation v : warnings) {
      Object value = valueAt(dataset, v.getPointer());
      if (value instanceof Text text) {
        List<String> was = List.copyOf(text.getValues().keySet());
        List<String> now = List.copyOf(Scalars.writtenValues(text).keySet());
        for (int i = 0; i < was.size(); i++) {
          if (!was.get(i).equals(now.get(i))) {
            changes.add(new Change(v.getPointer(), was.get(i), now.get(i), TAG_CASE));
          }
        }
      } else if (value instanceof List<?> tags) {
        for (int i = 0; i < tags.size(); i++) {
          String tag = String.valueOf(tags.get(i));
          if (!Scalars.languageTag(tag).equals(tag)) {
            changes.add(
                new Change(v.getPointer() + "/" + i, tag, Scalars.languageTag(tag), TAG_CASE));
          }
        }
      }
    }
    return changes;
  }

  /** By file, line and column; a violation without a place keeps its order, first. */
  private static final Comparator<Violation> FILE_ORDER =
      Comparator.comparing((Violation v) -> v.getLocation().flatMap(Location::getFile).orElse(""))
          .thenComparingLong(v -> v.getLocation().map(l -> l.getLine().orElse(0)).orElse(0L))
          .thenComparingInt(v -> v.getLocation().map(l -> l.getColumn().orElse(0)).orElse(0));

  private static final String TAG_CASE =
      "a language tag, written in the case of the IANA registry; the same tag in any case";

  /**
   * The value at {@code pointer} in {@code dataset}, walked through the model's shapes: a text, a
   * list, or another value; null when the pointer names nothing.
   */
  private static @Nullable Object valueAt(Dataset dataset, String pointer) {
    Object here = dataset;
    Shape shape = Shape.of(Dataset.class);
    String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      Optional<Property> p = shape.property(segments[i]);
      if (p.isEmpty()) {
        return null;
      }
      List<Object> values = p.get().values(here);
      boolean last = i == segments.length - 1;
      if (p.get().cardinality() == Cardinality.LIST) {
        if (last) {
          return values;
        }
        int index = index(segments[++i], values.size());
        if (index < 0) {
          return null;
        }
        here = values.get(index);
        last = i == segments.length - 1;
      } else if (values.isEmpty()) {
        return null;
      } else {
        here = values.get(0);
      }
      if (last) {
        return here;
      }
      if (p.get().kind() != ValueKind.OBJECT) {
        return null;
      }
      shape = p.get().shape();
    }
    return here;
  }

  /** {@return {@code segment} as an index below {@code size}, or -1} */
  private static int index(String segment, int size) {
    if (segment.isEmpty()
        || segment.length() > 9
        || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int index = Integer.parseInt(segment);
    return index < size ? index : -1;
  }

  /** Why writing {@code read} would lose a value, if it would. */
  private static Optional<String> refusal(ReadResult<Dataset> read) {
    List<String> lost = new ArrayList<>();
    for (Violation v : read.getReport().getViolations()) {
      Optional<Rule> rule = Rule.fromCode(v.getCode());
      // A missing descriptor loses nothing: the tables are read by their standard names.
      if (rule.map(r -> r.kind() == Rule.Kind.FORMAT).orElse(false)
          && rule.get() != Rule.PACKAGE_DESCRIPTOR_MISSING) {
        lost.add(v.getCode() + " at " + place(v));
      }
    }
    if (read.getValue().isEmpty() || !lost.isEmpty()) {
      return Optional.of(
          "expected an input that reads whole into a dataset but "
              + (lost.isEmpty()
                  ? "it could not be read"
                  : lost.size()
                      + (lost.size() == 1 ? " part of it is" : " parts of it are")
                      + " not read ("
                      + String.join("; ", lost.subList(0, Math.min(5, lost.size())))
                      + (lost.size() > 5 ? "; ..." : "")
                      + ")")
              + ": writing it would lose "
              + (lost.size() == 1 ? "that part" : "them")
              + ", so nothing was written; fix the input and upgrade again");
    }
    if (read.getReport().isTruncated()) {
      // The summary counts codes without places: a format problem may be among them.
      return Optional.of(
          "expected a report that lists every problem but it was cut at "
              + read.getReport().getViolations().size()
              + "; raise the limit (withMaxViolations) so that no lost value goes unseen");
    }
    return Optional.empty();
  }

  /** Where {@code v} is: its location ({@code file:line:column}) and pointer. */
  private static String place(Violation v) {
    return v.getLocation().map(l -> l + " ").orElse("")
        + (v.getPointer().isEmpty() ? "/" : v.getPointer());
  }

  /** One change that the upgrade made: where, what it was, what it is now, and why. */
  public static final class Change {
    private final String pointer;
    private final String was;
    private final String now;
    private final String why;

    Change(String pointer, String was, String now, String why) {
      this.pointer = pointer;
      this.was = was;
      this.now = now;
      this.why = why;
    }

    /** {@return the JSON Pointer of what changed} */
    public String getPointer() {
      return pointer;
    }

    /** {@return the value before} */
    public String getWas() {
      return was;
    }

    /** {@return the value after} */
    public String getNow() {
      return now;
    }

    /** {@return what the change is and why it loses nothing} */
    public String getWhy() {
      return why;
    }

    /** {@return the change as one line: {@code /formatVersion: '1.0' -> '1.1' (why)}} */
    @Override
    public String toString() {
      return pointer + ": '" + was + "' -> '" + now + "' (" + why + ")";
    }
  }

  /** What an upgrade did: the changes made, or why nothing was written. */
  public static final class Result {
    private final Optional<FormatVersion> from;
    private final List<Change> changes;
    private final ValidationReport report;
    private final Optional<String> refusal;

    Result(
        Optional<FormatVersion> from,
        List<Change> changes,
        ValidationReport report,
        Optional<String> refusal) {
      this.from = from;
      this.changes = List.copyOf(changes);
      this.report = report;
      this.refusal = refusal;
    }

    /** {@return the version the input said it has, if it said a known one} */
    public Optional<FormatVersion> getFrom() {
      return from;
    }

    /** {@return every change made, in file order; empty when nothing was written} */
    public List<Change> getChanges() {
      return changes;
    }

    /** {@return the report of reading the input: its problems, which the upgrade does not fix} */
    public ValidationReport getReport() {
      return report;
    }

    /** {@return whether the output was written} */
    public boolean isWritten() {
      return refusal.isEmpty();
    }

    /** {@return why nothing was written, when it was not} */
    public Optional<String> getRefusal() {
      return refusal;
    }
  }
}
