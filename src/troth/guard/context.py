"""Who a sentence is about, and whether it only mentions a topic: the words around a term.

Word lists of the eight languages (folded: lower case, no accents). A sentence reveals
a special category about a person when it names the person ("I", "my wife", "the
caller", a verb of the first person in a language that drops the pronoun) and neither
negates the term, nor sets a rule, nor asks a hypothetical question, nor speaks of the
topic (an article, a dashboard, a policy).
"""

from __future__ import annotations

import re

from troth.guard.lexicon import fold as _fold
from troth.guard.lexicon import load_false_friends, load_languages, tokens_of
from troth.guard.memo import Memo

# subjects: a person who is or has something
SUBJECTS = frozenset(
    """i im ive ich je j yo io eu ik she he er elle ella lui ela ele zij hij ona caller
    customer client patient cliente clienta kunde kundin anrufer anruferin klant klantin
    klient klientka member doente paciente patientin patiente paziente pacjent pacjentka
    assistito assistita versicherte versicherter assure assuree asegurado asegurada
    segurado segurada verzekerde ubezpieczony ubezpieczona employee mitarbeiter
    mitarbeiterin empleado empleada dipendente colaborador colaboradora medewerker
    pracownik pracownica salarie salariee tenant mieter mieterin locataire inquilino
    inquilina inquilo huurder huurster najemca najemczyni guest gast huesped ospite hospede
    gosc applicant bewerber bewerberin candidat candidate solicitante candidato candidata
    sollicitant kandydatka resident bewohner bewohnerin residente bewoner mieszkaniec
    mieszkanka mitglied membre miembro membro societaire societaria tomador tomadora
    contraente segurada verzekeringnemer abonne abonnee abonnent abonentka ihn ihm seiner seinem
    seinen ihrer ihrem ihren lui gli hem jego jej mu
    siendo essendo sendo etant jako being sie mr mrs ms mevr mevrouw dhr herr monsieur mme madame
    senor senora sig signor signora senhor senhora sr sra srta pani pan klienta klientki pacjenta
    pacjentki pracownika pracownicy najemcy""".split()
)
# first-person verbs of the languages that drop the pronoun, and "being/having" forms, by
# language (a verb that is a common word of another language counts only in a sentence of
# its own language: :func:`local_words`)
VERBS_BY_LANGUAGE = {
    "es": """soy estoy tengo padezco sufro acabo voy vengo puedo hago tomo llevo necesito salgo
    sigo acabe tuve hice estuve empece volvi sali quede fui pido solicito quiero escribo
    llamo empiezo""",
    "it": """sono ho soffro vado posso faccio prendo devo sto esco tengo vengo chiedo allego
    scrivo voglio comincio chiamo""",
    "pt": """sou estou tenho sofro vou venho posso faco tomo preciso saio acabei fui tive fiz
    estive comecei tomei voltei sai fiquei acabo devo sigo peco quero escrevo comeco ligo
    filiei afiliei inscrevi entrei""",
    "pl": """jestem mam cierpie naleze chodze glosowalem glosowalam ide moge biore musze bylam
    bylem przestrzegam nosze lecze mieszkam uczeszczam wierze modle poszcze prosze zaczynam""",
    "de": "bin habe nehme",
    "fr": "suis ai vais peux prends dois sors",
    "nl": "ben heb ga neem",
}
VERBS = frozenset(w for written in VERBS_BY_LANGUAGE.values() for w in written.split())
# "we are", "we both": a plural first person that names the writer's group ("somos
# gitanos", "on est tous les deux porteurs", "wir sind beide Träger")
WE_ARE = frozenset("somos siamo sommes jestesmy entrambi entrambe allebei oboje obaj obie".split())
WE_PAIRS = frozenset(
    """we-are we-re wir-sind wij-zijn we-zijn nous-sommes on-est we-both wir-beide
    os-dois as-duas los-dos las-dos les-deux of-us von-uns de-nous de-nosotros de-nosotras
    di-noi de-nos van-ons z-nas""".split()
)
# "as a ...", "als ...", "en tant que ...", "jako ...": the writer says what they are
AS_WORDS = frozenset("as als jako como come".split())
NOT_AS = frozenset("such so well same just tal tanto tan zo".split())
# words of taking a biometric sample of a person: they make it a person's, not a product's
ENROL = frozenset(
    """enrol enroll enrolled enrolment enrollment registered register captured stored
    matched template registrate registrata registrato registrare registrar registrado
    registado registada registrieren registriert hinterlegt erfasst vastgelegd
    geregistreerd opgeslagen zarejestrowac zarejestrowany zarejestrowana zapisany zapisana
    enregistre enregistree enregistrer releve rilevamento recolha toma enroler enrole
    enrolee enrolement""".split()
)
POSSESSIVES = frozenset(
    """my mine myself me mein meine meinen meinem meiner mich mir mon ma mes moi mi mis mio
    mia miei mie meu minha meus minhas mijn mij me moj moja moje mojego mojej mnie her his
    ihr ihre sein seine son sa ses su sus suo sua seu sua haar jej jego mn""".split()
)
RELATIONS_WORDS = frozenset(
    """wife husband spouse partner son daughter child kid kids mother mom mum father dad
    brother sister grandma grandpa grandmother grandfather aunt uncle fiance fiancee
    boyfriend girlfriend baby frau mann sohn tochter kind mutter vater bruder schwester oma
    opa freund freundin femme mari fils fille enfant mere pere frere soeur compagne
    compagnon copain copine esposa esposo marido hijo hija madre padre hermano hermana
    novio novia moglie marito figlio figlia fratello sorella compagno compagna mulher
    filho filha mae pai irmao irma namorado namorada vrouw man zoon dochter moeder vader
    broer zus vriend vriendin zona maz syn corka dziecko matka mama ojciec tata brat
    siostra""".split()
)
ANCHORS = SUBJECTS | VERBS | POSSESSIVES | RELATIONS_WORDS
NEAR_ANCHORS = SUBJECTS | VERBS | RELATIONS_WORDS | {"as", "being"}
NEGATIONS = frozenset(
    """not no never without nicht kein keine keinen nie ohne pas jamais sans non nunca sin
    mai senza nao sem niet geen nooit zonder bez ani""".split()
)
# counts and shares of a population: "muslim_share_pct", "how many of our customers"
AGGREGATE = frozenset(
    """share pct percent percentage rate ratio count total average avg median anteil prozent
    quote durchschnitt taux pourcentage moyenne tasa porcentaje promedio tasso percentuale
    media taxa percentagem aandeel procent percentage gemiddelde odsetek udzial procent
    srednia hoeveel wieviele quanti quante cuantos cuantas quantos quantas combien ilu
    population bevolkerung census zensus recensement censo censimento volkstelling spis
    aggregated aggregiert agrege agregado aggregato geaggregeerd zagregowane""".split()
)
# a holiday or an event for everyone: "Diwali lunch in the canteen - everyone welcome"
EVENT = frozenset(
    """holiday feiertag ferie ferien conge feriado festivo festa feestdag swieto canteen
    kantine cantine cantina comedor kantina stolowka everyone everybody alle
    iedereen wszyscy welcome willkommen bienvenue bienvenidos benvenuti
    benvenute bem vindos welkom zapraszamy closed geschlossen ferme cerrado cerrada chiuso
    chiusa fechado fechada gesloten zamkniete zamkniety gesperrt fermee fermes fermees cerrados
    cerradas chiusi chiuse fechados fechadas dicht afgesloten zamknieta zamkniety shut
    cordoned abgesperrt opens geoffnet offnungszeiten horaires orari openingstijden
    """.split()
)
# a story told: a film, a book, a character ("in the film a boy of 11 ...")
FICTION = frozenset(
    """film movie novel synopsis plot character characters episode episodes season sitcom
    roman romanfigur figur staffel handlung personnage personnages episode saison
    intrigue novela personaje personajes episodio temporada trama romanzo personaggio
    personaggi stagione romance personagem personagens temporada enredo boek roman
    personage personages aflevering seizoen verhaallijn powiesc postac postaci odcinek
    sezon fabula chapter chapters kapitel chapitre capitulo capitolo hoofdstuk
    rozdzial rozdzialy rozdzialach game spiel jeu juego gioco jogo gra videogame videospiel
    peli pelicula protagonista protagonist protagoniste hauptfigur bohater bohaterka
    serie series""".split()
)
# a subject that is nobody: "nobody reported symptoms" is a statement about no one
NOBODY = frozenset(
    """nobody noone none niemand keiner personne aucun aucune nadie ninguno ninguna
    nessuno nessuna ninguem nikt zaden zadna zadne nikogo nenhum nenhuma ningun nessun""".split()
)
# "almost", "nearly": "I nearly had a heart attack at the price" is a figure of speech
ALMOST = frozenset(
    """almost nearly fast beinahe quasi presque failli casi poco quase bijna bijkans prawie
    omal""".split()
)
_WORDS = r"[^\W\d_]"
_ESCAPE = re.compile(r"\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}")
_GROUP_OPEN = re.compile(r"\(\?(?:P<\w+>|:)")
_LOOK = re.compile(r"\(\?<?[=!]")
_LITERAL = re.compile(r"[^\W\d_]+")


