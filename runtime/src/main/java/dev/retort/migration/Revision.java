package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} class within the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id: 12 lower-case hex characters for generated revisions. */
    String id();

    /** The parent revision ids: none for the first revision, two or more for a merge. */
    String[] parents() default {};

    /** What the revision does, as given to {@code retort revision -m}. */
    String message();

    /** When the revision was created, as an ISO-8601 instant. */
    String created();
}
