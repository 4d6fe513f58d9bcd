package org.ember.objects;

import static org.ember.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code str} predicate and case mapping, for every code point, against checksums that
 * {@code gen_unicode.py} computed with python3 (the file {@code unicode_expected.txt}); the
 * checksums go through the {@code str} methods themselves, as a Python program would call them.
 */
class UnicodeDataTest {
    private static final long M = 1000000007L;
    private static final String[] PREDICATES = {"isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum",
        "isspace", "isupper", "islower", "isprintable", "isidentifier", "istitle"};
    private static final String[] MAPPINGS = {"upper", "lower", "title", "casefold", "swapcase", "capitalize"};

    private static List<String> expected() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = UnicodeDataTest.class.getResourceAsStream("unicode_expected.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static long feed(long h, PyObj r) {
        if (r instanceof PyBool) {
            return (h * 31 + (r == PyBool.TRUE ? 1 : 0)) % M;
        }
        String s = ((PyStr) r).value();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            h = (h * 31 + cp) % M;
            i += Character.charCount(cp);
        }
        return h;
    }

    private static boolean surrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static List<String> actual() {
        List<String> out = new ArrayList<>();
        for (String p : PREDICATES) {
            PyObj d = Abstract.getAttr(PyStr.TYPE, p);
            long n = 0;
            long h = 0;
            for (int cp = 0; cp < 0x110000; cp++) {
                if (surrogate(cp)) {
                    continue;
                }
                if (Abstract.call(d, new PyObj[] {PyStr.ofCodePoint(cp)}, null) == PyBool.TRUE) {
                    n++;
                    h = (h * 31 + cp) % M;
                }
            }
            out.add(p + " " + n + " " + h);
        }
        for (String p : MAPPINGS) {
            PyObj d = Abstract.getAttr(PyStr.TYPE, p);
            long h = 0;
            for (int cp = 0; cp < 0x110000; cp++) {
                if (!surrogate(cp)) {
                    h = feed(h, Abstract.call(d, new PyObj[] {PyStr.ofCodePoint(cp)}, null));
                }
            }
            out.add(p + " " + h);
        }
        List<String> pairs = new ArrayList<>(List.of(MAPPINGS));
        pairs.addAll(List.of("istitle", "isupper", "islower"));
        for (String p : pairs) {
            PyObj d = Abstract.getAttr(PyStr.TYPE, p);
            long h = 0;
            for (int cp = 0; cp < 0x110000; cp++) {
                if (surrogate(cp)) {
                    continue;
                }
                String c = new String(Character.toChars(cp));
                for (String w : new String[] {"A" + c, "1" + c, c + "a", "'" + c, "A" + c + "\u03a3", "\u03a3" + c,
                    "A\u03a3" + c}) {
                    h = feed(h, Abstract.call(d, new PyObj[] {PyStr.of(w)}, null));
                }
            }
            out.add("pairs " + p + " " + h);
        }
        return out;
    }

    @Test
    void everyCodePointMatchesPython() throws IOException {
        assertEquals(String.join("\n", expected()), String.join("\n", actual()));
    }

    @Test
    void version() {
        assertEquals("14.0.0", UnicodeData.version());
    }

    @Test
    void contexts() {
        // python3: 'ΑΣ ΑΣΑ'.lower() -> 'ας ασα' ; 'ΑΣ'.swapcase() -> 'ας' ; 'σ'.upper() -> 'Σ'
        eq("'ας ασα'", m(s("ΑΣ ΑΣΑ"), "lower"));
        eq("'ας'", m(s("ΑΣ"), "swapcase"));
        // 'ΑΣ.'.lower() -> 'ας.' ; 'Α.Σ'.lower() -> 'α.ς' ; 'Σ'.lower() -> 'σ' ; 'ΑΣ\u0301Α'.lower() -> 'ασ\u0301α'
        eq("'ας.'", m(s("ΑΣ."), "lower"));
        eq("'α.ς'", m(s("Α.Σ"), "lower"));
        eq("'σ'", m(s("Σ"), "lower"));
        eq("'ασ\u0301α'", m(s("ΑΣ\u0301Α"), "lower"));
        // 'ΣΑΣ ΑΣ'.title() -> 'Σας Ας' ; 'αΣ'.capitalize() -> 'Ας'
        eq("'Σας Ας'", m(s("ΣΑΣ ΑΣ"), "title"));
        eq("'Ας'", m(s("αΣ"), "capitalize"));
        // 'ǅ'.istitle() -> True ; 'ǅ'.swapcase() -> 'ǅ' ; 'ǆemal'.title() -> 'ǅemal' ; 'ǆEMAL'.capitalize() -> 'ǅemal'
        eq("True", m(s("ǅ"), "istitle"));
        eq("'ǅ'", m(s("ǅ"), "swapcase"));
        eq("'ǅemal'", m(s("ǆemal"), "title"));
        eq("'ǅemal'", m(s("ǆEMAL"), "capitalize"));
        // 'ß'.upper() -> 'SS' ; 'ß'.title() -> 'Ss' ; 'ß'.casefold() -> 'ss' ; 'ﬁx'.title() -> 'Fix' ; 'İ'.lower() -> 'i̇'
        eq("'SS'", m(s("ß"), "upper"));
        eq("'Ss'", m(s("ß"), "title"));
        eq("'ss'", m(s("ß"), "casefold"));
        eq("'Fix'", m(s("ﬁx"), "title"));
        eq("'i\u0307'", m(s("İ"), "lower"));
        // "they're bill's friends".title() -> "They'Re Bill'S Friends" ; 'hello world'.capitalize() -> 'Hello world'
        eq("\"They'Re Bill'S Friends\"", m(s("they're bill's friends"), "title"));
        eq("'Hello world'", m(s("hello world"), "capitalize"));
        // 'ǅA'.istitle() -> False ; 'Ǆa'.istitle() -> True ; 'ABC'.isupper() -> True ; 'ǅ'.isupper() -> False
        eq("False", m(s("ǅA"), "istitle"));
        eq("True", m(s("Ǆa"), "istitle"));
        eq("True", m(s("ABC"), "isupper"));
        eq("False", m(s("ǅ"), "isupper"));
        // '\U00016AC3'.isdecimal() -> True (Tangsa, Unicode 14) ; int('\U00016AC3\U00016AC9') -> 39 ; '٣'.isdigit() -> True
        eq("True", m(s("\uD81A\uDEC3"), "isdecimal"));
        eq("True", m(s("٣"), "isdigit"));
        assertEquals(3, UnicodeData.decimalValue(0x16AC3));
        assertEquals(9, UnicodeData.decimalValue(0x1D7FF));
        assertEquals(-1, UnicodeData.decimalValue('a'));
        // '\u1885'.isidentifier() -> True (Other_ID_Start) ; 'a\u00b7'.isidentifier() -> True ; '℘'.isidentifier() -> True
        eq("True", m(s("\u1885"), "isidentifier"));
        eq("True", m(s("a\u00b7"), "isidentifier"));
        eq("True", m(s("℘"), "isidentifier"));
        // ''.isprintable() -> True ; ''.isupper() -> False ; '_1'.isidentifier() -> True ; '1_'.isidentifier() -> False
        eq("True", m(s(""), "isprintable"));
        eq("False", m(s(""), "isupper"));
        eq("True", m(s("_1"), "isidentifier"));
        eq("False", m(s("1_"), "isidentifier"));
    }
}
