package nl.cmostamm.portal.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a service method. Every public method of a {@link Guarded} service
 * carries one, on the method itself rather than the class, so each use case is a decision that
 * can be read where it is written; {@code ArchitectureTest} fails the build when one is missing
 * and the {@link Guard} refuses a method without one at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {
    Caller value();
}
