"""Keywords per article: TF-IDF over nouns and names.

Document frequencies come from the caller (the archive keeps them over all its articles); without them the
articles enriched together (a page) are the collection, and a short list of words every report uses is left out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from banmian.enrich.model import Token

KEYWORD_TAGS = {"n", "nz", "nw", "vn", "ORG", "LOC", "PER", "an"}
# Words in nearly every 重庆日报/人民日报 report: without an archive's IDF they would top every list.
_GENERIC_WORDS = (
    "工作 发展 建设 精神 方面 问题 实际 部门 单位 全国 全市 全区 全省 我国 国家 社会 经济 群众 干部 时间 目标 任务 作用 "
    "领域 基础 情况 能力 水平 体系 机制 措施 政策 成效 成果 力量 环境 质量 服务 活动 工程 项目 企业 地区 城市 记者 本报 "
    "人民 中国 党 同志 重要 要求 意见 会议 报告 过程 阶段 方式 内容 形式 平台 重点 领导 负责人 时代 新时代 高质量 "
    "今年 去年 明年 近年来 年 月 日"
)
GENERIC = set(_GENERIC_WORDS.split())


def article_terms(tokens: Iterable[Token]) -> Counter[str]:
    """Candidate keyword counts of one article's tokens."""
    c: Counter[str] = Counter()
    for word, tag, _a, _b in tokens:
        w = word.strip()
        if tag in KEYWORD_TAGS and len(w) >= 2 and w not in GENERIC and not any(ch.isdigit() for ch in w):
            c[w] += 1
    return c


def top_keywords(terms: Counter[str], doc_freq: Mapping[str, int], n_docs: int, k: int = 8) -> list[tuple[str, float]]:
    """The ``k`` best terms by tf·idf (smoothed idf, so a term in every document still counts a little)."""
    total = sum(terms.values()) or 1
    scored = [(w, (c / total) * (math.log((1 + n_docs) / (1 + doc_freq.get(w, 0))) + 1.0)) for w, c in terms.items()]
    scored.sort(key=lambda x: (-x[1], x[0]))
    return [(w, round(s, 4)) for w, s in scored[:k]]
