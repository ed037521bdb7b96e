package dev.acquire4j.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of acquire4j, applied to the domain package in {@code package-info.java}.
 *
 * <p>Generated classes stay package-private behind the abstract types, builders are strict (an
 * attribute is set once), only JDK types are used, and the generated null checks are off because
 * every value type validates itself in a {@code @Value.Check} that reports all violations at once.
 * Generated code carries no Immutables annotation, so users never need Immutables on their path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        defaults = @Value.Immutable(copy = false),
        // No @org.immutables.value.Generated on generated code: its CLASS retention would make
        // every downstream javac warn about an annotation type it cannot see.
        allowedClasspathAnnotations = {Override.class})
@interface AcquireStyle {}
