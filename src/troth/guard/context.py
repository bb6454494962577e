"""Who a sentence is about, and whether it only mentions a topic: the words around a term.

Word lists of the eight languages (folded: lower case, no accents). A sentence reveals
a special category about a person when it names the person ("I", "my wife", "the
caller", a verb of the first person in a language that drops the pronoun) and neither
negates the term, nor sets a rule, nor asks a hypothetical question, nor speaks of the
topic (an article, a dashboard, a policy).
"""

from __future__ import annotations

import re

from troth.guard.homographs import ITALIAN, local_words
from troth.guard.lexicon import tokens_of
from troth.guard.prefilter import Prefiltered

# subjects: a person who is or has something
SUBJECTS = frozenset(
    """i im ive ich je j yo io eu ik she he er elle ella lui ela ele zij hij ona caller
    pat pte pcte pt
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
    pacjentki pracownika pracownicy najemcy dzwoniaca dzwoniacy rozmowca rozmowczyni
    zglaszajacy zglaszajaca wnioskodawca wnioskodawczyni llamante chiamante appelant
    appelante interlocuteur interlocutrice beller belster requester requerente richiedente
    aanvrager aanvraagster antragsteller antragstellerin participant participante
    partecipante teilnehmer teilnehmerin deelnemer deelneemster uczestnik uczestniczka
    passenger passagier passagiere pasajero pasajera passeggero passeggera passageiro
    passageira pasazer pasazerka worker arbeiter arbeiterin arbeitnehmer arbeitnehmerin
    travailleur travailleuse trabajador trabajadora lavoratore lavoratrice trabalhador
    trabalhadora werknemer werkneemster
    detainee inmate prisoner gedetineerde haftling gefangener gefangene detenu detenue
    detenido detenida recluso reclusa detenuto detenuta detento detenta osadzony osadzona
    claimant beneficiary beneficiaire beneficiario beneficiaria leistungsberechtigter
    leistungsberechtigte uitkeringsgerechtigde swiadczeniobiorca asielzoeker asylbewerber
    asylbewerberin demandeur demandeuse victim opfer victime victima vittima vitima
    slachtoffer ofiara mineur minderjarige nieletni nieletnia""".split()
)
# first-person verbs of the languages that drop the pronoun, and "being/having" forms, by
# language (a verb that is a common word of another language counts only in a sentence of
# its own language: :func:`local_words`)
VERBS_BY_LANGUAGE = {
    "es": """soy estoy tengo padezco sufro acabo voy vengo puedo hago tomo llevo necesito salgo
    sigo acabe tuve hice estuve empece volvi sali quede fui pido solicito quiero escribo
    llamo empiezo viajo duermo utilizo convivo dependo recibo siento noto espero acudo
    tome lleve compre pague llegue declaro estare tendre sere podre""",
    "it": """sono ho soffro vado posso faccio prendo devo sto esco tengo vengo chiedo allego
    scrivo voglio comincio chiamo dormo sento seguo ricevo utilizzo convivo dipendo prenoto
    spero rompo dichiaro saro avro staro""",
    "pt": """sou estou tenho sofro vou venho posso faco tomo preciso saio acabei fui tive fiz
    estive comecei tomei voltei sai fiquei acabo devo sigo peco quero escrevo comeco ligo
    filiei afiliei inscrevi entrei durmo sinto utilizo convivo dependo recebo espero declaro
    estarei terei serei""",
    "pl": """jestem mam cierpie naleze chodze glosowalem glosowalam ide moge biore musze bylam
    bylem przestrzegam nosze lecze mieszkam uczeszczam wierze modle poszcze prosze zaczynam
    bede""",
    "de": "bin habe hab nehme nehm brauche kriege bekomme leide",
    "fr": "suis ai vais peux prends dois sors serai aurai",
    "nl": "ben heb ga neem slik krijg verklaar",
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
    enrolee enrolement registar registo registro registra reenrol reregister
    neu-registrieren rejestracja rejestracji created creado creada angelegt aangemaakt cree
    creee creato creata criado criada utworzony utworzona ingesteld eingerichtet configured
    configurado configurada configure impostato impostata skonfigurowany""".split()
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
    broer zus vriend vriendin zona maz syn corka dziecko matka mama ojciec ojcem ojca tata brat
    siostra grandson granddaughter stepson stepdaughter stepmother stepfather nephew niece
    enkelin stiefsohn stieftochter neffe nichte tante onkel
    neveu niece oncle abuela abuelo nieto nieta sobrino sobrina tia tio nonna nonno nipote
    zia zio avo avos neto neta sobrinho sobrinha grootmoeder grootvader kleinzoon
    kleindochter neef babcia dziadek wnuk wnuczka ciocia wujek tacie taty ojca ojcu mamie
    mame matki matce babci dziadka dziadkowi meza mezem mezowi zony zonie syna synem synowi
    corki corce brata bratu siostry siostrze dziecka dziecku wnuka wnuczki nan nana gran
    granny grandad granddad grandmum grandmom papa mami papi abuelita abuelito vovo omi
    opi ehemann ehefrau ehepartner ehepartnerin lebensgefahrte lebensgefahrtin echtgenoot
    echtgenote conjoint conjointe conyuge coniuge conjuge malzonek malzonka mamma maman mutti
    vati babbo""".split()
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
    mundial mondiale mondial welttag wereld swiatowy swiatowego swiatowa awareness
    """.split()
)
# a story told: a film, a book, a character ("in the film a boy of 11 ...")
FICTION = frozenset(
    """film movie novel synopsis plot character characters episode episodes season sitcom
    roman romanfigur figur staffel handlung personnage personnages episode saison
    intrigue novela personaje personajes episodio temporada trama romanzo personaggio
    personaggi stagione romance personagem personagens temporada enredo boek roman
    personage personages aflevering seizoen verhaallijn powiesc postac postaci odcinek
    sezon fabula chapter chapters kapitel chapitre capitulo capitolo hoofdstuk narrator
    narrateur narrador narratore verteller erzähler erzahler protagonist
    protagoniste protagonista hoofdpersoon bohater bohaterka
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
# a rule or instruction about a category, a hypothetical, a topic: the sentence reveals none
RULE = Prefiltered(
    r"\b(?:never|do not|don't|dont|must not|mustn't|should not|shouldn't|please do not|"
    r"niemals|nie|keine|ne jamais|ne pas|jamais|nunca|no (?:escrib|anot|guard)|mai|non "
    r"(?:scriv|inser)|nooit|niet|nigdy|nie wolno|(?<!\bi )(?<!\bwe )cannot|"
    r"(?:may|might) not|no se (?:puede|debe)|no (?:se )?pueden?|"
    r"ne (?:peut|peuvent|doit|doivent) pas|"
    r"não (?:se )?(?:pode|podem|deve)|non (?:si )?(?:può|possono|deve)|(?:darf|dürfen) nicht|"
    r"mogen niet|nie (?:może|można)|interdit|forbidden|prohibited|not allowed|verboten|"
    r"untersagt|prohibido|vietato|proibido|verboden|zabronione|niedozwolone|prohibits|"
    r"prohíbe|prohibe|verbietet|vieta|proíbe|verbiedt|zabrania)\b.{0,40}\b(?:type|enter|"
    r"write|store|ask|"
    r"share|record|log|collect|note|put|save|include|disclose|eingeben|notieren|speichern|"
    r"fragen|saisir|noter|demander|enregistrer|escribir|anotar|guardar|preguntar|inserire|"
    r"scrivere|chiedere|registrare|digitar|anotar|perguntar|invoeren|noteren|vragen|"
    r"opslaan|wpisywac|zapisywac|pyta[cć]|demandons|preguntamos|pedimos|chiediamo|"
    r"perguntamos|fragen wir|vragen we|vragen wij|pytamy|collectons|recogemos|raccogliamo|"
    r"recolhemos|verzamelen|zbieramy)|"
    # the verb before the negation: "nous ne demandons jamais", "non chiediamo mai"
    r"\b(?:ne |n'|non |nie )?(?:demandons|collectons|enregistrons|chiediamo|raccogliamo|"
    r"registriamo|pytamy|zbieramy|notujemy) (?:jamais|pas|mai|nigdy)\b|"
    r"\b(?:privacy policy|guideline|guidelines|gdpr|"
    r"art\.? ?9|article 9|richtlinie|dsgvo|politique de confidentialité|rgpd|"
    r"política de privacidad|informativa sulla privacy|avg|"
    r"rodo|regel|regola|regla|reminder to|training for agents|agents must)\b",
    re.IGNORECASE,
)
# a rule of what any worker may do: "staff may be accompanied by a union representative",
# "il lavoratore può farsi assistere da un rappresentante sindacale"
_WORKERS = frozenset(
    """staff employee employees worker workers lavoratore lavoratori dipendente dipendenti
    trabajador trabajadores empleado empleados salarie salaries agent agents beschaftigte
    beschaftigten arbeitnehmer arbeitnehmerin mitarbeitende mitarbeitenden trabalhador
    trabalhadores funcionario funcionarios werknemer werknemers medewerker medewerkers
    pracownik pracownicy""".split()
)
_ENTITLED = re.compile(
    r"\b(?:staff|employees?|workers?|lavorator[ei]|dipendent[ei]|trabajador(?:es)?|"
    r"emplead[oa]s?|salariée?s?|agents?|beschäftigten?|arbeitnehmer(?:in|innen)?|"
    r"mitarbeitenden?|trabalhador(?:es)?|funcionári[oa]s?|werknemers?|medewerkers?|"
    r"pracowni(?:k|cy))\s+(?:may|can|is entitled to|are entitled to|has the right|"
    r"have the right|può|possono|puede|pueden|tiene derecho|tienen derecho|peut|peuvent|"
    r"a le droit|ont le droit|kann|können|darf|dürfen|hat das recht|haben das recht|pode|"
    r"podem|tem direito|têm direito|mag|mogen|kan|kunnen|heeft recht|hebben recht|może|"
    r"mogą|ma prawo|mają prawo)\b",
    re.IGNORECASE,
)


def a_rule(sentence: str, words: list[str]) -> bool:
    """A rule or an instruction about a category ("never type a customer's diagnosis"), or
    what any worker may do: the sentence reveals no one's."""
    if RULE.search(sentence, words) is not None:
        return True
    return not _WORKERS.isdisjoint(words) and _ENTITLED.search(sentence) is not None


# a group's rule against talk of a topic: "no politics or religion in this group"
_NO_TOPICS = re.compile(
    r"\b(?:no|nada de|pas de|niente|zakaz|geen|keine|kein|sem|sin|senza)\s+(?:\w+\s+){0,2}?"
    r"(?:politics|política|politique|politica|polityki|politiek|politik)\s+(?:or|ni|et|e|i|of|"
    r"oder|ou|né|y|niente|nada)\s+(?:\w+\s+){0,2}?(?:religion|religión|religione|religião|"
    r"religii|religie)\b",
    re.IGNORECASE,
)
# a procedure's heading: "Procedura malattia: il medico invia …", "Verzuimprotocol: …",
# "Sick leave procedure: your GP sends …" (a rule, whoever it will be about)
_HEADING = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,3}(?:procedur[ea]|procédure|procedimiento|procedimento|"
    r"procedure|protocol|protocollo|protocolo|protokoll|\w+protocol|\w+protokoll|ablauf|"
    r"verfahren|richtlijn|regeling|instrukcja|regulamin|policy|polityka|política|"
    r"politique)\b[^:\n]{0,40}:",
    re.IGNORECASE,
)
_HEADING_WORDS = re.compile(
    r"procedur|procédure|procedimiento|procedimento|protocol|protokoll|ablauf|verfahren|"
    r"richtlijn|regeling|instrukcja|regulamin|policy|polityka|política|politique",
    re.IGNORECASE,
)


