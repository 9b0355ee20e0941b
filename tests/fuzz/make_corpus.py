#!/usr/bin/env python3
"""Builds the seed corpora in tests/fuzz/corpus/<target>/ from the Qt Test tables and the real catalog.

Run once from anywhere (python3 tests/fuzz/make_corpus.py); the output is committed. It reads the first
operand of every QTest::newRow row (and lines({...}) samples, "S: " server lines of the fake-server
scripts, search() queries) with a small evaluator for the C++ string expressions the tests use, and keeps
every file small. Re-running replaces the corpus directories.
"""
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
MAX_SEED = 8192  # bytes per seed file


# --- A tokenizer and evaluator for the string expressions in the test tables ----------------------------------

class Unsupported(Exception):
    pass


TOKEN = re.compile(r"""
    (?P<ws>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<str>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*")
  | (?P<chr>'(?:\\.|[^'\\\n])')
  | (?P<num>0[xX][0-9a-fA-F]+|\d+)
  | (?P<ident>[A-Za-z_][A-Za-z_0-9]*(?:::[A-Za-z_][A-Za-z_0-9]*)*)
  | (?P<op><<|::|[-+*/%(){}\[\],.;<>=!&|?:~^])
""", re.S | re.X)


def unescape(body):
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        i += 1
        e = body[i]
        simple = {"n": b"\n", "r": b"\r", "t": b"\t", "0": b"\0", "\\": b"\\", '"': b'"', "'": b"'",
                  "a": b"\a", "b": b"\b", "f": b"\f", "v": b"\v", "?": b"?"}
        if e == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 1:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 1 + len(m.group(0))
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += len(m.group(0))
        elif e in simple:
            out += simple[e]
            i += 1
        else:
            raise Unsupported("escape \\" + e)
    return bytes(out)


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise Unsupported("cannot tokenize at %r" % text[pos:pos + 20])
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group(0)
        if kind == "raw":
            kind, value = "str", m.group("rawbody").encode("utf-8")
        elif kind == "str":
            value = unescape(value[value.index('"') + 1:-1])
        elif kind == "chr":
            value = unescape(value[1:-1])
        tokens.append((kind, value))
    return tokens


class Evaluator:
    """expr := term ('+' term)*; term := primary ('.' method '(' args ')')*"""

    def __init__(self, tokens, variables):
        self.t = tokens
        self.i = 0
        self.vars = variables

    def peek(self, offset=0):
        j = self.i + offset
        return self.t[j] if j < len(self.t) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise Unsupported("expected %r, got %r" % (value, tok[1]))
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek()[1] == "+":
            self.take()
            value = value + self.term()
        return value

    def args(self):
        self.take("(")
        out = []
        while self.peek()[1] != ")":
            out.append(self.expr())
            if self.peek()[1] == ",":
                self.take()
        self.take(")")
        return out

    def braced(self):
        self.take("{")
        out = []
        while self.peek()[1] != "}":
            out.append(self.expr())
            if self.peek()[1] == ",":
                self.take()
        self.take("}")
        return out

    def term(self):
        value = self.primary()
        while self.peek()[1] == ".":
            self.take()
            method = self.take()[1]
            args = self.args()
            if method == "repeated":
                value = value * args[0]
            elif method in ("toUtf8", "toLatin1", "trimmed"):
                value = value.strip() if method == "trimmed" else value
            else:
                raise Unsupported("method " + str(method))
        return value

    def primary(self):
        kind, value = self.peek()
        if kind == "str":
            out = b""
            while self.peek()[0] == "str":
                out += self.take()[1]
            return out
        if kind == "num":
            self.take()
            return int(value, 0)
        if kind == "chr":
            self.take()
            return value
        if value == "(":
            self.take()
            v = self.expr()
            self.take(")")
            return v
        if value == "{":
            return self.braced()
        if kind == "ident":
            self.take()
            if self.peek()[1] == "{":
                items = self.braced()
                if value in ("QStringList", "QByteArrayList"):
                    return items
                if value in ("QByteArray", "QString") and len(items) == 1:
                    return items[0]
                raise Unsupported("braced " + value)
            if self.peek()[1] == "(":
                args = self.args()
                if value in ("QByteArray", "QString", "QStringLiteral", "QLatin1String", "QByteArrayLiteral",
                             "QString::fromUtf8", "QString::fromLatin1", "QStringView"):
                    if len(args) == 1 and isinstance(args[0], bytes):
                        return args[0]
                    if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], bytes):
                        return args[1] * args[0]
                    if len(args) == 0:
                        return b""
                    raise Unsupported("constructor " + value)
                if value == "QByteArray::fromHex":
                    return bytes.fromhex(args[0].decode())
                if value == "lines":
                    return b"\n".join(args[0])
                raise Unsupported("call " + value)
            if value in self.vars:
                return self.vars[value]
            raise Unsupported("identifier " + value)
        raise Unsupported("token %r" % (value,))


