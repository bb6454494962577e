"""The decision: every reading of a same-gender relationship and of an orientation said in
a phrase, in a fixed order, and the words that let a text be read at all.
"""

from __future__ import annotations

import re

from troth.guard.orientation.contacts import contact_partner, named_couple
from troth.guard.orientation.couples import (
    pair,
    parents_record,
    partnership,
    together,
    two_parents,
)
from troth.guard.orientation.dating import dating, romantic_date
from troth.guard.orientation.partners import (
    PARTNER_WORDS,
    form_spouse,
    has_partner,
    household_spouse,
    labelled_partner,
    married,
    named_partner,
    owned_partner,
    possessive_partners,
    spouse_to,
    titled_partner,
    with_partner,
)
from troth.guard.orientation.person import flattened
from troth.guard.orientation.prep import prep_partner
from troth.guard.orientation.said import GATE_WORDS as SAID_WORDS
from troth.guard.orientation.said import orientation_said
from troth.guard.orientation.weddings import wedding_pair

_WORDS = frozenset(
    re.sub(r"[^\w|]", "", "|".join(PARTNER_WORDS.values()).replace(" ", "|")).split("|")
    + "men männer hommes chicos hombres uomini homens mannen mężczyzn women frauen femmes "
    "chicas mujeres donne mulheres vrouwen kobiety mężczyznami kobietami partner pareja "
    "juntas married casei casé sposato épousé getrouwd geheiratet ożeniłem wyszłam "
    "unione unido geregistreerd "
    "lebenspartner pacs partnerin spouse cónyuge conyuge conjoint conjointe coniuge cônjuge "
    "conjuge echtgenoot echtgenote małżonek małżonka małżeństwa małżeństwo marriage mariage "
    "matrimonio casamento huwelijk dads daddies mums moms papas papás papà papa vaders mamas "
    "mamás mamme mães mamans ojców tatusiów civile civilmente esposo épouse époux epoux "
    "mütter väter mothers fathers mères pères padres moeders matki mamy "
    "epouse fidanzato fidanzata echtgenoot echtgenote ehefrau ehemann "
    # weddings, civil unions, couples' anniversaries and dates
    "partnership partnerschaft verpartnert verpartnerung wedding hochzeit boda ślub slub bruiloft "
    "nozze trouwerij noces anniversary jahrestag anniversario aniversario aniversário "
    "rocznica rocznicę rocznicy namoro noviazgo fidanzamento walentynki "
    "appuntamento randka anniversaire lebensgefährten lebensgefährtin "
    # a man or a woman sought, two brides or two grooms
    "woman homme hombre uomo homem mężczyzna kobieta kobiet males females girls "
    "mecs facet facetów faceci ragazzi ragazze brides grooms bräute bräutigame mariées "
    "novias spose noivas bruiden bruidegoms husbands wives ehefrauen ehemänner maris "
    "maridos mariti mężów żony gars typen kerle tíos kerels nanas meufs mädels meiden "
    # partners named after a word of either gender, and Polish partners "with"
    "partenaire parceiro parceira compañero compañera narzeczony narzeczona narzeczonym "
    "narzeczoną prep união estável uniao estavel pacsé pacsée pacsés matrimonial "
    "vriendje vriendinnetje "
    # a child's parents' fields, and married to someone
    "parent genitore progenitor progenitora progenitore elternteil ouder rodzic responsável "
    "responsable sorgeberechtigte casada casado sposata sposato unita unità verheiratet "
    "marié mariée casadas żonaty zamężna honeymoon miel mel huwelijksreis flitterwochen "
    "miodowy casal plano categoria echtgenoten lebenspartnerin samenlevingscontract "
    "samenlevingscontracten marito marido "
    "eheschließung eheschliessung trauung ehegatte ehegattin ehepartner spouse".split()
)
GATE_WORDS = _WORDS | SAID_WORDS


def same_gender_partner(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that show a same-gender relationship."""
    # every reading in turn: the spans come in this order
    spans = possessive_partners(text)
    spans += pair(text)
    spans += partnership(text)
    spans += owned_partner(text)
    spans += titled_partner(text)
    spans += spouse_to(text)
    spans += married(text)
    spans += two_parents(text)
    spans += parents_record(text)
    spans += together(text)
    spans += wedding_pair(flattened(text))
    spans += dating(text)
    spans += romantic_date(text)
    spans += labelled_partner(text)
    spans += named_partner(text)
    spans += with_partner(text)
    spans += has_partner(text)
    spans += contact_partner(text)
    spans += named_couple(text)
    spans += prep_partner(text)
    spans += form_spouse(text)
    spans += household_spouse(text)
    spans += orientation_said(text)  # an orientation said outright: "ser bi"
    return list(dict.fromkeys(spans))  # (two readings may find one span)