class _Prefiltered:
    """A pattern of many alternatives, tried only on a text that holds the longest literal
    word of at least one of them (a substring test in C is many times cheaper than the
    pattern, which is tried at every position)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        plain = _LOOK.sub("(!", _GROUP_OPEN.sub("(", _ESCAPE.sub(" ", pattern)))
        self.keys = tuple(sorted({_fold(key) for key in _keys(plain)}))
        self._holds = Memo(lambda word: any(key in word for key in self.keys))

    def search(self, text: str, words: list[str] | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (``words``: its folded words, when known)."""
        if words is not None:
            holds = self._holds
            if not any(holds[w] for w in words):
                return None
        else:
            lower = _fold(text)
            if not any(key in lower for key in self.keys):
                return None
        return self.pattern.search(text)


def _alternatives(fragment: str) -> list[str]:
    """The alternatives of ``fragment`` at its top level."""
    out, depth, current = [], 0, ""
    for char in fragment:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
    return [*out, current]


def _groups(fragment: str) -> tuple[str, list[str]]:
    """``fragment`` with its top-level groups blanked out, and the groups' contents."""
    outside, groups, depth, current = "", [], 0, ""
    for char in fragment:
        if char == "(":
            depth += 1
            if depth == 1:
                current = ""
                outside += " "
                continue
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append(current)
                continue
        if depth:
            current += char
        else:
            outside += char
    return outside, groups


def _keys(fragment: str) -> set[str]:
    """Letter runs one of which every match of ``fragment`` holds: for each alternative,
    its longest literal run outside groups, or else the keys of its first group."""
    keys: set[str] = set()
    for alternative in _alternatives(fragment):
        outside, groups = _groups(alternative)
        runs = _LITERAL.findall(outside.lower())
        if runs:
            keys.add(max(runs, key=len))
        elif [g for g in groups if not g.startswith("!")]:
            keys |= _keys(next(g for g in groups if not g.startswith("!")))
        else:
            keys.add("")  # a match may hold no letter: every text is tried
    return keys


# a rule or instruction about a category, a hypothetical, a topic: the sentence reveals none
RULE = _Prefiltered(
    r"\b(?:never|do not|don't|dont|must not|mustn't|should not|shouldn't|please do not|"
    r"niemals|nie|keine|ne jamais|ne pas|jamais|nunca|no (?:escrib|anot|guard)|mai|non "
    r"(?:scriv|inser)|nooit|niet|nigdy|nie wolno|(?<!\bi )(?<!\bwe )cannot|"
    r"(?:may|might) not|no se (?:puede|debe)|no (?:se )?pueden?|"
    r"ne (?:peut|peuvent|doit|doivent) pas|"
    r"não (?:se )?(?:pode|podem|deve)|non (?:si )?(?:può|possono|deve)|(?:darf|dürfen) nicht|"
    r"mogen niet|nie (?:może|można))\b.{0,40}\b(?:type|enter|write|store|ask|"
    r"share|record|log|collect|note|put|save|include|disclose|eingeben|notieren|speichern|"
    r"fragen|saisir|noter|demander|enregistrer|escribir|anotar|guardar|preguntar|inserire|"
    r"scrivere|chiedere|registrare|digitar|anotar|perguntar|invoeren|noteren|vragen|"
    r"opslaan|wpisywac|zapisywac|pyta[cć])|\b(?:privacy policy|guideline|guidelines|gdpr|"
    r"art\.? ?9|article 9|richtlinie|dsgvo|politique de confidentialité|rgpd|"
    r"política de privacidad|informativa sulla privacy|avg|"
    r"rodo|regel|regola|regla|reminder to|training for agents|agents must)\b",
    re.IGNORECASE,
)
HYPOTHETICAL = _Prefiltered(
    r"\b(?:what if|if a|if an|if the|if someone|if somebody|if any|in case|suppose|"
    r"supposing|hypothetically|wenn ein|wenn jemand|falls|si un|si une|si quelqu|"
    r"au cas|si alguien|si un|en caso|se qualcuno|se un|caso alguém|se um|als iemand|"
    r"stel dat|jesli ktos|gdyby|should (?:a|an|someone|somebody)|if your|wenn (?:der|die|das|"
    r"man)|sollte (?:ein|jemand)|si (?:votre|tu)|se (?:uma|qualcuno)|qualora|nel caso|"
    r"caso (?:o|a|um|uma)|als (?:een|de|het|je|uw)|indien|mocht|"
    r"je[sś]li|je[zż]eli|w razie|in the event|if one of|wenn (?:einer|eine) von|"
    r"si l'une? de|si (?:uno|una) de|se (?:uno|una) di|se (?:um|uma) de|als een van|"
    r"gdyby (?:ktoś|jedno|jeden))\b",
    re.IGNORECASE,
)
# words of a sentence about a topic, a product or a document rather than a person
TOPIC_WORDS = frozenset(
    """article articles blog post posts webinar webinars newsletter news report reports study
    studies statistics survey course podcast documentary books awareness conference
    dashboard plugin module feature setting settings mode category template field dropdown
    produit fiche campanha campagne campana campagna kampania kampagne statistik statistique
    estadistica statistica estatistica statistiek statystyka statystyki
    checkbox column api endpoint sdk library research campaign documentation schema stock
    voorraad bestand lager existencias scorte estoque zapas units stuks unidades pezzi monitor
    uitverkocht ausverkauft soldout epuise agotado agotados esaurito esgotado wyprzedane aisle
    mg
    model models modell modelo modello modele sensor sensore sensors capteur lector lettore
    leitor czytnik onnx algorithm algorithms algorithmus algorithme algoritmo algoritme
    algorytm product produkt producto prodotto produto sku promo promotion sale aktion offer
    rabatt descuento oferta sconto promocao aanbieding korting promocja rabat leaflet leaflets
    brochure brochures flyer flyers folleto folletos opuscolo opuscoli folheto folhetos ulotka
    prospekt broschure depliant depliants law gesetz ley loi legge  wet ustawa dog
    dpia draft entwurf brouillon
    borrador bozza rascunho szkic
    lecture lectures vortrag conference conferencia conferenza palestra lezing wyklad
    webinaire webinaires webinario webinari webinarios webinarium webinaru seminar seminars
    seminare seminaire seminaires seminarium
    thesis theses dissertation memoire these tesis tesi tese scriptie proefschrift
    doktorarbeit masterarbeit bachelorarbeit dyplomowa magisterska licencjacka recipe recipes
    recette recettes przepis przepisy quote angebot devis presupuesto preventivo orcamento offerte
    wycena
    dogs cat cats puppy hund hunde chien chiens perro perros cane cani cao caes hond honden
    pies psy kot koty artikel bericht studie umfrage funktion einstellung vorlage feld
    kategorie rapport enquete fonction parametre champ articulo informe estudio encuesta
    funcion ajuste plantilla campo articolo rapporto sondaggio funzione impostazione artigo
    relatorio pesquisa funcao configuracao onderzoek functie instelling sjabloon veld
    artykul raport badanie ankieta funkcja ustawienie szablon pole debate debat debatte
    election elections wahl wahlen elecciones elezioni eleicoes verkiezingen wybory
    documentaire documental documentario documentaria dokumentarfilm series serie film movie
    movies policy policies presentation presentations prasentation presentazione
    presentacion apresentacao presentatie prezentacja slides handout handbook handbuch
    handleiding manual manuel manuale instrukcja guide guida guia przewodnik training
    schulung formation formazione formacion formacao szkolenie workshop reader readers lecteur
    testset testdata dataset datasets datensatz synthetic
    synthetische synthetisch synthetique sintetico sintetica sintetico dummy mock demo sample
    samples lesegerat lezer gatto
    gatti gato gatos kat katten kot kota psa kotka horse pferd cheval caballo cavallo
    cavalo paard kon""".split()
)
# data, news, an institution or a place: where no person is named, a term beside them
# names a kind of data, a story or a place ("health data is stored", "cardiology ward")
PLACE_WORDS = frozenset(
    """data daten angaben donnees datos dati dados gegevens dane
    information informationen informations informacion informazioni informacoes informatie
    informacje statistik statistique estadistica statistica estatistica statistiek
    statystyka statystyki polls poll peiling peilingen sondage sondages sondeo sondeos
    sondaggio sondaggi sondagem sondagens sondaz sondaze sondazu umfragen news nieuws
    nachrichten notizie noticias nouvelles noticia notizia wiadomosci tv tele televisie
    fernsehen televisione television televisao telewizja telegiornale tagesschau telediario
    telejornal journal jornal gazeta krant zeitung giornale periodico newspaper radio
    headline headlines schlagzeile pressespiegel presseschau revue rassegna stampa prensa
    clipping persoverzicht przeglad
    hospital hospitals krankenhaus klinik klinikum clinic clinics clinique hopital
    ospedale clinica ziekenhuis kliniek szpital szpitala szpitalu szpitali klinika kliniki
    klinice ward wards department headquarters hq office offices sede geschaftsstelle
    zentrale siege bureau kantoor biuro biura siedziba siedzibie oficina ufficio escritorio
    pharmacy apotheke pharmacie farmacia apotheek apteka apteki parish pfarrei paroisse
    parroquia parrocchia paroquia parochie parafia parafii street strasse rue calle
    rua straat ulica ulicy avenue number zahl anzahl nombre numero aantal liczba
    liczby""".split()
)
TOPIC_HEADS = ("gesetz", "artikel", "bericht", "studie", "aktion", "sensor", "modell", "umfrage")


