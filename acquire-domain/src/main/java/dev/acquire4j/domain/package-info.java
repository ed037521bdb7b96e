/**
 * Value types and rules of acquire4j: ids, {@link dev.acquire4j.domain.PhoneNumber},
 * {@link dev.acquire4j.domain.EmailAddress}, support cases, the three outbound messages
 * ({@link dev.acquire4j.domain.ChatMessage}, {@link dev.acquire4j.domain.MailMessage},
 * {@link dev.acquire4j.domain.SmsMessage}) and the {@link dev.acquire4j.domain.SentMessage} a send
 * returns.
 *
 * <p>Every type here is immutable and thread-safe. Invalid input raises a
 * {@link dev.acquire4j.domain.ValidationException} that lists every violated rule at once, before
 * any I/O.
 */
@AcquireStyle
package dev.acquire4j.domain;
