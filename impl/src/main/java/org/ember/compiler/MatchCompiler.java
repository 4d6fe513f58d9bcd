package org.ember.compiler;

import static org.ember.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ember.ast.Expr;
import org.ember.ast.MatchCase;
import org.ember.ast.Pattern;
import org.ember.ast.Stmt;
import org.ember.objects.PyBool;
import org.ember.objects.PyInt;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;

/**
 * Compiles {@code match} statements. Each pattern consumes the subject on top of the stack; on
 * failure it jumps to {@code fail(n)}, a label from which n stack items are popped before trying
 * the next case (CPython's "fail_pop" idea). Captures store as soon as they match, which the
 * language allows (names bound by a failed case are unspecified).
 */
final class MatchCompiler {
    private final CodeGen g;
    /** fail.get(n): pop n items, then continue at the next case. */
    private final List<Label> fail = new ArrayList<>();

    private MatchCompiler(CodeGen g) {
        this.g = g;
    }

    static void compile(CodeGen g, Stmt.Match s) {
        g.mVisit(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            boolean last = i == cases.size() - 1;
            if (!last && c.guard() == null && irrefutable(c.pattern())) {
                Pattern p = c.pattern();
                String name = p instanceof Pattern.MatchAs ? ((Pattern.MatchAs) p).name() : null;
                throw g.mError(name != null ? "name capture '" + name + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable", p.span());
            }
            checkNames(g, c.pattern());
            MatchCompiler mc = new MatchCompiler(g);
            g.mLoc(c.pattern().span());
            if (!last) {
                g.mEmit(COPY, 1);
            }
            mc.pattern(c.pattern(), 1);
            if (c.guard() != null) {
                g.mJumpIf(c.guard(), mc.fail(0), false);
            }
            if (!last) {
                g.mLoc(c.pattern().span());
                g.mEmit(POP_TOP, 0);
            }
            g.mBody(c.body());
            g.mLoc(s.span());
            g.mJump(Instr.JUMP, end);
            mc.emitFailChain();
        }
        g.mBind(end);
    }

    private static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs) {
            return ((Pattern.MatchAs) p).pattern() == null || irrefutable(((Pattern.MatchAs) p).pattern());
        }
        if (p instanceof Pattern.MatchOr) {
            for (Pattern q : ((Pattern.MatchOr) p).patterns()) {
                if (irrefutable(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rejects a name bound twice and or-patterns whose alternatives bind different names. */
    private static void checkNames(CodeGen g, Pattern p) {
        names(g, p, new LinkedHashSet<>());
    }

    private static void names(CodeGen g, Pattern p, Set<String> out) {
        String bound = null;
        if (p instanceof Pattern.MatchAs) {
            Pattern.MatchAs m = (Pattern.MatchAs) p;
            if (m.pattern() != null) {
                names(g, m.pattern(), out);
            }
            bound = m.name();
        } else if (p instanceof Pattern.MatchStar) {
            bound = ((Pattern.MatchStar) p).name();
        } else if (p instanceof Pattern.MatchMapping) {
            for (Pattern q : ((Pattern.MatchMapping) p).patterns()) {
                names(g, q, out);
            }
            bound = ((Pattern.MatchMapping) p).rest();
        } else if (p instanceof Pattern.MatchSequence) {
            for (Pattern q : ((Pattern.MatchSequence) p).patterns()) {
                names(g, q, out);
            }
        } else if (p instanceof Pattern.MatchClass) {
            for (Pattern q : ((Pattern.MatchClass) p).patterns()) {
                names(g, q, out);
            }
            for (Pattern q : ((Pattern.MatchClass) p).kwdPatterns()) {
                names(g, q, out);
            }
        } else if (p instanceof Pattern.MatchOr) {
            Set<String> first = null;
            for (Pattern q : ((Pattern.MatchOr) p).patterns()) {
                Set<String> alt = new LinkedHashSet<>();
                names(g, q, alt);
                if (first == null) {
                    first = alt;
                } else if (!first.equals(alt)) {
                    Pattern odd = captureNotIn(q, first);
                    throw g.mError("alternative patterns bind different names", (odd != null ? odd : q).span());
                }
            }
            for (String n : first) {
                if (!out.add(n)) {
                    throw g.mError("multiple assignments to name '" + n + "' in pattern", p.span());
                }
            }
        }
        if (bound != null && !out.add(bound)) {
            throw g.mError("multiple assignments to name '" + bound + "' in pattern", p.span());
        }
    }

    /** The first capture in {@code p} binding a name outside {@code names}, for error positions. */
    private static Pattern captureNotIn(Pattern p, Set<String> names) {
        if (p instanceof Pattern.MatchAs) {
            Pattern.MatchAs m = (Pattern.MatchAs) p;
            if (m.pattern() != null) {
                Pattern r = captureNotIn(m.pattern(), names);
                if (r != null) {
                    return r;
                }
            }
            return m.name() != null && !names.contains(m.name()) ? p : null;
        }
        if (p instanceof Pattern.MatchStar) {
            String n = ((Pattern.MatchStar) p).name();
            return n != null && !names.contains(n) ? p : null;
        }
        List<Pattern> subs = new ArrayList<>();
        if (p instanceof Pattern.MatchSequence) {
            subs.addAll(((Pattern.MatchSequence) p).patterns());
        } else if (p instanceof Pattern.MatchMapping) {
            subs.addAll(((Pattern.MatchMapping) p).patterns());
        } else if (p instanceof Pattern.MatchClass) {
            subs.addAll(((Pattern.MatchClass) p).patterns());
            subs.addAll(((Pattern.MatchClass) p).kwdPatterns());
        } else if (p instanceof Pattern.MatchOr) {
            subs.addAll(((Pattern.MatchOr) p).patterns());
        }
        for (Pattern q : subs) {
            Pattern r = captureNotIn(q, names);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Label fail(int pops) {
        while (fail.size() <= pops) {
            fail.add(new Label());
        }
        return fail.get(pops);
    }

    /** fail(n) pops one item and falls into fail(n-1) ... fail(0). */
    private void emitFailChain() {
        for (int n = fail.size() - 1; n >= 0; n--) {
            g.mBind(fail.get(n));
            if (n > 0) {
                g.mEmit(POP_TOP, 0);
            }
        }
    }

    /** Matches the subject on top (stack holds {@code depth} items above the case base, subject included). */
    private void pattern(Pattern p, int depth) {
        g.mLoc(p.span());
        if (p instanceof Pattern.MatchAs) {
            Pattern.MatchAs m = (Pattern.MatchAs) p;
            if (m.pattern() == null) {
                if (m.name() == null) {
                    g.mEmit(POP_TOP, 0);
                } else {
                    g.mStoreName(m.name());
                }
                return;
            }
            g.mEmit(COPY, 1);
            pattern(m.pattern(), depth + 1);
            g.mLoc(p.span());
            g.mStoreName(m.name());
        } else if (p instanceof Pattern.MatchValue) {
            g.mVisit(((Pattern.MatchValue) p).value());
            g.mLoc(p.span());
            g.mEmit(COMPARE_OP, org.ember.objects.CompareOp.EQ.ordinal());
            g.mJump(POP_JUMP_IF_FALSE, fail(depth - 1));
        } else if (p instanceof Pattern.MatchSingleton) {
            Object v = ((Pattern.MatchSingleton) p).value();
            PyObj c = v instanceof Boolean ? ((Boolean) v ? PyBool.TRUE : PyBool.FALSE) : PyNone.NONE;
            g.mLoadConst(c);
            g.mEmit(IS_OP, 0);
            g.mJump(POP_JUMP_IF_FALSE, fail(depth - 1));
        } else if (p instanceof Pattern.MatchSequence) {
            sequence((Pattern.MatchSequence) p, depth);
        } else if (p instanceof Pattern.MatchMapping) {
            mapping((Pattern.MatchMapping) p, depth);
        } else if (p instanceof Pattern.MatchClass) {
            cls((Pattern.MatchClass) p, depth);
        } else if (p instanceof Pattern.MatchOr) {
            or((Pattern.MatchOr) p, depth);
        } else {
            throw g.mError("can't use starred name here", p.span());
        }
    }

    private void sequence(Pattern.MatchSequence p, int depth) {
        List<Pattern> ps = p.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw g.mError("multiple starred names in sequence pattern", ps.get(i).span());
                }
                star = i;
            }
        }
        g.mEmit(MATCH_SEQUENCE, 0);
        g.mJump(POP_JUMP_IF_FALSE, fail(depth));
        g.mEmit(GET_LEN, 0);
        int need = star < 0 ? ps.size() : ps.size() - 1;
        g.mLoadConst(PyInt.of(need));
        g.mEmit(COMPARE_OP, star < 0 ? org.ember.objects.CompareOp.EQ.ordinal()
                : org.ember.objects.CompareOp.GE.ordinal());
        g.mJump(POP_JUMP_IF_FALSE, fail(depth));
        if (star < 0) {
            g.mEmit(UNPACK_SEQUENCE, ps.size());
        } else {
            g.mEmit(UNPACK_EX, star | (ps.size() - star - 1) << 8);
        }
        int n = ps.size();
        for (int i = 0; i < n; i++) {
            Pattern q = ps.get(i);
            int d = depth - 1 + n - i;
            if (q instanceof Pattern.MatchStar) {
                String name = ((Pattern.MatchStar) q).name();
                g.mLoc(q.span());
                if (name == null) {
                    g.mEmit(POP_TOP, 0);
                } else {
                    g.mStoreName(name);
                }
            } else {
                pattern(q, d);
            }
        }
    }

    private void mapping(Pattern.MatchMapping p, int depth) {
        List<Expr> keys = p.keys();
        g.mEmit(MATCH_MAPPING, 0);
        g.mJump(POP_JUMP_IF_FALSE, fail(depth));
        if (keys.isEmpty() && p.rest() == null) {
            g.mEmit(POP_TOP, 0);
            return;
        }
        if (!keys.isEmpty()) {
            g.mEmit(GET_LEN, 0);
            g.mLoadConst(PyInt.of(keys.size()));
            g.mEmit(COMPARE_OP, org.ember.objects.CompareOp.GE.ordinal());
            g.mJump(POP_JUMP_IF_FALSE, fail(depth));
        }
        for (Expr k : keys) {
            if (!(k instanceof Expr.Constant || k instanceof Expr.Attribute || k instanceof Expr.UnaryOp
                    || k instanceof Expr.BinOp)) {
                throw g.mError("mapping pattern keys may only match literals and attribute lookups", k.span());
            }
            g.mVisit(k);
        }
        g.mLoc(p.span());
        g.mEmit(BUILD_TUPLE, keys.size());
        // subject keys -- subject keys values|None
        g.mEmit(MATCH_KEYS, 0);
        g.mEmit(COPY, 1);
        g.mJump(POP_JUMP_IF_NONE, fail(depth + 2));
        int n = keys.size();
        g.mEmit(UNPACK_SEQUENCE, n);
        for (int i = 0; i < n; i++) {
            pattern(p.patterns().get(i), depth + 1 + n - i);
        }
        g.mLoc(p.span());
        if (p.rest() == null) {
            g.mEmit(POP_TOP, 0);
            g.mEmit(POP_TOP, 0);
            return;
        }
        // rest = dict(subject) without the matched keys (3.11's COPY_DICT_WITHOUT_KEYS, spelled out).
        g.mEmit(SWAP, 2);
        g.mEmit(BUILD_MAP, 0);
        g.mEmit(SWAP, 2);
        g.mEmit(DICT_UPDATE, 1);
        g.mEmit(SWAP, 2);
        g.mEmit(GET_ITER, 0);
        Label loop = new Label();
        Label done = new Label();
        g.mBind(loop);
        g.mJump(FOR_ITER, done);
        g.mEmit(COPY, 3);
        g.mEmit(SWAP, 2);
        g.mEmit(DELETE_SUBSCR, 0);
        g.mJump(Instr.JUMP, loop);
        g.mBind(done);
        g.mStoreName(p.rest());
    }

    private void cls(Pattern.MatchClass p, int depth) {
        g.mVisit(p.cls());
        g.mLoc(p.span());
        g.mLoadConst(g.mStrTuple(p.kwdAttrs()));
        g.mEmit(MATCH_CLASS, p.patterns().size());
        g.mEmit(COPY, 1);
        g.mJump(POP_JUMP_IF_NONE, fail(depth));
        List<Pattern> all = new ArrayList<>(p.patterns());
        all.addAll(p.kwdPatterns());
        int n = all.size();
        g.mEmit(UNPACK_SEQUENCE, n);
        for (int i = 0; i < n; i++) {
            pattern(all.get(i), depth - 1 + n - i);
        }
    }

    private void or(Pattern.MatchOr p, int depth) {
        Label success = new Label();
        List<Pattern> alts = p.patterns();
        for (int i = 0; i < alts.size(); i++) {
            MatchCompiler alt = new MatchCompiler(g);
            g.mLoc(alts.get(i).span());
            g.mEmit(COPY, 1);
            alt.pattern(alts.get(i), 1);
            g.mEmit(POP_TOP, 0);
            g.mJump(Instr.JUMP, success);
            alt.emitFailChain();
        }
        // Every alternative failed: the subject is still on top.
        g.mJump(Instr.JUMP, fail(depth));
        g.mBind(success);
    }
}
