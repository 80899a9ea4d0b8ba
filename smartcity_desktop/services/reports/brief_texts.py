"""The words of the challenge brief (``reports.brief``), in English and Norwegian Bokmål, and
the empty fields it leaves for the office."""

from __future__ import annotations

CRITERIA_ROWS = 4   # empty rows for success criteria
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title_theme": "Challenge brief: {theme}",
        "title_ideas": "Challenge brief: selected ideas",
        "footer": "Challenge brief · {project}",
        "about": "This brief describes a need raised by residents in the co-creation project "
                 "“{project}”. It can be sent to the market, for example for innovative or "
                 "pre-commercial procurement. The office fills in the success criteria and the "
                 "constraints before it is sent.",
        "made_on": "Made on {today} from {count} in {workshops}.",
        "need": "The need, in the participants' own words",
        "need_lead": "Quoted as the participants wrote them, in the language they chose.",
        "needs_described": "Needs described",
        "ideas_suggested": "Ideas suggested",
        "source": "{workshop}, {date}, no. {number}",
        "source_undated": "{workshop}, no. {number}",
        "evidence": "The evidence",
        "participation": "Participation",
        "took_part": "{people} people took part in {workshops} where these contributions were "
                     "made.",
        "took_part_few": "Fewer than {minimum} people took part in {workshops} where these "
                         "contributions were made.",
        "contributions": "The brief rests on {count}: {needs} and {ideas}.",
        "contributors": "{people} participants wrote at least one of them.",
        "contributors_few": "Fewer than {minimum} participants wrote them.",
        "contributors_none": "None of them was written by a registered participant.",
        "from_groups": "Contributions from table groups: {count}; without a name: "
                       "{anonymous}.",
        "workshop_col": "Workshop",
        "date_col": "Date",
        "people_col": "People",
        "contributions_col": "Contributions",
        "groups": "Who raised it",
        "groups_lead": "The participants who wrote these contributions, by group. A group of "
                       "fewer than {minimum} people is never shown on its own: it is combined "
                       "into “Other” or not shown.",
        "groups_too_few": "Fewer than {minimum} registered participants wrote these "
                          "contributions, so no groups are shown.",
        "group_col": "Group",
        "other_combined": "Other (small groups combined)",
        "not_answered": "Not answered",
        "not_shown": "not shown",
        "priorities": "Priority results",
        "priorities_lead": "How these contributions did in the prioritisation rounds of the "
                           "workshops.",
        "priorities_none": "None of these contributions has been voted on in a prioritisation "
                           "round.",
        "idea_col": "Contribution",
        "round_col": "Round",
        "rank_col": "Rank",
        "score_col": "Score",
        "rank_of": "{rank} of {total}",
        "tied": "{rank} (tied)",
        "voters": "{people} voters",
        "voters_few": "fewer than {minimum} voters",
        "score_dots": "{score} dots", "score_dots_one": "{score} dot",
        "score_criteria": "{score} (1–5)",
        "score_ranking": "{score} points",
        "score_pairwise": "{score}% win chance",
        "links": "Links to the SDGs and the strategy",
        "sdgs": "UN Sustainable Development Goals",
        "sdgs_none": "No contribution is linked to an SDG.",
        "goals": "The project's strategy goals",
        "goals_none": "No contribution is linked to a strategy goal.",
        "goal_col": "Goal",
        "criteria": "Success criteria",
        "criteria_lead": "To be filled in by the office: how will we know that the challenge "
                         "has been met?",
        "criterion_col": "Criterion",
        "measured_col": "How it is measured",
        "target_col": "Target",
        "constraints": "Constraints",
        "constraints_lead": "To be filled in by the office.",
        "constraint_col": "Constraint",
        "details_col": "Details",
        "c_budget": "Budget",
        "c_timeline": "Timeline",
        "c_legal": "Legal and regulatory requirements",
        "c_privacy": "Data protection and security",
        "c_accessibility": "Accessibility and universal design",
        "c_other": "Other",
        "privacy": "No names or other personal details are in this brief, and no group of fewer "
                   "than {minimum} people is shown.",
        "status": "Status: {status}",
        "status_new": "New", "status_under_review": "Under review",
        "status_accepted": "Accepted into the plan", "status_in_progress": "In progress",
        "status_implemented": "Done", "status_declined": "Not taken forward",
        "method_dots": "dot voting", "method_criteria": "criteria",
        "method_ranking": "ranking", "method_pairwise": "pairs",
        "need_one": "{n} need", "need_other": "{n} needs",
        "idea_one": "{n} idea", "idea_other": "{n} ideas",
        "contribution_one": "{n} contribution", "contribution_other": "{n} contributions",
        "workshop_one": "{n} workshop", "workshop_other": "{n} workshops",
        "the_workshop_one": "the workshop", "the_workshop_other": "the {n} workshops",
    },
    "nb": {
        "title_theme": "Utfordringsnotat: {theme}",
        "title_ideas": "Utfordringsnotat: utvalgte ideer",
        "footer": "Utfordringsnotat · {project}",
        "about": "Dette notatet beskriver et behov som innbyggere har løftet fram i "
                 "samskapingsprosjektet «{project}». Det kan sendes til markedet, for eksempel "
                 "ved innovative anskaffelser eller førkommersielle anskaffelser. Kontoret fyller "
                 "inn suksesskriterier og rammer før det sendes.",
        "made_on": "Laget {today} på grunnlag av {count} fra {workshops}.",
        "need": "Behovet, med deltakernes egne ord",
        "need_lead": "Sitert slik deltakerne skrev dem, på språket de valgte.",
        "needs_described": "Behov som ble beskrevet",
        "ideas_suggested": "Ideer som ble foreslått",
        "source": "{workshop}, {date}, nr. {number}",
        "source_undated": "{workshop}, nr. {number}",
        "evidence": "Grunnlaget",
        "participation": "Deltakelse",
        "took_part": "{people} personer deltok på {workshops} der disse bidragene kom fram.",
        "took_part_few": "Færre enn {minimum} personer deltok på {workshops} der disse "
                         "bidragene kom fram.",
        "contributions": "Notatet bygger på {count}: {needs} og {ideas}.",
        "contributors": "{people} deltakere skrev minst ett av dem.",
        "contributors_few": "Færre enn {minimum} deltakere skrev dem.",
        "contributors_none": "Ingen av dem ble skrevet av en registrert deltaker.",
        "from_groups": "Bidrag fra bordgrupper: {count}; uten navn: {anonymous}.",
        "workshop_col": "Verksted",
        "date_col": "Dato",
        "people_col": "Personer",
        "contributions_col": "Bidrag",
        "groups": "Hvem som løftet det fram",
        "groups_lead": "Deltakerne som skrev disse bidragene, etter gruppe. En gruppe med færre "
                       "enn {minimum} personer vises aldri alene: den slås sammen med «Andre» "
                       "eller vises ikke.",
        "groups_too_few": "Færre enn {minimum} registrerte deltakere skrev disse bidragene, så "
                          "ingen grupper vises.",
        "group_col": "Gruppe",
        "other_combined": "Andre (små grupper slått sammen)",
        "not_answered": "Ikke svart",
        "not_shown": "vises ikke",
        "priorities": "Prioriteringer",
        "priorities_lead": "Hvordan disse bidragene gjorde det i prioriteringsrundene på "
                           "verkstedene.",
        "priorities_none": "Ingen av disse bidragene har vært med i en prioriteringsrunde med "
                           "stemmer.",
        "idea_col": "Bidrag",
        "round_col": "Runde",
        "rank_col": "Plass",
        "score_col": "Resultat",
        "rank_of": "{rank} av {total}",
        "tied": "{rank} (delt)",
        "voters": "{people} stemte",
        "voters_few": "færre enn {minimum} stemte",
        "score_dots": "{score} prikker", "score_dots_one": "{score} prikk",
        "score_criteria": "{score} (1–5)",
        "score_ranking": "{score} poeng",
        "score_pairwise": "{score} % vinnersjanse",
        "links": "Kobling til bærekraftsmålene og strategien",
        "sdgs": "FNs bærekraftsmål",
        "sdgs_none": "Ingen bidrag er koblet til et bærekraftsmål.",
        "goals": "Prosjektets strategiske mål",
        "goals_none": "Ingen bidrag er koblet til et strategisk mål.",
        "goal_col": "Mål",
        "criteria": "Suksesskriterier",
        "criteria_lead": "Fylles ut av kontoret: hvordan vet vi at utfordringen er løst?",
        "criterion_col": "Kriterium",
        "measured_col": "Hvordan det måles",
        "target_col": "Mål",
        "constraints": "Rammer",
        "constraints_lead": "Fylles ut av kontoret.",
        "constraint_col": "Ramme",
        "details_col": "Detaljer",
        "c_budget": "Budsjett",
        "c_timeline": "Tidsplan",
        "c_legal": "Lover og regler",
        "c_privacy": "Personvern og sikkerhet",
        "c_accessibility": "Tilgjengelighet og universell utforming",
        "c_other": "Annet",
        "privacy": "Notatet inneholder ingen navn eller andre personopplysninger, og ingen "
                   "gruppe med færre enn {minimum} personer vises.",
        "status": "Status: {status}",
        "status_new": "Ny", "status_under_review": "Under vurdering",
        "status_accepted": "Tatt inn i planen", "status_in_progress": "Under arbeid",
        "status_implemented": "Gjennomført", "status_declined": "Ikke tatt videre",
        "method_dots": "prikkstemming", "method_criteria": "kriterier",
        "method_ranking": "rangering", "method_pairwise": "to og to",
        "need_one": "{n} behov", "need_other": "{n} behov",
        "idea_one": "{n} idé", "idea_other": "{n} ideer",
        "contribution_one": "{n} bidrag", "contribution_other": "{n} bidrag",
        "workshop_one": "{n} verksted", "workshop_other": "{n} verksteder",
        "the_workshop_one": "verkstedet", "the_workshop_other": "de {n} verkstedene",
    },
}

CONSTRAINTS = ("c_budget", "c_timeline", "c_legal", "c_privacy", "c_accessibility", "c_other")


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])
