package dev.acquire4j.domain;

/** Support cases for the message and policy tests. */
final class Cases {
    static final CaseId CASE = CaseId.of(2069);
    static final ContactId CONTACT = ContactId.of(597759);
    static final ContactId OTHER_CONTACT = ContactId.of(7);
    static final TimelineId TIMELINE = TimelineId.of(4242);
    static final PhoneNumber AGENT_PHONE = PhoneNumber.parse("+1 555 010 9999");
    static final PhoneNumber CONTACT_PHONE = PhoneNumber.parse("+44 20 7946 0958");
    static final EmailAddress INBOX = EmailAddress.parse("support@acme.example");
    static final EmailAddress CUSTOMER = EmailAddress.parse("jane.customer@example.com");

    private Cases() {}

    /** A case of {@link #CONTACT} on {@link #TIMELINE} with the given status and channel. */
    static SupportCase of(CaseStatus status, Channel channel) {
        return SupportCase.builder().id(CASE).status(status).channel(channel).contactId(CONTACT)
                .timelineId(TIMELINE).build();
    }

    static SupportCase active(Channel channel) {
        return of(CaseStatus.ACTIVE, channel);
    }
}
