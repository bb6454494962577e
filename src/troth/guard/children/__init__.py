"""Signs that a record is about a child under the policy's age, in eight languages.

A rule set over what a text says of a person's age: a stated age ("is 7", "9yo", "(6)",
"sechs Jahre", "mijn zevenjarige"), an age field ("edad": 9) or "aged 6", an age the person
is turning ("turning 12"), a birth date (or a Polish PESEL) that makes the person younger
than the age on the day of the check, a school year or childcare only children attend
("5th grade", "CM1", "groep 3", "4.º ano", "kl. 3 SP", "al nido", "żłobek"), a first
communion, a child writing ("my mom said I can"), and a parent setting an account up for
a child. Ages of objects ("a 12-year-old router"), durations and states ("for 10 years",
"2 years sober"), age ratings, ranges and menus ("from 12 years", "(-10 ans)"), years
taught together ("groep 7/8"), teachers' classes and characters of a film or a novel are
not.
File and device names are read as words ("Jacob-9yo-Switch", "groep3", "tabletLeoKlasse3").
Records count too: a traveller's or patient's type ("typ": "infant"), an age field in
months, a group of babies, a birth year as a cohort beside a child ("Jahrgang 2016"), a
parent signing with the child's name beside a class of years 1 to 4. The length of a
thing's use or of a couple's life together ("11 anos de uso", "nos 10 ans") and a guessed
age ("ok. 12 lat") are no age.

The modules, each importing only those above it:

- ``words``: numbers, units of years and months, child words, age keys;
- ``people``: whom a sentence speaks of, and the text around a number;
- ``vetoes``: what makes a number no child's age (durations, things, limits, stories);
- ``ages``: ages said in words and digits, age fields, ordinal birthdays;
- ``infants``: ages in days, weeks and months, newborns;
- ``births``: dates of birth, birth years, PESEL numbers, born some years ago;
- ``schools``: school years and grades per country, childcare;
- ``records``: records of travellers, guests and patients, file and device names;
- ``writers``: a child or a parent writing;
- ``gate``: which texts are read at all;
- ``decision``: the recognizer that runs the rules and settles their signs.
"""

from troth.guard.children.births import age_on, birth_readings, parse_birth, pesel_birth
from troth.guard.children.decision import ChildSignalRecognizer
from troth.guard.children.gate import numbered_words, signal_words

__all__ = [
    "ChildSignalRecognizer",
    "age_on",
    "birth_readings",
    "numbered_words",
    "parse_birth",
    "pesel_birth",
    "signal_words",
]
