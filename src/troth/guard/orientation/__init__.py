"""Sexual orientation shown by a relationship: a partner of the same gender as the person.

"me and my husband" from Tom, "minha mulher" signed by Sara, "il vit avec son compagnon",
"two men ... a double bed", a civil partnership between two men. The gender of a person
comes from a first name (the male and female first-name lists Faker ships), a pronoun, a
title ("Sr.", "Sig.ra", "dhr.") or a grammatical form ("byłam", "sono felicissima").

Besides a partner word with a possessive, these ways of writing show a couple of one
gender in the eight languages: the writer named in an aside ("(ich: Melanie Vogel)") beside
a partner; a wedding or civil union of two named people of one gender, also in file names;
two brides or two grooms beside a couple's word; a dating profile seeking the person's own
gender; a pronoun or a gendered noun for the person beside "the girlfriend"; a date or an
anniversary with someone of the writer's gender; a partner word of either gender and the
partner's name; a Polish partner "with" whom. Each rule says which near misses it leaves:
relatives, staff, business partners, a woman's husband.

The modules, each importing only those above it:

- ``genders``: the gender of a first name;
- ``person``: the person a sentence speaks of, the sentence, a file name's words;
- ``writer``: the gender of whoever wrote the text;
- ``partners``: partner words of one gender, with a possessive, a name or a title;
- ``couples``: two men or two women beside a couple's word, partnership fields, two
  fathers or two mothers;
- ``weddings``: weddings and civil unions of two named people;
- ``dating``: dating profiles and romantic dates;
- ``decision``: every reading in turn, and the words that let a text be read.
"""

from troth.guard.orientation.decision import GATE_WORDS, same_gender_partner
from troth.guard.orientation.genders import FEMALE, MALE, gender_of, name_genders
from troth.guard.orientation.writer import writer_gender

__all__ = [
    "FEMALE",
    "GATE_WORDS",
    "MALE",
    "gender_of",
    "name_genders",
    "same_gender_partner",
    "writer_gender",
]
