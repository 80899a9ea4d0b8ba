"""The fixed texts of the paper forms (``paper.forms``) in every language the app has, and
the names of the two forms."""

from __future__ import annotations

FORM_REGISTRATION = "registration"
FORM_IDEA = "idea"

# The fixed texts of the forms. Placeholders in braces are filled in when drawing.
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "registration": "Registration",
        "idea_card": "Idea card",
        "workshop": "Workshop",
        "continued": "(continued)",
        "page": "Page {n} of {total}",
        "participant_code": "Participant code",
        "code_hint": "Write the same code on each of your idea cards.",
        "code_hint_printed": "This is your code: it is also on your idea cards.",
        "intro": "Every question is optional: leave out any you do not want to answer. "
                 "Tick one box per question.",
        "self_description": "If you describe yourself, in your own words:",
        "consent": "Consent",
        "consent_text": "We store what you write on this form and on your idea cards for the "
                        "project “{project}”. Your answers about yourself are used only to see "
                        "who took part, and are published only as totals: no group of fewer "
                        "than {minimum} people is shown. Your contact details are kept apart "
                        "from your answers, are used only to contact you about this project "
                        "and are never shared. You can ask the organisers to see or delete "
                        "your data at any time.",
        "consent_version": "Consent text version {version}. Ask the facilitator for the full "
                           "text.",
        "consent_processing": "I agree that my answers on this form and my ideas are stored "
                              "and used for this project.",
        "consent_contact": "I agree to be contacted to follow up on this project.",
        "contact": "Contact details — only if you ticked “I agree to be contacted”",
        "contact_note": "Leave these empty if you did not tick that box. They are kept apart "
                        "from your answers.",
        "name": "Name",
        "email": "E-mail",
        "phone": "Phone",
        "table_group": "or table / group",
        "kind": "This is",
        "need": "a need or problem",
        "idea": "an idea or solution",
        "title": "Title (a few words)",
        "describe": "Describe your need or idea",
        "theme": "Theme",
        "sdg_question": "Which UN Sustainable Development Goals does it support? Tick any.",
    },
    "nb": {
        "registration": "Registrering",
        "idea_card": "Idékort",
        "workshop": "Verksted",
        "continued": "(fortsettelse)",
        "page": "Side {n} av {total}",
        "participant_code": "Deltakerkode",
        "code_hint": "Skriv den samme koden på hvert av idékortene dine.",
        "code_hint_printed": "Dette er koden din. Den står også på idékortene dine.",
        "intro": "Alle spørsmålene er frivillige: hopp over dem du ikke vil svare på. "
                 "Kryss av i én rute per spørsmål.",
        "self_description": "Hvis du beskriver deg selv, med egne ord:",
        "consent": "Samtykke",
        "consent_text": "Vi lagrer det du skriver på dette skjemaet og på idékortene dine, "
                        "for prosjektet «{project}». Svarene om deg selv brukes bare til å se "
                        "hvem som deltok, og publiseres bare som summer: ingen gruppe med "
                        "færre enn {minimum} personer vises. Kontaktopplysningene dine lagres "
                        "atskilt fra svarene, brukes bare til å kontakte deg om dette "
                        "prosjektet og deles aldri med andre. Du kan når som helst be "
                        "arrangørene om innsyn i eller sletting av opplysningene dine.",
        "consent_version": "Samtykketekst versjon {version}. Be prosesslederen om hele "
                           "teksten.",
        "consent_processing": "Jeg samtykker i at svarene mine på dette skjemaet og ideene "
                              "mine lagres og brukes i dette prosjektet.",
        "consent_contact": "Jeg samtykker i å bli kontaktet for oppfølging av dette "
                           "prosjektet.",
        "contact": "Kontaktopplysninger – bare hvis du krysset av for å bli kontaktet",
        "contact_note": "La feltene stå tomme hvis du ikke krysset av. De lagres atskilt fra "
                        "svarene dine.",
        "name": "Navn",
        "email": "E-post",
        "phone": "Telefon",
        "table_group": "eller bord / gruppe",
        "kind": "Dette er",
        "need": "et behov eller problem",
        "idea": "en idé eller løsning",
        "title": "Tittel (noen få ord)",
        "describe": "Beskriv behovet eller ideen",
        "theme": "Tema",
        "sdg_question": "Hvilke av FNs bærekraftsmål støtter den? Kryss av for så mange du "
                        "vil.",
    },
}

FORM_NAMES = {FORM_REGISTRATION: "registration", FORM_IDEA: "idea_card"}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])
