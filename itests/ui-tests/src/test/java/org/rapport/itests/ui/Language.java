package org.rapport.itests.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The language of a {@link Browser} test parameter, e.g. {@code @Language("fa") Browser persianUser}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Language {
    /** A BCP 47 tag: {@code "fa"}, {@code "ar"}, {@code "en-US"}. */
    String value();
}
