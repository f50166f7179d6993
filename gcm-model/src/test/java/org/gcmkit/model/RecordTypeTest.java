package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RecordType is the one table of record types: each fact in it must agree with the model. */
class RecordTypeTest {

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void table_eachType_agreesWithItsModelClassIdTypeAndDatasetList(RecordType type)
      throws Exception {
    assertThat(DatasetRecord.class).isAssignableFrom(type.modelClass());
    assertThat(type.modelClass().getMethod("getId").getReturnType()).isEqualTo(type.idClass());
    assertThat(type.code()).isEqualTo(type.name().toLowerCase(java.util.Locale.ROOT));

    Method list =
        Dataset.class.getMethod(
            "get"
                + Character.toUpperCase(type.listName().charAt(0))
                + type.listName().substring(1));
    assertThat(
            ((ParameterizedType) list.getGenericReturnType())
                .getActualTypeArguments()[0].getTypeName())
        .contains(type.modelClass().getName());

    assertThat(RecordType.ofListName(type.listName())).contains(type);
    assertThat(RecordType.ofIdClass(type.idClass())).contains(type);
  }

  @Test
  void lookups_unknownNames_empty() {
    assertThat(RecordType.ofListName("meeting")).isEmpty();
    assertThat(RecordType.ofListName("titles")).isEmpty();
    assertThat(RecordType.ofIdClass(String.class)).isEmpty();
  }

  @Test
  void recordsOf_dataset_eachTypesListInOrder() {
    Dataset d = everyType();

    for (RecordType t : RecordType.values()) {
      assertThat(t.recordsOf(d)).hasSize(t == RecordType.ACTOR ? 2 : 1);
      assertThat(t.recordsOf(d)).allMatch(r -> r.getId().type() == t);
    }
    assertThat(RecordType.ACTOR.recordsOf(d))
        .extracting(r -> r.getId().value())
        .containsExactly("iom", "tm");
    assertThat(d.size()).isEqualTo(9);
  }

  @Test
  void find_eachType_theRecordWithThatIdAndTypeOnly() {
    Dataset d = everyType();

    assertThat(d.findSource(SourceId.of("x"))).map(Source::getId).contains(SourceId.of("x"));
    assertThat(d.findActor(ActorId.of("tm"))).map(Actor::getKind).contains(ActorKind.STATE);
    assertThat(d.findPerson(PersonId.of("x"))).isPresent();
    assertThat(d.findDocument(DocumentId.of("x"))).isPresent();
    assertThat(d.findProject(ProjectId.of("x"))).isPresent();
    assertThat(d.findMeeting(MeetingId.of("x"))).isPresent();
    assertThat(d.findFigure(FigureId.of("x"))).isPresent();
    assertThat(d.findPledge(PledgeId.of("x"))).isPresent();
    assertThat(d.findPledge(PledgeId.of("y"))).isEmpty();
    // Every record here is "x" but an actor: the ids of other types never answer for an actor.
    assertThat(d.findActor(ActorId.of("x"))).isEmpty();
    assertThat(d.findMeeting(MeetingId.of("nope"))).isEmpty();
  }

  @Test
  void find_duplicateIds_firstRecordWins() {
    Actor first = actor("a", "First");
    Dataset d = Dataset.builder().addActors(first, actor("a", "Second")).build();

    assertThat(d.findActor(ActorId.of("a"))).containsSame(first);
  }

  private static Actor actor(String id, String name) {
    return Actor.builder().id(ActorId.of(id)).kind(ActorKind.UN_ENTITY).name(Text.en(name)).build();
  }

  private static Dataset everyType() {
    return Dataset.builder()
        .addSources(Source.builder().id(SourceId.of("x")).kind(SourceKind.WEB_PAGE).build())
        .addActors(
            actor("iom", "International Organization for Migration"),
            Actor.builder()
                .id(ActorId.of("tm"))
                .kind(ActorKind.STATE)
                .country("TM")
                .name(Text.en("Turkmenistan"))
                .build())
        .addPersons(Person.builder().id(PersonId.of("x")).name(Text.en("A person")).build())
        .addDocuments(
            Document.builder()
                .id(DocumentId.of("x"))
                .kind(DocumentKind.DECLARATION)
                .title(Text.en("D"))
                .build())
        .addProjects(Project.builder().id(ProjectId.of("x")).title(Text.en("P")).build())
        .addMeetings(
            Meeting.builder()
                .id(MeetingId.of("x"))
                .kind(MeetingKind.WEBINAR)
                .status(MeetingStatus.PLANNED)
                .title(Text.en("M"))
                .build())
        .addFigures(
            Figure.builder()
                .id(FigureId.of("x"))
                .value(BigDecimal.ONE)
                .measure(Text.en("F"))
                .unit(Text.en("persons"))
                .build())
        .addPledges(
            Pledge.builder()
                .id(PledgeId.of("x"))
                .title(Text.en("A pledge"))
                .addPledgers(ActorId.of("iom"))
                .build())
        .build();
  }

  @Test
  void dataset_recordLists_areExactlyTheTable() {
    List<String> lists =
        java.util.Arrays.stream(Dataset.class.getMethods())
            .filter(m -> m.getName().startsWith("get") && m.getReturnType() == List.class)
            .map(m -> Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4))
            .sorted()
            .toList();

    assertThat(lists)
        .containsExactlyElementsOf(
            java.util.Arrays.stream(RecordType.values())
                .map(RecordType::listName)
                .sorted()
                .toList());
  }
}
