package dev.acquire4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.SupportCase;
import java.util.Optional;

/** Shows cases: one case as a field/value table, a page as one row per case under its page data; or as JSON. */
final class CaseView {

    /** {@return one case, as {@code acquire case get} prints it} */
    static Shown one(SupportCase c) {
        return new Shown() {
            @Override
            public String table(Transport transport) {
                return new TextTable("case", c.id().toString())
                        .row("transport", transport.cliName())
                        .row("status", c.status().raw())
                        .row("channel", text(c.channel().map(ch -> ch.wireName())))
                        .row("contact", text(c.contactId()))
                        .row("thread", text(c.threadId()))
                        .row("timeline", text(c.timelineId()))
                        .render();
            }

            @Override
            public String json() {
                return VisibleJson.write(node(c));
            }
        };
    }

    /** {@return a page of cases with its page data, as {@code acquire case list} prints it} */
    static Shown page(CasePage page) {
        return new Shown() {
            @Override
            public String table(Transport transport) {
                String data = "page " + page.page() + ", offset " + page.offset() + ", limit " + page.limit() + ", count "
                        + page.count() + ": " + page.cases().size() + " case(s) shown"
                        + (page.partial() ? ", more on other pages (--page N)" : "");
                TextTable t = new TextTable("case", "status", "channel", "contact", "thread", "timeline");
                for (ListedCase listed : page.cases()) {
                    SupportCase c = listed.supportCase();
                    t.row(c.id().toString(), c.status().raw().isEmpty() ? null : c.status().raw(),
                            text(c.channel().map(ch -> ch.wireName())), text(c.contactId()), text(c.threadId()),
                            text(c.timelineId()));
                }
                return data + System.lineSeparator() + t.render();
            }

            @Override
            public String json() {
                ObjectNode o = VisibleJson.object().put("page", page.page()).put("offset", page.offset())
                        .put("limit", page.limit()).put("count", page.count()).put("partial", page.partial());
                ArrayNode cases = o.putArray("cases");
                page.cases().forEach(c -> cases.add(node(c.supportCase())));
                return VisibleJson.write(o);
            }
        };
    }

    private CaseView() {}

    private static ObjectNode node(SupportCase c) {
        ObjectNode o = VisibleJson.object();
        o.put("id", c.id().value());
        o.put("status", c.status().raw().isEmpty() ? null : c.status().raw());
        o.put("channel", c.channel().map(ch -> ch.wireName()).orElse(null));
        o.put("contactId", c.contactId().map(id -> id.value()).orElse(null));
        o.put("threadId", c.threadId().map(id -> id.value()).orElse(null));
        o.put("timelineId", c.timelineId().map(id -> id.value()).orElse(null));
        return o;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
