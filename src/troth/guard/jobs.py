"""A term that names a job, a unit or a field of work, not a person's state.

"Verpleegkundige oncologie", "Facharzt für Kardiologie", "Head of Religious Education",
"Schwerbehindertenvertretung".
"""

from __future__ import annotations

import re

from troth.guard.context import RELATIONS_WORDS, first_person

# who works in care, and where: a term beside them names a job or a unit, not an illness
CARE_JOBS = frozenset(
    """nurse nurses specialist consultant technician department unit ward facharzt
    facharztin pfleger pflegerin krankenschwester pflegekraft abteilung station infirmier
    infirmiere technicien service enfermero enfermera tecnico tecnica servicio infermiere
    infermiera reparto servizio servico enfermeiro verpleegkundige afdeling pielegniarka
    pielegniarz technik oddzial dzial especialista specialista spezialist spezialistin
    specjalista specialiste""".split()
)


# who practises a branch of care: "Psichiatra", "Kardiologin", "therapist"
_PRACTITIONER = re.compile(
    r"(?:iatr[aeo]?|iater|iatrist|olog(?:ist[ae]?|e|in|ue|o|a)?|apeut\w*|apist|genetist[aeo]?|"
    r"geneticist[aeo]?|geneticien(?:ne)?|genetiker(?:in)?|genetyk|geneticus|arts|arzt|arztin|"
    r"medecin|"
    r"physician|lekarz|dentist[ae]?|dentiste|dentysta)$"
)


# a word of a nursing job that begins like an illness ("enfermera" like "enfermedad")
_NURSING = re.compile(r"^(?:enfermer|enfermeir|infermier|infirmier|krankenpfleg|verpleeg|pielegni)")


def nursing(word: str) -> bool:
    """``word`` names a nurse or nursing, not an illness."""
    return _NURSING.match(word) is not None


def care_job(words: list[str], index: int, signature: bool = False) -> bool:
    """A job or a unit of care beside the term ("Verpleegkundige oncologie", "Facharzt für
    Kardiologie", "reparto: cardiologia"), or a practitioner in a signature ("Dr. Russo |
    Psichiatra"), with no person the sentence speaks of."""
    if first_person(words) or not RELATIONS_WORDS.isdisjoint(words):
        return False
    if signature and _PRACTITIONER.search(words[index]):
        return True
    return not CARE_JOBS.isdisjoint(words[max(0, index - 3) : index + 3])


# the head of a German or Dutch compound that makes a health word an office or a body:
# "Schwerbehindertenvertretung", "Inklusionsbeauftragte", "Patientenbeirat"
OFFICE_HEADS = (
    "vertretung",
    "vertreterin",
    "vertreter",
    "beauftragte",
    "beauftragter",
    "beirat",
    "ausschuss",
    "vertegenwoordiging",
    "cliëntenraad",
    "patientenraad",
)


def office_word(word: str) -> bool:
    """``word`` is a compound naming an office or a body, not a person's condition."""
    return len(word) > 12 and word.endswith(OFFICE_HEADS)


# words of a field someone teaches, studies, reports on or works in (folded): "teacher",
# "Unterricht", "enseignement", "asignatura", "dipartimento", "apontamentos", "vak",
# "przedmiot"; "les" is left out, French for "the"
FIELD_WORDS = frozenset(
    """teacher teachers teaching lecturer lecturers lecture lectures professor professors
    education lesson lessons class classes course courses exam exams module tutor
    journalist journalists reporter correspondent editor relations department dept head
    counsellor counselor lehrer lehrerin lehrkraft unterricht fach dozent dozentin
    professorin journalistin redakteur redakteurin kurs kurse klausur vorlesung referent
    referentin abteilung berater beraterin professeur professeure prof enseignant enseignante
    enseignement cours departement journaliste redacteur redactrice examen matiere
    conseiller conseillere profesor profesora docente ensenanza clase clases curso asignatura
    departamento periodista redactor redactora relaciones catedra asesor asesora professore
    professoressa insegnante insegnamento lezione lezioni corso materia dipartimento
    giornalista redattore redattrice relazioni esame consulente professora ensino aula aulas
    disciplina jornalista redator redatora relacoes exame apontamentos consultor consultora
    leraar lerares docent onderwijs lessen vak college afdeling redacteur tentamen adviseur
    nauczyciel nauczycielka nauczanie lekcja lekcje lekcji przedmiot katedra katedry dzial
    zaklad dziennikarz dziennikarka redaktor egzamin wyklad doradca educacao educacion
    educazione erziehung educatie edukacja
    knowledge kenntnis kenntnisse connaissance connaissances conocimiento conocimientos
    conoscenza conoscenze conhecimento conhecimentos kennis znajomosc system
    systems systeme systemen systeem sistema sistemas sistemi systemu systemy optativa
    optativo optativas wahlfach wahlpflichtfach elective optie facoltativa""".split()
)
# a clerk of a field, right before it: "Sachbearbeiter Kirchensteuerstelle" (a key of a
# record further before is the person's: "empleado": …, "biometria")
CLERKS = frozenset(
    """sachbearbeiter sachbearbeiterin clerk medewerker medewerkster empleado empleada
    impiegato impiegata funcionario funcionaria urzednik urzedniczka""".split()
)


def field_of(words: list[str], index: int, after: bool = True) -> bool:
    """The term names a field that someone teaches, studies, reports on or works in: a field
    word up to three words before it or right after it ("Head of Religious Education",
    "Profesora de Religión", "Departamento de Biometria", "college-genetica-week4"), where
    the text has no first person and no relation: a job or a subject, not a disclosure.
    ``after`` false looks only before: a union or party may bear a field in its name
    ("UNSA Éducation")."""
    near = words[max(0, index - 3) : index] + (words[index + 1 : index + 2] if after else [])
    if FIELD_WORDS.isdisjoint(near) and not (index > 0 and words[index - 1] in CLERKS):
        return False
    return not first_person(words) and RELATIONS_WORDS.isdisjoint(words)
