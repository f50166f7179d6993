package org.gcmkit.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.gcmkit.model.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of what crosses workers: strings as UTF-8 with their length, numbers as they are, in
 * a fixed order per type. Deterministic, so that values may be keys; no Java serialisation.
 */
final class Wire {
  private Wire() {}

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("expected a string length of 0 or more but was " + n);
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("expected " + n + " bytes of a string but the input ended");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  static void nullable(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      string(out, s);
    }
  }

  static @Nullable String nullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? string(in) : null;
  }

  /**
   * The number of a record type on the wire. Every worker of a pipeline runs the same gcm jar, and
   * nothing encoded here outlives the run, so the enum's order is the same wherever it is read.
   */
  @SuppressWarnings("EnumOrdinal")
  static int typeNumber(RecordType type) {
    return type.ordinal();
  }

  @SuppressWarnings("EnumOrdinal")
  static RecordType type(int number) {
    return RecordType.values()[number];
  }

  /** Writes a value's fields. Serializable, as a coder travels with the pipeline. */
  @FunctionalInterface
  interface Writer<T> extends Serializable {
    void write(T value, DataOutputStream out) throws IOException;
  }

  /** Reads a value's fields in the order its writer wrote them. */
  @FunctionalInterface
  interface Reader<T> extends Serializable {
    T read(DataInputStream in) throws IOException;
  }

  /**
   * {@return the coder that writes values with {@code writer} and reads them with {@code reader}}
   *
   * @param <T> the type of the values
   * @param writer writes a value's fields with {@link Wire}, in one fixed order
   * @param reader reads them in that order
   */
  static <T> WireCoder<T> coder(Writer<T> writer, Reader<T> reader) {
    return new WireCoder<>(writer, reader);
  }

  /**
   * A coder that writes a value's fields with {@link Wire}, in one fixed order.
   *
   * @param <T> the type of the values
   */
  static final class WireCoder<T> extends AtomicCoder<T> {
    private static final long serialVersionUID = 1L;
    private final Writer<T> writer;
    private final Reader<T> reader;

    private WireCoder(Writer<T> writer, Reader<T> reader) {
      this.writer = writer;
      this.reader = reader;
    }

    @Override
    public final void encode(T value, OutputStream out) throws IOException {
      DataOutputStream d = new DataOutputStream(out);
      writer.write(value, d);
      d.flush();
    }

    @Override
    public final T decode(InputStream in) throws IOException {
      return reader.read(new DataInputStream(in));
    }

    @Override
    public final void verifyDeterministic() {}
  }
}
