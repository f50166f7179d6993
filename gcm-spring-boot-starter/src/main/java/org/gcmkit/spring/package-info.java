/** Spring Boot auto-configuration for gcm: see {@link org.gcmkit.spring.GcmAutoConfiguration}. */
@NullMarked
package org.gcmkit.spring;

import org.jspecify.annotations.NullMarked;