def _topic_head(word: str) -> bool:
    """A German compound whose head is a topic ("Werbeaktion"), not a parliamentary group
    ("Kreistagsfraktion")."""
    return word.endswith(TOPIC_HEADS) and not word.endswith("fraktion")


FIRST_PERSON = frozenset(
    """i im ive me my mine myself ich mich mir mein meine meinen meinem meiner je j moi mon ma
    mes yo mi mis io mio mia miei mie eu meu minha meus minhas ik mijn mij mnie moj moja
    moje mojego mojej mn""".split()
)


# roles in a party or a union: "treasurer of", "delegate of", "member of", "a local branch"
ROLE_WORDS = frozenset(
    """member members membre membres miembro miembros membro membri mitglied mitglieder lid
    leden czlonek czlonkiem czlonkini iscritto iscritta filiado filiada afiliado afiliada
    adherent adherente tesserato tesserata socio socia delegate delegado delegada delegue
    deleguee delegato delegata delegat delegatka afgevaardigde rep steward treasurer
    penningmeester schatzmeister schatzmeisterin tresorier tresoriere tesorero tesorera
    tesoriere tesoureiro tesoureira skarbnik secretary secretaris sekretar sekretarin
    secretaire secretario secretaria segretario segretaria sekretarz chair chairman
    chairwoman voorzitter vorsitzende vorsitzender president presidente przewodniczacy
    coordinator coordenador coordenadora coordinatore coordinatrice coordinador
    coordinadora koordynator councillor councilor raadslid stadtrat stadtratin conseiller
    conseillere concejal concejala consigliere consigliera vereador vereadora radny radna
    candidate kandidaat kandidat kandidatin candidat candidato candidata kandydat branch
    ortsverein ortsgruppe section agrupacion circolo concelhia afdeling kolo okregu
    leaflets flyers tracts flugblatter folletos volantini panfletos folders ulotki
    mayor maire alcalde alcaldesa sindaco sindaca prefeito prefeita presidente burgemeester
    schepen wethouder burmistrz wojt bürgermeister burgermeister burgermeisterin landrat
    flyeren flyer flyern tracter tractar volantinaggio panfletar ulotkowanie
    canvassing campaigning donation spende don donacion donazione doacao donatie darowizna
    dues beitrag cotisation cuota quota contributie skladka rsa rsu deputy deputato deputata
    deputada deputado diputado diputada depute deputee abgeordnete abgeordneter mdb mdl
    kamerlid wethouder statenlid fractievoorzitter fractie fraktion cllr mp mep senator
    senatore senatrice senador senadora senateur posel poslanka senatorka colistier
    colistiere militancia militante volunteer volunteers vrijwilliger freiwillige benevole
    voluntario voluntaria volontario volontaria wolontariusz signatures unterschriften
    firmas firme assinaturas handtekeningen podpisy door deur haustur porte puerta porta elu
    elue subs subscription subscriptions gazebo banchetto infostand wahlstand marktkraam
    tractage gift giften contributo contributi contribucion contribuicao donativo donativos
    bijdrage wplata wplaty interventor interventora apoderado apoderada scrutateur
    scrutatrice scrutatore mandatario mandataria candidatura candidature kandidatur candidacy
    arruada campaign campagne campana campagna campanha kampania canvass canvasser skladki
    skladek plakate plakat posters affiches carteles manifesti cartazes plakaty panfletando
    panfleto panfletos tessera tessere lidmaatschapskaart legitymacja legitymacje carnet
    coordeno coordino prowadze presido presiedo""".split()
)
# ways of backing a party or a union that are not a role in it, read only beside one (not
# enough to keep a lower-case acronym, "wyborcy po wyborach"): a dues line of a payslip
# ("deductions", "retenues", "potrącenia"), a meeting one chairs or takes the minutes of
# ("verbalizzo", "ik notuleer", "przewodniczę"), a representative at a hearing, a voter,
# a badge worn, a membership ("iscrizione")
BACKING_WORDS = frozenset(
    """deduction deductions retenue retenues trattenuta trattenute potracenie
    potracenia abzug abzuge lohnabzug lohnabzuge descuentos deducciones retenciones descontos
    inhouding inhoudingen cotis cotisations beitrage iscrizione
    iscritti afiliacion afiliados inscription lidmaatschap mitgliedschaft czlonkostwo
    verbalizzo verbalizzare notuleer notuleren notulist protokolliere protokollant
    protokollantin protokoluje protokolant protokolantka chairing
    przewodnicze przewodniczy moderiere moderate moderating modero moderatore moderatrice
    presento presenteer prezentuje prowadzi kola representative representatives
    vertreter vertreterin representant representante representantes rappresentante
    rappresentanti vertegenwoordiger przedstawiciel przedstawicielka przedstawiciela
    dirigente dirigentes voter voters votante votantes elettore elettrice
    eleitor eleitora kiezer wyborca wyborczyni electeur electrice badge chapa spilletta
    przypinka przypinke anstecker speldje kaderlid""".split()
)
# the heads and first halves of German and Dutch compounds that name a role or a campaign:
# "Kreisvorsitzende", "Landessprecherin", "Wahlkampfstand", "campagneteam"
ROLE_HEADS = ("vorsitzende", "vorsitzender", "sprecher", "sprecherin", "voorzitter")
ROLE_STARTS = ("wahlkampf", "campagne", "verkiezingscampagne", "mitgliedsausweis")


