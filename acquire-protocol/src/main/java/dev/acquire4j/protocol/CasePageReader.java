package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.ListedCase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case list answer ({@code cases__list.md}) into a {@link CasePage}, keeping its page data:
 * {@code {"data":{"page":0,"offset":0,"limit":2,"count":72,"data":[...]}}}. Stricter than the
 * lookups' reader, because a caller acts on what is missing: the four page numbers are required,
 * every entry must be a case with an id, and when the query asked for the {@code messages}
 * relation every case must carry a readable {@code messages} array. Thread-safe.
 */
final class CasePageReader {
    private final JsonFactory json;

    CasePageReader(JsonFactory json) {
        this.json = json;
    }

    /**
     * Reads a page.
     *
     * @param body the answer body
     * @param messagesAsked whether the request asked for {@code relations=messages}
     * @throws UnreadableAnswerException if the body is not such a page
     */
    CasePage read(byte[] body, boolean messagesAsked) throws UnreadableAnswerException {
        if (body.length == 0) {
            throw new UnreadableAnswerException("has an empty body");
        }
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableAnswerException("is not a JSON object");
            }
            CasePage page = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (name.equals("data") && t == JsonToken.START_OBJECT) {
                    page = page(p, messagesAsked);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new UnreadableAnswerException("has content after the JSON object");
            }
            if (page == null) {
                throw new UnreadableAnswerException("has no page object in \"data\"");
            }
            return page;
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException("is not valid JSON");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswerException("could not be read as a page of cases");
        }
    }

    private static CasePage page(JsonParser p, boolean messagesAsked) throws IOException, UnreadableAnswerException {
        long[] numbers = {-1, -1, -1, -1};
        List<ListedCase> cases = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "page" -> numbers[0] = count(p);
                case "offset" -> numbers[1] = count(p);
                case "limit" -> numbers[2] = count(p);
                case "count" -> numbers[3] = count(p);
                case "data" -> {
                    if (t == JsonToken.START_ARRAY) {
                        cases = cases(p, messagesAsked);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (cases == null) {
            throw new UnreadableAnswerException("has no list of cases in \"data\".\"data\"");
        }
        String[] names = {"page", "offset", "limit", "count"};
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] < 0) {
                throw new UnreadableAnswerException("names no page data \"" + names[i] + "\" (a whole number, 0 or more)");
            }
        }
        return CasePage.builder().page(numbers[0]).offset(numbers[1]).limit(numbers[2]).count(numbers[3])
                .addAllCases(cases).build();
    }

    private static List<ListedCase> cases(JsonParser p, boolean messagesAsked) throws IOException, UnreadableAnswerException {
        List<ListedCase> cases = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                throw new UnreadableAnswerException("lists an entry that is not a case object");
            }
            CaseFields c = CaseFields.read(p);
            if (c.id == JsonValues.ABSENT) {
                throw new UnreadableAnswerException("lists a case without an id");
            }
            ListedCase.Builder b = ListedCase.builder().supportCase(CaseAnswers.toCase(c));
            if (c.messagesGiven && c.messages == null) {
                throw new UnreadableAnswerException("lists a message without an id in case " + c.id);
            }
            if (messagesAsked && !c.messagesGiven) {
                throw new UnreadableAnswerException("names no \"messages\" for case " + c.id + " although they were asked for");
            }
            if (c.messages != null) {
                b.messagesRead(true).addAllMessages(c.messages);
            }
            cases.add(b.build());
        }
        return cases;
    }

    /** {@return a whole number of 0 or more, from a number or a numeric string; else -1} */
    private static long count(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long v = p.getLongValue();
            return v >= 0 ? v : -1;
        }
        if (t == JsonToken.VALUE_STRING && "0".equals(p.getText().strip())) {
            return 0;
        }
        if (t == JsonToken.VALUE_STRING) {
            long v = JsonValues.parseId(p.getText());
            return v == JsonValues.ABSENT ? -1 : v;
        }
        p.skipChildren();
        return -1;
    }
}
