/**
 * Recipe: {@link org.gcmkit.examples.spring.MeetingsService}, a Spring Boot 4 service with
 * gcm-spring-boot-starter and no configuration.
 */
@NullMarked
package org.gcmkit.examples.spring;

import org.jspecify.annotations.NullMarked;
