package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.ExternalId;
import org.gcmkit.model.GroupCount;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Place;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Text;
import org.gcmkit.model.VirtualLocation;
import org.junit.jupiter.api.Test;

/**
 * The reference walk finds every id a record refers to, with its path, and leaves out the
 * properties whose values can hold none.
 */
class RecordWalkerTest {

  @Test
  void mayHoldIds_typesWithoutIdsAtAnyDepth_no() {
    assertThat(RecordWalker.mayHoldIds(Place.class)).isFalse();
    assertThat(RecordWalker.mayHoldIds(VirtualLocation.class)).isFalse();
    assertThat(RecordWalker.mayHoldIds(ExternalId.class)).isFalse();
    assertThat(RecordWalker.mayHoldIds(GroupCount.class)).isFalse();
  }

  @Test
  void mayHoldIds_typesWithIdsOwnOrNested_yes() {
    assertThat(RecordWalker.mayHoldIds(Participation.class)).isTrue();
    assertThat(RecordWalker.mayHoldIds(Meeting.class)).isTrue();
  }

  @Test
  void accessors_meeting_leaveOutPlaceAndVirtualLocation() {
    Meeting meeting = meeting().build();

    List<String> names = new ArrayList<>();
    for (RecordWalker.Accessor a : RecordWalker.accessors(meeting.getClass())) {
      names.add(a.property.name());
    }

    assertThat(names)
        .contains("id", "partOf", "participations", "sources")
        .doesNotContain("place", "virtualLocation", "title");
  }

  @Test
  void references_nestedAndTopLevel_eachWithItsPath() {
    Meeting meeting =
        meeting()
            .partOf(MeetingId.of("m0"))
            .addSources(SourceId.of("s1"), SourceId.of("s2"))
            .place(Place.builder().locality(Text.en("Geneva")).build())
            .addParticipations(
                Participation.builder().actor(ActorId.of("a1")).build(),
                Participation.builder().onBehalfOf(ActorId.of("a2")).build())
            .build();

    List<String> found = new ArrayList<>();
    RecordWalker.references(
        meeting, List.of("meetings", 0), (path, id) -> found.add(path.get() + " " + id.value()));

    assertThat(found)
        .containsExactlyInAnyOrder(
            "[meetings, 0, partOf] m0",
            "[meetings, 0, sources, 0] s1",
            "[meetings, 0, sources, 1] s2",
            "[meetings, 0, participations, 0, actor] a1",
            "[meetings, 0, participations, 1, onBehalfOf] a2");
  }

  @Test
  void references_actorWithExternalIdentifiers_onlyItsIds() {
    Actor actor =
        Actor.builder()
            .id(ActorId.of("a1"))
            .kind(ActorKind.UN_ENTITY)
            .name(Text.en("IOM"))
            .parent(ActorId.of("un"))
            .addIdentifiers(ExternalId.builder().scheme("wikidata").value("Q1").build())
            .build();

    List<String> found = new ArrayList<>();
    RecordWalker.references(
        actor, List.of(), (path, id) -> found.add(path.get() + " " + id.value()));

    assertThat(found).containsExactly("[parent] un");
  }

  private static Meeting.Builder meeting() {
    return Meeting.builder()
        .id(MeetingId.of("m1"))
        .kind(MeetingKind.MEETING)
        .title(Text.en("Launch"))
        .status(MeetingStatus.PLANNED);
  }
}