def role_near(words: list[str], index: int, span: int = 4) -> bool:
    """A role in a party or union within ``span`` words of ``words[index]``, also as part of
    a compound ("Kreisvorsitzende", "Wahlkampfstand")."""
    near = words[max(0, index - span) : index + span + 1]
    if not (ROLE_WORDS.isdisjoint(near) and BACKING_WORDS.isdisjoint(near)):
        return True
    return any(w.endswith(ROLE_HEADS) or w.startswith(ROLE_STARTS) for w in near)


def topical(words: list[str]) -> bool:
    """A word of a topic, a product or a document among ``words`` (folded)."""
    return not TOPIC_WORDS.isdisjoint(words) or any(_topic_head(w) for w in words)


# Polish verbs of the first person in the past and the conditional ("byłam", "zapisałem",
# "zrobiłabym", "robiliśmy"): the pronoun is dropped, the ending says who speaks
_POLISH_FIRST = re.compile(r"^(?!(?:jeru)?salem$)\w+[aeiouy](?:lem|lam|labym|lbym|lismy|lysmy)$")


def first_person(words: list[str]) -> bool:
    return (
        not FIRST_PERSON.isdisjoint(words)
        or not VERBS.isdisjoint(words)
        or any(_POLISH_FIRST.match(w) for w in words)
    )


IDIOM = _Prefiltered(
    r"\b(?:heart attack (?:lol|haha|lmao|xd)|(?:almost |nearly )?(?:gave|give|giving) me a "
    r"heart attack|pray (?:that|the|it|we|this|for (?:the|a) (?:update|patch|build|fix))|"
    r"let'?s pray|praying (?:that|the|it)|thank god|oh my god|god knows|"
    r"sick (?:of|and tired)|that'?s sick|religiously|depressing|insane(?:ly)?|"
    r"blind (?:spot|copy|carbon|test)|double[- ]blind|turn(?:ed)? a blind eye|"
    r"not kosher|is (?:this|that|it) kosher|gospel|bible of|the (?:\w+ )?bible|"
    r"union (?:type|find|select|all|jack|libre)|uni[oó]n libre|unione libera|"
    r"(?:european|customs|postal|credit) union|"
    r"strike (?:through|out|rate)|three strikes|cancer of|cancel culture|"
    r"herzinfarkt bekommen (?:lol|haha)|beten wir|croisons les doigts|prions|recemos|"
    r"preghiamo|rezemos|laten we bidden|módlmy się|"
    r"mass (?:e-?mail|mailing|update|import|delete|storage)|"
    r"(?:type|tipo|typ|typo)\"?\s*:\s*\"?union|(?:european|europese|europäische|europejsk\w*) "
    r"(?:union|unie|unia)|union europ\w*|unión europea|unione europea|união europeia|"
    r"union square|union station|union street|"
    r"(?:stroke|strokes) (?:width|color|colour)|brush ?stroke|key ?stroke|"
    r"(?:me|mi|te|ti|nos|ci) (?:va a dar|vas a dar|fa venire|fai venire|viene|vai dar|da) "
    r"(?:un |um )?(?:infarto|ataque)|dostan\w* zawału|zawału dostan\w*|ziek goed\w*|"
    r"chor\w* w najlepszym|krijg (?:nog )?een hartaanval|bekomme? (?:noch )?einen herzinfarkt|"
    r"(?:genetic|genetische[nr]?|génétiques?|genétic[oa]s?|genetic[oa]|genetisch[e]?|"
    r"genetyczn\w*) (?:algorithms?|algorithmus|algorithmen|algorithmes?|algoritmos?|algoritme)|"
    r"(?:algorithmes?|algoritmos?|algoritme|algorytm\w*) (?:génétiques?|genétic[oa]s?|"
    r"genetic[oa]|genetisch[e]?|genetyczn\w*))\b",
    re.IGNORECASE,
)


# figures of speech: "this app is a religion", "this update makes me sick" (kept apart from
# IDIOM so that each is tried only on a sentence holding one of its own words)
FIGURATIVE = _Prefiltered(
    r"\b(?:(?:is|ist|es|est|è|é|jest|to) (?:a |an |ein |eine |een |una |une |un |um |uma |"
    r"moja |moją )?religi(?:on|one|ón|ão|e|a)\b|"
    r"(?:makes?|making|made|macht|machen|rend|rendent|rende|pone|ponen|deixa|deixam|maakt|"
    r"maken) (?:me|mich|moi|mi|nos|uns|ons|mij|mnie) (?:\w+ )?(?:sick|ill|krank|malade|"
    r"enferm[oa]|malat[oa]|doente|ziek|chor[ya])|"
    r"(?<=(?:me|mi|m') )(?:rend|rende|pone|fa|deixa) (?:\w+ )?(?:malade|enferm[oa]|malat[oa]|"
    r"doente)|"
    r"(?:song|track|tune|beat|drop|canci[oó]n|tema|temazo|rola|chanson|morceau|canzone|pezzo|"
    r"m[uú]sica|lied|nummer|piosenka|kawa[lł]ek) (?:\w+ )?(?:is|está|esta|es|est|è|é|ist|"
    r"jest|fica) (?:\w+ )?(?:sick|ill|enferm[oa]|malade|malat[oa]|doente|krank|ziek|chor[ya])|"
    r"(?:level|fase|nivel|nível|livello|niveau|poziom|etapa|stage|mapa|map|missão|misión|"
    r"missione|mission|boss) (?:\w+ )?(?:da|de|do|del|della|dello|of|du|der|des|van|w)? ?"
    r"(?:the |la |le |l'|het |de |a |o )?(?:igreja|iglesia|chiesa|[ée]glise|church|kirche|"
    r"kerk|ko[sś]ci[oó][lł]|temple|templo|tempio|mosque|mezquita|moschea|mesquita|moschee|"
    r"moskee|meczet|cathedral|catedral|cattedrale|kathedrale|chapel|capela|capilla|cappella)|"
    r"(?:church|chapel|temple|mosque|cathedral|kirchen|kerk) ?(?:level|stage|map|mission|boss))",
    re.IGNORECASE,
)


# laughter in a chat line: "lol", "haha", "jaja", "kkk", "mdr", "xD"
LAUGHTER = re.compile(
    r"(?:^|[\s(])(?:lol|lmao|lmfao|rofl|a?(?:ha){2,}h?|(?:ja){2,}|(?:he){2,}|(?:hi){2,}|k{3,}|"
    r"rs(?:rs)+|mdr|ptdr|xd+|hah)(?=$|[\s.,!?)])|[\U0001F602\U0001F923\U0001F605]",
    re.IGNORECASE,
)
# the object pronoun of "it gave me", "me dio", "mi ha fatto venire", "m'a donné", "gaf me"
OBJECT_ME = frozenset("me mir mich moi m mi mij mnie".split())
SUBJECT_ME = frozenset("i im ive ich je j yo io eu ik".split())
MY = frozenset(
    """my mein meine meinen meinem meiner mon ma mes mis mio mia miei mie meu minha meus
    minhas mijn moj moja moje mojego mojej""".split()
)


def joke(sentence: str, words: list[str]) -> bool:
    """A laughing line in which the writer is only an object ("that ending gave me cancer
    lol", "ese final me dio cáncer jaja"): a figure of speech, not a condition. A subject or a
    possessive of the first person, or a relation, keeps it ("lol I have covid again")."""
    if OBJECT_ME.isdisjoint(words) or not LAUGHTER.search(sentence):
        return False
    return (
        SUBJECT_ME.isdisjoint(words)
        and VERBS.isdisjoint(words)
        and (RELATIONS_WORDS.isdisjoint(words))
    )


