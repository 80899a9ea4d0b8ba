"""The words of the "you said, we did" report (``reports.feedback``), in English and
Norwegian Bokmål."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "You said, we did",
        "footer": "You said, we did · {workshop} · {project}",
        "intro_when_venue": "On {date} we met at {venue} for the workshop “{title}”.",
        "intro_when": "On {date} we met for the workshop “{title}”.",
        "intro_title": "We met for the workshop “{title}”.",
        "intro_people": "{people} people took part and shared {count}.",
        "intro_people_few": "Fewer than {minimum} people took part and shared {count}.",
        "intro_count": "You shared {count}.",
        "intro_thanks": "Thank you for taking part. This summary tells you what we heard, what "
                        "has been decided so far, and what happens next.",
        "heard": "What you said",
        "heard_lead": "Everything you said has been written down. Here is what we heard, "
                      "grouped by theme, in your own words.",
        "theme_count": "{needs} and {ideas}.",
        "more": "… and {more} in this theme.",
        "no_theme": "Other topics",
        "prioritised": "What you prioritised",
        "round_voters": "“{round}” ({method}): {people} people voted. At the top:",
        "round_voters_few": "“{round}” ({method}): fewer than {minimum} people voted. At the "
                            "top:",
        "round_no_voters": "“{round}” ({method}). At the top:",
        "decided": "What we decided, and why",
        "decided_lead": "Decisions about the ideas from this workshop so far:",
        "decided_none": "No decisions have been made yet about the ideas from this workshop.",
        "why": "Why",
        "decided_on": "Decided on {date}",
        "next": "What happens next, and when",
        "in_plan_one": "{count} from this workshop is part of the plan. We will tell you "
                       "when it has been carried out.",
        "in_plan_other": "{count} from this workshop are part of the plan. We will tell you "
                         "when they have been carried out.",
        "review": "Being looked at now",
        "review_since": "Since {date}",
        "not_yet_one": "{count} has not been looked at yet. It will be considered together "
                       "with the rest of the project “{project}”.",
        "not_yet_other": "{count} have not been looked at yet. They will be considered "
                         "together with the rest of the project “{project}”.",
        "next_workshop_venue": "The next workshop, “{title}”, is on {date} at {venue}.",
        "next_workshop": "The next workshop, “{title}”, is on {date}.",
        "next_workshop_undated": "The next workshop, “{title}”, has no date yet.",
        "no_next_workshop": "No further workshops are planned yet.",
        "as_of": "This summary shows the decisions made up to {date}. It was made on {today}.",
        "made_on": "This summary was made on {today}.",
        "privacy": "This summary contains no names or other personal details, and no group of "
                   "fewer than {minimum} people is shown.",
        "status_accepted": "Accepted into the plan",
        "status_in_progress": "In progress",
        "status_implemented": "Done",
        "status_declined": "Not taken forward",
        "status_under_review": "Under review",
        "method_dots": "dot voting",
        "method_criteria": "scoring on criteria",
        "method_ranking": "ranking",
        "method_pairwise": "comparing two at a time",
        "need_one": "{n} need", "need_other": "{n} needs",
        "idea_one": "{n} idea", "idea_other": "{n} ideas",
        "contribution_one": "{n} need or idea", "contribution_other": "{n} needs and ideas",
        "count_one": "{n} idea", "count_other": "{n} ideas",
        "more_one": "{n} more", "more_other": "{n} more",
    },
    "nb": {
        "title": "Dere sa, vi gjorde",
        "footer": "Dere sa, vi gjorde · {workshop} · {project}",
        "intro_when_venue": "{date} møttes vi på {venue} til verkstedet «{title}».",
        "intro_when": "{date} møttes vi til verkstedet «{title}».",
        "intro_title": "Vi møttes til verkstedet «{title}».",
        "intro_people": "{people} personer deltok og kom med {count}.",
        "intro_people_few": "Færre enn {minimum} personer deltok og kom med {count}.",
        "intro_count": "Dere kom med {count}.",
        "intro_thanks": "Takk for at du var med. Her kan du lese hva vi hørte, hva som er "
                        "bestemt så langt, og hva som skjer videre.",
        "heard": "Dette sa dere",
        "heard_lead": "Alt dere sa, er skrevet ned. Her er det vi hørte, ordnet etter tema, "
                      "med deres egne ord.",
        "theme_count": "{needs} og {ideas}.",
        "more": "… og {more} i dette temaet.",
        "no_theme": "Andre temaer",
        "prioritised": "Dette prioriterte dere",
        "round_voters": "«{round}» ({method}): {people} personer stemte. Øverst kom:",
        "round_voters_few": "«{round}» ({method}): færre enn {minimum} personer stemte. "
                            "Øverst kom:",
        "round_no_voters": "«{round}» ({method}). Øverst kom:",
        "decided": "Dette har vi bestemt, og hvorfor",
        "decided_lead": "Dette er bestemt så langt om ideene fra verkstedet:",
        "decided_none": "Det er ikke bestemt noe ennå om ideene fra dette verkstedet.",
        "why": "Hvorfor",
        "decided_on": "Bestemt {date}",
        "next": "Dette skjer videre, og når",
        "in_plan_one": "{count} fra dette verkstedet er tatt inn i planen. Vi sier fra når "
                       "den er gjennomført.",
        "in_plan_other": "{count} fra dette verkstedet er tatt inn i planen. Vi sier fra når "
                         "de er gjennomført.",
        "review": "Dette ser vi på nå",
        "review_since": "Siden {date}",
        "not_yet_one": "{count} er ikke vurdert ennå. Det blir vurdert sammen med resten av "
                       "prosjektet «{project}».",
        "not_yet_other": "{count} er ikke vurdert ennå. De blir vurdert sammen med resten av "
                         "prosjektet «{project}».",
        "next_workshop_venue": "Neste verksted, «{title}», er {date} på {venue}.",
        "next_workshop": "Neste verksted, «{title}», er {date}.",
        "next_workshop_undated": "Neste verksted, «{title}», har ingen dato ennå.",
        "no_next_workshop": "Det er ikke planlagt flere verksteder ennå.",
        "as_of": "Oppsummeringen viser det som er bestemt til og med {date}. Den ble laget "
                 "{today}.",
        "made_on": "Oppsummeringen ble laget {today}.",
        "privacy": "Oppsummeringen inneholder ingen navn eller andre personopplysninger, og "
                   "ingen gruppe med færre enn {minimum} personer vises.",
        "status_accepted": "Tatt inn i planen",
        "status_in_progress": "Under arbeid",
        "status_implemented": "Gjennomført",
        "status_declined": "Ikke tatt videre",
        "status_under_review": "Under vurdering",
        "method_dots": "prikkstemming",
        "method_criteria": "poeng etter kriterier",
        "method_ranking": "rangering",
        "method_pairwise": "to og to",
        "need_one": "{n} behov", "need_other": "{n} behov",
        "idea_one": "{n} idé", "idea_other": "{n} ideer",
        "contribution_one": "{n} behov eller idé", "contribution_other": "{n} behov og ideer",
        "count_one": "{n} idé", "count_other": "{n} ideer",
        "more_one": "{n} til", "more_other": "{n} til",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])
