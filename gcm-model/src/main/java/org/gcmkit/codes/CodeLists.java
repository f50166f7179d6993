package org.gcmkit.codes;

/**
 * Facts about the built-in code lists as a whole.
 *
 * <p>The lists were taken from the verified reference data of the project (A/RES/73/195 for the GCM
 * objectives and principles, the Migration Network Hub for the short labels, UNHCR for the GCR
 * objectives). Any change to a title, label or code changes {@link #VERSION}, which reports record
 * so that a verdict can be traced to the lists that produced it.
 */
public final class CodeLists {
  /** The version of the built-in code lists. */
  public static final String VERSION = "2026.11";

  private CodeLists() {}
}