# a place of worship as a landmark: "opposite St Mary's church", "naprzeciwko kościoła"
WORSHIP_PLACE = re.compile(
    r"^(?:church|kirche|eglise|iglesia|chiesa|igreja|kerk|kosciol|mosque|moschee|mosquee|"
    r"mezquita|moschea|mesquita|moskee|meczet|synagog|temple|templo|tempio|tempel|cathedral|"
    r"kathedrale|cathedrale|catedral|cattedrale|kathedraal|katedr|chapel|kapelle|chapelle|"
    r"capilla|cappella|capela|kapel|kaplic|gurdwara)"
)
LANDMARK = frozenset(
    """opposite near behind beside next across gegenuber neben hinter bei nahe face cote
    derriere pres frente junto detras cerca fronte accanto dietro vicino presso ao lado tras
    atras perto tegenover naast achter bij naprzeciwko naprzeciw obok kolo przy za""".split()
)


def landmark(words: list[str], index: int) -> bool:
    """The term is a place of worship named as a landmark ("the shop is opposite the
    church", "sklep jest naprzeciwko kościoła"), with no first person going there."""
    if not WORSHIP_PLACE.match(words[index]) or not SUBJECT_ME.isdisjoint(words):
        return False
    if not VERBS.isdisjoint(words) or any(_POLISH_FIRST.match(w) for w in words):
        return False
    return not LANDMARK.isdisjoint(words[max(0, index - 3) : index])


# a company's "DNA": "service is in our DNA", "c'est dans l'ADN de la maison" (tried only
# on a sentence that holds "dna" or "adn")
COMPANY_DNA = re.compile(
    r"\b(?:in|im|dans|en|nel|no|w) (?:our|unserer|unserem|notre|nuestro|nostro|nosso|ons|"
    r"naszym) (?:dna|adn)\b|\b(?:in the|dans l'|im|en el|nel|no|in het) (?:dna|adn) "
    r"(?:of|de|der|des|del|della|do|da|van) (?:the |our |this |la |notre |unserer |nuestra |"
    r"nostra |nossa |ons )?(?:company|brand|team|firm|house|maison|marque|entreprise|"
    r"empresa|marca|azienda|firma|bedrijf|merk|unternehmens|hauses)",
    re.IGNORECASE,
)


def figure_of_speech(sentence: str, words: list[str]) -> bool:
    """An idiom or a figure of speech ("gave me a heart attack lol", "makes me sick")."""
    return (
        IDIOM.search(sentence, words) is not None
        or FIGURATIVE.search(sentence, words) is not None
        or (("dna" in words or "adn" in words) and COMPANY_DNA.search(sentence) is not None)
        or joke(sentence, words)
    )


def sentence_tokens(tokens: list[tuple[str, int, int]], s: int, e: int) -> list[str]:
    return [word for word, start, end in tokens if start >= s and end <= e]


# an answer of yes right after a question: "Member of a union? Yes - NASUWT"
_YES = re.compile(r"\?\s*(?:yes|ja|jawohl|oui|s[ií]|sim|tak|jawel)\b", re.IGNORECASE)


def answers_yes(text: str, start: int) -> bool:
    """The sentence starting at ``start`` answers yes to the question right before it."""
    return start > 0 and _YES.match(text, start - 1) is not None


def has_anchor(words: list[str]) -> bool:
    return not ANCHORS.isdisjoint(words)


def we_are(words: list[str], index: int) -> bool:
    """A plural first person in the five words before ``words[index]`` ("somos ciganos",
    "we are both carriers", "on est tous les deux porteurs")."""
    window = words[max(0, index - 5) : index]
    if not WE_ARE.isdisjoint(window):
        return True
    return any(f"{a}-{b}" in WE_PAIRS for a, b in zip(window, window[1:], strict=False))


def described_as(words: list[str], index: int) -> bool:
    """The term in a description of oneself or someone: "as a bisexual guy", "als
    Muslimin", "en tant que diabétique", "jako katolik", "como mujer gitana"."""
    for at in range(max(0, index - 2), index):
        word = words[at]
        if word in AS_WORDS and (at == 0 or words[at - 1] not in NOT_AS):
            return True
        if word == "que" and at > 0 and words[at - 1] == "tant":
            return True
    return False


def near_anchor(words: list[str], index: int, before: int = 5, *, possessive: bool = False) -> bool:
    """A subject, a first-person verb or a relation (or, with ``possessive``, "my", "her")
    in the ``before`` words before ``words[index]``."""
    window = words[max(0, index - before) : index]
    near = not NEAR_ANCHORS.isdisjoint(window)
    return near or (possessive and not POSSESSIVES.isdisjoint(window))


# words of one language that are a person's in another: German "im" (in the) is not
# "I'm", Polish "ma" (has) and Italian "ma" (but) are not French "ma" (my)
_FRENCH = frozenset("je j suis est et les des du au aux une pour avec dans sur pas mes".split())
_GERMAN = frozenset("ist und nicht der das bei mit uns auch ein eine sich wir sind den dem".split())
_ITALIAN = frozenset("il della delle degli dello nella nel alla sul sulla per che gli sono".split())
_OTHERS = frozenset({"ma", "im", "i", "eu", "su"})


def local_words(text: str, tokens: list[tuple[str, int, int]]) -> list[str]:
    """The folded words of ``tokens``, with the words that are a person's in one language
    and not in another renamed so that no word list holds them: "ma" in a sentence with
    no French word (Polish "has", Italian "but"), German "im" (before a capital, or among
    German words), a lower-case "i" in a text that writes capitals (Italian "the", Polish
    "and"), "EU" in capitals (the Union, not Portuguese "I"), Italian "su" (on); and a
    first-person verb or pronoun that is a common word of another language, in a sentence
    of that language and not of its own (Portuguese "sono", sleep; Polish "sali", room)."""
    words = [t[0] for t in tokens]
    _elsewhere(words, text[tokens[0][1] : tokens[-1][2]] if tokens else "")
    for i, word in enumerate(words[:-1]):
        if word == "sono" and _PLURAL_PARTICIPLE.match(words[i + 1]):
            words[i] = "sono-"  # "sono tornati": they came back
    if _OTHERS.isdisjoint(words):
        return words
    french = not _FRENCH.isdisjoint(words)
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
        elif word == "eu" and text[start:end] == "EU":
            words[i] = "eu-"
        elif word == "su" and not _ITALIAN.isdisjoint(words):
            words[i] = "su-"  # Italian "on", not Spanish "his"
    return words


# letters that only one of the eight languages writes
_LETTERS = {
    "pl": re.compile("[ąęłńśźżćĄĘŁŃŚŹŻĆ]"),
    "es": re.compile("[ñ¿¡]"),
    "pt": re.compile("[ãõ]"),
}


_PLURAL_PARTICIPLE = re.compile(r"^\w{3,}(?:ati|uti|iti|ate|ute|ite)$")


def _elsewhere(words: list[str], sentence: str) -> None:
    """Rename in place each person's word of ``words`` that is a common word of another
    language, when the sentence has a marker of that language (a frequent word, or a letter
    only it writes) and none of its own."""
    homographs = load_languages()[1]
    if homographs.keys().isdisjoint(words):
        return
    present = _languages_present(words, sentence)
    if not present:
        return
    for i, word in enumerate(words):
        languages = homographs.get(word)
        if languages and present.isdisjoint(languages[0]) and not present.isdisjoint(languages[1]):
            words[i] = word + "-"


def _languages_present(words: list[str], sentence: str) -> set[str]:
    """The languages a sentence shows: its frequent words, the letters only one writes."""
    markers = load_languages()[0]
    present = {language for language, letters in _LETTERS.items() if letters.search(sentence)}
    for word in words:
        present |= markers.get(word, frozenset())
    return present


