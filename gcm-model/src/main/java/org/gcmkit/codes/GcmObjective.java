package org.gcmkit.codes;

import java.util.Locale;
import java.util.Optional;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, with their
 * titles verbatim from A/RES/73/195 and the short labels of the Migration Network Hub in English,
 * French and Spanish ({@link CodeLists#VERSION}).
 *
 * <p>Look one up with {@link #of(int)}, which throws for an unknown number, or {@link #find(int)}.
 */
public enum GcmObjective {
  /**
   * Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based
   * policies.
   */
  O1(
      1,
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      "Data",
      "Données",
      "Datos"),
  /**
   * Objective 2: Minimize the adverse drivers and structural factors that compel people to leave
   * their country of origin.
   */
  O2(
      2,
      "Minimize the adverse drivers and structural factors that compel people to leave their"
          + " country of origin",
      "Minimize adverse drivers",
      "Lutter contre les facteurs négatifs",
      "Minimizar factores adversos"),
  /** Objective 3: Provide accurate and timely information at all stages of migration. */
  O3(
      3,
      "Provide accurate and timely information at all stages of migration",
      "Information provision",
      "Fourniture d’informations",
      "Proporcionar información"),
  /**
   * Objective 4: Ensure that all migrants have proof of legal identity and adequate documentation.
   */
  O4(
      4,
      "Ensure that all migrants have proof of legal identity and adequate documentation",
      "Legal identity and documentation",
      "Identité légale et papiers",
      "Identidad jurídica y documentación"),
  /** Objective 5: Enhance availability and flexibility of pathways for regular migration. */
  O5(
      5,
      "Enhance availability and flexibility of pathways for regular migration",
      "Regular pathways",
      "Filières de migration régulière",
      "Vías de migración regular"),
  /**
   * Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure
   * decent work.
   */
  O6(
      6,
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
      "Recruitment and decent work",
      "Recrutement et travail décent",
      "Contratación y trabajo decente"),
  /** Objective 7: Address and reduce vulnerabilities in migration. */
  O7(
      7,
      "Address and reduce vulnerabilities in migration",
      "Reduce vulnerabilities",
      "Réduire la vulnérabilité",
      "Reducir vulnerabilidades"),
  /**
   * Objective 8: Save lives and establish coordinated international efforts on missing migrants.
   */
  O8(
      8,
      "Save lives and establish coordinated international efforts on missing migrants",
      "Save lives",
      "Sauver des vies",
      "Salvar vidas"),
  /** Objective 9: Strengthen the transnational response to smuggling of migrants. */
  O9(
      9,
      "Strengthen the transnational response to smuggling of migrants",
      "Counter smuggling",
      "Combattre le trafic de migrants",
      "Combatir el tráfico de migrantes"),
  /**
   * Objective 10: Prevent, combat and eradicate trafficking in persons in the context of
   * international migration.
   */
  O10(
      10,
      "Prevent, combat and eradicate trafficking in persons in the context of international"
          + " migration",
      "Eradicate trafficking",
      "Éradiquer la traite de personnes",
      "Erradicar la trata de personas"),
  /** Objective 11: Manage borders in an integrated, secure and coordinated manner. */
  O11(
      11,
      "Manage borders in an integrated, secure and coordinated manner",
      "Manage borders",
      "Gérer les frontières",
      "Gestión de fronteras"),
  /**
   * Objective 12: Strengthen certainty and predictability in migration procedures for appropriate
   * screening, assessment and referral.
   */
  O12(
      12,
      "Strengthen certainty and predictability in migration procedures for appropriate screening,"
          + " assessment and referral",
      "Screening and referral",
      "Contrôle, évaluation et orientation",
      "Verificación de antecedentes y derivación"),
  /**
   * Objective 13: Use migration detention only as a measure of last resort and work towards
   * alternatives.
   */
  O13(
      13,
      "Use migration detention only as a measure of last resort and work towards alternatives",
      "Alternatives to detention",
      "Alternatives à la rétention",
      "Alternativas a la detención"),
  /**
   * Objective 14: Enhance consular protection, assistance and cooperation throughout the migration
   * cycle.
   */
  O14(
      14,
      "Enhance consular protection, assistance and cooperation throughout the migration cycle",
      "Consular protection",
      "Protection consulaire",
      "Protección consular"),
  /** Objective 15: Provide access to basic services for migrants. */
  O15(
      15,
      "Provide access to basic services for migrants",
      "Access to basic services",
      "Accès aux services de base",
      "Acceso a los servicios básicos"),
  /** Objective 16: Empower migrants and societies to realize full inclusion and social cohesion. */
  O16(
      16,
      "Empower migrants and societies to realize full inclusion and social cohesion",
      "Inclusion and social cohesion",
      "Intégration et cohésion sociale",
      "Inclusión y cohesión social"),
  /**
   * Objective 17: Eliminate all forms of discrimination and promote evidence-based public discourse
   * to shape perceptions of migration.
   */
  O17(
      17,
      "Eliminate all forms of discrimination and promote evidence-based public discourse to shape"
          + " perceptions of migration",
      "Eliminate discrimination",
      "Éliminer les discriminations",
      "Eliminar la discriminación"),
  /**
   * Objective 18: Invest in skills development and facilitate mutual recognition of skills,
   * qualifications and competences.
   */
  O18(
      18,
      "Invest in skills development and facilitate mutual recognition of skills, qualifications and"
          + " competences",
      "Skills development and recognition",
      "Perfectionnement et reconnaissance des qualifications",
      "Desarrollo y reconocimiento de competencias"),
  /**
   * Objective 19: Create conditions for migrants and diasporas to fully contribute to sustainable
   * development in all countries.
   */
  O19(
      19,
      "Create conditions for migrants and diasporas to fully contribute to sustainable development"
          + " in all countries",
      "Migrant and diaspora contributions",
      "Contributions des migrants et diaspora",
      "Contribución de migrantes y diásporas"),
  /**
   * Objective 20: Promote faster, safer and cheaper transfer of remittances and foster financial
   * inclusion of migrants.
   */
  O20(
      20,
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of"
          + " migrants",
      "Remittances",
      "Envois de fonds",
      "Remesas"),
  /**
   * Objective 21: Cooperate in facilitating safe and dignified return and readmission, as well as
   * sustainable reintegration.
   */
  O21(
      21,
      "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable"
          + " reintegration",
      "Dignified return and reintegration",
      "Retour digne et réintégration durable",
      "Retorno y reintegración dignos"),
  /**
   * Objective 22: Establish mechanisms for the portability of social security entitlements and
   * earned benefits.
   */
  O22(
      22,
      "Establish mechanisms for the portability of social security entitlements and earned"
          + " benefits",
      "Social protection",
      "Protection sociale",
      "Protección social"),
  /**
   * Objective 23: Strengthen international cooperation and global partnerships for safe, orderly
   * and regular migration.
   */
  O23(
      23,
      "Strengthen international cooperation and global partnerships for safe, orderly and regular"
          + " migration",
      "International cooperation",
      "Coopération internationale",
      "Cooperación internacional");

  // values() copies its array on every call; lookups are made once per record validated.
  private static final GcmObjective[] ALL = values();

  private final int number;
  private final String title;
  private final String labelEn;
  private final String labelFr;
  private final String labelEs;

  GcmObjective(int number, String title, String labelEn, String labelFr, String labelEs) {
    this.number = number;
    this.title = title;
    this.labelEn = labelEn;
    this.labelFr = labelFr;
    this.labelEs = labelEs;
  }

  /** {@return the objective's number, 1 to 23} */
  public int number() {
    return number;
  }

  /** {@return the English title, verbatim from A/RES/73/195} */
  public String title() {
    return title;
  }

  /**
   * {@return the short label in {@code en}, {@code fr} or {@code es}}
   *
   * @param language the language tag
   * @throws IllegalArgumentException for another language, naming the ones available
   */
  public String shortLabel(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "en" -> labelEn;
      case "fr" -> labelFr;
      case "es" -> labelEs;
      default ->
          throw new IllegalArgumentException(
              "expected a short-label language of en, fr or es but was '" + language + "'");
    };
  }

  /**
   * {@return the objective with this number, if there is one}
   *
   * @param number the number
   */
  public static Optional<GcmObjective> find(int number) {
    return number >= 1 && number <= 23 ? Optional.of(ALL[number - 1]) : Optional.empty();
  }

  /**
   * {@return the objective with this number}
   *
   * @param number the number
   * @throws IllegalArgumentException when there is no objective {@code number}
   */
  public static GcmObjective of(int number) {
    return find(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected a GCM objective number from 1 to 23 but was " + number));
  }
}