def statements(source, start_pattern):
    """The text of each statement starting at a match of start_pattern, up to its ';'."""
    for m in re.finditer(start_pattern, source):
        pos = m.start()
        depth = 0
        i = pos
        while i < len(source):
            c = source[i]
            if c == '"':
                i += 1
                while source[i] != '"':
                    i += 2 if source[i] == "\\" else 1
            elif c == "'" and not source[i - 1].isalnum():
                i += 1
                while source[i] != "'":
                    i += 2 if source[i] == "\\" else 1
            elif c in "({[":
                depth += 1
            elif c in ")}]":
                depth -= 1
            elif c == ";" and depth == 0:
                yield source[pos:i]
                break
            i += 1


def split_top(tokens, separator):
    parts, depth, current = [], 0, []
    for tok in tokens:
        if tok[1] in ("(", "{", "["):
            depth += 1
        elif tok[1] in (")", "}", "]"):
            depth -= 1
        if depth == 0 and tok[1] == separator:
            parts.append(current)
            current = []
        else:
            current.append(tok)
    parts.append(current)
    return parts


def evaluate(tokens, variables):
    ev = Evaluator(tokens, variables)
    value = ev.expr()
    if ev.i != len(tokens):
        raise Unsupported("trailing tokens")
    return value


def file_variables(source):
    """const QString/QByteArray name = <expr>; in the file, for scripts built from pieces."""
    variables = {}
    for stmt in statements(source, r"\bconst (?:QString|QByteArray) [A-Za-z_]\w* = "):
        m = re.match(r"const (?:QString|QByteArray) ([A-Za-z_]\w*) = (.*)", stmt, re.S)
        try:
            variables[m.group(1)] = evaluate(tokenize(m.group(2)), variables)
        except (Unsupported, IndexError, TypeError, ValueError, AttributeError):
            pass
    return variables


def row_inputs(path, operand=1):
    """Operand number `operand` (1 = first after the row name) of every newRow/addRow row that evaluates."""
    source = path.read_text(encoding="utf-8")
    variables = file_variables(source)
    out = []
    for stmt in statements(source, r"QTest::(?:newRow|addRow)\("):
        try:
            parts = split_top(tokenize(stmt), "<<")
            if len(parts) > operand:
                value = evaluate(parts[operand], variables)
                if isinstance(value, bytes):
                    out.append(value)
                elif isinstance(value, list) and all(isinstance(v, bytes) for v in value):
                    out.append(b"\n".join(value))
        except (Unsupported, IndexError, TypeError, ValueError, AttributeError):
            pass
    return out


def calls(path, pattern):
    """The evaluated first argument of every call matching pattern ('lines(', 'search().search(' …)."""
    source = path.read_text(encoding="utf-8")
    variables = file_variables(source)
    out = []
    for m in re.finditer(pattern, source):
        try:
            tokens = tokenize(source[m.end() - 1:m.end() + 4000].split(";")[0])
            # tokens[0] is '(' of the call: evaluate the first argument.
            ev = Evaluator(tokens, variables)
            ev.take("(")
            value = ev.expr()
            if isinstance(value, list):
                value = b"\n".join(value)
            out.append(value)
        except (Unsupported, IndexError, TypeError, ValueError, AttributeError):
            pass
    return out


def server_scripts(path):
    """Each fake-server script's 'S: ' lines as one CRLF stream."""
    source = path.read_text(encoding="utf-8")
    variables = file_variables(source)
    out = []
    texts = []
    for stmt in statements(source, r"QTest::(?:newRow|addRow)\("):
        try:
            for part in split_top(tokenize(stmt), "<<")[1:]:
                value = evaluate(part, variables)
                if isinstance(value, bytes):
                    texts.append(value)
        except (Unsupported, IndexError, TypeError, ValueError, AttributeError):
            pass
    for m in re.finditer(r'R"(\w*)\((.*?)\)\1"', source, re.S):  # raw string scripts
        texts.append(m.group(2).encode())
    texts += [v for v in variables.values() if isinstance(v, bytes)]
    for text in texts:
        lines = [line[3:] for line in text.split(b"\n") if line.startswith(b"S: ")]
        if lines:
            out.append(b"".join(line + b"\r\n" for line in lines))
    return out


# --- Writing -------------------------------------------------------------------------------------------------------

def write(target, seeds):
    folder = OUT / target
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    seen = set()
    for seed in seeds:
        if len(seed) > MAX_SEED or seed in seen:
            continue
        seen.add(seed)
        name = hashlib.sha1(seed).hexdigest()[:16]
        (folder / name).write_bytes(seed)
    size = sum(len(s) for s in seen)
    print("%-20s %4d files %8d bytes" % (target, len(seen), size))
    return size