def false_friend(words: list[str], index: int, sentence: str) -> bool:
    """The term's word is another word in the language the sentence is written in: Italian
    "l'autista" (the driver), German "doof" (silly), Polish "tory" (tracks)."""
    languages = load_false_friends().get(words[index])
    if languages is None:
        return False
    own, other = languages
    present = _languages_present(words, sentence)
    return present.isdisjoint(own) and not present.isdisjoint(other)


HOW = frozenset("how where wie wo hoe waar jak gdzie".split())
HOW_ASKED = frozenset("comment ou como donde onde come dove".split())  # also "as", "like"


def how_to(sentence: str, words: list[str], index: int) -> bool:
    """A question of how or where to use something ("how do I set up face unlock on the
    tablet", "jak wyłączyć odcisk palca"), with no possessive or relation before the term."""
    if not words or not (
        words[0] in HOW or (words[0] in HOW_ASKED and sentence.rstrip().endswith("?"))
    ):
        return False
    return POSSESSIVES.isdisjoint(words[:index]) and RELATIONS_WORDS.isdisjoint(words[:index])


# "asks whether", "fragt, ob", "demande si", "pyta, czy": a question put, not answered
ASKED = _Prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|fragt|fragte|wissen, ob|demande|demandait|"
    r"pregunta|preguntó|chiede|chiedeva|pergunta|perguntou|vraagt|vroeg|wil weten|pyta|"
    r"pytała|pytał|veut savoir|voulait savoir|quiere saber|quería saber|vuole sapere|"
    r"voleva sapere|quer saber|queria saber|chce wiedzieć|chciał wiedzieć|chciała wiedzieć|"
    r"möchte wissen|will wissen|wollte wissen|wilde weten|would like to know|"
    r"wanted to know)\b,?(?: \w+){0,2},? (?:whether|if|ob|si|se|of|czy)\b",
    re.IGNORECASE,
)


def asked_only(text: str, sentence: str, words: list[str], at: int = -1) -> bool:
    """A question put about the term ("the caller asks whether therapy is covered") in a
    text that names no one close and no first person: it asks, it does not tell. ``at``:
    where the term starts in ``sentence`` (the question must come before it, in the
    sentence or in an earlier one: an answer about a product that follows the question
    tells nothing of a person either). Up to two words may stand between the asking and
    the "whether" ("asked generally whether", "pytał ogólnie, czy").
    """
    asked = ASKED.search(sentence, words)
    if asked is None or (at >= 0 and asked.end() > at):
        before = text[: max(0, text.find(sentence))].lower()
        if not any(key in before for key in ASKED.keys) or not ASKED.pattern.search(before):
            return False  # no question put, in this sentence or an earlier one
    everything = local_words(text, tokens_of(text))
    return (
        POSSESSIVES.isdisjoint(everything)
        and RELATIONS_WORDS.isdisjoint(everything)
        and not first_person(everything)
    )


# who works in care, and where: a term beside them names a job or a unit, not an illness
CARE_JOBS = frozenset(
    """nurse nurses specialist consultant technician department unit ward facharzt
    facharztin pfleger pflegerin krankenschwester pflegekraft abteilung station infirmier
    infirmiere technicien service enfermero enfermera tecnico tecnica servicio infermiere
    infermiera reparto servizio enfermeiro verpleegkundige afdeling pielegniarka
    pielegniarz technik oddzial dzial""".split()
)


# who practises a branch of care: "Psichiatra", "Kardiologin", "therapist"
_PRACTITIONER = re.compile(
    r"(?:iatr[aeo]?|iater|iatrist|olog(?:ist|e|in|ue|o|a)?|apeut\w*|apist|genetist[aeo]?|"
    r"geneticist[aeo]?|geneticien(?:ne)?|genetiker(?:in)?|genetyk)$"
)


# a word of a nursing job that begins like an illness ("enfermera" like "enfermedad")
_NURSING = re.compile(r"^(?:enfermer|enfermeir|infermier|infirmier|krankenpfleg|verpleeg|pielegni)")


def nursing(word: str) -> bool:
    """``word`` names a nurse or nursing, not an illness."""
    return _NURSING.match(word) is not None


# a vaccination against the term: "vaccination contre la grippe", "Szczepienia na grypę"
_VACCINE = re.compile(r"^(?:vaccin|vacun|vacin|impf|szczepi|inent|griepprik)")


def vaccination(words: list[str], index: int) -> bool:
    """The term is what a vaccination is against, in a sentence that names no one ("flu
    jabs for staff on Tuesday"): a campaign, not a condition."""
    before = words[max(0, index - 3) : index]
    return any(_VACCINE.match(w) for w in before) and ANCHORS.isdisjoint(words)


# a way of logging in: "fingerprint login", "acceso con huella", "logowanie odciskiem"
LOGIN = frozenset(
    """login logins logon sign signin anmeldung anmelden connexion acceso accesso acesso
    inloggen logowanie logowania""".split()
)


def login_feature(words: list[str], index: int) -> bool:
    """The term is a way of logging in named as a feature ("switch off fingerprint login",
    "acceso con huella"), with no person's word between the two."""
    for at in range(max(0, index - 3), min(len(words), index + 2)):
        if words[at] in LOGIN:
            between = words[min(at, index) + 1 : max(at, index)]
            return ANCHORS.isdisjoint(between)
    return False


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


def general(words: list[str], index: int) -> bool:
    """Said of no one: a subject that is nobody ("nobody reported symptoms", "nessuno è
    iscritto"), or "almost" right before the term ("nearly had a heart attack"), where no
    first person comes before the term ("I have none of these allergies" still speaks)."""
    before = words[max(0, index - 3) : index]
    if not ALMOST.isdisjoint(before):
        return True
    head = words[:index]
    return not NOBODY.isdisjoint(head) and not first_person(head)


def impersonal(words: list[str]) -> bool:
    """Counts of a population, a holiday or an event for everyone, a story told, with no
    person named ("muslim_share_pct", "Diwali lunch - everyone welcome", "in the film a
    pastor ...")."""
    fiction = not FICTION.isdisjoint(words)
    if fiction and any(w in FICTION and words[i - 1] in POSSESSIVES for i, w in enumerate(words)):
        return True  # "meine Figur ist schwanger": the writer's character in a game
    if not ANCHORS.isdisjoint(words) and first_person(words):
        return False
    if fiction:
        return True
    return ANCHORS.isdisjoint(words) and not (AGGREGATE.isdisjoint(words) and not _event(words))


def _event(words: list[str]) -> bool:
    """A word of an event for everyone; Italian "alle" ("to the") is not German "alle"."""
    event = EVENT.intersection(words)
    return bool(event) and not (event == {"alle"} and not _ITALIAN.isdisjoint(words))


_OPTION = re.compile(r"(?:\[\s*\]|\(\s*\)|[□☐○◯])\s*$")
_QUOTES = re.compile(r"""(?:^|[\s(:])['"„“«‚‘]""")
_QUOTED = re.compile(r"""(?:^|[\s(:])(['"„“«‚‘])([^'"„“”«»‚‘’]{3,300})(?:['"“”»‘’])""")


def option_or_quote(text: str, start: int, end: int) -> bool:
    """A term that is one option of a form ("[ ] Muslim"), or inside a quotation or a
    title of four words or more ("'la religión es el opio del pueblo'")."""
    if _OPTION.search(text, max(0, start - 6), start):
        return True
    if '":' in text or not _QUOTES.search(text):
        return False  # JSON: its strings are values, not quotations; no quotation mark
    for m in _QUOTED.finditer(text):
        if m.start(2) <= start and end <= m.end(2) and len(m.group(2).split()) >= 4:
            return True
    return False


# words of citing a saying: "cite", "quote", "zitieren", "proverbio", "przysłowie"
_CITING = (
    "cit",
    "quot",
    "zitat",
    "zitier",
    "cytat",
    "cytow",
    "proverb",
    "sprichwort",
    "dicton",
    "refr",
    "spreekwoord",
    "przys",
    "aforism",
    "motto",
    "slogan",
)


