package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Text;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The stream validator's packed chains report the loops that the dataset rule ({@link Chains})
 * reports, with the same pointers, messages and values, on random graphs of {@code partOf} links
 * (loops of every length, records part of themselves, links to records that never come), and place
 * each at the location its reference was read at.
 */
class StreamChainsTest {
  private static final GcmValidator VALIDATOR = GcmValidator.create();

  @Test
  void loops_randomPartOfGraphs_sameAsTheDatasetRuleAndLocated() {
    int withLoops = 0;
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(40);
      List<Meeting> meetings = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Meeting.Builder m =
            Meeting.builder()
                .id(MeetingId.of("m-" + i))
                .kind(MeetingKind.MEETING)
                .title(Text.en("Meeting " + i))
                .status(MeetingStatus.PLANNED);
        int dice = random.nextInt(10);
        if (dice < 6) {
          m.partOf(MeetingId.of("m-" + random.nextInt(n)));
        } else if (dice < 7) {
          m.partOf(MeetingId.of("gone-" + i));
        }
        meetings.add(m.build());
      }
      List<String> expected =
          VALIDATOR
              .validate(Dataset.builder().addAllMeetings(meetings).build())
              .getViolations()
              .stream()
              .filter(v -> v.getCode().equals("reference.loop"))
              .map(StreamChainsTest::describe)
              .sorted()
              .collect(Collectors.toList());

      StreamValidator stream = StreamValidator.create(VALIDATOR);
      for (int i = 0; i < n; i++) {
        stream.accept(meetings.get(i), "/meetings/" + i, StreamChainsTest::locate);
      }
      List<Violation> loops =
          stream.finish().getViolations().stream()
              .filter(v -> v.getCode().equals("reference.loop"))
              .collect(Collectors.toList());

      assertThat(loops.stream().map(StreamChainsTest::describe).sorted())
          .as("seed %s", seed)
          .containsExactlyElementsOf(expected);
      for (Violation v : loops) {
        assertThat(v.getLocation()).isEqualTo(locate(v.getPointer()));
      }
      withLoops += loops.isEmpty() ? 0 : 1;
    }
    assertThat(withLoops).as("graphs with loops among the 200").isGreaterThan(50);
  }

  /** A location made from the pointer, as a reader would give one: file, header, line, column. */
  private static Optional<Location> locate(String pointer) {
    String rest = pointer.substring("/meetings/".length());
    int record = Integer.parseInt(rest.substring(0, rest.indexOf('/')));
    return Optional.of(
        Location.builder()
            .file("meetings-" + (record % 3) + ".csv")
            .header("partOf")
            .line(1000L + record)
            .column(3 + record % 5)
            .build());
  }

  private static String describe(Violation v) {
    return v.getPointer() + " " + v.getMessage();
  }
}
