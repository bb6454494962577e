"""Words that belong to one language and mean something else in another.

German "im" is not "I'm"; Polish "ma" (has) is not French "ma" (my); Italian
"l'autista" is the driver. A person's word counts only in a sentence of its own language.
"""

from __future__ import annotations

import re

from troth.guard.lexicon import load_false_friends, load_languages

# words of one language that are a person's in another: German "im" (in the) is not
# "I'm", Polish "ma" (has) and Italian "ma" (but) are not French "ma" (my)
_FRENCH = frozenset("je j suis est et les des du au aux une pour avec dans sur pas mes".split())
_GERMAN = frozenset("ist und nicht der das bei mit uns auch ein eine sich wir sind den dem".split())
ITALIAN = frozenset(
    """il della delle degli dello nella nel alla sul sulla per che gli sono di dei anche
    questo questa""".split()
)
_OTHERS = frozenset({"ma", "im", "i", "eu", "su", "sa"})
# English words that keep "I" the writer's in a sentence that also holds an Italian word
_ENGLISH = frozenset("the and am is was have has my to of it on at".split())


# Dutch possessives written short: "m'n" (mijn), "z'n" (zijn), "d'r" (haar)
_DUTCH_SHORT = {("m", "n"): "mijn", ("z", "n"): "zijn", ("d", "r"): "haar"}


def local_words(text: str, tokens: list[tuple[str, int, int]]) -> list[str]:
    """The folded words of ``tokens``, with the words that are a person's in one language
    and not in another renamed so that no word list holds them: "ma" in a sentence with
    no French word (Polish "has", Italian "but"), German "im" (before a capital, or among
    German words), a lower-case "i" in a text that writes capitals (Italian "the", Polish
    "and"), "EU" in capitals (the Union, not Portuguese "I"), Italian "su" (on), Polish
    "są" (are); and a first-person verb or pronoun that is a common word of another
    language, in a sentence of that language and not of its own (Portuguese "sono", sleep;
    Polish "sali", room)."""
    words = [t[0] for t in tokens]
    _elsewhere(words, text[tokens[0][1] : tokens[-1][2]] if tokens else "")
    if words and _AGENDA_DAY.match(text, tokens[0][1]):
        words[0] += "-"  # "Mi 11:00", "Jeu 18h": a weekday in an agenda, not "my", "game"
    for i, word in enumerate(words[:-1]):
        if word == "sono" and _PLURAL_PARTICIPLE.match(words[i + 1]):
            words[i] = "sono-"  # "sono tornati": they came back
        elif (word, words[i + 1]) in _DUTCH_SHORT and text[tokens[i][2]] in "'’":
            words[i] = _DUTCH_SHORT[(word, words[i + 1])]  # "m'n FNV-pas": my
            words[i + 1] = "-"
    if _OTHERS.isdisjoint(words):
        return words
    french = not _FRENCH.isdisjoint(words)
    italian = not ITALIAN.isdisjoint(words)
    german = not _GERMAN.isdisjoint(words)
    capitals = any(c.isupper() for c in text)
    for i, (word, start, end) in enumerate(tokens):
        if word == "ma" and not french:
            words[i] = "ma-"
        elif word == "im" and (
            german or (i + 1 < len(tokens) and text[tokens[i + 1][1]].isupper())
        ):
            words[i] = "im-"
        elif word == "i" and capitals and text[start] == "i":
            words[i] = "i-"
        elif word == "i" and italian and _ENGLISH.isdisjoint(words):
            words[i] = "i-"  # Italian "I kit sono arrivati": the, not the writer
        elif word == "eu" and text[start:end] == "EU":
            words[i] = "eu-"
        elif word == "su" and not ITALIAN.isdisjoint(words):
            words[i] = "su-"  # Italian "on", not Spanish "his"
        elif word == "sa" and text[start:end].lower() == "są":
            words[i] = "sa-"  # Polish "they are", not French "his"
    if words and words[0] in ("i-", "gli") and "sono" in words:
        words[words.index("sono")] = "sono-"  # "I kit … sono in arrivo": they are
    return words


# letters that only one of the eight languages writes
_LETTERS = {
    "pl": re.compile("[ąęłńśźżćĄĘŁŃŚŹŻĆ]"),
    "es": re.compile("[ñ¿¡]"),
    "pt": re.compile("[ãõ]"),
}


# a weekday, shortened and capitalised, before a time: "Mi 11:00", "Jeu 18h", "Sa 09:00"
_AGENDA_DAY = re.compile(
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Lun|Mar|Mer|Jeu|Ven|Sam|Dim|Mié|Mie|Jue|Vie|Sáb|Gio|Sab|Dom|"
    r"Seg|Ter|Qua|Qui|Sex|Ma|Wo|Vr|Za|Zo|Pon|Wt|Śr|Czw|Pt|Sob|Ndz|Mon|Tue|Wed|Thu|Fri|Sat|"
    r"Sun)\.?\s+\d{1,2}(?:[:.h]\d\d|h)?\b"
)
_PLURAL_PARTICIPLE = re.compile(r"^\w{3,}(?:ati|uti|iti|ate|ute|ite)$")


def _elsewhere(words: list[str], sentence: str) -> None:
    """Rename in place each person's word of ``words`` that is a common word of another
    language, when the sentence has a marker of that language (a frequent word, or a letter
    only it writes) and none of its own."""
    homographs = load_languages()[1]
    if homographs.keys().isdisjoint(words):
        return
    present = languages_present(words, sentence)
    if not present:
        return
    for i, word in enumerate(words):
        languages = homographs.get(word)
        if languages and present.isdisjoint(languages[0]) and not present.isdisjoint(languages[1]):
            words[i] = word + "-"


def languages_present(words: list[str], sentence: str) -> set[str]:
    """The languages a sentence shows: its frequent words, the letters only one writes."""
    markers = load_languages()[0]
    present = {language for language, letters in _LETTERS.items() if letters.search(sentence)}
    for word in words:
        present |= markers.get(word, frozenset())
    return present


def false_friend(
    words: list[str],
    index: int,
    sentence: str,
    whole: tuple[list[tuple[str, int, int]], str] | None = None,
) -> bool:
    """The term's word is another word in the language the sentence is written in: Italian
    "l'autista" (the driver), German "doof" (silly), Polish "tory" (tracks). A sentence
    that shows no language is read in the language of the ``whole`` text (its tokens and
    its text): "… y mi padre no se lo cree." after "Me salió …"."""
    languages = load_false_friends().get(words[index])
    if languages is None:
        return False
    own, other = languages
    # (the word itself is no evidence: German "neu" would mark every "NEU" as German)
    present = languages_present(words[:index] + words[index + 1 :], sentence)
    if not present and whole is not None:
        present = languages_present([t[0] for t in whole[0] if t[0] != words[index]], whole[1])
    return present.isdisjoint(own) and not present.isdisjoint(other)
