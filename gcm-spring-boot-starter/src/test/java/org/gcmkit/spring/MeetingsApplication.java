package org.gcmkit.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application as a user would write one, with no gcm configuration at all: the
 * starter on the class path is all it has.
 */
@SpringBootApplication
public class MeetingsApplication {

  /** A request body of the application's own that holds a model value. */
  public record Submission(String note, @Valid @NotNull Meeting meeting) {}

  /** Stores meetings in memory. */
  @RestController
  public static class Meetings {
    private final Map<MeetingId, Meeting> stored = new ConcurrentHashMap<>();

    @PostMapping("/meetings")
    public Meeting create(@Valid @RequestBody Meeting meeting) {
      stored.put(meeting.getId(), meeting);
      return meeting;
    }

    @GetMapping("/meetings/{id}")
    public ResponseEntity<Meeting> get(@PathVariable("id") String id) {
      Meeting m = stored.get(MeetingId.of(id));
      return m == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(m);
    }

    @PostMapping("/submissions")
    public Submission submit(@Valid @RequestBody Submission submission) {
      return submission;
    }
  }
}