def quoted_apart(text: str, start: int, end: int) -> bool:
    """A term inside a quotation of four words or more that holds no first person: words
    someone else said or wrote, cited by the writer ("I have to cite 'religion is the opium
    of the people'"), not the writer's own."""
    if '":' in text or not _QUOTES.search(text):
        return False
    if not any(w.startswith(_CITING) for w in _LITERAL.findall(text.lower())):
        return False
    for m in _QUOTED.finditer(text):
        inside = m.group(2)
        if m.start(2) <= start and end <= m.end(2) and len(inside.split()) >= 4:
            return not first_person(_LITERAL.findall(inside.lower()))
    return False


def place_named(words: list[str], index: int) -> bool:
    """The term names a place or an institution: it is one, or stands right beside one,
    and no person is named ("Evangelisches Krankenhaus", "St Mary's Parish")."""
    near = words[max(0, index - 1) : index + 2]
    return not PLACE_WORDS.isdisjoint(near) and ANCHORS.isdisjoint(words)


def only_a_place(words: list[str]) -> bool:
    """The sentence names data, news, a place or an institution and no person ("health
    data is kept apart", "deliver to the oncology ward", "Geschäftsstelle der IG Metall")."""
    return not PLACE_WORDS.isdisjoint(words) and ANCHORS.isdisjoint(words)


def negated(words: list[str], index: int) -> bool:
    """A negation in the two words before ``words[index]``."""
    return not NEGATIONS.isdisjoint(words[max(0, index - 2) : index])


# how far before a term a word of a topic governs it: "an article about <t>", "a webinar on
# living with <t>"; a gym subscription ten words earlier does not
TOPIC_REACH = 6


def mentions_only(sentence: str, words: list[str], index: int) -> bool:
    """The sentence asks a hypothetical, or speaks of a topic: a word of a topic stands
    nearer before the term than any word of a person ("I read an article about <t>"), or
    the sentence names a topic and no person before the term."""
    if HYPOTHETICAL.search(sentence, words):
        return False if first_person(words[:index]) else True
    person = max((i for i in range(index) if words[i] in ANCHORS), default=-1)
    topic = max(
        (
            i
            for i, w in enumerate(words)
            if index - TOPIC_REACH <= i < index and (w in TOPIC_WORDS or _topic_head(w))
        ),
        default=-1,
    )
    if topic > 0 and words[topic - 1] in SUBJECTS:
        topic = -1  # the person's verb, not a topic: "the patient reports", "she reports"
    if topic > person:
        return True
    return person < 0 and not first_person(words) and topical(words)


# a value a label leaves blank: a box to tick, a line to fill, a switch
_BLANK = re.compile(
    r"""^\s*["']?\s*(?:false|true|null|none|n/?a|-+|\d+|off|disabled|deactivated|desativado|"""
    r"""desactivado|deaktiviert|désactivé|disattivato|uitgeschakeld|wyłączon[ey]|no|nein|non|"""
    r"""não|nee|nie)?\s*["']?\s*[,}\]]?\s*$|"""
    r"\(\s*\)|\[\s*\]|□|☐|_{3,}|^\s*\?",
    re.IGNORECASE,
)
_CLOCK_COLON = re.compile(r"\d:[0-5]\d")
_AMOUNT = re.compile(r"\d\s?[€£$]|[€£$]\s?\d")
_LABEL_END = re.compile(r"""[\w ()/',-]{0,40}?["']?\s*:""")


def label_value(text: str, start: int, end: int) -> str | None:
    """The value after the label a term stands in ("Religion: Muslim", ``"belief": "x"``):
    None when the term is in no label, "" when the value is left blank."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    label = _LABEL_END.match(text, end, line_end)
    if label is None or _CLOCK_COLON.match(text, label.end() - 2):
        return None  # no label; or a time of day ("Wallfahrt 17:00"), not a blank field
    value = text[label.end() : line_end]
    cut = re.search(r'"?,\s*"|\}', value)
    value = value[: cut.start()] if cut else value
    if _AMOUNT.search(value):
        return value  # a sum paid: "Donazione Lega 2025: 50 €"
    return "" if _BLANK.search(value) or not re.search(r"[^\W\d_]", value) else value


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
    educazione erziehung educatie edukacja""".split()
)


# people in general with a condition: "rooms for people with disabilities", "für Menschen
# mit Diabetes", "osobom z niepełnosprawnościami" (a feature or a service, no one's health)
_PEOPLE_WITH = frozenset(
    """people persons menschen personen personnes personas persone pessoas mensen osob
    osobom osoby""".split()
)
_WITH = frozenset("with mit avec con com met z ze atteintes en".split())


def people_with(words: list[str], index: int) -> bool:
    """The term follows "people with" in one of the languages, in a text with no first
    person: a group, not a person."""
    before = words[max(0, index - 5) : index]
    if _WITH.isdisjoint(before) or _PEOPLE_WITH.isdisjoint(before):
        return False
    return not first_person(words)


def field_of(words: list[str], index: int, after: bool = True) -> bool:
    """The term names a field that someone teaches, studies, reports on or works in: a field
    word up to three words before it or right after it ("Head of Religious Education",
    "Profesora de Religión", "Departamento de Biometria", "college-genetica-week4"), where
    the text has no first person and no relation: a job or a subject, not a disclosure.
    ``after`` false looks only before: a union or party may bear a field in its name
    ("UNSA Éducation")."""
    near = words[max(0, index - 3) : index] + (words[index + 1 : index + 2] if after else [])
    if FIELD_WORDS.isdisjoint(near):
        return False
    return not first_person(words) and RELATIONS_WORDS.isdisjoint(words)


# praying for a thing to work: "pray for me, the deploy goes out at 5", "modlę się, żeby
# serwer wstał", "rezo para que el vuelo salga"
PRAYING = frozenset(
    """pray prays praying prayer prayers bete beten betet betend bid bidden bidt prie prions
    prier priez rezo rezar rezando recemos reza rezemos prego pregare preghiamo pregando
    modle modlimy modlcie modlic modlmy""".split()
)
THINGS = frozenset(
    """deploy deployment deploys server servers serwer serwera serweru serveur servidor
    servidores update updates release build patch migration wifi internet printer drucker
    imprimante impresora stampante impressora drukarka exam exams prufung examen esame exame
    tentamen egzamin demo train zug trein pociag flight flug vol vuelo volo voo vlucht lot
    weather wetter meteo tiempo weer pogoda backup release""".split()
)


def prayer_for_things(words: list[str]) -> bool:
    """A prayer word followed within eight words by a thing that should work ("pray the
    deploy works", "modle sie zeby serwer wstal"): a figure of speech, not a faith."""
    for at, word in enumerate(words):
        if word in PRAYING and not THINGS.isdisjoint(words[at + 1 : at + 9]):
            return True
    return False


# a faith as a figure of speech: "acts like it's a religion", "c'est sa religion lol"
_LIKE_A_RELIGION = re.compile(
    r"\b(?:like|as if|wie|comme|como|come|als|jak) (?:it'?s |its |it is |a |eine? |une? |"
    r"una? |uma |een |een soort )*religi(?:on|one|ón|ão|e|a)\b",
    re.IGNORECASE,
)
_ONES_RELIGION = re.compile(
    r"\b(?:is|es|est|è|é|ist|jest|to) (?:sa|ma|my|his|her|their|mi|su|sua|mia|la sua|la mia|"
    r"a sua|a minha|seine|ihre|meine|zijn|haar|mijn|jej|jego|moja) religi\w*",
    re.IGNORECASE,
)


def religion_metaphor(sentence: str) -> bool:
    """A faith named as a figure of speech: "like a religion", or "is her religion" in a
    laughing line."""
    if _LIKE_A_RELIGION.search(sentence):
        return True
    return _ONES_RELIGION.search(sentence) is not None and LAUGHTER.search(sentence) is not None


