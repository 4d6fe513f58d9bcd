package org.ember.objects;

/** Iterators over a dict's keys, values or items, in insertion order (or reversed). */
public final class DictIter extends PyObj {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    private static final String[] NAMES = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
    private static final String[] RNAMES = {"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"};
    static final PyType[] TYPES = new PyType[3];
    static final PyType[] RTYPES = new PyType[3];

    static {
        for (int i = 0; i < 3; i++) {
            TYPES[i] = PySeqIter.iterType(NAMES[i], self -> ((DictIter) self).nextItem());
            RTYPES[i] = PySeqIter.iterType(RNAMES[i], self -> ((DictIter) self).nextItem());
        }
    }

    private final PyDict dict;
    private final int kind;
    private final boolean reversed;
    private int pos;
    private final int expectedSize;

    DictIter(PyDict dict, int kind) {
        this(dict, kind, false);
    }

    DictIter(PyDict dict, int kind, boolean reversed) {
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.pos = reversed ? dict.entryCount() - 1 : 0;
        this.expectedSize = dict.size();
    }

    @Override
    public PyType type() {
        return reversed ? RTYPES[kind] : TYPES[kind];
    }

    /** The next key, value or item, or null at the end. */
    public PyObj nextItem() {
        if (dict.size() != expectedSize) {
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        if (reversed) {
            while (pos >= 0) {
                int i = pos--;
                if (dict.entryKey(i) != null) {
                    return item(i);
                }
            }
            return null;
        }
        while (pos < dict.entryCount()) {
            int i = pos++;
            if (dict.entryKey(i) != null) {
                return item(i);
            }
        }
        return null;
    }

    private PyObj item(int i) {
        switch (kind) {
            case KEYS: return dict.entryKey(i);
            case VALUES: return dict.entryValue(i);
            default: return PyTuple.of(dict.entryKey(i), dict.entryValue(i));
        }
    }
}