def procedure_heading(sentence: str) -> bool:
    """The sentence opens with a procedure's or a policy's heading and a colon, or is a
    group's rule against talk of politics and religion."""
    head = sentence[:60]
    if _HEADING_WORDS.search(head) is not None and _HEADING.match(head) is not None:
        return True
    lower = sentence.lower()
    politics = "polit" in lower or "polít" in lower
    return politics and "religi" in lower and _NO_TOPICS.search(sentence) is not None


HYPOTHETICAL = Prefiltered(
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
    model models modell modelo modello modele sensor sensore sensors capteur
    onnx algorithm algorithms algorithmus algorithme algoritmo algoritme
    algorytm product produkt producto prodotto produto sku promo promotion sale aktion offer
    rabatt descuento oferta sconto promocao aanbieding korting promocja rabat leaflet leaflets
    brochure brochures flyer flyers folleto folletos opuscolo opuscoli folheto folhetos ulotka
    prospekt broschure depliant depliants law gesetz ley loi legge  wet ustawa dog
    dpia draft entwurf brouillon
    borrador bozza rascunho szkic
    lecture lectures vortrag conference conferencia conferenza palestra lezing wyklad
    webinaire webinaires webinario webinari webinarios webinarium webinaru seminar seminars
    seminare seminaire seminaires seminarium seminario seminari seminarios protocol
    protocols protokoll protocole protocolo protocollo protokol
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
    cavalo paard kon
    warehouse magazzino magazijn magazyn almacen armazem entrepot inventory inventar
    inventario inventaire inventaris restock riassortire reorder nachbestellen reponer
    bijbestellen kurs kurse cursus libro buch boek ksiazka ksiazki livro novel novela
    romanzo powiesc bestseller
    hiring vacancy vacancies recruiting recruitment stellenangebot stellenanzeige
    stellenausschreibung recrutement recrute recrutons vacante vacantes assumiamo vaga vagas
    vacature vacatures rekrutacja rekrutujemy
    museum museo museu musee muzeum tour tours rondleiding zwiedzanie wycieczka
    architecture architektur arquitectura architettura architectuur architektura
    sightseeing""".split()
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
    institut institute instituto istituto instytut universitatsklinikum uniklinik
    uniklinikum
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
    moje mojego mojej mn mim comigo conmigo""".split()
)


