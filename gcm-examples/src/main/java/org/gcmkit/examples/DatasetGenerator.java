package org.gcmkit.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.FigureQualifier;
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
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.VirtualLocation;

/**
 * A seeded generator of realistic GCM datasets, imitating the seed press releases: sources, actors
 * (States with country codes, organisations with parents), persons with posts, meetings with
 * participations, places and subjects, and figures. Names are in English with Russian (Cyrillic)
 * translations on about a third of the texts.
 *
 * <p>Record {@code i} depends only on the seed and {@code i}, so a stream of records can be made
 * without holding earlier ones: {@link #records()} is lazy. References point only to records of
 * earlier blocks or lower indexes, so a valid stream has no forward references. With an invalid
 * fraction {@code f}, each record is made invalid with probability {@code f}, by one defect chosen
 * among the rules its type has (bad country code, State without country, end before start, blank
 * text, bad language tag, participation naming nobody, hybrid meeting without virtual location,
 * unknown objective, negative figure, dangling reference, duplicate id).
 */
public final class DatasetGenerator {
  /** Share of each record type, in stream order. */
  private static final double SOURCES = 0.02;

  private static final double ACTORS = 0.18;
  private static final double PERSONS = 0.25;
  private static final double MEETINGS = 0.20;

  private static final String[] COUNTRIES = {
    "TM", "KZ", "KG", "TJ", "UZ", "AZ", "GE", "AM", "TR", "RU", "DE", "FR", "IT", "ES", "MA", "SN",
    "NG", "KE", "ET", "EG", "JO", "LB", "IQ", "PK", "BD", "IN", "NP", "PH", "ID", "MX", "GT", "CO"
  };
  private static final ActorKind[] ORG_KINDS = {
    ActorKind.GOVERNMENT_BODY,
    ActorKind.INTERGOVERNMENTAL_ORGANISATION,
    ActorKind.UN_ENTITY,
    ActorKind.NETWORK,
    ActorKind.LOCAL_GOVERNMENT,
    ActorKind.CIVIL_SOCIETY,
    ActorKind.ACADEMIA,
    ActorKind.PRIVATE_SECTOR,
    ActorKind.NATIONAL_HUMAN_RIGHTS_INSTITUTION,
    ActorKind.MEDIA
  };
  private static final String[] ORGS_EN = {
    "Ministry of Labour",
    "Migration Service",
    "Red Crescent Society",
    "University",
    "Chamber of Commerce",
    "Network of Migrant Associations",
    "Human Rights Ombudsperson",
    "Municipality",
    "Women's Union",
    "Bar Association"
  };
  private static final String[] ORGS_RU = {
    "Министерство труда", "Миграционная служба", "Общество Красного Полумесяца", "Университет",
    "Торговая палата", "Сеть ассоциаций мигрантов", "Омбудсмен по правам человека", "Муниципалитет",
    "Союз женщин", "Коллегия адвокатов"
  };
  private static final String[] FIRST = {
    "Aigerim",
    "Bakhtiyar",
    "Dilnoza",
    "Eldar",
    "Farida",
    "Gulnara",
    "Jamshid",
    "Leyla",
    "Maksat",
    "Nodira",
    "Oksana",
    "Rustam",
    "Saida",
    "Timur",
    "Zarina",
    "Émilie",
    "José",
    "Ngozi",
    "Amina"
  };
  private static final String[] LAST = {
    "Abdullayeva",
    "Berdiyev",
    "Karimov",
    "Nazarova",
    "Orazov",
    "Petrova",
    "Rahimov",
    "Saparov",
    "Tashkentova",
    "Yusupov",
    "Müller",
    "García",
    "Okonkwo",
    "Haddad",
    "Nguyen"
  };
  private static final String[] TITLES = {
    "Head of Mission",
    "Programme Officer",
    "Deputy Minister",
    "Project Coordinator",
    "Director",
    "Chairperson",
    "Legal Adviser",
    "Communications Officer"
  };
  private static final String[] TOPICS = {
    "labour migration", "safe and orderly return", "counter-trafficking", "migrant health",
    "climate-induced displacement", "remittances", "consular protection", "data on migration"
  };
  private static final String[] CITIES = {
    "Ashgabat", "Almaty", "Bishkek", "Dushanbe", "Tashkent", "Baku", "Tbilisi", "Yerevan",
    "Geneva", "Vienna", "Rabat", "Dakar", "Nairobi", "Amman", "Manila", "Mexico City"
  };

  private final long seed;
  private final int size;
  private final double invalid;
  private final int sources;
  private final int actors;
  private final int persons;
  private final int meetings;

