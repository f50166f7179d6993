package org.gcmkit.io.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ReportLanguage;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/**
 * The JSON form of a {@link ValidationReport}, described by {@code report.schema.json}: format
 * version, language, code list version, validity, counts, whether violations were left out (counted
 * by code), and each violation kept with its location, message key and message arguments.
 */
final class ReportJson {
  /** The version of the report format. */
  static final String REPORT_FORMAT_VERSION = "1.2";

  private ReportJson() {}

  /** The report as pretty-printed JSON with a trailing newline, messages in {@code language}. */
  static String write(ValidationReport report, ReportLanguage language) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("formatVersion", REPORT_FORMAT_VERSION);
    root.put("language", language.tag());
    root.put("codeListVersion", report.getCodeListVersion());
    root.put("valid", report.isValid());
    root.put("errorCount", report.getErrorCount());
    root.put("warningCount", report.getWarningCount());
    root.put("countsByCode", new LinkedHashMap<String, Object>(report.countsByCode()));
    root.put("truncated", report.isTruncated());
    root.put("omittedCounts", new LinkedHashMap<String, Object>(report.getOmittedCounts()));
    List<Object> violations = new ArrayList<>();
    for (Violation v : report.getViolations()) {
      violations.add(violation(v, language));
    }
    root.put("violations", violations);
    return JsonWriting.writePretty(root);
  }

  private static Map<String, Object> violation(Violation v, ReportLanguage language) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", v.getCode());
    m.put("severity", v.getSeverity().name().toLowerCase(Locale.ROOT));
    m.put("pointer", v.getPointer());
    m.put("message", v.getLocalizedMessage(language.locale()));
    // So that a client can render the message in a language of its own from the templates.
    m.put("messageKey", v.getMessageKey());
    m.put("arguments", new LinkedHashMap<String, Object>(v.getMessageArguments()));
    v.getValue().ifPresent(x -> m.put("value", x));
    v.getSuggestion().ifPresent(x -> m.put("suggestion", x));
    v.getLocation().ifPresent(l -> m.put("location", location(l)));
    return m;
  }

  private static Map<String, Object> location(Location l) {
    Map<String, Object> m = new LinkedHashMap<>();
    l.getFile().ifPresent(x -> m.put("file", x));
    l.getLine().ifPresent(x -> m.put("line", x));
    l.getColumn().ifPresent(x -> m.put("column", (long) x));
    l.getHeader().ifPresent(x -> m.put("header", x));
    return m;
  }
}