def topical(words: list[str]) -> bool:
    """A word of a topic, a product or a document among ``words`` (folded)."""
    return not TOPIC_WORDS.isdisjoint(words) or any(_topic_head(w) for w in words)


# a cause money or work goes to: research into an illness, a fundraiser for it ("fondi per
# la ricerca sulle malattie rare", "c'est pour la recherche sur les maladies génétiques",
# "Spendenlauf für die Krebsforschung"); research is followed by what it is on
_RESEARCH = frozenset("research recherche investigacion ricerca pesquisa forschung".split())
_RESEARCH_ON = frozenset(
    """into on sur contre sobre contra sul sulla sulle sui contro zu uber gegen""".split()
)
# a body or a campaign against an illness: "la Ligue contre le cancer", "Deutsche
# Gesellschaft gegen …", "la lucha contra el cáncer"
_AGAINST = frozenset("against contre contra contro gegen tegen przeciw przeciwko".split())
_BODIES = frozenset(
    """league ligue liga lega bund stichting fundacja fondation fundacion fondazione fundacao
    vereniging association associazione asociacion associacao verein campaign kampagne
    campagne campana campagna campanha kampania lutte lucha lotta luta fight strijd kampf
    walka walki race run lauf loop course carrera corsa corrida bieg marcha marche marcia
    caminhada walk wandeling solidaria solidario solidale solidaire""".split()
)
# money raised: "raising money for Cancer Research", "Geld sammeln für …"
_RAISING = frozenset("raising raise raised sammeln sammle recaudar recaudando arrecadar".split())
_MONEY = frozenset("money funds geld fondos fundos fonds soldi pieniadze".split())
_FUNDRAISERS = frozenset(
    """fundraiser fundraising telethon spendenlauf benefizlauf raccolta recaudacion
    arrecadacao inzameling zbiorka""".split()
)


