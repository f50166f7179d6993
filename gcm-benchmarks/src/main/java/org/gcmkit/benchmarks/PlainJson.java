package org.gcmkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline's types for JSON Lines: plain Java records mirroring gcm's JSON form, as a developer
 * would write them on day one: texts as maps, codes, dates and ids as strings, no validation.
 */
final class PlainJson {
  private PlainJson() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Header.class, name = "dataset"),
    @JsonSubTypes.Type(value = Source.class, name = "source"),
    @JsonSubTypes.Type(value = Actor.class, name = "actor"),
    @JsonSubTypes.Type(value = Person.class, name = "person"),
    @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
    @JsonSubTypes.Type(value = Figure.class, name = "figure")
  })
  sealed interface Line permits Header, Source, Actor, Person, Meeting, Figure {}

  record Header(@Nullable String formatVersion, @Nullable Map<String, String> title)
      implements Line {}

  record Source(
      String id,
      String kind,
      @Nullable Map<String, String> title,
      @Nullable String publisher,
      @Nullable String date,
      @Nullable Map<String, String> dateline,
      @Nullable List<String> languages,
      @Nullable String translationOf,
      @Nullable String url,
      @Nullable String file,
      @Nullable List<String> contacts)
      implements Line {}

  record Actor(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable List<Map<String, String>> aliases,
      @Nullable String country,
      @Nullable String parent,
      @Nullable String founded,
      @Nullable Map<String, String> description,
      @Nullable List<String> sources)
      implements Line {}

  record Person(
      String id,
      Map<String, String> name,
      @Nullable List<Map<String, String>> aliases,
      @Nullable List<Post> posts,
      @Nullable List<Contact> contacts,
      @Nullable List<String> sources)
      implements Line {}

  record Post(
      Map<String, String> title,
      @Nullable String organisation,
      @Nullable List<String> countries,
      @Nullable String start,
      @Nullable String end,
      @Nullable List<String> observedOn,
      @Nullable List<String> sources) {}

  record Contact(
      @Nullable String email,
      @Nullable String phone,
      @Nullable String url,
      @Nullable List<String> sources) {}

  record Meeting(
      String id,
      String kind,
      Map<String, String> title,
      String status,
      @Nullable String format,
      @Nullable List<String> dates,
      @Nullable Place place,
      @Nullable Virtual virtualLocation,
      @Nullable List<Participation> participations,
      @Nullable String partOf,
      @Nullable String project,
      @Nullable List<Map<String, String>> topics,
      @Nullable List<String> subjects,
      @Nullable Map<String, String> description,
      @Nullable List<String> sources)
      implements Line {}

  record Place(
      @Nullable Map<String, String> name,
      @Nullable Map<String, String> locality,
      @Nullable String country) {}

  record Virtual(@Nullable Map<String, String> description, @Nullable String url) {}

  record Participation(
      @Nullable String actor,
      @Nullable String person,
      @Nullable Map<String, String> group,
      @Nullable List<String> groupKinds,
      @Nullable List<String> roles,
      @Nullable Map<String, String> capacity,
      @Nullable String attendance,
      @Nullable String onBehalfOf,
      @Nullable Map<String, String> onBehalfOfDescription,
      @Nullable List<String> sources) {}

  record Figure(
      String id,
      BigDecimal value,
      @Nullable String qualifier,
      Map<String, String> unit,
      Map<String, String> measure,
      @Nullable String period,
      @Nullable String country,
      @Nullable String reportedBy,
      @Nullable String partOf,
      @Nullable List<String> subjects,
      @Nullable List<String> sources)
      implements Line {}
}
