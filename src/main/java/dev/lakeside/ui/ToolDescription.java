package dev.lakeside.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One sentence, shown on the home page, that says what a tool is for. Put it on a view that
 * also carries {@code @Route} and {@code @Menu}: that is all it takes to list a new tool.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ToolDescription {
    String value();
}