def a_cause(words: list[str], index: int) -> bool:
    """The term is what research, a fundraiser, or a body or a campaign against it is for,
    in words of no one's own."""
    before = words[max(0, index - 4) : index]
    if not POSSESSIVES.isdisjoint(before):
        return False
    research = any(
        w in _RESEARCH and before[i + 1 : i + 2] and before[i + 1] in _RESEARCH_ON
        for i, w in enumerate(before)
    )
    against = any(
        w in _AGAINST and i > 0 and before[i - 1] in _BODIES for i, w in enumerate(before)
    )
    # a body named for research into it: "Cancer Research UK", "Alzheimer Forschung"
    named = words[index + 1 : index + 2] != [] and words[index + 1] in _RESEARCH
    raised = not _RAISING.isdisjoint(words[:index]) and not _MONEY.isdisjoint(words[:index])
    return research or against or named or raised or not _FUNDRAISERS.isdisjoint(before)


# a day named for an illness: "Día del Cáncer de Mama", "World Diabetes Day", "Journée
# mondiale du diabète", "Światowy Dzień Cukrzycy"
_DAY_BEFORE = frozenset(
    """dia día journee giornata dzien dnia tag dag day mondiale mundial world welt wereld
    swiatowy international internationale internacional internazionale""".split()
)
_DAY_AFTER = frozenset("day tag dag awareness".split())
_WORLD = frozenset(
    """world welt wereld mondiale mundial swiatowy international internationale internacional
    internazionale national nationale nacional nazionale""".split()
)
# a screening or a check offered for free: "rastreio gratuito de tensão arterial"
_FREE = frozenset(
    """free gratis kostenlos kostenlose kostenloser gratuit gratuite gratuito gratuita
    gratuitos gratuitas bezplatny bezplatne darmowy darmowe""".split()
)


def a_day_or_an_offer(words: list[str], index: int, last: int) -> bool:
    """The term names a day kept for an illness, or a check offered for free (``last``:
    the index of the term's last word)."""
    before = words[max(0, index - 4) : index]
    after = words[last + 1 : last + 3]
    if not _FREE.isdisjoint(before):
        return True
    if not _DAY_AFTER.isdisjoint(after) and not _WORLD.isdisjoint(before):
        return True  # "World Diabetes Day" (not "Day Hospital", "miscarried that day")
    return not _DAY_BEFORE.isdisjoint(before) and POSSESSIVES.isdisjoint(before)


def a_named_day(words: list[str], index: int) -> bool:
    """The term names a world's or a nation's day kept for a people, a faith or a cause:
    "Día Internacional del Pueblo Gitano", "Internationaler Tag gegen Homophobie"."""
    before = words[max(0, index - 4) : index]
    return (
        not _WORLD.isdisjoint(before)
        and not _DAY_BEFORE.isdisjoint(before)
        and POSSESSIVES.isdisjoint(before)
    )


# a quiz's question: "Team quiz: round 4 is on famous Popes", "Kneipenquiz – Kategorie Kirche"
_QUIZ = frozenset(
    """quiz quizz quizzes quizes pubquiz kneipenquiz trivia teleturniej kwiz concurso
    quizavond""".split()
)


def a_quiz(words: list[str]) -> bool:
    """The words are a quiz's: a question asked of players, no one's own."""
    return not _QUIZ.isdisjoint(words)


