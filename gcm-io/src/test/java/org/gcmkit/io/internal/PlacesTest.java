package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacesTest {
  /** One record's places of every kind, as the JSON and CSV readers add them. */
  private static Places record() {
    Places places = new Places();
    int root = places.whole("/meetings/3", 1, 1, null);
    int hosts = places.field(root, "hosts", 1, 10);
    places.item(hosts, 0, 1, 11);
    places.item(hosts, 10, 1, 20);
    int title = places.field(root, "title", 1, 30);
    places.field(title, "en", 1, 31);
    places.field(root, "a/b~c", 1, 40);
    places.segment("/meetings/3", "/outcome", 2, 0, "row 2");
    places.token("/meetings/3", "status", 2, 5, "row 2");
    return places;
  }

  @Test
  void find_eachKindOfPlace_foundByItsPointer() {
    Places places = record();
    assertThat(places.find("/meetings/3", 0)).isZero();
    assertThat(places.find("/meetings/3/hosts", 0)).isEqualTo(1);
    assertThat(places.find("/meetings/3/hosts/0", 0)).isEqualTo(2);
    assertThat(places.find("/meetings/3/hosts/10", 0)).isEqualTo(3);
    assertThat(places.find("/meetings/3/title/en", 0)).isEqualTo(5);
    assertThat(places.find("/meetings/3/a~1b~0c", 0)).as("escaped token").isEqualTo(6);
    assertThat(places.find("/meetings/3/outcome", 0)).isEqualTo(7);
    assertThat(places.find("/meetings/3/status", 0)).isEqualTo(8);
  }

  @Test
  void find_noPlaceOfItsOwn_theNearestAncestorsPlace() {
    Places places = record();
    assertThat(places.find("/meetings/3/hosts/1", 0)).isEqualTo(1);
    assertThat(places.find("/meetings/3/hosts/01", 0))
        .as("not index 1 written otherwise")
        .isEqualTo(1);
    assertThat(places.find("/meetings/3/hosts/00", 0)).isEqualTo(1);
    assertThat(places.find("/meetings/3/title/fr/x", 0)).isEqualTo(4);
    assertThat(places.find("/meetings/3/a/b~c", 0))
        .as("unescaped token is another pointer")
        .isZero();
    assertThat(places.find("/meetings/30", 0)).isEqualTo(-1);
    assertThat(places.find("/other", 0)).isEqualTo(-1);
    assertThat(places.find("", 0)).isEqualTo(-1);
  }

  @Test
  void find_samePointerTwice_theLaterPlace() {
    Places places = record();
    int again = places.field(0, "title", 3, 1);
    assertThat(places.find("/meetings/3/title", 0)).isEqualTo(again);
    assertThat(places.find("/meetings/3/title", 0, again)).isEqualTo(4);
  }

  @Test
  void find_onlyWithinTheRangeGiven() {
    Places places = record();
    int second = places.whole("/meetings/4", 5, 1, null);
    places.field(second, "hosts", 5, 2);
    assertThat(places.find("/meetings/3/hosts", second)).isEqualTo(-1);
    assertThat(places.find("/meetings/4/hosts/0", second)).isEqualTo(second + 1);
    assertThat(places.find("/meetings/4/hosts", 0, second)).isEqualTo(-1);
  }

  /**
   * Random records of nested fields and items, small (compared place by place) and large (looked up
   * in a map of pointers), against the definition: the last place whose pointer is the one asked
   * for, else its nearest ancestor's.
   */
  @Test
  void find_randomRecords_asTheDefinitionSays() {
    Random random = new Random(7);
    // No numeric names: a value is an object or an array, never both, so a field "0" and item 0
    // of one parent do not meet in real places.
    String[] names = {"id", "hosts", "title", "en", "x/y", "~", "a~1"};
    for (int round = 0; round < 200; round++) {
      Places places = new Places();
      int size = round % 4 == 0 ? 300 + random.nextInt(200) : 1 + random.nextInt(60);
      places.whole("/r", 1, 1, null);
      for (int i = 1; i < size; i++) {
        int parent = random.nextInt(i);
        if (random.nextBoolean()) {
          places.field(parent, names[random.nextInt(names.length)], 1, i);
        } else {
          places.item(parent, random.nextInt(12), 1, i);
        }
      }
      List<String> asked = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String p = places.pointer(random.nextInt(size));
        asked.add(p);
        asked.add(p + "/" + random.nextInt(12));
        asked.add(p + "/0" + random.nextInt(3));
        asked.add(p.substring(0, random.nextInt(p.length() + 1)));
      }
      for (String p : asked) {
        assertThat(places.find(p, 0))
            .as("%s among %d places", p, size)
            .isEqualTo(defined(places, p));
      }
    }
  }

  private static int defined(Places places, String pointer) {
    String p = pointer;
    while (true) {
      for (int i = places.size() - 1; i >= 0; i--) {
        if (places.pointer(i).equals(p)) {
          return i;
        }
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return -1;
      }
      p = p.substring(0, slash);
    }
  }
}
