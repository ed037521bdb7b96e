package dev.acquire4j.jdk.examples;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;

/** The README's "code under test": application code that depends only on the AcquireClient port. */
final class ShippingNotifier {
    private final AcquireClient acquire;

    ShippingNotifier(AcquireClient acquire) {
        this.acquire = acquire;
    }

    void shipped(SupportCase order) {
        acquire.chat().send(ChatMessage.builder()
                .forCase(order)
                .contactId(order.contactId().orElseThrow())
                .text("Your order has shipped.")
                .build());
    }
}
