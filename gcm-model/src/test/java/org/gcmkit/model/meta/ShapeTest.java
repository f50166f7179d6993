package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class ShapeTest {
  @Test
  void of_meeting_listsIdFirstThenPropertiesByName() {
    List<String> names = Shape.of(Meeting.class).names();
    assertThat(names).first().isEqualTo("id");
    assertThat(names.subList(1, names.size())).isSorted();
    assertThat(names).contains("format", "participations", "dates", "claims", "sources");
  }

  @Test
  void index_everyModelType_isThePositionAmongItsShapesProperties() {
    for (Class<?> type : ModelTypes.all()) {
      List<Property> properties = Shape.of(type).properties();
      for (int i = 0; i < properties.size(); i++) {
        assertThat(properties.get(i).index()).as("%s.%s", type, properties.get(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void buildAndRead_meeting_roundTripsEveryKindOfProperty() {
    Shape shape = Shape.of(Meeting.class);
    Object b = shape.newBuilder();
    shape.property("id").orElseThrow().set(b, Scalars.parse(ValueKind.ID, MeetingId.class, "m1"));
    shape
        .property("kind")
        .orElseThrow()
        .set(b, Scalars.parse(ValueKind.ENUM, MeetingKind.class, "webinar"));
    shape.property("status").orElseThrow().set(b, MeetingStatus.HELD);
    shape.property("title").orElseThrow().set(b, Text.en("A webinar"));
    shape.property("format").orElseThrow().set(b, MeetingFormat.ONLINE);
    shape
        .property("dates")
        .orElseThrow()
        .set(b, List.of(Scalars.parse(ValueKind.DATE_SPAN, Object.class, "2022-02-11")));
    Meeting m = (Meeting) shape.build(b);

    assertThat(m.getKind()).isEqualTo(MeetingKind.WEBINAR);
    assertThat(shape.property("dates").orElseThrow().values(m)).hasSize(1);
    assertThat(shape.property("format").orElseThrow().values(m))
        .containsExactly(MeetingFormat.ONLINE);
    assertThat(shape.property("place").orElseThrow().values(m)).isEmpty();
    assertThat(shape.property("participations").orElseThrow().cardinality())
        .isEqualTo(Cardinality.LIST);
    assertThat(shape.property("participations").orElseThrow().shape().names())
        .contains("actor", "roles");
  }

  @Test
  void parse_misspeltEnum_namesValidCodesAndSuggests() {
    assertThatThrownBy(() -> Scalars.parse(ValueKind.ENUM, MeetingFormat.class, "hybird"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected one of in_person, online, hybrid but was 'hybird'; did you mean 'hybrid'?");
  }

  @Test
  void of_dataset_hasOneListPerRecordType() {
    assertThat(Shape.of(Dataset.class).names())
        .containsExactly(
            "actors",
            "documents",
            "figures",
            "meetings",
            "persons",
            "pledges",
            "projects",
            "sources",
            "title");
  }
}
