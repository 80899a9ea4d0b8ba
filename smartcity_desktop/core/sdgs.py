"""The 17 UN Sustainable Development Goals with their official short titles and colours
(UN SDG communications guidelines)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SDG:
    number: int
    short_title: str
    colour: str  # official hex colour


SDGS: tuple[SDG, ...] = (
    SDG(1, "No poverty", "#E5243B"),
    SDG(2, "Zero hunger", "#DDA63A"),
    SDG(3, "Good health and well-being", "#4C9F38"),
    SDG(4, "Quality education", "#C5192D"),
    SDG(5, "Gender equality", "#FF3A21"),
    SDG(6, "Clean water and sanitation", "#26BDE2"),
    SDG(7, "Affordable and clean energy", "#FCC30B"),
    SDG(8, "Decent work and economic growth", "#A21942"),
    SDG(9, "Industry, innovation and infrastructure", "#FD6925"),
    SDG(10, "Reduced inequalities", "#DD1367"),
    SDG(11, "Sustainable cities and communities", "#FD9D24"),
    SDG(12, "Responsible consumption and production", "#BF8B2E"),
    SDG(13, "Climate action", "#3F7E44"),
    SDG(14, "Life below water", "#0A97D9"),
    SDG(15, "Life on land", "#56C02B"),
    SDG(16, "Peace, justice and strong institutions", "#00689D"),
    SDG(17, "Partnerships for the goals", "#19486A"),
)

SDG_BY_NUMBER = {s.number: s for s in SDGS}

# The official Norwegian short titles of the 17 goals (FN-sambandet); English ones are above.
SDG_TITLES_NB = {
    1: "Utrydde fattigdom", 2: "Utrydde sult", 3: "God helse og livskvalitet",
    4: "God utdanning", 5: "Likestilling mellom kjønnene",
    6: "Rent vann og gode sanitærforhold", 7: "Ren energi for alle",
    8: "Anstendig arbeid og økonomisk vekst", 9: "Innovasjon og infrastruktur",
    10: "Mindre ulikhet", 11: "Bærekraftige byer og lokalsamfunn",
    12: "Ansvarlig forbruk og produksjon", 13: "Stoppe klimaendringene", 14: "Livet i havet",
    15: "Livet på land", 16: "Fred, rettferdighet og velfungerende institusjoner",
    17: "Samarbeid for å nå målene",
}


def sdg_title(number: int, language: str) -> str:
    """The goal's short title in ``language`` ("nb"; anything else gives English)."""
    if language == "nb":
        return SDG_TITLES_NB[number]
    return SDG_BY_NUMBER[number].short_title


def check_sdg_numbers(numbers) -> list[int]:
    """Return the SDG numbers sorted and de-duplicated; raise on a number outside 1..17."""
    from .errors import ValidationError

    result = sorted(set(int(n) for n in numbers))
    bad = [n for n in result if n not in SDG_BY_NUMBER]
    if bad:
        raise ValidationError("sdgs", f"Unknown SDG number(s): {bad}. SDGs are numbered 1 to 17.",
                              reason="sdg_unknown", numbers=bad)
    return result
