package dev.acquire4j.testkit.internal;

import dev.acquire4j.domain.Channel;

/** The three send endpoints as docs/wire-protocol.md reads the Acquire docs. */
public final class Endpoints {
    /** Chat: {@code ?contactId=N&-x-user-type=user|contact}. */
    public static final String CHAT_PATH = "/api/v1/crm/messenger/chat/add-message";
    /** Mail: no query parameters. */
    public static final String MAIL_PATH = "/api/v1/mail/add-message";
    /** SMS: {@code ?-x-user-type=user|contact}. */
    public static final String SMS_PATH = "/api/v1/voip/send-sms";
    /**
     * The sender role parameter, spelled with a leading dash as the older docs and Acquire's own
     * web client send it (the current page lists it as {@code x-user-type}).
     */
    public static final String USER_TYPE_PARAM = "-x-user-type";
    /** The chat contact parameter. */
    public static final String CONTACT_PARAM = "contactId";

    private Endpoints() {}

    /**
     * {@return the path of a channel's send endpoint}
     *
     * @param channel the channel
     */
    public static String path(Channel channel) {
        switch (channel) {
            case CHAT:
                return CHAT_PATH;
            case EMAIL:
                return MAIL_PATH;
            default:
                return SMS_PATH;
        }
    }

    /**
     * {@return the endpoint as errors name it, e.g. {@code POST /api/v1/mail/add-message}}
     *
     * @param channel the channel
     */
    public static String endpoint(Channel channel) {
        return "POST " + path(channel);
    }
}
