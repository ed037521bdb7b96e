package dev.acquire4j.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact, the person a support case is with. Immutable and thread-safe; build with
 * {@link #builder()}. Its {@code toString} masks the phone number and e-mail address.
 */
@Value.Immutable
public abstract class Contact {
    Contact() {}

    /** {@return the contact id} */
    public abstract ContactId id();

    /** {@return the display name, when known} */
    @Value.Redacted
    public abstract Optional<String> name();

    /** {@return the phone number, when known} */
    public abstract Optional<PhoneNumber> phone();

    /** {@return the e-mail address, when known} */
    public abstract Optional<EmailAddress> email();

    @Value.Check
    void check() {
        Violations v = Violations.of("Contact");
        v.require(id(), "id");
        v.throwIfAny();
    }

    /** {@return a new builder; {@code id} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}. Not thread-safe; each attribute may be set once. */
    public static final class Builder extends ImmutableContact.Builder {
        Builder() {}
    }
}