# Polish verbs of the first person in the past and the conditional ("byłam", "zapisałem",
# "zrobiłabym", "robiliśmy"): the pronoun is dropped, the ending says who speaks
POLISH_FIRST = re.compile(r"^(?!(?:jeru)?salem$)\w+[aeiouy](?:lem|lam|labym|lbym|lismy|lysmy)$")


def first_person(words: list[str]) -> bool:
    return (
        not FIRST_PERSON.isdisjoint(words)
        or not VERBS.isdisjoint(words)
        or any(POLISH_FIRST.match(w) for w in words)
    )


# the object pronoun of "it gave me", "me dio", "mi ha fatto venire", "m'a donné", "gaf me"
OBJECT_ME = frozenset("me mir mich moi m mi mij mnie".split())
SUBJECT_ME = frozenset("i im ive ich je j yo io eu ik".split())


def sentence_tokens(tokens: list[tuple[str, int, int]], s: int, e: int) -> list[str]:
    return [word for word, start, end in tokens if start >= s and end <= e]


# between a question and its answer: a remark in brackets ("(freiwillig)") and a ticked box
# ("☒ ja", "[x] yes"); an empty box ("☐ ja") is no answer
_TICKED = r"(?:\([^()]{0,24}\)\s*)?(?:[☒☑✔✓✅]\s*|\[[xX✓]\]\s*|\([xX]\)\s*)?"
# an answer of yes right after a question: "Member of a union? Yes - NASUWT"
_YES = re.compile(
    r"\?\s*" + _TICKED + r"(?:yes|ja|jawohl|oui|s[ií]|sim|tak|jawel)\b", re.IGNORECASE
)


# a bare yes after a question: "? Yes - NEU", "? Ja, IG Metall" (not "? Yes we ask this")
_BARE_YES = re.compile(
    r"\?\s*" + _TICKED + r"(?:yes|ja|jawohl|oui|s[ií]|sim|tak|jawel)\s*(?:[-–—,:.!)]|$)",
    re.IGNORECASE,
)


def answered_yes(text: str, end: int) -> bool:
    """The question ending at ``text[end]`` is answered with a bare yes: the term asked
    about is the answerer's."""
    return _BARE_YES.match(text, end) is not None


def answers_yes(text: str, start: int) -> bool:
    """The sentence starting at ``start`` answers yes to the question right before it."""
    return start > 0 and _YES.match(text, start - 1) is not None


def has_anchor(words: list[str]) -> bool:
    """A word of a person in the sentence, or French "il" before a verb of being or having
    ("il est sous dialyse"): alone "il" is Italian "the"."""
    if not ANCHORS.isdisjoint(words):
        return True
    if "il" not in words:
        return False
    for at, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        if a != "il" or b not in _IL_VERBS:
            continue
        if b not in _IL_IS or words[at + 3 : at + 4] not in (["de"], ["d"], ["que"], ["qu"]):
            return True
    return False


# verbs of being and having after French "il": "il est", "il a", "il était", "il souffre"
_IL_VERBS = frozenset("est a etait avait sera aura souffre vit suit prend doit".split())
# "il est interdit de", "il est possible que": before a word and "de" or "que", "il" is no one
_IL_IS = frozenset({"est", "etait", "sera"})


def we_are(words: list[str], index: int) -> bool:
    """A plural first person in the five words before ``words[index]`` ("somos ciganos",
    "we are both carriers", "on est tous les deux porteurs")."""
    window = words[max(0, index - 5) : index]
    if not WE_ARE.isdisjoint(window):
        return True
    return any(f"{a}-{b}" in WE_PAIRS for a, b in zip(window, window[1:], strict=False))


# parents by the words children call them, which the relations above lack
_PARENTS = frozenset("papa papi mamma mami maman pap pai mae".split())


# a word that ties a thing to the one who has it: "the pump of dad", "Euthyrox dla taty"
_HELD_BY = frozenset(
    "of for pour de du des para do da dos das del per della dello di dla van voor von vom "
    "fur".split()
)


# a question of how many or how long: a rule asked about ("quanti giorni di congedo per
# malattia del figlio spettano?"), not a relative's own thing
_HOW_MUCH = frozenset(
    """quanti quante quanto many much long viele viel lange combien cuantos cuantas cuanto
    quantos quantas hoeveel hoelang ile""".split()
)


# relatives after "for" or "of", with Polish genitives that are other words alone ("dla
# mamy": for mum; "mamy" alone is "we have")
_KIN_HOLDING = RELATIONS_WORDS | _PARENTS | frozenset("mamy cioci wujka".split())


def held_by_kin(words: list[str], last: int, span: int = 4) -> bool:
    """A relative has the thing ending at ``words[last]``, named just after it: "a bomba de
    insulina do pai", "odebrałaś Euthyrox dla taty?" (a question that tells, not asks)."""
    if not _HOW_MUCH.isdisjoint(words):
        return False
    after = words[last + 1 : last + 1 + span]
    for at, word in enumerate(after):
        if word in _HELD_BY and not _KIN_HOLDING.isdisjoint(after[at + 1 : at + 3]):
            return True
    return False


