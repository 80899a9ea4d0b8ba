#!/usr/bin/env python
"""Writes the "rounds" of demo_project.json: made-up votes for the demo's prioritisation
rounds (a dot-voting round and a criteria-scoring round in W1, a ranking round in W2).

SAMPLE DATA, NOT A SURVEY: the votes are drawn once from a fixed seed so the demo and the
sample reports look like a real workshop; they describe nobody. Run it again only to change
the sample; the output is the same for the same seed and demo file.

    .venv/bin/python resources/demo/make_demo_rounds.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2030


def ideas_of(seed: dict, workshop: str) -> list[tuple[int, dict]]:
    """(number in the workshop, idea) of the workshop's ideas (kind "idea", not needs)."""
    rows = [i for i in seed["ideas"] if i["workshop"] == workshop]
    return [(n, i) for n, i in enumerate(rows, start=1) if i.get("kind", "idea") == "idea"]


def rounds(seed: dict) -> list[dict]:
    rng = random.Random(SEED)
    people = {w: [n for n, _ in enumerate((p for p in seed["participants"]
                                           if p["workshop"] == w), start=1)]
              for w in ("W1", "W2")}
    # W1, dots: 5 dots each; a handful of ideas draw most of them (as on a real wall).
    w1 = ideas_of(seed, "W1")
    appeal = {n: rng.random() ** 3 for n, _ in w1}
    dots = []
    for person in people["W1"][:18]:  # two left before the vote
        # each person has a taste of their own: a few ideas they like more than others do
        own = {n: appeal[n] + 0.25 * rng.random() ** 4 for n in appeal}
        chosen = rng.choices(list(own), weights=list(own.values()), k=5)
        dots.append({"participant": person, "ideas": sorted(chosen)})
    # W1, criteria: the 6 ideas with the most dots are scored 1-5 on the four criteria.
    count = {n: 0 for n in appeal}
    for ballot in dots:
        for n in ballot["ideas"]:
            count[n] += 1
    shortlist = sorted(count, key=lambda n: (-count[n], n))[:6]
    traits = {n: {"climate_environment": rng.randint(2, 5), "feasibility": rng.randint(1, 5),
                  "cost": rng.randint(1, 5), "inclusion": rng.randint(2, 5)} for n in shortlist}
    scores = []
    for person in people["W1"][:15]:
        for n in shortlist:
            scores.append({"participant": person, "idea": n, "scores": {
                c: max(1, min(5, v + rng.choice((-1, 0, 0, 0, 1))))
                for c, v in traits[n].items()}})
    # W2, ranking: each person ranks their top 5 of a shortlist of 10.
    w2 = ideas_of(seed, "W2")
    pick = sorted(rng.sample([n for n, _ in w2], 10))
    base = {n: rng.random() for n in pick}
    ranking = []
    for person in people["W2"][:17]:
        order = sorted(pick, key=lambda n: -(base[n] + 0.45 * rng.random()))
        ranking.append({"participant": person, "ideas": order[:5]})
    return [
        {"workshop": "W1", "method": "dots", "name": "Dot voting", "dots_per_participant": 5,
         "ballots": dots},
        {"workshop": "W1", "method": "criteria", "name": "Scoring the top six",
         "scores": scores},
        {"workshop": "W2", "method": "ranking", "name": "Ranking of the shortlist",
         "ballots": ranking},
    ]


def main() -> None:
    path = HERE / "demo_project.json"
    seed = json.loads(path.read_text(encoding="utf-8"))
    seed["rounds"] = rounds(seed)
    seed["rounds_note"] = ("Made-up votes for demonstration (resources/demo/"
                           "make_demo_rounds.py, fixed seed); not a survey of anyone.")
    path.write_text(json.dumps(seed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
