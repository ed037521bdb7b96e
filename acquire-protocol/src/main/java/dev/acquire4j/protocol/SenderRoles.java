package dev.acquire4j.protocol;

import dev.acquire4j.domain.SenderRole;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code senderType} as the answers write it. Stateless and thread-safe. */
final class SenderRoles {
    private SenderRoles() {}

    /** {@return {@code user} or {@code contact} as a role, in any case and with spaces around; else empty} */
    static Optional<SenderRole> fromWire(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "user" -> Optional.of(SenderRole.USER);
            case "contact" -> Optional.of(SenderRole.CONTACT);
            default -> Optional.empty();
        };
    }
}
