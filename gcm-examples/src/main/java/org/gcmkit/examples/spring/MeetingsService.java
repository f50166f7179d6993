package org.gcmkit.examples.spring;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recipe: a Spring Boot 4 service that takes and gives GCM meetings, with gcm-spring-boot-starter
 * on the class path and no configuration at all. A valid meeting is stored; an invalid one is
 * answered 400 with problem details naming each violation at its JSON Pointer, in the language of
 * the request's {@code Accept-Language}; a meeting with a gcm warning only is accepted.
 *
 * <pre>{@code
 * curl -H 'Content-Type: application/json' -H 'Accept-Language: fr' \
 *   -d '{"id": "m-1", "kind": "webinr", "status": "held", "title": {"en": "Webinar"}}' \
 *   http://127.0.0.1:8080/meetings
 * }</pre>
 */
@SpringBootApplication
public class MeetingsService {

  /** Runs the service; {@code --server.port=8080} and the like as for any Boot application. */
  public static void main(String[] args) {
    SpringApplication.run(MeetingsService.class, args);
  }

  /** Meetings in memory, in gcm's JSON form both ways. */
  @RestController
  public static class Meetings {
    private final Map<MeetingId, Meeting> stored = new ConcurrentHashMap<>();

    /** Stores a meeting that has no gcm error. */
    @PostMapping("/meetings")
    public Meeting add(@Valid @RequestBody Meeting meeting) {
      stored.put(meeting.getId(), meeting);
      return meeting;
    }

    /** Gives a stored meeting back. */
    @GetMapping("/meetings/{id}")
    public ResponseEntity<Meeting> get(@PathVariable("id") String id) {
      Meeting m = stored.get(MeetingId.of(id));
      return m == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(m);
    }
  }
}
