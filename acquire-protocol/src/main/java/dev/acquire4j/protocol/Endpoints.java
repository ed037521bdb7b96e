package dev.acquire4j.protocol;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The paths and query parameters of the three send endpoints ({@code cases__messages-1__add.md}).
 * Stateless and thread-safe.
 */
final class Endpoints {
    /** HTTP method of every send. */
    static final String POST = "POST";
    /** HTTP method of the lookups. */
    static final String GET = "GET";

    static final String CHAT_PATH = "/api/v1/crm/messenger/chat/add-message";
    static final String MAIL_PATH = "/api/v1/mail/add-message";
    static final String SMS_PATH = "/api/v1/voip/send-sms";

    static final String CHAT = POST + " " + CHAT_PATH;
    static final String MAIL = POST + " " + MAIL_PATH;
    static final String SMS = POST + " " + SMS_PATH;

    /** Cases ({@code cases__get.md}, {@code cases__list.md}); one case is {@code CASE_PATH/{id}}. */
    static final String CASE_PATH = "/api/v1/crm/objects/case";
    /** Opening a chat case ({@code cases__create.md}): {@code ?contactId=N}. */
    static final String OPEN_CASE_PATH = "/api/v1/crm/messenger/chat/create";
    /** A thread's cases ({@code cases__messages-1__list-messages.md}): {@code ?contactId=N&threadId=N}. */
    static final String THREAD_CASES_PATH = "/api/v1/crm/messenger/chat/messages";

    /** The endpoints of the case calls as errors name them: templates, so that no id varies them. */
    static final String GET_CASE = GET + " " + CASE_PATH + "/{id}";
    static final String LIST_CASES = GET + " " + CASE_PATH;
    static final String OPEN_CASE = POST + " " + OPEN_CASE_PATH;
    static final String THREAD_CASES = GET + " " + THREAD_CASES_PATH;

    /**
     * The sender-role query parameter. Spelled with the leading dash as the older docs and
     * Acquire's own web client send it; the current page lists it as {@code x-user-type}
     * (docs/wire-protocol.md). Change it here only.
     */
    static final String SENDER_ROLE_PARAM = "-x-user-type";

    /** The chat endpoint's contact query parameter. */
    static final String CONTACT_ID_PARAM = "contactId";

    /** The thread query parameter of the thread's-cases lookup. */
    static final String THREAD_ID_PARAM = "threadId";

    /**
     * The page parameter of the case list. The docs show the answer's page data but no request
     * parameter for it; we send the answer's own field name (docs/wire-protocol.md).
     */
    static final String PAGE_PARAM = "page";

    private Endpoints() {}

    /**
     * Builds a full URI from the base, a path and query pairs.
     *
     * @param base the base URI, checked by {@code ClientSettings}: no trailing slash, query or fragment
     * @param path an endpoint path starting with {@code /}
     * @param query parameter names and values, alternating; values are URL-encoded
     */
    static URI uri(URI base, String path, String... query) {
        StringBuilder s = new StringBuilder(128).append(base.toASCIIString()).append(path);
        for (int i = 0; i + 1 < query.length; i += 2) {
            s.append(i == 0 ? '?' : '&')
                    .append(encode(query[i]))
                    .append('=')
                    .append(encode(query[i + 1]));
        }
        return URI.create(s.toString());
    }

    /**
     * The chat URI of one client and sender role, split around the contact id: the only part that
     * changes per message. Building it is one concatenation and one parse, not a query encoding per send.
     *
     * @param beforeContactId everything up to {@code contactId=}
     * @param afterContactId {@code &-x-user-type=R}
     */
    record ChatUri(String beforeContactId, String afterContactId) {
        /** {@return the same URI as {@code uri(base, CHAT_PATH, CONTACT_ID_PARAM, id, SENDER_ROLE_PARAM, role)}} */
        static ChatUri of(URI base, String role) {
            String before = base.toASCIIString() + CHAT_PATH + '?' + encode(CONTACT_ID_PARAM) + '=';
            String after = "&" + encode(SENDER_ROLE_PARAM) + '=' + encode(role);
            return new ChatUri(before, after);
        }

        /** {@return the URI for a contact; an id is digits only, which URL encoding leaves as they are} */
        URI with(long contactId) {
            return URI.create(beforeContactId + contactId + afterContactId);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