def kin_named(words: list[str]) -> bool:
    """A relative named among ``words``: "Resultats_sequencage_genome_Papa", "Dad_raw_data"."""
    return not (RELATIONS_WORDS.isdisjoint(words) and _PARENTS.isdisjoint(words))


_COUPLE = frozenset("couple paar koppel stel pareja coppia casal familie famille familia".split())


def described_as(words: list[str], index: int) -> bool:
    """The term in a description of oneself or someone: "as a bisexual guy", "als
    Muslimin", "en tant que diabétique", "jako katolik", "como mujer gitana"."""
    for at in range(max(0, index - 4), index):
        word = words[at]
        between = words[at + 1 : index]
        # (Polish "para" is a couple only after "jako": Spanish "como para" is "as for")
        couple = not _COUPLE.isdisjoint(between) or (word == "jako" and "para" in between)
        near = at >= index - 2 or couple
        if word in AS_WORDS and near and (at == 0 or words[at - 1] not in NOT_AS):
            return True  # ("come coppia di lesbiche", "as a couple of gay dads": a couple)
        if at > 0 and (word, words[at - 1]) in (("que", "tant"), ("quanto", "in")):
            return True  # "en tant que couple de lesbiennes", "in quanto donna musulmana"
        if word == "da" and at == 0 and index == 1:
            return True  # Italian "Da musulmano praticante, …": as one
    return False


def near_anchor(words: list[str], index: int, before: int = 5, *, possessive: bool = False) -> bool:
    """A subject, a first-person verb or a relation (or, with ``possessive``, "my", "her")
    in the ``before`` words before ``words[index]``."""
    window = words[max(0, index - before) : index]
    near = not NEAR_ANCHORS.isdisjoint(window)
    return near or (possessive and not POSSESSIVES.isdisjoint(window))


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
ASKED = Prefiltered(
    r"\b(?:asks?|asked|asking|wants to know|fragt|fragte|wissen, ob|demande|demandait|"
    r"pregunta|preguntó|chiede|chiedeva|pergunta|perguntou|vraagt|vroeg|wil weten|pyta|"
    r"pytała|pytał|veut savoir|voulait savoir|quiere saber|quería saber|vuole sapere|"
    r"voleva sapere|quer saber|queria saber|chce wiedzieć|chciał wiedzieć|chciała wiedzieć|"
    r"möchte wissen|will wissen|wollte wissen|wilde weten|would like to know|"
    r"wanted to know)\b,?(?: \w+){0,2},? (?:whether|if|ob|si|se|of|czy|"
    # or what, how, which, when, or about what: "asked what documents are needed"
    r"what|which|how|when|wie|was|welche|wann|quoi|quel|quelle|quels|quelles|"
    r"comment|quand|qué|cuál|cuáles|cómo|cuándo|cosa|quale|quali|come|quando|"
    r"o que|qual|quais|como|wat|welke|hoe|wanneer|jakie|jaki|jak|kiedy|ile)\b|"
    # a question put in general: "Anrufer fragte allgemein, wie lange …", "l'appelante se
    # renseigne en général sur …", "beller vraagt in het algemeen of …"
    r"\b(?:asks?|asked|inquire[sd]?|enquire[sd]?|fragt|fragte|erkundigte? sich|demande|"
    r"demandait|se renseignait|se renseigne|s'informe|pregunta|preguntó|se informa|chiede|"
    r"chiedeva|si informa|pergunta|perguntou|vraagt|vroeg|informeert|pyta|pytał|pytała)"
    r"(?: \w+)?,? (?:in general|generally|allgemein|generell|en général|en general|"
    r"in generale|in generale|em geral|in het algemeen|ogólnie)\b",
    re.IGNORECASE,
)


# "she" or "he": the person asking is spoken of ("… confirmed she pays RCN subs")
_HE_OR_SHE = frozenset("she he elle ella lei ela ele zij hij ona".split())


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
        and _HE_OR_SHE.isdisjoint(everything)
    )


# a vaccination against the term: "vaccination contre la grippe", "Szczepienia na grypę"
_VACCINE = re.compile(r"^(?:vaccin|vacun|vacin|impf|szczepi|inent|griepprik)")


def vaccination(words: list[str], index: int) -> bool:
    """The term is what a vaccination is against, in a sentence that names no one ("flu
    jabs for staff on Tuesday"): a campaign, not a condition."""
    before = words[max(0, index - 3) : index]
    return any(_VACCINE.match(w) for w in before) and not has_anchor(words)


# a way of logging in: "fingerprint login", "acceso con huella", "logowanie odciskiem"
LOGIN = frozenset(
    """login logins logon sign signin anmeldung anmelden connexion inloggen logowanie
    logowania""".split()
)
_ACCESS = frozenset("acceso accesso acesso".split())


