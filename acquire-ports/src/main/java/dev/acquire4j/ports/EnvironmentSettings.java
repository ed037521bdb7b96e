package dev.acquire4j.ports;

import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/** Reads {@link ClientSettings#fromEnvironment()}'s variables; never shows the key, only the variables' names. */
final class EnvironmentSettings {
    static final String ACCOUNT = "ACQUIRE_ACCOUNT";
    static final String BASE_URL = "ACQUIRE_BASE_URL";
    static final String API_KEY = "ACQUIRE_API_KEY";
    static final String API_KEY_FILE = "ACQUIRE_API_KEY_FILE";
    /** The largest key file read: a key is tens of bytes, so anything larger is the wrong file. */
    static final int MAX_KEY_FILE_BYTES = 4096;
    private static final String REDACTED = "<redacted>";

    private EnvironmentSettings() {}

    static ClientSettings.Builder read(Map<String, String> environment) {
        Violations v = Violations.of("ClientSettings from the environment");
        ClientSettings.Builder builder = ClientSettings.builder();
        String account = value(environment, ACCOUNT);
        String baseUrl = value(environment, BASE_URL);
        if (account != null && baseUrl != null) {
            v.add(BASE_URL, "set either " + ACCOUNT + " or " + BASE_URL + ", not both", "");
        } else if (account == null && baseUrl == null) {
            v.add(ACCOUNT, ACCOUNT + " or " + BASE_URL + " is required", "");
        } else if (account != null) {
            try {
                builder.account(AccountId.of(account).value());
            } catch (ValidationException e) {
                v.addAll(ACCOUNT, e);
            }
        } else {
            builder.baseUri(baseUri(v, baseUrl));
        }
        String key = value(environment, API_KEY);
        String keyFile = value(environment, API_KEY_FILE);
        if (key != null && keyFile != null) {
            v.add(API_KEY_FILE, "set either " + API_KEY + " or " + API_KEY_FILE + ", not both", "");
        } else if (key == null && keyFile == null) {
            v.add(API_KEY, API_KEY + " or " + API_KEY_FILE + " is required", "");
        } else if (key != null) {
            builder.apiKey(apiKey(v, API_KEY, key));
        } else {
            String secret = readKeyFile(v, keyFile);
            builder.apiKey(secret == null ? null : apiKey(v, API_KEY_FILE, secret));
        }
        v.throwIfAny();
        return builder;
    }

    /** {@return the variable's value, or {@code null} when it is unset or blank (as {@code VAR=} leaves it)} */
    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI baseUri(Violations v, String text) {
        try {
            URI uri = new URI(text);
            BaseUris.check(uri);
            return uri;
        } catch (URISyntaxException e) {
            boolean credentials = text.indexOf('@') >= 0;
            v.add(BASE_URL, "is not a valid URI", credentials ? REDACTED : Redaction.plain(text));
        } catch (ValidationException e) {
            v.addAll(BASE_URL, e);
        }
        return null;
    }

    private static ApiKey apiKey(Violations v, String variable, String secret) {
        try {
            return ApiKey.of(secret);
        } catch (ValidationException e) {
            // ApiKey's own rules never show the key; the shown value is replaced anyway.
            e.violations().forEach(violation -> v.add(variable, violation.rule(), REDACTED));
            return null;
        }
    }

    /** {@return the file's text, or {@code null} after recording why it cannot be the key} */
    private static String readKeyFile(Violations v, String name) {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            v.add(API_KEY_FILE, "must be a file path", Redaction.plain(name));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            v.add(API_KEY_FILE, "must name an existing regular file (not a directory, device or pipe)", Redaction.plain(name));
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
        } catch (IOException e) {
            v.add(API_KEY_FILE, "must name a readable file (" + e.getClass().getSimpleName() + ")", Redaction.plain(name));
            return null;
        }
        if (bytes.length > MAX_KEY_FILE_BYTES) {
            v.add(API_KEY_FILE, "must name a file of at most " + MAX_KEY_FILE_BYTES + " bytes", Redaction.plain(name));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            v.add(API_KEY_FILE, "may contain only visible ASCII characters, no spaces, CR or LF", REDACTED);
            return null;
        }
    }
}
