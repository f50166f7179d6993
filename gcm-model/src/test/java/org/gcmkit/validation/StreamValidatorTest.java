package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class StreamValidatorTest {
  private final StreamValidator stream = StreamValidator.create(GcmValidator.create());

  private static Optional<Location> locate(String pointer) {
    return Optional.of(Location.of("data.jsonl", pointer.length(), 1));
  }

  private static Actor actor(String id, String parent) {
    Actor.Builder b =
        Actor.builder().id(ActorId.of(id)).kind(ActorKind.NETWORK).name(Text.en("Network " + id));
    if (parent != null) {
      b.parent(ActorId.of(parent));
    }
    return b.build();
  }

  @Test
  void accept_forwardReference_resolvedLaterIsNotReported() {
    assertThat(
            stream
                .accept(actor("a", "b"), "/actors/0", StreamValidatorTest::locate)
                .getViolations())
        .isEmpty();
    assertThat(
            stream
                .accept(actor("b", null), "/actors/1", StreamValidatorTest::locate)
                .getViolations())
        .isEmpty();
    assertThat(stream.finish().getViolations()).isEmpty();
  }

  @Test
  void finish_danglingReference_reportedWithPointerAndLocationKeptFromAccept() {
    stream.accept(actor("a", "nobody"), "/actors/0", StreamValidatorTest::locate);

    ValidationReport report = stream.finish();

    assertThat(report.getViolations()).hasSize(1);
    Violation v = report.getViolations().get(0);
    assertThat(v.getCode()).isEqualTo("reference.unresolved");
    assertThat(v.getPointer()).isEqualTo("/actors/0/parent");
    assertThat(v.getMessage())
        .isEqualTo("expected the id of an actor in this dataset but was 'nobody'");
    assertThat(v.getLocation()).contains(Location.of("data.jsonl", "/actors/0/parent".length(), 1));
  }

  @Test
  void accept_duplicateId_reportedAtOnceNamingTheFirst() {
    stream.accept(actor("a", null), "/actors/0", StreamValidatorTest::locate);

    ValidationReport report =
        stream.accept(actor("a", null), "/actors/7", StreamValidatorTest::locate);

    assertThat(report.getViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getCode()).isEqualTo("id.duplicate");
              assertThat(v.getPointer()).isEqualTo("/actors/7/id");
              assertThat(v.getMessage())
                  .isEqualTo("expected a unique actor id but 'a' is already the id of /actors/0");
              assertThat(v.getLocation()).isPresent();
            });
    assertThat(stream.idCount()).isEqualTo(1);
  }

  /**
   * Targets looked up before accept (as readers do on their worker threads) change nothing: a known
   * target still makes its link of a chain, and an unknown one is still kept until finish.
   */
  @Test
  void withKnownTargets_loopAndDanglingReference_sameReportAsWithout() {
    StreamValidator plain = StreamValidator.create(GcmValidator.create());
    Actor[] records = {actor("a", "b"), actor("b", "a"), actor("c", "nobody"), actor("d", "c")};
    for (int i = 0; i < records.length; i++) {
      StreamValidator.Links links = StreamValidator.Links.of(records[i]);
      StreamValidator.Links looked = stream.withKnownTargets(List.of(links)).get(0);
      assertThat(looked == links).isEqualTo(i % 2 == 0); // b's and d's targets are known
      assertThat(stream.accept(looked, "/actors/" + i, StreamValidatorTest::locate)).isEmpty();
      assertThat(plain.accept(links, "/actors/" + i, StreamValidatorTest::locate)).isEmpty();
    }

    ValidationReport report = stream.finish();

    assertThat(report.getViolations())
        .extracting(Violation::getCode)
        .containsExactlyInAnyOrder("reference.unresolved", "reference.loop");
    assertThat(report.getViolations()).isEqualTo(plain.finish().getViolations());
  }

  @Test
  void accept_recordRuleBroken_reportedWithRecordPointerPrefix() {
    Actor state =
        Actor.builder()
            .id(ActorId.of("tm"))
            .kind(ActorKind.STATE)
            .name(Text.en("Turkmenistan"))
            .build();

    ValidationReport report = stream.accept(state, "/actors/3", StreamValidatorTest::locate);

    assertThat(report.getViolations())
        .extracting(Violation::getPointer, Violation::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/actors/3/country", "actor.state-without-country"));
  }

  @Test
  void finish_calledTwice_throws() {
    stream.finish();
    assertThatThrownBy(stream::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> stream.accept(actor("a", null), "/actors/0", StreamValidatorTest::locate))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void chainPointers_ownTypeReferenceHeldByTheRecord_namedOthersNot() {
    Actor child = actor("ministry", "state");
    Actor alone = actor("state", null);

    assertThat(StreamValidator.Links.of(child).chainPointers()).containsExactly("/parent");
    assertThat(StreamValidator.Links.of(alone).chainPointers()).isEmpty();
  }
}
