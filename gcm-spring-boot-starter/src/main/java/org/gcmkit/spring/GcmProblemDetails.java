package org.gcmkit.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.io.json.GcmJsonException;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ReportLanguage;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request body that gcm finds invalid, while binding ({@link GcmJsonException}) or by
 * {@code @Valid}, with RFC 9457 problem details ({@code application/problem+json}): status 400 and
 * a {@code violations} member listing each with its code, severity, JSON Pointer from the root of
 * the body, message in the first language of the request's {@code Accept-Language} that gcm has
 * reports in (English otherwise), message key and arguments, and the value, line and column when
 * known. The {@code detail} counts errors and warnings in the same language.
 *
 * <p>Ordered last, so that an application's own advice for these exceptions comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
final class GcmProblemDetails {
  /** The problem type: the catalogue of gcm's rules, which explains each code. */
  static final URI TYPE = URI.create("https://github.com/gcmkit/gcm/blob/main/docs/rules.md");

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<Violation> found = new ArrayList<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      found.add(violation(error));
    }
    return problem(ValidationReport.of(found), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request)
      throws HttpMessageNotReadableException {
    GcmJsonException gcm = gcmCause(e);
    if (gcm == null) {
      // Not gcm's to answer: Spring's own handling goes on as if this advice were not here.
      throw e;
    }
    return problem(gcm.getReport(), request);
  }

  private static @Nullable GcmJsonException gcmCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GcmJsonException g) {
        return g;
      }
    }
    return null;
  }

  /** A gcm violation from a Jakarta one, or from a Spring error that did not come from Jakarta. */
  private static Violation violation(ObjectError error) {
    if (error.contains(ConstraintViolation.class)) {
      return GcmValidator.violationOf(error.unwrap(ConstraintViolation.class));
    }
    String pointer = error instanceof FieldError f ? pointerOf(f.getField()) : "";
    String message = error.getDefaultMessage();
    return Violation.of(Rule.CONSTRAINT, pointer, message == null ? error.getCode() + "" : message)
        .build();
  }

  /** {@code meeting.participations[0].actor} as {@code /meeting/participations/0/actor}. */
  static String pointerOf(String springPath) {
    StringBuilder s = new StringBuilder();
    for (String part : springPath.replace("[", ".").replace("]", "").split("\\.", -1)) {
      if (!part.isEmpty()) {
        s.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return s.toString();
  }

  /**
   * The first language of the request's {@code Accept-Language} that gcm has reports in, else
   * English (also when the header is absent: the servlet would give the server's own locale).
   */
  static ReportLanguage language(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") != null) {
      for (Locale l : Collections.list(request.getLocales())) {
        java.util.Optional<ReportLanguage> known = ReportLanguage.forTag(l.toLanguageTag());
        if (known.isPresent()) {
          return known.get();
        }
      }
    }
    return ReportLanguage.ENGLISH;
  }

  private static ProblemDetail problem(ValidationReport report, HttpServletRequest request) {
    ReportLanguage language = language(request);
    Locale locale = language.locale();
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, report.summary(locale));
    p.setType(TYPE);
    p.setTitle("Invalid GCM data");
    p.setInstance(URI.create(request.getRequestURI()));
    p.setProperty("language", language.tag());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Violation v : report.getViolations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", v.getCode());
      m.put("severity", v.getSeverity().name().toLowerCase(Locale.ROOT));
      m.put("pointer", v.getPointer());
      m.put("message", v.getLocalizedMessage(locale));
      m.put("messageKey", v.getMessageKey());
      m.put("arguments", v.getMessageArguments());
      v.getValue().ifPresent(x -> m.put("value", x));
      v.getSuggestion().ifPresent(x -> m.put("suggestion", x));
      v.getLocation()
          .ifPresent(
              l -> {
                l.getLine().ifPresent(x -> m.put("line", x));
                l.getColumn().ifPresent(x -> m.put("column", x));
              });
      list.add(m);
    }
    p.setProperty("violations", list);
    return p;
  }
}
