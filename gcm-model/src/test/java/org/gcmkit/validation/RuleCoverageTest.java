package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gcmkit.validation.Fixtures.A1;
import static org.gcmkit.validation.Fixtures.M1;
import static org.gcmkit.validation.Fixtures.S1;
import static org.gcmkit.validation.Fixtures.actor;
import static org.gcmkit.validation.Fixtures.document;
import static org.gcmkit.validation.Fixtures.figure;
import static org.gcmkit.validation.Fixtures.meeting;
import static org.gcmkit.validation.Fixtures.participation;
import static org.gcmkit.validation.Fixtures.person;
import static org.gcmkit.validation.Fixtures.pledge;
import static org.gcmkit.validation.Fixtures.project;
import static org.gcmkit.validation.Fixtures.source;
import static org.gcmkit.validation.Fixtures.valid;
import static org.gcmkit.validation.Fixtures.with;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Claim;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Decision;
import org.gcmkit.model.DecisionKind;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentRelation;
import org.gcmkit.model.DocumentRelationKind;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.ExternalId;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.GroupCount;
import org.gcmkit.model.MeetingDocument;
import org.gcmkit.model.MeetingDocumentRole;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Membership;
import org.gcmkit.model.MembershipRole;
import org.gcmkit.model.Outcome;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Place;
import org.gcmkit.model.PledgeId;
import org.gcmkit.model.Post;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.ScheduleChange;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Statement;
import org.gcmkit.model.StatementKind;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.VirtualLocation;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;
import org.gcmkit.validation.constraints.ChronologicalOrder;
import org.gcmkit.validation.constraints.ClaimsFitTheRecord;
import org.gcmkit.validation.constraints.CountryCode;
import org.gcmkit.validation.constraints.DistinctLanguageTags;
import org.gcmkit.validation.constraints.HeldHasDate;
import org.gcmkit.validation.constraints.HybridHasLocations;
import org.gcmkit.validation.constraints.KnownSubject;
import org.gcmkit.validation.constraints.LanguageTag;
import org.gcmkit.validation.constraints.NoLoops;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.gcmkit.validation.constraints.ReferencesResolve;
import org.gcmkit.validation.constraints.StateHasCountry;
import org.gcmkit.validation.constraints.UniqueIds;
import org.gcmkit.validation.constraints.VoteCountsAddUp;
import org.gcmkit.validation.constraints.WebAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of the model, broken once on an otherwise valid dataset: a stock Jakarta
 * validator must reject it (the constraint is really read), and gcm's validator must report exactly
 * one violation with the rule's code, severity, pointer and full message.
 */
class RuleCoverageTest {
  // Hibernate Validator by name: Apache BVal is on the test class path too (SecondProviderTest).
  private static final ValidatorFactory STOCK_FACTORY =
      Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
          .configure()
          .buildValidatorFactory();
  private static final Validator STOCK = STOCK_FACTORY.getValidator();
  private static final GcmValidator GCM = GcmValidator.create();

  private static final String BLANK = "expected a non-blank text but was ' '";
  private static final String EMPTY = "expected at least 1 entry but was empty";

  @AfterAll
  static void closeFactory() {
    STOCK_FACTORY.close();
  }

  @Test
  void validate_baselineDataset_hasNoViolation() {
    assertThat(STOCK.validate(valid())).isEmpty();
    assertThat(GCM.validate(valid()).getViolations()).isEmpty();
  }