def main():
    tests = ROOT / "tests"
    smtp = tests / "smtp"
    cat = tests / "catalog"

    # ReplyReader: the reader's own tables, then what the fake servers send. Two option bytes first.
    streams = row_inputs(smtp / "tst_replyreader.cpp")
    for name in ("tst_smtpclient.cpp", "tst_smtpclienttls.cpp", "tst_demoserver.cpp", "tst_redactor.cpp"):
        if (smtp / name).exists():
            streams += server_scripts(smtp / name)
    streams += [s for s in calls(smtp / "tst_capabilities.cpp", r"\breplyOf\(")]
    reader = []
    for n, stream in enumerate(streams):
        profile = n % 4
        options = (n // 4) % 2 | profile << 1 | ((n * 7) % 32) << 3
        reader.append(bytes([options, n % 256]) + stream)
    total = write("fuzz_replyreader", reader)

    # EHLO: extension lines under a greeting line, as in tst_capabilities, and real EHLO replies.
    ehlo = [b"mx.example Hi\n" + line for line in row_inputs(smtp / "tst_capabilities.cpp")]
    for stream in streams:
        for reply in re.findall(rb"(?:250-[^\r\n]*\r\n)+250 [^\r\n]*\r\n", stream):
            ehlo.append(b"\n".join(line[4:] for line in reply.split(b"\r\n") if line))
    ehlo += [b"tiny.example", b"x\nX-Custom foo\nAUTH=PLAIN\nsize 10", b"",
             b"mx\nAUTH=LOGIN PLAIN\nAUTH LOGIN CRAM-MD5\nSIZE 99999999999999999999\nSIZE -5"]
    total += write("fuzz_ehlo", ehlo)

    # ReplyDecoder: every sample text of the decoder and explain tests.
    decoder = row_inputs(cat / "tst_replydecoder.cpp") + calls(cat / "tst_replydecoder.cpp", r"\blines\(")
    decoder += calls(cat / "tst_replydecoder.cpp", r"\bdecode\(")
    for name in ("tst_explaincommand.cpp",):
        decoder += row_inputs(cat / name) + calls(cat / name, r"\blines\(")
    decoder = [d for d in decoder if d.strip()]
    total += write("fuzz_replydecoder", decoder)

    # CatalogSearch: the queries of the search, catalog and lookup tests.
    queries = row_inputs(cat / "tst_catalogsearch.cpp") + calls(cat / "tst_catalogsearch.cpp", r"\bsearch\(\)\.search\(")
    queries += row_inputs(cat / "tst_catalog.cpp") + row_inputs(cat / "tst_lookupcommand.cpp")
    queries += [b"", b"5", b"55", b"5xx", b"x.7.x", b"5.7.", b"\"app password\"", b"mat khau ung dung",
                b"\"", b"a b c d", "đ".encode(), b"x", b"4.x.x"]
    total += write("fuzz_search", [q for q in queries if len(q) <= 512])

    # CatalogLoader: small catalogs cut from the real data, each under every selector, plus broken files.
    data = ROOT / "resources" / "catalog"
    codes = json.loads((data / "codes.json").read_text(encoding="utf-8"))
    texts = {lang: json.loads((data / (lang + ".json")).read_text(encoding="utf-8")) for lang in ("en", "vi", "es")}
    entries = codes["entries"]
    picks = [entries[:1], entries[:3], [e for e in entries if e.get("variants")][:2],
             [e for e in entries if e["kind"] not in ("basic", "enhanced")][:3],
             [e for e in entries if e.get("provider")][:2]]
    loader = []
    for pick in picks:
        small = {"formatVersion": 1, "entries": pick}
        doc = json.dumps(small, ensure_ascii=False, separators=(",", ":")).encode()
        loader += [bytes([0]) + doc, bytes([4]) + doc]
        for index, lang in enumerate(("en", "vi", "es"), start=1):
            body = {"language": lang, "entries": {e["code"]: texts[lang]["entries"][e["code"]] for e in pick
                                                  if e["code"] in texts[lang]["entries"]}}
            doc = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
            loader += [bytes([index]) + doc, bytes([index | 4]) + doc]
    broken = [b"", b"{", b"[]", b"{}", b'{"entries":5}', b'{"entries":[1,"x",null]}',
              b'{"entries":[{"code":"535","kind":"basic","classes":[5],"stages":["AUTH"],"related":["X.7.8"],'
              b'"pairings":[],"rfcs":[{"doc":"RFC 4954","section":"6"}],"variants":[{"id":"v","stages":["AUTH"],'
              b'"enhanced":["5.7.8"]}]}]}',
              b'{"entries":[{"code":"","kind":"nope","classes":[],"stages":[""],"related":{},"rfcs":[{}]}]}',
              b'{"language":"en","entries":{"535":{"title":"","howToFix":[1],"providerNotes":[5],"variants":[]}}}',
              b'{"language":"xx","entries":{"999":{}}}', b'{"language":"en","entries":[]}',
              "{\"language\":\"vi\",\"entries\":{\"535\":{\"title\":\"Xác thực\"}}}".encode()]
    for n, doc in enumerate(broken):
        loader += [bytes([n % 8]) + doc]
    total += write("fuzz_catalogloader", loader)
    print("total %d bytes" % total)
    if total >= 1_000_000:
        sys.exit("corpus too large")


if __name__ == "__main__":
    main()
