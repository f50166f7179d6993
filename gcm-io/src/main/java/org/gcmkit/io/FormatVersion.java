package org.gcmkit.io;

import java.util.Optional;

/**
 * The versions of gcm's file format (JSON documents, JSON Lines and CSV data packages alike): the
 * readers read every one, the writers write {@link #CURRENT}. A file says its version in {@code
 * formatVersion} (the JSON root or header line, the package's {@code datapackage.json}); a package
 * that says none is 1.0, which had no version in the descriptor.
 *
 * <p>What each version added is in docs/json-format.md; {@code gcm upgrade} rewrites a 1.0 file as
 * the current version.
 */
public enum FormatVersion {
  /** The first format: the five seeds' world. */
  V1_0("1.0"),
  /**
   * Decisions and votes, relations between documents, groups counted but not named, figures
   * attached to what they count, statuses and schedule history, EDTF level 1 dates, pledges.
   */
  V1_1("1.1");

  /** The version the writers write. */
  public static final FormatVersion CURRENT = V1_1;

  private final String text;

  FormatVersion(String text) {
    this.text = text;
  }

  /**
   * The version a file names.
   *
   * @param text the {@code formatVersion} as written, such as {@code 1.0}
   * @return the version, or empty when gcm knows none of that name
   */
  public static Optional<FormatVersion> of(String text) {
    for (FormatVersion v : values()) {
      if (v.text.equals(text)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The versions as a reader's message lists them: {@code '1.0' or '1.1'}.
   *
   * @return the versions read, quoted
   */
  public static String known() {
    StringBuilder b = new StringBuilder();
    FormatVersion[] all = values();
    for (int i = 0; i < all.length; i++) {
      b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ")
          .append('\'')
          .append(all[i].text)
          .append('\'');
    }
    return b.toString();
  }

  /** The version as written in files, such as {@code 1.1}. */
  @Override
  public String toString() {
    return text;
  }
}
