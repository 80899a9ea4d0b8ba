"""The phrases of the challenge brief built from its data, shared by the PDF and the Markdown
file (so that both say exactly the same)."""

from __future__ import annotations

from ...core import rules
from ...core.dates import format_date
from ...core.enums import IdeaStatus, RoundMethod
from .brief_data import BriefData, PriorityLine, Quote
from .wording import plural


def title_of(data: BriefData, t: dict[str, str]) -> str:
    return t["title_theme"].format(theme=data.theme) if data.theme else t["title_ideas"]


def source_of(q: Quote, t: dict[str, str], language: str) -> str:
    if q.workshop_date:
        text = t["source"].format(workshop=q.workshop_code, number=q.number,
                                  date=format_date(q.workshop_date, language))
    else:
        text = t["source_undated"].format(workshop=q.workshop_code, number=q.number)
    if q.status != IdeaStatus.NEW:
        text += " · " + t["status"].format(status=t.get(f"status_{q.status}", q.status))
    return text


def count_phrase(data: BriefData, t: dict[str, str]) -> str:
    return t["contributions"].format(count=plural(t, "contribution", len(data.quotes)),
                                     needs=plural(t, "need", data.needs),
                                     ideas=plural(t, "idea", data.ideas))


def intro_lines(data: BriefData, t: dict[str, str], language: str) -> list[str]:
    return [t["about"].format(project=data.project),
            t["made_on"].format(today=format_date(data.made_on, language),
                                count=plural(t, "contribution", len(data.quotes)),
                                workshops=plural(t, "workshop", len(data.workshops)))]


def participation_lines(data: BriefData, t: dict[str, str]) -> list[str]:
    minimum = rules.MIN_PUBLISHED_GROUP
    where = plural(t, "the_workshop", len(data.workshops))
    lines = [t["took_part_few" if data.people is None else "took_part"].format(
        people=data.people, workshops=where, minimum=minimum), count_phrase(data, t)]
    if data.contributors is None:
        lines.append(t["contributors_few"].format(minimum=minimum))
    elif data.contributors == 0:
        lines.append(t["contributors_none"])
    else:
        lines.append(t["contributors"].format(people=data.contributors))
    if data.from_table_groups or data.anonymous:
        lines.append(t["from_groups"].format(count=data.from_table_groups,
                                             anonymous=data.anonymous))
    return lines


def people_cell(n: int | None, t: dict[str, str]) -> str:
    return t["not_shown"] if n is None else str(n)


def workshop_people(n: int | None) -> str:
    return f"< {rules.MIN_PUBLISHED_GROUP}" if n is None else str(n)


def score_text(p: PriorityLine, t: dict[str, str], language: str) -> str:
    method = RoundMethod(p.method)
    if method == RoundMethod.DOTS:
        value = f"{p.score:g}"
    elif method == RoundMethod.CRITERIA:
        value = f"{p.score:.2f}"
    else:
        value = f"{p.score:.0f}" if method == RoundMethod.PAIRWISE else f"{p.score:g}"
    if language == "nb":
        value = value.replace(".", ",")
    key = f"score_{method.value}"
    if method == RoundMethod.DOTS and p.score == 1:
        key = "score_dots_one"
    return t[key].format(score=value)


def rank_text(p: PriorityLine, t: dict[str, str]) -> str:
    rank = t["tied"].format(rank=p.rank) if p.tied else str(p.rank)
    return t["rank_of"].format(rank=rank, total=p.total)


def round_text(p: PriorityLine, t: dict[str, str]) -> str:
    voters = (t["voters_few"].format(minimum=rules.MIN_PUBLISHED_GROUP) if p.voters is None
              else t["voters"].format(people=p.voters))
    method = t.get(f"method_{p.method}", p.method)
    return f"{p.workshop_code}: {p.round_name} ({method}; {voters})"
