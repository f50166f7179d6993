package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.gcmkit.validation.constraints.WebAddress;

/**
 * Checks {@link WebAddress}: printable ASCII that {@link URI} parses as an absolute {@code http} or
 * {@code https} address with a host. Linear in the length of the value: no regular expression.
 */
public final class WebAddressValidator
    implements ConstraintValidator<WebAddress, String>, ContextFreeCheck<String> {

  /** Creates the validator; called by the Jakarta Validation provider. */
  public WebAddressValidator() {}

  @Override
  public boolean passes(String value) {
    return value == null || isWebAddress(value);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    // GcmValidator words the message, naming the value, as for its other syntax rules.
    return passes(value);
  }

  static boolean isWebAddress(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return false;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    // A host parsed from a server-based authority: "https:x" and "https:///x" have none.
    return (scheme.equals("http") || scheme.equals("https"))
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }
}
