package org.ember.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the tab-separated corpora that {@code gen_golden.py} produced from CPython 3.11. */
final class Corpus {
    private Corpus() {}

    static List<String[]> rows(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /parser/" + name);
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : all.split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    static Mode mode(String s) {
        switch (s) {
            case "exec": return Mode.EXEC;
            case "eval": return Mode.EVAL;
            case "single": return Mode.SINGLE;
            default: throw new IllegalArgumentException(s);
        }
    }

    static String show(String src) {
        return src.replace("\n", "\\n").replace("\t", "\\t");
    }
}
