package dev.acquire4j.spring.boot.sample;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import org.springframework.stereotype.Service;

// tag::spring-boot-service[]
@Service
public class ShippingNotifier {
    private final AcquireClient acquire;                 // the starter's bean, from application.properties

    public ShippingNotifier(AcquireClient acquire) {
        this.acquire = acquire;
    }

    public SentMessage orderShipped(SupportCase order) {
        return acquire.chat().send(ChatMessage.builder()
                .caseId(order.id())
                .contactId(order.contactId().orElseThrow())
                .text("Your order has shipped.")
                .build());
    }
}
// end::spring-boot-service[]