def login_feature(words: list[str], index: int, access: bool = True) -> bool:
    """The term is a way of logging in named as a feature ("switch off fingerprint login",
    "acceso con huella"), with no person's word between the two (``access``: "acceso"
    counts too; a short record's "Acceso: iris" is a person's access)."""
    logins = LOGIN | _ACCESS if access else LOGIN
    for at in range(max(0, index - 3), min(len(words), index + 2)):
        if words[at] in logins:
            between = words[min(at, index) + 1 : max(at, index)]
            return ANCHORS.isdisjoint(between)
    return False


# "each", "every": the term right after it is any one, not someone's
_EACH = frozenset(
    """each every jede jeder jedes jedem elke iedere chaque cada ogni każda każdej każdym
    każdy""".split()
)


def any_one(words: list[str], index: int) -> bool:
    """The term right after "each" or "every": any one, no one's ("each pregnancy has a
    one in four chance")."""
    return index > 0 and words[index - 1] in _EACH


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
    return not has_anchor(words) and not (AGGREGATE.isdisjoint(words) and not _event(words))


# a feast's event that anyone may join: "Diwali office lunch", "Eid staff breakfast",
# "Hanukkah party", "mercadillo de Navidad", "Diwali lights switch-on"
FESTIVITIES = frozenset(
    """lunch breakfast brunch dinner supper party parties lights switch market fair bazaar
    concert parade celebration celebrations buffet potluck office staff feier mittagessen
    fruhstuck abendessen markt basar umzug konzert buro fete soiree repas dejeuner diner
    marche defile illuminations bureau almuerzo desayuno cena fiesta mercado mercadillo
    feria concierto desfile luces oficina pranzo colazione mercatino mercato fiera sfilata
    luci ufficio almoco jantar feira luzes escritorio ontbijt feest kermis optocht
    verlichting kantoor obiad sniadanie kolacja impreza przyjecie jarmark kiermasz koncert
    parada iluminacja biuro""".split()
)


def festival_event(words: list[str], index: int) -> bool:
    """The feast at ``words[index]`` names an event: an event's word in the two words after
    it or the one before it ("Diwali office lunch", "the office Eid party")."""
    near = words[max(0, index - 1) : index] + words[index + 1 : index + 3]
    return not FESTIVITIES.isdisjoint(near)


def _event(words: list[str]) -> bool:
    """A word of an event for everyone; Italian "alle" ("to the") is not German "alle"."""
    event = EVENT.intersection(words)
    return bool(event) and not (event == {"alle"} and not ITALIAN.isdisjoint(words))


def place_named(words: list[str], index: int) -> bool:
    """The term names a place or an institution: it is one, or stands right beside one,
    and no person is named ("Evangelisches Krankenhaus", "St Mary's Parish")."""
    near = words[max(0, index - 1) : index + 2]
    if index >= 2 and words[index - 1] in _OF:
        near.append(words[index - 2])  # "Institut für Humangenetik", "Instituto de Genética"
    return not PLACE_WORDS.isdisjoint(near) and not has_anchor(words)


_OF = frozenset("fur of de di da do del della des du van voor w dla".split())


def only_a_place(words: list[str]) -> bool:
    """The sentence names data, news, a place or an institution and no person ("health
    data is kept apart", "deliver to the oncology ward", "Geschäftsstelle der IG Metall")."""
    return not PLACE_WORDS.isdisjoint(words) and not has_anchor(words)


def negated(words: list[str], index: int, sentence: str = "") -> bool:
    """A negation in the two words before ``words[index]``. Given the sentence, a "no" of a
    Portuguese one is "in the" ("Entrega no Hospital"), not a negation."""
    before = NEGATIONS.intersection(words[max(0, index - 2) : index])
    if before != {"no"} or not sentence:
        return bool(before)
    from troth.guard.homographs import languages_present

    present = languages_present(words, sentence)
    return not ("pt" in present and present.isdisjoint({"en", "es"}))


# how far before a term a word of a topic governs it: "an article about <t>", "a webinar on
# living with <t>"; a gym subscription ten words earlier does not
TOPIC_REACH = 6


def mentions_only(sentence: str, words: list[str], index: int, spoken: bool = False) -> bool:
    """The sentence asks a hypothetical, or speaks of a topic: a word of a topic stands
    nearer before the term than any word of a person ("I read an article about <t>"), or
    the sentence names a topic and no person before the term (a speaker's turn of a thread,
    ``spoken``, has its person: the speaker)."""
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
    return not spoken and person < 0 and not first_person(words) and topical(words)


# people in general with a condition: "rooms for people with disabilities", "für Menschen
# mit Diabetes", "osobom z niepełnosprawnościami" (a feature or a service, no one's health)
_PEOPLE_WITH = frozenset(
    """people persons menschen personen personnes personas persone pessoas mensen osob
    osobom osoby""".split()
)
_WITH = frozenset("with mit avec con com met z ze atteintes en".split())


