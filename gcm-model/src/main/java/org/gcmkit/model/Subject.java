package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkit.codes.Compact;
import org.gcmkit.codes.GcmObjective;
import org.gcmkit.codes.GcrObjective;
import org.gcmkit.codes.GuidingPrinciple;
import org.gcmkit.validation.constraints.KnownSubject;

/**
 * What a meeting, document or figure is about, as a reference into the compacts' code lists:
 *
 * <ul>
 *   <li>{@code gcm}, {@code gcr}: a compact as a whole;
 *   <li>{@code gcm:objectives}, {@code gcr:objectives}: all of its objectives ("all 23
 *       objectives");
 *   <li>{@code gcm:objective:4}, {@code gcr:objective:2}: one objective;
 *   <li>{@code gcm:principles}, {@code gcm:principle:h}: the guiding principles, or one by its
 *       letter in paragraph 15;
 *   <li>{@code gcm:360}: the GCM's 360-degree vision.
 * </ul>
 *
 * <p>Immutable and thread-safe. Text that breaks this syntax cannot be parsed; a well-formed
 * reference to a number or letter that does not exist ({@code gcm:objective:24}) is representable
 * and flagged by {@link KnownSubject} when validated.
 */
@KnownSubject
public final class Subject {
  private static final Pattern SYNTAX =
      Pattern.compile(
          "(gcm|gcr)(?::(objectives|principles|360|objective:(\\d{1,4})|principle:([a-z])))?");

  /** Which part of a compact a {@link Subject} refers to. */
  public enum Aspect {
    /** The compact as a whole. */
    WHOLE,
    /** All of its objectives. */
    OBJECTIVES,
    /** One objective, by number. */
    OBJECTIVE,
    /** All of its guiding principles. */
    PRINCIPLES,
    /** One guiding principle, by letter. */
    PRINCIPLE,
    /** The GCM's 360-degree vision (paragraph 11). */
    VISION_360
  }

  private final Compact compact;
  private final Aspect aspect;
  private final int objective;
  private final char principle;

  private Subject(Compact compact, Aspect aspect, int objective, char principle) {
    this.compact = Objects.requireNonNull(compact, "compact");
    this.aspect = aspect;
    this.objective = objective;
    this.principle = principle;
  }

  /**
   * Reads a subject code such as {@code gcm:objective:4}.
   *
   * @param text the text to read
   * @return the subject
   * @throws IllegalArgumentException naming the text and the accepted forms when it is not one
   */
  public static Subject parse(CharSequence text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a subject such as gcm, gcm:objectives, gcm:objective:4, gcm:principles,"
              + " gcm:principle:a, gcm:360, gcr or gcr:objective:1 but was '"
              + text
              + "'");
    }
    Compact compact = m.group(1).equals("gcm") ? Compact.GCM : Compact.GCR;
    String part = m.group(2);
    if (part == null) {
      return new Subject(compact, Aspect.WHOLE, 0, ' ');
    }
    if (compact == Compact.GCR && !part.equals("objectives") && m.group(3) == null) {
      throw new IllegalArgumentException(
          "expected gcr, gcr:objectives or gcr:objective:N but was '" + text + "'");
    }
    if (m.group(3) != null) {
      return new Subject(compact, Aspect.OBJECTIVE, Integer.parseInt(m.group(3)), ' ');
    }
    if (m.group(4) != null) {
      return new Subject(compact, Aspect.PRINCIPLE, 0, m.group(4).charAt(0));
    }
    return switch (part) {
      case "objectives" -> new Subject(compact, Aspect.OBJECTIVES, 0, ' ');
      case "principles" -> new Subject(compact, Aspect.PRINCIPLES, 0, ' ');
      default -> new Subject(compact, Aspect.VISION_360, 0, ' ');
    };
  }

  /**
   * {@return the compact as a whole}
   *
   * @param compact the compact
   */
  public static Subject of(Compact compact) {
    return new Subject(compact, Aspect.WHOLE, 0, ' ');
  }

  /**
   * {@return one GCM objective}
   *
   * @param objective the objective
   */
  public static Subject of(GcmObjective objective) {
    return new Subject(Compact.GCM, Aspect.OBJECTIVE, objective.number(), ' ');
  }

  /**
   * {@return one GCR objective}
   *
   * @param objective the objective
   */
  public static Subject of(GcrObjective objective) {
    return new Subject(Compact.GCR, Aspect.OBJECTIVE, objective.number(), ' ');
  }

  /**
   * {@return one GCM guiding principle}
   *
   * @param principle the principle
   */
  public static Subject of(GuidingPrinciple principle) {
    return new Subject(Compact.GCM, Aspect.PRINCIPLE, 0, principle.letter());
  }

  /**
   * {@return all objectives of a compact}
   *
   * @param compact the compact
   */
  public static Subject allObjectives(Compact compact) {
    return new Subject(compact, Aspect.OBJECTIVES, 0, ' ');
  }

  /** {@return all guiding principles of the GCM} */
  public static Subject guidingPrinciples() {
    return new Subject(Compact.GCM, Aspect.PRINCIPLES, 0, ' ');
  }

  /** {@return the GCM's 360-degree vision} */
  public static Subject vision360() {
    return new Subject(Compact.GCM, Aspect.VISION_360, 0, ' ');
  }

  /** {@return the compact referred to} */
  public Compact getCompact() {
    return compact;
  }

  /** {@return which part of the compact} */
  public Aspect getAspect() {
    return aspect;
  }

  /** {@return the objective number for {@link Aspect#OBJECTIVE}, whether or not it exists} */
  public Optional<Integer> getObjectiveNumber() {
    return aspect == Aspect.OBJECTIVE ? Optional.of(objective) : Optional.empty();
  }

  /** {@return the principle letter for {@link Aspect#PRINCIPLE}, whether or not it exists} */
  public Optional<Character> getPrincipleLetter() {
    return aspect == Aspect.PRINCIPLE ? Optional.of(principle) : Optional.empty();
  }

  /** {@return the GCM objective referred to, if this is one that exists} */
  public Optional<GcmObjective> gcmObjective() {
    return compact == Compact.GCM && aspect == Aspect.OBJECTIVE
        ? GcmObjective.find(objective)
        : Optional.empty();
  }

  /** {@return the GCR objective referred to, if this is one that exists} */
  public Optional<GcrObjective> gcrObjective() {
    return compact == Compact.GCR && aspect == Aspect.OBJECTIVE
        ? GcrObjective.find(objective)
        : Optional.empty();
  }

  /** {@return the guiding principle referred to, if this is one that exists} */
  public Optional<GuidingPrinciple> guidingPrinciple() {
    return aspect == Aspect.PRINCIPLE ? GuidingPrinciple.find(principle) : Optional.empty();
  }

  /** {@return whether the number or letter referred to exists in the code lists} */
  public boolean isKnown() {
    return switch (aspect) {
      case OBJECTIVE ->
          compact == Compact.GCM ? gcmObjective().isPresent() : gcrObjective().isPresent();
      case PRINCIPLE -> guidingPrinciple().isPresent();
      default -> true;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject && o.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The code, for example {@code gcm:objective:4}. */
  @Override
  public String toString() {
    String c = compact == Compact.GCM ? "gcm" : "gcr";
    return switch (aspect) {
      case OBJECTIVES -> c + ":objectives";
      case OBJECTIVE -> c + ":objective:" + objective;
      case PRINCIPLES -> c + ":principles";
      case PRINCIPLE -> c + ":principle:" + principle;
      case VISION_360 -> c + ":360";
      default -> c;
    };
  }
}
