"""Write the labelled evaluation set of special categories and children (special_eval.jsonl).

    python benchmarks/data/guard/build_eval.py

Frames and people here are written for evaluation only; they share no frame with
the classifier's training sentences (src/troth/guard/training.py). Each item is
``{"text": ..., "labels": [categories]}``; hard negatives have no labels.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

HERE = Path(__file__).parent

TERMS = {
    "user.health_and_medical": ["cancer", "diabetes", "a migraine", "asthma", "depression"],
    "user.health_and_medical.genetic": ["BRCA1", "a genetic test", "cystic fibrosis", "a DNA test"],
    "user.biometric": ["fingerprint", "iris scan", "voiceprint", "face scan"],
    "user.demographic.race_ethnicity": ["Hispanic", "mixed-race", "Aboriginal", "Caucasian"],
    "user.demographic.political_opinion": ["Republican", "socialist", "communist", "Democrat"],
    "user.demographic.religious_belief": ["Muslim", "Catholic", "Buddhist", "Sikh", "Jewish"],
    "user.demographic.union_membership": ["union member", "shop steward", "Teamsters"],
    "user.demographic.sexual_orientation": ["gay", "lesbian", "bisexual", "homosexual"],
}  # fmt: skip
POSITIVE_FRAMES = {
    "user.health_and_medical": [
        "Sorry for the delay, my {who} is being treated for {t} at the moment.",
        "Could you extend the trial? {me} was diagnosed with {t} two weeks ago.",
        "{me} have {t}, so please send the manual in large print.",
        "Meine {who_de} hat {t}, deshalb verschieben wir den Termin.",
    ],
    "user.health_and_medical.genetic": [
        "{me} got the results of {t} and they came back positive.",
        "My {who} carries {t} according to the clinic letter.",
        "After {t} showed a risk, {me} am taking leave.",
    ],
    "user.biometric": [
        "Here is my {t} for the door lock enrolment, attached as a file.",
        "I uploaded my {who}'s {t} so she can log in.",
        "Please store my {t} so I can sign in faster.",
    ],
    "user.demographic.race_ethnicity": [
        "As a {t} woman I often get asked where I am from.",
        "My {who} is {t} and wants the Spanish manual.",
        "{me} am {t} and would like to join your diversity panel.",
    ],
    "user.demographic.political_opinion": [
        "I have always been a {t} and I volunteer at the local office.",
        "My {who} is a committed {t} and wants the invoice in her name.",
        "I'm a {t} voter, just so you know why I cancelled.",
    ],
    "user.demographic.religious_belief": [
        "I am {t}, so please do not schedule the call on holy days.",
        "My {who} is a devout {t} and fasts this month.",
        "As a practising {t} I can't attend on that day.",
    ],
    "user.demographic.union_membership": [
        "I am a {t} and our local will pay for the phones.",
        "My {who} is a {t} at the plant and asked about discounts.",
        "Since I became a {t} last year my schedule changed.",
    ],
    "user.demographic.sexual_orientation": [
        "I'm {t} and my partner will also use the account.",
        "My {who} is {t} and just came out to the family.",
        "As a {t} man I would like the family plan for my husband and me.",
    ],
}
WHO = ["wife", "husband", "brother", "sister", "mother", "father", "colleague", "son"]
CHILD_POSITIVES = [
    "hey its me, I'm {n} years old and I want to play the game",
    "my {n}-year-old daughter will be using this tablet account",
    "Date of birth: {dob}",
    "I'm in {g} grade and need help with the app",
    "I created an account for my {n} year old son, can you enable calls?",
    "Ich bin {n} Jahre alt und brauche Hilfe",
    "tengo {n} años y quiero jugar",
    "j'ai {n} ans et je veux un compte",
    "My kid goes to elementary school and uses this phone.",
    "Born on {dob}, please fix my profile",
]
NEGATIVE_FRAMES = [
    "The {x} health widget on the dashboard stopped updating.",
    "Network health for site 4 is at 97 percent this week.",
    "Our newsletter this month covers {topic} in the workplace.",
    "The product {product} ships with a new firmware.",
    "Please turn on {x} mode in the phone settings.",
    "Can you send me your company policy on {topic}?",
    "I read a news story about {topic} and wanted to share it.",
    "The conference session on {topic} research was recorded.",
    "We have 10 years of experience installing access points.",
    "The {x} report shows CPU load above 90 percent.",
    "Grade 5 cable is fine for this switch.",
    "Our school district bought 40 phones for the teachers' lounge.",
    "Is the fingerprint sensor on the GXV3380 supported by the SDK?",
    "The survey about {topic} is anonymous and aggregated.",
    "The union of both VLANs is configured on port 7.",
    "The Democrat and Chronicle newspaper ordered new headsets.",
    "The temple run demo plays on the video phone.",
    "I'm 34 and manage the office network.",
    "The meeting room is named Cancer Research Wing B.",
    "Please add the holiday calendar for Ramadan to the shared calendar template.",
]
TOPICS = ["health", "religion", "unions", "politics", "diversity", "genetics", "biometrics"]
PRODUCTS = ["HealthLink 200", "Faith Router", "Union Switch 48", "Pride Cam"]
X = ["system", "battery", "AP", "prayer-times", "night"]


PREFIXES = ["", "Hi team, ", "Hello. ", "Quick note: ", "Ticket update - "]
SUFFIXES = ["", " Thanks.", " Regards, Sam", " Any update?", " (sent from my phone)"]


def build(seed: int = 11) -> list[dict[str, object]]:
    rng = random.Random(seed)
    items: list[dict[str, object]] = []
    for category, frames in POSITIVE_FRAMES.items():
        for frame, term in itertools.product(frames, TERMS[category]):
            text = frame.format(t=term, who=rng.choice(WHO), me="I", who_de="Frau")
            items.append({"text": text, "labels": [category]})
    for frame in CHILD_POSITIVES:
        for _ in range(4):
            n = rng.randint(7, 12)
            dob = f"{2026 - n}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            g = rng.choice(["3rd", "4th", "5th", "6th", "fifth"])
            items.append({"text": frame.format(n=n, dob=dob, g=g), "labels": ["user.childrens"]})
    for frame in NEGATIVE_FRAMES:
        for _ in range(8):
            text = frame.format(
                x=rng.choice(X), topic=rng.choice(TOPICS), product=rng.choice(PRODUCTS)
            )
            items.append({"text": text, "labels": []})
    varied = []
    for item in items:
        for prefix, suffix in rng.sample(list(itertools.product(PREFIXES, SUFFIXES)), 3):
            varied.append({"text": prefix + str(item["text"]) + suffix, "labels": item["labels"]})
    unique = {item["text"]: item for item in varied}
    return list(unique.values())


if __name__ == "__main__":
    items = build()
    with (HERE / "special_eval.jsonl").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(items), "items")
