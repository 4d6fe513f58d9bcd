package org.ember.objects;

import java.util.ArrayList;
import java.util.List;
import org.ember.objects.format.FormatException;
import org.ember.objects.format.PercentFormat;

/** {@code bytes % args} (PEP 461): adapts operands to {@link PercentFormat#formatBytes}. */
final class BytesFormat {
    private BytesFormat() {}

    /** {@code fmt % args} for a bytes or bytearray format. */
    static byte[] percent(byte[] fmt, PyObj args) {
        List<PercentFormat.Arg> list = new ArrayList<>();
        if (args instanceof PyTuple) {
            for (PyObj a : ((PyTuple) args).items()) {
                list.add(new BytesArg(a));
            }
        } else {
            list.add(new BytesArg(args));
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyByteArray)
                && !(args instanceof PyStr) && args.type().getitem != null;
        PercentFormat.Mapping m = !mapping ? null : new PercentFormat.Mapping() {
            @Override
            public PercentFormat.Arg get(String key) {
                return new BytesArg(Abstract.getItem(args, PyStr.of(key)));
            }

            @Override
            public PercentFormat.Arg getBytes(byte[] key) {
                return new BytesArg(Abstract.getItem(args, new PyBytes(key)));
            }
        };
        try {
            return PercentFormat.formatBytes(fmt, list, m);
        } catch (FormatException e) {
            String msg = e.getMessage();
            // CPython's bytes formatter reports %i as %d (its str formatter says %i).
            if (msg.startsWith("%i format:")) {
                msg = "%d" + msg.substring(2);
            }
            throw Errors.fromFormat(e.pythonType(), msg);
        }
    }

    /** An operand that also answers {@code %b}/{@code %s} (buffer or {@code __bytes__}) and {@code %c} with a byte. */
    private static final class BytesArg extends Formatting.ObjArg {
        private final PyObj o;

        BytesArg(PyObj o) {
            super(o);
            this.o = o;
        }

        @Override
        public byte[] bytes() {
            byte[] b = BytesMethods.buffer(o);
            if (b != null) {
                return b;
            }
            PyObj f = Abstract.lookupSpecial(o, "__bytes__");
            if (f != null) {
                PyObj r = Abstract.call(f, new PyObj[0], null);
                if (!(r instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                }
                return ((PyBytes) r).value;
            }
            return super.bytes();
        }

        @Override
        public int singleByte() {
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                byte[] b = BytesMethods.data(o);
                return b.length == 1 ? b[0] & 0xFF : -1;
            }
            return -1;
        }
    }
}
