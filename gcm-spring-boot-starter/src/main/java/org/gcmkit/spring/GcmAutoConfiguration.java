package org.gcmkit.spring;

import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.json.GcmModule;
import org.gcmkit.validation.GcmValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Boot auto-configuration for gcm, active as soon as the starter is on the class path.
 *
 * <ul>
 *   <li>{@link GcmModule}, binding only, as a Jackson module bean: Boot's {@code JsonMapper} reads
 *       and writes model values in gcm's format, and {@code @Valid} checks the model rules.
 *   <li>{@link GcmValidator}, {@link GcmJson} and {@link GcmCsv} beans, the validator on the
 *       application's Jakarta validator when there is one (so its own constraints count).
 *   <li>In a Spring MVC application: gcm's violations, found while binding a request body or by
 *       {@code @Valid}, answered as RFC 9457 problem details; gcm warnings (a held meeting without
 *       a date) do not reject a request.
 * </ul>
 *
 * <p>Each bean steps back when the application defines its own.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
    },
    beforeName = {
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
    })
public final class GcmAutoConfiguration {

  /** Created by Spring. */
  public GcmAutoConfiguration() {}

  /**
   * {@return the module that binds model values in gcm's format; Boot registers module beans with
   * its mapper}
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmModule gcmModule() {
    return new GcmModule();
  }

  /**
   * {@return gcm's validator, on the application's Jakarta validator when one is defined}
   *
   * @param validator the application's Jakarta validator, if any
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmValidator gcmValidator(ObjectProvider<jakarta.validation.Validator> validator) {
    jakarta.validation.Validator own = validator.getIfUnique();
    return own == null ? GcmValidator.create() : GcmValidator.using(own);
  }

  /**
   * {@return gcm's JSON and JSON Lines reader and writer, checking with the validator bean}
   *
   * @param validator the validator bean, so the application's own constraints count
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmJson gcmJson(GcmValidator validator) {
    return GcmJson.create().withValidator(validator);
  }

  /**
   * {@return gcm's CSV data package reader and writer, checking with the validator bean}
   *
   * @param validator the validator bean, so the application's own constraints count
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmCsv gcmCsv(GcmValidator validator) {
    return GcmCsv.create().withValidator(validator);
  }

  /** The Spring MVC part: problem details, and warnings that let a request through. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(WebMvcConfigurer.class)
  static class Web {
    @Bean
    @ConditionalOnMissingBean
    GcmProblemDetails gcmProblemDetails() {
      return new GcmProblemDetails();
    }

    @Bean
    WebMvcConfigurer gcmWarningsPass(ObjectProvider<jakarta.validation.Validator> validator) {
      return new WarningsPass(validator);
    }
  }
}
