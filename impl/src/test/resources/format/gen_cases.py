#!/usr/bin/env python3
r"""Generates cases.tsv: expected outputs of CPython 3.11 for org.ember.objects.format tests.

Run with CPython 3.11 (the oracle):  python3 gen_cases.py > cases.tsv
Each line: kind <TAB> expected <TAB> inputs...
expected is '=' + result, or '!' + ExceptionType + ': ' + message.
Fields are escaped: backslash, tab, newline, CR, other C0 controls, DEL and surrogates
become \\, \t, \n, \r, \uXXXX.  Floats are written with float.hex() (or inf/-inf/nan),
ints in hexadecimal (so huge values are not limited by int max str digits).
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

# GEN_SEED / GEN_SCALE allow one-off bigger fuzz runs; the committed file uses the defaults.
rng = random.Random(int(os.environ.get('GEN_SEED', '20261126')))
SCALE = int(os.environ.get('GEN_SCALE', '1'))
out = []


def esc(s):
    r = []
    for ch in s:
        c = ord(ch)
        if ch == '\\':
            r.append('\\\\')
        elif ch == '\t':
            r.append('\\t')
        elif ch == '\n':
            r.append('\\n')
        elif ch == '\r':
            r.append('\\r')
        elif c < 0x20 or c == 0x7f or 0xd800 <= c < 0xe000:
            r.append('\\u%04x' % c)
        else:
            r.append(ch)
    return ''.join(r)


def fenc(x):
    x = float(x)
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x.hex()


def ienc(v):
    return format(v, 'x')


def case(kind, fn, *inputs):
    try:
        res = fn()
        if isinstance(res, float):
            res = fenc(res)
        elif isinstance(res, int):
            res = ienc(res)
        exp = '=' + res
    except (ValueError, TypeError, OverflowError, KeyError, MemoryError) as e:
        exp = '!' + type(e).__name__ + ': ' + str(e)
    out.append('\t'.join([kind, esc(exp)] + [esc(i) for i in inputs]))


def rand_double():
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if not math.isnan(x):
            return x


EDGE = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 100.0,
        1e16, 1e17, 1e22, 1e23, 1e15, 9999999999999998.0, 123456789012345678.0, 1e-4, 1e-5,
        0.0001, 0.00001234, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
        1.7976931348623157e308, 4.9406564584124654e-324, 1e308, 1e-308, 123.456, -123.456,
        1234567.0, 12345678.9, 0.000123456, 3.141592653589793, 2.718281828459045, 1e100,
        9.999999999999999e22, 5e-5, 0.05, 0.5e-4, 1.25, 0.375, 999999.5, 9.5, 99.5, 0.95,
        math.inf, -math.inf, math.nan, 2 ** 53, 2 ** 53 + 2, 2.0 ** 63, 2.0 ** -1022,
        1.1, 2.675, 1.005, 0.045, 1e21, 1e-7, 8.5, 0.0625, 7.0e-10, 12.0, 1234.5]
EDGE = [float(v) for v in EDGE]

# ---- float repr -------------------------------------------------------------------
for x in EDGE:
    case('repr', lambda: repr(x), fenc(x))
for k in range(-1074, 1024):
    x = 2.0 ** k
    case('repr', lambda: repr(x), fenc(x))
for k in range(-30, 30):
    for m in (1, 3, 7, 9.5, 1.23456789):
        x = m * 10.0 ** k
        case('repr', lambda: repr(x), fenc(x))
for _ in range(4000 * SCALE):
    x = rand_double()
    case('repr', lambda: repr(x), fenc(x))
for _ in range(1500 * SCALE):
    x = round(rng.uniform(-1000, 1000), rng.randint(0, 8))
    case('repr', lambda: repr(x), fenc(x))
for _ in range(500 * SCALE):
    x = rng.random() * 10.0 ** rng.randint(-320, 308)
    case('repr', lambda: repr(x), fenc(x))

# ---- float format -----------------------------------------------------------------
FILLS = ['', '', '', 'x', '*', '0', '\U0001f600', ' ', '<', '=']
ALIGNS = ['', '', '<', '>', '=', '^']


def rand_spec(types):
    s = ''
    a = rng.choice(ALIGNS)
    if a:
        s += rng.choice(FILLS) + a
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.randint(0, 30))
    if rng.random() < 0.25:
        s += rng.choice(',_')
    if rng.random() < 0.5:
        s += '.' + str(rng.choice([0, 1, 2, 3, 5, 10, 17, 20, 30]))
    s += rng.choice(types)
    return s


FLOAT_TYPES = list('eEfFgGn%') + ['', '', '', 'd', 'x', 's']
FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.5', '.16',
               '.17', '.20', '#', '#.0', '#.3', '.0e', '#.0e', '.0f', '#.0f', '.0g', '#.0g',
               '#g', '.3g', '.10g', '#.10g', '.17g', '.25f', '.30e', '.100f', '.400f', '.3%',
               '+', ' ', '-', '+.2f', ' .2e', 'z', 'z.0f', 'z.1f', 'z+.0f', '+z.0f', 'z.3g',
               '10', '<10', '>10', '^10', '=10', '010', '+010', '-010.3', '*^15.4f', 'x=+12.2f',
               '\U0001f600<12', ',', '_', ',.2f', '_.3f', '015,.2f', '014_.2f', '0=15,', ',e',
               ',g', ',%', ',n', '_n', ',.0f', '020,', '016,.1f', '#,.0f', '0<10', ',d', 'd',
               'x', 'c', 's', '\xe9', 'abc', '.', '1.2.3', ',_', '_,', ',,', '.2,f',
               '99999999999999999999', '.99999999999999999999', 'z#010.1f', '+#,.3e',
               '.1000e', '^#30.20G', '.2147483648f', '.2147483648', '.2147483647e',
               '9223372036854775807', '9223372036854775808', '\U0001f600', ',\U0001f600',
               ' ', '_\x00', 'z%', 'z.0%', '#%', '0%', '=^10', '\x00>6']
for x in EDGE + [-0.0001, -1e-7, -0.4, -0.5, 1e-300, -1e300, 0.001, 123456.789]:
    for s in FLOAT_SPECS:
        case('ffmt', lambda: format(x, s), fenc(x), s)
for _ in range(3000 * SCALE):
    x = rng.choice([rand_double(), rng.uniform(-1e6, 1e6), rng.uniform(-1, 1),
                    round(rng.uniform(-100, 100), 2), rng.choice(EDGE)])
    s = rand_spec(FLOAT_TYPES)
    case('ffmt', lambda: format(x, s), fenc(x), s)

# ---- int format -------------------------------------------------------------------
INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65, 0x10ffff, 0x110000, 1234567,
        -1234567, 2 ** 31, 2 ** 32 - 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 30,
        2 ** 100, 12345678901234567890, 10 ** 16, 2 ** 1023, 2 ** 1024, 10 ** 4299, 10 ** 4300,
        -10 ** 4300, 0xabcdef, 0o777, 9007199254740993]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d',
             '+x', '#010x', '010', '0=10', '08,', '09,', '0=10,', 'x=10,', '<010', '0<5',
             '*^12', '\U0001f600>8', ',', '_', '_b', '_o', '_x', '_X', '#_x', '012_x',
             '#012_b', '020_o', ',x', ',b', ',n', '_n', ',c', '_c', '+c', '#c', '-c', ' c',
             '5c', '<5c', '05c', '=5c', '.2', '.2c', 'z', 'zc', ' z', 'z.2', 'e', 'E', 'f',
             'F', 'g', 'G', '%', '.2e', ',.2f', '.3%', '#g', 'q', 's', 'r', '\x01', '\xe9',
             'abc', ',,', ',_', '.', '012,', '-012,d', '+015_d', '^20,', '=+12', '#', '#d',
             '#n', '10_', 'z%', '.2147483648', '9223372036854775807']
for v in INTS:
    # Huge values only with a few specs, to keep the file small.
    for s in (INT_SPECS if abs(v) < 10 ** 100 else ['', 'd', 'x', ',', '_o', 'e', '%', 'c', 'q']):
        case('ifmt', lambda: format(v, s), ienc(v), s, 'int')
for s in ['', 'q', 'd', '+c', 'x', 'f']:
    case('ifmt', lambda: format(True, s), ienc(1), s, 'bool')
for _ in range(2500 * SCALE):
    v = rng.choice([rng.randint(-1000, 1000), rng.randint(-2 ** 70, 2 ** 70),
                    rng.randint(0, 0x10ffff), rng.randint(-10 ** 40, 10 ** 40)])
    s = rand_spec(list('bdoxXnc') + ['', '', 'e', 'f', 'g', '%', 'E', 'G', 's', 'F'])
    case('ifmt', lambda: format(v, s), ienc(v), s, 'int')

for v in INTS + [rng.randint(-2 ** 200, 2 ** 200) for _ in range(50)]:
    for f in (bin, oct, hex):
        case('ibase', lambda: f(v), ienc(v), {bin: '2', oct: '8', hex: '16'}[f])

# ---- str format -------------------------------------------------------------------
STRS = ['', 'a', 'ab', 'hello', 'h\xe9llo', '\U0001f600ab', 'a\U0001f600b\U0001f601', 'x' * 12]
STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', 'x^7', '\U0001f600^9', '0<5', '05', '010',
             '=5', '^=5', '+', '-', ' ', 'z', 'z#', '#', '#=', '+z#=', '.0', '.1', '.3', '10.2',
             '*>10.3s', ',', '_', ',s', 'd', '+d', '=d', 'r', '\xe9', 'abc', '.', '\x00<5',
             '<<5', '>>', '^', '099', '.9223372036854775807', '.9223372036854775808']
for v in STRS:
    for s in STR_SPECS:
        case('sfmt', lambda: format(v, s), v, s)
for _ in range(400 * SCALE):
    v = rng.choice(STRS)
    s = rand_spec(['', '', 's', 'd'])
    case('sfmt', lambda: format(v, s), v, s)

# ---- complex ----------------------------------------------------------------------
CPLX = [(1, 2), (0, 2), (0.0, -2), (-0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0),
        (1.5, -2.25), (math.nan, math.inf), (math.inf, -math.inf), (-math.nan, math.nan),
        (1e16, 1e16), (0, 1e16), (1e-5, 1e-5), (1234.5, 6789), (-1234567.125, 0.1),
        (0.1, 0.2), (5e-324, 1.7976931348623157e308), (3, 0), (-3, 0)]
for re_, im_ in CPLX:
    z = complex(re_, im_)
    case('crepr', lambda: repr(z), fenc(re_), fenc(im_))
CPLX_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', '.2', '.0', '.2f', '+', ' ',
              '-', '+.3e', '10', '<20', '^20', '*>25', '=10', '010', '0<10', 'x<10', 'z',
              'z.0f', ',', ',.2f', '_g', '#', '#.0f', '#g', '.20', '\U0001f600^30.3g', ',n']
for re_, im_ in CPLX:
    z = complex(re_, im_)
    for s in CPLX_SPECS:
        case('cfmt', lambda: format(z, s), fenc(re_), fenc(im_), s)
for _ in range(600 * SCALE):
    re_, im_ = rand_double(), rand_double()
    if rng.random() < 0.5:
        re_, im_ = rng.uniform(-100, 100), rng.uniform(-100, 100)
    z = complex(re_, im_)
    case('crepr', lambda: repr(z), fenc(re_), fenc(im_))
    s = rand_spec(list('eEfFgGn') + ['', '', '%'])
    case('cfmt', lambda: format(z, s), fenc(re_), fenc(im_), s)

# ---- str repr / ascii -------------------------------------------------------------
SREPR = ['', 'a', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'nl\n', 'cr\r',
         '\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xe9\xff', '\u0100\u2028\u2029\u200b\ufeff\uffff',
         '\U0001f600\U000e0001\U0010ffff\U000f0000', '\ud800', 'a\udfffb', '\u3000\u00a0 ',
         '\u0378', '\u0660\u0669', 'caf\xe9', '\u1680\u180e\u2000\u200a\u2060\u3000',
         'x' * 5 + "'" + '"', '\u0888\u1715\U0001faf6\U00016ac0', '\U000e01ef\U000e01f0']
for _ in range(300 * SCALE):
    n = rng.randint(0, 8)
    chars = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            chars.append(chr(rng.randint(0, 0x7f)))
        elif r < 0.7:
            chars.append(chr(rng.randint(0x80, 0x2fff)))
        elif r < 0.9:
            chars.append(chr(rng.randint(0x3000, 0xffff)))
        else:
            chars.append(chr(rng.randint(0x10000, 0x10ffff)))
    SREPR.append(''.join(chars))
for v in SREPR:
    case('srepr', lambda: repr(v), v)
    case('sascii', lambda: ascii(v), v)

# ---- float(str) -------------------------------------------------------------------
FPARSE = ['1', '1.5', ' 1.5 ', '\t\n1e5\x0b\x0c', '\u20001\u3000', '\x1c2\x1f', '\x851\xa0',
          '-0', '+0.0', '-.5', '5.', '.', '', ' ', 'abc', ' abc ', '1_0', '1__0', '_1', '1_',
          '1_0.5_5', '1._5', '1_.5', '1e1_0', '1e_10', '1_e10', '0x10', 'inf', '-inf', '+inf',
          'INF', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan', '+NaN', 'nanx', 'in f',
          '1e', '1e+', '1e-5', '1E+308', '1e309', '-1e309', '1e-400', '2.5e-324', '2.4e-324',
          '2.4703282292062328e-324', '2.4703282292062327e-324',
          '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999',
          '0.' + '0' * 400 + '1', '1' * 400, '٣.١٤', '\U0001d7d9', '1.5j', '1 5', '--1', '+-1',
          '1e5.5', 'e5', '١e٢', '0' * 50 + '1.5', '1\x00', 'x' * 300, '\u0660_\u0661',
          '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
          '9007199254740993', '0.1e-5_0', '\U00016ac1.\U00016ac5', '\U00016ac9e\U00016ac1']
for _ in range(1000 * SCALE):
    x = rand_double()
    FPARSE.append(repr(x))
    FPARSE.append('%.*e' % (rng.randint(0, 25), x))
for _ in range(200 * SCALE):
    FPARSE.append(''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40))) + '.'
                  + ''.join(rng.choice('0123456789') for _ in range(rng.randint(0, 40)))
                  + rng.choice(['', 'e' + str(rng.randint(-350, 350))]))
for v in FPARSE:
    case('fparse', lambda: float(v), v)

# ---- int(str, base) ---------------------------------------------------------------
IPARSE = [('0', 10), ('-0', 10), ('+17', 10), (' 42 ', 10), ('\u3000 7\n', 10), ('1_000', 10),
          ('1__000', 10), ('_1', 10), ('1_', 10), ('', 10), (' ', 10), ('x', 10), ('+-1', 10),
          ('٣', 10), ('z', 36), ('Z', 36), ('10', 2), ('2', 2), ('0b101', 2), ('0b101', 0),
          ('0b101', 16), ('0B_1', 0), (' 0b_101 ', 0), ('0x_1f', 16), ('0x1F', 0), ('0x', 16),
          ('0o17', 8), ('0o17', 0), ('017', 0), ('010', 0), ('0_0', 0), ('00', 0), ('0_7', 0),
          ('0', 0), ('9', 0), ('5', 37), ('5', 1), ('5', -1), ('5', 100), ('ff', 16),
          ('-FF', 16), ('1' * 4300, 10), ('1' * 4301, 10), ('1_' * 2500 + '1', 10),
          ('1' * 5000, 16), ('1' * 5000, 2), ('1' * 5000, 3), ('1' * 5000, 0), ('x' * 300, 10),
          ('é' * 3, 10), ('12345678901234567890123', 10), ('-9223372036854775808', 10),
          ('9223372036854775807', 10), ('9223372036854775808', 10), ('zz', 35), ('0x', 0),
          ('0b', 0), ('0o8', 8), ('1 2', 10), ('1\x00', 10), ('٣_٣', 10), ('0' * 5000, 10), ('\U00016ac3\U00016ac0', 10),
          ('\x1c1', 10), ('\x851\x85', 10)]
for _ in range(300 * SCALE):
    b = rng.choice([0, 2, 8, 10, 16, 36, 3, 7, 20])
    v = rng.randint(-10 ** 30, 10 ** 30)
    txt = format(v, {2: 'b', 8: 'o', 16: 'x'}.get(b, 'd')) if b in (0, 2, 8, 10, 16) else None
    if txt is None:
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'[:b]
        txt = rng.choice(['', '-', '+']) + ''.join(rng.choice(digs) for _ in range(rng.randint(1, 30)))
    IPARSE.append((txt, b))
for v, b in IPARSE:
    case('iparse', lambda: int(v, b), v, str(b))

# ---- float.hex / fromhex / round ---------------------------------------------------
HEXV = EDGE + [rand_double() for _ in range(500)]
for x in HEXV:
    case('fhex', lambda: x.hex(), fenc(x))
FROMHEX = ['0x1p0', '0X1.8P+1', ' -0x1.8p1 ', 'inf', '-Infinity', 'nan', '+NAN', '1.', '.',
           '0x.p1', '0x.8', '1', 'a', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
           '0x1p1024', '0x1p-1074', '0x1p-1075', '0x1.1p-1075', '0x1p-1076', '0x3p-1076',
           '0x1p-99999999999999999999', '0x1p99999999999999999999', 'zz', '', ' ', '0x',
           '0x1p', '0x1p+', '0x1.000000000000080p0', '0x1.000000000000081p0',
           '0x1.000000000000180p0', '0x0.0000000000001p-1022', '0x1.0000000000001p-1023',
           '0x' + '0' * 100 + '1p0', '0x1' + '0' * 300 + 'p-1200', '-0x0p0', '0x1_0p0',
           '\t0x1p0\n', '0x1 p0', '1e5', 'ff', 'fF.8', '0x1.8p+0x', 'infinit', '-nan',
           '0x1p-1022', '0x1.ffffffffffffep-1023', '0x1.fffffffffffffp-1023']
for _ in range(300 * SCALE):
    FROMHEX.append(rand_double().hex())
    FROMHEX.append(('-' if rng.random() < 0.3 else '') + '0x'
                   + ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randint(1, 20)))
                   + rng.choice(['', '.']) + ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(0, 20)))
                   + rng.choice(['', 'p' + str(rng.randint(-1100, 1100))]))
for v in FROMHEX:
    case('fromhex', lambda: float.fromhex(v), v)
ROUNDS = [(2.5, 0), (3.5, 0), (-2.5, 0), (-0.4, 0), (0.125, 2), (0.375, 2), (2.675, 2),
          (1.005, 2), (1234.5, -1), (1250.0, -2), (1350.0, -2), (1.7976931348623157e308, -308),
          (1.7976931348623157e308, -307), (1e300, -400), (-1e300, -400), (5e-324, 323),
          (5e-324, 324), (5e-324, 322), (math.inf, 2), (-math.inf, 0), (math.nan, 2),
          (0.0, 2), (-0.0, -2), (123.456, 1000), (123.456, -1000), (0.5, 0), (1.5, 0),
          (9.995, 2), (1e22, -22), (5e22, -23), (4.9e22, -23), (1e-320, 320), (0.1, 1)]
for _ in range(500 * SCALE):
    ROUNDS.append((rand_double(), rng.randint(-20, 20)))
    ROUNDS.append((rng.uniform(-1000, 1000), rng.randint(-3, 6)))
for x, n in ROUNDS:
    case('round', lambda: round(x, n), fenc(x), str(n))

# ---- percent formatting -----------------------------------------------------------
# Arguments: i:<hex int>  b:True/False  f:<float hex>  s:<str>  n:None  l:<list repr, one int>
# The args field is T (tuple), S (single) or M (mapping); mapping entries are key=value.


def aenc(v):
    if isinstance(v, bool):
        return 'b:' + str(v)
    if isinstance(v, int):
        return 'i:' + ienc(v)
    if isinstance(v, float):
        return 'f:' + fenc(v)
    if isinstance(v, str):
        return 's:' + v
    if isinstance(v, bytes):
        return 'y:' + v.decode('latin-1')
    if v is None:
        return 'n:'
    raise AssertionError(v)


def pcase(fmt, args):
    if isinstance(args, tuple):
        enc = ['T'] + [aenc(a) for a in args]
    elif isinstance(args, dict):
        enc = ['M'] + [(k.decode('latin-1') if isinstance(k, bytes) else k) + '=' + aenc(a)
                       for k, a in args.items()]
    else:
        enc = ['S', aenc(args)]
    if isinstance(fmt, bytes):
        if isinstance(args, dict):
            enc = ['M'] + [k.decode('latin-1') + '=' + aenc(a) for k, a in args.items()]
        case('bpct', lambda: (fmt % args).decode('latin-1'), fmt.decode('latin-1'), *enc)
    else:
        case('pct', lambda: fmt % args, fmt, *enc)


PCT = [('%s', 'abc'), ('%s', 1), ('%s', 1.5), ('%s', None), ('%s', True), ('%r', 'a\'b'),
       ('%a', '\xe9\n'), ('%.2r', 'abc'), ('%5s|%-5s|', ('a', 'b')), ('%5.1s', 'abc'),
       ('%05s', 'ab'), ('%+s', 'ab'), ('%%', ()), ('a%%b', ()), ('%5%', (1,)), ('%5%', ()),
       ('%-5%|', (1,)), ('%d', 42), ('%i', -42), ('%u', 7), ('%d', 3.7), ('%d', -3.7),
       ('%d', True), ('%d', 2 ** 70), ('%d', 10 ** 4300), ('%x', 10 ** 4300), ('%d', 'x'),
       ('%i', 'x'), ('%u', None), ('%x', 1.5), ('%o', 1.5), ('%X', 'a'), ('%x', 255),
       ('%X', 255), ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%o', -8), ('%#x', 0),
       ('%#o', 0), ('%.3x', 5), ('%#.3x', 5), ('%+.3d', -5), ('%08.3d', 5), ('%-08d', 5),
       ('%0*d', (5, -3)), ('%*d', (-5, 1)), ('%*d', ('a', 1)), ('%.*f', (-3, 1.5)),
       ('%.*s', (-1, 'abc')), ('%.*d', (2, 5)), ('%*.*f', (10, 2, 3.14159)),
       ('%*d', (1.5, 1)), ('%  d', 5), ('% +d', 5), ('%+ d', 5), ('%-05d', -3), ('% 05d', 3),
       ('%+05d', 3), ('%ld', 5), ('%lld', 5), ('%hd', 5), ('%Ld', 5), ('%.0x', 0),
       ('%.0d', 0), ('%c', 65), ('%c', 'é'), ('%c', '\U0001f600'), ('%c', 'ab'), ('%c', ''),
       ('%c', 1.5), ('%c', -1), ('%c', 0x110000), ('%c', True), ('%5c', 65), ('%-5c|', 65),
       ('%.2c', 65), ('%05c', 65), ('%e', 1.5), ('%E', 1e100), ('%f', 1e300), ('%F', math.inf),
       ('%f', -math.inf), ('%+f', math.nan), ('%e', 'x'), ('%f', None), ('%e', True),
       ('%e', 10 ** 400), ('%f', 2 ** 60), ('%g', 1e-5), ('%G', 1e-5), ('%g', 123456789),
       ('%#g', 1.0), ('%#.0f', 1.0), ('%#.0e', 1.0), ('%.0f', 2.5), ('%.0f', 3.5),
       ('%10.3f|', 3.14159), ('%-10.3e|', -3.14159), ('%010.2f', -3.14159), ('%+.2f', 0.0),
       ('% .2f', -0.0), ('%.100f', 0.1), ('%.20g', 0.1), ('%.50e', 1 / 3), ('%5.2%', ()),
       ('%', ()), ('abc%', 1), ('%(a', {'a': 1}), ('%(a)s', {'a': 1}), ('%(a)s', 5),
       ('%(a)s', ()), ('%(a)s %s', {'a': 1}), ('%(a)s %(b)05.1f', {'a': 'x', 'b': 2.25}),
       ('%(a(b)c)s', {'a(b)c': 2}), ('%()s', {'': 3}), ('%(a)*d', {'a': 1}),
       ('%y', ()), ('%y', 1), ('abc %y', 1), ('%\x01', 1), ('%é', 1), ('%\U0001f600', 1),
       ('%d', ()), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('', 5), ('', ()), ('', ('a',)),
       ('', {'a': 1}), ('%s', ()), ('%d %d', (1, 2, 3)), ('%999999999999999999999d', 1),
       ('%.999999999999999999999d', 1), ('%-*d|', (3, 1)), ('%#5x|', 1), ('%#-8o|', 8),
       ('%r', 1.5), ('%a', 1e16), ('%s', -0.0), ('%x', -255), ('%#X', -255), ('%+x', 255),
       ('% o', 8), ('%.5s', '\U0001f600abcdef'), ('%(x)s %(x)r', {'x': 'q'}),
       ('%c', 0x10ffff), ('%s %s %s', (1, 2.5, 'z')), ('x%sy%sz', ('1', '2')),
       ('%.3d', -2 ** 70), ('%+.1e', -0.0), ('%i', 1e20), ('%d', math.inf), ('%d', math.nan),
       ('%(a)%', {'a': 1}), ('%(a)', {'a': 1}), ('%.', 1), ('%-', 1), ('%*', (1,)), ('%l', 1),
       ('%.*', (1,)), ('%5', 1), ('%(a)s%(b)s', {'a': 1}), ('%s%%%s', (1, 2)), ('%%%', ()),
       ('%x', True), ('%.1f%%', 99.5), ('%010f', math.inf), ('%-010.2e|', -math.inf),
       ('%010.3f', math.nan), ('%+#x', 0), ('%c', 2 ** 64), ('%*s', (2 ** 40, 'a')), ('%-+8.2f|', 1.0), ('%#.3g', 100.0), ('%.0g', 0.0)]
for fmt, args in PCT:
    pcase(fmt, args)
PCT_CONV = list('diouxXeEfFgGcrsa')
for _ in range(800 * SCALE):
    conv = rng.choice(PCT_CONV)
    flags = ''.join(rng.choice('#0- +') for _ in range(rng.randint(0, 3)))
    width = rng.choice(['', '', str(rng.randint(0, 15))])
    prec = rng.choice(['', '', '.' + str(rng.randint(0, 12))])
    if conv in 'diouxXc':
        v = rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 0x10ffff), rng.randint(-2 ** 80, 2 ** 80), True])
    elif conv in 'eEfFgG':
        v = rng.choice([rand_double(), rng.uniform(-1e5, 1e5), rng.randint(-1000, 1000), rng.choice(EDGE)])
    else:
        v = rng.choice(['abc', 'h\xe9\n', 12, 2.5, None, ''])
    pcase('%' + flags + width + prec + conv, (v,))

BPCT = [(b'%s', b'ab'), (b'%b', b'ab'), (b'%s', 'x'), (b'%s', 5), (b'%r', '\xe9'),
        (b'%a', b'x'), (b'%a', 1.5), (b'%.2a', 'xyz'), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'),
        (b'%c', 'a'), (b'%c', b'a'), (b'%c', True), (b'%c', 65), (b'%5c', 65), (b'', 5), (b'', ()),
        (b'%y', 5), (b'%\xe9', 5), (b'%\x01', 5), (b'%\x7f', 5), (b'%d', 'x'), (b'%x', 1.5),
        (b'%f', 'x'), (b'%f', None), (b'%f', 10 ** 400), (b'%5.1s|%-4b|', (b'abc', b'x')),
        (b'\xff%d\x00', 5), (b'%(a)s', {b'a': b'v'}), (b'%', ()), (b'%(a', {}), (b'%*d', ('a', 1)),
        (b'%s %s', (b'a',)), (b'%i', 1e20), (b'%r', 1.5), (b'%d', 10 ** 5000), (b'%#x', 255),
        (b'%+.3e', 1.5), (b'%-6s|', b'\xff\x00'), (b'%s %s', (b'a', b'b', b'c')), (b'%%', ()),
        (b'%05d', -42), (b'%x', -255), (b'%10.4f', 3.14159), (b'%g', 1e-10), (b'%(a)s', 5)]
for fmt, args in BPCT:
    pcase(fmt, args)
for v in [b'', b'a', b"it's", b'"', b'both \' "', b'\\', b'\t\n\r\x00\x7f\x80\xff', bytes(range(256))]:
    case('brepr', lambda: repr(v), v.decode('latin-1'))

# ---- str.format syntax ------------------------------------------------------------
import _string
import string


def chunks_enc(fs):
    parts = []
    for lit, fn, spec, conv in string.Formatter().parse(fs):
        parts.append('\x01'.join([lit, 'N' if fn is None else 'S' + fn,
                                  'N' if spec is None else 'S' + spec,
                                  'N' if conv is None else 'S' + conv]))
    return '\x02'.join(parts)


def key_enc(k):
    return ('I%d' % k) if isinstance(k, int) else 'S' + k


def fname_enc(name):
    first, rest = _string.formatter_field_name_split(name)
    return '\x01'.join([key_enc(first)] + [('A' if a else 'K') + key_enc(k) for a, k in rest])


FSTR = ['', 'abc', '{', '}', '{{', '}}', 'a{0}b', '{0!r:>{1}}', '{!}', '{0!}', '{0!rr}', '{0!x}',
        '{0:{1:{2}}}', '{a.b[c]}', '{{}}', 'x}}y', '{0[}', '{0.}', '{0]}', '{:', '{0!r', '{0:',
        'a{', '{ }', '{0[a]x}', '{0:}', '{!r}', '{[0]}', '{0!s:}', '{0[}]}', '{0!}}', '{0:{}',
        '{0:}}', '{0:{{}}}', '{0[a:b]}', '{0[a!b]}', '{0[a}', '{0[a]', '{0', '{!', '{0!r:abc',
        '{0:a{b}c}', '{0:a{b', '{0:a}b}', '{0!r}}', '{0!rx}', '{0!r!s}', '{0!:}', '{0[{]}',
        '{0:[}', '{a{b}c}', '{0!{}', '{0![}', '{0{}', '{0}}}', '{{{0}}}', '}{', '{}}', '{a{',
        '{\U0001f600!\U0001f600}', '{0!\U0001f600:x}', 'caf\xe9 {0:\xe9^5}']
for _ in range(1500 * SCALE):
    FSTR.append(''.join(rng.choice('{{}}[]!:.ars0x') for _ in range(rng.randint(1, 12))))
for v in FSTR:
    case('fstr', lambda: chunks_enc(v), v)
FNAME = ['0', 'a.b[c][0]', '0.', '0[]', '0[a]x', '0[a', '', '[0]', '.a', '0..a', 'a[0]]',
         '0[a]b', 'a.b.c', '00', '-1', '1a', '0[1][-1]', 'a[ ]', ' ', '0.[', '0.a[', '0[a.b]',
         'a[0]. b', 'a]', 'x[]y', '\u0661', '0[\u0661]', '99999999999999999999',
         '0[99999999999999999999]', '9223372036854775807', '9223372036854775808', '+1', '0x1']
for _ in range(500 * SCALE):
    FNAME.append(''.join(rng.choice('ab01[].') for _ in range(rng.randint(0, 10))))
for v in FNAME:
    case('fname', lambda: fname_enc(v), v)
for ch in ['x', ' ', '\x01', '\x7f', '\xe9', '!', '~', '\U0001f600', 'R', '0']:
    def conv():
        return ('{0!' + ch + '}').format(1)
    case('fconv', conv, ch)

sys.stdout.write('\n'.join(out) + '\n')
