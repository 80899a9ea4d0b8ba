"""The challenge brief as Markdown: the same content as the PDF, with every text escaped so
that it reads literally."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...core import rules
from ...core.dates import format_date
from ...core.enums import IdeaKind
from ...storage.database import Database
from .brief_data import BriefData, brief_data
from .brief_texts import CONSTRAINTS, CRITERIA_ROWS, texts
from .brief_wording import (
    intro_lines,
    participation_lines,
    people_cell,
    rank_text,
    round_text,
    score_text,
    source_of,
    title_of,
    workshop_people,
)

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+(?=[.)]))")


def _escape_start(m: re.Match) -> str:
    mark = m[2]
    if mark[0].isdigit():  # "12." / "12)" starts a list: escape the "." or ")" after it
        return m[1] + mark + "\\"
    return m[1] + "\\" + mark


def md_escape(text: str) -> str:
    """Text as literal Markdown: the characters that would start emphasis, code, links, HTML,
    entities or table cells are escaped, and so is anything at the start of a line that would
    make it a heading, list item, quote or rule."""
    text = _MD_INLINE.sub(r"\\\1", text)
    # (leading spaces are dropped: four of them would make a code block)
    return "\n".join(_MD_LINE_START.sub(_escape_start, line.lstrip())
                     for line in text.split("\n"))


def _md_cell(text: str) -> str:
    """A table cell: one line, with the inline characters (and ``|``) escaped."""
    return _MD_INLINE.sub(r"\\\1", " ".join(text.split())) or " "


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(_md_cell(h) for h in header) + " |",
           "|" + "|".join(" --- " for _ in header) + "|"]
    for row in rows:
        out.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
    return out


def render_markdown(data: BriefData, language: str = "en") -> str:
    t = texts(language)
    minimum = rules.MIN_PUBLISHED_GROUP
    out: list[str] = [f"# {md_escape(title_of(data, t))}", "", f"**{md_escape(data.project)}**",
                      ""]
    if data.theme_description:
        out += [md_escape(data.theme_description), ""]
    for line in intro_lines(data, t, language):
        out += [md_escape(line), ""]

    out += [f"## 1. {md_escape(t['need'])}", "", md_escape(t["need_lead"]), ""]
    for kind, heading in ((IdeaKind.NEED, "needs_described"), (IdeaKind.IDEA, "ideas_suggested")):
        quotes = [q for q in data.quotes if q.kind == kind]
        if not quotes:
            continue
        out += [f"### {md_escape(t[heading])}", ""]
        for q in quotes:
            body = md_escape(q.text).split("\n")
            if q.title:
                out.append(f"> **{md_escape(q.title)}**  ")
            out += [f"> {line}" if line.strip() else ">" for line in body]
            out += [">", f"> — *{md_escape(source_of(q, t, language))}*", ""]

    out += [f"## 2. {md_escape(t['evidence'])}", "", f"### {md_escape(t['participation'])}", ""]
    out += [" ".join(md_escape(line) for line in participation_lines(data, t)), ""]
    out += _md_table([t["workshop_col"], t["date_col"], t["people_col"], t["contributions_col"]],
                     [[f"{w.code} – {w.title}",
                       format_date(w.date, language), workshop_people(w.people),
                       str(w.contributions)] for w in data.workshops]) + [""]
    out += [f"### {md_escape(t['groups'])}", ""]
    if not data.groups:
        out += [md_escape(t["groups_too_few"].format(minimum=minimum)), ""]
    else:
        out += [md_escape(t["groups_lead"].format(minimum=minimum)), ""]
        for table in data.groups:
            out += _md_table([table.dimension, t["people_col"]],
                             [[g.label, people_cell(g.people, t)] for g in table.lines]) + [""]
    out += [f"### {md_escape(t['priorities'])}", ""]
    if not data.priorities:
        out += [md_escape(t["priorities_none"]), ""]
    else:
        out += [md_escape(t["priorities_lead"]), ""]
        out += _md_table([t["idea_col"], t["round_col"], t["rank_col"], t["score_col"]],
                         [[p.idea, round_text(p, t),
                           rank_text(p, t),
                           score_text(p, t, language)] for p in data.priorities]) + [""]

    out += [f"## 3. {md_escape(t['links'])}", "", f"### {md_escape(t['sdgs'])}", ""]
    if data.sdgs:
        out += _md_table([t["goal_col"], t["contributions_col"]],
                         [[f"{s.code}. {s.title}", str(s.count)] for s in data.sdgs]) + [""]
    else:
        out += [md_escape(t["sdgs_none"]), ""]
    out += [f"### {md_escape(t['goals'])}", ""]
    if data.goals:
        out += _md_table([t["goal_col"], t["contributions_col"]],
                         [[f"{g.code} {g.title}", str(g.count)] for g in data.goals]) + [""]
    else:
        out += [md_escape(t["goals_none"]), ""]

    out += [f"## 4. {md_escape(t['criteria'])}", "", md_escape(t["criteria_lead"]), ""]
    out += _md_table([t["criterion_col"], t["measured_col"], t["target_col"]],
                     [["", "", ""]] * CRITERIA_ROWS) + [""]
    out += [f"## 5. {md_escape(t['constraints'])}", "", md_escape(t["constraints_lead"]), ""]
    out += _md_table([t["constraint_col"], t["details_col"]],
                     [[t[key], ""] for key in CONSTRAINTS]) + [""]
    out += ["---", "", f"*{md_escape(t['privacy'].format(minimum=minimum))}*", ""]
    return "\n".join(out)


def brief_markdown(db: Database, project_id: str, *, theme_id: str | None = None,
                   idea_ids: Sequence[str] | None = None, language: str = "en") -> str:
    """The brief as Markdown (the same content as the PDF)."""
    return render_markdown(brief_data(db, project_id, theme_id=theme_id, idea_ids=idea_ids,
                                      language=language), language)
