"""Roles in a party, a union or a community, and strikes of others.

A role held ("treasurer of", "Kreisvorsitzende"), a way of backing ("union dues"),
leading an association of one's origin; and a strike named only as a cause ("no trains
because of the strike") or as someone else's ("sciopero dei treni").
"""

from __future__ import annotations

import re

from troth.guard.lexicon import fold

# roles in a party or a union: "treasurer of", "delegate of", "member of", "a local branch"
ROLE_WORDS = frozenset(
    """member members membre membres miembro miembros membro membri mitglied mitglieder lid
    leden czlonek czlonkiem czlonkini iscritto iscritta filiado filiada afiliado afiliada
    adherent adherente tesserato tesserata socio socia delegate delegado delegada delegue
    deleguee delegato delegata delegat delegatka afgevaardigde rep steward treasurer
    vertrauensfrau vertrauensmann vertrauensleute descontos descuentos
    delegates delegados delegadas delegues deleguees delegati delegaten afgevaardigden
    delegaci
    penningmeester schatzmeister schatzmeisterin tresorier tresoriere tesorero tesorera
    tesoriere tesoriera tesoureiro tesoureira skarbnik secretary secretaris sekretar sekretarin
    secretaire secretario secretaria segretario segretaria sekretarz chair chairman
    chairwoman voorzitter vorsitzende vorsitzender president presidente przewodniczacy
    przewodniczaca przewodniczacej przewodniczacego
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
    pin pins badge chapa chapita spilla spilletta przypinka przypinki przypinke anstecker
    speldje broche
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
    coordeno coordino prowadze presido presiedo assessore assessora candida candido
    candidarsi candidarmi kandidiert kandidiere kandyduje kandideert listas
    liste lijst rosette rosettes knock knocking comicio comicios comizio folheto folhetos
    propaganda leafleting leafletting gemeinderat gemeinderatin gemeinderatsmitglied
    ortsburgermeister ortsburgermeisterin lijsttrekker kassenwart kassenwartin mitin
    mitines donor donors donante donantes spender spenderin donateur donatrice donatore
    darczynca""".split()
)
# a door, a role only in "door to door" canvassing ("porta a porta", "deur aan deur")
DOORS = frozenset("door deur haustur porte puerta porta".split())
# a collective agreement that unions sign: "De cao is getekend door FNV en CNV"
_AGREEMENTS = frozenset(
    """cao caos ccnl tarifvertrag tarifvertrage tarifabschluss tarifeinigung convenio
    convenios convention conventions accord accords acordo acordos contrato uklad
    agreement agreements bargaining tarifrunde tarifverhandlung tarifverhandlungen
    negociacion negociaciones negociacao contratto integrativo trattativa onderhandelingen
    negocjacje rokowania sigle""".split()
)


def bargaining(words: list[str]) -> bool:
    """The sentence speaks of a collective agreement, which unions sign as bodies."""
    return not _AGREEMENTS.isdisjoint(words)


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
    przypinka przypinke anstecker speldje kaderlid cotisation cotisations beitrag
    gewerkschaftsbeitrag mitgliedsbeitrag contributie cuota cuotas quota quote skladka
    skladki dues adhesion""".split()
)
# the heads and first halves of German and Dutch compounds that name a role or a campaign:
# "Kreisvorsitzende", "Landessprecherin", "Wahlkampfstand", "campagneteam"
ROLE_HEADS = ("vorsitzende", "vorsitzender", "sprecher", "sprecherin", "voorzitter")
ROLE_STARTS = (
    "wahlkampf", "campagne", "verkiezingscampagne", "mitglied", "lidmaatschap",
    # handing out leaflets, canvassing: "geflyerd", "flyerde", "tracté", "arruada"
    "flyer", "geflyer", "tracte", "tractai", "tractage", "canvass", "arruad", "volantin",
    "buzone", "wahlplakat", "panflet",
    # putting up a party's posters, standing at its stall: "Plakatieren", "Infostand"
    "plakatier", "infostand", "manifesti", "affiss", "cartazes", "pegada", "colagem",
    # a cadre's meeting, an assessor at the polls, a donor, a member's card
    "kader", "assesseu", "scrutat", "donor", "donateur", "donante", "donatore", "doador",
    "darczy", "carnet", "carne", "cartao", "legitymac",
)  # fmt: skip


def role_near(words: list[str], index: int, span: int = 4) -> bool:
    """A role in a party or union within ``span`` words of ``words[index]``, also as part of
    a compound ("Kreisvorsitzende", "Wahlkampfstand")."""
    near = words[max(0, index - span) : index + span + 1]
    if not ROLE_WORDS.isdisjoint(near):
        roles = ROLE_WORDS.intersection(near)
        if roles - DOORS or any(words.count(w) > 1 for w in roles):
            return True  # a door counts twice: "door to door" (Dutch "door" is "by")
    if not BACKING_WORDS.isdisjoint(near):
        return True
    return any(w.endswith(ROLE_HEADS) or w.startswith(ROLE_STARTS) for w in near)


# a member's card right after a union's or a party's name: "mein GdP-Ausweis", "la tessera
# FLC", "my Unite card"
MEMBER_CARDS = frozenset(
    """ausweis mitgliedsausweis card cards tessera carte carnet carne cartao
    legitymacja legitymacji lidkaart lidmaatschapskaart pas""".split()
)


# a badge or a pin of a party or a union, worn: "my SNP badge", "mi chapa de Bildu", "la mia
# spilla di Forza Italia", "mojej przypinki PiS"
BADGES = frozenset(
    """badge badges pin pins button anstecker ansteckbutton chapa chapas spilla spille
    przypinka przypinki przypinke przypinką speldje broche pegatina sticker""".split()
)
_OF = frozenset("of de di da do del della van von z".split())


def member_card(words: list[str], index: int) -> bool:
    """A member's card or a badge right after the term, held by the writer ("Mit meinem
    GdP-Ausweis", "my SNP badge"), or a badge right before it ("mi chapa de Bildu")."""
    if words[index + 1 : index + 2] != [] and words[index + 1] in MEMBER_CARDS | BADGES:
        return True
    before = [w for w in words[max(0, index - 2) : index] if w not in _OF]
    return bool(before) and before[-1] in BADGES


