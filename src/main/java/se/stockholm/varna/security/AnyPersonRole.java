package se.stockholm.varna.security;

import io.micronaut.security.annotation.Secured;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Secured} for every role a person can hold (not the ILS machine client): the usual
 * class-level rule of a controller that people read through. Methods that change things narrow it
 * with their own {@code @Secured}; services still check role and scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Secured({
    Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.INFORMATIONSAGARE,
    Roles.SYSTEMAGARE, Roles.GRANSKARE, Roles.UNDANTAGSBESLUTARE, Roles.LASARE
})
public @interface AnyPersonRole {}
