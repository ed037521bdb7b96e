package dev.acquire4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {
    private static final String NL = System.lineSeparator();

    @Test
    void alignsColumnsTwoSpacesApartWithoutTrailingBlanks() {
        String table = new TextTable("A", "BBB", "C").row("long", null, "x").row("y").render();
        assertEquals("A     BBB  C" + NL + "long  -    x" + NL + "y" + NL, table);
    }

    @Test
    void aCellCannotBreakTheLayoutItsControlCharactersAreShownEscaped() {
        String table = new TextTable("K", "V").row("k", "line1\nline2\u001b[31m").render();
        assertEquals("K  V" + NL + "k  line1\\nline2\\u001b[31m" + NL, table);
    }
}