  private DatasetGenerator(long seed, int size, double invalid) {
    if (size < 100) {
      throw new IllegalArgumentException("expected at least 100 records but was " + size);
    }
    if (invalid < 0 || invalid > 1) {
      throw new IllegalArgumentException(
          "expected an invalid fraction in [0, 1] but was " + invalid);
    }
    this.seed = seed;
    this.size = size;
    this.invalid = invalid;
    this.sources = Math.max(1, (int) (size * SOURCES));
    this.actors = (int) (size * ACTORS);
    this.persons = (int) (size * PERSONS);
    this.meetings = (int) (size * MEETINGS);
  }

  /** A generator of {@code size} records with this fraction of invalid records (0.0 to 1.0). */
  public static DatasetGenerator of(long seed, int size, double invalid) {
    return new DatasetGenerator(seed, size, invalid);
  }

  /** The number of records. */
  public int size() {
    return size;
  }

  /** The number of records of each type, in stream order: sources, actors, persons, meetings. */
  public int figures() {
    return size - sources - actors - persons - meetings;
  }

  /** The records, lazily, in the order a dataset file lists them. */
  public Iterator<GeneratedRecord> records() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public GeneratedRecord next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return record(next++);
      }
    };
  }

  /** All records, in a list. */
  public List<GeneratedRecord> list() {
    List<GeneratedRecord> all = new ArrayList<>(size);
    records().forEachRemaining(all::add);
    return all;
  }

  /** The whole dataset. */
  public Dataset dataset() {
    Dataset.Builder b = Dataset.builder().title(Text.en("Generated GCM dataset, seed " + seed));
    for (Iterator<GeneratedRecord> it = records(); it.hasNext(); ) {
      Object r = it.next().record();
      if (r instanceof Source s) {
        b.addSources(s);
      } else if (r instanceof Actor a) {
        b.addActors(a);
      } else if (r instanceof Person p) {
        b.addPersons(p);
      } else if (r instanceof Meeting m) {
        b.addMeetings(m);
      } else if (r instanceof Figure f) {
        b.addFigures(f);
      }
    }
    return b.build();
  }

  /** Record {@code i} of the stream (0-based), with its JSON Pointer in the dataset. */
  public GeneratedRecord record(int i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    boolean bad = invalid > 0 && r.nextDouble() < invalid;
    if (i < sources) {
      return source(r, i, bad);
    }
    int j = i - sources;
    if (j < actors) {
      return actor(r, j, bad);
    }
    j -= actors;
    if (j < persons) {
      return person(r, j, bad);
    }
    j -= persons;
    if (j < meetings) {
      return meeting(r, j, bad);
    }
    j -= meetings;
    return figure(r, j, bad);
  }

  private SourceId sourceRef(SplittableRandom r) {
    return SourceId.of("src-" + r.nextInt(sources));
  }

  private ActorId actorRef(SplittableRandom r, int below) {
    return ActorId.of("actor-" + r.nextInt(Math.max(1, below)));
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T oneOf(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static Text bilingual(SplittableRandom r, String en, String ru) {
    return r.nextInt(3) == 0 ? Text.of("en", en).with("ru", ru) : Text.en(en);
  }

  private static PartialDate date(SplittableRandom r) {
    int year = 2018 + r.nextInt(8);
    return switch (r.nextInt(10)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofMonth(year, 1 + r.nextInt(12));
      default -> PartialDate.ofDay(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    };
  }

  private GeneratedRecord source(SplittableRandom r, int i, boolean bad) {
    Source.Builder b =
        Source.builder()
            .id(SourceId.of("src-" + i))
            .kind(oneOf(r, SourceKind.values()))
            .title(Text.en("IOM press release " + i + " on " + pick(r, TOPICS)))
            .date(date(r))
            .url("https://www.iom.int/news/release-" + i);
    if (bad) {
      b.addLanguages(r.nextBoolean() ? "en_GB" : "e");
    } else {
      b.addLanguages("en");
      if (r.nextBoolean()) {
        b.addLanguages("ru");
      }
    }
    return new GeneratedRecord(
        b.build(), "/sources/" + i, bad, bad ? Defect.LANGUAGE_IN_LIST : Defect.NONE);
  }

  private GeneratedRecord actor(SplittableRandom r, int i, boolean bad) {
    int defect = bad ? r.nextInt(4) : -1;
    boolean state = i % 10 == 0;
    String country = pick(r, COUNTRIES);
    Actor.Builder b = Actor.builder().id(ActorId.of("actor-" + i)).addSources(sourceRef(r));
    if (state) {
      b.kind(ActorKind.STATE).name(Text.en("State " + country));
      if (defect != 0) {
        b.country(defect == 1 ? country.toLowerCase(java.util.Locale.ROOT) : country);
      }
    } else {
      int o = r.nextInt(ORGS_EN.length);
      b.kind(oneOf(r, ORG_KINDS))
          .name(
              defect == 0
                  ? Text.of("en", "  ")
                  : bilingual(r, ORGS_EN[o] + " of " + country, ORGS_RU[o] + " " + country))
          .country(defect == 1 ? "XX" : country);
      if (i > 0 && r.nextInt(3) == 0) {
        b.parent(actorRef(r, i));
      }
      if (r.nextInt(4) == 0) {
        b.addAliases(Text.en("ORG" + i));
      }
    }
    if (defect == 2) {
      b.parent(ActorId.of("actor-missing-" + i));
    } else if (defect == 3) {
      b.description(Text.of("en_US", "A body " + i));
    }
    Defect kind =
        switch (defect) {
          case 0 -> state ? Defect.STATE_WITHOUT_COUNTRY : Defect.TEXT_BLANK;
          case 1 -> state ? Defect.COUNTRY_LOWER_CASE : Defect.COUNTRY_UNKNOWN;
          case 2 -> Defect.REFERENCE_DANGLING;
          case 3 -> Defect.LANGUAGE_AS_TEXT_KEY;
          default -> Defect.NONE;
        };
    return new GeneratedRecord(b.build(), "/actors/" + i, bad, kind);
  }

  private GeneratedRecord person(SplittableRandom r, int i, boolean bad) {
    int defect = bad ? r.nextInt(4) : -1;
    String name = pick(r, FIRST) + " " + pick(r, LAST);
    Person.Builder b =
        Person.builder()
            .id(PersonId.of("person-" + i))
            .name(bilingual(r, name, name))
            .addSources(sourceRef(r));
    int posts = 1 + r.nextInt(3);
    for (int k = 0; k < posts; k++) {
      PartialDate start =
          PartialDate.ofDay(2010 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
      Post.Builder p =
          Post.builder()
              .title(Text.en(pick(r, TITLES)))
              .organisation(actorRef(r, actors))
              .addCountries(pick(r, COUNTRIES))
              .start(start)
              .addSources(sourceRef(r));
      if (r.nextBoolean()) {
        p.end(PartialDate.ofYear(2019 + r.nextInt(7)));
      }
      if (k == 0 && defect == 0) {
        p.end(PartialDate.ofYear(2000));
      } else if (k == 0 && defect == 1) {
        p.addCountries("ZZ");
      } else if (k == 0 && defect == 2) {
        p.organisation(ActorId.of("actor-missing-" + i));
      }
      b.addPosts(p.build());
    }
    if (r.nextInt(5) == 0 || defect == 3) {
      b.addContacts(
          ContactPoint.builder()
              .email(defect == 3 ? "person" + i + "-at-example.org" : "person" + i + "@example.org")
              .build());
    }
    Defect kind =
        switch (defect) {
          case 0 -> Defect.END_BEFORE_START;
          case 1 -> Defect.COUNTRY_UNKNOWN;
          case 2 -> Defect.REFERENCE_DANGLING;
          case 3 -> Defect.EMAIL;
          default -> Defect.NONE;
        };
    return new GeneratedRecord(b.build(), "/persons/" + i, bad, kind);
  }

  private GeneratedRecord meeting(SplittableRandom r, int i, boolean bad) {
    int defect = bad ? r.nextInt(4) : -1;
    String topic = pick(r, TOPICS);
    String city = pick(r, CITIES);
    MeetingFormat format = oneOf(r, MeetingFormat.values());
    Meeting.Builder b =
        Meeting.builder()
            .id(MeetingId.of("meeting-" + i))
            .kind(oneOf(r, MeetingKind.values()))
            .title(bilingual(r, "Round table on " + topic + " in " + city, "Круглый стол, " + city))
            .status(MeetingStatus.HELD)
            .format(format)
            .addDates(DateSpan.of(date(r)))
            .addTopics(Text.en(topic))
            .addSubjects(Subject.parse("gcm:objective:" + (1 + r.nextInt(23))))
            .addSources(sourceRef(r));
    if (format != MeetingFormat.ONLINE) {
      b.place(Place.builder().locality(Text.en(city)).country(pick(r, COUNTRIES)).build());
    }
    if (format != MeetingFormat.IN_PERSON && defect != 1) {
      b.virtualLocation(VirtualLocation.builder().url("https://meet.example.org/m" + i).build());
    }
    if (defect == 1 && format != MeetingFormat.HYBRID) {
      b.format(MeetingFormat.HYBRID);
    }
    int n = 2 + r.nextInt(7);
    for (int k = 0; k < n; k++) {
      Participation.Builder p =
          Participation.builder()
              .addRoles(k == 0 ? ParticipantRole.HOST : ParticipantRole.PARTICIPANT);
      if (k == 0 && defect == 0) {
        p.capacity(Text.en("representatives of civil society"));
      } else if (r.nextInt(3) == 0) {
        p.person(PersonId.of("person-" + r.nextInt(Math.max(1, persons))))
            .actor(actorRef(r, actors));
      } else {
        p.actor(actorRef(r, actors));
      }
      b.addParticipations(p.build());
    }
    if (defect == 2) {
      b.addSubjects(Subject.parse("gcm:objective:" + (24 + r.nextInt(10))));
    } else if (defect == 3) {
      b.partOf(MeetingId.of("meeting-missing-" + i));
    }
    Defect kind =
        switch (defect) {
          case 0 -> Defect.PARTICIPATION_NAMING_NOBODY;
          case 1 -> Defect.HYBRID_WITHOUT_VIRTUAL_LOCATION;
          case 2 -> Defect.OBJECTIVE_UNKNOWN;
          case 3 -> Defect.REFERENCE_DANGLING;
          default -> Defect.NONE;
        };
    return new GeneratedRecord(b.build(), "/meetings/" + i, bad, kind);
  }

  private GeneratedRecord figure(SplittableRandom r, int i, boolean bad) {
    int defect = bad ? r.nextInt(3) : -1;
    int id = defect == 2 && i > 0 ? i - 1 : i;
    Figure.Builder b =
        Figure.builder()
            .id(FigureId.of("figure-" + id))
            .value(
                defect == 0
                    ? BigDecimal.valueOf(-1 - r.nextInt(1000))
                    : BigDecimal.valueOf(r.nextInt(5_000_000)))
            .qualifier(oneOf(r, FigureQualifier.values()))
            .unit(bilingual(r, "persons", "человек"))
            .measure(Text.en("migrants returned, " + pick(r, TOPICS)))
            .period(DateSpan.of(PartialDate.ofYear(2018 + r.nextInt(8))))
            .country(pick(r, COUNTRIES))
            .addSources(sourceRef(r));
    b.reportedBy(defect == 1 ? ActorId.of("actor-missing-" + i) : actorRef(r, actors));
    // Below the figure's own id, which a duplicate-id defect lowers: a figure part of itself
    // would be a loop (reference.loop), a defect the hand checks do not count.
    if (id > 0 && r.nextInt(4) == 0) {
      b.partOf(FigureId.of("figure-" + r.nextInt(id)));
    }
    Defect kind =
        switch (defect) {
          case 0 -> Defect.FIGURE_NEGATIVE;
          case 1 -> Defect.REFERENCE_DANGLING;
          // The first figure has no earlier id to repeat, so it stays valid.
          case 2 -> i > 0 ? Defect.ID_DUPLICATE : Defect.NONE;
          default -> Defect.NONE;
        };
    return new GeneratedRecord(b.build(), "/figures/" + i, bad, kind);
  }

  /**
   * One generated record, where it stands in the dataset, whether a defect was drawn for it, and
   * which ({@link Defect#NONE} for valid records; rarely also for a drawn one that could not
   * apply).
   */
  public record GeneratedRecord(Object record, String pointer, boolean invalid, Defect defect) {}

  /** The defects the generator injects, one per invalid record, by the rule they break. */
  public enum Defect {
    NONE,
    /** A source's {@code languages} holds {@code en_GB} or {@code e}. */
    LANGUAGE_IN_LIST,
    /** A text keyed by {@code en_US}. */
    LANGUAGE_AS_TEXT_KEY,
    /** A name of two spaces. */
    TEXT_BLANK,
    /** A State actor with no country. */
    STATE_WITHOUT_COUNTRY,
    /** {@code tm} for {@code TM}. */
    COUNTRY_LOWER_CASE,
    /** {@code XX} or {@code ZZ}: well-formed, not in ISO 3166-1. */
    COUNTRY_UNKNOWN,
    /** A post that ends (2000) before it starts. */
    END_BEFORE_START,
    /** An e-mail without {@code @}. */
    EMAIL,
    /** A participation with a capacity but no actor, person or group. */
    PARTICIPATION_NAMING_NOBODY,
    /** A hybrid meeting without a virtual location. */
    HYBRID_WITHOUT_VIRTUAL_LOCATION,
    /** {@code gcm:objective:24} to {@code 33}: well-formed, no such objective. */
    OBJECTIVE_UNKNOWN,
    /** A reference to an id that no record has. */
    REFERENCE_DANGLING,
    /** A figure with a negative value. */
    FIGURE_NEGATIVE,
    /** A figure repeating the previous figure's id. */
    ID_DUPLICATE
  }
}
