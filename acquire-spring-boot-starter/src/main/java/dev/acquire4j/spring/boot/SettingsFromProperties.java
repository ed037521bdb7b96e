package dev.acquire4j.spring.boot;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.RetryPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ClientSettings} from {@link AcquireProperties}. The account, base URL, key and key file
 * go through {@link ClientSettings#fromEnvironment(Map)}, so they follow exactly its rules; its errors are
 * renamed from the variables ({@code ACQUIRE_API_KEY}) to the properties ({@code acquire.api-key}).
 */
final class SettingsFromProperties {
    private static final Pattern VARIABLE = Pattern.compile("ACQUIRE_[A-Z_]+");

    private SettingsFromProperties() {}

    /**
     * {@return the checked settings, without a listener}
     *
     * @param properties the bound properties
     * @throws ValidationException naming each {@code acquire.*} property that is missing or breaks a rule
     */
    static ClientSettings build(AcquireProperties properties) {
        Map<String, String> where = new HashMap<>();
        put(where, "ACQUIRE_ACCOUNT", properties.getAccount());
        put(where, "ACQUIRE_BASE_URL", properties.getBaseUrl());
        put(where, "ACQUIRE_API_KEY", properties.getApiKey());
        put(where, "ACQUIRE_API_KEY_FILE", properties.getApiKeyFile());
        ClientSettings.Builder builder;
        try {
            builder = ClientSettings.fromEnvironment(where);
        } catch (ValidationException e) {
            throw renamed(e);
        }
        set(properties.getConnectTimeout(), builder::connectTimeout);
        set(properties.getRequestTimeout(), builder::requestTimeout);
        set(properties.getSendDeadline(), builder::sendDeadline);
        set(properties.getLookupDeadline(), builder::lookupDeadline);
        set(properties.getApplicationName(), builder::applicationName);
        NetworkFromProperties.apply(builder, properties.getProxy(), properties.getTrustStore());
        AcquireProperties.Retry retry = properties.getRetry();
        RetryPolicy.Builder policy = RetryPolicy.builder();
        set(retry.getMaxAttempts(), policy::maxAttempts);
        set(retry.getBaseDelay(), policy::baseDelay);
        set(retry.getMaxDelay(), policy::maxDelay);
        set(retry.getMaxRetryAfter(), policy::maxRetryAfter);
        return builder.retryPolicy(policy.build())
                .logPersonalData(properties.isLogPersonalData())
                .checkCaseBeforeSend(properties.isCheckCaseBeforeSend())
                .build();
    }

    private static void put(Map<String, String> into, String variable, Object value) {
        if (value != null) {
            into.put(variable, value.toString());
        }
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** {@return the same violations, naming {@code acquire.api-key} where they named {@code ACQUIRE_API_KEY}} */
    static ValidationException renamed(ValidationException e) {
        List<Violation> violations = e.violations().stream()
                .map(v -> new Violation(property(v.field()), property(v.rule()), v.shownValue()))
                .toList();
        return new ValidationException("acquire.* properties", violations);
    }

    private static String property(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group().toLowerCase(Locale.ROOT);
            m.appendReplacement(out, "acquire." + name.substring("acquire_".length()).replace('_', '-'));
        }
        return m.appendTail(out).toString();
    }
}
