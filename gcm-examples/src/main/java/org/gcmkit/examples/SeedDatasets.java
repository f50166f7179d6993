package org.gcmkit.examples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gcmkit.model.Dataset;

/**
 * The five seed press releases of gcm, each modelled as a {@link Dataset} that carries every fact
 * of its source document: the sources themselves, actors, persons with their posts, meetings with
 * participants, statements and outcomes, documents, projects and figures.
 *
 * <p>Ids are shared across seeds ({@code iom}, {@code tm}, {@code zeynal-hajiyev}...), so that the
 * same actor or person has the same id in every dataset. Each call builds a new dataset; the
 * datasets are immutable.
 */
public final class SeedDatasets {
  private SeedDatasets() {}

  /**
   * Seed {@code 000_16be726ff1513c02}: the English release on the hybrid meeting of 17 March 2023
   * hosted by Turkmenistan that launched IOM's regional GCM project.
   */
  public static Dataset seed000() {
    return Seed000.build();
  }

  /**
   * Seed {@code 001_017510da051da87c}: the Arabic translation of seed 000. The dataset also holds
   * the English source record, which the Arabic source translates, and keeps both sources' claims
   * on the meeting's format (hybrid in English, online in Arabic).
   */
  public static Dataset seed001() {
    return Seed001.build();
  }

  /**
   * Seed {@code 002_9baeddda8f5807ec}: Trend's report (Baku, 17 February 2021) on the yearly
   * Turkmenistan-IOM meetings, the meetings of 2013 and February 2020, and the online meeting
   * planned for the end of February 2021.
   */
  public static Dataset seed002() {
    return Seed002.build();
  }

  /**
   * Seed {@code 003_4ff4834234d03fb5}: IOM's bilingual (Russian and English) release on the session
   * of Turkmenistan's interagency working group on the GCM of 21 January 2022.
   */
  public static Dataset seed003() {
    return Seed003.build();
  }

  /**
   * Seed {@code 004_ed967ef1bb211f71}: IOM's release (Almaty) on the webinar of 11 and 15 February
   * 2022 for Kazakhstan's voluntary GCM review.
   */
  public static Dataset seed004() {
    return Seed004.build();
  }

  /**
   * All seed datasets keyed by seed file name without extension ({@code 000_16be726ff1513c02}), in
   * file-name order; the map is unmodifiable.
   */
  public static Map<String, Dataset> all() {
    Map<String, Dataset> all = new LinkedHashMap<>();
    all.put("000_16be726ff1513c02", seed000());
    all.put("001_017510da051da87c", seed001());
    all.put("002_9baeddda8f5807ec", seed002());
    all.put("003_4ff4834234d03fb5", seed003());
    all.put("004_ed967ef1bb211f71", seed004());
    return Collections.unmodifiableMap(all);
  }
}