# a union or a party acting as a body, as the news tells it: "a CGTP marcou manifestação",
# "Solidarność zapowiada pikietę", "ver.di ruft zum Warnstreik auf", "the party announced"
_ACTS = (
    "announce", "announced", "announces", "calls", "called", "plans", "planned", "organises",
    "organised", "organizes", "organized", "demands", "demanded", "marcou", "marcaram",
    "convoca", "convocou", "convocó", "convocan", "anuncia", "anunció", "anunciou",
    "zapowiada", "zapowiedział", "organizuje", "wzywa", "wezwał", "żąda", "ruft", "rief",
    "kündigt", "fordert", "plant", "organisiert", "appelle", "annonce", "organise", "exige",
    "indice", "indetto", "proclama", "chiede", "roept", "kondigt", "eist",
    "organiseert", "propone", "propose", "proposes", "proposed", "pide",
    # unions acting together: "CGIL e UIL proclamano", "ver.di und GEW rufen"
    "proclamano", "indicono", "chiedono", "convocano", "annoncent", "appellent", "exigent",
    "rufen", "fordern", "kündigen", "organisieren", "roepen", "kondigen", "eisen",
    "convocaram", "anunciam", "exigem", "anuncian", "exigen", "piden", "zapowiadają",
    "wzywają", "żądają", "organizują",
)  # fmt: skip


_ACT_WORDS = frozenset(fold(w) for w in _ACTS)


# "we", "our": the writer's own union calls the strike
_OURS = frozenset(
    """we our ours wir unser unsere unseren nous notre nos nosotros nosotras nuestro nuestra
    noi nostro nostra nostri nos nosso nossa wij ons onze my nasz nasza nasze naszego""".split()
)


def acts_as_body(words: list[str], index: int) -> bool:
    """The union or the party is the subject of a verb of announcing, calling or
    demanding right after it, not the writer's own ("we"): a body in the news."""
    after = words[index + 1 : index + 3]
    if after[:1] and after[0] in _AND:
        after = words[index + 3 : index + 5]  # "CGIL e UIL proclamano": two bodies act
    return not _ACT_WORDS.isdisjoint(after) and _OURS.isdisjoint(words)


_AND = frozenset("and und et y e en i oraz".split())


