package org.ember.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the valid corpus (seeded) and checks the parser's contract: it returns a tree or throws
 * {@link PySyntaxError}, never anything else, and never takes long.
 */
class ParserFuzzTest {
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "\n", "\n    ", "\t", " ", "\\", "\\\n", "'", "\"",
        "'''", "f'", "f'{", "}", "lambda", "if", "else", "for", "in", "not", "yield", "await", "async", "def",
        "class", "match", "case", "_", "@", ":=", "->", ".", "...", "0x", "1e", "1_", "j", "#", "\u00e9", "\u20ac",
        "\ud83d\ude00", "\u00a0", "\0", "\r", "\f", "\\N{", "b'", "rb'", "u'", "try", "except*", "finally", "with",
        "as", "import", "from", "global", "del", "return", "pass", "!", "$", "?", ";"};

    @Test
    void mutatedSourcesOnlyEverRaisePySyntaxError() {
        List<String> corpus = new ArrayList<>();
        for (String[] r : Corpus.rows("valid.tsv")) {
            corpus.add(Corpus.b64(r[1]));
        }
        for (String[] r : Corpus.rows("errors.tsv")) {
            corpus.add(Corpus.b64(r[1]));
        }
        Random rnd = new Random(Long.getLong("ember.fuzz.seed", 20261126L));
        int runs = Integer.getInteger("ember.fuzz.runs", 6000);
        long worst = 0;
        String worstSrc = "";
        for (int i = 0; i < runs; i++) {
            String src = mutate(corpus.get(rnd.nextInt(corpus.size())), rnd, corpus);
            Mode mode = i % 10 == 0 ? Mode.EVAL : i % 10 == 1 ? Mode.SINGLE : Mode.EXEC;
            long t0 = System.nanoTime();
            try {
                Parser.parse(src, "<fuzz>", mode);
            } catch (PySyntaxError expected) {
                assertThat(expected.msg).isNotNull();
            } catch (Throwable t) {
                throw new AssertionError("parser threw " + t + " for: " + Corpus.show(src), t);
            }
            try {
                Parser.isIncomplete(src);
            } catch (Throwable t) {
                throw new AssertionError("isIncomplete threw " + t + " for: " + Corpus.show(src), t);
            }
            long dt = System.nanoTime() - t0;
            if (dt > worst) {
                worst = dt;
                worstSrc = src;
            }
        }
        assertThat(worst / 1_000_000).as("slowest parse (ms) for " + Corpus.show(worstSrc)).isLessThan(500);
    }

    private static String mutate(String src, Random rnd, List<String> corpus) {
        StringBuilder sb = new StringBuilder(src);
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            int len = sb.length();
            int at = len == 0 ? 0 : rnd.nextInt(len + 1);
            switch (rnd.nextInt(6)) {
                case 0:
                    if (len > 0 && at < len) {
                        sb.deleteCharAt(at);
                    }
                    break;
                case 1:
                    sb.insert(at, FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
                    break;
                case 2:
                    if (len > 1) {
                        int b = rnd.nextInt(len);
                        int a2 = Math.min(at, len - 1);
                        char c = sb.charAt(a2);
                        sb.setCharAt(a2, sb.charAt(b));
                        sb.setCharAt(b, c);
                    }
                    break;
                case 3:
                    if (len > 0) {
                        int end = Math.min(len, at + 1 + rnd.nextInt(8));
                        sb.delete(Math.min(at, len), end);
                    }
                    break;
                case 4: {
                    String other = corpus.get(rnd.nextInt(corpus.size()));
                    int from = other.isEmpty() ? 0 : rnd.nextInt(other.length());
                    int to = Math.min(other.length(), from + rnd.nextInt(12));
                    sb.insert(at, other, from, to);
                    break;
                }
                default:
                    sb.insert(at, FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]).insert(at, ' ');
                    break;
            }
        }
        return sb.toString();
    }
}
