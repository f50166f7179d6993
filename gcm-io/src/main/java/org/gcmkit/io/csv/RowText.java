package org.gcmkit.io.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * A row as FastCSV tokenised it, kept as one string of its cells one after another and the end of
 * each: four objects a row (this, the string and its bytes, the ends), where FastCSV's own records
 * keep a string and its bytes per cell.
 *
 * <p>Why: rows wait in batches read ahead and in parts waiting to be decoded or merged, and a young
 * collection copies every object still waiting. With a string per cell, a package read on two
 * threads in the benchmark's 256 MB heap spent twice the time in the collector of one thread
 * (BENCHMARKS.md, "The collector and the parts in flight"). A cell becomes a string of its own only
 * when it is decoded, on the thread that decodes it.
 */
final class RowText {
  /** The cells one after another. */
  final String text;

  /** Where each cell ends in {@link #text}. */
  private final int[] ends;

  /** The line the row starts on. */
  final long firstLine;

  private RowText(String text, int[] ends, long firstLine) {
    this.text = text;
    this.ends = ends;
    this.firstLine = firstLine;
  }

  /** The number of cells. */
  int size() {
    return ends.length;
  }

  /** Where cell {@code i} starts in {@link #text}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Where cell {@code i} ends in {@link #text}. */
  int end(int i) {
    return ends[i];
  }

  /** Cell {@code i}, which must be below {@link #size()}. */
  String cell(int i) {
    int start = start(i);
    int end = ends[i];
    return start == end ? "" : text.substring(start, end);
  }

  /** Whether cell {@code i}, which must be below {@link #size()}, is empty: makes no string. */
  boolean empty(int i) {
    return start(i) == ends[i];
  }

  /** Every cell, each a string of its own: for the header. */
  String[] cells() {
    String[] cells = new String[ends.length];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(i);
    }
    return cells;
  }

  /**
   * A row beyond a limit of the handler, thrown through FastCSV's reader as its own parse errors
   * are: the reader reports it as {@code input.limit}, where a parse error is {@code csv.syntax}.
   * Its message is the report's.
   */
  static final class OverLimit extends CsvParseException {
    private static final long serialVersionUID = 1L;

    OverLimit(String message) {
      super(message);
    }
  }

  /**
   * Collects each row's cells for FastCSV's reader into one buffer, with the limits FastCSV's own
   * records have: at most {@value #MAX_CELLS} cells, and at most {@value #MAX_CHARS} characters a
   * row (FastCSV's parser already stops a cell longer than that). A limit passed is an {@link
   * OverLimit} naming the row's first line.
   */
  static final class Handler extends CsvCallbackHandler<RowText> {
    /** As FastCSV's records: a header or row of more cells is not read. */
    static final int MAX_CELLS = 16 * 1024;

    /**
     * The most characters of one row, as of one cell: a row is held twice while it is made (the
     * buffer and its string), so FastCSV's four times the cell limit would let one row take some
     * 384 MB, beyond a 256 MB heap.
     */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    /** The buffer kept between rows; one that a long row grew is dropped after it. */
    private static final int KEPT = 64 * 1024;

    private char[] buffer = new char[1024];
    private int length;
    private int[] ends = new int[32];
    private int count;
    private long firstLine;
    private RecordType type = RecordType.DATA;

    @Override
    protected RecordType getRecordType() {
      return type;
    }

    @Override
    protected int getFieldCount() {
      return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      firstLine = startingLineNumber;
      length = 0;
      count = 0;
      type = RecordType.DATA;
      if (buffer.length > KEPT) {
        buffer = new char[1024];
      }
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
      if (count == MAX_CELLS) {
        throw new OverLimit(
            "expected at most "
                + MAX_CELLS
                + " cells in a row but the row starting at line "
                + firstLine
                + " has more");
      }
      if (len > MAX_CHARS - length) {
        throw new OverLimit(
            "expected at most "
                + MAX_CHARS
                + " characters in a row, its cells together, but the row starting at line "
                + firstLine
                + " has more");
      }
      if (length + len > buffer.length) {
        buffer =
            Arrays.copyOf(buffer, Math.min(MAX_CHARS, Math.max(length + len, 2 * buffer.length)));
      }
      System.arraycopy(buf, offset, buffer, length, len);
      length += len;
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, 2 * count);
      }
      ends[count++] = length;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
      // Comments are not enabled (CommentStrategy.NONE): a '#' line is a row like any other.
      throw new IllegalStateException("expected no comment lines to be recognised");
    }

    @Override
    protected void setEmpty() {
      type = RecordType.EMPTY;
    }

    @Override
    protected RowText buildRecord() {
      return new RowText(new String(buffer, 0, length), Arrays.copyOf(ends, count), firstLine);
    }
  }
}