# a party's or a union's own campaigning, told of it: "the Lib Dems are canvassing our road",
# "LFI tracte au marché", "de SP staat te flyeren", "Vox da un mitin"
_CAMPAIGNS = frozenset(
    """canvassing canvass canvasses leafleting leafletting campaigning tracte tractent
    tractera flyeren flyert flyerden flyern plakatiert plakatieren verteilt verteilen
    reparte reparten buzonea volantina volantinano distribuisce distribuiscono panfleta
    panfletam rozdaje rozdaja kampania mitin mitins comizio comicio arruada canvassers
    leafleters knocked tractaient""".split()
)
# what a body's event does to the writer's day: a road closed, a line diverted
_DISRUPTED = frozenset(
    """diversion diverted detour closed closure umleitung umgeleitet gesperrt sperrung
    omleiding omgeleid afgesloten deviation devie deviee desvio desvios desviar desviada
    desviado corte cortes cortada cortado deviazione deviata chiusa chiuso objazd
    zamkniety zamknieta utrudnienia""".split()
)
# the roads and the lines a closure or a diversion is of
_TRAFFIC = frozenset(
    """road roads street streets traffic bus buses tram trams line route verkehr strasse
    strassen linie strassenbahn trafic rue rues ligne circulation trafico calle calles
    linea autobus tranvia metro traffico strada strade transito rua ruas linha autocarro
    eletrico electrico verkeer straat straten weg wegen lijn ruch ulica ulice linia
    tramwaj""".split()
)
# the words between a body and its campaigning: "are", "staat te", "est en train de"
_BETWEEN_ACT = frozenset(
    """are is will be was were staat staan stond stonden te gaat gaan est sont va vont en
    train de etait etaient war waren estaba estaban era erano estava estavam byl byla byli
    esta estan estara van sta stanno sara estao vai vao jest sa bedzie ist sind
    wird werden heute today ce demain morgen tomorrow hoy manana oggi domani hoje amanha
    dzis jutro this weekend zaterdag samedi sabado sabato samstag sobota""".split()
)


# the writer joins the body's campaign: "I'm helping", "ik doe mee"
_JOINING = frozenset(
    """join joining joined help helping helped helfe helfen mithelfen rejoins rejoindre aide
    ayudo ayudar ayudando aiuto aiutare ajudo ajudar meedoen mee pomagam dolaczam""".split()
)


def campaigns_as_body(words: list[str], last: int, joined: bool, mine: bool) -> bool:
    """The party or the union ending at ``words[last]`` campaigns as the subject, the verb
    ``joined`` to it with no stop between ("the Lib Dems are canvassing our road", "LFI
    tracte au marché"; not "partii Razem, rozdaję ulotki"); or its event closes a road the
    writer (``mine``: who speaks of themself) takes no part in ("Mitin de Vox – corte de
    tráfico")."""
    after = [w for w in words[last + 1 : last + 5] if w not in _BETWEEN_ACT]
    if joined and after[:1] and after[0] in _CAMPAIGNS and _JOINING.isdisjoint(words):
        return True
    if mine or not _OURS.isdisjoint(words):
        return False
    return not (_DISRUPTED.isdisjoint(words) or _TRAFFIC.isdisjoint(words))


# a strike or a rally called by the body, told in the passive: "huelga convocada por CGT"
_CALLED = frozenset(
    """called organised organized convocada convocado convocadas convocados convocata
    convocato indetto indetta organizzato organizzata appelee organisee organise aufgerufen
    organisiert georganiseerd uitgeroepen organizowany organizowana zwolany zwolana
    ogloszony ogloszona""".split()
)
_BY = frozenset("by por pela pelo par da dal dalla von vom door przez".split())


def called_by(words: list[str], first: int) -> bool:
    """The body at ``words[first]`` called or organised what the text tells of, in the
    passive ("convocada por CGT", "organised by Unite"), and the writer does not say "we"."""
    before = words[max(0, first - 2) : first]
    return (
        len(before) == 2 and before[0] in _CALLED and before[1] in _BY and _OURS.isdisjoint(words)
    )


# serving a body from outside it: "Ansprechpartner für IG Metall", "interlocutrice SUD-Rail",
# "asesoramos a comités de ELA", "kontakt dla OPZZ"
_SERVES = frozenset(
    """ansprechpartner ansprechpartnerin kontakt contact contacts liaison interlocuteur
    interlocutrice interlocutor interlocutora referente asesor asesora asesoramos asesoro
    advise advises advising adviser advisor atendo atendemos assessoria assessoramos
    consulente consulenza doradca obsluga relations relaciones relazioni relacoes
    betrekkingen beziehungen aanspreekpunt contactpersoon dialog dialogu dialogo dialogue""".split()
)
_TO = frozenset("for fur a al aux au de del des dla voor met with con com van".split())


def served(words: list[str], first: int) -> bool:
    """The body at ``words[first]`` is one the writer serves or deals with from outside:
    a contact for it, advice to it ("Ansprechpartner für IG Metall")."""
    before = [w for w in words[max(0, first - 7) : first] if w not in _TO and w not in _AND]
    if not before:
        return False
    # ("comités de ELA y LAB", "SUD-Rail et CGT": a body's committees, two bodies)
    return bool(_SERVES.intersection(before[-4:]))