# "for" before people named by a condition, in the plural: "for diabetics", "per celiaci"
_FOR_GROUP = frozenset("for fur für pour para per voor dla".split())
_PLURAL_PATIENTS = ("ics", "iker", "ikern", "iques", "icos", "icas", "ici", "iaci", "ikow", "ykow")


def people_with(words: list[str], index: int) -> bool:
    """The term follows "people with" in one of the languages, or names people by their
    condition after "for" ("chocolate for diabetics"), in a text with no first person: a
    group, not a person."""
    before = words[max(0, index - 5) : index]
    grouped = not (_WITH.isdisjoint(before) or _PEOPLE_WITH.isdisjoint(before))
    named = index > 0 and words[index - 1] in _FOR_GROUP and words[index].endswith(_PLURAL_PATIENTS)
    if not (grouped or named):
        return False
    return not first_person(words) and (grouped or RELATIONS_WORDS.isdisjoint(words))


# a language, not an origin: "Muttersprache: Sorbisch", "langue maternelle", "język ojczysty"
# (no verbs of speaking: Polish "mówi" and Portuguese "fala" also mean "says")
LANGUAGE_WORDS = frozenset(
    """language languages tongue muttersprache sprache sprachen langue langues maternelle
    lengua idioma idiomas lingua lingue madrelingua moedertaal taal talen jezyk jezyka
    ojczysty speak speaks spoke speaking spreche sprichst spricht sprechen parle parles
    parlent parler hablo hablas habla hablan hablar parlo parli parlano parlare falo falas
    fala falam falar spreek spreekt spreken""".split()
)


def language_named(words: list[str], index: int) -> bool:
    """A word of language up to three words before the term: a language spoken, which the
    rules do not count as an origin."""
    return not LANGUAGE_WORDS.isdisjoint(words[max(0, index - 3) : index])


# an animal's record: "razza: meticcio" is a dog's breed (words of other meanings
# elsewhere, "chat", "pies", "cane", "pet", are left out)
ANIMALS = frozenset(
    """animal animals animale animali animais tier tiere haustier dier huisdier zwierze
    zwierzak mascota mascotte bicho breed rasse hund katze dog gato gatto perro chien hond
    kot cao horse pferd cheval caballo cavallo cavalo paard puppy kitten chienne perra cagna
    cadela hundin teef chatte gata gatta poes""".split()
)
# a pet's own: "my dog", "ma chienne", "mi perra", "mijn hond" (a vet, a pet's medicine)
_PET_OWNED = frozenset(
    """dog dogs cat cats hund hunde katze chien chienne chat chatte perro perra gato gata
    cane cagna gatto gatta cao cadela hond teef poes kat pies suka kot kotka puppy kitten
    vet vets veto tierarzt tierarztin veterinaire veterinario veterinaria dierenarts
    weterynarz""".split()
)


def a_pets_health(words: list[str]) -> bool:
    """The sentence is about one's own pet ("ma chienne", "mein Hund") or the vet, and no
    person's word stands in it: a pet's condition or medicine is no person's health. A
    guide dog is its owner's aid, not a pet's condition."""
    if _PET_OWNED.isdisjoint(words) or not _GUIDE.isdisjoint(words):
        return False
    owned = any(
        w in _PET_OWNED
        and (w in _VETS or (i > 0 and words[i - 1] in POSSESSIVES) or (i == 1 and words[0] in _THE))
        for i, w in enumerate(words)
    )  # ("a cadela foi operada": the pet opens the sentence)
    return (
        owned
        and RELATIONS_WORDS.isdisjoint(words)
        and not first_person([w for w in words if w not in POSSESSIVES])
    )


_VETS = frozenset(
    """vet vets veto veterinaire veterinario veterinaria tierarzt tierarztin dierenarts
    weterynarz""".split()
)
_THE = frozenset("the der die das le la el il lo a o de het".split())
_GUIDE = frozenset(
    """guide guia guida blindenhund assistance assistenzhund geleidehond przewodnik
    lazarillo""".split()
)


# a pet in Polish cases: "zrobiliśmy psu test DNA" (for the dog)
_PET_CASES = frozenset("psu psa psem psie kota kotu kotem kocie suce suki".split())


def a_pets_test(words: list[str]) -> bool:
    """A genetic test of a pet ("psu test DNA", "DNA-Test für unseren Hund"), with no
    relative in the sentence."""
    pets = _PET_OWNED - _VETS
    return not (pets.isdisjoint(words) and _PET_CASES.isdisjoint(words)) and (
        RELATIONS_WORDS.isdisjoint(words)
    )


def of_an_animal(words: list[str]) -> bool:
    """A word of an animal in the sentence: its breed, not a person's origin."""
    return not ANIMALS.isdisjoint(words)
