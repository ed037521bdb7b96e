package dev.acquire4j.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Spring Boot application: no acquire4j wiring of its own, only the starter and application.properties. */
@SpringBootApplication
public class ShippingApplication {
}