  /** Regression: {@code Optional<@NotBlank String>} rejected every source without a file. */
  @Test
  void validate_sourceWithoutFile_hasNoViolation() {
    org.gcmkit.model.Source source = source().build();

    assertThat(source.getFile()).isEmpty();
    assertThat(STOCK.validate(source)).isEmpty();
    assertThat(GCM.validate(source).getViolations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_oneRuleBroken_stockValidatorRejects(
      Object invalid,
      String path,
      Class<? extends Annotation> constraint,
      Rule rule,
      String pointer,
      String message) {
    Set<ConstraintViolation<Object>> found = STOCK.validate(invalid);

    assertThat(found)
        .extracting(
            v -> v.getPropertyPath().toString(),
            v -> v.getConstraintDescriptor().getAnnotation().annotationType())
        .containsExactly(tuple(path, constraint));
    // The payload says the catalogue's severity, so an application on any provider sees it too.
    assertThat(found.iterator().next().getConstraintDescriptor().getPayload())
        .as("payload of %s", constraint.getSimpleName())
        .isEqualTo(
            rule.severity() == Severity.WARNING
                ? Set.of(org.gcmkit.validation.constraints.Warning.class)
                : Set.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_oneRuleBroken_reportsExactlyThatRule(
      Object invalid,
      String path,
      Class<? extends Annotation> constraint,
      Rule rule,
      String pointer,
      String message) {
    ValidationReport report = GCM.validate(invalid);

    assertThat(report.getViolations())
        .extracting(
            Violation::getCode,
            Violation::getSeverity,
            Violation::getPointer,
            Violation::getMessage)
        .containsExactly(tuple(rule.code(), rule.severity(), pointer, message));
  }

  /**
   * An application's own validator (Jakarta EL interpolation, as in Spring) gives the same report.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateUsingStockValidator_oneRuleBroken_sameReportAsCreate(
      Object invalid,
      String path,
      Class<? extends Annotation> constraint,
      Rule rule,
      String pointer,
      String message) {
    ValidationReport report = GcmValidator.using(STOCK).validate(invalid);

    assertThat(report.getViolations())
        .extracting(Violation::getCode, Violation::getSeverity, Violation::getPointer)
        .containsExactly(tuple(rule.code(), rule.severity(), pointer));
    // The provider's own range text follows the application's locale; gcm's messages must match
    // exactly.
    if (rule != Rule.RANGE) {
      assertThat(report.getViolations()).extracting(Violation::getMessage).containsExactly(message);
    }
  }

  private static Arguments c(
      String name,
      Object invalid,
      String path,
      Class<? extends Annotation> constraint,
      Rule rule,
      String pointer,
      String message) {
    return Arguments.of(Named.of(name, invalid), path, constraint, rule, pointer, message);
  }

  private static Arguments blank(String name, Object invalid, String path, String pointer) {
    return c(name, invalid, path, NotBlank.class, Rule.BLANK, pointer, BLANK);
  }

  private static Arguments ref(
      String name, Object invalid, String path, String pointer, String type, String id) {
    return c(
        name,
        invalid,
        path,
        ReferencesResolve.class,
        Rule.REFERENCE_UNRESOLVED,
        pointer,
        "expected the id of "
            + (type.equals("actor") ? "an " : "a ")
            + type
            + " in this dataset but was '"
            + id
            + "'");
  }

  private static Arguments order(String name, Object invalid, String path, String pointer) {
    return c(
        name,
        invalid,
        path,
        ChronologicalOrder.class,
        Rule.DATE_ORDER,
        pointer,
        "expected an end on or after the start 2022-05-10 but was 2022-05-09");
  }

  private static Arguments country(
      String name, Object invalid, String path, String pointer, String code) {
    return c(
        name,
        invalid,
        path,
        CountryCode.class,
        Rule.COUNTRY_CODE,
        pointer,
        "expected an ISO 3166-1 alpha-2 country code in upper case such as TM but was '"
            + code
            + "'");
  }

  private static Arguments oneOf(
      String name, Object invalid, String path, String pointer, String properties) {
    return c(
        name,
        invalid,
        path,
        OneOfPresent.class,
        Rule.ONE_OF,
        pointer,
        "expected at least one of " + properties + " but none was given");
  }

  private static Arguments subject(
      String name, Object invalid, String path, String pointer, String expected, String code) {
    return c(
        name,
        invalid,
        path,
        KnownSubject.class,
        Rule.SUBJECT_UNKNOWN,
        pointer,
        "expected " + expected + " but was '" + code + "'");
  }

  private static Text blankText() {
    return Text.en(" ");
  }

  private static DateSpan backwards() {
    return DateSpan.between(PartialDate.parse("2022-05-10"), PartialDate.parse("2022-05-09"));
  }

  private static Membership.Builder membership() {
    return Membership.builder().member(A1).role(MembershipRole.MEMBER);
  }

  private static Post.Builder post() {
    return Post.builder().title(Text.en("Minister"));
  }

  private static Statement.Builder statement() {
    return Statement.builder().actor(A1).kind(StatementKind.QUOTE).text(Text.en("Welcome"));
  }

  private static Outcome.Builder outcome() {
    return Outcome.builder().kind(OutcomeKind.AGREEMENT).description(Text.en("Agreed"));
  }

  private static Claim.Builder claim() {
    return Claim.builder().property("format").value("online").source(S1);
  }

  private static Endorsement.Builder endorsement() {
    return Endorsement.builder().actor(A1).role(EndorsementRole.ADOPTER);
  }

  private static ContactPoint.Builder contact() {
    return ContactPoint.builder().email("jane@example.org");
  }

  private static final SourceId NO_SOURCE = SourceId.of("s9");
  private static final ActorId NO_ACTOR = ActorId.of("a9");
  private static final PersonId NO_PERSON = PersonId.of("p9");
  private static final MeetingId NO_MEETING = MeetingId.of("m9");

  static Stream<Arguments> cases() {
    return Stream.of(
            textCases(),
            actorCases(),
            sourceCases(),
            personCases(),
            documentCases(),
            projectCases(),
            meetingCases(),
            figureCases(),
            formatOneOneCases(),
            datasetCases(),
            standaloneCases())
        .flatMap(s -> s);
  }

  /**
   * Text: at least one language, well-formed tags, non-blank values; pointers name the language.
   */
  static Stream<Arguments> textCases() {
    return Stream.of(
        c(
            "Text with no language",
            with(actor().name(Text.of(Map.of()))),
            "actors[0].name.values",
            NotEmpty.class,
            Rule.EMPTY,
            "/actors/0/name",
            EMPTY),
        blank(
            "Text with blank value",
            with(actor().name(blankText())),
            "actors[0].name.values[en].<map value>",
            "/actors/0/name/en"),
        c(
            "Text with ill-formed language tag",
            with(actor().name(Text.of("e n", "IOM"))),
            "actors[0].name.values<K>[e n].<map key>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/actors/0/name/e n",
            "expected a BCP 47 language tag such as en, ar or ru-Latn but was 'e n'"),
        c(
            "Text tag with a slash is escaped in the pointer",
            with(actor().name(Text.of("en/fr", "IOM"))),
            "actors[0].name.values<K>[en/fr].<map key>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/actors/0/name/en~1fr",
            "expected a BCP 47 language tag such as en, ar or ru-Latn but was 'en/fr'"),
        c(
            "Text tag with EL is quoted literally",
            with(actor().name(Text.of("${1+1}", "IOM"))),
            "actors[0].name.values<K>[${1+1}].<map key>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/actors/0/name/${1+1}",
            "expected a BCP 47 language tag such as en, ar or ru-Latn but was '${1+1}'"),
        c(
            "Text in a language named, not tagged",
            with(actor().name(Text.of("english", "IOM"))),
            "actors[0].name.values<K>[english].<map key>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/actors/0/name/english",
            "expected a language tag of subtags registered with IANA (Language Subtag Registry of 2025-08-25) but"
                + " 'english' is no registered language; did you mean 'en'?"),
        c(
            "Source.languages with a region that is not registered",
            with(source().languages(List.of("en-UK"))),
            "sources[0].languages[0].<list element>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/sources/0/languages/0",
            "expected a language tag of subtags registered with IANA (Language Subtag Registry of 2025-08-25) but"
                + " 'UK' in 'en-UK' is no registered region"),
        c(
            "Text with a script that is not registered",
            with(actor().name(Text.of("ru-Latx", "MOM"))),
            "actors[0].name.values<K>[ru-Latx].<map key>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/actors/0/name/ru-Latx",
            "expected a language tag of subtags registered with IANA (Language Subtag Registry of 2025-08-25) but"
                + " 'Latx' in 'ru-Latx' is no registered script"),
        c(
            "Text with a tag in another case than the registry's",
            with(actor().name(Text.of("EN", "IOM"))),
            "actors[0].name.values",
            CanonicalLanguageTags.class,
            Rule.LANGUAGE_TAG_CASE,
            "/actors/0/name",
            "expected the language tag 'en' in the case the registry gives it but was 'EN': the"
                + " same tag, written 'en'"),
        c(
            "Source.languages with a script in lower case",
            with(source().languages(List.of("zh-hant"))),
            "sources[0].languages",
            CanonicalLanguageTags.class,
            Rule.LANGUAGE_TAG_CASE,
            "/sources/0/languages",
            "expected the language tag 'zh-Hant' in the case the registry gives it but was"
                + " 'zh-hant': the same tag, written 'zh-Hant'"),
        c(
            "Text with one language twice in two cases",
            with(actor().name(Text.en("IOM").with("EN", "OIM"))),
            "actors[0].name.values",
            DistinctLanguageTags.class,
            Rule.LANGUAGE_TAG_DUPLICATE,
            "/actors/0/name",
            "expected each language once but 'EN' is 'en' again: language tags are the same in"
                + " any case"),
        c(
            "Source.languages with one language twice",
            with(source().languages(List.of("en", "ru", "En"))),
            "sources[0].languages",
            DistinctLanguageTags.class,
            Rule.LANGUAGE_TAG_DUPLICATE,
            "/sources/0/languages",
            "expected each language once but 'En' is 'en' again: language tags are the same in"
                + " any case"),
        blank(
            "Text in second language blank",
            with(actor().name(Text.en("IOM").with("fr", " "))),
            "actors[0].name.values[fr].<map value>",
            "/actors/0/name/fr"));
  }

  static Stream<Arguments> actorCases() {
    return Stream.of(
        blank(
            "Actor.aliases[1] blank",
            with(actor().addAliases(Text.en("OIM"), blankText())),
            "actors[0].aliases[1].values[en].<map value>",
            "/actors/0/aliases/1/en"),
        blank(
            "Actor.description blank",
            with(actor().description(blankText())),
            "actors[0].description.values[en].<map value>",
            "/actors/0/description/en"),
        country(
            "Actor.country unknown",
            with(actor().country("XX")),
            "actors[0].country",
            "/actors/0/country",
            "XX"),
        country(
            "Actor.country lower case",
            with(actor().country("tm")),
            "actors[0].country",
            "/actors/0/country",
            "tm"),
        blank(
            "ExternalId.scheme blank",
            with(actor().addIdentifiers(ExternalId.builder().scheme(" ").value("Q1").build())),
            "actors[0].identifiers[0].scheme",
            "/actors/0/identifiers/0/scheme"),
        blank(
            "ExternalId.value blank",
            with(
                actor().addIdentifiers(ExternalId.builder().scheme("wikidata").value(" ").build())),
            "actors[0].identifiers[0].value",
            "/actors/0/identifiers/0/value"),
        order(
            "Membership ends before it starts",
            with(
                actor()
                    .addMembers(
                        membership()
                            .start(PartialDate.parse("2022-05-10"))
                            .end(PartialDate.parse("2022-05-09"))
                            .build())),
            "actors[0].members[0].end",
            "/actors/0/members/0/end"),
        c(
            "Actor of kind state without country",
            with(actor().kind(ActorKind.STATE)),
            "actors[0].country",
            StateHasCountry.class,
            Rule.STATE_COUNTRY,
            "/actors/0/country",
            "expected the ISO 3166-1 code of a State but the actor of kind state has no country"),
        ref(
            "Actor.parent unresolved",
            with(actor().parent(NO_ACTOR)),
            "actors[0].parent",
            "/actors/0/parent",
            "actor",
            "a9"),
        ref(
            "Membership.member unresolved",
            with(actor().addMembers(membership().member(NO_ACTOR).build())),
            "actors[0].members[0].member",
            "/actors/0/members/0/member",
            "actor",
            "a9"),
        ref(
            "Membership.sources[1] unresolved",
            with(actor().addMembers(membership().addSources(S1, NO_SOURCE).build())),
            "actors[0].members[0].sources[1]",
            "/actors/0/members/0/sources/1",
            "source",
            "s9"),
        ref(
            "Actor.sources[0] unresolved",
            with(actor().addSources(NO_SOURCE)),
            "actors[0].sources[0]",
            "/actors/0/sources/0",
            "source",
            "s9"));
  }

  static Stream<Arguments> sourceCases() {
    return Stream.of(
        blank(
            "Source.title blank",
            with(source().title(blankText())),
            "sources[0].title.values[en].<map value>",
            "/sources/0/title/en"),
        blank(
            "Source.dateline blank",
            with(source().dateline(blankText())),
            "sources[0].dateline.values[en].<map value>",
            "/sources/0/dateline/en"),
        c(
            "Source.languages empty",
            with(source().languages(List.of())),
            "sources[0].languages",
            NotEmpty.class,
            Rule.EMPTY,
            "/sources/0/languages",
            EMPTY),
        c(
            "Source.languages[1] ill-formed",
            with(source().addLanguages("e n")),
            "sources[0].languages[1].<list element>",
            LanguageTag.class,
            Rule.LANGUAGE_TAG,
            "/sources/0/languages/1",
            "expected a BCP 47 language tag such as en, ar or ru-Latn but was 'e n'"),
        c(
            "Source.url malformed",
            with(source().url("not a url")),
            "sources[0].url",
            WebAddress.class,
            Rule.URL,
            "/sources/0/url",
            "expected a web address such as https://example.org but was 'not a url'"),
        c(
            "Source.file blank",
            with(source().file(" ")),
            "sources[0].file",
            Pattern.class,
            Rule.PATTERN,
            "/sources/0/file",
            "expected a value that must not be blank but was ' '"),
        ref(
            "Source.publisher unresolved",
            with(source().publisher(NO_ACTOR)),
            "sources[0].publisher",
            "/sources/0/publisher",
            "actor",
            "a9"),
        ref(
            "Source.translationOf unresolved",
            with(source().translationOf(NO_SOURCE)),
            "sources[0].translationOf",
            "/sources/0/translationOf",
            "source",
            "s9"),
        ref(
            "Source.contacts[0] unresolved",
            with(source().addContacts(NO_PERSON)),
            "sources[0].contacts[0]",
            "/sources/0/contacts/0",
            "person",
            "p9"));
  }

  static Stream<Arguments> personCases() {
    return Stream.of(
        blank(
            "Person.name blank",
            with(person().name(blankText())),
            "persons[0].name.values[en].<map value>",
            "/persons/0/name/en"),
        blank(
            "Person.aliases[0] blank",
            with(person().addAliases(blankText())),
            "persons[0].aliases[0].values[en].<map value>",
            "/persons/0/aliases/0/en"),
        blank(
            "Post.title blank",
            with(person().addPosts(post().title(blankText()).build())),
            "persons[0].posts[0].title.values[en].<map value>",
            "/persons/0/posts/0/title/en"),
        order(
            "Post ends before it starts",
            with(
                person()
                    .addPosts(
                        post()
                            .start(PartialDate.parse("2022-05-10"))
                            .end(PartialDate.parse("2022-05-09"))
                            .build())),
            "persons[0].posts[0].end",
            "/persons/0/posts/0/end"),
        country(
            "Post.countries[1] unknown",
            with(person().addPosts(post().addCountries("TM", "XX").build())),
            "persons[0].posts[0].countries[1].<list element>",
            "/persons/0/posts/0/countries/1",
            "XX"),
        ref(
            "Post.organisation unresolved",
            with(person().addPosts(post().organisation(NO_ACTOR).build())),
            "persons[0].posts[0].organisation",
            "/persons/0/posts/0/organisation",
            "actor",
            "a9"),
        ref(
            "Post.sources[0] unresolved",
            with(person().addPosts(post().addSources(NO_SOURCE).build())),
            "persons[0].posts[0].sources[0]",
            "/persons/0/posts/0/sources/0",
            "source",
            "s9"),
        oneOf(
            "ContactPoint with nothing",
            with(person().addContacts(ContactPoint.builder().build())),
            "persons[0].contacts[0]",
            "/persons/0/contacts/0",
            "email, phone, url"),
        c(
            "ContactPoint.email malformed",
            with(person().addContacts(ContactPoint.builder().email("jane.example.org").build())),
            "persons[0].contacts[0].email",
            Email.class,
            Rule.EMAIL,
            "/persons/0/contacts/0/email",
            "expected an e-mail address such as name@example.org but was 'jane.example.org'"),
        c(
            "ContactPoint.phone malformed",
            with(person().addContacts(ContactPoint.builder().phone("12").build())),
            "persons[0].contacts[0].phone",
            Pattern.class,
            Rule.PATTERN,
            "/persons/0/contacts/0/phone",
            "expected a value that must be a phone number but was '12'"),
        c(
            "ContactPoint.url malformed",
            with(person().addContacts(ContactPoint.builder().url("www example").build())),
            "persons[0].contacts[0].url",
            WebAddress.class,
            Rule.URL,
            "/persons/0/contacts/0/url",
            "expected a web address such as https://example.org but was 'www example'"),
        ref(
            "ContactPoint.sources[0] unresolved",
            with(person().addContacts(contact().addSources(NO_SOURCE).build())),
            "persons[0].contacts[0].sources[0]",
            "/persons/0/contacts/0/sources/0",
            "source",
            "s9"),
        ref(
            "Person.sources[0] unresolved",
            with(person().addSources(NO_SOURCE)),
            "persons[0].sources[0]",
            "/persons/0/sources/0",
            "source",
            "s9"));
  }

  static Stream<Arguments> documentCases() {
    return Stream.of(
        blank(
            "Document.title blank",
            with(document().title(blankText())),
            "documents[0].title.values[en].<map value>",
            "/documents/0/title/en"),
        blank(
            "Document.aliases[0] blank",
            with(document().addAliases(blankText())),
            "documents[0].aliases[0].values[en].<map value>",
            "/documents/0/aliases/0/en"),
        c(
            "Document.symbol malformed",
            with(document().symbol("RES 73")),
            "documents[0].symbol",
            Pattern.class,
            Rule.PATTERN,
            "/documents/0/symbol",
            "expected a value that must be a document symbol such as A/RES/73/195 but was 'RES"
                + " 73'"),
        oneOf(
            "Place with nothing",
            with(document().place(Place.builder().build())),
            "documents[0].place",
            "/documents/0/place",
            "name, locality, country"),
        blank(
            "Place.name blank",
            with(document().place(Place.builder().name(blankText()).build())),
            "documents[0].place.name.values[en].<map value>",
            "/documents/0/place/name/en"),
        blank(
            "Place.locality blank",
            with(document().place(Place.builder().locality(blankText()).build())),
            "documents[0].place.locality.values[en].<map value>",
            "/documents/0/place/locality/en"),
        country(
            "Place.country unknown",
            with(document().place(Place.builder().country("XX").build())),
            "documents[0].place.country",
            "/documents/0/place/country",
            "XX"),
        order(
            "Document.period backwards",
            with(document().period(backwards())),
            "documents[0].period",
            "/documents/0/period"),
        country(
            "Document.country unknown",
            with(document().country("XX")),
            "documents[0].country",
            "/documents/0/country",
            "XX"),
        ref(
            "Endorsement.actor unresolved",
            with(document().addEndorsements(endorsement().actor(NO_ACTOR).build())),
            "documents[0].endorsements[0].actor",
            "/documents/0/endorsements/0/actor",
            "actor",
            "a9"),
        ref(
            "Endorsement.sources[0] unresolved",
            with(document().addEndorsements(endorsement().addSources(NO_SOURCE).build())),
            "documents[0].endorsements[0].sources[0]",
            "/documents/0/endorsements/0/sources/0",
            "source",
            "s9"),
        ref(
            "Document.meeting unresolved",
            with(document().meeting(NO_MEETING)),
            "documents[0].meeting",
            "/documents/0/meeting",
            "meeting",
            "m9"),
        subject(
            "Document.subjects[1] unknown GCM objective",
            with(
                document()
                    .addSubjects(
                        Subject.parse("gcm:objective:4"), Subject.parse("gcm:objective:24"))),
            "documents[0].subjects[1]",
            "/documents/0/subjects/1",
            "GCM objective number from 1 to 23",
            "gcm:objective:24"),
        blank(
            "Document.description blank",
            with(document().description(blankText())),
            "documents[0].description.values[en].<map value>",
            "/documents/0/description/en"),
        ref(
            "Document.sources[0] unresolved",
            with(document().addSources(NO_SOURCE)),
            "documents[0].sources[0]",
            "/documents/0/sources/0",
            "source",
            "s9"));
  }

  static Stream<Arguments> projectCases() {
    return Stream.of(
        blank(
            "Project.title blank",
            with(project().title(blankText())),
            "projects[0].title.values[en].<map value>",
            "/projects/0/title/en"),
        ref(
            "Project.implementers[1] unresolved",
            with(project().addImplementers(A1, NO_ACTOR)),
            "projects[0].implementers[1]",
            "/projects/0/implementers/1",
            "actor",
            "a9"),
        ref(
            "Project.partners[0] unresolved",
            with(project().addPartners(NO_ACTOR)),
            "projects[0].partners[0]",
            "/projects/0/partners/0",
            "actor",
            "a9"),
        ref(
            "Project.funders[0] unresolved",
            with(project().addFunders(NO_ACTOR)),
            "projects[0].funders[0]",
            "/projects/0/funders/0",
            "actor",
            "a9"),
        country(
            "Project.countries[0] unknown",
            with(project().addCountries("XX")),
            "projects[0].countries[0].<list element>",
            "/projects/0/countries/0",
            "XX"),
        order(
            "Project.period backwards",
            with(project().period(backwards())),
            "projects[0].period",
            "/projects/0/period"),
        subject(
            "Project.subjects[0] unknown principle",
            with(project().addSubjects(Subject.parse("gcm:principle:k"))),
            "projects[0].subjects[0]",
            "/projects/0/subjects/0",
            "a guiding principle letter from a to j",
            "gcm:principle:k"),
        blank(
            "Project.description blank",
            with(project().description(blankText())),
            "projects[0].description.values[en].<map value>",
            "/projects/0/description/en"),
        ref(
            "Project.sources[0] unresolved",
            with(project().addSources(NO_SOURCE)),
            "projects[0].sources[0]",
            "/projects/0/sources/0",
            "source",
            "s9"));
  }

  static Stream<Arguments> meetingCases() {
    return Stream.of(
        blank(
            "Meeting.title blank",
            with(meeting().title(blankText())),
            "meetings[0].title.values[en].<map value>",
            "/meetings/0/title/en"),
        c(
            "Meeting held without a date",
            with(meeting().status(MeetingStatus.HELD)),
            "meetings[0].dates",
            HeldHasDate.class,
            Rule.HELD_WITHOUT_DATE,
            "/meetings/0/dates",
            "expected at least one date for a held meeting but none was given"),
        c(
            "Hybrid meeting without virtual location",
            with(
                meeting()
                    .format(MeetingFormat.HYBRID)
                    .place(Place.builder().country("TM").build())),
            "meetings[0].virtualLocation",
            HybridHasLocations.class,
            Rule.HYBRID_LOCATION,
            "/meetings/0/virtualLocation",
            "expected a virtual location for a hybrid meeting but none was given"),
        c(
            "Hybrid meeting without place",
            with(
                meeting()
                    .format(MeetingFormat.HYBRID)
                    .virtualLocation(VirtualLocation.builder().url("https://example.org").build())),
            "meetings[0].place",
            HybridHasLocations.class,
            Rule.HYBRID_LOCATION,
            "/meetings/0/place",
            "expected a place for a hybrid meeting but none was given"),
        order(
            "Meeting.dates[1] backwards",
            with(meeting().addDates(DateSpan.parse("2022-05-08"), backwards())),
            "meetings[0].dates[1]",
            "/meetings/0/dates/1"),
        oneOf(
            "Meeting.place with nothing",
            with(meeting().place(Place.builder().build())),
            "meetings[0].place",
            "/meetings/0/place",
            "name, locality, country"),
        oneOf(
            "VirtualLocation with nothing",
            with(meeting().virtualLocation(VirtualLocation.builder().build())),
            "meetings[0].virtualLocation",
            "/meetings/0/virtualLocation",
            "description, url"),
        c(
            "VirtualLocation.url malformed",
            with(meeting().virtualLocation(VirtualLocation.builder().url("zoom").build())),
            "meetings[0].virtualLocation.url",
            WebAddress.class,
            Rule.URL,
            "/meetings/0/virtualLocation/url",
            "expected a web address such as https://example.org but was 'zoom'"),
        blank(
            "VirtualLocation.description blank",
            with(
                meeting()
                    .virtualLocation(VirtualLocation.builder().description(blankText()).build())),
            "meetings[0].virtualLocation.description.values[en].<map value>",
            "/meetings/0/virtualLocation/description/en"),
        oneOf(
            "Participation[1] with nobody",
            with(
                meeting()
                    .addParticipations(participation().actor(java.util.Optional.empty()).build())),
            "meetings[0].participations[1]",
            "/meetings/0/participations/1",
            "actor, person, group"),
        c(
            "Participation.roles empty",
            with(meeting().participations(List.of(participation().roles(List.of()).build()))),
            "meetings[0].participations[0].roles",
            NotEmpty.class,
            Rule.EMPTY,
            "/meetings/0/participations/0/roles",
            EMPTY),
        blank(
            "Participation.group blank",
            with(meeting().participations(List.of(participation().group(blankText()).build()))),
            "meetings[0].participations[0].group.values[en].<map value>",
            "/meetings/0/participations/0/group/en"),
        blank(
            "Participation.capacity blank",
            with(meeting().participations(List.of(participation().capacity(blankText()).build()))),
            "meetings[0].participations[0].capacity.values[en].<map value>",
            "/meetings/0/participations/0/capacity/en"),
        blank(
            "Participation.onBehalfOfDescription blank",
            with(
                meeting()
                    .participations(
                        List.of(participation().onBehalfOfDescription(blankText()).build()))),
            "meetings[0].participations[0].onBehalfOfDescription.values[en].<map value>",
            "/meetings/0/participations/0/onBehalfOfDescription/en"),
        ref(
            "Participation.actor unresolved",
            with(meeting().participations(List.of(participation().actor(NO_ACTOR).build()))),
            "meetings[0].participations[0].actor",
            "/meetings/0/participations/0/actor",
            "actor",
            "a9"),
        ref(
            "Participation[1].person unresolved",
            with(meeting().addParticipations(participation().person(NO_PERSON).build())),
            "meetings[0].participations[1].person",
            "/meetings/0/participations/1/person",
            "person",
            "p9"),
        ref(
            "Participation.person with the id of an actor unresolved",
            with(meeting().addParticipations(participation().person(PersonId.of("a1")).build())),
            "meetings[0].participations[1].person",
            "/meetings/0/participations/1/person",
            "person",
            "a1"),
        ref(
            "Participation.onBehalfOf unresolved",
            with(meeting().participations(List.of(participation().onBehalfOf(NO_ACTOR).build()))),
            "meetings[0].participations[0].onBehalfOf",
            "/meetings/0/participations/0/onBehalfOf",
            "actor",
            "a9"),
        ref(
            "Participation.sources[0] unresolved",
            with(meeting().participations(List.of(participation().addSources(NO_SOURCE).build()))),
            "meetings[0].participations[0].sources[0]",
            "/meetings/0/participations/0/sources/0",
            "source",
            "s9"),
        ref(
            "Meeting.partOf unresolved",
            with(meeting().partOf(NO_MEETING)),
            "meetings[0].partOf",
            "/meetings/0/partOf",
            "meeting",
            "m9"),
        ref(
            "Meeting.project unresolved",
            with(meeting().project(ProjectId.of("p9"))),
            "meetings[0].project",
            "/meetings/0/project",
            "project",
            "p9"),
        ref(
            "MeetingLink.target unresolved",
            with(
                meeting()
                    .addLinks(
                        MeetingLink.builder()
                            .kind(MeetingLinkKind.FOLLOWS_UP)
                            .target(NO_MEETING)
                            .build())),
            "meetings[0].links[0].target",
            "/meetings/0/links/0/target",
            "meeting",
            "m9"),
        blank(
            "Meeting.topics[0] blank",
            with(meeting().addTopics(blankText())),
            "meetings[0].topics[0].values[en].<map value>",
            "/meetings/0/topics/0/en"),
        oneOf(
            "Statement by nobody",
            with(meeting().addStatements(statement().actor(java.util.Optional.empty()).build())),
            "meetings[0].statements[0]",
            "/meetings/0/statements/0",
            "person, actor"),
        blank(
            "Statement.text blank",
            with(meeting().addStatements(statement().text(blankText()).build())),
            "meetings[0].statements[0].text.values[en].<map value>",
            "/meetings/0/statements/0/text/en"),
        ref(
            "Statement.person unresolved",
            with(meeting().addStatements(statement().person(NO_PERSON).build())),
            "meetings[0].statements[0].person",
            "/meetings/0/statements/0/person",
            "person",
            "p9"),
        ref(
            "Statement.actor unresolved",
            with(meeting().addStatements(statement().actor(NO_ACTOR).build())),
            "meetings[0].statements[0].actor",
            "/meetings/0/statements/0/actor",
            "actor",
            "a9"),
        subject(
            "Statement.subjects[0] unknown GCR objective",
            with(
                meeting()
                    .addStatements(
                        statement().addSubjects(Subject.parse("gcr:objective:5")).build())),
            "meetings[0].statements[0].subjects[0]",
            "/meetings/0/statements/0/subjects/0",
            "GCR objective number from 1 to 4",
            "gcr:objective:5"),
        blank(
            "Outcome.description blank",
            with(meeting().addOutcomes(outcome().description(blankText()).build())),
            "meetings[0].outcomes[0].description.values[en].<map value>",
            "/meetings/0/outcomes/0/description/en"),
        ref(
            "Outcome.project unresolved",
            with(meeting().addOutcomes(outcome().project(ProjectId.of("pr9")).build())),
            "meetings[0].outcomes[0].project",
            "/meetings/0/outcomes/0/project",
            "project",
            "pr9"),
        ref(
            "Outcome.document unresolved",
            with(meeting().addOutcomes(outcome().document(DocumentId.of("d9")).build())),
            "meetings[0].outcomes[0].document",
            "/meetings/0/outcomes/0/document",
            "document",
            "d9"),
        ref(
            "Outcome.meeting unresolved",
            with(meeting().addOutcomes(outcome().meeting(NO_MEETING).build())),
            "meetings[0].outcomes[0].meeting",
            "/meetings/0/outcomes/0/meeting",
            "meeting",
            "m9"),
        subject(
            "Outcome.subjects[0] unknown GCM objective 0",
            with(
                meeting()
                    .addOutcomes(outcome().addSubjects(Subject.parse("gcm:objective:0")).build())),
            "meetings[0].outcomes[0].subjects[0]",
            "/meetings/0/outcomes/0/subjects/0",
            "GCM objective number from 1 to 23",
            "gcm:objective:0"),
        subject(
            "Meeting.subjects[0] unknown",
            with(meeting().addSubjects(Subject.parse("gcm:objective:24"))),
            "meetings[0].subjects[0]",
            "/meetings/0/subjects/0",
            "GCM objective number from 1 to 23",
            "gcm:objective:24"),
        blank(
            "Meeting.description blank",
            with(meeting().description(blankText())),
            "meetings[0].description.values[en].<map value>",
            "/meetings/0/description/en"),
        c(
            "Claim.property not a field name",
            with(meeting().addClaims(claim().property("Format").build())),
            "meetings[0].claims[0].property",
            Pattern.class,
            Rule.PATTERN,
            "/meetings/0/claims/0/property",
            "expected a value that must be a field name but was 'Format'"),
        blank(
            "Claim.value blank",
            with(meeting().addClaims(claim().value(" ").build())),
            "meetings[0].claims[0].value",
            "/meetings/0/claims/0/value"),
        blank(
            "Claim.note blank",
            with(meeting().addClaims(claim().note(blankText()).build())),
            "meetings[0].claims[0].note.values[en].<map value>",
            "/meetings/0/claims/0/note/en"),
        ref(
            "Claim.source unresolved",
            with(meeting().addClaims(claim().source(NO_SOURCE).build())),
            "meetings[0].claims[0].source",
            "/meetings/0/claims/0/source",
            "source",
            "s9"),
        ref(
            "Meeting.sources[0] unresolved",
            with(meeting().addSources(NO_SOURCE)),
            "meetings[0].sources[0]",
            "/meetings/0/sources/0",
            "source",
            "s9"));
  }

  /** What format 1.1 adds: decisions, relations, groups, schedules, figures' targets, pledges. */
  static Stream<Arguments> formatOneOneCases() {
    return Stream.of(
        c(
            "Decision.inFavour negative",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .inFavour(BigDecimal.valueOf(-1))
                            .build())),
            "documents[0].decisions[0].inFavour",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/decisions/0/inFavour",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Decision.against negative",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .against(BigDecimal.valueOf(-1))
                            .build())),
            "documents[0].decisions[0].against",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/decisions/0/against",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Decision.abstaining negative",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .abstaining(BigDecimal.valueOf(-1))
                            .build())),
            "documents[0].decisions[0].abstaining",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/decisions/0/abstaining",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Decision.notVoting negative",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .notVoting(BigDecimal.valueOf(-1))
                            .build())),
            "documents[0].decisions[0].notVoting",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/decisions/0/notVoting",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Decision.total negative",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .total(BigDecimal.valueOf(-1))
                            .build())),
            "documents[0].decisions[0].total",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/decisions/0/total",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Claim names no property of a meeting",
            with(meeting().addClaims(claim().property("fromat").build())),
            "meetings[0].claims[0].property",
            ClaimsFitTheRecord.class,
            Rule.CLAIM_INVALID,
            "/meetings/0/claims/0/property",
            "expected a property of a meeting (dates, description, documents, edition, format, kind,"
                + " links, outcomes, partOf, participations, place, project, region, schedule, scope,"
                + " statements, status, subjects, title, topics, virtualLocation) but was 'fromat';"
                + " did you mean 'format'?"),
        c(
            "Claim value the property cannot hold",
            with(meeting().addClaims(claim().build(), claim().value("remote").build())),
            "meetings[0].claims[1].value",
            ClaimsFitTheRecord.class,
            Rule.CLAIM_INVALID,
            "/meetings/0/claims/1/value",
            "expected one of in_person, online, hybrid but was 'remote' for the claimed format"),
        c(
            "Decision votes more than the total",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .inFavour(BigDecimal.valueOf(152))
                            .against(BigDecimal.valueOf(5))
                            .abstaining(BigDecimal.valueOf(12))
                            .notVoting(BigDecimal.ONE)
                            .total(BigDecimal.valueOf(169))
                            .build())),
            "documents[0].decisions[0].total",
            VoteCountsAddUp.class,
            Rule.VOTE_TOTAL,
            "/documents/0/decisions/0/total",
            "expected the votes in favour, against, abstaining and not voting to add up to the total 169 but they add up to 170"),
        c(
            "Decision some votes beyond the total",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .inFavour(BigDecimal.valueOf(170))
                            .total(BigDecimal.valueOf(169))
                            .build())),
            "documents[0].decisions[0].total",
            VoteCountsAddUp.class,
            Rule.VOTE_TOTAL,
            "/documents/0/decisions/0/total",
            "expected the votes in favour, against, abstaining and not voting to add up to no more than the total 169 but they add up to 170"),
        ref(
            "Decision.body unresolved",
            with(
                document()
                    .addDecisions(
                        Decision.builder().kind(DecisionKind.ENDORSEMENT).body(NO_ACTOR).build())),
            "documents[0].decisions[0].body",
            "/documents/0/decisions/0/body",
            "actor",
            "a9"),
        ref(
            "Decision.meeting unresolved",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .meeting(NO_MEETING)
                            .build())),
            "documents[0].decisions[0].meeting",
            "/documents/0/decisions/0/meeting",
            "meeting",
            "m9"),
        ref(
            "Decision.instrument unresolved",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .instrument(DocumentId.of("d9"))
                            .build())),
            "documents[0].decisions[0].instrument",
            "/documents/0/decisions/0/instrument",
            "document",
            "d9"),
        ref(
            "Decision.sources[0] unresolved",
            with(
                document()
                    .addDecisions(
                        Decision.builder()
                            .kind(DecisionKind.ENDORSEMENT)
                            .addSources(NO_SOURCE)
                            .build())),
            "documents[0].decisions[0].sources[0]",
            "/documents/0/decisions/0/sources/0",
            "source",
            "s9"),
        ref(
            "DocumentRelation.target unresolved",
            with(
                document()
                    .addRelations(
                        DocumentRelation.builder()
                            .kind(DocumentRelationKind.ENDORSES)
                            .target(DocumentId.of("d9"))
                            .build())),
            "documents[0].relations[0].target",
            "/documents/0/relations/0/target",
            "document",
            "d9"),
        oneOf(
            "Endorsement with neither actor nor group",
            with(
                document()
                    .addEndorsements(
                        Endorsement.builder().role(EndorsementRole.SIGNATORY).build())),
            "documents[0].endorsements[0]",
            "/documents/0/endorsements/0",
            "actor, group"),
        c(
            "GroupCount.count negative",
            with(
                document()
                    .addEndorsements(
                        Endorsement.builder()
                            .group(Text.en("mayors"))
                            .role(EndorsementRole.SIGNATORY)
                            .groupCount(GroupCount.builder().count(BigDecimal.valueOf(-1)).build())
                            .build())),
            "documents[0].endorsements[0].groupCount.count",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/endorsements/0/groupCount/count",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "GroupCount.countries negative",
            with(
                document()
                    .addEndorsements(
                        Endorsement.builder()
                            .group(Text.en("mayors"))
                            .role(EndorsementRole.SIGNATORY)
                            .groupCount(
                                GroupCount.builder()
                                    .count(BigDecimal.TEN)
                                    .countries(BigDecimal.valueOf(-1))
                                    .build())
                            .build())),
            "documents[0].endorsements[0].groupCount.countries",
            PositiveOrZero.class,
            Rule.RANGE,
            "/documents/0/endorsements/0/groupCount/countries",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        c(
            "Meeting.edition zero",
            with(meeting().edition(BigDecimal.ZERO)),
            "meetings[0].edition",
            Positive.class,
            Rule.RANGE,
            "/meetings/0/edition",
            "expected a value that must be greater than 0 but was '0'"),
        ref(
            "MeetingDocument.document unresolved",
            with(
                meeting()
                    .addDocuments(
                        MeetingDocument.builder()
                            .document(DocumentId.of("d9"))
                            .role(MeetingDocumentRole.DECIDED_AT)
                            .build())),
            "meetings[0].documents[0].document",
            "/meetings/0/documents/0/document",
            "document",
            "d9"),
        ref(
            "ScheduleChange.source unresolved",
            with(meeting().addSchedule(ScheduleChange.builder().source(NO_SOURCE).build())),
            "meetings[0].schedule[0].source",
            "/meetings/0/schedule/0/source",
            "source",
            "s9"),
        order(
            "ScheduleChange.dates backwards",
            with(meeting().addSchedule(ScheduleChange.builder().addDates(backwards()).build())),
            "meetings[0].schedule[0].dates[0]",
            "/meetings/0/schedule/0/dates/0"),
        ref(
            "Figure.meeting unresolved",
            with(figure().meeting(NO_MEETING)),
            "figures[0].meeting",
            "/figures/0/meeting",
            "meeting",
            "m9"),
        ref(
            "Figure.document unresolved",
            with(figure().document(DocumentId.of("d9"))),
            "figures[0].document",
            "/figures/0/document",
            "document",
            "d9"),
        ref(
            "Figure.project unresolved",
            with(figure().project(ProjectId.of("pr9"))),
            "figures[0].project",
            "/figures/0/project",
            "project",
            "pr9"),
        ref(
            "Figure.actor unresolved",
            with(figure().actor(NO_ACTOR)),
            "figures[0].actor",
            "/figures/0/actor",
            "actor",
            "a9"),
        ref(
            "Source.document unresolved",
            with(source().document(DocumentId.of("d9"))),
            "sources[0].document",
            "/sources/0/document",
            "document",
            "d9"),
        c(
            "Pledge.pledgers empty",
            with(pledge().pledgers(List.of())),
            "pledges[0].pledgers",
            NotEmpty.class,
            Rule.EMPTY,
            "/pledges/0/pledgers",
            EMPTY),
        ref(
            "Pledge.pledgers[0] unresolved",
            with(pledge().pledgers(List.of(NO_ACTOR))),
            "pledges[0].pledgers[0]",
            "/pledges/0/pledgers/0",
            "actor",
            "a9"),
        ref(
            "Pledge.partners[0] unresolved",
            with(pledge().addPartners(NO_ACTOR)),
            "pledges[0].partners[0]",
            "/pledges/0/partners/0",
            "actor",
            "a9"),
        ref(
            "Pledge.matches unresolved",
            with(pledge().matches(PledgeId.of("pl9"))),
            "pledges[0].matches",
            "/pledges/0/matches",
            "pledge",
            "pl9"),
        ref(
            "Pledge.meeting unresolved",
            with(pledge().meeting(NO_MEETING)),
            "pledges[0].meeting",
            "/pledges/0/meeting",
            "meeting",
            "m9"),
        ref(
            "Pledge.sources[0] unresolved",
            with(pledge().addSources(NO_SOURCE)),
            "pledges[0].sources[0]",
            "/pledges/0/sources/0",
            "source",
            "s9"),
        blank(
            "Pledge.title blank",
            with(pledge().title(blankText())),
            "pledges[0].title.values[en].<map value>",
            "/pledges/0/title/en"));
  }

  static Stream<Arguments> figureCases() {
    return Stream.of(
        c(
            "Figure.value negative",
            with(figure().value(BigDecimal.valueOf(-1))),
            "figures[0].value",
            PositiveOrZero.class,
            Rule.RANGE,
            "/figures/0/value",
            "expected a value that must be greater than or equal to 0 but was '-1'"),
        blank(
            "Figure.unit blank",
            with(figure().unit(blankText())),
            "figures[0].unit.values[en].<map value>",
            "/figures/0/unit/en"),
        c(
            "Figure.measure empty",
            with(figure().measure(Text.of(Map.of()))),
            "figures[0].measure.values",
            NotEmpty.class,
            Rule.EMPTY,
            "/figures/0/measure",
            EMPTY),
        order(
            "Figure.period backwards",
            with(figure().period(backwards())),
            "figures[0].period",
            "/figures/0/period"),
        country(
            "Figure.country unknown",
            with(figure().country("XX")),
            "figures[0].country",
            "/figures/0/country",
            "XX"),
        ref(
            "Figure.reportedBy unresolved",
            with(figure().reportedBy(NO_ACTOR)),
            "figures[0].reportedBy",
            "/figures/0/reportedBy",
            "actor",
            "a9"),
        ref(
            "Figure.partOf unresolved",
            with(figure().partOf(FigureId.of("f9"))),
            "figures[0].partOf",
            "/figures/0/partOf",
            "figure",
            "f9"),
        subject(
            "Figure.subjects[0] unknown",
            with(figure().addSubjects(Subject.parse("gcm:objective:99"))),
            "figures[0].subjects[0]",
            "/figures/0/subjects/0",
            "GCM objective number from 1 to 23",
            "gcm:objective:99"),
        ref(
            "Figure.sources[0] unresolved",
            with(figure().addSources(NO_SOURCE)),
            "figures[0].sources[0]",
            "/figures/0/sources/0",
            "source",
            "s9"));
  }

  static Stream<Arguments> datasetCases() {
    return Stream.of(
        blank(
            "Dataset.title blank",
            valid().toBuilder().title(blankText()).build(),
            "title.values[en].<map value>",
            "/title/en"),
        dup("source", "sources", valid().toBuilder().addSources(source().build()).build(), "s1"),
        dup("actor", "actors", valid().toBuilder().addActors(actor().build()).build(), "a1"),
        dup("person", "persons", valid().toBuilder().addPersons(person().build()).build(), "p1"),
        dup(
            "document",
            "documents",
            valid().toBuilder().addDocuments(document().build()).build(),
            "d1"),
        dup(
            "project",
            "projects",
            valid().toBuilder().addProjects(project().build()).build(),
            "pr1"),
        dup(
            "meeting",
            "meetings",
            valid().toBuilder().addMeetings(meeting().build()).build(),
            "m1"),
        dup("figure", "figures", valid().toBuilder().addFigures(figure().build()).build(), "f1"),
        c(
            "Meeting.partOf itself",
            with(meeting().partOf(M1)),
            "meetings[0].partOf",
            NoLoops.class,
            Rule.REFERENCE_LOOP,
            "/meetings/0/partOf",
            "expected the partOf of a meeting to lead to one with no partOf but it comes back to"
                + " 'm1': m1 -> m1"),
        c(
            "Actor.parent loop through two actors",
            valid().toBuilder()
                .actors(
                    List.of(
                        actor().parent(ActorId.of("a2")).build(),
                        actor().id(ActorId.of("a2")).parent(A1).build()))
                .build(),
            "actors[0].parent",
            NoLoops.class,
            Rule.REFERENCE_LOOP,
            "/actors/0/parent",
            "expected the parent of an actor to lead to one with no parent but it comes back to"
                + " 'a1': a1 -> a2 -> a1"));
  }

  private static Arguments dup(String type, String list, Object invalid, String id) {
    return c(
        "Dataset." + list + " duplicate id",
        invalid,
        list + "[1].id",
        UniqueIds.class,
        Rule.ID_DUPLICATE,
        "/" + list + "/1/id",
        "expected a unique " + type + " id but '" + id + "' is already the id of /" + list + "/0");
  }

  /** Records and values validated on their own: pointers are relative to them. */
  static Stream<Arguments> standaloneCases() {
    return Stream.of(
        order("DateSpan alone backwards", backwards(), "", ""),
        subject(
            "Subject alone unknown",
            Subject.parse("gcm:objective:24"),
            "",
            "",
            "GCM objective number from 1 to 23",
            "gcm:objective:24"),
        c("Text alone empty", Text.of(Map.of()), "values", NotEmpty.class, Rule.EMPTY, "", EMPTY),
        oneOf(
            "Participation alone with nobody",
            Participation.builder().addRoles(ParticipantRole.HOST).build(),
            "",
            "",
            "actor, person, group"),
        c(
            "Actor alone of kind state without country",
            actor().kind(ActorKind.STATE).build(),
            "country",
            StateHasCountry.class,
            Rule.STATE_COUNTRY,
            "/country",
            "expected the ISO 3166-1 code of a State but the actor of kind state has no country"),
        // A record on its own has no dataset to resolve against: references are not checked.
        c(
            "Meeting alone held without date, with its foreign references ignored",
            meeting().status(MeetingStatus.HELD).partOf(NO_MEETING).build(),
            "dates",
            HeldHasDate.class,
            Rule.HELD_WITHOUT_DATE,
            "/dates",
            "expected at least one date for a held meeting but none was given"));
  }
}
