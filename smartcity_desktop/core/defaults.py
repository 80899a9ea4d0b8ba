"""Defaults for a new project: criteria and demographic category sets.

Keys are stable codes; labels are stored in the project so each municipality can edit them.
Labels are given in English and Norwegian Bokmål; a project takes the set of its language.
The age bands follow Statistics Norway's population bands from 16 years upward, so that a
project can be compared with the shipped reference population without re-banding.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFER_NOT_TO_SAY = "prefer_not_to_say"

LANGUAGES = ("en", "nb")


@dataclass(frozen=True)
class CategoryDefault:
    key: str
    labels: dict[str, str]


@dataclass(frozen=True)
class DimensionDefault:
    key: str
    labels: dict[str, str]
    categories: tuple[CategoryDefault, ...]
    is_stakeholder: bool = False


@dataclass(frozen=True)
class CriterionDefault:
    key: str
    labels: dict[str, str]
    weight: float
    higher_is_better: bool = True


_PNTS = CategoryDefault(PREFER_NOT_TO_SAY, {"en": "Prefer not to say", "nb": "Vil ikke oppgi"})


def _c(key: str, en: str, nb: str) -> CategoryDefault:
    return CategoryDefault(key, {"en": en, "nb": nb})


DEFAULT_DIMENSIONS: tuple[DimensionDefault, ...] = (
    DimensionDefault(
        "age",
        {"en": "Age", "nb": "Alder"},
        (
            _c("16-19", "16–19", "16–19"),
            _c("20-44", "20–44", "20–44"),
            _c("45-66", "45–66", "45–66"),
            _c("67-79", "67–79", "67–79"),
            _c("80+", "80+", "80+"),
            _PNTS,
        ),
    ),
    DimensionDefault(
        "gender",
        {"en": "Gender", "nb": "Kjønn"},
        (
            _c("woman", "Woman", "Kvinne"),
            _c("man", "Man", "Mann"),
            _c("non_binary", "Non-binary", "Ikke-binær"),
            _c("self_described", "Self-described", "Beskriver selv"),
            _PNTS,
        ),
    ),
    DimensionDefault(
        "cultural_background",
        {"en": "Cultural background", "nb": "Kulturell bakgrunn"},
        (
            _c("born_here", "Born in the country, parents born here", "Født i Norge, foreldre født her"),
            _c("born_here_immigrant_parents", "Born in the country to immigrant parents",
               "Født i Norge av innvandrerforeldre"),
            _c("immigrant", "Immigrated", "Innvandret"),
            _c("other", "Other", "Annet"),
            _PNTS,
        ),
    ),
    DimensionDefault(
        "socioeconomic",
        {"en": "Socioeconomic background", "nb": "Sosioøkonomisk bakgrunn"},
        (
            _c("student", "Pupil or student", "Elev eller student"),
            _c("employed", "Employed", "I arbeid"),
            _c("self_employed", "Self-employed", "Selvstendig næringsdrivende"),
            _c("job_seeking", "Unemployed or job-seeking", "Arbeidsledig eller arbeidssøkende"),
            _c("retired", "Retired", "Pensjonist"),
            _c("other", "Other", "Annet"),
            _PNTS,
        ),
    ),
    DimensionDefault(
        "stakeholder",
        {"en": "Stakeholder group", "nb": "Interessentgruppe"},
        (
            _c("resident", "Resident", "Innbygger"),
            _c("local_business", "Local business", "Lokalt næringsliv"),
            _c("social_entrepreneur", "Social entrepreneur", "Sosial entreprenør"),
            _c("ngo_volunteer", "NGO / volunteer sector", "Frivillig sektor"),
            _c("knowledge_research", "Knowledge / research", "Kunnskap og forskning"),
            _c("public_sector", "Public sector", "Offentlig sektor"),
            _PNTS,
        ),
        is_stakeholder=True,
    ),
)

DEFAULT_CRITERIA: tuple[CriterionDefault, ...] = (
    CriterionDefault("climate_environment", {"en": "Climate and environment impact",
                                             "nb": "Klima- og miljøeffekt"}, 0.35),
    CriterionDefault("feasibility", {"en": "Feasibility", "nb": "Gjennomførbarhet"}, 0.25),
    # Scored 1-5 where 5 means "low cost", so every criterion reads "higher is better".
    CriterionDefault("cost", {"en": "Cost (5 = low cost)", "nb": "Kostnad (5 = lav kostnad)"}, 0.15),
    CriterionDefault("inclusion", {"en": "Inclusion", "nb": "Inkludering"}, 0.25),
)


def label(labels: dict[str, str], language: str) -> str:
    return labels.get(language) or labels["en"]