# a body as a customer, an exhibitor or an office of events: "asked for a quote on 200
# chairs", "stand FIOM-CGIL all'EICMA – codice espositori", "Área de eventos"
_CUSTOMER = re.compile(
    r"^(?:quote|quotation|angebot|devis|presupuesto|orcamento|preventiv|offerte|wycen|"
    r"invoice|rechnung|factur|fattur|fatura|factuur|faktur|exhibitor|aussteller|exposant|"
    r"expositor|espositor|standhouder|wystawc|stand|stoisk|events|eventos|evenementen|"
    r"veranstaltungen|evenements|eventi|wydarzen)"
)
# someone the text is of: "she", "er", "ella" (not "il", "el": Italian and Spanish "the")
_SOMEONE = frozenset(
    """i me my he she her his ich er sie je elle yo ella io lei lui eu ele ela ik hij zij ja
    ona""".split()
)


def a_customer(words: list[str], index: int) -> bool:
    """The body at ``words[index]`` is a customer, an exhibitor or an office of events,
    with no role, no "we" and no one the sentence speaks of ("Anruf vom AfD-Kreisverband:
    Angebot über 150 Stühle", "VVD Zuid-Holland · Evenementen")."""
    if not any(_CUSTOMER.match(word) for word in words):
        return False
    if not (_OURS.isdisjoint(words) and _SOMEONE.isdisjoint(words)):
        return False
    return not role_near(words, index, span=len(words))


# a strike as the cause of a delay: "no trains because of the strike", "door de staking"
STRIKES = re.compile(r"strike|streik|greve|huelga|sciopero|staking|strajk")
PICKETS = re.compile(r"picket|piket|pikiet|piquet|picchett")
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
    if not _ACT_WORDS.isdisjoint(words[max(0, index - 4) : index]) and _OURS.isdisjoint(words):
        if STRIKES.search(words[index]) or PICKETS.search(words[index]):
            return True  # "Solidarność zapowiada pikietę": a strike called, in the news
    if STRIKES.search(words[index]) is None:
        return False
    if index + 1 < len(words) and words[index + 1] in STRUCK_BY:
        return True
    if not SERVICES.isdisjoint(words):
        return True  # "Warnstreik ÖPNV laut Nachrichten": a service's strike, in the news
    return not CAUSES.isdisjoint(words[max(0, index - 4) : index])


# a transport or a service others run, or the news: a strike beside them is theirs
SERVICES = frozenset(
    """rail railway railways train trains bus buses tube metro tram trams opnv bahn
    sncf ratp renfe trenitalia ns vervoer streekvervoer ov pkp mpk airport airports
    flughafen aeroporto aeropuerto aeroport luchthaven lotnisko flights fluge vols vuelos
    voli voos vluchten loty news nachrichten nieuws notizie noticias nouvelles noticias
    wiadomosci treni trenes trens treinen pociagi zuge""".split()
)

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
    segretaria presido presiedo preside presides chair chairs presidiert praesidiere
    vorstand vorstandsmitglied bestuur bestuurslid zarzad board""".split()
)
COMMUNITIES = frozenset(
    """association associations associazione asociacion associacao vereniging verein
    forening stowarzyszenie network red rede netzwerk netwerk rete siec community comunidad
    comunita comunidade gemeinschaft gemeenschap spolecznosc club circolo centro centre
    zentrum collectif colectivo collettivo coletivo collectief kollektiv kolektyw zwiazek
    zwiazku verband unie union stichting stiftung foundation fondation fundacion fondazione
    fundacao fundacja""".split()
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


# being a member, said of oneself: "bin seit 2015 Mitglied", "sono iscritto da 10 anni"
MEMBER_WORDS = frozenset(
    """member mitglied lid membre adherent adherente miembro afiliado afiliada membro
    iscritto iscritta tesserato tesserata socio socia filiado filiada czlonek czlonkiem
    czlonkini""".split()
)


def member_after_question(words_outside: list[str], first_person: bool) -> bool:
    """Whether the words of a text outside a question say the writer is a member: the
    question about a union's or a party's discount is then the member's ("gilt der
    ver.di-Rabatt auch für die Therme? bin seit 2015 Mitglied")."""
    return first_person and not MEMBER_WORDS.isdisjoint(words_outside)


# a member of "it", the body named before: "… du MoDem ; il en est adhérent depuis 2009",
# "… della CGIL, ne sono iscritta da anni"
_MEMBER_OF_IT = re.compile(
    r"\b(?:(?:il|elle|on|ils|elles)\s+en\s+(?:est|sont|était|reste)|j'en\s+suis|"
    r"ne\s+(?:sono|è|era|siamo))\s+(?:\w+\s+)?(?:adhérente?s?|membres?|militante?s?|"
    r"trésorière?|secrétaire|iscritt[oaie]|tesserat[oaie]|militant[ei])\b",
    re.IGNORECASE,
)


def member_of_it(text: str, end: int) -> bool:
    """Whether a clause after ``end`` says someone is a member of the body just named."""
    return _MEMBER_OF_IT.search(text, end, end + 80) is not None
