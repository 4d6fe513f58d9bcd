package org.ember.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Deep nesting and source decoding, with expectations generated from CPython by gen_golden.py. */
class ParserRobustnessTest {

    @Test
    void deepNestingBehavesLikeCPythonWithoutOverflowingTheStack() {
        for (String[] r : Corpus.rows("deep.tsv")) {
            String src = Corpus.b64(r[0]);
            String head = Corpus.show(src.length() > 40 ? src.substring(0, 40) + "..." : src);
            switch (r[1]) {
                case "OK":
                    Parser.parse(src, "<s>", Mode.EXEC);
                    break;
                case "MemoryError":
                    // CPython gives up here (parser stack or AST recursion limit); Ember may parse it
                    // or report the same, but must not fail any other way
                    try {
                        Parser.parse(src, "<s>", Mode.EXEC);
                    } catch (PySyntaxError e) {
                        assertThat(e.pythonType).as(head).isEqualTo("MemoryError");
                    }
                    break;
                default:
                    assertThatThrownBy(() -> Parser.parse(src, "<s>", Mode.EXEC)).as(head)
                            .isInstanceOfSatisfying(PySyntaxError.class, e -> {
                                assertThat(e.pythonType).isEqualTo(r[1]);
                                assertThat(e.msg).isEqualTo(Corpus.b64(r[2]));
                            });
                    break;
            }
        }
    }

    @Test
    void decodeSourceFollowsBomAndCodingCookie() {
        int checked = 0;
        for (String[] r : Corpus.rows("decode.tsv")) {
            byte[] data = Base64.getDecoder().decode(r[0]);
            String show = new String(data, StandardCharsets.ISO_8859_1);
            if (r[1].equals("E")) {
                assertThatThrownBy(() -> Parser.decodeSource(data)).as(show).isInstanceOf(PySyntaxError.class);
            } else {
                assertThat(Parser.decodeSource(data)).as(show).isEqualTo(Corpus.b64(r[1]));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }
}