# a language, not an origin: "Muttersprache: Sorbisch", "langue maternelle", "język ojczysty"
# (no verbs of speaking: Polish "mówi" and Portuguese "fala" also mean "says")
LANGUAGE_WORDS = frozenset(
    """language languages tongue muttersprache sprache sprachen langue langues maternelle
    lengua idioma idiomas lingua lingue madrelingua moedertaal taal talen jezyk jezyka
    ojczysty""".split()
)


def language_named(words: list[str], index: int) -> bool:
    """A word of language up to three words before the term: a language spoken, which the
    rules do not count as an origin."""
    return not LANGUAGE_WORDS.isdisjoint(words[max(0, index - 3) : index])


# a strike as the cause of a delay: "no trains because of the strike", "door de staking"
STRIKES = re.compile(r"^(?:strike|strikes|streik|greve|huelga|sciopero|staking|strajk)")
CAUSES = frozenset(
    """because due owing thanks door vanwege wegen durch dank cause raison por causa per
    przez powodu""".split()
)


# a strike of someone else: "sciopero dei treni", "greve dos metroviários", "staking bij de NS"
STRUCK_BY = frozenset(
    """of at bei der des du dos das do da dei degli della del bij van w na""".split()
)


def strike_as_cause(words: list[str], index: int) -> bool:
    """A strike named as the cause of something ("no trains because of the strike"), or a
    strike of someone else ("sciopero dei treni venerdì"): the writer is affected, not a
    member."""
    if STRIKES.match(words[index]) is None:
        return False
    if index + 1 < len(words) and words[index + 1] in STRUCK_BY:
        return True
    return not CAUSES.isdisjoint(words[max(0, index - 4) : index])


# a street: "al. Solidarności 82", "Gewerkschaftsstrasse 12", "rue de la Paix"
STREET_HEADS = (
    "strasse", "gasse", "allee", "platz", "straat", "laan", "plein", "gracht", "weg", "str",
)  # fmt: skip
# a street's name going on after the term, in capitalised words: "Parkinson Road",
# "Bayram-Grein Groth-Straße" ("gegen die AfD auf der Straße" is no street's name)
_STREET_AFTER = re.compile(
    r"^(?:[-\s]+[A-ZÀ-Ý][\w'.]*){0,3}?[-\s]+(?:Road|Street|Avenue|Lane|Drive|Straße|"
    r"Strasse|Str\.|Gasse|Weg|Allee|Platz|Ring|Damm|Ufer|Straat|Laan|Plein|Gracht)\b"
)
STREET_WORDS = frozenset(
    """ul ulica ulicy aleja alei plac calle avenida rua travessa largo viale piazza rue
    avenue boulevard straat laan street road lane chemin impasse allee quai""".split()
)
_STREET_LINKS = frozenset("de del della di do da dos das la le l du des".split())


_STREET_SHORT = re.compile(r"\b(?:al|ul|av|pl|str)\.\s*$", re.IGNORECASE)


_NUMBERED_HEADS = ("ring", "damm", "ufer", "steig", "pfad", "kamp")
_HOUSE_NUMBER = re.compile(r"^\s+\d{1,4}[a-z]?\b")


def street_named(words: list[str], index: int, before: str = "", after: str = "") -> bool:
    """The term is a street's name: a compound whose head is a street ("Gewerkschaftsstrasse",
    "Krebsweg"), a street word right before it ("calle de la Unión") or closing a name of
    capitalised words in the text ``after`` it ("Parkinson Road", "Bayram-Grein
    Groth-Straße"), or a street's short form at the end of the text ``before`` it ("al.
    Solidarności"). "via", "al" and "av" are other words as
    well, so only their short forms with a full stop count."""
    if _STREET_SHORT.search(before):
        return True
    word = words[index]
    if any(len(word) >= len(head) + 4 and word.endswith(head) for head in STREET_HEADS):
        return True  # "Krebsweg", "Gewerkschaftsstrasse"
    if word.endswith(_NUMBERED_HEADS) and _HOUSE_NUMBER.match(after):
        return True  # "Krebsring 15": a head that names a street only before a house number
    if _STREET_AFTER.match(after):
        return True  # "Parkinson Road", "Bayram-Grein Groth-Straße"
    at = index - 1
    while at >= 0 and index - at <= 3 and words[at] in _STREET_LINKS:
        at -= 1  # "calle de la Unión", "rue de la Paix"
    return at >= 0 and words[at] in STREET_WORDS


# leading a community's association: "presidente dell'associazione Sinti", "voorzitter van de
# Hindostaanse vereniging", "Coordinadora, Red de Mujeres Quechuas"
LEADERS = frozenset(
    """president presidente presidenta praesident prasident presidentin chair chairman
    chairwoman chairperson voorzitter vorsitzende vorsitzender coordinator coordinadora
    coordinador coordinatrice coordinatore coordenador coordenadora prezes przewodniczacy
    przewodniczaca founder fondatore fondatrice fundador fundadora grunder grunderin oprichter
    zalozyciel zalozycielka guida guido leitet leite dirige dirijo kieruje prowadzi prowadze
    moderiere moderiert modero moderatore moderatrice moderator moderatorka presente presento
    presenteer prezentuje przewodnicze treasurer tresorier tresoriere tesorero tesorera
    tesoriere tesoureiro tesoureira penningmeester schatzmeister schatzmeisterin skarbnik
    secretary sekretarz secretaris secretaire secretario secretaria segretario
    segretaria""".split()
)
COMMUNITIES = frozenset(
    """association associations associazione asociacion associacao vereniging verein
    forening stowarzyszenie network red rede netzwerk netwerk rete siec community comunidad
    comunita comunidade gemeinschaft gemeenschap spolecznosc club circolo centro centre
    zentrum collectif colectivo collettivo coletivo collectief kollektiv kolektyw zwiazek
    zwiazku verband unie union""".split()
)
# the heads of German, Dutch and Danish compounds that name an association:
# "Frauenverein", "Regionalverband", "buurtvereniging"
COMMUNITY_HEADS = ("verein", "verband", "vereniging", "forening", "gemeinschaft")


def leads_a_community(words: list[str], index: int) -> bool:
    """A leader's title and a community's association in the sentence, the term within
    eight words of the title: leading an association of one's origin is a disclosure of it."""
    near = words[max(0, index - 8) : index + 9]
    if LEADERS.isdisjoint(near):
        return False
    return not COMMUNITIES.isdisjoint(words) or any(w.endswith(COMMUNITY_HEADS) for w in words)


# an animal's record: "razza: meticcio" is a dog's breed (words of other meanings
# elsewhere, "chat", "pies", "cane", "pet", are left out)
ANIMALS = frozenset(
    """animal animals animale animali animais tier tiere haustier dier huisdier zwierze
    zwierzak mascota mascotte bicho breed rasse hund katze dog gato gatto perro chien hond
    kot cao horse pferd cheval caballo cavallo cavalo paard puppy kitten""".split()
)


def of_an_animal(words: list[str]) -> bool:
    """A word of an animal in the sentence: its breed, not a person's origin."""
    return not ANIMALS.isdisjoint(words)


# a business named for a people: "Churrasqueira O Cigano", "Restaurant Le Berbère"
BUSINESSES = frozenset(
    """restaurant restaurante ristorante restaurace churrasqueira pizzeria trattoria osteria
    taverna taberna tasca bar cafe kebab imbiss brasserie bistro bistrot hotel hostel
    pension pensione pousada herberg eetcafe cafetaria lanchonete padaria bakery backerei
    boulangerie panaderia panetteria bakkerij piekarnia restauracja kawiarnia""".split()
)


def a_business(words: list[str], index: int) -> bool:
    """A business's word in the three words before the term: its name, not an origin."""
    return not BUSINESSES.isdisjoint(words[max(0, index - 3) : index])
