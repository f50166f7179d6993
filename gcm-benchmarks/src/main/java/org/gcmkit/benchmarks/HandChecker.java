package org.gcmkit.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Figure;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.Post;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;

/**
 * The baseline for validation: the checks a developer would write by hand for the rules gcm applies
 * to the record types the generator makes (sources, actors, persons with posts and contacts,
 * meetings with places, virtual locations, participations, dates and subjects, figures), each
 * violation reported as a pointer and a code. Lists of the model that the generator leaves empty
 * (statements, outcomes, claims, links, memberships, identifiers) are not visited.
 *
 * <p>Simplifications a hand-writer makes: language tags by a regular expression of the common BCP
 * 47 forms rather than {@code Locale.Builder}; e-mail by {@code local@domain}; web addresses by
 * {@code https?://host...}. The stream form keeps, like StreamValidator, each distinct id with the
 * pointer of its first record and the references not yet resolved.
 */
public final class HandChecker {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern LANGUAGE =
      Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{5,8})*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://[^\\s/?#]+[^\\s]*");

  private final Map<RecordType, Map<String, String>> ids = new EnumMap<>(RecordType.class);
  private final Map<RecordId, List<String>> pending = new HashMap<>();

  /** A checker with an empty id index. */
  public HandChecker() {}

  /** One violation: where, and which rule code. */
  public record Problem(String pointer, String code) {}

  /** The record's own rules, without ids or references. */
  public static List<Problem> checkRecord(Object record, String pointer) {
    List<Problem> out = new ArrayList<>(0);
    if (record instanceof Source s) {
      source(s, pointer, out);
    } else if (record instanceof Actor a) {
      actor(a, pointer, out);
    } else if (record instanceof Person p) {
      person(p, pointer, out);
    } else if (record instanceof Meeting m) {
      meeting(m, pointer, out);
    } else if (record instanceof Figure f) {
      figure(f, pointer, out);
    } else {
      throw new IllegalArgumentException("unexpected record " + record.getClass());
    }
    return out;
  }

  /** The record's own rules, its id's uniqueness, and its references. */
  public List<Problem> accept(Object record, String pointer) {
    List<Problem> out = checkRecord(record, pointer);
    RecordId id = idOf(record);
    Map<String, String> seen = ids.computeIfAbsent(id.type(), t -> new HashMap<>());
    if (seen.putIfAbsent(id.value(), pointer) != null) {
      out.add(new Problem(pointer + "/id", "id.duplicate"));
    } else {
      pending.remove(id);
    }
    references(record, pointer);
    return out;
  }

  /** The references that never resolved. */
  public List<Problem> finish() {
    List<Problem> out = new ArrayList<>();
    pending.forEach((id, at) -> at.forEach(p -> out.add(new Problem(p, "reference.unresolved"))));
    pending.clear();
    return out;
  }

  private static RecordId idOf(Object record) {
    if (record instanceof Source s) {
      return s.getId();
    } else if (record instanceof Actor a) {
      return a.getId();
    } else if (record instanceof Person p) {
      return p.getId();
    } else if (record instanceof Meeting m) {
      return m.getId();
    } else if (record instanceof Figure f) {
      return f.getId();
    }
    throw new IllegalArgumentException("unexpected record " + record.getClass());
  }

  private void ref(RecordId id, String at) {
    Map<String, String> seen = ids.get(id.type());
    if (seen == null || !seen.containsKey(id.value())) {
      pending.computeIfAbsent(id, k -> new ArrayList<>(1)).add(at);
    }
  }

  private void refs(List<SourceId> sources, String at) {
    for (int i = 0; i < sources.size(); i++) {
      ref(sources.get(i), at + "/sources/" + i);
    }
  }

  private void references(Object record, String p) {
    if (record instanceof Source s) {
      s.getPublisher().ifPresent(a -> ref(a, p + "/publisher"));
      s.getTranslationOf().ifPresent(a -> ref(a, p + "/translationOf"));
      for (int i = 0; i < s.getContacts().size(); i++) {
        ref(s.getContacts().get(i), p + "/contacts/" + i);
      }
    } else if (record instanceof Actor a) {
      a.getParent().ifPresent(x -> ref(x, p + "/parent"));
      refs(a.getSources(), p);
    } else if (record instanceof Person x) {
      List<Post> posts = x.getPosts();
      for (int i = 0; i < posts.size(); i++) {
        String at = p + "/posts/" + i;
        posts.get(i).getOrganisation().ifPresent(o -> ref(o, at + "/organisation"));
        refs(posts.get(i).getSources(), at);
      }
      for (int i = 0; i < x.getContacts().size(); i++) {
        refs(x.getContacts().get(i).getSources(), p + "/contacts/" + i);
      }
      refs(x.getSources(), p);
    } else if (record instanceof Meeting m) {
      List<Participation> ps = m.getParticipations();
      for (int i = 0; i < ps.size(); i++) {
        String at = p + "/participations/" + i;
        Participation x = ps.get(i);
        x.getActor().ifPresent(o -> ref(o, at + "/actor"));
        x.getPerson().ifPresent(o -> ref(o, at + "/person"));
        x.getOnBehalfOf().ifPresent(o -> ref(o, at + "/onBehalfOf"));
        refs(x.getSources(), at);
      }
      m.getPartOf().ifPresent(o -> ref(o, p + "/partOf"));
      m.getProject().ifPresent(o -> ref(o, p + "/project"));
      refs(m.getSources(), p);
    } else if (record instanceof Figure f) {
      f.getReportedBy().ifPresent(o -> ref(o, p + "/reportedBy"));
      f.getPartOf().ifPresent(o -> ref(o, p + "/partOf"));
      refs(f.getSources(), p);
    }
  }

  private static void source(Source s, String p, List<Problem> out) {
    s.getTitle().ifPresent(t -> text(t, p + "/title", out));
    s.getDateline().ifPresent(t -> text(t, p + "/dateline", out));
    if (s.getLanguages().isEmpty()) {
      out.add(new Problem(p + "/languages", "collection.empty"));
    }
    for (int i = 0; i < s.getLanguages().size(); i++) {
      if (!LANGUAGE.matcher(s.getLanguages().get(i)).matches()) {
        out.add(new Problem(p + "/languages/" + i, "language-tag.invalid"));
      }
    }
    s.getUrl().ifPresent(u -> url(u, p + "/url", out));
    s.getFile()
        .filter(f -> f.isBlank())
        .ifPresent(f -> out.add(new Problem(p + "/file", "value.pattern")));
  }

  private static void actor(Actor a, String p, List<Problem> out) {
    text(a.getName(), p + "/name", out);
    texts(a.getAliases(), p + "/aliases", out);
    a.getCountry().ifPresent(c -> country(c, p + "/country", out));
    if (a.getKind() == ActorKind.STATE && a.getCountry().isEmpty()) {
      out.add(new Problem(p + "/country", "actor.state-without-country"));
    }
    a.getDescription().ifPresent(t -> text(t, p + "/description", out));
  }

  private static void person(Person x, String p, List<Problem> out) {
    text(x.getName(), p + "/name", out);
    texts(x.getAliases(), p + "/aliases", out);
    List<Post> posts = x.getPosts();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      String at = p + "/posts/" + i;
      text(post.getTitle(), at + "/title", out);
      for (int k = 0; k < post.getCountries().size(); k++) {
        country(post.getCountries().get(k), at + "/countries/" + k, out);
      }
      order(post.getStart(), post.getEnd(), at, out);
    }
    List<ContactPoint> contacts = x.getContacts();
    for (int i = 0; i < contacts.size(); i++) {
      String at = p + "/contacts/" + i;
      contacts
          .get(i)
          .getEmail()
          .filter(e -> !EMAIL.matcher(e).matches())
          .ifPresent(e -> out.add(new Problem(at + "/email", "email.syntax")));
      contacts.get(i).getUrl().ifPresent(u -> url(u, at + "/url", out));
    }
  }

  private static void meeting(Meeting m, String p, List<Problem> out) {
    text(m.getTitle(), p + "/title", out);
    for (int i = 0; i < m.getDates().size(); i++) {
      DateSpan d = m.getDates().get(i);
      order(d.getStart(), d.getEnd(), p + "/dates/" + i, out);
    }
    m.getPlace().ifPresent(pl -> place(pl, p + "/place", out));
    m.getVirtualLocation()
        .ifPresent(
            v -> {
              v.getDescription().ifPresent(t -> text(t, p + "/virtualLocation/description", out));
              v.getUrl().ifPresent(u -> url(u, p + "/virtualLocation/url", out));
            });
    if (m.getFormat().orElse(null) == MeetingFormat.HYBRID) {
      if (m.getPlace().isEmpty()) {
        out.add(new Problem(p + "/place", "meeting.hybrid-without-locations"));
      }
      if (m.getVirtualLocation().isEmpty()) {
        out.add(new Problem(p + "/virtualLocation", "meeting.hybrid-without-locations"));
      }
    }
    if (m.getStatus() == MeetingStatus.HELD && m.getDates().isEmpty()) {
      out.add(new Problem(p + "/dates", "meeting.held-without-date"));
    }
    List<Participation> ps = m.getParticipations();
    for (int i = 0; i < ps.size(); i++) {
      Participation x = ps.get(i);
      String at = p + "/participations/" + i;
      if (x.getActor().isEmpty() && x.getPerson().isEmpty() && x.getGroup().isEmpty()) {
        out.add(new Problem(at, "one-of.missing"));
      }
      if (x.getRoles().isEmpty()) {
        out.add(new Problem(at + "/roles", "collection.empty"));
      }
      x.getGroup().ifPresent(t -> text(t, at + "/group", out));
      x.getCapacity().ifPresent(t -> text(t, at + "/capacity", out));
      x.getOnBehalfOfDescription().ifPresent(t -> text(t, at + "/onBehalfOfDescription", out));
    }
    texts(m.getTopics(), p + "/topics", out);
    subjects(m.getSubjects(), p + "/subjects", out);
    m.getDescription().ifPresent(t -> text(t, p + "/description", out));
  }

  private static void figure(Figure f, String p, List<Problem> out) {
    if (f.getValue().signum() < 0) {
      out.add(new Problem(p + "/value", "value.range"));
    }
    text(f.getUnit(), p + "/unit", out);
    text(f.getMeasure(), p + "/measure", out);
    f.getPeriod().ifPresent(d -> order(d.getStart(), d.getEnd(), p + "/period", out));
    f.getCountry().ifPresent(c -> country(c, p + "/country", out));
    subjects(f.getSubjects(), p + "/subjects", out);
  }

  private static void place(Place pl, String p, List<Problem> out) {
    pl.getName().ifPresent(t -> text(t, p + "/name", out));
    pl.getLocality().ifPresent(t -> text(t, p + "/locality", out));
    pl.getCountry().ifPresent(c -> country(c, p + "/country", out));
  }

  private static void subjects(List<Subject> subjects, String p, List<Problem> out) {
    for (int i = 0; i < subjects.size(); i++) {
      if (!subjects.get(i).isKnown()) {
        out.add(new Problem(p + "/" + i, "subject.unknown"));
      }
    }
  }

  private static void order(
      Optional<PartialDate> start, Optional<PartialDate> end, String p, List<Problem> out) {
    if (start.isPresent()
        && end.isPresent()
        && end.get().latest().isBefore(start.get().earliest())) {
      out.add(new Problem(p + "/end", "date.end-before-start"));
    }
  }

  private static void country(String c, String p, List<Problem> out) {
    if (!COUNTRIES.contains(c)) {
      out.add(new Problem(p, "country-code.unknown"));
    }
  }

  private static void url(String u, String p, List<Problem> out) {
    if (!URL.matcher(u).matches()) {
      out.add(new Problem(p, "url.syntax"));
    }
  }

  private static void texts(List<Text> texts, String p, List<Problem> out) {
    for (int i = 0; i < texts.size(); i++) {
      text(texts.get(i), p + "/" + i, out);
    }
  }

  private static void text(Text t, String p, List<Problem> out) {
    Map<String, String> values = t.getValues();
    if (values.isEmpty()) {
      out.add(new Problem(p, "collection.empty"));
      return;
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!LANGUAGE.matcher(e.getKey()).matches()) {
        out.add(new Problem(p + "/" + e.getKey(), "language-tag.invalid"));
      }
      if (e.getValue().isBlank()) {
        out.add(new Problem(p + "/" + e.getKey(), "text.blank"));
      }
    }
  }
}
