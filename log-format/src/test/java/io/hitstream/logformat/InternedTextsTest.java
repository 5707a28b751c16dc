package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InternedTextsTest {
    private final InternedTexts texts = new InternedTexts();

    @Test
    void theSameBytesAnywhereAreTheSameString() {
        byte[] line = "/a /b /a".getBytes(StandardCharsets.UTF_8);

        String first = texts.text(line, 0, 2, TextEscaping.NONE);

        assertSame(first, texts.text(line, 6, 8, TextEscaping.NONE));
        assertEquals("/b", texts.text(line, 3, 5, TextEscaping.NONE));
        assertEquals(2, texts.size());
    }

    @Test
    void theSameBytesEscapedOtherwiseAreAnotherText() {
        byte[] field = "a+b".getBytes(StandardCharsets.UTF_8);

        assertEquals("a+b", texts.text(field, 0, 3, TextEscaping.NONE));
        assertEquals("a b", texts.text(field, 0, 3, TextEscaping.PLUS_AS_SPACE));
    }

    @Test
    void aTextOverOneKibibyteIsDecodedEveryTimeAndNotKept() {
        byte[] field = "x".repeat(1_025).getBytes(StandardCharsets.UTF_8);

        String first = texts.text(field, 0, field.length, TextEscaping.NONE);

        assertNotSame(first, texts.text(field, 0, field.length, TextEscaping.NONE));
        assertEquals(0, texts.size());
    }

    @Test
    void aTextOfOneKibibyteIsKept() {
        byte[] field = "x".repeat(1_024).getBytes(StandardCharsets.UTF_8);

        assertSame(texts.text(field, 0, field.length, TextEscaping.NONE), texts.text(field, 0, field.length, TextEscaping.NONE));
    }

    @Test
    void keepsEveryTextUpTo8192ThenStartsOverWithTheNext() {
        for (int i = 0; i < 8_192; i++) {
            text("/page/" + i);
        }
        String kept = text("/page/17");
        assertSame(kept, text("/page/17"));
        assertEquals(8_192, texts.size());

        text("/page/8192");

        assertEquals(1, texts.size());
        assertNotSame(kept, text("/page/17"));
    }

    private String text(String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        return texts.text(bytes, 0, bytes.length, TextEscaping.NONE);
    }
}
