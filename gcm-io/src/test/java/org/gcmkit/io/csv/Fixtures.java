package org.gcmkit.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Place;
import org.gcmkit.model.Post;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Text;

/** A small, valid, multilingual dataset and helpers to write package files by hand. */
final class Fixtures {
  private Fixtures() {}

  /** Texts in several languages and scripts, in an order that differs between records. */
  static Dataset multilingual() {
    Text iom = Text.of(Map.of("en", "International Organization for Migration"));
    return Dataset.builder()
        .title(Text.of(ordered("en", "Turkmenistan and the GCM", "ru", "Туркменистан и ГДМ")))
        .addSources(
            Source.builder()
                .id(SourceId.of("src-1"))
                .kind(SourceKind.WEB_PAGE)
                .title(Text.of(ordered("ru", "Пресс-релиз", "en", "Press release")))
                .url("https://example.org/press")
                .addLanguages("ru", "en")
                .date(PartialDate.ofDay(2022, 2, 11))
                .build())
        .addActors(
            Actor.builder()
                .id(ActorId.of("tm"))
                .kind(ActorKind.STATE)
                .country("TM")
                .name(
                    Text.of(
                        ordered("en", "Turkmenistan", "ru", "Туркменистан", "ar", "تركمانستان")))
                .addAliases(Text.of("ru", "ТМ"), Text.of(ordered("en", "TKM", "ru", "ТКМ")))
                .addSources(SourceId.of("src-1"))
                .build(),
            Actor.builder()
                .id(ActorId.of("iom"))
                .kind(ActorKind.UN_ENTITY)
                .name(iom.with("ru", "Международная организация по миграции"))
                .addAliases(Text.of("en", "IOM"), Text.of("ru", "МОМ"))
                .build())
        .addPersons(
            Person.builder()
                .id(PersonId.of("p-1"))
                .name(Text.of(ordered("ru", "Диана Чарыева", "en", "Diana Charyeva")))
                .addPosts(
                    Post.builder()
                        .title(
                            Text.of(ordered("ru", "Менеджер проектов", "en", "Program Associate")))
                        .organisation(ActorId.of("iom"))
                        .addCountries("TM")
                        .start(PartialDate.ofMonth(2020, 2))
                        .build())
                .build())
        .addMeetings(
            Meeting.builder()
                .id(MeetingId.of("m-1"))
                .kind(MeetingKind.WEBINAR)
                .status(MeetingStatus.HELD)
                .format(MeetingFormat.ONLINE)
                .title(Text.of(ordered("en", "Webinar on the GCM", "ru", "Вебинар о ГДМ")))
                .addDates(DateSpan.of(PartialDate.ofDay(2022, 2, 11)))
                .place(Place.builder().country("TM").build())
                .addParticipations(
                    Participation.builder()
                        .actor(ActorId.of("iom"))
                        .addRoles(ParticipantRole.ORGANISER, ParticipantRole.SPEAKER)
                        .build(),
                    Participation.builder()
                        .person(PersonId.of("p-1"))
                        .actor(ActorId.of("iom"))
                        .addRoles(ParticipantRole.SPEAKER)
                        .capacity(Text.of("en", "=moderator"))
                        .build())
                .addTopics(Text.of(ordered("en", "labour migration", "ru", "трудовая миграция")))
                .addSources(SourceId.of("src-1"))
                .build())
        .build();
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /**
   * Writes {@code dataset} as a package into {@code dir}, then replaces {@code file} by {@code
   * text}.
   */
  static Path packageWith(Path dir, String file, String text) throws IOException {
    GcmCsv.create().writeDataset(multilingual(), dir);
    Files.write(dir.resolve(file), text.getBytes(StandardCharsets.UTF_8));
    return dir;
  }

  /** The lines joined with "\n" and ended with one. */
  static String lines(String... lines) {
    return String.join("\n", List.of(lines)) + "\n";
  }
}
