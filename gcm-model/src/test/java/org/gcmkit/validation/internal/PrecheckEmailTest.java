package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written e-mail check of {@link Precheck} against the regular expression it replaces. */
class PrecheckEmailTest {
  private static final java.util.regex.Pattern OLD =
      java.util.regex.Pattern.compile(
          "[A-Za-z0-9_+-]+(?:\\.[A-Za-z0-9_+-]+)*"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private static boolean old(String s) {
    int at = s.lastIndexOf('@');
    return at > 0 && at <= 64 && s.length() - at - 1 <= 255 && OLD.matcher(s).matches();
  }

  @Test
  void isSimpleEmail_randomStrings_sameAsTheRegularExpression() {
    Random random = new Random(12);
    String alphabet = "aZ09_+-..@@ \u00e9";
    int valid = 0;
    for (int n = 0; n < 300_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(20) == 0 ? 50 + random.nextInt(300) : random.nextInt(14);
      for (int i = 0; i < length; i++) {
        // Long runs of one letter reach the 63-character label and 64-character local limits.
        b.append(
            random.nextInt(4) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) ('a' + random.nextInt(2)));
      }
      String s = b.toString();
      boolean expected = old(s);
      valid += expected ? 1 : 0;
      assertThat(Precheck.isSimpleEmail(s)).as(s).isEqualTo(expected);
    }
    assertThat(valid).isGreaterThan(1_000);
  }

  @Test
  void isSimpleEmail_labelAndLocalLengths_asBefore() {
    for (String s :
        new String[] {
          "a".repeat(64) + "@x.org",
          "a".repeat(65) + "@x.org",
          "a@" + "b".repeat(63) + ".org",
          "a@" + "b".repeat(64) + ".org",
          "a@" + "b.".repeat(127) + "c",
          "a@" + "b.".repeat(128) + "c",
          "a@-b.org",
          "a@b-.org",
          "a@b..org",
          "a.@b.org",
          ".a@b.org",
          "a@b",
          "a@b@c.org"
        }) {
      assertThat(Precheck.isSimpleEmail(s)).as(s).isEqualTo(old(s));
    }
  }
}
