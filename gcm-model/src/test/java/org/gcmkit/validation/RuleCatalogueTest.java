package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  @Test
  void codes_areUniqueAndLowerCaseDotted() {
    Set<String> codes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
    assertThat(codes).hasSize(Rule.values().length);
    assertThat(codes).allMatch(c -> c.matches("[a-z0-9]+([.-][a-z0-9]+)*"));
  }

  @Test
  void fromCode_knownAndUnknown() {
    assertThat(Rule.fromCode("reference.unresolved")).contains(Rule.REFERENCE_UNRESOLVED);
    assertThat(Rule.fromCode("no.such-rule")).isEmpty();
  }

  @Test
  void kind_classLevelAndDatasetConstraints_areCrossFieldAndDatasetRules() {
    // The readers drop echoes of a failed value by kind: a cross-field rule of its object.
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.kind() == Rule.Kind.CROSS_FIELD))
        .containsExactlyInAnyOrder(
            Rule.DATE_ORDER,
            Rule.ONE_OF,
            Rule.STATE_COUNTRY,
            Rule.HYBRID_LOCATION,
            Rule.HELD_WITHOUT_DATE,
            Rule.VOTE_TOTAL,
            Rule.CLAIM_INVALID);
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.kind() == Rule.Kind.DATASET))
        .containsExactlyInAnyOrder(
            Rule.ID_DUPLICATE, Rule.REFERENCE_UNRESOLVED, Rule.REFERENCE_LOOP);
    assertThat(Rule.JSON_SYNTAX.kind()).isEqualTo(Rule.Kind.FORMAT);
    assertThat(Rule.PACKAGE_INVALID.kind()).isEqualTo(Rule.Kind.FORMAT);
    assertThat(Rule.REQUIRED.kind()).isEqualTo(Rule.Kind.FIELD);
  }

  @Test
  void docsRulesPage_listsEveryCodeWithItsSeverity() throws IOException {
    String page = Files.readString(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
    // Each row of the table, whole: code, severity, kind, a meaning in words, the constant. A row
    // whose meaning holds source text, or that lost a cell, does not match.
    java.util.List<String> rows =
        page.lines().filter(l -> l.startsWith("| `")).collect(java.util.stream.Collectors.toList());
    assertThat(rows).hasSize(Rule.values().length);
    for (Rule r : Rule.values()) {
      java.util.regex.Pattern row =
          java.util.regex.Pattern.compile(
              "\\| `"
                  + java.util.regex.Pattern.quote(r.code())
                  + "` \\| "
                  + r.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + " \\| "
                  + r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                  + " \\| [A-Z][^|{}]*[.)] \\| `Rule\\."
                  + r.name()
                  + "` \\|");
      assertThat(rows)
          .as("docs/rules.md row for %s", r)
          .anyMatch(l -> row.matcher(l.replace("\\|", "")).matches());
    }
  }
}
